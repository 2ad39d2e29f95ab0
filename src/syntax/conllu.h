// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Reading and writing CoNLL-U (https://universaldependencies.org/format.html)
// for training, evaluation and `dyad parse`. Columns are kept as text;
// multiword-token range lines ("3-4") are kept verbatim and written back in
// place, empty nodes ("8.1") are dropped (they take no part in basic trees).
#ifndef DYAD_SYNTAX_CONLLU_H_
#define DYAD_SYNTAX_CONLLU_H_

#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::internal {

struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;  // 0 = root, -1 = unknown ("_")
  std::string deprel = "_";
  std::string deps = "_";
  std::string misc = "_";
};

struct ConlluSentence {
  std::vector<std::string> comments;  // lines starting with '#', verbatim
  std::vector<ConlluWord> words;
  // Multiword-token lines, each with the index of the word it precedes.
  std::vector<std::pair<size_t, std::string>> ranges;
};

// Reads one sentence at a time from a stream.
class ConlluReader {
 public:
  // `origin` names the input in error messages ("file.conllu").
  ConlluReader(std::istream& in, std::string origin)
      : in_(in), origin_(std::move(origin)) {}
  // Reads the next sentence: true when one was read, false at the end;
  // kInvalidArgument with file:line for a malformed line.
  StatusOr<bool> Next(ConlluSentence& sentence);

 private:
  std::istream& in_;
  std::string origin_;
  size_t line_number_ = 0;
};

// Reads a whole file.
StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Appends the sentence in CoNLL-U, with the blank line that ends it.
void AppendConllu(const ConlluSentence& sentence, std::string& out);

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_CONLLU_H_
