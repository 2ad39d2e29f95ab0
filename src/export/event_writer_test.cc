// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/event_writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/version.h"
#include "export/sample_events.h"

namespace dyad {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, sep)) cells.push_back(cell);
  if (!line.empty() && line.back() == sep) cells.push_back("");
  return cells;
}

std::string WriteOne(EventFormat format, const Event& e, const Article& a,
                     const EventStoreFacts& facts = {}) {
  std::ostringstream out;
  auto writer = EventExporter::Create(format, out);
  EXPECT_TRUE(writer->Write(e, a, facts).ok());
  EXPECT_TRUE(writer->Finish().ok());
  return out.str();
}

Article KerryArticle() {
  return testing::SampleArticle("a1", "2015-12-15", "Reuters",
                                "https://example.com/kerry-lavrov");
}

// The GDELT 2.0 row of the Kerry event, by column name, as formats.md
// lists the columns.
std::map<std::string, std::string> ExpectedKerryGdelt() {
  std::map<std::string, std::string> want = {
      {"GLOBALEVENTID", "41"},
      {"SQLDATE", "20151215"},
      {"MonthYear", "201512"},
      {"Year", "2015"},
      {"FractionDate", "2016.0274"},  // 2015 + (12*30+15)/365
      {"Actor1Code", "USAGOV"},
      {"Actor1Name", "US SECRETARY OF STATE JOHN KERRY"},
      {"Actor1CountryCode", "USA"},
      {"Actor1Type1Code", "GOV"},
      {"Actor2Code", "RUSGOV"},
      {"Actor2Name", "RUSSIAN FOREIGN MINISTER SERGEI LAVROV"},
      {"Actor2CountryCode", "RUS"},
      {"Actor2Type1Code", "GOV"},
      {"IsRootEvent", "1"},
      {"EventCode", "043"},
      {"EventBaseCode", "043"},
      {"EventRootCode", "04"},
      {"QuadClass", "1"},
      {"GoldsteinScale", "2.8"},
      {"NumMentions", "5"},
      {"NumSources", "2"},
      {"NumArticles", "3"},
      {"ActionGeo_Type", "4"},
      {"ActionGeo_FullName", "Moscow"},
      {"ActionGeo_Lat", "55.7558"},
      {"ActionGeo_Long", "37.6173"},
      {"DATEADDED", "20151215183000"},
      {"SOURCEURL", "https://example.com/kerry-lavrov"},
  };
  return want;
}

EventStoreFacts KerryFacts() {
  EventStoreFacts f;
  f.event_id = 41;
  f.group_id = 7;
  f.num_mentions = 5;
  f.num_articles = 3;
  f.num_sources = 2;
  f.date_added = "20151215183000";
  return f;
}

// Column order as in reference/formats.md section 2 (written out here so
// that the test runs without /work/shared; the next test checks this list
// against the reference when it is present).
const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> columns = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear",
                                  "Year", "FractionDate"};
    for (const char* actor : {"Actor1", "Actor2"}) {
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode",
                            "EthnicCode", "Religion1Code", "Religion2Code",
                            "Type1Code", "Type2Code", "Type3Code"}) {
        c.push_back(std::string(actor) + f);
      }
    }
    for (const char* f :
         {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
          "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
          "NumArticles", "AvgTone"}) {
      c.push_back(f);
    }
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code",
                            "ADM2Code", "Lat", "Long", "FeatureID"}) {
        c.push_back(std::string(geo) + f);
      }
    }
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return columns;
}

TEST(GdeltWriterTest, WritesSixtyOneColumnsInTheReferenceOrder) {
  const std::string out =
      WriteOne(EventFormat::kGdelt, testing::KerryMeetsLavrov("a1"),
               KerryArticle(), KerryFacts());
  ASSERT_FALSE(out.empty());
  ASSERT_EQ(out.back(), '\n');
  std::vector<std::string> cells = Split(out.substr(0, out.size() - 1), '\t');
  ASSERT_EQ(cells.size(), 61u);
  ASSERT_EQ(GdeltColumns().size(), 61u);
  const auto want = ExpectedKerryGdelt();
  for (size_t i = 0; i < cells.size(); ++i) {
    const std::string& name = GdeltColumns()[i];
    auto it = want.find(name);
    // Every column not listed is one dyad does not know: it must be empty.
    EXPECT_EQ(cells[i], it == want.end() ? "" : it->second)
        << "column " << i << " " << name;
  }
}

