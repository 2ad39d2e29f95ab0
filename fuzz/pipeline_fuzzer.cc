// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Raw bytes through the whole path of `dyad segment`: the text reader
// (UTF-8 repair, NUL removal), the pipeline (cleaning, segmentation, and
// the syntax model when data/ has it) and the JSON rendering, which must
// parse. Also checks the Document's offset invariants.
#include <cstdlib>
#include <string>

#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "fuzz_reader.h"
#include "simdjson.h"

namespace {

// The full pipeline when the syntax model is present, else cleaning and
// segmentation only, so the target fuzzes something in every checkout.
const dyad::Pipeline* TestPipeline() {
  static const dyad::Pipeline* pipeline = [] {
    dyad::PipelineOptions options;
    auto created = dyad::Pipeline::Create(options);
    if (!created.ok()) {
      options.syntax = false;
      created = dyad::Pipeline::Create(options);
    }
    return created.ok() ? created->release() : nullptr;
  }();
  return pipeline;
}

void CheckSpan(dyad::ByteSpan span, size_t size) {
  if (span.begin > span.end || span.end > size) std::abort();
}

void CheckDocument(const dyad::Document& doc) {
  const size_t clean = doc.clean_text.size();
  const size_t orig = doc.article->text.size();
  if (doc.clean_to_orig.size() != clean + 1) std::abort();
  for (const dyad::Sentence& s : doc.sentences) {
    CheckSpan(s.clean, clean);
    CheckSpan(s.orig, orig);
    if (s.token_begin > s.token_end || s.token_end > doc.tokens.size()) {
      std::abort();
    }
  }
  for (const dyad::Token& t : doc.tokens) {
    CheckSpan(t.clean, clean);
    CheckSpan(t.orig, orig);
  }
  for (const dyad::DroppedSpan& d : doc.dropped) CheckSpan(d.orig, orig);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > dyad::fuzz::kMaxInput) return 0;
  const dyad::Pipeline* pipeline = TestPipeline();
  if (pipeline == nullptr) return 0;
  dyad::ReaderOptions options;
  options.format = dyad::InputFormat::kText;
  auto reader = dyad::ArticleReader::OpenMemory(
      "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size),
      options);
  dyad::Article article;
  dyad::ReadError error;
  dyad::Document doc;
  std::string json;
  while (true) {
    dyad::ReadResult result = reader->Next(article, error);
    if (result == dyad::ReadResult::kEnd) break;
    if (result == dyad::ReadResult::kError) continue;
    if (!pipeline->Run(article, doc).ok()) continue;
    CheckDocument(doc);
    json.clear();
    dyad::AppendSegmentationJson(doc, json);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json).get(root) != simdjson::SUCCESS) std::abort();
  }
  return 0;
}
