// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Place recognition and disambiguation.
//
// Overview. Pass 1 walks each sentence's words (resolve/words.h). At a
// capitalised word it builds the normalised text of the next 1..N words
// (N = the gazetteer's longest name, stopping at sentence punctuation and
// at lowercase words other than name joiners like "of", "de", "and") and
// keeps the longest span the gazetteer knows. It then reads the words
// before the name to give it a role (locative, destination, other), checks
// for a qualifier after a comma ("Paris, Texas"), and applies the filters
// for person names and common words. Datelines are read separately from
// the first unit of the article. Pass 2 scores every candidate of every
// ambiguous mention against the article's evidence (see places.h) and
// keeps the best. Cost: a handful of hash probes per capitalised word.
#include "resolve/places.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "resolve/words.h"

namespace dyad::internal {
namespace {

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

bool IsLocativePreposition(std::string_view w) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "in",     "at",     "near",       "outside", "inside",
      "around", "across", "throughout", "within",  "into",
      "off",    "beyond", "along",      "amid",    "nearby"};
  return In(w, kWords);
}

// "on"/"over" are locative only through a place noun: "on the outskirts
// of Damascus", "in the skies over Syria"; "talks on Syria" is a topic.
bool IsWeakLocativePreposition(std::string_view w) {
  return w == "on" || w == "over" || w == "from";
}

// Words after which a place is where the action goes or lands: "flew to
// Moscow", "visited Kabul", and verbs of taking or striking a place
// ("retook Palmyra", "shelled Donetsk").
bool IsDestinationWord(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "to",       "toward",     "towards",   "visit",     "visited", "visiting",
      "visits",   "reached",    "entered",   "enter",     "seized",  "captured",
      "retook",   "recaptured", "took",      "stormed",   "shelled", "bombed",
      "attacked", "struck",     "besieged",  "liberated", "invaded", "occupied",
      "overran",  "raided",     "evacuated", "toured",    "leave",   "left"};
  return In(w, kWords);
}

bool IsPlaceNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kWords = {
      "city",         "town",          "village",     "villages",
      "resort",       "capital",       "province",    "region",
      "port",         "district",      "suburb",      "suburbs",
      "outskirts",    "area",          "areas",       "border",
      "state",        "country",       "enclave",     "stronghold",
      "neighborhood", "neighbourhood", "camp",        "coast",
      "island",       "part",          "parts",       "streets",
      "center",       "centre",        "heart",       "countryside",
      "skies",        "airspace",      "governorate", "base",
      "hometown",     "municipality",  "county",      "cities"};
  return In(w, kWords);
}

bool IsDirection(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "northern",     "southern",     "eastern",      "western",
      "central",      "northeastern", "northwestern", "southeastern",
      "southwestern", "north",        "south",        "east",
      "west",         "northeast",    "northwest",    "southeast",
      "southwest",    "upstate",      "downtown",     "coastal",
      "rural",        "neighboring"};
  if (In(w, kWords)) return true;
  // "rebel-held", "government-controlled", "war-torn"
  return w.size() > 5 && (w.ends_with("-held") || w.ends_with("-controlled") ||
                          w.ends_with("-torn") || w.ends_with("-run"));
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" ||
         w == "his" || w == "her";
}

// Lowercase words that may sit inside a place name.
bool IsNameJoiner(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "de" || w == "del" ||
         w == "al" || w == "el" || w == "la" || w == "upon" || w == "da" ||
         w == "do" || w == "dos" || w == "es" || w == "ad";
}

bool IsRegionWord(std::string_view w) {
  return w == "province" || w == "state" || w == "region" ||
         w == "governorate" || w == "oblast" || w == "county" ||
         w == "district" || w == "prefecture";
}