TEST(GdeltWriterTest, ColumnListMatchesFormatsReference) {
  std::ifstream in(std::string(DYAD_SHARED_DIR) + "/reference/formats.md");
  if (!in)
    GTEST_SKIP() << "reference/formats.md not found under " DYAD_SHARED_DIR;
  std::string line;
  bool in_section = false, in_block = false;
  std::vector<std::pair<int, std::string>> columns;
  const std::regex pair(R"((\d+) ([A-Za-z0-9_]+))");
  while (std::getline(in, line)) {
    if (line.rfind("## 2.", 0) == 0)
      in_section = true;
    else if (line.rfind("## 3.", 0) == 0)
      in_section = false;
    if (!in_section) continue;
    if (line.rfind("```", 0) == 0) {
      if (in_block) break;
      in_block = true;
      continue;
    }
    if (!in_block) continue;
    for (std::sregex_iterator it(line.begin(), line.end(), pair), end;
         it != end; ++it) {
      columns.emplace_back(std::stoi((*it)[1]), (*it)[2]);
    }
  }
  ASSERT_EQ(columns.size(), 61u);
  for (size_t i = 0; i < columns.size(); ++i) {
    EXPECT_EQ(columns[i].first, static_cast<int>(i));
    EXPECT_EQ(columns[i].second, GdeltColumns()[i]) << "column " << i;
  }
}

TEST(GdeltWriterTest, UnknownFieldsStayEmptyAndIdsCountUp) {
  Event e = testing::UnDemandsSyria("a9");  // month date, no place
  e.goldstein = NAN;
  e.quad_class = 0;
  Article a;
  a.id = "a9";
  std::ostringstream out;
  auto writer = EventExporter::Create(EventFormat::kGdelt, out);
  ASSERT_TRUE(writer->Write(e, a).ok());
  ASSERT_TRUE(writer->Write(e, a).ok());
  std::istringstream lines(out.str());
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  auto c1 = Split(first, '\t');
  auto c2 = Split(second, '\t');
  ASSERT_EQ(c1.size(), 61u);
  EXPECT_EQ(c1[0], "1");
  EXPECT_EQ(c2[0], "2");
  EXPECT_EQ(c1[1], "");        // SQLDATE: the day is not known
  EXPECT_EQ(c1[2], "201601");  // MonthYear
  EXPECT_EQ(c1[3], "2016");
  EXPECT_EQ(c1[4], "");  // FractionDate needs a day
  EXPECT_EQ(c1[5], "IGOUNO");
  EXPECT_EQ(c1[8], "UNO");   // Actor1KnownGroupCode
  EXPECT_EQ(c1[12], "IGO");  // Actor1Type1Code
  EXPECT_EQ(c1[26], "1041");
  EXPECT_EQ(c1[27], "104");  // EventBaseCode
  EXPECT_EQ(c1[28], "10");
  EXPECT_EQ(c1[29], "");   // QuadClass unknown
  EXPECT_EQ(c1[30], "");   // Goldstein unknown
  EXPECT_EQ(c1[31], "1");  // NumMentions from the event
  EXPECT_EQ(c1[32], "");   // NumSources: the article names no outlet
  EXPECT_EQ(c1[33], "1");
  for (int i = 51; i <= 58; ++i) EXPECT_EQ(c1[i], "") << i;
  EXPECT_EQ(c1[59].size(), 14u);  // DATEADDED: now
  EXPECT_EQ(c1[60], "");
}

