// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "eval/eval_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/scorer.h"

namespace dyad::internal {
namespace {

constexpr char kGold[] =
    R"({"sid": "t1", "article_id": "a", "date": "2019-04-11", "text": "Caracas rejected the U.S. demands.", "events": [{"source": "VENGOV", "source_text": "Caracas", "target": "USAGOV", "target_text": "U.S.", "cameo": "120", "root": "12", "plover": "REJECT"}]}
{"sid": "t2", "article_id": "b", "date": null, "text": "Nothing happened.", "events": []}
)";

TEST(EvalDataTest, ParsesDyadGold) {
  StatusOr<std::vector<EvalSentence>> gold =
      ParseGold(kGold, "gold.jsonl", GoldFormat::kAuto, nullptr);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].id, "t1");
  EXPECT_EQ((*gold)[0].date, "2019-04-11");
  ASSERT_EQ((*gold)[0].events.size(), 1u);
  EXPECT_EQ((*gold)[0].events[0].cameo, "120");
  EXPECT_EQ((*gold)[0].events[0].plover, "REJECT");
  EXPECT_EQ((*gold)[1].date, "");
  EXPECT_TRUE((*gold)[1].events.empty());
}

TEST(EvalDataTest, GoldErrorsNameTheLine) {
  std::string bad = std::string(kGold) + "{\"sid\": \"t3\"}\nnot json\n";
  StatusOr<std::vector<EvalSentence>> gold =
      ParseGold(bad, "gold.jsonl", GoldFormat::kDyad, nullptr);
  ASSERT_FALSE(gold.ok());
  EXPECT_EQ(gold.status().message(), "gold.jsonl:3: no \"events\" array");
}

TEST(EvalDataTest, ParsesSystemEventsOfTheJsonlContract) {
  std::string events =
      R"({"article_id": "t1", "sentence": 0, "source": {"code": "VENGOV", "text": "Caracas"}, "target": {"code": "USAGOV"}, "cameo": "120", "root": "12", "quad_class": 3, "goldstein": -4.0, "plover": {"type": "REJECT", "mode": null}}
{"article_id": "t1", "sentence": 0, "source": {"code": "VEN"}, "target": null, "cameo": "010"}

{"article_id": "t2", "source": {"code": "X"}, "target": {"code": "Y"}, "cameo": "190"}
)";
  auto system = ParseSystemEvents(events, "sys.jsonl");
  ASSERT_TRUE(system.ok()) << system.status().ToString();
  ASSERT_EQ(system->at("t1").size(), 2u);
  const EvalEvent& e = system->at("t1")[0];
  EXPECT_EQ(e.source, "VENGOV");
  EXPECT_EQ(e.target, "USAGOV");
  EXPECT_EQ(e.plover, "REJECT");
  EXPECT_FALSE(system->at("t1")[1].dyadic());
  EXPECT_EQ(system->at("t2")[0].root, "19");  // root derived from cameo

  auto bad = ParseSystemEvents("{\"article_id\": \"t1\"}\n", "sys.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "sys.jsonl:1: event has neither cameo nor plover");
}

TEST(EvalDataTest, MakeInputWritesIdDateText) {
  auto gold = ParseGold(kGold, "gold.jsonl", GoldFormat::kDyad, nullptr);
  ASSERT_TRUE(gold.ok());
  EXPECT_EQ(MakeInputJsonl(*gold),
            "{\"id\":\"t1\",\"date\":\"2019-04-11\",\"text\":\"Caracas "
            "rejected the U.S. demands.\"}\n"
            "{\"id\":\"t2\",\"text\":\"Nothing happened.\"}\n");
}

TEST(EvalDataTest, PloverGsrRecordsExpandToDyads) {
  constexpr char kPlover[] = R"([
{"id": "DOC", "event": "DOCUMENT"},
{"id": "P1", "date": "2000-01-01", "event": "DEMAND", "text": "Seoul demanded that Tokyo apologize.",
 "source": [{"actorText": "Seoul", "code": "KOR", "sector": "GOV"}],
 "target": [{"actorText": "Tokyo", "code": "JPN", "sector": "GOV"}]},
{"id": "P2", "date": "2000-01-01", "event": "CONSULT", "text": "Greek and Turkish officials met.",
 "source": [{"code": "GRC", "sector": "GOV"}, {"code": "TUR", "sector": "GOV"}],
 "textInfo": {"markup": "(SRC/TAR: Greek) and (SRC/TAR: Turkish) officials (EVT: met)."}},
{"id": "P3", "date": "2000-01-01", "event": "FIGHT", "text": "x", "source": [{"code": "SYR"}], "target": ""}
])";
  EXPECT_EQ(DetectGoldFormat(kPlover), GoldFormat::kPloverGsr);
  auto gold = ParseGold(kPlover, "p.json", GoldFormat::kAuto, nullptr);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 3u);
  ASSERT_EQ((*gold)[0].events.size(), 1u);
  EXPECT_EQ((*gold)[0].events[0].plover, "REQUEST");  // DEMAND renamed
  EXPECT_EQ((*gold)[0].events[0].source, "KORGOV");
  ASSERT_EQ((*gold)[1].events.size(), 2u);  // reciprocal: both directions
  EXPECT_EQ((*gold)[1].events[1].source, "TURGOV");
  EXPECT_EQ((*gold)[1].events[1].target, "GRCGOV");
  ASSERT_EQ((*gold)[2].events.size(), 1u);
  EXPECT_FALSE((*gold)[2].events[0].dyadic());
  EXPECT_EQ((*gold)[2].events[0].plover, "ASSAULT");
}

