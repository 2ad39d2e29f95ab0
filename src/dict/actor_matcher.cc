// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor matcher: dictionary lookup, composition, unknown names, coreference.
//
// For each sentence:
//  1. Units. Tokens are cut into normalised match units (actor_units.h), so
//     the result does not depend on how the tokenizer treats "'s" or '-'.
//  2. Chunks. From each unit the phrase trie is walked as far as it goes;
//     the longest accepting name wins (leftmost-longest, no overlaps). A
//     person's surname alone is accepted only when exactly one such person
//     holds office at the article date.
//  3. Phrases. Adjacent chunks compose by a small grammar:
//        [former] [country|demonym|seat]['s] agent* [person | Title Name]
//        agent (of|in|from) country        ("leaders in Canada")
//        igo|armed group|organisation agent*  ("NATO allies")
//     The code is built from the parts: a person's dated code wins, then a
//     fixed organisation code, then country + the first strong agent role
//     ("Syrian" + "opposition groups" -> SYROPP); "former" makes it ELI.
//     "pro-"/"anti-" before a country keeps it out of composition.
//  4. Unknown names: capitalised runs covered by nothing, not at sentence
//     start, are reported with no code.
//  5. Coreference, over the article so far: a surname or "Mr X" to the
//     last person of that surname, "he"/"she" to the last compatible person
//     of this or the previous sentence, "the minister" to the last mention
//     holding that role, "the country" to the last country.
// Cost: O(units x longest name) hash probes; no allocation per unit beyond
// the unit's key (short, kept in the small-string buffer).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "dict/actors.h"
#include "dict/internal/actor_units.h"
#include "tag/tagset.h"

namespace dyad {
namespace {

using internal::ActorTrie;
using internal::MatchUnit;
using Kind = ActorEntryKind;

constexpr uint32_t kNone = 0xFFFFFFFF;

struct Chunk {
  uint32_t ub = 0, ue = 0;  // units [ub, ue)
  uint32_t entry = kNone;
  bool surname_only = false;
};

// A composed phrase and what it is made of.
struct Phrase {
  uint32_t ub = 0, ue = 0;
  uint32_t country = kNone;  // country or demonym entry
  uint32_t seat = kNone;     // government entry ("the Kremlin")
  uint32_t fixed = kNone;    // igo, armed group or organisation
  uint32_t person = kNone;
  bool surname_only = false;  // person matched by surname alone
  uint32_t honorific = kNone;
  uint32_t pronoun = kNone;
  uint32_t anaphor = kNone;
  std::vector<uint32_t> agents;
  bool former = false;
  uint32_t name_ub = kNone, name_ue = kNone;  // absorbed unknown name
  bool the_before = false;                    // "the" right before the phrase
  // Results.
  std::string code;
  MentionKind kind = MentionKind::kUnknown;
  uint32_t decided_by = kNone;
  int32_t antecedent = -1;
  // "the two countries": one referent per Memory index, in text order.
  std::vector<uint32_t> referents;
  bool drop = false;
  bool role_only = false;  // a role with no country ("MIL")
};

// What coreference remembers of an earlier mention.
struct Memory {
  int32_t mention = -1;
  uint32_t sentence = 0;
  std::string code;
  bool is_person = false;
  // A role held by one person ("the chief financial officer", "the
  // minister"): what "he" or "she" may stand for in its own sentence.
  bool one_person_role = false;
  std::string surname;  // normalised key of the surname
  char sex = 0;
  // Role words of the mention (pointers into the dictionary's entries).
  static constexpr size_t kMaxRoles = 6;
  std::array<const std::string*, kMaxRoles> roles{};
  uint8_t role_count = 0;
  void AddRoles(const std::vector<std::string>& keys) {
    for (const std::string& k : keys) {
      if (role_count < kMaxRoles) roles[role_count++] = &k;
    }
  }
  bool HasRole(const std::string& key) const {
    for (uint8_t i = 0; i < role_count; ++i) {
      if (*roles[i] == key) return true;
    }
    return false;
  }
  std::string country;       // first three letters of the code
  bool own_country = false;  // named by the mention, not from context
  bool fixed = false;        // an igo, armed group or organisation
};

// What a plural anaphor ("the two countries", "both sides", "the two
// leaders") refers back to; from the entry's target= attribute.
enum class PluralTarget : uint8_t { kNone, kCountries, kSides, kLeaders };

PluralTarget PluralTargetOf(const std::string& target) {
  if (target == "countries") return PluralTarget::kCountries;
  if (target == "sides") return PluralTarget::kSides;
  if (target == "leaders") return PluralTarget::kLeaders;
  return PluralTarget::kNone;
}

// Codes whose first three letters name no state: organisations and
// transnational groups are told apart by their whole code.
bool NonStatePrefix(const std::string& country) {
  return country == "IGO" || country == "NGO" || country == "IMG" ||
         country == "MNC" || country == "UIS" || country == "INT";
}

// How many sentences before the current one a plural anaphor looks back.
constexpr uint32_t kPluralWindow = 3;

std::string CountryPart(const std::string& code) {
  if (code.size() < 3) return "";
  std::string_view c(code.data(), 3);
  // Role-only or international codes have no country.
  static constexpr std::array<std::string_view, 12> kNotCountry = {
      "GOV", "MIL", "REB", "OPP", "COP", "JUD",
      "BUS", "MED", "CVL", "LEG", "ELI", "REF"};
  for (std::string_view n : kNotCountry) {
    if (c == n) return "";
  }
  return std::string(c);
}

// std::isalpha in the C locale, without the library call.
bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsConnector(const std::string& key) {
  if (key.size() < 2 || key.size() > 3) return false;  // all are 2-3 letters
  return key == "of" || key == "al" || key == "bin" || key == "de" ||
         key == "la" || key == "van" || key == "von" || key == "der" ||
         key == "du" || key == "el" || key == "da" || key == "ibn";
}

// Capitalised words that begin no name (sorted, for binary search).
constexpr std::string_view kCapitalStopwords[] = {
    "a",         "about",   "af",       "afp",      "after",    "all",
    "am",        "an",      "and",      "ap",       "apr",      "april",
    "as",        "at",      "aug",      "august",   "before",   "but",
    "by",        "ceo",     "covid",    "dec",      "december", "dr",
    "et",        "feb",     "february", "for",      "friday",   "from",
    "gdp",       "gmt",     "he",       "her",      "here",     "his",
    "how",       "i",       "if",       "in",       "it",       "its",
    "jan",       "january", "jul",      "july",     "jun",      "june",
    "last",      "many",    "mar",      "march",    "may",      "monday",
    "more",      "most",    "mr",       "mrs",      "ms",       "my",
    "new",       "next",    "no",       "not",      "nov",      "november",
    "oct",       "october", "of",       "ok",       "on",       "one",
    "or",        "our",     "pm",       "saturday", "sep",      "sept",
    "september", "she",     "since",    "so",       "some",     "sunday",
    "that",      "the",     "their",    "there",    "these",    "they",
    "this",      "those",   "three",    "thursday", "to",       "tuesday",
    "tv",        "two",     "under",    "utc",      "we",       "wednesday",
    "what",      "when",    "while",    "who",      "why",      "with",
    "yes",       "you",     "your",
};

// Asked for every capitalised word: the sorted list is cut by first letter
// once, and a word is compared only with the stop words of its letter.
bool IsCapitalStopword(const std::string& key) {
  struct Buckets {
    std::array<uint8_t, 27> start{};  // first index of each letter a..z
    Buckets() {
      constexpr size_t n = std::size(kCapitalStopwords);
      size_t i = 0;
      for (int c = 0; c < 26; ++c) {
        start[c] = static_cast<uint8_t>(i);
        while (i < n && kCapitalStopwords[i][0] == 'a' + c) ++i;
      }
      start[26] = static_cast<uint8_t>(i);
    }
  };
  static const Buckets buckets;
  if (key.empty() || key.size() > 9 || key[0] < 'a' || key[0] > 'z') {
    return false;
  }
  const int c = key[0] - 'a';
  for (size_t i = buckets.start[c]; i < buckets.start[c + 1]; ++i) {
    std::string_view w = kCapitalStopwords[i];
    if (w.size() != key.size()) continue;
    size_t j = 1;
    while (j < w.size() && w[j] == key[j]) ++j;
    if (j == w.size()) return true;
  }
  return false;
}

// Words that say a "Georgia" is the US state, or the country (sorted, exact
// token text). Other US states with a name of their own; "Washington",
// "Jersey" and "Mexico" are left out as names of other actors.
constexpr std::string_view kUsStateCues[] = {
    "Alabama",     "Alaska",      "Arizona",      "Arkansas",
    "Atlanta",     "California",  "Carolina",     "Colorado",
    "Connecticut", "Counties",    "County",       "Dakota",
    "Delaware",    "Democrat",    "Democrats",    "Florida",
    "GOP",         "Ga.",         "Gov",          "Gov.",
    "Hampshire",   "Hawaii",      "Idaho",        "Illinois",
    "Indiana",     "Iowa",        "Kansas",       "Kentucky",
    "Louisiana",   "Maine",       "Maryland",     "Massachusetts",
    "Michigan",    "Minnesota",   "Mississippi",  "Missouri",
    "Montana",     "Nebraska",    "Nevada",       "Ohio",
    "Oklahoma",    "Oregon",      "Pennsylvania", "Rep.",
    "Republican",  "Republicans", "Savannah",     "Sen.",
    "Senate",      "Tennessee",   "Texas",        "Utah",
    "Vermont",     "Virginia",    "Wisconsin",    "Wyoming",
    "counties",    "county",      "runoff",
};
constexpr std::string_view kCountryGeorgiaCues[] = {
    "Abkhazia", "Armenia", "Azerbaijan", "Caucasus", "Georgian",
    "Kremlin",  "Moscow",  "Ossetia",    "Russia",   "Russian",
    "Soviet",   "Tbilisi", "Ukraine",
};

bool InSorted(const std::string_view* b, const std::string_view* e,
              std::string_view w) {
  return std::binary_search(b, e, w);
}

uint32_t DateOf(const Document& doc) {
  if (doc.article == nullptr || doc.article->date.size() < 10) return 0;
  return ParseDate(std::string_view(doc.article->date).substr(0, 10));
}

class SentenceMatcher {
 public:
  SentenceMatcher(const ActorDictionary& dict, const ActorMatchOptions& opt,
                  Document& doc, uint32_t date, std::vector<Memory>& memory,
                  const std::function<void(uint32_t)>& tag_sentence)
      : dict_(dict),
        trie_(dict.trie()),
        entries_(dict.entries()),
        opt_(opt),
        doc_(doc),
        date_(date),
        memory_(memory),
        tag_sentence_(tag_sentence) {}

