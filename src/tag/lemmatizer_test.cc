// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "tag/lemmatizer.h"

#include <gtest/gtest.h>

namespace dyad::internal {
namespace {

Lemmatizer TrainSmall() {
  std::vector<LemmaExample> examples = {
      {"said", Xpos::kVBD, "say"},
      {"met", Xpos::kVBD, "meet"},
      {"attacked", Xpos::kVBD, "attack"},
      {"attacked", Xpos::kVBN, "attack"},
      {"killed", Xpos::kVBD, "kill"},
      {"killed", Xpos::kVBN, "kill"},
      {"urged", Xpos::kVBD, "urge"},
      {"signed", Xpos::kVBD, "sign"},
      {"talks", Xpos::kNNS, "talk"},
      {"sanctions", Xpos::kNNS, "sanction"},
      {"forces", Xpos::kNNS, "force"},
      {"allies", Xpos::kNNS, "ally"},
      {"militias", Xpos::kNNS, "militia"},
      {"countries", Xpos::kNNS, "country"},
      {"parties", Xpos::kNNS, "party"},
      {"Russia", Xpos::kNNP, "Russia"},
      {"was", Xpos::kVBD, "be"},
      {"children", Xpos::kNNS, "child"},
      {"visits", Xpos::kVBZ, "visit"},
      {"meets", Xpos::kVBZ, "meet"},
  };
  return Lemmatizer::Train(examples);
}

std::string Lemma(const Lemmatizer& l, std::string_view form, Xpos xpos) {
  std::string out;
  l.Lemmatize(form, xpos, out);
  return out;
}

TEST(LemmatizerTest, KnownWordsComeFromTheLexicon) {
  Lemmatizer l = TrainSmall();
  EXPECT_EQ(Lemma(l, "said", Xpos::kVBD), "say");
  EXPECT_EQ(Lemma(l, "met", Xpos::kVBD), "meet");
  EXPECT_EQ(Lemma(l, "children", Xpos::kNNS), "child");
  EXPECT_EQ(Lemma(l, "was", Xpos::kVBD), "be");
  // Sentence-initial capital falls back to the lowercased entry.
  EXPECT_EQ(Lemma(l, "Talks", Xpos::kNNS), "talk");
}

TEST(LemmatizerTest, UnknownWordsUseLearnedSuffixRules) {
  Lemmatizer l = TrainSmall();
  EXPECT_EQ(Lemma(l, "bombed", Xpos::kVBD), "bomb");
  EXPECT_EQ(Lemma(l, "enemies", Xpos::kNNS), "enemy");
  EXPECT_EQ(Lemma(l, "rebels", Xpos::kNNS), "rebel");
  EXPECT_EQ(Lemma(l, "condemns", Xpos::kVBZ), "condemn");
}

TEST(LemmatizerTest, ProperNounsKeepTheirCase) {
  Lemmatizer l = TrainSmall();
  EXPECT_EQ(Lemma(l, "Lavrov", Xpos::kNNP), "Lavrov");
  EXPECT_EQ(Lemma(l, "Russia", Xpos::kNNP), "Russia");
}

TEST(LemmatizerTest, SurvivesSerialization) {
  Lemmatizer l = TrainSmall();
  ByteWriter w;
  l.Serialize(w);
  Lemmatizer loaded;
  ByteReader r(w.bytes(), "LEMMAS");
  ASSERT_TRUE(loaded.Deserialize(r).ok());
  EXPECT_EQ(Lemma(loaded, "enemies", Xpos::kNNS), "enemy");
  EXPECT_EQ(Lemma(loaded, "said", Xpos::kVBD), "say");
  EXPECT_EQ(Lemma(loaded, "", Xpos::kNN), "");
}

}  // namespace
}  // namespace dyad::internal