TEST(EvalDataTest, Petr2XmlRecords) {
  constexpr char kXml[] = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Sentences>
<Sentence category="T" date="20120314" id="T1" evaluate="true"/>
<EventCoding eventcode="173" sourcecode="CHLJUD" targetcode="BOLCVL" />
<EventCoding eventcode="0841" sourcecode="CHLGOV" targetcode="BOL" />
<Text>
A Chilean court jailed a Bolivian driver &amp; his
brother.
</Text>
<Parse>1	A	a	DET	DT	_	2	det	_	_</Parse></Sentence>
<Sentence category="T" date="20120315" id="T2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing.</Text>
</Sentence>
</Sentences></Validation>
)";
  EXPECT_EQ(DetectGoldFormat(kXml), GoldFormat::kPetr2Gsr);
  auto gold = ParseGold(kXml, "v.xml", GoldFormat::kAuto, nullptr);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].id, "T1");
  EXPECT_EQ((*gold)[0].date, "2012-03-14");
  EXPECT_EQ((*gold)[0].text,
            "A Chilean court jailed a Bolivian driver & his brother.");
  ASSERT_EQ((*gold)[0].events.size(), 2u);
  EXPECT_EQ((*gold)[0].events[1].root, "08");
  EXPECT_TRUE((*gold)[1].events.empty());
}

// ---- the real files, when the shared folder is there
// -------------------------

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Echoes gold events as system events: every level must score F1 = 1.
void ExpectPerfectSystemScoresOne(const std::vector<EvalSentence>& gold,
                                  bool has_cameo) {
  std::unordered_map<std::string, std::vector<EvalEvent>> system;
  for (const EvalSentence& s : gold) system[s.id] = s.events;
  EvalReport r = ScoreEvents(gold, system);
  if (has_cameo) {
    EXPECT_DOUBLE_EQ(r.root.F1(), 1.0);
    EXPECT_DOUBLE_EQ(r.cameo.F1(), 1.0);
  }
  EXPECT_DOUBLE_EQ(r.plover.F1(), 1.0);
  EXPECT_EQ(r.empty_sentences_with_system_event, 0);
}

class SharedGoldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    shared_ = DYAD_SHARED_DIR;
    if (!std::filesystem::exists(shared_ + "/gold/dev.jsonl")) {
      GTEST_SKIP() << "no shared folder at " << shared_;
    }
    auto codes = CodeTable::LoadFile(std::string(DYAD_SOURCE_DIR) +
                                     "/data/cameo/cameo_codes.tsv");
    ASSERT_TRUE(codes.ok());
    codes_ = std::make_unique<CodeTable>(std::move(*codes));
  }
  std::string shared_;
  std::unique_ptr<CodeTable> codes_;
};

TEST_F(SharedGoldTest, DevGoldParsesAndAPerfectSystemScoresOne) {
  std::string path = shared_ + "/gold/dev.jsonl";
  auto gold =
      ParseGold(ReadFileOrEmpty(path), path, GoldFormat::kAuto, codes_.get());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ(gold->size(), 100u);
  int events = 0, dyadic = 0, empty = 0;
  for (const EvalSentence& s : *gold) {
    events += static_cast<int>(s.events.size());
    for (const EvalEvent& e : s.events) dyadic += e.dyadic();
    empty += s.events.empty();
    for (const EvalEvent& e : s.events) {
      EXPECT_NE(codes_->Find(e.cameo), nullptr) << s.id << " " << e.cameo;
      EXPECT_EQ(e.root, e.cameo.substr(0, 2)) << s.id;
    }
  }
  // Numbers stated in gold/README.md.
  EXPECT_EQ(events, 150);
  EXPECT_EQ(dyadic, 132);
  EXPECT_EQ(empty, 15);
  ExpectPerfectSystemScoresOne(*gold, true);
}

TEST_F(SharedGoldTest, PloverGsrParsesAndAPerfectSystemScoresOne) {
  std::string path = shared_ + "/peers/plover_gsr_cameo/PLOVER_GSR_CAMEO.json";
  auto gold =
      ParseGold(ReadFileOrEmpty(path), path, GoldFormat::kAuto, codes_.get());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ(gold->size(), 322u);
  ExpectPerfectSystemScoresOne(*gold, false);
}

TEST_F(SharedGoldTest, Petr2GsrParsesAndAPerfectSystemScoresOne) {
  std::string path = shared_ + "/peers/petr2_gsr/PETR2_GSR_validation.xml";
  auto gold =
      ParseGold(ReadFileOrEmpty(path), path, GoldFormat::kAuto, codes_.get());
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ(gold->size(), 78u);
  int events = 0, empty = 0;
  for (const EvalSentence& s : *gold) {
    events += static_cast<int>(s.events.size());
    empty += s.events.empty();
    EXPECT_FALSE(s.text.empty()) << s.id;
  }
  EXPECT_EQ(events, 80);  // per SOURCE.md
  EXPECT_EQ(empty, 12);
  ExpectPerfectSystemScoresOne(*gold, true);
}

}  // namespace
}  // namespace dyad::internal
