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

// Unseen regular verbs: a base the lexicon knows as a verb wins over a
// suffix rule ("-lamed" -> strip "ed", learned from "claimed", would make
// "blamed" "blam").
TEST(LemmatizerTest, UnseenRegularVerbTakesAKnownBase) {
  std::vector<LemmaExample> examples = {
      {"claimed", Xpos::kVBD, "claim"}, {"exclaimed", Xpos::kVBD, "exclaim"},
      {"blame", Xpos::kVB, "blame"},    {"drop", Xpos::kVB, "drop"},
      {"carry", Xpos::kVBP, "carry"},   {"aid", Xpos::kVB, "aid"},
      {"aide", Xpos::kNN, "aide"}};
  Lemmatizer l = Lemmatizer::Train(examples);
  EXPECT_EQ(Lemma(l, "blamed", Xpos::kVBD), "blame");
  EXPECT_EQ(Lemma(l, "dropped", Xpos::kVBN), "drop");
  EXPECT_EQ(Lemma(l, "carried", Xpos::kVBD), "carry");
  EXPECT_EQ(Lemma(l, "aided", Xpos::kVBD), "aid");
  EXPECT_EQ(Lemma(l, "blaming", Xpos::kVBG), "blame");
  EXPECT_EQ(Lemma(l, "blames", Xpos::kVBZ), "blame");
  // Still the suffix rule for verbs it does not know.
  EXPECT_EQ(Lemma(l, "reclaimed", Xpos::kVBD), "reclaim");
}

TEST(LemmatizerTest, RegularVerbBases) {
  std::vector<std::string> out;
  Lemmatizer::RegularVerbBases("planned", Xpos::kVBD, out);
  EXPECT_EQ(out, (std::vector<std::string>{"plann", "planne", "plan"}));
  Lemmatizer::RegularVerbBases("carried", Xpos::kVBN, out);
  EXPECT_EQ(out.front(), "carry");
  Lemmatizer::RegularVerbBases("dying", Xpos::kVBG, out);
  EXPECT_EQ(out.front(), "die");
  Lemmatizer::RegularVerbBases("discusses", Xpos::kVBZ, out);
  EXPECT_EQ(out.front(), "discuss");
  Lemmatizer::RegularVerbBases("boycott", Xpos::kNN, out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace dyad::internal
