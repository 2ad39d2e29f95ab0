// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Speed of the syntax stage: tagging + lemmas + parsing of news sentences
// (sentences/s and tokens/s on one core), and model load time.
//
// Sentences come from the first articles of the AllSides corpus in
// $DYAD_SHARED_DIR/corpora/allsides_abp/ (gzip JSON Lines, field "text"),
// segmented by the pipeline with syntax off. Without the shared directory
// the benchmarks skip with a message. The model is data/models/... of the
// source tree, or $DYAD_SYNTAX_MODEL.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "syntax/syntax_model.h"

namespace {

constexpr size_t kArticles = 400;

// $DYAD_SYNTAX_MODEL overrides the model file (for comparing experiments).
std::string ModelPath() {
  if (const char* path = std::getenv("DYAD_SYNTAX_MODEL")) return path;
  return std::string(DYAD_SOURCE_DIR) + "/data/" +
         std::string(dyad::internal::SyntaxModel::kDefaultFile);
}

// Sentences as word lists; the strings own the text.
struct Corpus {
  std::vector<std::vector<std::string>> sentences;
  size_t tokens = 0;
  std::string error;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const std::string path =
        std::string(DYAD_SHARED_DIR) +
        "/corpora/allsides_abp/allsides_abp-part-000.jsonl.gz";
    if (!std::filesystem::exists(path)) {
      c.error = "shared corpus not found (" + path + ")";
      return c;
    }
    dyad::PipelineOptions options;
    options.syntax = false;
    auto pipeline = dyad::Pipeline::Create(options);
    gzFile in = gzopen(path.c_str(), "rb");
    std::string line;
    char buffer[1 << 16];
    size_t articles = 0;
    dyad::Article article;
    dyad::Document doc;
    while (articles < kArticles && gzgets(in, buffer, sizeof(buffer))) {
      line += buffer;
      if (line.empty() || line.back() != '\n') continue;
      auto json = nlohmann::json::parse(line, nullptr, false);
      line.clear();
      if (json.is_discarded() || !json.contains("text")) continue;
      article.text = json["text"].get<std::string>();
      if (!(*pipeline)->Run(article, doc).ok()) continue;
      for (const dyad::Sentence& s : doc.sentences) {
        std::vector<std::string> words;
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
          words.emplace_back(doc.TokenText(doc.tokens[t]));
        }
        if (words.empty()) continue;
        c.tokens += words.size();
        c.sentences.push_back(std::move(words));
      }
      ++articles;
    }
    gzclose(in);
    return c;
  }();
  return corpus;
}

void BM_TagAndParse(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return;
  }
  auto model = dyad::internal::SyntaxModel::Load(ModelPath());
  if (!model.ok()) {
    state.SkipWithError(model.status().ToString().c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : corpus.sentences) {
    views.emplace_back(s.begin(), s.end());
  }
  std::vector<dyad::internal::WordAnalysis> out;
  // Check before timing: every word gets a tag and a head in range.
  for (const auto& words : views) {
    (*model)->Analyze(words, out);
    int roots = 0;
    for (const auto& w : out) {
      roots += w.head < 0;
      if (w.upos == dyad::internal::Upos::kUnset ||
          w.head >= static_cast<int>(words.size())) {
        state.SkipWithError("bad analysis");
        return;
      }
    }
    if (roots != 1) {
      state.SkipWithError("sentence without exactly one root");
      return;
    }
  }
  for (auto _ : state) {
    for (const auto& words : views) {
      (*model)->Analyze(words, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  const double iterations = static_cast<double>(state.iterations());
  state.counters["sentences/s"] = benchmark::Counter(
      iterations * corpus.sentences.size(), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(iterations * corpus.tokens,
                                                  benchmark::Counter::kIsRate);
  state.SetItemsProcessed(state.iterations() * corpus.sentences.size());
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

// The tagger alone (word hashes + tagging), to split the cost.
void BM_TagOnly(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return;
  }
  auto model = dyad::internal::SyntaxModel::Load(ModelPath());
  if (!model.ok()) {
    state.SkipWithError(model.status().ToString().c_str());
    return;
  }
  std::vector<dyad::internal::WordHashes> hashes;
  std::vector<dyad::internal::TagClass> tags;
  for (auto _ : state) {
    for (const auto& words : corpus.sentences) {
      hashes.resize(words.size());
      tags.resize(words.size());
      for (size_t i = 0; i < words.size(); ++i) {
        dyad::internal::ComputeWordHashes(words[i], i == 0, hashes[i]);
      }
      (*model)->tagger().Tag(hashes.data(), words.size(), tags.data());
      benchmark::DoNotOptimize(tags.data());
    }
  }
  const double iterations = static_cast<double>(state.iterations());
  state.counters["sentences/s"] = benchmark::Counter(
      iterations * corpus.sentences.size(), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(iterations * corpus.tokens,
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagOnly)->Unit(benchmark::kMillisecond);

void BM_ModelLoad(benchmark::State& state) {
  if (!std::filesystem::exists(ModelPath())) {
    state.SkipWithError("model file not found");
    return;
  }
  state.counters["MB"] =
      static_cast<double>(std::filesystem::file_size(ModelPath())) / 1e6;
  for (auto _ : state) {
    auto model = dyad::internal::SyntaxModel::Load(ModelPath());
    if (!model.ok()) {
      state.SkipWithError(model.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(model->get());
  }
}
BENCHMARK(BM_ModelLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
