// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// SyntaxModel: tagger, lemmatizer and parser bundled in one versioned model
// file (container: tag/model_file.h; sections META, TAGGER, LEMMAS, PARSER,
// SELFTEST). Loading checks the format version, all checksums, and replays
// the embedded self-test sentences, so code and model that disagree fail at
// load time with kDataLoss rather than producing quietly wrong parses.
//
//   DYAD_ASSIGN_OR_RETURN(auto model, SyntaxModel::Load(path));
//   std::vector<WordAnalysis> words;
//   model->Analyze(forms, words);
//
// Immutable after loading; Analyze() is thread-safe. Not copyable (large).
#ifndef DYAD_SYNTAX_SYNTAX_MODEL_H_
#define DYAD_SYNTAX_SYNTAX_MODEL_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/conllu.h"
#include "syntax/deprel.h"
#include "syntax/parser.h"
#include "tag/lemmatizer.h"
#include "tag/model_file.h"
#include "tag/tagger.h"

namespace dyad::internal {

// What the model says about one word.
struct WordAnalysis {
  Upos upos = Upos::kUnset;
  Xpos xpos = Xpos::kUnset;
  uint32_t feats = 0;
  std::string lemma;
  int head = -1;  // 0-based index in the sentence, -1 for the root
  Deprel deprel = Deprel::kUnset;
};

class SyntaxModel {
 public:
  // Version of the file layout and of the feature/hash definitions; bump it
  // whenever either changes (a model trained with other features would load
  // but parse badly). History: 1 = first version.
  static constexpr uint32_t kFormatVersion = 1;
  // File name of the shipped model inside the data directory.
  static constexpr std::string_view kDefaultFile = "models/syntax-en-ewt.dmdl";

  SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, Parser parser,
              std::string data_version,
              std::map<std::string, std::string> metadata);
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  // kNotFound: no such file; kFailedPrecondition: not a model file or
  // another format version; kDataLoss: truncated, corrupt, or self-test
  // mismatch.
  static StatusOr<std::unique_ptr<SyntaxModel>> Load(const std::string& path);
  static StatusOr<std::unique_ptr<SyntaxModel>> FromBytes(
      std::string bytes, std::string_view origin);
  // The model file, with self-test samples computed by this model.
  std::string Serialize() const;

  // Tags, lemmatizes and parses one sentence of words.
  void Analyze(const std::vector<std::string_view>& forms,
               std::vector<WordAnalysis>& out) const;
  // Tags and lemmatizes only (head -1, deprel dep): for sentences that may
  // not need a parse. ParseTagged() adds the parse to such an analysis,
  // giving what Analyze() gives.
  void TagOnly(const std::vector<std::string_view>& forms,
               std::vector<WordAnalysis>& out) const;
  void ParseTagged(const std::vector<std::string_view>& forms,
                   std::vector<WordAnalysis>& words) const;
  // Re-annotates a CoNLL-U sentence in place, keeping its words (and MISC).
  void AnnotateConllu(ConlluSentence& sentence) const;

  const std::string& data_version() const { return data_version_; }
  const std::map<std::string, std::string>& metadata() const {
    return metadata_;
  }
  // Drops small weights of the tagger and the parser.
  void Prune(float tagger_min_abs, float parser_min_abs) {
    tagger_.Prune(tagger_min_abs);
    parser_.Prune(parser_min_abs);
  }
  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }

 private:
  void TagHyphenatedGivenNames(const std::vector<std::string_view>& forms,
                               std::vector<TagClass>& tags) const;
  void TagIrregularVerbs(const std::vector<std::string_view>& forms,
                         std::vector<TagClass>& tags) const;
  void TagNominalVerbs(const std::vector<std::string_view>& forms,
                       std::vector<TagClass>& tags) const;
  void TagGroupPresent(const std::vector<std::string_view>& forms,
                       std::vector<TagClass>& tags) const;
  SyntaxModel() = default;
  static StatusOr<std::unique_ptr<SyntaxModel>> FromFile(const ModelFile& file);
  Status SelfTest(std::string_view bytes) const;

  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
  std::string data_version_;
  std::map<std::string, std::string> metadata_;
};

// The data directory to use: `data_dir` if not empty, else $DYAD_DATA if
// set, else the data/ directory of the source tree (DYAD_DEFAULT_DATA_DIR).
std::string ResolveDataDir(const std::string& data_dir);
// Path of the syntax model within the resolved data directory.
std::string SyntaxModelPath(const std::string& data_dir);

}  // namespace dyad::internal

#endif  // DYAD_SYNTAX_SYNTAX_MODEL_H_
