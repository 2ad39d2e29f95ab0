// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "resolve/place_actors.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "resolve/words.h"
#include "syntax/deprel.h"
#include "tag/tagset.h"

namespace dyad::internal {
namespace {

// Words after which a name is what an act is aimed at ("strikes on Rafah",
// "an offensive against Kharkiv"). Locative "in", "at" or "near" name where
// something happened, not whom it concerned, and are left alone.
bool IsTargetPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kWords = {
      "on", "against", "into", "toward", "towards", "targeting"};
  const std::string lower = AsciiLower(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// "the village of", "the town of", "the city of", "the province of".
bool IsSettlementNoun(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kWords = {
      "village", "villages", "town",     "towns",  "city",
      "cities",  "port",     "province", "region", "district"};
  const std::string lower = AsciiLower(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// A name right after a verb is a place only when it is a large city or a
// region: smaller towns share their names with people ("criticized Warren").
constexpr uint64_t kMinObjectCityPopulation = 500000;

// The gazetteer place an unknown name most likely is: one in a country the
// article names, else the most populous; cities need `min_population`.
const GazetteerPlace* BestPlace(const Gazetteer& gazetteer,
                                const Document& doc, const Mention& m,
                                const std::set<std::string>& named_countries,
                                uint64_t min_population, bool cities_only,
                                std::string& key) {
  Gazetteer::NormalizeKey(
      std::string_view(doc.clean_text).substr(m.clean.begin, m.clean.size()),
      key);
  const GazetteerPlace* best = nullptr;
  const GazetteerPlace* largest = nullptr;
  bool best_named = false;
  for (uint32_t id : gazetteer.Lookup(key)) {
    const GazetteerPlace& p = gazetteer.place(id);
    if (p.country.empty()) continue;
    if (p.kind == PlaceKind::kCity && p.population < min_population) continue;
    if (cities_only && p.kind != PlaceKind::kCity) continue;
    const bool named = named_countries.count(p.country) > 0;
    if (best == nullptr || (named && !best_named) ||
        (named == best_named && p.population > best->population)) {
      best = &p;
      best_named = named;
    }
    if (largest == nullptr || p.population > largest->population) {
      largest = &p;
    }
  }
  // "the government of Ontario" in a sentence about Trump: the province of
  // 11 million, not Ontario, California, however the article names the US.
  if (best != nullptr && largest != nullptr &&
      largest->population > 20 * best->population) {
    return largest;
  }
  return best;
}

bool IsCompassWord(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "north",        "south",        "east",        "west",
      "northern",     "southern",     "eastern",     "western",
      "central",      "northeastern", "northwestern", "southeastern",
      "southwestern"};
  const std::string lower = AsciiLower(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// "Indonesian peacekeepers", "Palestinian civilians": a role phrase that
// starts with a capitalised word names its own country.
bool NamesOwnCountry(const Document& doc, const Mention& role) {
  if (role.token_end - role.token_begin <= 1) return false;
  const std::string_view w = doc.TokenText(doc.tokens[role.token_begin]);
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

// [first, end) indices of the mentions in `m`'s sentence; mentions are in
// text order, so they are contiguous.
std::pair<size_t, size_t> SentenceMentions(const Document& doc,
                                           const Mention& m) {
  const size_t at = static_cast<size_t>(&m - doc.mentions.data());
  size_t first = at, end = at + 1;
  while (first > 0 && doc.mentions[first - 1].sentence == m.sentence) --first;
  while (end < doc.mentions.size() && doc.mentions[end].sentence == m.sentence) {
    ++end;
  }
  return {first, end};
}

// "the mayor of Istanbul", "the governor of Kherson", "residents of the
// southern West Bank city of Hebron": a bare role of a place belongs to
// the place's country, whatever country the sentence named before it.
void CodeRolesOfPlaces(const Gazetteer& gazetteer, Document& doc,
                       const std::set<std::string>& named_countries) {
  std::string key;
  for (size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    Mention& role = doc.mentions[i];
    if (role.kind != MentionKind::kAgent || role.code.size() < 3) continue;
    const Sentence& sentence = doc.sentences[role.sentence];
    uint32_t t = role.token_end;
    if (t >= sentence.token_end ||
        AsciiLower(doc.TokenText(doc.tokens[t])) != "of") {
      continue;
    }
    ++t;
    // "of the southern West Bank city of Hebron": the place may follow a
    // compass word and come with its settlement noun.
    auto skippable = [&](uint32_t u) {
      const std::string_view w = doc.TokenText(doc.tokens[u]);
      // A capitalised compass word starts a name ("West Bank").
      return AsciiLower(w) == "the" ||
             (IsCompassWord(w) && !w.empty() && w[0] >= 'a' && w[0] <= 'z');
    };
    while (t < sentence.token_end && skippable(t)) ++t;
    const Mention* place = nullptr;
    for (size_t j = i + 1; j < doc.mentions.size(); ++j) {
      if (doc.mentions[j].token_begin == t) place = &doc.mentions[j];
      if (doc.mentions[j].token_begin >= t) break;
    }
    if (place == nullptr) continue;
    // "a commander of Hezbollah", "the spokesman of the Ukrainian army",
    // "the head of the Quds Force": a role of an organisation, armed group
    // or force is of its code, not of the country the sentence named first
    // ("Israel killed a commander of Hezbollah" had ISRGOV).
    // "Indonesian peacekeepers of the UNIFIL mission" keep their country.
    if (!NamesOwnCountry(doc, role) &&
        (place->kind == MentionKind::kArmedGroup ||
         place->kind == MentionKind::kIgo ||
         place->kind == MentionKind::kOrganization ||
         place->kind == MentionKind::kAgent ||
         place->kind == MentionKind::kGovernment) &&
        place->code.size() >= 3) {
      role.code = place->code;
      continue;
    }
    std::string country;
    if (place->kind == MentionKind::kCountry && place->code.size() >= 3) {
      country = place->code.substr(0, 3);
    } else if (place->kind == MentionKind::kUnknown && place->code.empty()) {
      const GazetteerPlace* best =
          BestPlace(gazetteer, doc, *place, named_countries,
                    kMinPlacePopulation, /*cities_only=*/false, key);
      if (best != nullptr) country = best->country;
    }
    if (country.size() != 3) continue;
    const std::string role_code = role.code.substr(role.code.size() - 3);
    role.code = country + role_code;
  }
}

// "Five people were killed in a Russian drone attack on Kharkiv", "two
// civilians were killed by Russian artillery in Kherson": private people
// without a country word of their own got the country the sentence names
// (the attacker's demonym) from the actor matcher, which does not know
// towns. Where the sentence puts them in a gazetteer place ("in", "on",
// "near", "across", "at" a town), they are of the place's country. Places
// of more than one country leave them alone.
void PlacePrivatePeople(const Gazetteer& gazetteer, Document& doc,
                        const std::set<std::string>& named_countries) {
  std::string key;
  for (Mention& people : doc.mentions) {
    if (people.kind != MentionKind::kAgent || people.code.size() != 6) continue;
    const std::string role = people.code.substr(3);
    if (role != "CVL" && role != "REF") continue;
    // "Palestinian civilians", "Ukrainian residents": their own country.
    if (NamesOwnCountry(doc, people)) continue;
    const Sentence& sentence = doc.sentences[people.sentence];
    // The mentions of the sentence (mentions are in text order).
    const auto [first_mention, end_mention] = SentenceMentions(doc, people);
    // Their country named as a place or an actor in the sentence ("in
    // Aurora, Isabela province, Philippines") is theirs; only a demonym on
    // a noun ("Russian drone", "Israeli strikes") or the article's context
    // gave it by mistake.
    bool named_here = false;
    for (size_t k = first_mention; k < end_mention; ++k) {
      const Mention& m = doc.mentions[k];
      if (&m == &people || m.code.compare(0, 3, people.code, 0, 3) != 0) {
        continue;
      }
      const uint32_t next = m.token_begin + 1;
      const bool demonym_on_noun = next < sentence.token_end && [&] {
        const std::string_view w = doc.TokenText(doc.tokens[next]);
        return !w.empty() && w[0] >= 'a' && w[0] <= 'z';
      }();
      if (!demonym_on_noun) named_here = true;
    }
    if (named_here) continue;
    std::string country;
    bool conflict = false;
    for (size_t k = first_mention; k < end_mention; ++k) {
      const Mention& m = doc.mentions[k];
      if (m.kind != MentionKind::kUnknown || !m.code.empty() ||
          m.token_begin <= sentence.token_begin) {
        continue;
      }
      uint32_t before = m.token_begin - 1;
      while (before > sentence.token_begin &&
             (AsciiLower(doc.TokenText(doc.tokens[before])) == "the" ||
              IsCompassWord(doc.TokenText(doc.tokens[before])))) {
        --before;
      }
      const std::string word = AsciiLower(doc.TokenText(doc.tokens[before]));
      if (word != "in" && word != "on" && word != "near" && word != "across" &&
          word != "at" && word != "throughout") {
        continue;
      }
      const GazetteerPlace* place =
          BestPlace(gazetteer, doc, m, named_countries, kMinPlacePopulation,
                    /*cities_only=*/false, key);
      if (place == nullptr || place->country.size() != 3) continue;
      if (!country.empty() && country != place->country) conflict = true;
      country = place->country;
    }
    if (conflict || country.empty() ||
        people.code.compare(0, 3, country) == 0) {
      continue;
    }
    people.code = country + role;
  }
}

}  // namespace

void CodePlaceMentions(const Gazetteer& gazetteer, Document& doc) {
  std::set<std::string> named_countries;
  for (const Mention& m : doc.mentions) {
    if (m.code.size() >= 3 && m.kind != MentionKind::kUnknown) {
      named_countries.insert(m.code.substr(0, 3));
    }
  }
  PlacePrivatePeople(gazetteer, doc, named_countries);
  std::string key;
  for (Mention& m : doc.mentions) {
    if (m.kind != MentionKind::kUnknown || !m.code.empty() ||
        m.token_begin == 0 || m.token_end <= m.token_begin) {
      continue;
    }
    const Sentence& sentence = doc.sentences[m.sentence];
    if (m.token_begin <= sentence.token_begin) continue;
    const Token& before = doc.tokens[m.token_begin - 1];
    // "captured the village of Pokrovsk": a settlement noun + "of".
    const bool after_settlement =
        m.token_begin >= sentence.token_begin + 2 &&
        AsciiLower(doc.TokenText(before)) == "of" &&
        IsSettlementNoun(doc.TokenText(doc.tokens[m.token_begin - 2]));
    // "withdrew its troops from Kherson", "pulls out of Bakhmut": the place
    // a retreat leaves is what it concerns.
    bool after_retreat = false;
    const std::string before_word = AsciiLower(doc.TokenText(before));
    if (before_word == "from" || before_word == "of") {
      for (uint32_t k = m.token_begin - 1;
           k > sentence.token_begin && k + 6 > m.token_begin; --k) {
        const std::string w = AsciiLower(doc.TokenText(doc.tokens[k - 1]));
        if (w.rfind("withdr", 0) == 0 || w.rfind("retreat", 0) == 0 ||
            w.rfind("evacuat", 0) == 0 || w == "pull" || w == "pulls" ||
            w == "pulled" || w == "pulling") {
          after_retreat = true;
          break;
        }
      }
    }
    const bool after_preposition = IsTargetPreposition(doc.TokenText(before)) ||
                                   after_settlement || after_retreat;
    // The object of the verb right before it ("shelled Kharkiv").
    const Token& last = doc.tokens[m.token_end - 1];
    const bool after_verb =
        static_cast<Upos>(before.upos) == Upos::kVerb &&
        (static_cast<Deprel>(last.deprel) == Deprel::kObj ||
         static_cast<Deprel>(last.deprel) == Deprel::kIobj ||
         static_cast<Deprel>(last.deprel) == Deprel::kXcomp) &&
        last.head >= 0 &&
        sentence.token_begin + static_cast<uint32_t>(last.head) ==
            m.token_begin - 1;
    if (!after_preposition && !after_verb) continue;
    // "visited Iowa": a region as an object is a destination, not a side.
    const GazetteerPlace* best =
        BestPlace(gazetteer, doc, m, named_countries,
                  after_preposition ? kMinPlacePopulation
                                    : kMinObjectCityPopulation,
                  /*cities_only=*/!after_preposition, key);
    if (best == nullptr) continue;
    m.code = best->country;
    m.kind = MentionKind::kCountry;
  }
  CodeRolesOfPlaces(gazetteer, doc, named_countries);
}

}  // namespace dyad::internal
