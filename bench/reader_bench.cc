// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Input reading speed: ArticleReader on real news in each input format.
// The first 2,000 articles of DYAD_SHARED_DIR/corpora/allsides_abp/
// allsides_abp-part-000.jsonl.gz are read once, then written back in memory
// as JSON Lines, as CSV (with a header and RFC 4180 quoting) and as plain
// text (one buffer per article), and each benchmark times reading them
// back: BM_ReadJsonl, BM_ReadCsv, BM_ReadText, and BM_ReadJsonlGzip on the
// compressed corpus file itself (gzip and disk included). Bytes are input
// bytes (uncompressed for the in-memory formats, compressed for gzip).
// Before timing, each checks that it reads every article with the same
// ids (JSONL, CSV) and the same total text size.
//
//   ninja -C build reader_bench && build/bench/reader_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/reader.h"

namespace {

constexpr size_t kMaxArticles = 2000;

const std::string& CorpusPath() {
  static const std::string path =
      std::string(DYAD_SHARED_DIR) +
      "/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz";
  return path;
}

struct Corpus {
  std::vector<dyad::Article> articles;
  uint64_t text_bytes = 0;
  std::string jsonl;
  std::string csv;
  std::string error;
};

std::string CsvField(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus();
    if (!std::filesystem::exists(CorpusPath())) {
      c->error = "news corpus absent: " + CorpusPath();
      return c;
    }
    auto reader =
        dyad::ArticleReader::Open({CorpusPath()}, dyad::ReaderOptions());
    if (!reader.ok()) {
      c->error = reader.status().ToString();
      return c;
    }
    dyad::Article a;
    dyad::ReadError error;
    while (c->articles.size() < kMaxArticles) {
      dyad::ReadResult r = (*reader)->Next(a, error);
      if (r == dyad::ReadResult::kEnd) break;
      if (r != dyad::ReadResult::kArticle) continue;
      c->text_bytes += a.text.size();
      c->articles.push_back(a);
    }
    c->csv = "id,date,title,source,text\n";
    for (const dyad::Article& x : c->articles) {
      nlohmann::json j = {{"id", x.id},
                          {"title", x.title},
                          {"source", x.source},
                          {"text", x.text}};
      if (!x.date.empty()) j["date"] = x.date;
      c->jsonl += j.dump() + "\n";
      c->csv += CsvField(x.id) + "," + CsvField(x.date) + "," +
                CsvField(x.title) + "," + CsvField(x.source) + "," +
                CsvField(x.text) + "\n";
    }
    return c;
  }();
  return *corpus;
}

struct ReadTotals {
  size_t articles = 0;
  size_t errors = 0;
  uint64_t text_bytes = 0;
  bool same_ids = true;
};

// Reads everything `reader` gives; compares ids with the corpus when asked.
void ReadAll(dyad::ArticleReader& reader, const Corpus& corpus,
             bool compare_ids, ReadTotals& totals) {
  dyad::Article a;
  dyad::ReadError error;
  for (;;) {
    dyad::ReadResult r = reader.Next(a, error);
    if (r == dyad::ReadResult::kEnd) break;
    if (r == dyad::ReadResult::kError) {
      ++totals.errors;
      continue;
    }
    if (compare_ids && (totals.articles >= corpus.articles.size() ||
                        corpus.articles[totals.articles].id != a.id)) {
      totals.same_ids = false;
    }
    ++totals.articles;
    totals.text_bytes += a.text.size();
  }
}

bool CheckTotals(const ReadTotals& t, const Corpus& corpus,
                 benchmark::State& state) {
  if (t.articles != corpus.articles.size() || t.errors != 0 || !t.same_ids ||
      t.text_bytes != corpus.text_bytes) {
    state.SkipWithError("reader output differs from the corpus");
    return false;
  }
  return true;
}

void SetRates(benchmark::State& state, const Corpus& corpus,
              size_t input_bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.articles.size()));
}

// One in-memory input (`name` chooses the format by its extension).
void BenchMemory(benchmark::State& state, const std::string& name,
                 const std::string& data) {
  const Corpus& corpus = TheCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return;
  }
  {
    ReadTotals check;
    auto reader =
        dyad::ArticleReader::OpenMemory(name, data, dyad::ReaderOptions());
    ReadAll(*reader, corpus, true, check);
    if (!CheckTotals(check, corpus, state)) return;
  }
  for (auto _ : state) {
    ReadTotals totals;
    // The copy of `data` into the reader is part of what OpenMemory costs.
    auto reader =
        dyad::ArticleReader::OpenMemory(name, data, dyad::ReaderOptions());
    ReadAll(*reader, corpus, false, totals);
    benchmark::DoNotOptimize(totals.text_bytes);
  }
  SetRates(state, corpus, data.size());
}

void BM_ReadJsonl(benchmark::State& state) {
  BenchMemory(state, "bench.jsonl", TheCorpus().jsonl);
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_ReadCsv(benchmark::State& state) {
  BenchMemory(state, "bench.csv", TheCorpus().csv);
}
BENCHMARK(BM_ReadCsv)->Unit(benchmark::kMillisecond);

// Plain text: one reader per article, as for a directory of .txt files.
void BM_ReadText(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return;
  }
  auto read_texts = [&](ReadTotals& totals) {
    for (const dyad::Article& a : corpus.articles) {
      auto reader = dyad::ArticleReader::OpenMemory("story.txt", a.text,
                                                    dyad::ReaderOptions());
      ReadAll(*reader, corpus, false, totals);
    }
  };
  ReadTotals check;
  read_texts(check);
  // Text files have no ids; a text file's text is what the JSONL held,
  // less a final newline.
  if (check.articles != corpus.articles.size() || check.errors != 0 ||
      check.text_bytes > corpus.text_bytes ||
      check.text_bytes + corpus.articles.size() < corpus.text_bytes) {
    state.SkipWithError("text reader output differs from the corpus");
    return;
  }
  for (auto _ : state) {
    ReadTotals totals;
    read_texts(totals);
    benchmark::DoNotOptimize(totals.text_bytes);
  }
  SetRates(state, corpus, corpus.text_bytes);
}
BENCHMARK(BM_ReadText)->Unit(benchmark::kMillisecond);

// The whole compressed corpus file from disk (about 2,700 articles).
void BM_ReadJsonlGzip(benchmark::State& state) {
  const Corpus& corpus = TheCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return;
  }
  ReadTotals check;
  {
    auto reader =
        dyad::ArticleReader::Open({CorpusPath()}, dyad::ReaderOptions());
    if (!reader.ok()) {
      state.SkipWithError(reader.status().ToString().c_str());
      return;
    }
    ReadAll(**reader, corpus, false, check);
  }
  if (check.errors != 0 || check.articles < corpus.articles.size()) {
    state.SkipWithError("gzip reader lost articles");
    return;
  }
  for (auto _ : state) {
    ReadTotals totals;
    auto reader =
        dyad::ArticleReader::Open({CorpusPath()}, dyad::ReaderOptions());
    ReadAll(**reader, corpus, false, totals);
    benchmark::DoNotOptimize(totals.text_bytes);
  }
  const auto size = std::filesystem::file_size(CorpusPath());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(size));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(check.articles));
  state.counters["text_MB/s"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * check.text_bytes / 1e6,
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadJsonlGzip)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
