// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Coding speed on real news, one core. The first 300 articles of
// DYAD_SHARED_DIR/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz are
// read, and run once through Engine::Code, which leaves each Document
// cleaned, segmented, tagged and parsed. Then:
//   BM_CodeDocument  Engine::CodeDocument on those parsed Documents: actor
//                    matching, event coding, dates and places,
//                    de-duplication (everything after the parser);
//   BM_CodeArticle   Engine::Code from raw article text to events, the
//                    per-core figure of the 10,000 sentences/s target
//                    (docs/performance.md); fewer iterations, it is slow.
// Items are sentences; bytes are article text bytes. Before timing, each
// checks that a second pass codes exactly the events of the first and that
// the corpus gives events at all. Skips without the corpus or the model.
//
//   ninja -C build coding_bench && build/bench/coding_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "dyad/reader.h"

namespace {

constexpr size_t kArticles = 300;

struct Corpus {
  std::vector<dyad::Article> articles;
  std::vector<dyad::Document> docs;  // parsed by Engine::Code
  std::unique_ptr<dyad::Engine> engine;
  size_t sentences = 0;
  size_t text_bytes = 0;
  std::string error;
};

Corpus& TheCorpus() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();
    const std::string path =
        std::string(DYAD_SHARED_DIR) +
        "/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz";
    if (!std::filesystem::exists(path)) {
      c->error = "news corpus absent: " + path;
      return c;
    }
    auto engine = dyad::Engine::Create({});
    if (!engine.ok()) {
      c->error = engine.status().ToString();
      return c;
    }
    c->engine = std::move(*engine);
    auto reader = dyad::ArticleReader::Open({path}, dyad::ReaderOptions());
    if (!reader.ok()) {
      c->error = reader.status().ToString();
      return c;
    }
    dyad::Article a;
    dyad::ReadError error;
    while (c->articles.size() < kArticles) {
      dyad::ReadResult r = (*reader)->Next(a, error);
      if (r == dyad::ReadResult::kEnd) break;
      if (r == dyad::ReadResult::kArticle) c->articles.push_back(a);
    }
    // Documents point into `articles`, which no longer moves.
    c->docs.resize(c->articles.size());
    std::vector<dyad::Event> events;
    for (size_t i = 0; i < c->articles.size(); ++i) {
      c->text_bytes += c->articles[i].text.size();
      if (!c->engine->Code(c->articles[i], c->docs[i], events).ok()) {
        c->error = "Engine::Code failed on " + c->articles[i].id;
        return c;
      }
      c->sentences += c->docs[i].sentences.size();
    }
    return c;
  }();
  return *corpus;
}

// Events of every document, as one flat list of (cameo, source, target).
std::vector<std::string> CodeAll(const dyad::Engine& engine,
                                 std::vector<dyad::Document>& docs) {
  std::vector<std::string> out;
  std::vector<dyad::Event> events;
  for (dyad::Document& doc : docs) {
    if (!engine.CodeDocument(doc, events).ok()) return {};
    for (const dyad::Event& e : events) {
      out.push_back(e.cameo + " " + e.source.code + " " + e.target.code);
    }
  }
  return out;
}

void SetRates(benchmark::State& state, const Corpus& c) {
  state.counters["sentences"] = static_cast<double>(c.sentences);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.sentences));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.text_bytes));
}

void BM_CodeDocument(benchmark::State& state) {
  Corpus& c = TheCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  const std::vector<std::string> first = CodeAll(*c.engine, c.docs);
  const std::vector<std::string> second = CodeAll(*c.engine, c.docs);
  if (first.empty() || first != second) {
    state.SkipWithError(
        "coder output check failed (no events, or a second "
        "pass differs)");
    return;
  }
  std::vector<dyad::Event> events;
  size_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (dyad::Document& doc : c.docs) {
      if (!c.engine->CodeDocument(doc, events).ok()) {
        state.SkipWithError("CodeDocument failed");
      }
      count += events.size();
    }
    benchmark::DoNotOptimize(count);
  }
  SetRates(state, c);
  state.counters["events"] = static_cast<double>(first.size());
}
BENCHMARK(BM_CodeDocument)->Unit(benchmark::kMillisecond);

void BM_CodeArticle(benchmark::State& state) {
  Corpus& c = TheCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  const std::vector<std::string> expected = CodeAll(*c.engine, c.docs);
  dyad::Document doc;
  std::vector<dyad::Event> events;
  std::vector<std::string> got;
  for (const dyad::Article& a : c.articles) {
    if (!c.engine->Code(a, doc, events).ok()) events.clear();
    for (const dyad::Event& e : events) {
      got.push_back(e.cameo + " " + e.source.code + " " + e.target.code);
    }
  }
  if (expected.empty() || got != expected) {
    state.SkipWithError(
        "Engine::Code differs from CodeDocument on the "
        "parsed documents");
    return;
  }
  for (auto _ : state) {
    size_t count = 0;
    for (const dyad::Article& a : c.articles) {
      if (!c.engine->Code(a, doc, events).ok()) {
        state.SkipWithError("Engine::Code failed");
      }
      count += events.size();
    }
    benchmark::DoNotOptimize(count);
  }
  SetRates(state, c);
}
BENCHMARK(BM_CodeArticle)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

BENCHMARK_MAIN();
