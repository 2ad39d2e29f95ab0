// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Scores a system CoNLL-U against gold on gold tokenization: UPOS, XPOS,
// lemma accuracy, UAS and LAS. LAS compares the universal part of the label
// (as the CoNLL 2018 shared-task scorer does, "nsubj:pass" counts as
// "nsubj"); LAS-full compares the whole label. Punctuation is scored like
// every other word, as in CoNLL 2018.
#ifndef DYAD_SYNTAX_EVALUATION_H_
#define DYAD_SYNTAX_EVALUATION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "syntax/conllu.h"

namespace dyad::internal {

struct SyntaxScores {
  size_t words = 0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  size_t sentences = 0;

  double Percent(size_t correct) const {
    return words == 0 ? 0.0 : 100.0 * static_cast<double>(correct) / words;
  }
  // "UPOS 95.12  XPOS ...": one line for logs and docs.
  std::string Summary() const;
};

// kInvalidArgument when the two differ in sentence count or any sentence in
// its words.
StatusOr<SyntaxScores> ScoreSyntax(const std::vector<ConlluSentence>& gold,
                                   const std::vector<ConlluSentence>& system);

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_EVALUATION_H_
