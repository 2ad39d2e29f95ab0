// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Pipeline: the stages from raw article text to a segmented, tagged and
// parsed (and, as later stages land, coded) Document.
//
// A Pipeline is built once from options and is immutable afterwards; Run() is
// const and thread-safe, all scratch state lives in the Document passed in.
// It is not copyable: it owns models and dictionaries that may be large.
//
//   auto pipeline = dyad::Pipeline::Create({});
//   if (!pipeline.ok()) { ... }
//   dyad::Document doc;
//   (*pipeline)->Run(article, doc);   // doc.sentences, doc.tokens filled,
//                                     // tokens tagged, lemmatized, parsed
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>

#include "dyad/document.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  // Cleaning of scraped text (boilerplate, captions, truncation). Off gives
  // the text as read, still normalised.
  bool clean = true;
  // Part-of-speech tags, lemmas, features and dependency parse of every
  // sentence (Token::upos ... Token::deprel). Needs the syntax model
  // <data_dir>/models/syntax-en-ewt.dmdl; Create() fails without it.
  bool syntax = true;
  // Directory of dyad's data files (models/, dictionaries). Empty: the
  // environment variable DYAD_DATA if set, else the data/ directory of the
  // source tree dyad was built from.
  std::string data_dir;
};

namespace internal {
class SyntaxModel;
}  // namespace internal

class DYAD_API Pipeline {
 public:
  // Loads the models the options ask for. kNotFound: a model file is
  // missing; kFailedPrecondition: it has another format version; kDataLoss:
  // it is corrupt or fails its self-test.
  static StatusOr<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Cleans and segments `article` into `doc` (cleared first). The Document
  // keeps a pointer to `article`, which must outlive it. Returns
  // kInvalidArgument only for input that cannot be processed at all.
  Status Run(const Article& article, Document& doc) const;

  // Tags and parses the sentences already in `doc` (its clean_text,
  // sentences and tokens), e.g. text that was tokenized elsewhere. Does
  // nothing when syntax is off.
  void Annotate(Document& doc) const;

  // The same in two steps, for callers that parse only some sentences
  // (Engine::Code parses the sentences that name an actor): Segment()
  // cleans and segments like Run() without syntax, Tag() gives every token
  // its tags and lemma (head -1, unparsed), TagSentence() those of one
  // sentence, ParseSentence() parses one tagged sentence. Tag() then
  // ParseSentence() on every sentence equals Annotate().
  Status Segment(const Article& article, Document& doc) const;
  void Tag(Document& doc) const;
  void TagSentence(Document& doc, uint32_t sentence) const;
  void ParseSentence(Document& doc, uint32_t sentence) const;

  // Data version of the loaded syntax model ("" when syntax is off).
  std::string syntax_data_version() const;

 private:
  explicit Pipeline(const PipelineOptions& options);
  PipelineOptions options_;
  std::unique_ptr<const internal::SyntaxModel> syntax_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
