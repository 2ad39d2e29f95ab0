// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor matching speed on real news: the first 2,000 articles of
// DYAD_SHARED_DIR/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz are
// cleaned and tokenized once through dyad::Pipeline (tokens only), then
// BM_MatchActors times ActorMatcher::Match (units, trie, composition,
// unknown names, coreference) over all of them. Bytes are bytes of cleaned
// text. Before timing, the output is checked: a second pass must give the
// same mention count, and most articles must have mentions.
// BM_LoadDictionaries times loading and compiling data/actors.
//
//   ninja -C build actors_bench && build/bench/actors_bench
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dict/actors.h"
#include "dict/internal/actor_pipeline.h"
#include "dyad/pipeline.h"

namespace {

constexpr size_t kMaxArticles = 2000;

struct Corpus {
  std::vector<dyad::Article> articles;
  std::vector<dyad::Document> docs;
  size_t clean_bytes = 0;
  std::string error;
};

bool ReadArticles(const std::string& path, std::vector<dyad::Article>& out,
                  std::string& error) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = "cannot open " + path;
    return false;
  }
  std::string data;
  std::vector<char> buffer(1 << 16);
  int n;
  while ((n = gzread(file, buffer.data(), buffer.size())) > 0) {
    data.append(buffer.data(), static_cast<size_t>(n));
  }
  gzclose(file);
  size_t begin = 0;
  while (begin < data.size() && out.size() < kMaxArticles) {
    size_t end = data.find('\n', begin);
    if (end == std::string::npos) end = data.size();
    auto j = nlohmann::json::parse(data.begin() + begin, data.begin() + end,
                                   nullptr, false);
    begin = end + 1;
    if (j.is_discarded() || !j.contains("text")) continue;
    dyad::Article& a = out.emplace_back();
    a.id = j.value("id", "");
    a.date = j.contains("date") && j["date"].is_string()
                 ? j["date"].get<std::string>()
                 : "";
    a.text = j["text"].get<std::string>();
  }
  return !out.empty();
}

Corpus& TheCorpus() {
  static Corpus* corpus = [] {
    auto* c = new Corpus();
    const std::string path = std::string(DYAD_SHARED_DIR) +
                             "/corpora/allsides_abp/allsides_abp-part-000."
                             "jsonl.gz";
    if (!ReadArticles(path, c->articles, c->error)) return c;
    auto pipeline =
        dyad::Pipeline::Create(dyad::internal::TokensOnlyPipelineOptions());
    if (!pipeline.ok()) {
      c->error = pipeline.status().ToString();
      return c;
    }
    c->docs.resize(c->articles.size());
    for (size_t i = 0; i < c->articles.size(); ++i) {
      if (!(*pipeline)->Run(c->articles[i], c->docs[i]).ok()) continue;
      c->clean_bytes += c->docs[i].clean_text.size();
    }
    return c;
  }();
  return *corpus;
}

const dyad::ActorDictionary* TheDictionary() {
  static const dyad::ActorDictionary* dict = [] {
    auto d = dyad::ActorDictionary::LoadDirectory(std::string(DYAD_SOURCE_DIR) +
                                                  "/data/actors");
    return d.ok() ? d->release() : nullptr;
  }();
  return dict;
}

size_t MatchAll(const dyad::ActorMatcher& matcher, Corpus& corpus) {
  size_t mentions = 0;
  for (dyad::Document& doc : corpus.docs) {
    doc.mentions.clear();
    matcher.Match(doc);
    mentions += doc.mentions.size();
  }
  return mentions;
}

void BM_MatchActors(benchmark::State& state) {
  Corpus& corpus = TheCorpus();
  if (corpus.docs.empty()) {
    state.SkipWithError(("news corpus absent: " + corpus.error).c_str());
    return;
  }
  const dyad::ActorDictionary* dict = TheDictionary();
  if (dict == nullptr) {
    state.SkipWithError("data/actors could not be loaded");
    return;
  }
  dyad::ActorMatcher matcher(*dict);
  // Check before timing: deterministic, and mentions are found.
  size_t first = MatchAll(matcher, corpus);
  size_t second = MatchAll(matcher, corpus);
  size_t with_mentions = 0;
  for (const auto& doc : corpus.docs) with_mentions += !doc.mentions.empty();
  if (first != second || with_mentions * 10 < corpus.docs.size() * 8) {
    state.SkipWithError("matcher output check failed");
    return;
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(MatchAll(matcher, corpus));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.clean_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.docs.size()));
  state.counters["mentions"] = static_cast<double>(first);
}
BENCHMARK(BM_MatchActors)->Unit(benchmark::kMillisecond);

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    auto d = dyad::ActorDictionary::LoadDirectory(std::string(DYAD_SOURCE_DIR) +
                                                  "/data/actors");
    benchmark::DoNotOptimize(d.ok());
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