TEST(GdeltWriterTest, NoKnownOutletLeavesNumSourcesEmpty) {
  EventStoreFacts facts = KerryFacts();
  facts.num_sources = 0;
  std::string out = WriteOne(EventFormat::kGdelt,
                             testing::KerryMeetsLavrov("a1"), Article{}, facts);
  auto c = Split(out.substr(0, out.size() - 1), '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[31], "5");
  EXPECT_EQ(c[32], "");
  EXPECT_EQ(c[33], "3");
}

TEST(GdeltWriterTest, TabsAndNewlinesInTextNeverSplitColumns) {
  Event e = testing::KerryMeetsLavrov("a1");
  e.source.text = "John\tKerry\nthe secretary";
  std::string out = WriteOne(EventFormat::kGdelt, e, KerryArticle());
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_EQ(Split(out.substr(0, out.size() - 1), '\t').size(), 61u);
  EXPECT_THAT(out, HasSubstr("JOHN KERRY THE SECRETARY"));
}

TEST(PhoenixWriterTest, WritesTwentySixColumns) {
  const std::string out =
      WriteOne(EventFormat::kPhoenix, testing::RussiaStrikesRebels("a2"),
               testing::SampleArticle("a2", "2015-10-01", "guardian_world",
                                      "https://example.com/aleppo"),
               EventStoreFacts{12, 3, 1, 1, 1, ""});
  ASSERT_EQ(out.back(), '\n');
  auto c = Split(out.substr(0, out.size() - 1), '\t');
  const std::vector<std::string> want = {
      std::string("12_v") + DYAD_VERSION_STRING,  // 1 EventID
      "20151001",
      "2015",
      "10",
      "1",  // 2-5 Date, Y, M, D
      "RUSMIL",
      "RUS",
      "MIL",
      "",  // 6-9 source
      "SYRREB",
      "SYR",
      "REB",
      "",  // 10-13 target
      "195",
      "19",
      "4",
      "-10",  // 14-17
      "",     // 18 Issues
      "36.2021",
      "37.1343",
      "Aleppo",
      "",
      "SYR",   // 19-23
      "a2_2",  // 24 SentenceID
      "https://example.com/aleppo",
      "guardian_world"};
  ASSERT_EQ(c.size(), 26u);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(c[i], want[i]) << "column " << i + 1;
  }
}

TEST(PhoenixWriterTest, PentaClassFollowsTheRoot) {
  struct Case {
    const char* root;
    const char* penta;
  };
  for (const Case& k : {Case{"01", "0"}, Case{"02", "0"}, Case{"04", "1"},
                        Case{"07", "2"}, Case{"10", "3"}, Case{"16", "3"},
                        Case{"14", "4"}, Case{"19", "4"}, Case{"", ""}}) {
    Event e = testing::KerryMeetsLavrov("a1");
    e.root = k.root;
    std::string out = WriteOne(EventFormat::kPhoenix, e, KerryArticle());
    auto c = Split(out.substr(0, out.size() - 1), '\t');
    ASSERT_EQ(c.size(), 26u);
    EXPECT_EQ(c[15], k.penta) << "root " << k.root;
  }
}

TEST(CsvWriterTest, WritesHeaderAndQuotesText) {
  Event e = testing::RussiaStrikesRebels("a2");  // sentence has commas
  e.evidence.sentence = "He said \"they struck, again\".";
  std::string out = WriteOne(EventFormat::kCsv, e,
                             testing::SampleArticle("a2", "2015-10-01", "AP",
                                                    "https://example.com/x"));
  std::istringstream lines(out);
  std::string header, row;
  std::getline(lines, header);
  std::getline(lines, row);
  EXPECT_EQ(header.rfind("event_id,article_id,sentence,date,source_code,", 0),
            0u);
  EXPECT_THAT(row, HasSubstr(",\"He said \"\"they struck, again\"\".\","));
  EXPECT_EQ(row.rfind("1,a2,2,2015-10-01,RUSMIL,Russian warplanes,SYRREB,", 0),
            0u);
}

TEST(CsvWriterTest, HeaderEvenWithoutEvents) {
  std::ostringstream out;
  auto writer = EventExporter::Create(EventFormat::kCsv, out);
  ASSERT_TRUE(writer->Finish().ok());
  EXPECT_EQ(out.str().rfind("event_id,", 0), 0u);
}

