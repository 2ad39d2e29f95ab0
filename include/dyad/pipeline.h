// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Pipeline: the stages from raw article text to a segmented (and, as later
// stages land, tagged, parsed and coded) Document.
//
// A Pipeline is built once from options and is immutable afterwards; Run() is
// const and thread-safe, all scratch state lives in the Document passed in.
// It is not copyable: it owns models and dictionaries that may be large.
//
//   auto pipeline = dyad::Pipeline::Create({});
//   if (!pipeline.ok()) { ... }
//   dyad::Document doc;
//   (*pipeline)->Run(article, doc);   // doc.sentences, doc.tokens filled
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>

#include "dyad/document.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  // Cleaning of scraped text (boilerplate, captions, truncation). Off gives
  // the text as read, still normalised.
  bool clean = true;
};

class DYAD_API Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(
      const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Cleans and segments `article` into `doc` (cleared first). The Document
  // keeps a pointer to `article`, which must outlive it. Returns
  // kInvalidArgument only for input that cannot be processed at all.
  Status Run(const Article& article, Document& doc) const;

 private:
  explicit Pipeline(const PipelineOptions& options);
  PipelineOptions options_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
