// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Throughput of the cleaner (dyad::internal::Clean) alone: on a synthetic
// news article written for this benchmark, and on the first 2,000 articles
// of the shared AllSides corpus when DYAD_SHARED_DIR holds it. Output is
// checked once before timing.
//
//   ninja -C build-clean clean_bench && build-clean/bench/clean_bench
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/cleaner.h"

namespace {

using dyad::Article;
using dyad::Document;
using dyad::SentenceKind;
using dyad::internal::Clean;
using dyad::internal::CleanOptions;
using dyad::internal::Paragraph;

// A scraped article with the usual furniture around eight body paragraphs.
Article SyntheticArticle() {
  Article article;
  article.title = "Russia and Turkey agree to resume talks on Syria";
  std::string& t = article.text;
  t += "Russia and Turkey agree to resume talks on Syria\n";
  t += "By Anna Petrova and Mark Ellis, Reuters\n";
  t += "Updated 3:45 PM ET, Tue December 15, 2015\n";
  t += "Share this article\n";
  for (int i = 0; i < 8; ++i) {
    t += "MOSCOW \xE2\x80\x94 Russian and Turkish officials said on Tuesday "
         "they would resume talks on the future of Syria next month, "
         "\xE2\x80\x9Cwithout preconditions,\xE2\x80\x9D after weeks of "
         "tension over the downing of a Russian warplane near the border. "
         "The foreign ministry\xE2\x80\x99s spokeswoman told reporters the "
         "two sides had agreed on an agenda\xE2\x80\xA6 and that Ankara "
         "would send a delegation to Moscow in January.\n";
    t += "Advertisement\n";
    t += "Officials in Ankara declined to comment on the report, but a senior "
         "diplomat said the government was \"ready to listen\" as long as "
         "the air strikes on Turkmen villages stopped.\n";
    if (i % 3 == 0) {
      t += "Foreign Minister Sergei Lavrov (L) and his Turkish counterpart "
           "shake hands before talks in Moscow, December 15, 2015. "
           "(Photo: Pool/AP)\n";
    }
  }
  t += "Reporting by Anna Petrova; Editing by Mark Ellis\n";
  return article;
}

struct Corpus {
  std::vector<Article> articles;
  size_t bytes = 0;
};

// First `limit` articles of a gzip JSONL file; empty when absent.
Corpus LoadCorpus(const std::filesystem::path& path, int limit) {
  Corpus corpus;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return corpus;
  std::vector<char> buffer(1 << 16);
  std::string line;
  while (static_cast<int>(corpus.articles.size()) < limit &&
         gzgets(file, buffer.data(), static_cast<int>(buffer.size()))) {
    line += buffer.data();
    if (line.empty() || line.back() != '\n') continue;
    const auto json = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (json.is_discarded() || !json.contains("text")) continue;
    Article article;
    article.text = json["text"].get<std::string>();
    if (json.contains("title") && json["title"].is_string()) {
      article.title = json["title"].get<std::string>();
    }
    corpus.bytes += article.text.size();
    corpus.articles.push_back(std::move(article));
  }
  gzclose(file);
  return corpus;
}

// Exits when the cleaner's output breaks its contract.
void CheckOrDie(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "clean_bench: check failed: %s\n", what);
    std::exit(1);
  }
}

void CheckMap(const Document& doc) {
  CheckOrDie(doc.clean_to_orig.size() == doc.clean_text.size() + 1, "map size");
  for (size_t i = 1; i < doc.clean_to_orig.size(); ++i) {
    CheckOrDie(doc.clean_to_orig[i - 1] <= doc.clean_to_orig[i],
               "map monotonic");
  }
}

void BM_CleanSynthetic(benchmark::State& state) {
  const Article article = SyntheticArticle();
  Document doc;
  std::vector<Paragraph> paragraphs;
  doc.article = &article;
  Clean({}, doc, paragraphs);
  // 1 headline + 8 x 2 body + 3 captions; 1 byline, timestamp, share, 8 ads,
  // reporting line, 3 credits.
  CheckOrDie(paragraphs.size() == 20, "paragraph count");
  CheckOrDie(paragraphs[0].kind == SentenceKind::kHeadline, "headline");
  CheckOrDie(paragraphs[3].kind == SentenceKind::kCaption, "caption");
  CheckOrDie(doc.dropped.size() == 15, "dropped count");
  CheckOrDie(doc.clean_text.find("\xE2\x80") == std::string::npos,
             "punctuation normalised");
  CheckMap(doc);
  for (auto _ : state) {
    Clean({}, doc, paragraphs);
    benchmark::DoNotOptimize(doc.clean_text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(article.text.size()));
}
BENCHMARK(BM_CleanSynthetic);

void BM_CleanAllSides2000(benchmark::State& state) {
  static const Corpus corpus =
      LoadCorpus(std::filesystem::path(DYAD_SHARED_DIR) /
                     "corpora/allsides_abp/allsides_abp-part-000.jsonl.gz",
                 2000);
  if (corpus.articles.empty()) {
    state.SkipWithError("shared corpus not found under DYAD_SHARED_DIR");
    return;
  }
  Document doc;
  std::vector<Paragraph> paragraphs;
  size_t kept = 0, dropped = 0;
  for (const Article& article : corpus.articles) {
    doc.article = &article;
    Clean({}, doc, paragraphs);
    CheckMap(doc);
    kept += doc.clean_text.size();
    dropped += doc.dropped.size();
  }
  CheckOrDie(kept > corpus.bytes / 2, "most text kept");
  state.counters["articles"] = static_cast<double>(corpus.articles.size());
  state.counters["dropped_spans"] = static_cast<double>(dropped);
  for (auto _ : state) {
    for (const Article& article : corpus.articles) {
      doc.article = &article;
      Clean({}, doc, paragraphs);
      benchmark::DoNotOptimize(doc.clean_text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.articles.size()));
}
BENCHMARK(BM_CleanAllSides2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
