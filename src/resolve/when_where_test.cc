// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "resolve/when_where.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "dyad/pipeline.h"
#include "resolve/gazetteer.h"
#include "resolve/test_documents.h"
#include "resolve/words.h"

namespace dyad::internal {
namespace {

using testing::TestDocument;
using testing::Tokenization;

const Gazetteer& Bundled() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::LoadFile(std::string(DYAD_SOURCE_DIR) +
                                      "/data/gazetteer/places.tsv");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return loaded->release();
  }();
  return *g;
}

// An event of sentence `sentence` whose predicate is document token
// `verb` (kNoVerb: none), with the given codes.
constexpr uint32_t kNoVerb = UINT32_MAX;

Event MakeEvent(const Document& doc, uint32_t sentence, uint32_t verb,
                std::string source = "USAGOV", std::string target = "RUSGOV",
                std::string cameo = "043") {
  Event e;
  e.article_id = "test";
  e.sentence = sentence;
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  e.cameo = std::move(cameo);
  if (verb != kNoVerb) {
    e.evidence.verb_span = doc.tokens[verb].orig;
    e.evidence.verb = std::string(doc.TokenText(doc.tokens[verb]));
  }
  e.evidence.sentence = std::string(doc.SentenceText(doc.sentences[sentence]));
  return e;
}

// Finds the sentence holding `phrase` and the token of `verb` inside the
// phrase; works whatever the segmentation.
struct Anchor {
  uint32_t sentence = UINT32_MAX;
  uint32_t verb = kNoVerb;
};

Anchor Locate(const Document& doc, std::string_view phrase,
              std::string_view verb) {
  const size_t at = doc.clean_text.find(phrase);
  EXPECT_NE(at, std::string::npos) << phrase;
  Anchor a;
  if (at == std::string::npos) return a;
  const size_t verb_at = at + phrase.find(verb);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (sentence.clean.begin <= verb_at && verb_at < sentence.clean.end) {
      a.sentence = s;
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        if (doc.tokens[t].clean.begin == verb_at) a.verb = t;
      }
    }
  }
  EXPECT_NE(a.verb, kNoVerb) << verb << " in " << phrase;
  return a;
}

struct Showcase {
  const char* phrase;
  const char* verb;
  const char* iso;
  DatePrecision precision;
  const char* place;
  const char* country;
  double lat;
  double lon;
};

// The showcase: examples/kerry_lavrov_moscow.jsonl, dated Tuesday
// 2015-12-15.
const Showcase kShowcase[] = {
    {"Kerry met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday",
     "met", "2015-12-15", DatePrecision::kDay, "Moscow", "RUS", 55.75, 37.62},
    {"Kerry, left, speaks with Lavrov during a meeting at the Kremlin",
     "speaks", "2015-12-15", DatePrecision::kDay, "Moscow", "RUS", 55.75,
     37.62},
    {"Kerry later met Russian President Vladimir Putin at the Kremlin", "met",
     "2015-12-15", DatePrecision::kDay, "Moscow", "RUS", 55.75, 37.62},
    {"when they met in the Black Sea resort of Sochi in May", "met", "2015-05",
     DatePrecision::kMonth, "Sochi", "RUS", 43.60, 39.73},
    {"Lavrov said Moscow would host a meeting", "host", "2016-01",
     DatePrecision::kMonth, "Moscow", "RUS", 55.75, 37.62},
    {"accused Russia of bombing Turkmen villages in northern Syria", "accused",
     "2015-12-15", DatePrecision::kDay, "Syria", "SYR", 35.0, 37.5},
    {"Russian warplanes struck targets near Aleppo on Monday", "struck",
     "2015-12-14", DatePrecision::kDay, "Aleppo", "SYR", 36.20, 37.16},
    {"will meet at the United Nations in New York on Friday", "meet",
     "2015-12-18", DatePrecision::kDay, "New York", "USA", 40.71, -74.01},
};

