// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "resolve/words.h"

#include <gtest/gtest.h>

#include "resolve/test_documents.h"

namespace dyad::internal {
namespace {

using testing::TestDocument;
using testing::Tokenization;

class WordsTest : public ::testing::TestWithParam<Tokenization> {};

// Both tokenization styles give the same words and flags.
TEST_P(WordsTest, PunctuationBecomesFlags) {
  TestDocument t(
      "Kerry met Lavrov on Tuesday, Dec. 15, in Turkey's capital (Ankara). "
      "The U.S. said so.",
      "2015-12-15", GetParam());
  std::vector<Word> words = SentenceWords(t.doc(), t.doc().sentences[0]);
  std::vector<std::string> lower;
  for (const Word& w : words) lower.push_back(w.lower);
  EXPECT_EQ(lower,
            (std::vector<std::string>{"kerry", "met", "lavrov", "on", "tuesday",
                                      "dec", "15", "in", "turkey", "capital",
                                      "ankara", "the", "u.s", "said", "so"}));
  EXPECT_TRUE(words[4].comma_after);  // Tuesday,
  EXPECT_TRUE(words[5].had_period);   // Dec.
  EXPECT_FALSE(words[5].stop_after);  // an abbreviation, not a full stop
  EXPECT_TRUE(words[6].comma_after);  // 15,
  EXPECT_TRUE(words[8].possessive);   // Turkey's
  EXPECT_TRUE(words[9].open_paren_after);
  EXPECT_TRUE(words[10].stop_after);  // Ankara).
  EXPECT_TRUE(words[12].had_period);  // U.S.
  EXPECT_FALSE(words[12].stop_after);
  EXPECT_TRUE(words[4].capitalized);
  EXPECT_EQ(words[6].number, 15);
  // Inner spans exclude the punctuation.
  const std::string_view clean(t.doc().clean_text);
  EXPECT_EQ(clean.substr(words[4].inner.begin, words[4].inner.size()),
            "Tuesday");
  EXPECT_EQ(clean.substr(words[8].inner.begin, words[8].inner.size()),
            "Turkey");
}

TEST_P(WordsTest, DatelineFlags) {
  TestDocument t("MOSCOW (Reuters) - Kerry met Lavrov.", "", GetParam());
  std::vector<Word> words = SentenceWords(t.doc(), t.doc().sentences[0]);
  ASSERT_GE(words.size(), 3u);
  EXPECT_TRUE(words[0].all_caps);
  EXPECT_TRUE(words[0].open_paren_after);
  EXPECT_EQ(words[1].lower, "reuters");
  EXPECT_TRUE(words[1].dash_after);
}

TEST_P(WordsTest, SplitIsoDateIsOneWord) {
  TestDocument t("Published 2015-12-15 by the ministry.", "", GetParam());
  std::vector<Word> words = SentenceWords(t.doc(), t.doc().sentences[0]);
  ASSERT_GE(words.size(), 2u);
  EXPECT_EQ(words[1].lower, "2015-12-15");
}

INSTANTIATE_TEST_SUITE_P(BothTokenizations, WordsTest,
                         ::testing::Values(Tokenization::kUd,
                                           Tokenization::kWhitespace));

TEST(WordsTest, AbbreviationsAndNumbers) {
  EXPECT_TRUE(IsAbbreviation("dec"));
  EXPECT_TRUE(IsAbbreviation("u.s"));
  EXPECT_TRUE(IsAbbreviation("j"));
  EXPECT_FALSE(IsAbbreviation("may"));
  EXPECT_FALSE(IsAbbreviation("syria"));
  TestDocument t("He came two days ago on the 3rd.", "");
  std::vector<Word> words = SentenceWords(t.doc(), t.doc().sentences[0]);
  EXPECT_EQ(words[2].number, 2);  // two
  EXPECT_EQ(words[7].number, 3);  // 3rd
}

}  // namespace
}  // namespace dyad::internal