// Words that are also place names in the gazetteer but are far more often
// ordinary words or given names in news; they count as places only where
// the role says so (locative, destination, dateline, qualifier).
bool IsAmbiguousWord(std::string_view w) {
  static constexpr std::array<std::string_view, 52> kWords = {
      "man",      "mobile",       "reading",  "split",    "nice",
      "bath",     "orange",       "mission",  "surprise", "hope",
      "victoria", "independence", "liberty",  "union",    "temple",
      "commerce", "aurora",       "florence", "george",   "tyler",
      "jackson",  "lincoln",      "hamilton", "marion",   "warren",
      "austin",   "charlotte",    "sydney",   "kent",     "eugene",
      "troy",     "hilton",       "sale",     "deal",     "young",
      "buy",      "bar",          "police",   "gary",     "university",
      "obama",    "clinton",      "carson",   "franklin", "marshall",
      "johnson",  "harris",       "taylor",   "wilson",   "madison",
      "chester",  "homestead"};
  return In(w, kWords);
}

// Surnames of people often in the news that are also towns somewhere
// ("Obama", Japan): never taken as places on their own.
bool IsPersonName(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "obama", "clinton", "carson", "sanders", "kennedy", "bush",
      "trump", "biden",   "mary",   "kara",    "levin",   "rubio",
      "morsi", "sens",    "reps",   "gov"};
  return In(w, kWords);
}

bool IsWeekdayOrMonth(std::string_view w) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "monday",   "tuesday",  "wednesday", "thursday", "friday",
      "saturday", "sunday",   "january",   "february", "march",
      "april",    "june",     "july",      "august",   "september",
      "october",  "november", "december",  "dec"};
  return In(w, kWords);
}

struct Detected {
  PlaceMention mention;
  size_t word_begin = 0;
  size_t word_end = 0;
  bool region_hint = false;  // "... province" follows
  bool qualified = false;    // "Paris, Texas"
  bool sentence_initial = false;
  bool name_like = false;  // in IsAmbiguousWord
  bool after_to = false;   // right after "to": "flew to X", "spoke to X"
};

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, const Gazetteer& g, uint32_t sentence)
      : doc_(doc),
        g_(g),
        sentence_(sentence),
        words_(SentenceWords(doc, doc.sentences[sentence])) {}

  // The longest gazetteer name starting at word k: sets *end and returns
  // its ids (empty if none). Words must be capitalised (or all caps when
  // `caps_only`), joined by name joiners.
  std::span<const uint32_t> LongestAt(size_t k, size_t* end,
                                      bool caps_only = false) {
    std::span<const uint32_t> best;
    const size_t limit =
        std::min(words_.size(), k + static_cast<size_t>(g_.max_name_words()));
    const std::string_view clean(doc_.clean_text);
    for (size_t e = k + 1; e <= limit; ++e) {
      const Word& last = words_[e - 1];
      const bool name_word = caps_only ? last.all_caps : last.capitalized;
      if (name_word) {
        uint32_t b = words_[k].inner.begin;
        Gazetteer::NormalizeKey(clean.substr(b, last.inner.end - b), key_);
        std::span<const uint32_t> ids = g_.Lookup(key_);
        if (ids.empty() && last.had_period) {
          key_.push_back('.');  // "U.S." kept its period in the index
          ids = g_.Lookup(key_);
        }
        if (!ids.empty()) {
          best = ids;
          *end = e;
        }
      } else if (!IsNameJoiner(last.lower)) {
        break;
      }
      if (last.stop_after || last.dash_after || last.open_paren_after ||
          last.possessive) {
        break;
      }
      // A comma may sit inside a name ("Washington, D.C.") only once.
      if (last.comma_after && e > k + 1) break;
    }
    return best;
  }

  std::vector<Detected> Scan(bool dateline_candidate) {
    std::vector<Detected> out;
    size_t k = 0;
    if (dateline_candidate) k = ReadDateline(out);
    size_t previous_end = 0;
    for (; k < words_.size();) {
      const Word& w = words_[k];
      // "The" never starts a name: keys drop it ("the Netherlands").
      // Nor do month and day names ("in March" is no town in England).
      if (!w.capitalized || w.lower == "the" || w.lower == "may" ||
          IsWeekdayOrMonth(w.lower)) {
        ++k;
        continue;
      }
      size_t end = 0;
      std::span<const uint32_t> ids = LongestAt(k, &end);
      if (ids.empty()) {
        ++k;
        continue;
      }
      Detected d;
      d.word_begin = k;
      d.word_end = end;
      d.sentence_initial = (k == 0) || (words_[k - 1].stop_after);
      d.mention.candidates.assign(ids.begin(), ids.end());
      d.mention.role = RoleBefore(k);
      // Lists share the role of their first member: "in Georgia and
      // Alabama", "in Liberia, Guinea and Sierra Leone".
      if (!out.empty() && out.back().mention.role != PlaceRole::kDateline &&
          (previous_end == k ||
           (previous_end + 1 == k &&
            (words_[k - 1].lower == "and" || words_[k - 1].lower == "or")))) {
        d.mention.role = out.back().mention.role;
      }
      // "talked to Obama": a bare "to" says little about places.
      d.after_to = k > 0 && (words_[k - 1].lower == "to" ||
                             words_[k - 1].lower == "toward" ||
                             words_[k - 1].lower == "towards");
      d.name_like = end == k + 1 && IsAmbiguousWord(w.lower);
      // Inside a person's or organisation's name: "Michael Jordan".
      const bool after_capitalized =
          k > 0 && !d.sentence_initial && words_[k - 1].capitalized &&
          !words_[k - 1].comma_after && previous_end != k &&
          !IsWeekdayOrMonth(words_[k - 1].lower) &&
          words_[k - 1].lower != "the";
      // Part of a longer name: "New York Times", "Moscow State University".
      const Word& last = words_[end - 1];
      const bool before_capitalized =
          end < words_.size() && words_[end].capitalized && !last.comma_after &&
          !last.stop_after && !last.possessive &&
          !IsWeekdayOrMonth(words_[end].lower);
      if (end < words_.size() && IsRegionWord(words_[end].lower)) {
        d.region_hint = true;
      }
      // Countries are often modifiers of a longer name ("U.S. Secretary of
      // State"), which still names the country.
      bool country_name = false;
      for (uint32_t id : ids) {
        country_name |= g_.place(id).kind == PlaceKind::kCountry;
      }
      // A person's name around a place name, or an institution named after
      // the place ("at Columbia Law School"), whatever the role.
      if ((after_capitalized && d.mention.role == PlaceRole::kOther) ||
          (before_capitalized && !country_name) ||
          (end == k + 1 && IsPersonName(w.lower))) {
        k = end;
        continue;
      }
      // With a locative role the name stands ("in the Black Sea resort of
      // Sochi"); "at Michael Jordan's house" is rare enough to accept.
      ReadQualifier(d);
      Finish(d);
      previous_end = d.word_end;
      k = d.word_end;
      out.push_back(std::move(d));
    }
    return out;
  }

 private:
  // Reads back from word k: determiners, directions, place nouns, "of" and
  // capitalised words may stand between a preposition and the name.
  PlaceRole RoleBefore(size_t k) const {
    bool through_noun = false;
    for (size_t steps = 0; k > 0 && steps < 8; ++steps) {
      const Word& w = words_[--k];
      if (w.stop_after || w.comma_after) return PlaceRole::kOther;
      if (IsLocativePreposition(w.lower)) return PlaceRole::kLocative;
      if (IsWeakLocativePreposition(w.lower)) {
        return through_noun ? PlaceRole::kLocative : PlaceRole::kOther;
      }
      if (IsDestinationWord(w.lower)) return PlaceRole::kDestination;
      if (IsPlaceNoun(w.lower)) {
        through_noun = true;
        continue;
      }
      if (IsDeterminer(w.lower) || IsDirection(w.lower) || w.lower == "of" ||
          w.capitalized || w.number >= 0) {
        continue;
      }
      return PlaceRole::kOther;
    }
    return PlaceRole::kOther;
  }

  // "Paris, Texas", "Beirut, Lebanon": a region or country after a comma
  // that contains one of the candidates narrows them to it.
  void ReadQualifier(Detected& d) {
    const size_t e = d.word_end;
    if (e >= words_.size() || !words_[e - 1].comma_after ||
        !words_[e].capitalized) {
      return;
    }
    size_t qend = 0;
    std::span<const uint32_t> qids = LongestAt(e, &qend);
    if (qids.empty()) return;
    std::vector<uint32_t> kept;
    for (uint32_t id : d.mention.candidates) {
      const GazetteerPlace& p = g_.place(id);
      if (p.kind == PlaceKind::kCountry) continue;
      for (uint32_t q : qids) {
        const GazetteerPlace& qp = g_.place(q);
        const bool inside =
            qp.country == p.country &&
            (qp.kind == PlaceKind::kCountry ||
             (qp.kind == PlaceKind::kRegion && qp.admin1 == p.admin1 &&
              p.kind == PlaceKind::kCity));
        if (inside) {
          kept.push_back(id);
          break;
        }
      }
    }
    if (kept.empty()) return;
    d.mention.candidates = std::move(kept);
    d.word_end = qend;
    d.qualified = true;
  }

  // A dateline opens the first unit: "MOSCOW (Reuters) —",
  // "WASHINGTON, Dec. 15 (AP) -", "BEIRUT, Lebanon (AP) —".
  size_t ReadDateline(std::vector<Detected>& out) {
    if (words_.empty() || !words_[0].all_caps) return 0;
    size_t end = 0;
    std::span<const uint32_t> ids = LongestAt(0, &end, /*caps_only=*/true);
    if (ids.empty()) return 0;
    const Word& last = words_[end - 1];
    if (!last.comma_after && !last.open_paren_after && !last.dash_after) {
      return 0;
    }
    Detected d;
    d.word_begin = 0;
    d.word_end = end;
    d.mention.role = PlaceRole::kDateline;
    d.mention.candidates.assign(ids.begin(), ids.end());
    ReadQualifier(d);
    Finish(d);
    const size_t next = d.word_end;
    out.push_back(std::move(d));
    return next;
  }

  void Finish(Detected& d) {
    PlaceMention& m = d.mention;
    m.sentence = sentence_;
    m.token_begin = words_[d.word_begin].token_begin;
    m.token_end = words_[d.word_end - 1].token_end;
    const Word& last = words_[d.word_end - 1];
    m.clean = {words_[d.word_begin].inner.begin, last.inner.end};
    if (last.had_period && IsAbbreviation(last.lower)) ++m.clean.end;
  }

  const Document& doc_;
  const Gazetteer& g_;
  uint32_t sentence_;
  std::vector<Word> words_;
  std::string key_;
};