TEST(JsonlWriterTest, WritesTheContractFields) {
  std::string out = WriteOne(EventFormat::kJsonl,
                             testing::KerryMeetsLavrov("a1"), KerryArticle());
  EXPECT_THAT(out, HasSubstr("\"article_id\":\"a1\",\"sentence\":0,"
                             "\"date\":\"2015-12-15\""));
  EXPECT_THAT(out, HasSubstr("\"source\":{\"code\":\"USAGOV\",\"text\":\"US "
                             "Secretary of State John Kerry\""));
  EXPECT_THAT(out, HasSubstr("\"cameo\":\"043\",\"root\":\"04\","
                             "\"quad_class\":1,\"goldstein\":2.8"));
  EXPECT_THAT(out, HasSubstr("\"plover\":{\"type\":\"CONSULT\","
                             "\"mode\":\"visit\"}"));
  EXPECT_THAT(out, HasSubstr("\"location\":{\"name\":\"Moscow\","
                             "\"country\":\"RUS\""));
  EXPECT_THAT(out, HasSubstr("\"lat\":55.7558,\"lon\":37.6173}"));
  EXPECT_THAT(out, HasSubstr("\"confidence\":0.8"));
  EXPECT_THAT(out,
              HasSubstr("\"verb\":\"met\",\"rule\":\"data/verbs/04.txt:41\""));
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_EQ(out.find("event_id"), std::string::npos);  // no store facts
}

TEST(JsonlWriterTest, UnknownFieldsAreAbsent) {
  Event e;
  e.article_id = "a3";
  e.cameo = "010";
  e.root = "01";
  std::string out = WriteOne(EventFormat::kJsonl, e, Article{});
  for (const char* key :
       {"\"date\"", "\"goldstein\"", "\"quad_class\"", "\"location\"",
        "\"plover\"", "\"source\"", "\"target\"", "\"article\""}) {
    EXPECT_EQ(out.find(key), std::string::npos) << key << " in " << out;
  }
}

TEST(JsonlWriterTest, EscapesControlCharactersAndQuotes) {
  Event e = testing::KerryMeetsLavrov("a\"1");
  e.evidence.sentence = "Line one\nline \"two\"\t\\ \x01 end — café";
  std::string out = WriteOne(EventFormat::kJsonl, e, Article{});
  EXPECT_THAT(out, HasSubstr("\"a\\\"1\""));
  EXPECT_THAT(
      out, HasSubstr("Line one\\nline \\\"two\\\"\\t\\\\ \\u0001 end — café"));
  Event back;
  ASSERT_TRUE(ParseEventJson(out, back).ok());
  EXPECT_EQ(back.evidence.sentence, e.evidence.sentence);
  EXPECT_EQ(back.article_id, "a\"1");
}

TEST(JsonlRoundTripTest, WriteReadWriteIsIdentity) {
  Event e = testing::KerryMeetsLavrov("a1");
  e.mentions = 2;
  EventEvidence second = e.evidence;
  second.sentence = "Kerry and Lavrov met for four hours.";
  second.verb = "met";
  second.verb_span = {400, 403};
  e.more_evidence.push_back(second);
  const Article article = KerryArticle();
  for (const Event& ev :
       {e, testing::RussiaStrikesRebels("a2"),
        testing::PoliceArrestProtesters("a3"), testing::UnDemandsSyria("a4")}) {
    std::string first = WriteOne(EventFormat::kJsonl, ev, article);
    Event back;
    Article back_article;
    Status s = ParseEventJson(first, back, &back_article);
    ASSERT_TRUE(s.ok()) << s.ToString();
    EXPECT_EQ(back.date.precision, ev.date.precision);
    EXPECT_EQ(back.source.orig, ev.source.orig);
    EXPECT_EQ(back.more_evidence.size(), ev.more_evidence.size());
    EXPECT_EQ(back_article.url, article.url);
    EXPECT_EQ(back_article.source, "Reuters");
    EXPECT_EQ(back_article.id, ev.article_id);
    EXPECT_EQ(WriteOne(EventFormat::kJsonl, back, back_article), first);
  }
}

