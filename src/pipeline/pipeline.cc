// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/pipeline.h"

#include <vector>

#include "text/cleaner.h"
#include "text/segmenter.h"

namespace dyad {

Pipeline::Pipeline(const PipelineOptions& options) : options_(options) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  return std::unique_ptr<Pipeline>(new Pipeline(options));
}

Status Pipeline::Run(const Article& article, Document& doc) const {
  doc.Clear();
  doc.article = &article;
  internal::CleanOptions clean;
  clean.drop_boilerplate = options_.clean;
  clean.detect_captions = options_.clean;
  clean.detect_truncation = options_.clean;
  // Paragraph marks travel from the cleaner to the segmenter only.
  thread_local std::vector<internal::Paragraph> paragraphs;
  internal::Clean(clean, doc, paragraphs);
  internal::Segment(paragraphs, doc);
  return Status::Ok();
}

}  // namespace dyad
