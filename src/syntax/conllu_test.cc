// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

#include "syntax/evaluation.h"

namespace dyad::internal {
namespace {

constexpr char kSample[] =
    "# sent_id = n1\n"
    "# text = Iran won't attend.\n"
    "1\tIran\tIran\tPROPN\tNNP\tNumber=Sing\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_\n"
    "4\tattend\tattend\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter="
    "No\n"
    "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

TEST(ConlluTest, ReadsWordsKeepsRangesDropsEmptyNodes) {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  ConlluSentence s;
  StatusOr<bool> more = reader.Next(s);
  ASSERT_TRUE(more.ok() && *more);
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.words[1].form, "wo");
  EXPECT_EQ(s.words[1].head, 4);
  EXPECT_EQ(s.words[4].deprel, "punct");
  ASSERT_EQ(s.ranges.size(), 1u);
  EXPECT_EQ(s.ranges[0].first, 1u);
  EXPECT_EQ(s.comments.size(), 2u);
  StatusOr<bool> end = reader.Next(s);
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(*end);
}

TEST(ConlluTest, WritesBackWhatItRead) {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  ConlluSentence s;
  ASSERT_TRUE(*reader.Next(s));
  std::string out;
  AppendConllu(s, out);
  std::string expected(kSample);
  // The empty node is the only line not written back.
  size_t at = expected.find("4.1\t");
  expected.erase(at, expected.find('\n', at) - at + 1);
  EXPECT_EQ(out, expected);
}

TEST(ConlluTest, MalformedLineNamesFileAndLine) {
  std::istringstream in("1\tIran\tIran\n");
  ConlluReader reader(in, "bad.conllu");
  ConlluSentence s;
  StatusOr<bool> more = reader.Next(s);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(more.status().message().find("bad.conllu:1"), std::string::npos);
}

TEST(ConlluTest, ScoresCountUniversalLabelsForLas) {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  ConlluSentence gold;
  ASSERT_TRUE(*reader.Next(gold));
  ConlluSentence system = gold;
  system.words[0].deprel = "nsubj:pass";  // same universal label
  system.words[1].head = 1;               // wrong head
  system.words[2].upos = "ADV";
  StatusOr<SyntaxScores> scores = ScoreSyntax({gold}, {system});
  ASSERT_TRUE(scores.ok());
  EXPECT_EQ(scores->words, 5u);
  EXPECT_EQ(scores->uas, 4u);
  EXPECT_EQ(scores->las, 4u);
  EXPECT_EQ(scores->las_full, 3u);
  EXPECT_EQ(scores->upos, 4u);
}

}  // namespace
}  // namespace dyad::internal
