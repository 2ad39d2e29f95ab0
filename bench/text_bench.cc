// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Text stage benchmarks on real news: cleaning + segmentation through
// dyad::Pipeline::Run, and segmentation alone, over the first 3,000
// articles of DYAD_SHARED_DIR/corpora/allsides_abp/allsides_abp-part-000
// (gzip JSONL, field "text"). The output is checked before timing (every
// article gives tokens and sentences, and a second run gives the same
// counts). Reports bytes of article text per second.
//
//   ninja -C build text_bench && build/bench/text_bench
#include <benchmark/benchmark.h>
#include <simdjson.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "text/cleaner.h"
#include "text/segmenter.h"

namespace {

constexpr size_t kMaxArticles = 3000;

struct Corpus {
  std::vector<dyad::Article> articles;
  size_t bytes = 0;
  std::string error;  // why it could not be read
};

// Reads up to kMaxArticles texts from the gzip JSONL file.
Corpus ReadCorpus(const std::string& path) {
  Corpus corpus;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    corpus.error = "cannot open " + path;
    return corpus;
  }
  std::string data;
  std::vector<char> buffer(1 << 16);
  int n;
  simdjson::ondemand::parser parser;
  size_t line_begin = 0;
  auto parse_lines = [&](bool at_end) {
    while (corpus.articles.size() < kMaxArticles) {
      size_t newline = data.find('\n', line_begin);
      if (newline == std::string::npos) {
        if (!at_end || line_begin >= data.size()) break;
        newline = data.size();
      }
      simdjson::padded_string line(data.data() + line_begin,
                                   newline - line_begin);
      line_begin = newline + 1;
      auto doc = parser.iterate(line);
      std::string_view text;
      if (doc.error() || doc["text"].get_string().get(text)) continue;
      dyad::Article& a = corpus.articles.emplace_back();
      a.text = std::string(text);
      a.id = std::to_string(corpus.articles.size());
      corpus.bytes += a.text.size();
    }
    data.erase(0, std::min(line_begin, data.size()));
    line_begin = 0;
  };
  while (corpus.articles.size() < kMaxArticles &&
         (n = gzread(file, buffer.data(),
                     static_cast<unsigned>(buffer.size()))) > 0) {
    data.append(buffer.data(), static_cast<size_t>(n));
    parse_lines(false);
  }
  parse_lines(true);
  gzclose(file);
  if (corpus.articles.empty()) corpus.error = "no articles in " + path;
  return corpus;
}

const Corpus& News() {
  static const Corpus corpus =
      ReadCorpus(std::string(DYAD_SHARED_DIR) +
                 "/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz");
  return corpus;
}

// This benchmark times the text stage only: turns the tagger and parser
// off where the pipeline has them (the option arrived with the syntax
// stage, so it is set only when present).
template <typename Options>
void DisableSyntax(Options& options) {
  if constexpr (requires { options.syntax; }) options.syntax = false;
}

struct Counts {
  size_t sentences = 0;
  size_t tokens = 0;
  size_t empty_articles = 0;
  bool operator==(const Counts&) const = default;
};

Counts RunPipeline(const dyad::Pipeline& pipeline, const Corpus& corpus,
                   dyad::Document& doc) {
  Counts counts;
  for (const dyad::Article& a : corpus.articles) {
    if (!pipeline.Run(a, doc).ok()) std::abort();
    counts.sentences += doc.sentences.size();
    counts.tokens += doc.tokens.size();
    if (doc.tokens.empty()) ++counts.empty_articles;
  }
  return counts;
}

void BM_CleanAndSegment(benchmark::State& state) {
  const Corpus& corpus = News();
  if (!corpus.error.empty()) {
    state.SkipWithError(("news corpus absent: " + corpus.error).c_str());
    return;
  }
  dyad::PipelineOptions options;
  DisableSyntax(options);
  auto pipeline = dyad::Pipeline::Create(options);
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().message().c_str());
    return;
  }
  dyad::Document doc;
  const Counts first = RunPipeline(**pipeline, corpus, doc);
  if (first.tokens == 0 || first.sentences == 0 ||
      first.empty_articles * 10 > corpus.articles.size() ||
      !(RunPipeline(**pipeline, corpus, doc) == first)) {
    state.SkipWithError("pipeline output check failed");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(RunPipeline(**pipeline, corpus, doc));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.articles.size()));
  state.counters["articles"] = static_cast<double>(corpus.articles.size());
  state.counters["sentences"] = static_cast<double>(first.sentences);
  state.counters["tokens"] = static_cast<double>(first.tokens);
}
BENCHMARK(BM_CleanAndSegment)->Unit(benchmark::kMillisecond);

// Segmentation alone, on documents cleaned once before timing.
void BM_SegmentOnly(benchmark::State& state) {
  const Corpus& corpus = News();
  if (!corpus.error.empty()) {
    state.SkipWithError(("news corpus absent: " + corpus.error).c_str());
    return;
  }
  std::vector<dyad::Document> docs(corpus.articles.size());
  std::vector<std::vector<dyad::internal::Paragraph>> paragraphs(docs.size());
  size_t clean_bytes = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    docs[i].article = &corpus.articles[i];
    dyad::internal::Clean({}, docs[i], paragraphs[i]);
    clean_bytes += docs[i].clean_text.size();
  }
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      docs[i].sentences.clear();
      docs[i].tokens.clear();
      dyad::internal::Segment(paragraphs[i], docs[i]);
      tokens += docs[i].tokens.size();
    }
    benchmark::DoNotOptimize(tokens);
  }
  if (tokens == 0) state.SkipWithError("no tokens");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(clean_bytes));
}
BENCHMARK(BM_SegmentOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
