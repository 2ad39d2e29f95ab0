// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Dependency parser: greedy transition-based (arc-hybrid) with labelled
// transitions scored by an averaged perceptron, trained with a dynamic
// oracle. Produces basic UD trees with exactly one root.
//
//   Parser parser = Parser::Train(sentences, {});
//   parser.Parse(words, tags, n, heads, labels);  // heads[i] = -1 for root
//
// Thread-safe once built; per-call scratch is thread-local.
#ifndef DYAD_SYNTAX_PARSER_H_
#define DYAD_SYNTAX_PARSER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "syntax/deprel.h"
#include "tag/bytes.h"
#include "tag/perceptron.h"
#include "tag/tagger.h"
#include "tag/tagset.h"
#include "tag/word_features.h"

namespace dyad::internal {

struct ParserSentence {
  std::vector<std::string> forms;
  std::vector<TagClass> tags;  // the tags the parser will see (predicted)
  std::vector<int> heads;      // 0-based head index, -1 for the root
  std::vector<Deprel> labels;  // gold relations
};

struct ParserOptions {
  int epochs = 15;
  uint32_t seed = 1;
  // From this epoch on (0-based) training follows the model's own
  // transitions with probability `explore_probability` (dynamic oracle).
  int explore_from_epoch = 1;
  double explore_probability = 0.9;
  float prune = 0.0f;
  std::function<void(const std::string&)> log;
};

class Parser {
 public:
  static Parser Train(const std::vector<ParserSentence>& sentences,
                      const ParserOptions& options);

  // Parses one sentence of `n` words. Writes heads (0-based, -1 = root) and
  // labels for each word.
  void Parse(const WordHashes* words, const TagClass* tags, size_t n,
             int* heads, Deprel* labels) const;

  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_weights(); }

  // Drops weights of magnitude below `min_abs` (smaller, faster model).
  void Prune(float min_abs) { weights_ = weights_.Pruned(min_abs); }

  void Serialize(ByteWriter& out) const;
  Status Deserialize(ByteReader& in);

 private:
  std::vector<Deprel> labels_;  // model label index -> Deprel
  int root_label_ = 0;          // index of "root" in labels_
  FrozenWeights weights_;
};

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_PARSER_H_