void CheckShowcase(const Document& doc) {
  std::vector<Event> events;
  for (const Showcase& c : kShowcase) {
    Anchor a = Locate(doc, c.phrase, c.verb);
    ASSERT_NE(a.verb, kNoVerb);
    events.push_back(MakeEvent(doc, a.sentence, a.verb));
  }
  AssignWhenWhere(doc, Bundled(), events);
  for (size_t i = 0; i < events.size(); ++i) {
    const Showcase& c = kShowcase[i];
    SCOPED_TRACE(c.phrase);
    EXPECT_EQ(events[i].date.iso, c.iso);
    EXPECT_EQ(events[i].date.precision, c.precision);
    EXPECT_EQ(events[i].place.name, c.place);
    EXPECT_EQ(events[i].place.country, c.country);
    // Country points are settlement centroids: looser.
    const double tolerance = events[i].place.kind == "country" ? 3.0 : 0.05;
    EXPECT_NEAR(events[i].place.lat, c.lat, tolerance);
    EXPECT_NEAR(events[i].place.lon, c.lon, tolerance);
  }
}

struct ExampleArticle {
  std::string text;
  std::string date;
};

ExampleArticle ReadExample() {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) +
                   "/examples/kerry_lavrov_moscow.jsonl");
  std::string line;
  std::getline(in, line);
  nlohmann::json j = nlohmann::json::parse(line);
  return {j.at("text").get<std::string>(), j.at("date").get<std::string>()};
}

class ShowcaseTest : public ::testing::TestWithParam<Tokenization> {};

TEST_P(ShowcaseTest, EachEventGetsItsDateAndPlace) {
  ExampleArticle example = ReadExample();
  ASSERT_EQ(example.date, "2015-12-15");
  TestDocument t(example.text, example.date, GetParam());
  CheckShowcase(t.doc());
}

INSTANTIATE_TEST_SUITE_P(BothTokenizations, ShowcaseTest,
                         ::testing::Values(Tokenization::kUd,
                                           Tokenization::kWhitespace));

// The same through the real pipeline (segmenter, and tagger/parser when
// their model is present).
TEST(ShowcasePipelineTest, EachEventGetsItsDateAndPlace) {
  auto pipeline = Pipeline::Create({});
  if (!pipeline.ok()) {
    GTEST_SKIP() << "pipeline unavailable: " << pipeline.status().ToString();
  }
  ExampleArticle example = ReadExample();
  Article article;
  article.id = "example";
  article.date = example.date;
  article.text = example.text;
  Document doc;
  ASSERT_TRUE((*pipeline)->Run(article, doc).ok());
  CheckShowcase(doc);
}

TEST(AssignWhenWhereTest, DatelineIsTheFallbackPlace) {
  TestDocument t(
      "KABUL (Reuters) - Taliban fighters attacked a checkpoint.\nThe "
      "ministry condemned the attack.",
      "2015-12-15");
  Anchor a = Locate(t.doc(), "ministry condemned", "condemned");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].place.name, "Kabul");
  EXPECT_EQ(events[0].place.kind, "city");
}

TEST(AssignWhenWhereTest, MainPlaceWhenNoDateline) {
  TestDocument t(
      "Clashes erupted in Kabul on Monday.\nMore protests took place in Kabul "
      "on Tuesday.\nThe government condemned the violence.",
      "2015-12-15");
  Anchor a = Locate(t.doc(), "government condemned", "condemned");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].place.name, "Kabul");
  EXPECT_EQ(events[0].date.iso, "2015-12-15");  // the article date
}

TEST(AssignWhenWhereTest, UnknownStaysUnknown) {
  TestDocument t("The government condemned the violence.", "");
  Anchor a = Locate(t.doc(), "condemned", "condemned");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_TRUE(events[0].date.iso.empty());
  EXPECT_EQ(events[0].date.precision, DatePrecision::kNone);
  EXPECT_FALSE(events[0].place.known());
}