// Drops a region when a city of the same country is among the candidates
// ("Aleppo", "Moscow", "New York"), unless the text said "province".
void PreferCities(const Gazetteer& g, Detected& d) {
  if (d.region_hint) {
    std::vector<uint32_t> regions;
    for (uint32_t id : d.mention.candidates) {
      if (g.place(id).kind == PlaceKind::kRegion) regions.push_back(id);
    }
    if (!regions.empty()) d.mention.candidates = std::move(regions);
    return;
  }
  std::vector<uint32_t> kept;
  for (uint32_t id : d.mention.candidates) {
    const GazetteerPlace& p = g.place(id);
    bool shadowed = false;
    if (p.kind == PlaceKind::kRegion) {
      for (uint32_t other : d.mention.candidates) {
        const GazetteerPlace& o = g.place(other);
        if (o.kind == PlaceKind::kCity && o.country == p.country) {
          shadowed = true;
          break;
        }
      }
    }
    if (!shadowed) kept.push_back(id);
  }
  d.mention.candidates = std::move(kept);
}

// The single country of all candidates, or empty.
std::string_view SoleCountry(const Gazetteer& g, const PlaceMention& m) {
  if (m.candidates.empty()) return {};
  std::string_view country = g.place(m.candidates[0]).country;
  for (uint32_t id : m.candidates) {
    if (g.place(id).country != country) return {};
  }
  return country;
}

}  // namespace