  void Run(uint32_t sentence_index) {
    sentence_ = sentence_index;
    const Sentence& s = doc_.sentences[sentence_index];
    units_.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc_.tokens[t];
      internal::AppendUnits(doc_.clean_text, tok.clean.begin, tok.clean.end, t,
                            units_);
    }
    // Word ids: hash all units and prefetch their vocabulary slots first,
    // then probe, so that the cache misses of one sentence overlap.
    const size_t n = units_.size();
    ids_.assign(n, ActorTrie::kNoWord);
    hashes_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      hashes_[i] = units_[i].has_hash ? units_[i].hash
                                      : ActorTrie::WordHash(units_[i].key);
      trie_.PrefetchWord(hashes_[i],
                         units_[i].case_class == internal::kAnyCase);
    }
    for (size_t i = 0; i < n; ++i) {
      ids_[i] = trie_.WordIdHashed(units_[i].key, hashes_[i],
                                   units_[i].case_class == internal::kAnyCase);
    }
    capitalised_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      capitalised_[i] = units_[i].case_class != internal::kAnyCase &&
                        !IsCapitalStopword(units_[i].key);
    }
    FindChunks();
    BuildPhrases();
    // Phrases come in text order; unknown names are appended after them
    // and merged in (no general sort: a Phrase is costly to move).
    const size_t known = phrases_.size();
    if (opt_.report_unknown && !LooksLikeHeadline(s)) FindUnknownNames();
    if (known > 0 && known < phrases_.size()) {
      merged_.clear();
      size_t a = 0, b = known;
      while (a < known || b < phrases_.size()) {
        bool take_a = b == phrases_.size() ||
                      (a < known && phrases_[a].ub < phrases_[b].ub);
        merged_.push_back(std::move(phrases_[take_a ? a++ : b++]));
      }
      phrases_.swap(merged_);
    }
    for (Phrase& p : phrases_) Code(p);
    // "in Western Cambodia", "Eastern Europe": a bare demonym right before
    // a country's name is a compass word of it, not an actor.
    for (size_t i = 0; i + 1 < phrases_.size(); ++i) {
      Phrase& p = phrases_[i];
      const Phrase& next = phrases_[i + 1];
      if (p.kind == MentionKind::kCountry && p.country != kNone &&
          entries_[p.country].kind == Kind::kDemonym && p.ue - p.ub == 1 &&
          next.ub == p.ue && next.kind == MentionKind::kCountry &&
          next.country != kNone &&
          entries_[next.country].kind == Kind::kCountry) {
        p.drop = true;
      }
    }
    // A bare role ("police", "protesters") belongs to the country named
    // nearest before it in the sentence, else to the one country the
    // sentence names, if it names exactly one. "foreign bankers" get none.
    // Where the first bare role starts (units), if any.
    role_before_.clear();
    for (const Phrase& p : phrases_) {
      if (p.role_only &&
          (p.kind == MentionKind::kAgent || p.kind == MentionKind::kPerson)) {
        role_before_.push_back(p.ub);
        break;
      }
    }
    std::string sentence_country;
    bool several = false;
    for (const Phrase& p : phrases_) {
      std::string c = RoleCountry(p);
      if (c.empty()) continue;
      // Only a country named as the setting lends itself to a bare role
      // after it ("police arrested two men in Turkey"); one the clause acts
      // on does not ("police arrested two men for spying for Russia", "the
      // government asked Saudi Arabia for help").
      if (!role_before_.empty() && p.ub > role_before_.front() && ActedOn(p)) {
        continue;
      }
      if (sentence_country.empty()) {
        sentence_country = c;
      } else if (c != sentence_country) {
        several = true;
      }
    }
    if (several) sentence_country.clear();
    std::string last_country;
    for (Phrase& p : phrases_) {
      if (opt_.coreference) Resolve(p);
      if (p.role_only &&
          (p.kind == MentionKind::kAgent || p.kind == MentionKind::kPerson) &&
          !ForeignBefore(p) && !FromManyCountries(p) &&
          !(IsBareWeapon(p) && last_country.empty())) {
        // Nearest before it, else the sentence's one country, else the
        // country the article has named most so far (not for a weapon).
        std::string c = !last_country.empty()       ? last_country
                        : !sentence_country.empty() ? sentence_country
                                                    : ArticleCountry();
        // "Israeli airstrikes kill 19 people in southern Lebanon": private
        // people belong to where they are, when the sentence says it; so do
        // courts, police and rebels, which are local ("a court in Melbourne,
        // Victoria, Australia", "police in Lviv, Ukraine").
        if (IsPrivatePeople(p.code) || p.code == "COP" || p.code == "JUD" ||
            p.code == "REB") {
          std::string where = CountryInAfter(p);
          if (!where.empty()) c = where;
        }
        if (!c.empty()) p.code = c + p.code;
      } else if (std::string c = RoleCountry(p); !c.empty()) {
        last_country = c;
      }
      if (!p.drop) Emit(p);
    }
  }

 private:
  // The country a bare role may take from a phrase: its own country, but
  // not an organisation's or an unidentified group's prefix ("police
  // captured two gunmen": the gunmen are UAF, the police are no UAF's).
  // (Not inlined: GCC 12 reports a false -Wrestrict on the inlined copy.)
  [[gnu::noinline]] static std::string RoleCountry(const Phrase& p) {
    std::string c = OwnCountry(p);
    if (NonStatePrefix(c) || c == "UAF") return "";
    return c;
  }

  // The country a phrase names by itself (not one filled in from context).
  static std::string OwnCountry(const Phrase& p) {
    if (p.role_only || p.drop) return "";
    if (p.kind != MentionKind::kCountry && p.kind != MentionKind::kGovernment &&
        p.kind != MentionKind::kPerson && p.kind != MentionKind::kAgent &&
        p.kind != MentionKind::kCoref) {
      return "";
    }
    return CountryPart(p.code);
  }

  // "a drone attack on Dnipro", "artillery shelled the town": a weapon
  // named without its side takes only a country named before it in the
  // sentence ("Russian missile and drone attack"); the sentence's or the
  // article's country is as often the target's as the attacker's.
  bool IsBareWeapon(const Phrase& p) const {
    if (p.ue != p.ub + 1 && !(p.ue == p.ub + 2 && units_[p.ub].key == "fighter")) {
      return false;
    }
    const std::string& k = units_[p.ue - 1].key;
    return k == "drone" || k == "drones" || k == "warplane" ||
           k == "warplanes" || k == "jet" || k == "jets" || k == "warship" ||
           k == "artillery";
  }

  // The country named most often by earlier sentences of the article
  // (ties: the most recent), or "" when there is none. Counts are brought
  // up to date once per sentence.
  const std::string& ArticleCountry() {
    for (; counted_ < memory_.size() && memory_[counted_].sentence < sentence_;
         ++counted_) {
      const Memory& m = memory_[counted_];
      // An organisation lends no country to the bare roles after it
      // ("people" in an article about the Islamic State are no IMGCVL).
      if (!m.own_country || NonStatePrefix(m.country)) continue;
      auto it =
          std::find_if(country_counts_.begin(), country_counts_.end(),
                       [&](const auto& c) { return c.first == m.country; });
      if (it == country_counts_.end()) {
        country_counts_.emplace_back(m.country, 0);
        it = country_counts_.end() - 1;
      }
      if (++it->second >= best_count_) {
        best_count_ = it->second;
        article_country_ = m.country;
      }
    }
    return article_country_;
  }

  // "asked Saudi Arabia", "spying for Russia", "cooperation with France":
  // the clause acts on the country rather than naming where it happens.
  bool ActedOn(const Phrase& p) const {
    if (p.ub == 0) return false;
    const std::string& k = units_[p.ub - 1].key;
    if (k == "for" || k == "with" || k == "to" || k == "against" ||
        k == "toward" || k == "towards" || k == "on" || k == "into" ||
        k == "about") {
      return true;
    }
    const uint32_t t = units_[p.ub].token;
    if (t == 0) return false;
    if (tag_sentence_) {
      const uint32_t begin = doc_.sentences[sentence_].token_begin;
      tag_sentence_(t - 1 >= begin || sentence_ == 0 ? sentence_
                                                      : sentence_ - 1);
    }
    return static_cast<internal::Upos>(doc_.tokens[t - 1].upos) ==
           internal::Upos::kVerb;
  }

  // True when unit `u` is a facility noun ("Base", "Airport",
  // "University"): the name it ends or follows names a place.
  bool NamesAFacility(size_t u) const {
    static constexpr std::array<std::string_view, 24> kFacilities = {
        "air",    "base",     "airbase", "airport", "university", "college",
        "school", "hospital", "street",  "avenue",  "road",       "square",
        "bridge", "stadium",  "mosque",  "church",  "hotel",      "museum",
        "park",   "station",  "center",  "centre",  "port",       "dam"};
    if (u >= units_.size()) return false;
    const std::string& k = units_[u].key;
    return std::find(kFacilities.begin(), kFacilities.end(), k) !=
           kFacilities.end();
  }

  // "southern", "north-eastern", "central": a part of the place after it.
  static bool IsCompassWord(const std::string& k) {
    static constexpr std::array<std::string_view, 13> kCompass = {
        "north",       "south",        "east",         "west",
        "northern",    "southern",     "eastern",      "western",
        "central",     "northeastern", "northwestern", "southeastern",
        "southwestern"};
    return std::find(kCompass.begin(), kCompass.end(), k) != kCompass.end();
  }

  // Common nouns of places: "the Yemeni capital", "a Syrian village".
  static bool IsPlaceNoun(const std::string& k) {
    static constexpr std::array<std::string_view, 14> kPlaces = {
        "capital", "city",   "town",     "village", "region",
        "province", "border", "coast",   "port",    "countryside",
        "territory", "side",  "enclave", "state"};
    return std::find(kPlaces.begin(), kPlaces.end(), k) != kPlaces.end();
  }

  // Roles of private people ("people", "civilians", "residents").
  static bool IsPrivatePeople(const std::string& role) {
    return role == "CVL" || role == "REF";
  }

  // The country of the first phrase of the sentence that follows "in"
  // ("... in the Gaza Strip", "... in Kharkiv, Ukraine", "In Kyiv, ..."),
  // or "".
  std::string CountryInAfter(const Phrase& p) const {
    for (const Phrase& q : phrases_) {
      if (&q == &p || q.ub == 0) continue;
      // A place, not an actor: "killed in Russian drone strikes in Kharkiv,
      // Ukraine" puts the victims in Ukraine, not in Russia.
      if (q.kind != MentionKind::kCountry &&
          q.kind != MentionKind::kGovernment) {
        continue;
      }
      // "killed in Israeli airstrikes across Gaza City": a demonym on a
      // noun names whose the noun is, not where the people are ("in the
      // Yemeni capital" still is a place).
      if (q.country != kNone && entries_[q.country].kind == Kind::kDemonym &&
          q.ue < units_.size() && !Capitalised(q.ue) &&
          !IsPlaceNoun(units_[q.ue].key)) {
        continue;
      }
      uint32_t before = q.ub - 1;
      if (q.the_before && before > 0) --before;
      // "in Kharkiv, Ukraine", "in the Nabatieh District, Lebanon": step
      // back over the place names before the country.
      const uint32_t floor = q.ub > p.ub ? p.ue : 0;
      for (int steps = 0; steps < 8 && before > floor && Capitalised(before);
           ++steps) {
        --before;
      }
      // "across southern Lebanon", "in the north-eastern Kharkiv region".
      while (before > floor && IsCompassWord(units_[before].key)) --before;
      if (units_[before].key == "the" && before > floor) --before;
      const std::string& k = units_[before].key;
      // "in the Gaza Strip", "across Ukraine", "throughout Syria", "strikes
      // on the Gaza Strip", "near Jannata, South Governorate, Lebanon".
      if (k != "in" && k != "across" && k != "throughout" && k != "on" &&
          k != "near") {
        continue;
      }
      std::string c = RoleCountry(q);
      if (!c.empty()) return c;
    }
    return "";
  }

  // "Foreign ministers from more than a dozen countries", "leaders of 27
  // nations": a role drawn from many states belongs to none of them.
  bool FromManyCountries(const Phrase& p) const {
    if (p.ue >= units_.size()) return false;
    const std::string& k = units_[p.ue].key;
    if (k != "from" && k != "of") return false;
    for (size_t u = p.ue + 1; u < units_.size() && u <= p.ue + 6; ++u) {
      const std::string& w = units_[u].key;
      if (w == "countries" || w == "nations" || w == "states" ||
          w == "governments") {
        return true;
      }
    }
    return false;
  }

  bool ForeignBefore(const Phrase& p) const {
    if (p.ub == 0) return false;
    const std::string& k = units_[p.ub - 1].key;
    return k == "foreign" || k == "international" || k == "overseas" ||
           k == "western" || k == "global" || k == "world";
  }

  // ---- 2. chunks --------------------------------------------------------
  void FindChunks() {
    chunks_.clear();
    chunk_at_.assign(units_.size() + 1, kNone);
    size_t n = units_.size();
    std::vector<uint32_t>& frontier = frontier_;
    std::vector<uint32_t>& next = next_;
    for (size_t i = 0; i < n;) {
      if (!trie_.StartsName(ids_[i], units_[i].case_class)) {
        ++i;
        continue;
      }
      frontier.assign(1, ActorTrie::kRoot);
      size_t best_end = 0;
      uint32_t best_entry = kNone;
      bool best_surname = false;
      for (size_t j = i; j < n && !frontier.empty(); ++j) {
        if (j > i && (units_[j - 1].break_after || units_[j - 1].possessive)) {
          break;
        }
        next.clear();
        for (uint32_t node : frontier) {
          trie_.Children(node, ids_[j], units_[j].case_class, next);
        }
        frontier.swap(next);
        for (uint32_t node : frontier) {
          const auto& acc = trie_.Accepts(node);
          if (acc.empty()) continue;
          bool surname = false;
          uint32_t e = Choose(acc, surname);
          if (e != kNone) {
            best_end = j + 1;
            best_entry = e;
            best_surname = surname;
            break;
          }
        }
      }
      if (best_entry == kNone || CurrencySign(best_entry, best_end - 1)) {
        ++i;
        continue;
      }
      chunk_at_[i] = static_cast<uint32_t>(chunks_.size());
      chunks_.push_back({static_cast<uint32_t>(i),
                         static_cast<uint32_t>(best_end), best_entry,
                         best_surname});
      i = best_end;
    }
  }

  // "US$371,829", "HK$ 5 billion": a country name glued to a dollar sign
  // names a currency, not an actor.
  bool CurrencySign(uint32_t entry, size_t last_unit) const {
    const Kind k = entries_[entry].kind;
    if (k != Kind::kCountry && k != Kind::kDemonym) return false;
    const uint32_t t = units_[last_unit].token;
    const Token& tok = doc_.tokens[t];
    if (units_[last_unit].end != tok.clean.end || tok.space_after ||
        t + 1 >= doc_.tokens.size()) {
      return false;
    }
    std::string_view next = doc_.TokenText(doc_.tokens[t + 1]);
    return !next.empty() && next[0] == '$';
  }

  // Picks one entry among those a name accepts; kNone if none fits.
  uint32_t Choose(const std::vector<ActorTrie::Accept>& acc, bool& surname) {
    // A full name beats a surname alone.
    for (const auto& a : acc) {
      if (!(a.flags & ActorTrie::kSurnameOnly)) {
        surname = false;
        // Several people share a full name: prefer the one in office.
        if (entries_[a.entry].kind == Kind::kPerson) {
          for (const auto& b : acc) {
            if (!(b.flags & ActorTrie::kSurnameOnly) &&
                entries_[b.entry].kind == Kind::kPerson &&
                ActiveAt(entries_[b.entry], date_)) {
              return b.entry;
            }
          }
        }
        return a.entry;
      }
    }
    // A surname alone: the people holding office at the date must agree.
    // When nobody of that name holds office, the people who left office or
    // take it within two years of the date must agree ("Obama" in 2018 is
    // USAELI, as "Barack Obama" is).
    constexpr uint32_t kAmbiguous = kNone - 1;
    auto agreeing = [&](auto in_scope) -> uint32_t {
      uint32_t chosen = kNone;
      std::string chosen_code;
      for (const auto& a : acc) {
        const ActorEntry& e = entries_[a.entry];
        if (!in_scope(e)) continue;
        if (chosen == kNone) {
          chosen = a.entry;  // its code is computed only if a second shows
          continue;
        }
        if (chosen_code.empty()) {
          chosen_code = ResolveCode(entries_[chosen], date_);
        }
        if (ResolveCode(e, date_) != chosen_code) {
          return kAmbiguous;  // leave it to coreference or "unknown"
        }
      }
      return chosen;
    };
    uint32_t chosen = agreeing(
        [&](const ActorEntry& e) { return date_ == 0 || ActiveAt(e, date_); });
    if (chosen == kNone && date_ != 0) {
      chosen = agreeing([&](const ActorEntry& e) { return NearOffice(e); });
    }
    if (chosen == kAmbiguous) return kNone;
    surname = true;
    return chosen;
  }

  // True when one of the person's terms ends or starts within two years of
  // the article date (dates are YYYYMMDD numbers: two years is 20000).
  bool NearOffice(const ActorEntry& e) const {
    constexpr uint32_t kTwoYears = 20000;
    for (const DatedCode& c : e.codes) {
      if (c.to != 0 && c.to < date_ && date_ - c.to <= kTwoYears) return true;
      if (c.from != 0 && c.from > date_ && c.from - date_ <= kTwoYears) {
        return true;
      }
    }
    return false;
  }

  // ---- 3. phrases -------------------------------------------------------
  enum class Piece {
    kNone,
    kModifier,
    kCountry,
    kSeat,
    kAgent,
    kTitle,
    kHonorific,
    kPerson,
    kFixed,
    kOther
  };

  Piece PieceOf(const Chunk& c) const {
    const ActorEntry& e = entries_[c.entry];
    switch (e.kind) {
      case Kind::kCountry:
      case Kind::kDemonym:
        return Piece::kCountry;
      case Kind::kGovernment:
        return Piece::kSeat;
      case Kind::kAgent:
        return e.title ? Piece::kTitle : Piece::kAgent;
      case Kind::kHonorific:
        return Piece::kHonorific;
      case Kind::kPerson:
        return Piece::kPerson;
      case Kind::kIgo:
      case Kind::kArmedGroup:
      case Kind::kOrganization:
        return Piece::kFixed;
      case Kind::kModifier:
        return Piece::kModifier;
      default:
        return Piece::kOther;
    }
  }

  static bool Follows(Piece prev, Piece next) {
    auto agentish = [](Piece p) {
      return p == Piece::kAgent || p == Piece::kTitle;
    };
    switch (prev) {
      case Piece::kModifier:
        return next == Piece::kCountry || next == Piece::kSeat ||
               agentish(next) || next == Piece::kPerson ||
               next == Piece::kHonorific;
      case Piece::kCountry:
        return agentish(next) || next == Piece::kPerson ||
               next == Piece::kFixed;
      case Piece::kSeat:
        return agentish(next) || next == Piece::kPerson;
      case Piece::kAgent:
      case Piece::kTitle:
        return agentish(next) || next == Piece::kPerson ||
               next == Piece::kHonorific || next == Piece::kFixed;
      case Piece::kHonorific:
        return next == Piece::kPerson;
      case Piece::kFixed:
        return agentish(next) || next == Piece::kFixed ||
               next == Piece::kPerson;
      default:
        return false;
    }
  }

  void Add(Phrase& p, const Chunk& c) {
    const ActorEntry& e = entries_[c.entry];
    switch (PieceOf(c)) {
      case Piece::kModifier:
        p.former = true;
        break;
      case Piece::kCountry:
        p.country = c.entry;
        break;
      case Piece::kSeat:
        p.seat = c.entry;
        break;
      case Piece::kAgent:
      case Piece::kTitle:
        p.agents.push_back(c.entry);
        break;
      case Piece::kHonorific:
        p.honorific = c.entry;
        break;
      case Piece::kPerson:
        p.person = c.entry;
        p.surname_only = c.surname_only;
        break;
      case Piece::kFixed:
        if (p.fixed == kNone) p.fixed = c.entry;
        break;
      default:
        if (e.kind == Kind::kPronoun) p.pronoun = c.entry;
        if (e.kind == Kind::kAnaphor) p.anaphor = c.entry;
        break;
    }
    p.ue = c.ue;
  }

  // A capitalised word that may be part of a name (computed once per unit
  // in Run: the stop-word search is costly and asked several times).
  bool Capitalised(size_t u) const { return capitalised_[u]; }

  // End of a capitalised name starting at `u` (one past), or u if none.
  size_t NameRunEnd(size_t u, bool stop_at_chunks) const {
    size_t e = u;
    while (e < units_.size()) {
      if (stop_at_chunks && chunk_at_[e] != kNone) break;
      if (Capitalised(e)) {
        ++e;
      } else if (e > u && IsConnector(units_[e].key) && e + 1 < units_.size() &&
                 Capitalised(e + 1) && !units_[e].break_after) {
        ++e;
      } else {
        break;
      }
      if (units_[e - 1].break_after || units_[e - 1].possessive) break;
    }
    return e;
  }

  bool IsModifierBlock(uint32_t entry) const {
    const ActorEntry& e = entries_[entry];
    return e.kind == Kind::kModifier && e.codes.empty();
  }

  // "Citizens United", "Media Matters": a capitalised generic agent next
  // to another capitalised word no entry covers is part of a proper name.
  bool InsideProperName(const Chunk& c) const {
    const ActorEntry& e = entries_[c.entry];
    if (e.kind != Kind::kAgent || e.title) return false;
    for (uint32_t u = c.ub; u < c.ue; ++u) {
      if (units_[u].case_class == internal::kAnyCase) return false;
    }
    bool next_name = c.ue < units_.size() && chunk_at_[c.ue] == kNone &&
                     Capitalised(c.ue) && !units_[c.ue - 1].break_after;
    bool prev_name = c.ub > 1 && Capitalised(c.ub - 1) &&
                     !units_[c.ub - 1].break_after && !PartOfChunk(c.ub - 1);
    return next_name || prev_name;
  }

  // True when unit `u` lies in a chunk that is not a generic agent.
  bool PartOfChunk(uint32_t u) const {
    for (const Chunk& c : chunks_) {
      if (c.ub > u) break;
      if (u < c.ue) {
        const ActorEntry& e = entries_[c.entry];
        return e.kind != Kind::kAgent || e.title;
      }
    }
    return false;
  }

  void BuildPhrases() {
    phrases_.clear();
    covered_.assign(units_.size(), false);
    // Drop generic agents that are part of proper names.
    {
      std::vector<uint8_t>& drop = drop_;
      drop.assign(chunks_.size(), 0);
      for (size_t i = 0; i < chunks_.size(); ++i) {
        drop[i] = InsideProperName(chunks_[i]);
      }
      size_t kept = 0;
      for (size_t i = 0; i < chunks_.size(); ++i) {
        if (!drop[i]) chunks_[kept++] = chunks_[i];
      }
      chunks_.resize(kept);
    }
    std::fill(chunk_at_.begin(), chunk_at_.end(), kNone);
    for (uint32_t i = 0; i < chunks_.size(); ++i) chunk_at_[chunks_[i].ub] = i;
    for (size_t ci = 0; ci < chunks_.size();) {
      const Chunk& first = chunks_[ci];
      // "pro-Russian", "anti-government": the country is an attitude.
      if (IsModifierBlock(first.entry)) {
        MarkCovered(first.ub, first.ue);
        ++ci;
        if (ci < chunks_.size() && chunks_[ci].ub == first.ue &&
            units_[first.ue].hyphen_before) {
          MarkCovered(chunks_[ci].ub, chunks_[ci].ue);
          ++ci;
        }
        continue;
      }
      Phrase p;
      p.ub = first.ub;
      p.the_before = first.ub > 0 && units_[first.ub - 1].key == "the";
      Add(p, first);
      Piece last = PieceOf(first);
      ++ci;
      while (true) {
        const MatchUnit& end_unit = units_[p.ue - 1];
        if (end_unit.break_after) break;
        if (end_unit.possessive &&
            !(last == Piece::kCountry || last == Piece::kSeat ||
              last == Piece::kFixed)) {
          break;
        }
        if (ci < chunks_.size() && chunks_[ci].ub == p.ue) {
          Piece next = PieceOf(chunks_[ci]);
          if (end_unit.possessive && next == Piece::kCountry) break;
          // "former energy minister German Galushchenko": a one-word
          // demonym between a title and an unknown name is a given name.
          const Chunk& c = chunks_[ci];
          if (last == Piece::kTitle && next == Piece::kCountry &&
              entries_[c.entry].kind == Kind::kDemonym && c.ue == c.ub + 1 &&
              Capitalised(c.ub) && c.ue < units_.size() && Capitalised(c.ue) &&
              !(ci + 1 < chunks_.size() && chunks_[ci + 1].ub == c.ue)) {
            const size_t e = NameRunEnd(c.ue, true);
            if (e > c.ue) {
              p.name_ub = c.ub;
              p.name_ue = static_cast<uint32_t>(e);
              p.ue = static_cast<uint32_t>(e);
              ++ci;
              break;
            }
          }
          if (Follows(last, next)) {
            Add(p, chunks_[ci]);
            last = next;
            ++ci;
            continue;
          }
          break;
        }
        // "President Xiomara Castro", "Mr Smith": a title takes a name.
        // "Prince Sultan Air Base", "King Fahd University": a place
        // named after someone is no person.
        if ((last == Piece::kTitle || last == Piece::kHonorific) &&
            p.ue < units_.size() && Capitalised(p.ue)) {
          size_t e = NameRunEnd(p.ue, true);
          if (e > p.ue && (NamesAFacility(e - 1) || NamesAFacility(e))) {
            p.drop = true;
            p.ue = static_cast<uint32_t>(e);
            break;
          }
          if (e > p.ue) {
            p.name_ub = p.ue;
            p.name_ue = static_cast<uint32_t>(e);
            p.ue = static_cast<uint32_t>(e);
          }
          break;
        }
        // "leaders in Canada", "the governments of Madagascar".
        if ((last == Piece::kAgent || last == Piece::kTitle) &&
            p.country == kNone && p.seat == kNone && p.fixed == kNone &&
            p.ue + 1 < units_.size() &&
            (units_[p.ue].key == "of" || units_[p.ue].key == "in" ||
             units_[p.ue].key == "from") &&
            ci < chunks_.size() &&
            // "the government of neighboring Turkey"
            (chunks_[ci].ub == p.ue + 1 ||
             (chunks_[ci].ub == p.ue + 2 &&
              (units_[p.ue + 1].key == "neighboring" ||
               units_[p.ue + 1].key == "neighbouring"))) &&
            (PieceOf(chunks_[ci]) == Piece::kCountry ||
             // "ministers in Pyongyang", "authorities in Tehran": a seat
             // of government after "in" or "from" (the mayor "of" a
             // capital is the city's).
             (PieceOf(chunks_[ci]) == Piece::kSeat &&
              units_[p.ue].key != "of" && GovernmentRoles(p) &&
              !CountryJustBefore(p.ub))) &&
            // "guerrillas in Western Cambodia": a demonym right before a
            // country's name is a compass word of it, not the country
            // ("ministers from African countries" stays AFR).
            !(entries_[chunks_[ci].entry].kind == Kind::kDemonym &&
              ci + 1 < chunks_.size() && chunks_[ci + 1].ub == chunks_[ci].ue &&
              PieceOf(chunks_[ci + 1]) == Piece::kCountry)) {
          Add(p, chunks_[ci]);
          ++ci;
        }
        break;
      }
      // A lone "former" or honorific says nothing by itself.
      if (p.ue == first.ue && (PieceOf(first) == Piece::kModifier ||
                               PieceOf(first) == Piece::kHonorific)) {
        if (PieceOf(first) == Piece::kHonorific && p.ue < units_.size() &&
            Capitalised(p.ue)) {
          size_t e = NameRunEnd(p.ue, false);
          p.name_ub = p.ue;
          p.name_ue = static_cast<uint32_t>(e);
          p.ue = static_cast<uint32_t>(e);
          // Chunks swallowed by the name are skipped.
          while (ci < chunks_.size() && chunks_[ci].ub < p.ue) ++ci;
        } else {
          MarkCovered(p.ub, p.ue);
          continue;
        }
      }
      // "the USS Harry S. Truman", "HMS Prince of Wales": a ship named
      // after someone is no person (the navy prefix is its own actor).
      if (p.person != kNone &&
          (units_[p.ub].key == "uss" || units_[p.ub].key == "hms")) {
        p.person = kNone;
        p.surname_only = false;
      }
      // "the Treaty of Rome", "the Minsk agreement", "the Astana talks": a
      // capital that names an agreement or a forum is not its government.
      if (p.seat != kNone && p.country == kNone && p.fixed == kNone &&
          p.ue == p.ub + 1 && NamesAnAgreement(p)) {
        p.drop = true;
      }
      MarkCovered(p.ub, p.ue);
      phrases_.push_back(std::move(p));
    }
  }

  // Whether every role noun of phrase `p` is a government role ("officials",
  // "ministers", "authorities"): courts, police and protesters "in" a
  // capital are the place's (resolve/place_actors), not its government.
  bool GovernmentRoles(const Phrase& p) const {
    if (p.agents.empty()) return false;
    for (uint32_t a : p.agents) {
      const auto& codes = entries_[a].codes;
      if (codes.empty() || codes.front().code != "~GOV") return false;
    }
    return true;
  }

  // Whether a country or demonym chunk ends within two units before `ub`
  // ("the Syrian transitional government in Riyadh" is Syria's).
  bool CountryJustBefore(uint32_t ub) const {
    for (const Chunk& c : chunks_) {
      if (c.ue <= ub && c.ue + 2 >= ub && PieceOf(c) == Piece::kCountry) {
        return true;
      }
    }
    return false;
  }

  bool NamesAnAgreement(const Phrase& p) const {
    static constexpr std::array<std::string_view, 14> kAfter = {
        "agreement", "agreements", "accord",      "accords",     "protocol",
        "treaty",    "convention", "conventions", "declaration", "consensus",
        "format",    "process",    "talks",       "communique"};
    static constexpr std::array<std::string_view, 6> kBefore = {
        "treaty", "treaties", "peace", "convention", "congress", "protocol"};
    if (p.ue < units_.size() && std::find(kAfter.begin(), kAfter.end(),
                                          units_[p.ue].key) != kAfter.end()) {
      return true;
    }
    return p.ub >= 2 && units_[p.ub - 1].key == "of" &&
           std::find(kBefore.begin(), kBefore.end(), units_[p.ub - 2].key) !=
               kBefore.end();
  }

  void MarkCovered(uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i) covered_[i] = true;
  }

  // ---- 4. unknown names -------------------------------------------------
  bool LooksLikeHeadline(const Sentence& s) const {
    if (s.kind == SentenceKind::kHeadline) return true;
    int words = 0, caps = 0;
    for (const MatchUnit& u : units_) {
      if (u.key.empty() || !IsAsciiAlpha(u.key[0])) {
        continue;
      }
      ++words;
      caps += u.case_class != internal::kAnyCase;
    }
    return words >= 4 && caps * 10 >= words * 6;
  }

  void FindUnknownNames() {
    for (size_t u = 1; u < units_.size();) {
      if (covered_[u] || !Capitalised(u) || units_[u].hyphen_before ||
          !IsAsciiAlpha(units_[u].key[0])) {
        ++u;
        continue;
      }
      size_t e = u;
      while (e < units_.size() && !covered_[e]) {
        size_t next = NameRunEnd(e, false);
        if (next == e) break;
        // Stop at coverage inside the run.
        size_t stop = e;
        while (stop < next && !covered_[stop]) ++stop;
        e = stop;
        break;
      }
      // A name does not end on "of" or "al" ("Atomic Energy Organization of").
      while (e > u && IsConnector(units_[e - 1].key)) --e;
      if (e > u) {
        Phrase p;
        p.ub = static_cast<uint32_t>(u);
        p.ue = static_cast<uint32_t>(e);
        p.name_ub = p.ub;
        p.name_ue = p.ue;
        phrases_.push_back(std::move(p));
        u = e;
      } else {
        ++u;
      }
    }
  }

  // ---- codes ------------------------------------------------------------
  std::string Resolve(uint32_t entry) const {
    return ResolveCode(entries_[entry], date_);
  }

  // The role of the phrase's agents: first strong one, else the first.
  const ActorEntry* RoleAgent(const Phrase& p) const {
    for (uint32_t a : p.agents) {
      if (!entries_[a].weak) return &entries_[a];
    }
    return p.agents.empty() ? nullptr : &entries_[p.agents.front()];
  }

  void Code(Phrase& p) {
    std::string country;
    if (p.country != kNone) {
      country = Resolve(p.country);
      const std::string& state = entries_[p.country].us_state;
      if (!state.empty() && ReadAsUsState()) country = state;
    }
    const ActorEntry* agent = RoleAgent(p);
    std::string agent_code;
    if (agent != nullptr) agent_code = ResolveCode(*agent, date_);
    bool role_only = !agent_code.empty() && agent_code[0] == '~';
    std::string role = role_only ? agent_code.substr(1) : "";
    uint32_t agent_id =
        agent ? static_cast<uint32_t>(agent - entries_.data()) : kNone;

    if (p.pronoun != kNone || p.anaphor != kNone) {
      p.kind = MentionKind::kCoref;
      p.decided_by = p.pronoun != kNone ? p.pronoun : p.anaphor;
      return;  // resolved by coreference or dropped
    }
    if (p.person != kNone) {
      const ActorEntry& person = entries_[p.person];
      p.kind = MentionKind::kPerson;
      p.decided_by = p.person;
      p.code = Resolve(p.person);
      std::string pc = CountryPart(p.code);
      if (p.former && !pc.empty()) {
        p.code = pc + "ELI";
      } else if (!ActiveAt(person, date_) && !role.empty() && !p.former) {
        // "President-elect Trump": the title in the text is the role.
        std::string c = !country.empty() ? country : pc;
        if (!c.empty()) {
          p.code = c + role;
          p.decided_by = agent_id;
        }
      }
      return;
    }
    if (p.fixed != kNone) {
      const ActorEntry& fixed = entries_[p.fixed];
      p.code = Resolve(p.fixed);
      p.decided_by = p.fixed;
      p.kind = fixed.kind == Kind::kIgo          ? MentionKind::kIgo
               : fixed.kind == Kind::kArmedGroup ? MentionKind::kArmedGroup
                                                 : MentionKind::kOrganization;
      return;
    }
    if (p.seat != kNone) {
      std::string seat = Resolve(p.seat);
      std::string c = CountryPart(seat);
      p.decided_by = p.seat;
      p.kind = MentionKind::kGovernment;
      p.code = seat;
      if (p.former && !c.empty()) {
        p.code = c + "ELI";
      } else if (agent != nullptr && !agent->weak && !role.empty() &&
                 role != "GOV" && !c.empty()) {
        p.code = c + role;
        p.decided_by = agent_id;
        p.kind = MentionKind::kAgent;
      }
      return;
    }
    bool named = p.name_ub != kNone;
    if (agent != nullptr) {
      p.kind =
          named && agent->title ? MentionKind::kPerson : MentionKind::kAgent;
      p.decided_by = agent_id;
      if (!role_only) {
        p.code = agent_code;  // "gunmen" -> UAF, "peacekeepers" -> IGOPKO
      } else if (p.former) {
        p.code = CountryPart(country) + "ELI";
      } else {
        p.code = CountryPart(country) + role;
        p.role_only = CountryPart(country).empty();
      }
      return;
    }
    if (p.country != kNone) {
      p.kind = MentionKind::kCountry;
      p.code = country;
      p.decided_by = p.country;
      if (p.former && country.size() == 3) p.code = country;
      return;
    }
    // Honorific + name, or a bare name: unknown until coreference.
    p.kind = MentionKind::kUnknown;
    p.decided_by = kNone;
  }

  // A country name that is also a US state ("Georgia"): the state when the
  // sentence has more US-state cues than country cues; on a tie, when the
  // article has; else the country.
  void CountStateCues(uint32_t tb, uint32_t te, int& us, int& country) const {
    for (uint32_t t = tb; t < te; ++t) {
      std::string_view w = doc_.TokenText(doc_.tokens[t]);
      if (w.size() > 2 && (w.ends_with("'s"))) w.remove_suffix(2);
      if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
      // Cues are capitalised but for "county", "counties" and "runoff": most
      // words are skipped on their first letter.
      if (w.empty() ||
          !((w[0] >= 'A' && w[0] <= 'Z') || w[0] == 'c' || w[0] == 'r')) {
        continue;
      }
      us += InSorted(std::begin(kUsStateCues), std::end(kUsStateCues), w);
      country += InSorted(std::begin(kCountryGeorgiaCues),
                          std::end(kCountryGeorgiaCues), w);
    }
  }

  bool ReadAsUsState() {
    if (state_sentence_ != sentence_) {  // once per sentence
      const Sentence& s = doc_.sentences[sentence_];
      state_us_ = state_country_ = 0;
      CountStateCues(s.token_begin, s.token_end, state_us_, state_country_);
      state_sentence_ = sentence_;
    }
    if (state_us_ != state_country_) return state_us_ > state_country_;
    if (article_us_state_ < 0) {
      int aus = 0, acountry = 0;
      CountStateCues(0, static_cast<uint32_t>(doc_.tokens.size()), aus,
                     acountry);
      article_us_state_ = aus > acountry ? 1 : 0;
    }
    return article_us_state_ == 1;
  }

  // ---- 5. coreference ---------------------------------------------------
  // A list generated from reference data on every state's officials (the
  // Factbook, CountryInfo, the 2019 cabinets), not the officials the news
  // corpora name (news_officials.gen.txt), who are in the news already.
  bool FromGeneratedList(uint32_t entry) const {
    const auto& files = dict_.files();
    const uint16_t f = entries_[entry].file;
    if (f >= files.size()) return false;
    const std::string& path = files[f];
    const size_t slash = path.find_last_of('/');
    const std::string_view name = std::string_view(path).substr(
        slash == std::string::npos ? 0 : slash + 1);
    return name.size() >= 8 && name.substr(name.size() - 8) == ".gen.txt" &&
           name.rfind("news_", 0) != 0;
  }

  // True when another phrase of the sentence, or a mention earlier in the
  // article, names the country of person phrase `p`.
  bool CountryCued(const Phrase& p) const {
    const std::string c = CountryPart(p.code);
    if (c.empty()) return false;
    for (const Phrase& q : phrases_) {
      if (&q != &p && OwnCountry(q) == c) return true;
    }
    for (const Memory& m : memory_) {
      if (m.country == c) return true;
    }
    return false;
  }

  std::string SurnameKeyOf(const Phrase& p) const {
    if (p.name_ub != kNone) return units_[p.name_ue - 1].key;
    if (p.person != kNone) return entries_[p.person].surname_key;
    return "";
  }

  char SexOf(const Phrase& p) const {
    if (p.person != kNone && entries_[p.person].sex) {
      return entries_[p.person].sex;
    }
    if (p.honorific != kNone) return entries_[p.honorific].sex;
    for (uint32_t a : p.agents) {
      if (entries_[a].sex) return entries_[a].sex;
    }
    return 0;
  }

  void Resolve(Phrase& p) {
    const Memory* found = nullptr;
    auto latest = [&](auto pred) -> const Memory* {
      for (auto it = memory_.rbegin(); it != memory_.rend(); ++it) {
        if (pred(*it)) return &*it;
      }
      return nullptr;
    };
    if (p.pronoun != kNone) {
      char sex = entries_[p.pronoun].sex;
      found = latest([&](const Memory& m) {
        return m.is_person && m.sentence + 1 >= sentence_ &&
               (sex == 0 || m.sex == 0 || m.sex == sex);
      });
      // "The chief financial officer of X faces extradition after she was
      // arrested": with no person named, a one-person role of the same
      // sentence.
      if (found == nullptr) {
        found = latest([&](const Memory& m) {
          return m.one_person_role && m.sentence == sentence_;
        });
      }
      if (found == nullptr) p.drop = true;
    } else if (p.anaphor != kNone &&
               PluralTargetOf(entries_[p.anaphor].target) !=
                   PluralTarget::kNone) {
      ResolvePlural(p, PluralTargetOf(entries_[p.anaphor].target));
      return;
    } else if (p.anaphor != kNone && entries_[p.anaphor].target == "latter") {
      // "clashing with Libyan security forces before the latter withdrew":
      // the actor named last, in this sentence or the one before.
      found = latest([&](const Memory& m) {
        return !m.code.empty() && m.mention >= 0 && m.sentence + 1 >= sentence_;
      });
      if (found == nullptr) p.drop = true;
    } else if (p.anaphor != kNone && entries_[p.anaphor].target == "group") {
      // "the group", "the alliance": the latest organisation or armed
      // group of the last few sentences.
      found = latest([&](const Memory& m) {
        return m.fixed && m.sentence + kPluralWindow >= sentence_;
      });
      if (found == nullptr) p.drop = true;
    } else if (p.anaphor != kNone) {
      found = latest([](const Memory& m) { return !m.country.empty(); });
      if (found == nullptr) {
        p.drop = true;
      } else {
        p.code = found->country;
        p.antecedent = found->mention;
        return;
      }
    } else if ((p.person != kNone && p.surname_only) ||
               (p.kind == MentionKind::kUnknown && p.name_ub != kNone)) {
      std::string key = SurnameKeyOf(p);
      if (!key.empty()) {
        found = latest(
            [&](const Memory& m) { return m.is_person && m.surname == key; });
      }
      // "Christie" in US news is not Perry Christie of the Bahamas: the
      // surname alone of someone only a generated list of officials knows
      // needs his country in the sentence or the article so far.
      if (found == nullptr && p.person != kNone && p.surname_only &&
          FromGeneratedList(p.person) && !CountryCued(p)) {
        p.drop = true;
        return;
      }
    } else if (p.kind == MentionKind::kAgent && p.the_before &&
               p.country == kNone && p.seat == kNone && p.agents.size() == 1 &&
               entries_[p.agents[0]].title) {
      const std::vector<std::string>& roles = entries_[p.agents[0]].role_keys;
      found = latest([&](const Memory& m) {
        for (const std::string& r : roles) {
          if (m.HasRole(r)) return true;
        }
        return false;
      });
    }
    if (found != nullptr) {
      p.code = found->code;
      p.kind = MentionKind::kCoref;
      p.antecedent = found->mention;
    }
  }

  // "the two countries", "both sides", "the two leaders": the two actors of
  // distinct countries named most recently. The latest sentence (this one
  // up to the anaphor, or one of the kPluralWindow before it) that names
  // two such actors gives its first two ("Kerry met Lavrov in Moscow" ->
  // Kerry, Lavrov); else the latest mention of each of the two countries
  // named last within the window. Fewer than two: no mention.
  // "both sides of the border" is no actor.
  void ResolvePlural(Phrase& p, PluralTarget target) {
    p.kind = MentionKind::kCoref;
    p.drop = true;
    if (p.ue < units_.size() && units_[p.ue].key == "of") return;
    auto eligible = [&](const Memory& m) {
      if (m.country.empty() || !m.own_country || m.mention < 0) return false;
      // Outlets and reporters tell of the two sides; they are not one.
      if (m.code.compare(3, 3, "MED") == 0) return false;
      switch (target) {
        case PluralTarget::kCountries:
          return !NonStatePrefix(m.country) && !m.fixed;
        case PluralTarget::kLeaders:
          return m.is_person && !NonStatePrefix(m.country);
        default:
          return true;
      }
    };
    auto key = [](const Memory& m) -> const std::string& {
      return NonStatePrefix(m.country) ? m.code : m.country;
    };
    const uint32_t lo =
        sentence_ > kPluralWindow ? sentence_ - kPluralWindow : 0;
    size_t first = memory_.size();
    while (first > 0 && memory_[first - 1].sentence >= lo) --first;
    // The latest sentence with two distinct actors: its first two.
    for (size_t hi = memory_.size(); hi > first;) {
      const uint32_t s = memory_[hi - 1].sentence;
      size_t b = hi;
      while (b > first && memory_[b - 1].sentence == s) --b;
      uint32_t picked[2];
      int n = 0;
      for (size_t i = b; i < hi && n < 2; ++i) {
        if (!eligible(memory_[i])) continue;
        if (n == 1 && key(memory_[i]) == key(memory_[picked[0]])) continue;
        picked[n++] = static_cast<uint32_t>(i);
      }
      if (n == 2) {
        p.referents.assign(picked, picked + 2);
        p.drop = false;
        return;
      }
      hi = b;
    }
    // Else the two countries named last, each by its latest mention.
    uint32_t picked[2];
    int n = 0;
    for (size_t i = memory_.size(); i > first && n < 2; --i) {
      const Memory& m = memory_[i - 1];
      if (!eligible(m)) continue;
      if (n == 1 && key(m) == key(memory_[picked[0]])) continue;
      picked[n++] = static_cast<uint32_t>(i - 1);
    }
    if (n == 2) {
      p.referents = {picked[1], picked[0]};  // text order
      p.drop = false;
    }
  }

  void Remember(const Phrase& p, int32_t mention_index) {
    if (p.kind == MentionKind::kUnknown && p.honorific == kNone) return;
    Memory m;
    m.mention = mention_index;
    m.sentence = sentence_;
    m.code = p.code;
    m.country = CountryPart(p.code);
    m.own_country = !p.role_only && !m.country.empty();
    m.fixed = p.fixed != kNone && p.person == kNone;
    if (p.kind == MentionKind::kCoref && p.antecedent >= 0) {
      // Carry the antecedent's identity forward.
      for (auto it = memory_.rbegin(); it != memory_.rend(); ++it) {
        if (it->mention == p.antecedent) {
          m.is_person = it->is_person;
          m.surname = it->surname;
          m.sex = it->sex;
          m.roles = it->roles;
          m.role_count = it->role_count;
          break;
        }
      }
    } else {
      m.is_person = p.person != kNone || p.kind == MentionKind::kPerson ||
                    (p.honorific != kNone && p.name_ub != kNone);
      if (m.is_person) {
        m.surname = SurnameKeyOf(p);
        m.sex = SexOf(p);
      }
    }
    if (p.pronoun != kNone && entries_[p.pronoun].sex && !m.sex) {
      m.sex = entries_[p.pronoun].sex;
    }
    if (p.kind == MentionKind::kAgent && !m.is_person && !p.agents.empty() &&
        p.ue > p.ub) {
      // The head word names one person: a singular title or a singular
      // agent noun ("officer", "executive", "businessman").
      // (Before "of X", "in X", "from X".)
      uint32_t last = p.ue - 1;
      for (uint32_t u = p.ub + 1; u < p.ue; ++u) {
        const std::string& k = units_[u].key;
        if (k == "of" || k == "in" || k == "from" || k == "for") {
          last = u - 1;
          break;
        }
      }
      const std::string& head = units_[last].key;
      const bool title = entries_[p.agents.back()].title;
      auto ends = [&](std::string_view suffix) {
        return head.size() > suffix.size() &&
               head.compare(head.size() - suffix.size(), suffix.size(),
                            suffix) == 0;
      };
      m.one_person_role =
          !head.empty() && head.back() != 's' &&
          (title || ends("er") || ends("or") || ends("man") || ends("ist") ||
           ends("ive") || head == "ceo" || head == "cfo");
    }
    for (uint32_t a : p.agents) m.AddRoles(entries_[a].role_keys);
    if (p.person != kNone) m.AddRoles(entries_[p.person].role_keys);
    memory_.push_back(std::move(m));
  }

  // The original offset of a unit's start: the token's when the unit starts
  // its token (the same value, from memory already in cache).
  uint32_t OrigBegin(const MatchUnit& u) const {
    const Token& t = doc_.tokens[u.token];
    return u.begin == t.clean.begin ? t.orig.begin
                                    : doc_.OriginalOffset(u.begin);
  }

  void Emit(Phrase& p) {
    if (!p.referents.empty()) {
      EmitPlural(p);
      return;
    }
    uint32_t ub = p.ub;
    if (p.kind == MentionKind::kCoref && p.the_before && p.anaphor == kNone) {
      --ub;  // "the minister": show the determiner too
    }
    Mention m;
    m.clean = {units_[ub].begin, units_[p.ue - 1].end};
    m.orig = {OrigBegin(units_[ub]), doc_.OriginalOffset(m.clean.end - 1) + 1};
    m.sentence = sentence_;
    m.token_begin = units_[ub].token;
    m.token_end = units_[p.ue - 1].token + 1;
    m.code = p.code;
    m.kind = p.kind;
    m.entry = p.decided_by;
    m.antecedent = p.antecedent;
    int32_t index = static_cast<int32_t>(doc_.mentions.size());
    doc_.mentions.push_back(std::move(m));
    Remember(p, index);
  }

  // One kCoref mention per referent, all on the anaphor's span, adjacent,
  // in the referents' text order. They are not remembered: "he" or "the
  // country" later refer to the actors themselves.
  void EmitPlural(const Phrase& p) {
    for (uint32_t r : p.referents) {
      const Memory& ref = memory_[r];
      Mention m;
      m.clean = {units_[p.ub].begin, units_[p.ue - 1].end};
      m.orig = {OrigBegin(units_[p.ub]),
                doc_.OriginalOffset(m.clean.end - 1) + 1};
      m.sentence = sentence_;
      m.token_begin = units_[p.ub].token;
      m.token_end = units_[p.ue - 1].token + 1;
      m.code = ref.code;
      m.kind = MentionKind::kCoref;
      m.entry = p.decided_by;
      m.antecedent = ref.mention;
      doc_.mentions.push_back(std::move(m));
    }
  }

  const ActorDictionary& dict_;
  const ActorTrie& trie_;
  const std::vector<ActorEntry>& entries_;
  const ActorMatchOptions& opt_;
  Document& doc_;
  uint32_t date_;
  std::vector<Memory>& memory_;
  int8_t article_us_state_ = -1;     // ReadAsUsState for the article; -1 unset
  uint32_t state_sentence_ = kNone;  // sentence whose cues are counted
  int state_us_ = 0, state_country_ = 0;
  const std::function<void(uint32_t)>& tag_sentence_;
  size_t counted_ = 0;  // memory_ entries counted into country_counts_
  std::vector<std::pair<std::string, int>> country_counts_;
  std::string article_country_;
  int best_count_ = 0;
  uint32_t sentence_ = 0;
  std::vector<MatchUnit> units_;
  std::vector<uint32_t> ids_;
  std::vector<uint64_t> hashes_;
  std::vector<uint8_t> capitalised_;       // Capitalised(u), per unit
  std::vector<uint8_t> drop_;              // BuildPhrases scratch
  std::vector<Phrase> merged_;             // Run scratch
  std::vector<uint32_t> frontier_, next_;  // FindChunks scratch
  std::vector<uint32_t> role_before_;      // start of the first bare role
  std::vector<Chunk> chunks_;
  std::vector<uint32_t> chunk_at_;
  std::vector<Phrase> phrases_;
  std::vector<bool> covered_;
};

}  // namespace

void ActorMatcher::Match(
    Document& doc, const std::function<void(uint32_t)>& tag_sentence) const {
  std::vector<Memory> memory;
  SentenceMatcher sm(dict_, options_, doc, DateOf(doc), memory, tag_sentence);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) sm.Run(s);
}

}  // namespace dyad
