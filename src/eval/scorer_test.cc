// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "eval/scorer.h"

#include <gtest/gtest.h>

namespace dyad::internal {
namespace {

EvalEvent Ev(std::string source, std::string target, std::string cameo,
             std::string plover) {
  std::string root = cameo.substr(0, 2);
  return {std::move(source), std::move(target), std::move(cameo),
          std::move(root), std::move(plover)};
}

// "Russian forces shelled Kharkiv and Ukrainian troops returned fire."
TEST(ScorerTest, MultisetMatchingWithinASentence) {
  std::vector<EvalEvent> gold = {Ev("RUSMIL", "UKR", "194", "ASSAULT"),
                                 Ev("RUSMIL", "UKR", "194", "ASSAULT"),
                                 Ev("UKRMIL", "RUSMIL", "190", "ASSAULT")};
  std::vector<EvalEvent> system = {Ev("RUS", "UKRGOV", "190", "ASSAULT")};
  PrfCounts root = MatchSentence(gold, system, KeyLevel::kRoot, nullptr);
  EXPECT_EQ(root.true_positives, 1);  // 19/RUS/UKR consumes one gold key
  EXPECT_EQ(root.false_positives, 0);
  EXPECT_EQ(root.false_negatives, 2);  // the second RUS->UKR and UKR->RUS
  PrfCounts cameo = MatchSentence(gold, system, KeyLevel::kCameo, nullptr);
  EXPECT_EQ(cameo.true_positives, 0);  // 190 is not 194
  EXPECT_EQ(cameo.false_positives, 1);
  EXPECT_EQ(cameo.false_negatives, 3);
}

TEST(ScorerTest, DuplicateSystemEventsAreFalsePositives) {
  std::vector<EvalEvent> gold = {Ev("USAGOV", "CHN", "1312", "THREATEN")};
  std::vector<EvalEvent> system = {Ev("USA", "CHNGOV", "1312", "THREATEN"),
                                   Ev("USAGOV", "CHN", "1312", "THREATEN")};
  PrfCounts c = MatchSentence(gold, system, KeyLevel::kCameo, nullptr);
  EXPECT_EQ(c.true_positives, 1);
  EXPECT_EQ(c.false_positives, 1);
  EXPECT_EQ(c.false_negatives, 0);
}

TEST(ScorerTest, DirectionMatters) {
  std::vector<EvalEvent> gold = {Ev("IND", "PAK", "111", "ACCUSE")};
  std::vector<EvalEvent> system = {Ev("PAK", "IND", "111", "ACCUSE")};
  PrfCounts c = MatchSentence(gold, system, KeyLevel::kRoot, nullptr);
  EXPECT_EQ(c.true_positives, 0);
  EXPECT_EQ(c.false_positives, 1);
  EXPECT_EQ(c.false_negatives, 1);
}

TEST(ScorerTest, OnlyDyadicEventsCountAndPrefixesAreCaseInsensitive) {
  std::vector<EvalEvent> gold = {Ev("PSEREBHMS", "", "0341", "AGREE"),
                                 Ev("igowstnat", "RUS", "111", "ACCUSE")};
  std::vector<EvalEvent> system = {Ev("IGOUNO", "RUSGOV", "111", "ACCUSE"),
                                   Ev("USA", "", "010", "")};
  PrfCounts c = MatchSentence(gold, system, KeyLevel::kRoot, nullptr);
  // IGO... matches igo... on the first three letters only.
  EXPECT_EQ(c.true_positives, 1);
  EXPECT_EQ(c.false_positives, 0);
  EXPECT_EQ(c.false_negatives, 0);
}

TEST(ScorerTest, EventsWithoutPloverTypeSkipPloverLevel) {
  std::vector<EvalEvent> gold = {};
  std::vector<EvalEvent> system = {Ev("USA", "RUS", "010", "")};
  EXPECT_EQ(
      MatchSentence(gold, system, KeyLevel::kPlover, nullptr).false_positives,
      0);
  EXPECT_EQ(
      MatchSentence(gold, system, KeyLevel::kRoot, nullptr).false_positives, 1);
}

TEST(ScorerTest, ScoreSumsOverSentencesAndCountsEmptySentences) {
  std::vector<EvalSentence> gold = {
      {"s1",
       "2019-04-11",
       "Venezuela rejected the U.S. demands.",
       {Ev("VENGOV", "USAGOV", "120", "REJECT")}},
      {"s2", "", "The toll from the earthquake rose to 1,100.", {}},
      {"s3", "", "Protests spread across the capital.", {}},
      {"s4",
       "",
       "Turkey shelled Kurdish positions.",
       {Ev("TURMIL", "SYRREB", "194", "ASSAULT")}},
  };
  std::unordered_map<std::string, std::vector<EvalEvent>> system = {
      {"s1", {Ev("VENGOV", "USAGOV", "120", "REJECT")}},
      {"s2",
       {Ev("AFG", "AFGGOV", "190", "ASSAULT"),
        Ev("AFG", "AFG", "190", "ASSAULT")}},
      {"s3", {Ev("OPP", "", "141", "PROTEST")}},  // not dyadic
      {"x9", {Ev("USA", "RUS", "040", "CONSULT")}},
  };
  EvalReport r = ScoreEvents(gold, system);
  EXPECT_EQ(r.sentences, 4);
  EXPECT_EQ(r.sentences_with_gold_events, 2);
  EXPECT_EQ(r.gold_dyadic_events, 2);
  EXPECT_EQ(r.root.true_positives, 1);
  EXPECT_EQ(r.root.false_positives, 2);
  EXPECT_EQ(r.root.false_negatives, 1);
  EXPECT_DOUBLE_EQ(r.root.Precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(r.root.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(r.root.F1(), 0.4);
  EXPECT_EQ(r.by_root["12"].true_positives, 1);
  EXPECT_EQ(r.by_root["19"].false_positives, 2);
  EXPECT_EQ(r.by_root["19"].false_negatives, 1);
  EXPECT_EQ(r.by_plover["ASSAULT"].false_positives, 2);
  EXPECT_EQ(r.empty_sentences, 2);
  EXPECT_EQ(r.empty_sentences_with_system_event, 1);
  EXPECT_EQ(r.system_events_on_empty_sentences, 2);
  EXPECT_EQ(r.system_events_elsewhere, 1);
  ASSERT_EQ(r.errors.size(), 2u);  // s2 (two false alarms), s4 (a miss)
  EXPECT_EQ(r.errors[0].id, "s2");
  EXPECT_EQ(r.errors[0].spurious,
            (std::vector<std::string>{"19|AFG|AFG", "19|AFG|AFG"}));
  EXPECT_EQ(r.errors[1].missed, std::vector<std::string>{"19|TUR|SYR"});
  EXPECT_NE(FormatReportText(r, nullptr, true).find("missed   19|TUR|SYR"),
            std::string::npos);
  std::string text = FormatReportText(r);
  EXPECT_NE(text.find("root"), std::string::npos);
  EXPECT_NE(text.find("with a dyadic system event: 1 (2 events)"),
            std::string::npos);
  std::string json = FormatReportJson(r);
  EXPECT_NE(json.find("\"by_root\""), std::string::npos);
}

TEST(ScorerTest, EmptyInputsGiveZerosNotNaN) {
  EvalReport r = ScoreEvents({}, {});
  EXPECT_EQ(r.root.F1(), 0.0);
  EXPECT_EQ(r.root.Precision(), 0.0);
  EXPECT_EQ(r.sentences, 0);
  EvalReport no_system =
      ScoreEvents({{"s1", "", "t", {Ev("USA", "IRN", "163", "SANCTION")}}}, {});
  EXPECT_EQ(no_system.root.false_negatives, 1);
  EXPECT_EQ(no_system.root.Recall(), 0.0);
  EXPECT_EQ(no_system.root.F1(), 0.0);
}

}  // namespace
}  // namespace dyad::internal
