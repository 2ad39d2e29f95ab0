// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "resolve/time_expressions.h"

#include <gtest/gtest.h>

#include <string>

#include "resolve/test_documents.h"
#include "resolve/words.h"

namespace dyad::internal {
namespace {

using testing::TestDocument;
using testing::Tokenization;

struct DateCase {
  const char* sentence;
  const char* article_date;  // "" = unknown
  const char* iso;           // expected date of the first mention; "" = none
  DatePrecision precision;
  const char* text = nullptr;  // expected mention text, when checked
};

constexpr DatePrecision kDay = DatePrecision::kDay;
constexpr DatePrecision kMonth = DatePrecision::kMonth;
constexpr DatePrecision kYear = DatePrecision::kYear;
constexpr DatePrecision kNone = DatePrecision::kNone;

// 2015-12-15 was a Tuesday; 2016-01-04 a Monday; 2016 is a leap year.
const DateCase kCases[] = {
    // Weekdays: past by default, the article day included.
    {"Kerry met Lavrov in Moscow on Tuesday.", "2015-12-15", "2015-12-15", kDay,
     "on Tuesday"},
    {"The two sides met on Friday.", "2015-12-15", "2015-12-11", kDay},
    {"Talks collapsed on Wednesday, officials said.", "2015-12-15",
     "2015-12-09", kDay},
    {"Jets bombed the city on Monday night.", "2015-12-15", "2015-12-14", kDay,
     "on Monday night"},
    {"Tuesday's meeting ended without agreement.", "2015-12-15", "2015-12-15",
     kDay},
    {"One feature of today's case is new.", "2015-12-15", "2015-12-15", kDay,
     "today"},
    {"Putin's Tuesday talks with Kerry lasted three hours.", "2015-12-15",
     "2015-12-15", kDay},
    {"The ceasefire took effect at midnight on Saturday.", "2015-12-15",
     "2015-12-12", kDay},
    {"The talks that began on Monday will continue.", "2015-12-15",
     "2015-12-14", kDay},
    {"In a speech on Tuesday, Obama said the war must end.", "2015-12-15",
     "2015-12-15", kDay},
    {"The ministers met Friday and Saturday.", "2015-12-15", "2015-12-11",
     kDay},
    {"The meeting ended on Tuesday evening.", "2015-12-17", "2015-12-15", kDay},
    {"The minister met envoys on Sunday.", "2016-01-04", "2016-01-03", kDay},
    // Weekdays in future clauses.
    {"Foreign ministers will meet at the United Nations in New York on "
     "Friday.",
     "2015-12-15", "2015-12-18", kDay, "on Friday"},
    {"Officials plan to meet on Thursday.", "2015-12-15", "2015-12-17", kDay},
    {"The army said it would withdraw on Sunday.", "2015-12-15", "2015-12-20",
     kDay},
    {"The rally is scheduled for Saturday.", "2015-12-15", "2015-12-19", kDay},
    {"The envoy will arrive on Tuesday.", "2015-12-15", "2015-12-15", kDay},
    // Explicit last / next.
    {"The minister resigned last Friday.", "2015-12-15", "2015-12-11", kDay,
     "last Friday"},
    {"The envoy arrives next Monday.", "2015-12-15", "2015-12-21", kDay},
    {"The envoy returned last Tuesday.", "2015-12-15", "2015-12-08", kDay},
    // Deictic days.
    {"The rebels attacked the town yesterday.", "2015-12-15", "2015-12-14",
     kDay, "yesterday"},
    {"Police arrested 12 protesters today.", "2015-12-15", "2015-12-15", kDay},
    {"The talks resume tomorrow.", "2015-12-15", "2015-12-16", kDay},
    {"Rebels shelled the area this morning.", "2015-12-15", "2015-12-15", kDay},
    {"Several explosions were heard last night.", "2015-12-15", "2015-12-14",
     kDay, "last night"},
    {"Yesterday's attack killed five people.", "2015-12-15", "2015-12-14",
     kDay},
    // Counted offsets.
    {"Gunmen killed two soldiers two days ago.", "2015-12-15", "2015-12-13",
     kDay, "two days ago"},
    {"Two days ago, the rebels seized the airport.", "2015-12-15", "2015-12-13",
     kDay},
    {"The visit, announced three weeks ago, was cancelled.", "2015-12-15",
     "2015-11-24", kDay},
    {"The ceasefire collapsed a year ago.", "2015-12-15", "2014-12", kMonth,
     "a year ago"},
    {"Two months ago, the rebels seized the town.", "2015-12-15", "2015-10",
     kMonth},
    {"A year ago, Kerry met Lavrov.", "2016-02-29", "2015-02", kMonth},
    // Uncounted: "years ago" is at least two years back, "decades ago"
    // twenty.
    {"The militia seized the villages years ago.", "2015-12-15", "2013-12",
     kMonth, "years ago"},
    {"Agents abducted the fishermen decades ago.", "2015-12-15", "1995-12",
     kMonth, "decades ago"},
    {"The talks will resume in two weeks.", "2015-12-15", "2015-12-29", kDay},
    // Weeks, months and years relative to the article.
    {"Russian jets struck targets last week.", "2015-12-15", "2015-12", kMonth,
     "last week"},
    {"The summit will take place next week.", "2015-12-15", "2015-12", kMonth},
    {"The ministry announced earlier this month that it would act.",
     "2015-12-15", "2015-12", kMonth, "earlier this month"},
    {"Moscow will host a meeting of opposition groups next month.",
     "2015-12-15", "2016-01", kMonth, "next month"},
    {"Attacks rose sharply last month.", "2016-01-04", "2015-12", kMonth},
    {"Exports rose this year.", "2015-12-15", "2015", kYear},
    {"The economy shrank last year.", "2015-12-15", "2014", kYear},
    {"The US will hold talks with Iran next year.", "2015-12-15", "2016",
     kYear},
    {"Last week the army withdrew.", "2016-01-04", "2015-12", kMonth},
    // Months without a year.
    {"The two men first discussed it when they met in the Black Sea resort "
     "of Sochi in May.",
     "2015-12-15", "2015-05", kMonth, "in May"},
    {"Protesters gathered in late September.", "2015-12-15", "2015-09", kMonth,
     "in late September"},
    {"Fighting erupted in mid-November.", "2015-12-15", "2015-11", kMonth},
    {"Elections will be held in March.", "2015-12-15", "2016-03", kMonth},
    {"The accord was signed in March.", "2015-12-15", "2015-03", kMonth},
    {"Talks are planned in January.", "2015-12-15", "2016-01", kMonth},
    {"The talks have been held in May.", "2015-12-15", "2015-05", kMonth},
    {"The summit was held in January.", "2015-12-15", "2015-01", kMonth},
    {"The group met in December.", "2016-01-04", "2015-12", kMonth},
    {"The talks collapsed last May.", "2015-12-15", "2015-05", kMonth},
    // Month and day without a year.
    {"The agreement was signed on December 15.", "2015-12-15", "2015-12-15",
     kDay, "on December 15"},
    {"The government said on March 3 that it would negotiate.", "2015-12-15",
     "2015-03-03", kDay},
    {"The court will rule on January 12.", "2015-12-15", "2016-01-12", kDay},
    {"The court ruled on January 12.", "2015-12-15", "2015-01-12", kDay},
    {"The attack happened on Aug. 4.", "2015-12-15", "2015-08-04", kDay},
    {"On Sept. 3rd the army entered the city.", "2015-12-15", "2015-09-03",
     kDay},
    {"The law takes effect on January 1.", "2015-12-15", "2016-01-01", kDay},
    {"The vote took place on Dec. 28.", "2016-01-04", "2015-12-28", kDay},
    {"The storm hit on Feb. 29.", "2016-03-01", "2016-02-29", kDay},
    {"The treaty was signed on 15 December.", "2015-12-20", "2015-12-15", kDay},
    // Absolute dates.
    {"Kerry speaks with Lavrov at the Kremlin in Moscow Tuesday Dec. 15 2015.",
     "2015-12-15", "2015-12-15", kDay, "Tuesday Dec. 15 2015"},
    {"The vote took place on Dec. 15, 2015.", "2015-12-15", "2015-12-15", kDay},
    {"The treaty was signed on 15 December 2015.", "2015-12-15", "2015-12-15",
     kDay},
    {"The report was published 2015-12-15 by the ministry.", "2016-02-01",
     "2015-12-15", kDay, "2015-12-15"},
    {"The president spoke in Sochi in May 2014.", "2015-12-15", "2014-05",
     kMonth},
    {"The elections of November 2014 were disputed.", "2015-12-15", "2014-11",
     kMonth},
    {"The group was founded in 2014.", "2015-12-15", "2014", kYear, "in 2014"},
    {"The deal was struck in early 2014.", "2015-12-15", "2014", kYear},
    {"Inflation has fallen since 2011.", "2015-12-15", "2011", kYear},
    {"Talks resumed on Tuesday, Dec. 8, after a pause.", "2015-12-15",
     "2015-12-08", kDay},
    // No article date: relative expressions stay unresolved.
    {"Kerry met Lavrov on Tuesday.", "", "", kNone, "on Tuesday"},
    {"The rebels attacked the town yesterday.", "", "", kNone},
    {"Moscow will host a meeting next month.", "", "", kNone},
    {"The treaty was signed on 15 December 2015.", "", "2015-12-15", kDay},
    {"The president spoke in Sochi in May 2014.", "", "2014-05", kMonth},
    {"The group was founded in 2014.", "", "2014", kYear},
};

// Sentences with no temporal expression at all.
const char* const kNoTimes[] = {
    "Theresa May met Angela Merkel.",
    "May I ask a question?",
    "The 2014 election was disputed.",
    "Protesters march through Paris.",
    "The army killed 15 militants.",
    "Rebels said they may attack soon.",
    "The ministry has 2015 employees.",
    "Rawlings told USA TODAY that the odds were bad.",
};

class DateTableTest : public ::testing::TestWithParam<Tokenization> {};

TEST_P(DateTableTest, ResolvesEveryCase) {
  int checked = 0;
  for (const DateCase& c : kCases) {
    SCOPED_TRACE(std::string(c.sentence) + " @ " + c.article_date);
    TestDocument t(c.sentence, c.article_date, GetParam());
    std::vector<TimeMention> times = FindTimes(t.doc(), 0);
    ASSERT_FALSE(times.empty());
    EXPECT_EQ(times[0].date.iso, c.iso);
    EXPECT_EQ(times[0].date.precision, c.precision);
    if (c.text != nullptr) {
      EXPECT_EQ(times[0].date.text, c.text);
    }
    ++checked;
  }
  EXPECT_GE(checked, 60);
}

TEST_P(DateTableTest, FindsNothingWhereThereIsNoDate) {
  for (const char* sentence : kNoTimes) {
    SCOPED_TRACE(sentence);
    TestDocument t(sentence, "2015-12-15", GetParam());
    std::vector<TimeMention> times = FindTimes(t.doc(), 0);
    EXPECT_TRUE(times.empty()) << times[0].date.text;
  }
}

INSTANTIATE_TEST_SUITE_P(BothTokenizations, DateTableTest,
                         ::testing::Values(Tokenization::kUd,
                                           Tokenization::kWhitespace));

TEST(FindTimesTest, FindsSeveralMentionsInOrder) {
  TestDocument t(
      "Kerry, who arrived on Monday, met Putin on Tuesday and will return "
      "next month.",
      "2015-12-15");
  std::vector<TimeMention> times = FindTimes(t.doc(), 0);
  ASSERT_EQ(times.size(), 3u);
  EXPECT_EQ(times[0].date.iso, "2015-12-14");
  EXPECT_EQ(times[1].date.iso, "2015-12-15");
  EXPECT_EQ(times[2].date.iso, "2016-01");
  EXPECT_LT(times[0].token_end, times[1].token_begin);
}

TEST(FindTimesTest, SpansPointIntoTheCleanText) {
  TestDocument t("Clashes broke out in late September.", "2015-12-15");
  std::vector<TimeMention> times = FindTimes(t.doc(), 0);
  ASSERT_EQ(times.size(), 1u);
  const std::string_view clean(t.doc().clean_text);
  EXPECT_EQ(clean.substr(times[0].clean.begin, times[0].clean.size()),
            "in late September");
}

TEST(FindTimesTest, OutOfRangeSentenceGivesNothing) {
  TestDocument t("Kerry met Lavrov on Tuesday.", "2015-12-15");
  EXPECT_TRUE(FindTimes(t.doc(), 7).empty());
}

TEST(ParseIsoDateTest, AcceptsValidDatesOnly) {
  EXPECT_EQ(ParseIsoDate("2015-12-15"), (CivilDate{2015, 12, 15}));
  EXPECT_EQ(ParseIsoDate("2016-02-29"), (CivilDate{2016, 2, 29}));
  EXPECT_FALSE(ParseIsoDate("2015-02-29"));
  EXPECT_FALSE(ParseIsoDate("2015-13-01"));
  EXPECT_FALSE(ParseIsoDate("2015-12-1"));
  EXPECT_FALSE(ParseIsoDate(""));
  EXPECT_FALSE(ParseIsoDate("15-12-2015"));
}

TEST(ResolveTimeTest, WeekdayOnTheArticleDayIsTheArticleDay) {
  TimeExpression friday;
  friday.kind = TimeExpression::Kind::kWeekday;
  friday.weekday = 4;
  const CivilDate a_friday{2015, 12, 18};
  EXPECT_EQ(ResolveTime(friday, a_friday, Tense::kPast).iso, "2015-12-18");
  EXPECT_EQ(ResolveTime(friday, a_friday, Tense::kFuture).iso, "2015-12-18");
  friday.explicit_direction = true;
  friday.offset = 1;  // "next Friday"
  EXPECT_EQ(ResolveTime(friday, a_friday, Tense::kUnknown).iso, "2015-12-25");
  friday.offset = -1;  // "last Friday"
  EXPECT_EQ(ResolveTime(friday, a_friday, Tense::kUnknown).iso, "2015-12-11");
}

TEST(ResolveTimeTest, CrossesYearBoundaries) {
  TimeExpression december;
  december.kind = TimeExpression::Kind::kMonthDay;
  december.month = 12;
  const CivilDate january{2016, 1, 4};
  EXPECT_EQ(ResolveTime(december, january, Tense::kPast).iso, "2015-12");
  EXPECT_EQ(ResolveTime(december, january, Tense::kFuture).iso, "2016-12");
  EXPECT_EQ(ResolveTime(december, january, Tense::kUnknown).iso, "2015-12");

  TimeExpression months_ago;
  months_ago.kind = TimeExpression::Kind::kMonthsAgo;
  months_ago.offset = -2;
  EXPECT_EQ(ResolveTime(months_ago, january, Tense::kPast).iso, "2015-11");
}

TEST(ResolveTimeTest, UnknownArticleDateKeepsOnlyAbsoluteDates) {
  TimeExpression yesterday;
  yesterday.kind = TimeExpression::Kind::kDayOffset;
  yesterday.offset = -1;
  EventDate d = ResolveTime(yesterday, std::nullopt, Tense::kPast);
  EXPECT_TRUE(d.iso.empty());
  EXPECT_EQ(d.precision, DatePrecision::kNone);

  TimeExpression year;
  year.kind = TimeExpression::Kind::kAbsolute;
  year.year = 2014;
  EXPECT_EQ(ResolveTime(year, std::nullopt, Tense::kPast).iso, "2014");
}

TEST(ClauseTenseTest, TagsDecideWhenPresent) {
  TestDocument t("The army said it would withdraw on Sunday.", "2015-12-15");
  Document& doc = t.doc();
  const uint32_t said = t.FindToken(0, "said");
  const uint32_t would = t.FindToken(0, "would");
  const uint32_t withdraw = t.FindToken(0, "withdraw");
  doc.tokens[said].xpos = tag_ids::kXposVBD;
  doc.tokens[would].xpos = tag_ids::kXposMD;
  doc.tokens[would].lemma = "would";
  doc.tokens[withdraw].xpos = 27;  // VB
  EXPECT_EQ(ClauseTense(doc, 0, said), Tense::kPast);
  EXPECT_EQ(ClauseTense(doc, 0, withdraw), Tense::kFuture);
  std::vector<TimeMention> times = FindTimes(doc, 0);
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].date.iso, "2015-12-20");
}

TEST(ClauseTenseTest, AuxiliaryBeforeThePredicateDecides) {
  TestDocument t("Lavrov said Moscow will host a meeting.", "2015-12-15");
  const uint32_t said = t.FindToken(0, "said");
  const uint32_t host = t.FindToken(0, "host");
  EXPECT_EQ(ClauseTense(t.doc(), 0, said), Tense::kPast);
  EXPECT_EQ(ClauseTense(t.doc(), 0, host), Tense::kFuture);
}

}  // namespace
}  // namespace dyad::internal
