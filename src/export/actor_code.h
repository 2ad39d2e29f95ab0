// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Splits a CAMEO actor code ("USAGOVMIL", "IGOUNOHCR", "IMGMUSISI") into the
// parts that the GDELT and Phoenix formats publish in their own columns.
#ifndef DYAD_EXPORT_ACTOR_CODE_H_
#define DYAD_EXPORT_ACTOR_CODE_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::internal {

// The 3-character groups of a code, left to right; a trailing group shorter
// than 3 characters is kept as it is.
std::vector<std::string_view> ActorCodeGroups(std::string_view code);

// GDELT's Actor*CountryCode .. Actor*Type3Code. Empty where the code does
// not say.
struct GdeltActorParts {
  std::string country;      // first group unless it is a generic or a role
  std::string known_group;  // last group that is no role/religion/region
  std::string ethnic;       // first lower-case group (CAMEO ethnic codes)
  std::string religion1;
  std::string religion2;
  std::string type1;
  std::string type2;
  std::string type3;
};
GdeltActorParts SplitForGdelt(std::string_view code);

// Phoenix's SourceActorEntity / Role / Attribute.
struct PhoenixActorParts {
  std::string entity;     // first group unless it is a primary agent
  std::string role;       // the group after it, if a primary agent
  std::string attribute;  // the remaining groups joined by ";"
};
PhoenixActorParts SplitForPhoenix(std::string_view code);

}  // namespace dyad::internal

#endif  // DYAD_EXPORT_ACTOR_CODE_H_
