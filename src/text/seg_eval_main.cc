// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// dyad-seg-eval: scores the segmenter against UD CoNLL-U files (CoNLL 2018
// style Tokens, Words and Sentences F1, plus sentence-boundary F1 inside
// paragraphs).
//
//   dyad-seg-eval ../shared/treebanks/en_pud/en_pud-ud-test.conllu
//   dyad-seg-eval --errors 50 FILE...   # also print errors
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "text/internal/splitter_eval.h"

int main(int argc, char** argv) {
  CLI::App app("Scores sentence splitting and tokenization on CoNLL-U files");
  std::vector<std::string> files;
  size_t max_errors = 0;
  app.add_option("files", files, "CoNLL-U files")->required();
  app.add_option("--errors", max_errors, "print up to N errors per file");
  CLI11_PARSE(app, argc, argv);

  std::printf("%-28s %8s %8s %8s %8s %8s\n", "file", "tokens", "words", "sent",
              "bound", "unalign");
  int status = 0;
  for (const std::string& path : files) {
    auto gold = dyad::internal::ReadConllu(path);
    if (!gold.ok()) {
      std::fprintf(stderr, "%s\n", gold.status().message().c_str());
      status = 2;
      continue;
    }
    std::vector<std::string> errors;
    auto scores = dyad::internal::EvaluateSegmentation(
        *gold, max_errors > 0 ? &errors : nullptr, max_errors);
    std::string name = path.substr(path.find_last_of('/') + 1);
    std::printf("%-28s %7.2f%% %7.2f%% %7.2f%% %7.2f%% %8llu\n", name.c_str(),
                100 * scores.tokens.F1(), 100 * scores.words.F1(),
                100 * scores.sentences.F1(), 100 * scores.boundaries.F1(),
                static_cast<unsigned long long>(gold->unaligned));
    std::printf(
        "  sentences gold %llu system %llu; boundaries P %.2f%% R %.2f%%\n",
        static_cast<unsigned long long>(scores.sentences.gold),
        static_cast<unsigned long long>(scores.sentences.system),
        100 * scores.boundaries.Precision(), 100 * scores.boundaries.Recall());
    for (const std::string& e : errors) std::printf("    %s\n", e.c_str());
  }
  return status;
}
