// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "tag/tagset.h"

#include <array>

namespace dyad::internal {
namespace {

constexpr std::array<std::string_view, static_cast<int>(Upos::kCount)>
    kUposNames = {"_",     "ADJ",   "ADP",   "ADV", "AUX",  "CCONJ",
                  "DET",   "INTJ",  "NOUN",  "NUM", "PART", "PRON",
                  "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, static_cast<int>(Xpos::kCount)>
    kXposNames = {"_",   "CC",  "CD",    "DT",    "EX",  "FW",  "IN",   "JJ",
                  "JJR", "JJS", "LS",    "MD",    "NN",  "NNS", "NNP",  "NNPS",
                  "PDT", "POS", "PRP",   "PRP$",  "RB",  "RBR", "RBS",  "RP",
                  "SYM", "TO",  "UH",    "VB",    "VBD", "VBG", "VBN",  "VBP",
                  "VBZ", "WDT", "WP",    "WP$",   "WRB", ",",   ".",    ":",
                  "``",  "''",  "-LRB-", "-RRB-", "#",   "$",   "HYPH", "NFP",
                  "ADD", "AFX", "GW",    "XX"};

}  // namespace

std::string_view UposName(Upos tag) {
  auto i = static_cast<size_t>(tag);
  return i < kUposNames.size() ? kUposNames[i] : "_";
}

std::string_view XposName(Xpos tag) {
  auto i = static_cast<size_t>(tag);
  return i < kXposNames.size() ? kXposNames[i] : "_";
}

Upos UposFromName(std::string_view name) {
  for (size_t i = 1; i < kUposNames.size(); ++i) {
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  }
  return Upos::kUnset;
}

Xpos XposFromName(std::string_view name) {
  for (size_t i = 1; i < kXposNames.size(); ++i) {
    if (kXposNames[i] == name) return static_cast<Xpos>(i);
  }
  return Xpos::kUnset;
}

std::string FeaturesToConllu(uint32_t feats) {
  // Alphabetical by key, then value, as CoNLL-U requires.
  static constexpr std::pair<uint32_t, std::string_view> kOrder[] = {
      {kDegreeCmp, "Degree=Cmp"},       {kDegreeSup, "Degree=Sup"},
      {kMoodImp, "Mood=Imp"},           {kMoodInd, "Mood=Ind"},
      {kNumberPlur, "Number=Plur"},     {kNumberSing, "Number=Sing"},
      {kPerson1, "Person=1"},           {kPerson2, "Person=2"},
      {kPerson3, "Person=3"},           {kPolarityNeg, "Polarity=Neg"},
      {kPossYes, "Poss=Yes"},           {kTensePast, "Tense=Past"},
      {kTensePres, "Tense=Pres"},       {kVerbFormFin, "VerbForm=Fin"},
      {kVerbFormGer, "VerbForm=Ger"},   {kVerbFormInf, "VerbForm=Inf"},
      {kVerbFormPart, "VerbForm=Part"}, {kVoicePass, "Voice=Pass"},
  };
  std::string out;
  for (const auto& [bit, text] : kOrder) {
    if ((feats & bit) == 0) continue;
    if (!out.empty()) out += '|';
    out += text;
  }
  return out.empty() ? "_" : out;
}

}  // namespace dyad::internal
