// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor coverage on the gold dev set (shared/gold/dev.jsonl): each non-null
// source_text / target_text with its code is a gold actor span. A span is
// found when the mention overlapping it most has the right code (and, for
// the second figure, the right country: the first three letters). Prints
// both figures and the misses (for error analysis); asserts a conservative
// floor. Skips when shared/ is absent.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "dict/actors.h"
#include "dict/internal/actor_pipeline.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

TEST(GoldActorsTest, CoverageOnDevSet) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/gold/dev.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << path << " not found; skipping the gold figure";
  auto dict = ActorDictionary::LoadDirectory(std::string(DYAD_SOURCE_DIR) +
                                             "/data/actors");
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  auto pipeline = Pipeline::Create(internal::TokensOnlyPipelineOptions());
  ASSERT_TRUE(pipeline.ok());
  ActorMatcher matcher(**dict);
  const bool verbose = std::getenv("DYAD_GOLD_VERBOSE") != nullptr;

  int spans = 0, right_code = 0, right_country = 0;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    Article article;
    article.id = j["sid"].get<std::string>();
    article.text = j["text"].get<std::string>();
    if (j["date"].is_string()) article.date = j["date"].get<std::string>();
    Document doc;
    ASSERT_TRUE((*pipeline)->Run(article, doc).ok());
    matcher.Match(doc);
    for (const auto& ev : j["events"]) {
      for (const char* side : {"source", "target"}) {
        std::string text_key = std::string(side) + "_text";
        if (!ev[text_key].is_string() || !ev[side].is_string()) continue;
        std::string gold_text = ev[text_key].get<std::string>();
        std::string gold_code = ev[side].get<std::string>();
        size_t at = article.text.find(gold_text);
        if (at == std::string::npos) continue;
        ++spans;
        uint32_t b = static_cast<uint32_t>(at);
        uint32_t e = static_cast<uint32_t>(at + gold_text.size());
        const Mention* best = nullptr;
        uint32_t best_overlap = 0;
        for (const Mention& m : doc.mentions) {
          if (m.code.empty()) continue;
          uint32_t lo = std::max(b, m.orig.begin);
          uint32_t hi = std::min(e, m.orig.end);
          if (hi > lo && hi - lo > best_overlap) {
            best_overlap = hi - lo;
            best = &m;
          }
        }
        bool code_ok = best != nullptr && best->code == gold_code;
        bool country_ok = best != nullptr && best->code.size() >= 3 &&
                          gold_code.substr(0, 3) == best->code.substr(0, 3);
        right_code += code_ok;
        right_country += country_ok;
        if (verbose && !code_ok) {
          std::cout << (country_ok ? "  ~ " : "  x ") << article.id << " ["
                    << gold_code << "] \"" << gold_text << "\" -> "
                    << (best ? best->code + " \"" +
                                   article.text.substr(best->orig.begin,
                                                       best->orig.size()) +
                                   "\""
                             : std::string("(none)"))
                    << "\n";
        }
      }
    }
  }
  ASSERT_GT(spans, 0);
  double code_share = 100.0 * right_code / spans;
  double country_share = 100.0 * right_country / spans;
  std::cout << "gold actor spans: " << spans << "; right code: " << right_code
            << " (" << code_share << "%); right country: " << right_country
            << " (" << country_share << "%)\n";
  RecordProperty("right_code_percent", std::to_string(code_share));
  RecordProperty("right_country_percent", std::to_string(country_share));
  EXPECT_GE(country_share, 85.0);
  EXPECT_GE(code_share, 78.0);
}

}  // namespace
}  // namespace dyad
