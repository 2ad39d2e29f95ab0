// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Resolve-stage throughput on real news: temporal expressions (FindTimes),
// place mentions (FindPlaces, whole-article disambiguation included) and
// the combined AssignWhenWhere, over the first articles of the AllSides
// corpus in shared/corpora (skipped when absent). Documents are built once
// by the pipeline before timing; output is checked before anything is
// timed (the showcase article must resolve as documented, and the corpus
// must yield mentions).
//
//   ninja -C build bench/resolve_bench && build/bench/resolve_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "resolve/gazetteer.h"
#include "resolve/places.h"
#include "resolve/time_expressions.h"
#include "resolve/when_where.h"

namespace {

using dyad::Article;
using dyad::Document;
namespace in = dyad::internal;

constexpr size_t kArticles = 400;

[[noreturn]] void Fail(const std::string& message) {
  std::fprintf(stderr, "resolve_bench: %s\n", message.c_str());
  std::exit(1);
}

struct Corpus {
  std::vector<std::unique_ptr<Article>> articles;
  std::vector<std::unique_ptr<Document>> docs;
  size_t bytes = 0;
  size_t sentences = 0;
  std::string skip_reason;
};

const in::Gazetteer& Gazetteer() {
  static const in::Gazetteer* g = [] {
    auto loaded = in::Gazetteer::LoadFile(std::string(DYAD_SOURCE_DIR) +
                                          "/data/gazetteer/places.tsv");
    if (!loaded.ok()) Fail(loaded.status().ToString());
    return loaded->release();
  }();
  return *g;
}

// The showcase must come out as documented before anything is timed.
void CheckShowcase(const dyad::Pipeline& pipeline) {
  Article a;
  a.id = "check";
  a.date = "2015-12-15";
  a.text =
      "Foreign ministers will meet at the United Nations in New York on "
      "Friday.\nRussian warplanes struck targets near Aleppo on Monday.";
  Document doc;
  if (!pipeline.Run(a, doc).ok()) Fail("pipeline failed on the check text");
  std::vector<std::string> dates;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (const auto& t : in::FindTimes(doc, s)) dates.push_back(t.date.iso);
  }
  std::vector<std::string> places;
  for (const auto& m : in::FindPlaces(doc, Gazetteer())) {
    places.push_back(Gazetteer().place(static_cast<uint32_t>(m.place)).name);
  }
  if (dates != std::vector<std::string>{"2015-12-18", "2015-12-14"}) {
    Fail("check text: wrong dates");
  }
  if (places != std::vector<std::string>{"New York", "Aleppo"}) {
    Fail("check text: wrong places");
  }
}

const Corpus& News() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();
    const std::string path =
        std::string(DYAD_SHARED_DIR) +
        "/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz";
    if (!std::filesystem::exists(path)) {
      c->skip_reason = "corpus absent: " + path;
      return c;
    }
    auto pipeline = dyad::Pipeline::Create({});
    if (!pipeline.ok()) {
      c->skip_reason = "pipeline unavailable: " + pipeline.status().ToString();
      return c;
    }
    CheckShowcase(**pipeline);
    auto reader = dyad::ArticleReader::Open({path}, {});
    if (!reader.ok()) Fail(reader.status().ToString());
    dyad::ReadError error;
    while (c->articles.size() < kArticles) {
      auto article = std::make_unique<Article>();
      dyad::ReadResult r = (*reader)->Next(*article, error);
      if (r == dyad::ReadResult::kEnd) break;
      if (r == dyad::ReadResult::kError) continue;
      auto doc = std::make_unique<Document>();
      if (!(*pipeline)->Run(*article, *doc).ok()) continue;
      c->bytes += doc->clean_text.size();
      c->sentences += doc->sentences.size();
      c->articles.push_back(std::move(article));
      c->docs.push_back(std::move(doc));
    }
    // Real news must give real mentions.
    size_t times = 0;
    size_t resolved = 0;
    size_t places = 0;
    for (const auto& doc : c->docs) {
      for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
        for (const auto& t : in::FindTimes(*doc, s)) {
          ++times;
          resolved += !t.date.iso.empty();
        }
      }
      places += in::FindPlaces(*doc, Gazetteer()).size();
    }
    if (times < c->docs.size() || places < c->docs.size() ||
        resolved * 2 < times) {
      Fail("corpus check: too few mentions");
    }
    std::fprintf(stderr,
                 "resolve_bench: %zu articles, %zu sentences, %zu bytes; %zu "
                 "time mentions (%zu resolved), %zu place mentions\n",
                 c->docs.size(), c->sentences, c->bytes, times, resolved,
                 places);
    return c;
  }();
  return *corpus;
}

void SetCounters(benchmark::State& state, const Corpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * c.sentences));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.docs.size()),
      benchmark::Counter::kIsRate);
}

void BM_FindTimes(benchmark::State& state) {
  const Corpus& c = News();
  if (!c.skip_reason.empty()) {
    state.SkipWithError(c.skip_reason.c_str());
    return;
  }
  for (auto _ : state) {
    size_t n = 0;
    for (const auto& doc : c.docs) {
      for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
        n += in::FindTimes(*doc, s).size();
      }
    }
    benchmark::DoNotOptimize(n);
  }
  SetCounters(state, c);
}
BENCHMARK(BM_FindTimes)->Unit(benchmark::kMillisecond);

void BM_FindPlaces(benchmark::State& state) {
  const Corpus& c = News();
  if (!c.skip_reason.empty()) {
    state.SkipWithError(c.skip_reason.c_str());
    return;
  }
  const in::Gazetteer& g = Gazetteer();
  for (auto _ : state) {
    size_t n = 0;
    for (const auto& doc : c.docs) n += in::FindPlaces(*doc, g).size();
    benchmark::DoNotOptimize(n);
  }
  SetCounters(state, c);
}
BENCHMARK(BM_FindPlaces)->Unit(benchmark::kMillisecond);

// One event per sentence, its predicate at the sentence's middle token:
// the cost the coder will pay per article.
void BM_AssignWhenWhere(benchmark::State& state) {
  const Corpus& c = News();
  if (!c.skip_reason.empty()) {
    state.SkipWithError(c.skip_reason.c_str());
    return;
  }
  const in::Gazetteer& g = Gazetteer();
  std::vector<std::vector<dyad::Event>> events(c.docs.size());
  for (size_t d = 0; d < c.docs.size(); ++d) {
    const Document& doc = *c.docs[d];
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const auto& sentence = doc.sentences[s];
      if (sentence.token_begin == sentence.token_end) continue;
      dyad::Event e;
      e.sentence = s;
      e.evidence.verb_span =
          doc.tokens[(sentence.token_begin + sentence.token_end) / 2].orig;
      events[d].push_back(e);
    }
  }
  for (auto _ : state) {
    for (size_t d = 0; d < c.docs.size(); ++d) {
      std::vector<dyad::Event> coded = events[d];  // as the coder hands them
      in::AssignWhenWhere(*c.docs[d], g, coded);
      in::DeduplicateEvents(coded);
      benchmark::DoNotOptimize(coded.data());
    }
    benchmark::ClobberMemory();
  }
  SetCounters(state, c);
}
BENCHMARK(BM_AssignWhenWhere)->Unit(benchmark::kMillisecond);

void BM_LoadGazetteer(benchmark::State& state) {
  const std::string path =
      std::string(DYAD_SOURCE_DIR) + "/data/gazetteer/places.tsv";
  for (auto _ : state) {
    auto g = in::Gazetteer::LoadFile(path);
    if (!g.ok()) Fail(g.status().ToString());
    benchmark::DoNotOptimize((*g)->size());
  }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