std::string_view PlaceRoleName(PlaceRole role) {
  switch (role) {
    case PlaceRole::kOther:
      return "other";
    case PlaceRole::kLocative:
      return "locative";
    case PlaceRole::kDestination:
      return "destination";
    case PlaceRole::kDateline:
      return "dateline";
  }
  return "other";
}

std::vector<PlaceMention> FindPlaces(const Document& doc, const Gazetteer& g) {
  // Pass 1: detection.
  std::vector<Detected> found;
  bool dateline_seen = false;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.token_begin == sentence.token_end) continue;
    // The dateline may only open the first body unit (or a unit the
    // cleaner marked as dateline).
    const bool dateline_candidate =
        sentence.kind == SentenceKind::kDateline ||
        (!dateline_seen && sentence.kind == SentenceKind::kBody);
    if (sentence.kind == SentenceKind::kBody) dateline_seen = true;
    SentenceScanner scanner(doc, g, s);
    for (Detected& d : scanner.Scan(dateline_candidate)) {
      PreferCities(g, d);
      if (!d.mention.candidates.empty()) found.push_back(std::move(d));
    }
  }

  // Pass 2: choice. Evidence comes from the other mentions used as places
  // (not as actors): their countries and their regions (admin1), from the
  // dateline, and from countries named as such. Two rounds: the first
  // counts only unambiguous mentions, the second every mention's first
  // choice ("Florida" is the US state once chosen, and so supports
  // "Georgia" the state).
  auto supports = [&g](const Detected& d, uint32_t id) {
    return d.mention.role == PlaceRole::kLocative ||
           d.mention.role == PlaceRole::kDestination || d.qualified ||
           g.place(id).kind == PlaceKind::kRegion;
  };
  auto region_key = [](const GazetteerPlace& p) {
    return p.country + "\t" + p.admin1;
  };
  std::unordered_map<std::string_view, int> named;
  std::string_view dateline_country;
  long dateline_index = -1;  // the dateline is always the first mention
  if (!found.empty() && found[0].mention.role == PlaceRole::kDateline) {
    dateline_index = 0;
  }
  for (const Detected& d : found) {
    std::string_view country = SoleCountry(g, d.mention);
    if (country.empty()) continue;
    if (d.mention.role == PlaceRole::kDateline) dateline_country = country;
    if (d.mention.candidates.size() == 1 &&
        g.place(d.mention.candidates[0]).kind == PlaceKind::kCountry) {
      ++named[country];
    }
  }
  std::vector<int32_t> choice(found.size(), -1);
  std::vector<int32_t> vote(found.size(), -1);  // what each mention supports
  std::unordered_map<std::string_view, int> country_support;
  std::unordered_map<std::string, int> region_support;
  for (int round = 0; round < 2; ++round) {
    country_support.clear();
    region_support.clear();
    for (size_t i = 0; i < found.size(); ++i) {
      const Detected& d = found[i];
      int32_t v = round == 0
                      ? (d.mention.candidates.size() == 1
                             ? static_cast<int32_t>(d.mention.candidates[0])
                             : -1)
                      : choice[i];
      vote[i] = -1;
      if (v < 0 || d.mention.role == PlaceRole::kDateline) continue;
      const GazetteerPlace& p = g.place(static_cast<uint32_t>(v));
      if (p.kind == PlaceKind::kCountry ||
          !supports(d, static_cast<uint32_t>(v))) {
        continue;
      }
      vote[i] = v;
      ++country_support[p.country];
      ++region_support[region_key(p)];
    }
    for (size_t i = 0; i < found.size(); ++i) {
      const Detected& d = found[i];
      const GazetteerPlace* own =
          vote[i] >= 0 ? &g.place(static_cast<uint32_t>(vote[i])) : nullptr;
      double best_score = -1e9;
      for (uint32_t id : d.mention.candidates) {
        const GazetteerPlace& p = g.place(id);
        double score = std::log10(static_cast<double>(p.population) + 10.0);
        if (p.kind == PlaceKind::kCountry) score += 3.0;
        if (p.capital) score += 1.5;
        if (p.kind != PlaceKind::kCountry) {
          auto c = country_support.find(p.country);
          int n = c == country_support.end() ? 0 : c->second;
          if (own != nullptr && own->country == p.country) --n;
          if (n > 0) {
            double bonus = 2.5 + 0.5 * std::min(n - 1, 2);
            // A small town needs more than its country's company.
            if (p.kind == PlaceKind::kCity && p.population < 100000) {
              bonus *= 0.5;
            }
            score += bonus;
          }
          const std::string key = region_key(p);
          auto r = region_support.find(key);
          int nr = r == region_support.end() ? 0 : r->second;
          if (own != nullptr && region_key(*own) == key) --nr;
          if (nr > 0) score += 3.0;
          // The dateline's region: "ATLANTA (AP) -" and then "Georgia".
          if (dateline_index >= 0 && static_cast<size_t>(dateline_index) != i &&
              choice[static_cast<size_t>(dateline_index)] >= 0) {
            const GazetteerPlace& dp = g.place(static_cast<uint32_t>(
                choice[static_cast<size_t>(dateline_index)]));
            if (dp.kind != PlaceKind::kCountry && region_key(dp) == key) {
              score += 3.0;
            }
          }
          if (named.count(p.country) > 0) score += 1.0;
        }
        // The dateline's country: strong for its cities (Tripoli in a
        // Beirut story), weaker for regions (a Washington story about
        // Georgia is still about the country).
        if (!dateline_country.empty() && p.country == dateline_country &&
            d.mention.role != PlaceRole::kDateline) {
          score += p.kind == PlaceKind::kCity ? 3.0 : 2.0;
        }
        if (score > best_score) {
          best_score = score;
          choice[i] = static_cast<int32_t>(id);
        }
      }
    }
  }
  std::vector<PlaceMention> out;
  out.reserve(found.size());
  for (size_t i = 0; i < found.size(); ++i) {
    Detected& d = found[i];
    PlaceMention& m = d.mention;
    m.place = choice[i];
    // Names that are also common words or given names, and small towns
    // named only in passing, are not taken as places without a role.
    if ((m.role == PlaceRole::kOther || d.after_to) && !d.qualified) {
      const GazetteerPlace& p = g.place(static_cast<uint32_t>(m.place));
      if (d.name_like) continue;
      if (p.kind == PlaceKind::kCity && !p.capital && p.population < 100000) {
        continue;
      }
      if (d.sentence_initial && p.kind == PlaceKind::kCity && !p.capital &&
          p.population < 1000000) {
        continue;
      }
    }
    // A small town after a bare locative preposition ("in Morsi's
    // government") needs company: another place of its country, the
    // country named, or the dateline's country. Verbs of taking or
    // visiting ("retook Palmyra") and qualifiers stand on their own.
    if (m.role == PlaceRole::kLocative && !d.qualified) {
      const GazetteerPlace& p = g.place(static_cast<uint32_t>(m.place));
      if (p.kind == PlaceKind::kCity && !p.capital && p.population < 100000) {
        auto c = country_support.find(p.country);
        int n = c == country_support.end() ? 0 : c->second;
        if (vote[i] >= 0 &&
            g.place(static_cast<uint32_t>(vote[i])).country == p.country) {
          --n;
        }
        if (n <= 0 && named.count(p.country) == 0 &&
            dateline_country != p.country) {
          continue;
        }
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

EventPlace ToEventPlace(const Gazetteer& g, uint32_t id) {
  const GazetteerPlace& p = g.place(id);
  EventPlace out;
  out.name = p.name;
  out.country = p.country;
  out.admin1 = p.admin1;
  out.kind = std::string(PlaceKindName(p.kind));
  out.lat = p.lat;
  out.lon = p.lon;
  return out;
}

}  // namespace dyad::internal