TEST(JsonlRoundTripTest, StoreFactsAreWrittenAndIgnoredOnRead) {
  std::string out =
      WriteOne(EventFormat::kJsonl, testing::KerryMeetsLavrov("a1"),
               KerryArticle(), KerryFacts());
  EXPECT_THAT(out,
              HasSubstr("\"event_id\":41,\"group_id\":7,\"num_mentions\":5,"
                        "\"num_articles\":3,\"num_sources\":2"));
  Event back;
  EXPECT_TRUE(ParseEventJson(out, back).ok());
}

TEST(ParseEventJsonTest, RejectsBadLines) {
  Event e;
  struct Case {
    const char* line;
    const char* message;
  };
  for (const Case& c : {
           Case{"{\"article_id\": \"a1\"", "malformed JSON"},
           Case{"[1, 2]", "expected a JSON object"},
           Case{"{\"cameo\": \"043\"}", "missing \"article_id\""},
           Case{"{\"article_id\": \"\", \"cameo\": \"043\"}",
                "empty \"article_id\""},
           Case{"{\"article_id\": \"a1\", \"cameo\": 43}", "\"cameo\""},
           Case{"{\"article_id\": \"a1\", \"quad_class\": 7}", "quad_class"},
           Case{"{\"article_id\": \"a1\", \"source\": \"USA\"}", "\"source\""},
           Case{"{\"article_id\": \"a1\", \"evidence\": {\"verb_span\": [5, "
                "2]}}",
                "verb_span"},
       }) {
    Status s = ParseEventJson(c.line, e);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << c.line;
    EXPECT_THAT(s.message(), HasSubstr(c.message)) << c.line;
  }
}

// A full record as another tool may write it: integer ids, an integer
// Goldstein value, nulls and fields dyad does not read.
TEST(ParseEventJsonTest, AcceptsAFullRecordAndIntegerIds) {
  const char* line =
      R"({"article_id": 305, "sentence": 4, "date": "2021-03-09",)"
      R"( "source": {"code": "PERGOV", "text": "Peruvian Foreign Minister Elena Quispe"},)"
      R"( "target": {"code": "ECUGOV", "text": "Ecuador's President Marco Salas"},)"
      R"( "cameo": "041", "root": "04", "quad_class": 1, "goldstein": 1,)"
      R"( "plover": {"type": "CONSULT", "mode": "phone"},)"
      R"( "location": {"name": "Lima", "country": "PER", "lat": -12.05, "lon": -77.04},)"
      R"( "confidence": 0.65, "goldstein_note": null,)"
      R"( "evidence": {"sentence": "...", "verb": "spoke", "rule": "data/verbs/04_consult.txt:7"}})";
  Event e;
  ASSERT_TRUE(ParseEventJson(line, e).ok());
  EXPECT_EQ(e.article_id, "305");
  EXPECT_EQ(e.sentence, 4u);
  EXPECT_EQ(e.goldstein, 1.0);  // an integer where a double is expected
  EXPECT_EQ(e.place.lat, -12.05);
  EXPECT_EQ(e.date.precision, DatePrecision::kDay);
  EXPECT_EQ(e.plover_mode, "phone");
  EXPECT_EQ(e.evidence.rule, "data/verbs/04_consult.txt:7");
}

TEST(EventFormatTest, ParsesNames) {
  EXPECT_EQ(*ParseEventFormat("gdelt"), EventFormat::kGdelt);
  EXPECT_EQ(*ParseEventFormat("jsonl"), EventFormat::kJsonl);
  EXPECT_EQ(*ParseEventFormat("phoenix"), EventFormat::kPhoenix);
  EXPECT_EQ(*ParseEventFormat("csv"), EventFormat::kCsv);
  EXPECT_EQ(ParseEventFormat("xml").status().code(),
            StatusCode::kInvalidArgument);
  std::ostringstream out;
  EXPECT_FALSE(EventExporter::Create("tsv", out).ok());
}

TEST(EventWriterTest, ReportsAFailedStream) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  auto writer = EventExporter::Create(EventFormat::kJsonl, out);
  Status s = writer->Write(testing::KerryMeetsLavrov("a1"), KerryArticle());
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
}

}  // namespace
}  // namespace dyad
