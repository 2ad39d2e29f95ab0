// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Morphological features (tag/tagset.h FeatureBit) derived from XPOS, lemma
// and the dependency tree rather than predicted. PTB tags encode most English
// inflection exactly; the rest comes from the parse:
//   NN/NNP Number=Sing; NNS/NNPS Number=Plur
//   VBZ    Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
//   VBP    Mood=Ind|Tense=Pres|VerbForm=Fin;  VBD Mood=Ind|Tense=Past|...Fin
//   VBN    Tense=Past|VerbForm=Part, plus Voice=Pass when the word has an
//          aux:pass, nsubj:pass or csubj:pass dependent (the passive marker)
//   VBG    VerbForm=Ger when it heads a nominal relation (subject, object,
//          oblique, nmod), else Tense=Pres|VerbForm=Part
//   VB     VerbForm=Inf; Mood=Imp|VerbForm=Fin when it is a root or
//          parataxis verb with no subject, auxiliary or marker
//   MD     VerbForm=Fin; JJR/RBR Degree=Cmp; JJS/RBS Degree=Sup
//   PRP, PRP$ Person and Number from the lemma; PRP$, WP$ Poss=Yes
//   "not", "n't", "never", determiner "no": Polarity=Neg
// Clause negation for event coding is then "the predicate has a dependent
// with Polarity=Neg".
#ifndef DYAD_SYNTAX_MORPH_FEATURES_H_
#define DYAD_SYNTAX_MORPH_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/deprel.h"
#include "tag/tagset.h"

namespace dyad::internal {

// Features of every word of one parsed sentence; heads are 0-based, -1 for
// the root.
void DeriveFeatures(const std::vector<Xpos>& xpos,
                    const std::vector<std::string_view>& lemmas,
                    const std::vector<int>& heads,
                    const std::vector<Deprel>& labels,
                    std::vector<uint32_t>& feats);

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_MORPH_FEATURES_H_
