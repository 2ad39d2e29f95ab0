// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor codes are strings of 3-character groups running from general to
// specific (CAMEO manual, chapter 3). The split is table-driven: each group
// is classified as an international generic (IGO, NGO, ...), a role/type
// (GOV, MIL, ...), a religion (MOS, CHR, ...), a region (AFR, WST, ...), an
// ethnic code (lower case) or else a country / organisation code, by its
// position. The tables hold facts from the CAMEO codebook (cameo actor
// codes reference, sections 3, 4 and 6). Cost: O(groups) set look-ups.
#include "export/actor_code.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace dyad::internal {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& table, std::string_view g) {
  return std::find(table.begin(), table.end(), g) != table.end();
}

// International generic actor types (they stand where a country would).
constexpr std::array<std::string_view, 7> kGenerics = {
    "IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"};

// Role / type codes GDELT reports in Actor*Type*Code.
constexpr std::array<std::string_view, 29> kTypes = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
    "PTY", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH",
    "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "SET", "PKO"};

// GDELT's religion codes.
constexpr std::array<std::string_view, 31> kReligions = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ",
    "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG",
    "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"};

// CAMEO region codes: they may stand where a country would, or follow IGO.
constexpr std::array<std::string_view, 25> kRegions = {
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN",
    "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
    "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"};

// Phoenix's primary agents (the only codes it puts in the Role column).
constexpr std::array<std::string_view, 13> kPhoenixAgents = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
    "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};

bool IsLowerCase(std::string_view g) {
  return !g.empty() && std::all_of(g.begin(), g.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
}

}  // namespace

std::vector<std::string_view> ActorCodeGroups(std::string_view code) {
  std::vector<std::string_view> groups;
  for (size_t i = 0; i < code.size(); i += 3)
    groups.push_back(code.substr(i, 3));
  return groups;
}

GdeltActorParts SplitForGdelt(std::string_view code) {
  GdeltActorParts parts;
  std::vector<std::string_view> groups = ActorCodeGroups(code);
  if (groups.empty()) return parts;
  std::vector<std::string_view> types;
  for (size_t i = 0; i < groups.size(); ++i) {
    std::string_view g = groups[i];
    if (g.size() != 3) continue;  // malformed tail: report nothing for it
    if (In(kGenerics, g) || In(kTypes, g)) {
      types.push_back(g);
    } else if (IsLowerCase(g)) {
      if (parts.ethnic.empty()) parts.ethnic = g;
    } else if (In(kReligions, g)) {
      if (parts.religion1.empty()) {
        parts.religion1 = g;
      } else if (parts.religion2.empty()) {
        parts.religion2 = g;
      }
    } else if (i == 0) {
      parts.country = g;  // a country or a region code
    } else if (!In(kRegions, g)) {
      parts.known_group = g;  // organisation codes end the code: keep the last
    }
  }
  if (types.size() > 0) parts.type1 = types[0];
  if (types.size() > 1) parts.type2 = types[1];
  if (types.size() > 2) parts.type3 = types[2];
  return parts;
}

PhoenixActorParts SplitForPhoenix(std::string_view code) {
  PhoenixActorParts parts;
  std::vector<std::string_view> groups = ActorCodeGroups(code);
  size_t next = 0;
  if (next < groups.size() && !In(kPhoenixAgents, groups[next])) {
    parts.entity = groups[next++];
  }
  if (next < groups.size() && In(kPhoenixAgents, groups[next])) {
    parts.role = groups[next++];
  }
  for (; next < groups.size(); ++next) {
    if (!parts.attribute.empty()) parts.attribute += ';';
    parts.attribute += groups[next];
  }
  return parts;
}

}  // namespace dyad::internal
