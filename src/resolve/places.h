// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Place mentions: recognition in a Document and disambiguation against the
// gazetteer, using the whole article as context.
//
//   DYAD_ASSIGN_OR_RETURN(const Gazetteer* g, Gazetteer::Default());
//   std::vector<PlaceMention> places = FindPlaces(doc, *g);
//   for (const PlaceMention& p : places) {
//     if (p.place >= 0) ToEventPlace(*g, p.place);  // Moscow, RUS, 55.75 ...
//   }
//
// What counts as a mention: a run of capitalised words whose name is in the
// gazetteer ("Moscow", "New York", "the Kremlin", "U.S."), or the all-caps
// place of a dateline ("MOSCOW (Reuters) —"). Its role says how it is used:
// after a locative preposition, possibly through a noun phrase ("in
// northern Syria", "in the Black Sea resort of Sochi", "on the outskirts of
// Damascus") it is kLocative; after "to"/"visited" kDestination; a dateline
// is kDateline; anything else (subjects, modifiers: "Moscow would host",
// "U.S. Secretary") is kOther. Cities that are also common words or
// person names ("Mobile", "Jordan" after "Michael") need a locative role.
//
// Disambiguation: each candidate is scored by log population, a bonus for
// countries (a bare "Georgia" is the country) and for national capitals,
// and bonuses when its country or region (admin1) has other places in the
// article, when its country is named, and when it lies in the dateline's
// country or region; docs/when-where.md lists the weights. An explicit
// qualifier decides outright: "Paris, Texas"; "Moscow, Idaho". A region is
// dropped for a city of the same name and country ("Aleppo" the city, not
// the governorate) unless "province"/"state"/... follows. A small town
// after a bare locative needs its country elsewhere in the article.
//
// Thread-safe: pure functions over immutable data.
#ifndef DYAD_RESOLVE_PLACES_H_
#define DYAD_RESOLVE_PLACES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "resolve/gazetteer.h"

namespace dyad::internal {

enum class PlaceRole : uint8_t {
  kOther = 0,    // named, not as a location ("Moscow would host")
  kLocative,     // "in Moscow", "near Aleppo", "at the Kremlin"
  kDestination,  // "flew to Moscow", "visited Moscow"
  kDateline,     // "MOSCOW (Reuters) —"
};

std::string_view PlaceRoleName(PlaceRole role);

struct PlaceMention {
  uint32_t sentence = 0;
  uint32_t token_begin = 0;  // Document::tokens range of the name
  uint32_t token_end = 0;    // (with its qualifier: "Paris, Texas")
  ByteSpan clean;            // the name as written, in clean_text
  PlaceRole role = PlaceRole::kOther;
  std::vector<uint32_t> candidates;  // gazetteer ids, before choice
  int32_t place = -1;                // chosen gazetteer id; -1 if none
};

// Finds and disambiguates the place mentions of every sentence of `doc`,
// in text order.
std::vector<PlaceMention> FindPlaces(const Document& doc, const Gazetteer& g);

// The event-facing record of a gazetteer place.
EventPlace ToEventPlace(const Gazetteer& g, uint32_t id);

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_PLACES_H_
