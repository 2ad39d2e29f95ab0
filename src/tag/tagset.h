// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Fixed tag sets of the tagger: Universal POS tags, Penn Treebank XPOS tags
// (as used in UD English EWT) and the morphological feature bits stored in
// Token::feats. The ids are stable across models, so later stages compare
// against the enumerators; a model file stores tag names and the loader maps
// them onto these ids.
#ifndef DYAD_TAG_TAGSET_H_
#define DYAD_TAG_TAGSET_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::internal {

// Universal POS tags (UD v2). 0 is "unset".
enum class Upos : uint8_t {
  kUnset = 0,
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
  kCount,
};

// Penn Treebank tags as in UD English (EWT adds ADD, GW, NFP, AFX, HYPH).
enum class Xpos : uint8_t {
  kUnset = 0,
  kCC,
  kCD,
  kDT,
  kEX,
  kFW,
  kIN,
  kJJ,
  kJJR,
  kJJS,
  kLS,
  kMD,
  kNN,
  kNNS,
  kNNP,
  kNNPS,
  kPDT,
  kPOS,
  kPRP,
  kPRPS,
  kRB,
  kRBR,
  kRBS,
  kRP,
  kSYM,
  kTO,
  kUH,
  kVB,
  kVBD,
  kVBG,
  kVBN,
  kVBP,
  kVBZ,
  kWDT,
  kWP,
  kWPS,
  kWRB,
  kComma,
  kPeriod,
  kColon,
  kOpenQuote,
  kCloseQuote,
  kLRB,
  kRRB,
  kHash,
  kDollar,
  kHYPH,
  kNFP,
  kADD,
  kAFX,
  kGW,
  kXX,
  kCount,
};

// Morphological features, one bit each, in Token::feats. Derived from XPOS,
// lemma and the parse (see syntax/morph_features.h for how).
enum FeatureBit : uint32_t {
  kNumberSing = 1u << 0,
  kNumberPlur = 1u << 1,
  kPerson1 = 1u << 2,
  kPerson2 = 1u << 3,
  kPerson3 = 1u << 4,
  kTensePast = 1u << 5,
  kTensePres = 1u << 6,
  kVerbFormFin = 1u << 7,
  kVerbFormInf = 1u << 8,
  kVerbFormPart = 1u << 9,
  kVerbFormGer = 1u << 10,
  kMoodInd = 1u << 11,
  kMoodImp = 1u << 12,
  kVoicePass = 1u << 13,
  kPolarityNeg = 1u << 14,
  kDegreeCmp = 1u << 15,
  kDegreeSup = 1u << 16,
  kPossYes = 1u << 17,
};

std::string_view UposName(Upos tag);  // "NOUN"; "_" for kUnset
std::string_view XposName(Xpos tag);  // "NN";   "_" for kUnset
// Returns kUnset for an unknown name.
Upos UposFromName(std::string_view name);
Xpos XposFromName(std::string_view name);

// CoNLL-U FEATS column ("Number=Sing|Person=3"), "_" when empty; keys in
// alphabetical order as the format requires.
std::string FeaturesToConllu(uint32_t feats);

}  // namespace dyad::internal

#endif  // DYAD_TAG_TAGSET_H_
