// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "syntax/evaluation.h"

#include <cstdio>

namespace dyad::internal {
namespace {

std::string Universal(const std::string& label) {
  size_t colon = label.find(':');
  return colon == std::string::npos ? label : label.substr(0, colon);
}

}  // namespace

std::string SyntaxScores::Summary() const {
  char line[256];
  std::snprintf(line, sizeof(line),
                "sentences %zu  words %zu  UPOS %.2f  XPOS %.2f  Lemma %.2f  "
                "UAS %.2f  LAS %.2f  LAS-full %.2f",
                sentences, words, Percent(upos), Percent(xpos), Percent(lemma),
                Percent(uas), Percent(las), Percent(las_full));
  return line;
}

StatusOr<SyntaxScores> ScoreSyntax(const std::vector<ConlluSentence>& gold,
                                   const std::vector<ConlluSentence>& system) {
  if (gold.size() != system.size()) {
    return InvalidArgumentError("gold has " + std::to_string(gold.size()) +
                                " sentences, system " +
                                std::to_string(system.size()));
  }
  SyntaxScores scores;
  scores.sentences = gold.size();
  for (size_t s = 0; s < gold.size(); ++s) {
    const auto& g = gold[s].words;
    const auto& p = system[s].words;
    if (g.size() != p.size()) {
      return InvalidArgumentError("sentence " + std::to_string(s + 1) +
                                  ": word counts differ");
    }
    for (size_t i = 0; i < g.size(); ++i) {
      if (g[i].form != p[i].form) {
        return InvalidArgumentError("sentence " + std::to_string(s + 1) +
                                    ": word " + std::to_string(i + 1) +
                                    " differs ('" + g[i].form + "' vs '" +
                                    p[i].form + "')");
      }
      ++scores.words;
      scores.upos += g[i].upos == p[i].upos;
      scores.xpos += g[i].xpos == p[i].xpos;
      scores.lemma += g[i].lemma == p[i].lemma;
      if (g[i].head == p[i].head) {
        ++scores.uas;
        scores.las += Universal(g[i].deprel) == Universal(p[i].deprel);
        scores.las_full += g[i].deprel == p[i].deprel;
      }
    }
  }
  return scores;
}

}  // namespace dyad::internal
