// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// dyad-syntax-eval GOLD.conllu SYSTEM.conllu: UPOS, XPOS, lemma accuracy, UAS
// and LAS of a system file against gold, on gold tokenization (the system
// must have the same words, e.g. from `dyad parse --input-format conllu`).
#include <cstdio>
#include <string>

#include "syntax/evaluation.h"

int main(int argc, char** argv) {
  using namespace dyad::internal;
  if (argc != 3) {
    std::fprintf(stderr, "usage: dyad-syntax-eval GOLD.conllu SYSTEM.conllu\n");
    return 1;
  }
  auto gold = ReadConlluFile(argv[1]);
  auto system = ReadConlluFile(argv[2]);
  if (!gold.ok() || !system.ok()) {
    std::fprintf(
        stderr, "%s\n",
        (!gold.ok() ? gold.status() : system.status()).ToString().c_str());
    return 2;
  }
  auto scores = ScoreSyntax(*gold, *system);
  if (!scores.ok()) {
    std::fprintf(stderr, "%s\n", scores.status().ToString().c_str());
    return 2;
  }
  std::printf("%s\n", scores->Summary().c_str());
  return 0;
}
