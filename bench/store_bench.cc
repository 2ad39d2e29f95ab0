// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Is the store a bottleneck? Ingest throughput of the SQLite event store
// (events/s and articles/s, fresh and re-ingest), query and export speed,
// on hand-built realistic events (four CAMEO event kinds, varied dates,
// outlets and evidence). Each benchmark checks the store's counts before it
// reports a time.
//
//   build/bench/store_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/event_store.h"
#include "dyad/event_writer.h"
#include "export/sample_events.h"

namespace {

namespace fs = std::filesystem;
using dyad::Article;
using dyad::Event;
using dyad::EventStore;

constexpr int kArticles = 2000;

struct Corpus {
  std::vector<Article> articles;
  std::vector<std::vector<Event>> events;
  int64_t event_count = 0;
};

// kArticles articles with `per_article` events each.
Corpus MakeCorpus(int per_article) {
  Corpus c;
  const char* outlets[] = {"Reuters", "AP", "AFP", "BBC", "Al Jazeera"};
  for (int i = 0; i < kArticles; ++i) {
    std::string id = "story-" + std::to_string(i);
    char date[16];
    std::snprintf(date, sizeof date, "2015-%02d-%02d", 1 + i % 12,
                  1 + (i / 12) % 28);
    Article a = dyad::testing::SampleArticle(id, date, outlets[i % 5],
                                             "https://news.example/" + id);
    std::vector<Event> events;
    for (int k = 0; k < per_article; ++k) {
      Event e = dyad::testing::SampleEventNumber(id, i + k);
      e.sentence = static_cast<uint32_t>(k);
      if (e.date.precision == dyad::DatePrecision::kDay) e.date.iso = date;
      e.evidence.sentence += " (report " + std::to_string(i) + ")";
      events.push_back(std::move(e));
    }
    c.event_count += per_article;
    c.articles.push_back(std::move(a));
    c.events.push_back(std::move(events));
  }
  return c;
}

std::string TempStore(const char* name) {
  fs::path p = fs::temp_directory_path() /
               ("dyad-bench-" + std::to_string(getpid()) + "-" + name + ".db");
  return p.string();
}

void RemoveStore(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

void PutAll(EventStore& store, const Corpus& c, benchmark::State& state) {
  for (size_t i = 0; i < c.articles.size(); ++i) {
    dyad::Status s = store.Put(c.articles[i], c.events[i]);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  dyad::Status s = store.Flush();
  if (!s.ok()) state.SkipWithError(s.ToString().c_str());
}

bool CheckCounts(EventStore& store, const Corpus& c, benchmark::State& state) {
  auto counts = store.Counts();
  if (!counts.ok() || counts->articles != kArticles ||
      counts->events != c.event_count) {
    state.SkipWithError("store counts do not match the corpus");
    return false;
  }
  return true;
}

void SetRates(benchmark::State& state, const Corpus& c) {
  state.SetItemsProcessed(state.iterations() * c.event_count);
  state.counters["events/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.event_count),
      benchmark::Counter::kIsRate);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * kArticles),
                         benchmark::Counter::kIsRate);
}

// Ingest into a new store: arg = events per article.
void BM_IngestFresh(benchmark::State& state) {
  const Corpus c = MakeCorpus(static_cast<int>(state.range(0)));
  const std::string path = TempStore("fresh");
  for (auto _ : state) {
    state.PauseTiming();
    RemoveStore(path);
    state.ResumeTiming();
    auto store = EventStore::Open(path, {});
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      break;
    }
    PutAll(**store, c, state);
    state.PauseTiming();
    if (!CheckCounts(**store, c, state)) break;
    state.ResumeTiming();
  }
  SetRates(state, c);
  RemoveStore(path);
}
BENCHMARK(BM_IngestFresh)
    ->Arg(1)
    ->Arg(3)
    ->Arg(10)
    ->Unit(benchmark::kMillisecond);

// Re-ingest of articles already stored (crash recovery, re-coding): every
// put deletes the article's old events first.
void BM_IngestReplace(benchmark::State& state) {
  const Corpus c = MakeCorpus(static_cast<int>(state.range(0)));
  const std::string path = TempStore("replace");
  RemoveStore(path);
  auto store = EventStore::Open(path, {});
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  PutAll(**store, c, state);
  for (auto _ : state) {
    PutAll(**store, c, state);
  }
  CheckCounts(**store, c, state);
  SetRates(state, c);
  store->reset();
  RemoveStore(path);
}
BENCHMARK(BM_IngestReplace)->Arg(3)->Unit(benchmark::kMillisecond);

// A filtered query over 6,000 events, read back whole (with evidence).
void BM_QueryEither(benchmark::State& state) {
  const Corpus c = MakeCorpus(3);
  const std::string path = TempStore("query");
  RemoveStore(path);
  auto store = EventStore::Open(path, {});
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  PutAll(**store, c, state);
  dyad::EventQuery q;
  q.either = "RUS";
  int64_t rows = 0;
  for (auto _ : state) {
    rows = 0;
    dyad::Status s = (*store)->Query(q, [&](const dyad::StoredEvent& e) {
      benchmark::DoNotOptimize(e.event.cameo.data());
      ++rows;
      return dyad::Status::Ok();
    });
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  if (rows != c.event_count / 2) state.SkipWithError("unexpected row count");
  state.SetItemsProcessed(state.iterations() * rows);
  store->reset();
  RemoveStore(path);
}
BENCHMARK(BM_QueryEither)->Unit(benchmark::kMillisecond);

// Writing events in each output format (no store).
void BM_Export(benchmark::State& state) {
  const auto format = static_cast<dyad::EventFormat>(state.range(0));
  const Corpus c = MakeCorpus(3);
  std::ostringstream sink;
  for (auto _ : state) {
    sink.str({});
    auto writer = dyad::EventExporter::Create(format, sink);
    for (size_t i = 0; i < c.articles.size(); ++i) {
      for (const Event& e : c.events[i]) {
        if (!writer->Write(e, c.articles[i]).ok()) state.SkipWithError("write");
      }
    }
    benchmark::DoNotOptimize(sink.str().size());
  }
  state.SetItemsProcessed(state.iterations() * c.event_count);
  state.SetLabel(format == dyad::EventFormat::kJsonl   ? "jsonl"
                 : format == dyad::EventFormat::kCsv   ? "csv"
                 : format == dyad::EventFormat::kGdelt ? "gdelt"
                                                       : "phoenix");
}
BENCHMARK(BM_Export)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// Reading dyad's JSONL events back (the `ingest --events` path).
void BM_ParseEventJson(benchmark::State& state) {
  const Corpus c = MakeCorpus(3);
  std::ostringstream out;
  auto writer = dyad::EventExporter::Create(dyad::EventFormat::kJsonl, out);
  for (size_t i = 0; i < c.articles.size(); ++i) {
    for (const Event& e : c.events[i]) (void)writer->Write(e, c.articles[i]);
  }
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  Event event;
  Article article;
  for (auto _ : state) {
    for (const std::string& line : lines) {
      if (!dyad::ParseEventJson(line, event, &article).ok()) {
        state.SkipWithError("parse");
      }
    }
  }
  state.SetItemsProcessed(state.iterations() * lines.size());
  state.SetBytesProcessed(state.iterations() * out.str().size());
}
BENCHMARK(BM_ParseEventJson)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
