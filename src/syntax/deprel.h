// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Universal Dependencies relation labels (with the English subtypes of UD
// English EWT 2.16) as stable ids for Token::deprel. A model file stores the
// label names; the loader maps them onto these ids.
#ifndef DYAD_SYNTAX_DEPREL_H_
#define DYAD_SYNTAX_DEPREL_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

enum class Deprel : uint16_t {
  kUnset = 0,
  kAcl,
  kAclRelcl,
  kAdvcl,
  kAdvclRelcl,
  kAdvmod,
  kAmod,
  kAppos,
  kAux,
  kAuxPass,
  kCase,
  kCc,
  kCcPreconj,
  kCcomp,
  kClf,
  kCompound,
  kCompoundPrt,
  kConj,
  kCop,
  kCsubj,
  kCsubjOuter,
  kCsubjPass,
  kDep,
  kDet,
  kDetPredet,
  kDiscourse,
  kDislocated,
  kExpl,
  kFixed,
  kFlat,
  kFlatForeign,
  kGoeswith,
  kIobj,
  kList,
  kMark,
  kNmod,
  kNmodDesc,
  kNmodPoss,
  kNmodTmod,
  kNmodNpmod,
  kNmodUnmarked,
  kNsubj,
  kNsubjOuter,
  kNsubjPass,
  kNummod,
  kObj,
  kObl,
  kOblAgent,
  kOblTmod,
  kOblNpmod,
  kOblUnmarked,
  kOrphan,
  kParataxis,
  kPunct,
  kReparandum,
  kRoot,
  kVocative,
  kXcomp,
  kCount,
};

std::string_view DeprelName(Deprel label);  // "nsubj:pass"; "_" for kUnset
// kUnset for a name not in the table.
Deprel DeprelFromName(std::string_view name);
// The universal part: kNsubjPass -> kNsubj.
Deprel UniversalDeprel(Deprel label);

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_DEPREL_H_