TEST(AssignWhenWhereTest, ArticleDateFallbackCanBeTurnedOff) {
  TestDocument t("The government condemned the violence.", "2015-12-15");
  Anchor a = Locate(t.doc(), "condemned", "condemned");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  WhenWhereOptions options;
  options.article_date_fallback = false;
  AssignWhenWhere(t.doc(), Bundled(), events, options);
  EXPECT_TRUE(events[0].date.iso.empty());
}

TEST(AssignWhenWhereTest, WithoutVerbSpanTheFirstMentionsCount) {
  TestDocument t("Rebels attacked Aleppo on Monday and Homs on Tuesday.",
                 "2015-12-15");
  std::vector<Event> events = {MakeEvent(t.doc(), 0, kNoVerb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2015-12-14");
  EXPECT_EQ(events[0].place.name, "Aleppo");
}

TEST(AssignWhenWhereTest, PredicateTenseResolvesTheDate) {
  // "met" and "will meet" share the sentence's "on Friday"-style words; the
  // predicate's own auxiliary decides.
  TestDocument t("Kerry said Lavrov will visit Washington in March.",
                 "2015-12-15");
  Anchor a = Locate(t.doc(), "will visit", "visit");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2016-03");
  EXPECT_EQ(events[0].place.name, "Washington D.C.");
}

TEST(AssignWhenWhereTest, PastPredicateTakesNoFutureDate) {
  TestDocument t(
      "Lavrov said Moscow would host a meeting next month and urged Saudi "
      "Arabia to support the talks.",
      "2015-12-15");
  Anchor host = Locate(t.doc(), "would host", "host");
  Anchor urged = Locate(t.doc(), "and urged", "urged");
  std::vector<Event> events = {MakeEvent(t.doc(), host.sentence, host.verb),
                               MakeEvent(t.doc(), urged.sentence, urged.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2016-01");
  EXPECT_EQ(events[1].date.iso, "2015-12-15");  // the article date
}

TEST(AssignWhenWhereTest, ParseKeepsMentionsOfOtherClausesOut) {
  TestDocument t("On Monday , Kerry , who arrived on Sunday , met Putin .",
                 "2015-12-15");
  Document& doc = t.doc();
  const Sentence& s = doc.sentences[0];
  auto index = [&](std::string_view text, uint32_t nth = 0) {
    return t.FindToken(0, text, nth) - s.token_begin;
  };
  auto set_head = [&](std::string_view text, std::string_view head,
                      uint32_t nth = 0) {
    doc.tokens[s.token_begin + index(text, nth)].head =
        static_cast<int32_t>(index(head));
  };
  set_head("On", "Monday");
  set_head("Monday", "met");
  set_head("Kerry", "met");
  set_head("who", "arrived");
  set_head("arrived", "Kerry");
  set_head("on", "Sunday");
  set_head("Sunday", "arrived");
  set_head("Putin", "met");
  doc.tokens[t.FindToken(0, "arrived")].upos = tag_ids::kUposVerb;
  const uint32_t met = t.FindToken(0, "met");
  doc.tokens[met].upos = tag_ids::kUposVerb;

  std::vector<Event> events = {MakeEvent(doc, 0, met)};
  AssignWhenWhere(doc, Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2015-12-14");

  // Without the parse the nearest mention wins.
  for (uint32_t k = s.token_begin; k < s.token_end; ++k)
    doc.tokens[k].head = -1;
  AssignWhenWhere(doc, Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2015-12-13");
}

// A date that only a clause below the predicate holds is that clause's:
// "Kuwait , which Iraq invaded in 1990 , signed a deal" was dated 1990.
// One in a clause above it dates it ("said on Monday that ... attacked").
TEST(AssignWhenWhereTest, DateOfAClauseBelowIsNotThePredicates) {
  TestDocument t("Kuwait , which Iraq invaded in 1990 , signed a deal .",
                 "2015-12-15");
  Document& doc = t.doc();
  const Sentence& s = doc.sentences[0];
  auto index = [&](std::string_view text, uint32_t nth = 0) {
    return t.FindToken(0, text, nth) - s.token_begin;
  };
  auto set_head = [&](std::string_view text, std::string_view head,
                      uint32_t nth = 0) {
    doc.tokens[s.token_begin + index(text, nth)].head =
        static_cast<int32_t>(index(head));
  };
  set_head("Kuwait", "signed");
  set_head("which", "invaded");
  set_head("Iraq", "invaded");
  set_head("invaded", "Kuwait");
  set_head("in", "1990", 1);  // the first word starting "in" is "invaded"
  set_head("1990", "invaded");
  set_head("deal", "signed");
  doc.tokens[t.FindToken(0, "invaded")].upos = tag_ids::kUposVerb;
  const uint32_t signed_verb = t.FindToken(0, "signed");
  doc.tokens[signed_verb].upos = tag_ids::kUposVerb;
  std::vector<Event> events = {MakeEvent(doc, 0, signed_verb)};
  AssignWhenWhere(doc, Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2015-12-15");  // the article date

  TestDocument r("Kerry said on Monday that Russia attacked Ukraine .",
                 "2015-12-15");
  Document& rdoc = r.doc();
  const Sentence& rs = rdoc.sentences[0];
  auto rset = [&](std::string_view text, std::string_view head) {
    rdoc.tokens[r.FindToken(0, text)].head =
        static_cast<int32_t>(r.FindToken(0, head) - rs.token_begin);
  };
  rset("Kerry", "said");
  rset("on", "Monday");
  rset("Monday", "said");
  rset("that", "attacked");
  rset("Russia", "attacked");
  rset("attacked", "said");
  rset("Ukraine", "attacked");
  rdoc.tokens[r.FindToken(0, "said")].upos = tag_ids::kUposVerb;
  const uint32_t attacked = r.FindToken(0, "attacked");
  rdoc.tokens[attacked].upos = tag_ids::kUposVerb;
  std::vector<Event> reported = {MakeEvent(rdoc, 0, attacked)};
  AssignWhenWhere(rdoc, Bundled(), reported);
  EXPECT_EQ(reported[0].date.iso, "2015-12-14");
}

TEST(AssignWhenWhereTest, SentenceEndInsideAUnitBoundsTheClause) {
  // A segmenter that left two sentences in one unit: "in May" belongs to
  // the second, not to the first sentence's "met".
  TestDocument t(
      "Kerry met Putin at the Kremlin for three hours. The two men first "
      "met in Sochi in May.",
      "2015-12-15", Tokenization::kWhitespace);
  Anchor first = Locate(t.doc(), "Kerry met", "met");
  Anchor second = Locate(t.doc(), "first met", "met");
  std::vector<Event> events = {
      MakeEvent(t.doc(), first.sentence, first.verb),
      MakeEvent(t.doc(), second.sentence, second.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  EXPECT_EQ(events[0].date.iso, "2015-12-15");
  EXPECT_EQ(events[0].place.name, "Moscow");
  EXPECT_EQ(events[1].date.iso, "2015-05");
  EXPECT_EQ(events[1].place.name, "Sochi");
}

TEST(AssignWhenWhereTest, DefaultGazetteerLoads) {
  TestDocument t("Kerry met Lavrov in Moscow on Tuesday.", "2015-12-15");
  Anchor a = Locate(t.doc(), "met", "met");
  std::vector<Event> events = {MakeEvent(t.doc(), a.sentence, a.verb)};
  Status status = AssignWhenWhere(t.doc(), events);
  EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(events[0].place.name, "Moscow");
}

// ----------------------------------------------------------------- dedup --

Event Told(uint32_t sentence, std::string date, std::string source = "USAGOV",
           std::string target = "RUSGOV", std::string cameo = "043") {
  Event e;
  e.sentence = sentence;
  e.source.code = std::move(source);
  e.target.code = std::move(target);
  e.cameo = std::move(cameo);
  e.date.iso = std::move(date);
  e.date.precision = DatePrecision::kDay;
  e.evidence.sentence = "sentence " + std::to_string(sentence);
  return e;
}

TEST(DeduplicateEventsTest, MergesRetellingsInFirstMentionOrder) {
  std::vector<Event> events = {
      Told(0, "2015-12-15"),                             // lead
      Told(1, "2015-12-15", "TURGOV", "RUSGOV", "112"),  // other event
      Told(2, "2015-12-15"),                             // caption
      Told(5, "2015-12-15"),                             // later paragraph
  };
  DeduplicateEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].sentence, 0u);
  EXPECT_EQ(events[0].mentions, 3u);
  ASSERT_EQ(events[0].more_evidence.size(), 2u);
  EXPECT_EQ(events[0].more_evidence[0].sentence, "sentence 2");
  EXPECT_EQ(events[0].more_evidence[1].sentence, "sentence 5");
  EXPECT_EQ(events[1].cameo, "112");
  EXPECT_EQ(events[1].mentions, 1u);
}

TEST(DeduplicateEventsTest, KeepsDifferentDatesActorsAndCodesApart) {
  std::vector<Event> events = {
      Told(0, "2015-12-15"),
      Told(1, "2015-05"),                                // Sochi, in May
      Told(2, "2015-12-15", "USAGOV", "SYRGOV"),         // other target
      Told(3, "2015-12-15", "RUSGOV", "USAGOV"),         // reversed dyad
      Told(4, "2015-12-15", "USAGOV", "RUSGOV", "040"),  // other code
  };
  DeduplicateEvents(events);
  EXPECT_EQ(events.size(), 5u);
}

TEST(DeduplicateEventsTest, KeepsPlaceConfidenceAndEarlierMerges) {
  Event first = Told(0, "2015-12-15");
  first.confidence = 0.5;
  first.mentions = 2;  // already merged once
  first.more_evidence.push_back(first.evidence);
  Event second = Told(3, "2015-12-15");
  second.confidence = 0.9;
  second.place.name = "Moscow";
  second.place.country = "RUS";
  second.mentions = 2;
  second.more_evidence.push_back(second.evidence);
  std::vector<Event> events = {first, second};
  DeduplicateEvents(events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].mentions, 4u);
  EXPECT_EQ(events[0].more_evidence.size(), 3u);
  EXPECT_EQ(events[0].place.name, "Moscow");
  EXPECT_DOUBLE_EQ(events[0].confidence, 0.9);
}

TEST(DeduplicateEventsTest, CaptionAndBodyOfTheShowcaseMerge) {
  ExampleArticle example = ReadExample();
  TestDocument t(example.text, example.date);
  Anchor lead = Locate(
      t.doc(), "Kerry met Russian Foreign Minister Sergei Lavrov", "met");
  Anchor caption = Locate(t.doc(), "Kerry, left, speaks with Lavrov", "speaks");
  Anchor sochi = Locate(t.doc(), "when they met in the Black Sea", "met");
  std::vector<Event> events = {
      MakeEvent(t.doc(), lead.sentence, lead.verb),
      MakeEvent(t.doc(), caption.sentence, caption.verb),
      MakeEvent(t.doc(), sochi.sentence, sochi.verb)};
  AssignWhenWhere(t.doc(), Bundled(), events);
  DeduplicateEvents(events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].mentions, 2u);
  EXPECT_EQ(events[0].date.iso, "2015-12-15");
  EXPECT_EQ(events[1].date.iso, "2015-05");
  EXPECT_EQ(events[1].place.name, "Sochi");
}

TEST(DeduplicateEventsTest, EmptyInputIsFine) {
  std::vector<Event> events;
  DeduplicateEvents(events);
  EXPECT_TRUE(events.empty());
}

}  // namespace
}  // namespace dyad::internal
