// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Segmentation scored against Universal Dependencies gold files (EWT dev and
// test, PUD test) from DYAD_SHARED_DIR/treebanks: CoNLL 2018 style Tokens,
// Words and Sentences F1. The figures are printed; the asserted floors are
// well below the measured ones (docs/segmentation.md) so that the test
// catches a broken segmenter, not a small trade-off.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "text/internal/splitter_eval.h"

namespace dyad::internal {
namespace {

struct Floors {
  double tokens;
  double words;
  double sentences;
};

void Score(const std::string& relative_path, const Floors& floors) {
  const std::string path =
      std::string(DYAD_SHARED_DIR) + "/treebanks/" + relative_path;
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "UD treebank not found: " << path;
  }
  auto gold = ReadConllu(path);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_GT(gold->sentences.size(), 100u);
  EXPECT_EQ(gold->unaligned, 0u) << "gold tokens not found in # text";
  SegmentationScores s = EvaluateSegmentation(*gold, nullptr, 0);
  std::printf(
      "%s: tokens F1 %.2f%%, words F1 %.2f%%, sentences F1 %.2f%%, "
      "inner sentence boundaries F1 %.2f%% (P %.2f%%, R %.2f%%)\n",
      relative_path.c_str(), 100 * s.tokens.F1(), 100 * s.words.F1(),
      100 * s.sentences.F1(), 100 * s.boundaries.F1(),
      100 * s.boundaries.Precision(), 100 * s.boundaries.Recall());
  EXPECT_GE(s.tokens.F1(), floors.tokens);
  EXPECT_GE(s.words.F1(), floors.words);
  EXPECT_GE(s.sentences.F1(), floors.sentences);
}

TEST(UdSegmentation, EwtDev) {
  Score("en_ewt/en_ewt-ud-dev.conllu", {0.98, 0.98, 0.82});
}

TEST(UdSegmentation, EwtTest) {
  Score("en_ewt/en_ewt-ud-test.conllu", {0.98, 0.98, 0.82});
}

TEST(UdSegmentation, PudTest) {
  Score("en_pud/en_pud-ud-test.conllu", {0.99, 0.995, 0.98});
}

}  // namespace
}  // namespace dyad::internal
