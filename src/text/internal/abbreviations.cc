// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Word lists for tokenization and sentence splitting.
//
// Each list is a small open-addressing hash table over lower-cased keys,
// built once on first use (function-local statics, thread-safe) from static
// string literals, so a lookup lower-cases at most kMaxKeyLength bytes into a
// stack buffer, hashes them (FNV-1a) and probes a few slots: no allocation.
// Lookups happen only at candidate points (a word followed by a period or a
// hyphen, the word after a sentence-final abbreviation), not per byte.
#include "text/internal/abbreviations.h"

#include <array>
#include <cstddef>

namespace dyad::internal {
namespace {

constexpr size_t kMaxKeyLength = 16;

struct Entry {
  std::string_view key;  // lower case
  uint8_t value = 0;
};

// Fixed-capacity hash table; capacity is a power of two, at most half full.
template <size_t kCapacity>
class WordTable {
 public:
  static_assert((kCapacity & (kCapacity - 1)) == 0);

  void Insert(std::string_view key, uint8_t value) {
    size_t slot = Hash(key) & (kCapacity - 1);
    while (!slots_[slot].key.empty() && slots_[slot].key != key) {
      slot = (slot + 1) & (kCapacity - 1);
    }
    slots_[slot] = {key, value};
  }

  // Returns the value of `word` compared case-insensitively, 0 if absent.
  uint8_t Find(std::string_view word) const {
    if (word.empty() || word.size() > kMaxKeyLength) return 0;
    char lower[kMaxKeyLength];
    for (size_t i = 0; i < word.size(); ++i) {
      char c = word[i];
      lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    std::string_view key(lower, word.size());
    size_t slot = Hash(key) & (kCapacity - 1);
    while (!slots_[slot].key.empty()) {
      if (slots_[slot].key == key) return slots_[slot].value;
      slot = (slot + 1) & (kCapacity - 1);
    }
    return 0;
  }

 private:
  static size_t Hash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (char c : s) {
      h ^= static_cast<uint8_t>(c);
      h *= 16777619u;
    }
    return h;
  }
  std::array<Entry, kCapacity> slots_{};
};

// Abbreviation values: kind in the low bits, kNeedsCapital above.
constexpr uint8_t kNeedsCapital = 0x80;

constexpr std::string_view kTitles[] = {
    "mr",   "mrs",   "ms",   "messrs", "mmes", "dr",   "drs",  "prof", "gen",
    "gens", "lt",    "col",  "maj",    "brig", "sgt",  "capt", "adm",  "cmdr",
    "cpl",  "pvt",   "cmdt", "sen",    "sens", "rep",  "reps", "gov",  "govs",
    "pres", "rev",   "fr",   "hon",    "supt", "insp", "det",  "atty", "lieut",
    "amb",  "sec",   "secs", "rt",     "msgr", "sra",  "srta", "mme",  "mlle",
    "ald",  "comdr", "spc",  "pfc",    "ens",
};

constexpr std::string_view kMonths[] = {
    "jan", "feb", "mar",  "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec",
};

// Abbreviations that may end a sentence, matched in any case.
constexpr std::string_view kGeneralAnyCase[] = {
    "inc",  "corp", "co",   "ltd",    "llc",  "bros", "jr",   "st",
    "ave",  "blvd", "rd",   "mt",     "ft",   "dept", "univ", "assn",
    "etc",  "vs",   "v",    "approx", "est",  "fig",  "figs", "vol",
    "vols", "pp",   "cf",   "al",     "ext",  "tel",  "hwy",  "sq",
    "apt",  "govt", "intl", "natl",   "misc", "avg",  "sr",   "esq",
    "incl", "esp",  "excl", "cos",    "mfg",  "mln",  "bln",  "ref",
};

// US state and Canadian province abbreviations (AP style) that are also
// common words in lower case ("ill.", "wash."), so they need a capital.
constexpr std::string_view kStates[] = {
    "ala",
    "ariz",
    "ark",
    "calif",
    "colo",
    "conn",
    "del",
    "fla",
    "ga",
    "ill",
    "ind",
    "kan",
    "kans",
    "ky",
    "la",
    "md",
    "mass",
    "mich",
    "minn",
    "miss",
    "mo",
    "mont",
    "neb",
    "nev",
    "okla",
    "ore",
    "pa",
    "tenn",
    "tex",
    "va",
    "vt",
    "wash",
    "wis",
    "wyo",
    "ont",
    "que",
    "alta",
    "sask",
    // Weekdays: "sun." and "wed." are words in lower case.
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
};

constexpr std::string_view kHyphenPrefixes[] = {
    "e",     "non",   "mid",    "anti",  "re",      "pre",   "co",
    "post",  "pro",   "multi",  "ex",    "counter", "semi",  "sub",
    "cross", "neo",   "psycho", "un",    "socio",   "intra", "micro",
    "mis",   "inter", "macro",  "ultra", "mega",    "trans", "bi",
    "tri",   "de",    "over",   "quasi", "pseudo",  "geo",   "hyper",
    "extra", "infra", "supra",  "mini",  "uni",     "wi",
};

// Units written after a number without a space ("10am", "$2bn", "5km"):
// UD EWT splits them off the number.
constexpr std::string_view kUnits[] = {
    "am",  "pm", "bn",  "m",   "k",   "km", "kg",  "mm", "cm",  "mph",
    "ft",  "lb", "lbs", "g",   "mg",  "ml", "kw",  "mw", "gw",  "gb",
    "mb",  "tb", "hz",  "ghz", "mhz", "hr", "hrs", "yr", "yrs", "mln",
    "bln", "tn", "mn",  "kph", "kmh", "sq", "ha",  "oz", "kb",  "bbl",
};

constexpr std::string_view kSentenceStarters[] = {
    "the",      "a",         "an",           "this",      "that",
    "these",    "those",     "there",        "their",     "they",
    "he",       "she",       "it",           "its",       "his",
    "her",      "we",        "our",          "i",         "you",
    "your",     "in",        "on",           "at",        "for",
    "from",     "with",      "by",           "as",        "but",
    "and",      "or",        "so",           "yet",       "if",
    "when",     "while",     "after",        "before",    "since",
    "although", "though",    "however",      "meanwhile", "also",
    "still",    "some",      "many",         "most",      "both",
    "all",      "each",      "no",           "not",       "what",
    "who",      "why",       "how",          "where",     "which",
    "earlier",  "later",     "last",         "now",       "then",
    "thus",     "instead",   "nevertheless", "moreover",  "furthermore",
    "indeed",   "yes",       "according",    "under",     "during",
    "despite",  "among",     "its",          "my",        "one",
    "two",      "several",   "more",         "such",      "because",
    "until",    "unless",    "once",         "here",      "today",
    "tomorrow", "yesterday", "nor",          "neither",   "every",
};

// Plural nouns that often open a news sentence. After an abbreviation they
// end the sentence only when the word after them is not capitalised too
// ("in the U.S. Officials said" splits, the headline "U.S. Officials Say"
// does not).
constexpr std::string_view kNounStarters[] = {
    "officials",   "police",        "authorities", "troops",      "protesters",
    "analysts",    "experts",       "critics",     "lawmakers",   "residents",
    "witnesses",   "investigators", "doctors",     "diplomats",   "leaders",
    "prosecutors", "democrats",     "republicans", "voters",      "rebels",
    "militants",   "soldiers",      "forces",      "negotiators", "talks",
};

constexpr std::string_view kSpeechVerbs[] = {
    "said",     "says",      "asked",    "asks",      "told",      "tells",
    "added",    "adds",      "wrote",    "writes",    "replied",   "replies",
    "shouted",  "tweeted",   "insisted", "explained", "warned",    "noted",
    "declared", "recalled",  "answered", "cried",     "yelled",    "whispered",
    "argued",   "countered", "quipped",  "wondered",  "responded",
};

struct Tables {
  WordTable<512> abbreviations;
  WordTable<128> hyphen_prefixes;
  WordTable<256> sentence_starters;
  WordTable<64> speech_verbs;
  WordTable<128> units;

