// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The syntax stage inside dyad::Pipeline: model loading by data directory,
// and tags and trees on the tokens of a short article.
#include <gtest/gtest.h>

#include <string>

#include "dyad/pipeline.h"
#include "syntax/deprel.h"
#include "tag/tagset.h"

namespace dyad {
namespace {

std::string DataDir() { return std::string(DYAD_SOURCE_DIR) + "/data"; }

TEST(PipelineSyntaxTest, TagsAndParsesEverySentence) {
  PipelineOptions options;
  options.data_dir = DataDir();
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  EXPECT_FALSE((*pipeline)->syntax_data_version().empty());
  Article article;
  article.text =
      "The embassy was attacked by protesters on Tuesday.\n"
      "Iran did not attend the talks in Geneva.";
  Document doc;
  ASSERT_TRUE((*pipeline)->Run(article, doc).ok());
  ASSERT_GE(doc.sentences.size(), 2u);
  bool saw_passive = false, saw_negation = false;
  for (const Sentence& s : doc.sentences) {
    int roots = 0;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& token = doc.tokens[t];
      EXPECT_NE(token.upos, 0) << doc.TokenText(token);
      EXPECT_FALSE(token.lemma.empty()) << doc.TokenText(token);
      EXPECT_LT(token.head, static_cast<int>(s.token_end - s.token_begin));
      roots += token.head == -1;
      saw_passive |=
          token.deprel == static_cast<uint16_t>(internal::Deprel::kNsubjPass);
      saw_negation |= (token.feats & internal::kPolarityNeg) != 0;
    }
    EXPECT_EQ(roots, 1);
  }
  EXPECT_TRUE(saw_passive);
  EXPECT_TRUE(saw_negation);
}

// Segment + Tag + ParseSentence on every sentence is Run.
TEST(PipelineSyntaxTest, TagThenParseEqualsRun) {
  PipelineOptions options;
  options.data_dir = DataDir();
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  Article article;
  article.text =
      "Kim Jong-un met Moon Jae-in in Panmunjom.\n"
      "Russia withdrew its ambassador, the ministry said on Monday.";
  Document full, staged;
  ASSERT_TRUE((*pipeline)->Run(article, full).ok());
  ASSERT_TRUE((*pipeline)->Segment(article, staged).ok());
  (*pipeline)->Tag(staged);
  for (const Token& t : staged.tokens) EXPECT_EQ(t.head, -1);
  for (uint32_t s = 0; s < staged.sentences.size(); ++s) {
    (*pipeline)->ParseSentence(staged, s);
  }
  ASSERT_EQ(full.tokens.size(), staged.tokens.size());
  for (size_t i = 0; i < full.tokens.size(); ++i) {
    const Token& a = full.tokens[i];
    const Token& b = staged.tokens[i];
    EXPECT_EQ(a.upos, b.upos);
    EXPECT_EQ(a.xpos, b.xpos);
    EXPECT_EQ(a.lemma, b.lemma);
    EXPECT_EQ(a.head, b.head);
    EXPECT_EQ(a.deprel, b.deprel);
    EXPECT_EQ(a.feats, b.feats);
  }
}

TEST(PipelineSyntaxTest, SyntaxOffLeavesTokensUntagged) {
  PipelineOptions options;
  options.syntax = false;
  options.data_dir = "/nonexistent";  // not read when syntax is off
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok());
  Article article;
  article.text = "Rebels attacked the town.";
  Document doc;
  ASSERT_TRUE((*pipeline)->Run(article, doc).ok());
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_EQ(doc.tokens[0].upos, 0);
  EXPECT_EQ(doc.tokens[0].head, -1);
}

TEST(PipelineSyntaxTest, MissingModelIsNotFound) {
  PipelineOptions options;
  options.data_dir = "/nonexistent/dyad-data";
  auto pipeline = Pipeline::Create(options);
  ASSERT_FALSE(pipeline.ok());
  EXPECT_EQ(pipeline.status().code(), StatusCode::kNotFound);
  EXPECT_NE(pipeline.status().message().find("syntax-en-ewt.dmdl"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad
