// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Places as actors. Event data codes a town by the country it lies in
// ("shelled Kharkiv" is an attack on Ukraine, "strikes on Rafah" on the
// Palestinian territories): a capitalised name that no actor dictionary
// knows, standing where the aim of an act stands (after "on", "against",
// "into", "toward(s)", "targeting", or as the object of a verb), takes the
// country of the gazetteer place of that name. Capitals are in the actor
// dictionaries as governments already.
#ifndef DYAD_RESOLVE_PLACE_ACTORS_H_
#define DYAD_RESOLVE_PLACE_ACTORS_H_

#include "dyad/document.h"
#include "resolve/gazetteer.h"

namespace dyad::internal {

// Gives each kUnknown mention of `doc` that names a gazetteer place in a
// place's position the place's country code (kind kCountry). Among places
// of one name, a place in a country the article's actors name wins, else
// the most populous. Cities need at least `kMinPlacePopulation` people
// (500,000 as a verb's object, where towns share names with people).
void CodePlaceMentions(const Gazetteer& gazetteer, Document& doc);

inline constexpr uint64_t kMinPlacePopulation = 50000;

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_PLACE_ACTORS_H_