  Tables() {
    for (auto w : kGeneralAnyCase) {
      abbreviations.Insert(w, static_cast<uint8_t>(AbbreviationKind::kGeneral));
    }
    for (auto w : kStates) {
      abbreviations.Insert(
          w, static_cast<uint8_t>(AbbreviationKind::kGeneral) | kNeedsCapital);
    }
    for (auto w : kMonths) {
      abbreviations.Insert(
          w, static_cast<uint8_t>(AbbreviationKind::kMonth) | kNeedsCapital);
    }
    // Titles last, so that a title wins over a general reading.
    for (auto w : kTitles) {
      abbreviations.Insert(
          w, static_cast<uint8_t>(AbbreviationKind::kTitle) | kNeedsCapital);
    }
    abbreviations.Insert("no",
                         static_cast<uint8_t>(AbbreviationKind::kNumberSign));
    abbreviations.Insert("nos",
                         static_cast<uint8_t>(AbbreviationKind::kNumberSign));
    abbreviations.Insert("ca",  // circa
                         static_cast<uint8_t>(AbbreviationKind::kNumberSign));
    for (auto w : kHyphenPrefixes) hyphen_prefixes.Insert(w, 1);
    for (auto w : kSentenceStarters) sentence_starters.Insert(w, 1);
    for (auto w : kNounStarters) sentence_starters.Insert(w, 2);
    for (auto w : kSpeechVerbs) speech_verbs.Insert(w, 1);
    for (auto w : kUnits) units.Insert(w, 1);
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

bool StartsUpper(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

}  // namespace

AbbreviationKind LookupAbbreviation(std::string_view word) {
  uint8_t v = GetTables().abbreviations.Find(word);
  if (v == 0) return AbbreviationKind::kNone;
  if ((v & kNeedsCapital) && !StartsUpper(word)) {
    return AbbreviationKind::kNone;
  }
  return static_cast<AbbreviationKind>(v & ~kNeedsCapital);
}

bool IsHyphenPrefix(std::string_view word) {
  return GetTables().hyphen_prefixes.Find(word) != 0;
}

StarterKind SentenceStarterKind(std::string_view word) {
  if (!StartsUpper(word)) return StarterKind::kNone;
  return static_cast<StarterKind>(GetTables().sentence_starters.Find(word));
}

bool IsSentenceStarter(std::string_view word) {
  return SentenceStarterKind(word) != StarterKind::kNone;
}

bool IsUnit(std::string_view word) { return GetTables().units.Find(word) != 0; }

bool IsSpeechVerb(std::string_view word) {
  return GetTables().speech_verbs.Find(word) != 0;
}

}  // namespace dyad::internal
