// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// End to end through dyad::Engine on the bundled example
// (examples/kerry_lavrov_moscow.jsonl): the meetings, appeals and
// accusations it tells come out with the right actors, dates and places,
// and the meeting told three times (body, caption, later sentence) is one
// event. Skipped when the syntax model is not in the data directory.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/actors.h"
#include "dyad/engine.h"
#include "dyad/event_writer.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace dyad {
namespace {

class EngineExampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(DefaultDataDir() +
                                 "/models/syntax-en-ewt.dmdl")) {
      GTEST_SKIP() << "no syntax model in " << DefaultDataDir() << "/models";
    }
    std::ifstream in(std::string(DYAD_SOURCE_DIR) +
                     "/examples/kerry_lavrov_moscow.jsonl");
    ASSERT_TRUE(in);
    std::string line;
    std::getline(in, line);
    nlohmann::json j = nlohmann::json::parse(line);
    article_.id = j["id"];
    article_.date = j["date"];
    article_.text = j["text"];
    auto engine = Engine::Create({});
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    engine_ = std::move(*engine);
    Status status = engine_->Code(article_, doc_, events_);
    ASSERT_TRUE(status.ok()) << status.message();
  }

  const Event* Find(const std::string& source, const std::string& root,
                    const std::string& target) const {
    for (const Event& e : events_) {
      if (e.root == root && e.source.code.rfind(source, 0) == 0 &&
          e.target.code.rfind(target, 0) == 0) {
        return &e;
      }
    }
    return nullptr;
  }
  std::string Describe() const {
    std::string out;
    for (const Event& e : events_) {
      out += std::to_string(e.sentence) + ": " + e.source.code + " -" +
             e.cameo + "-> " + e.target.code + " '" + e.evidence.verb + "'\n";
    }
    return out;
  }

  Article article_;
  Document doc_;
  std::vector<Event> events_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(EngineExampleTest, KerryMeetsLavrovInMoscow) {
  const Event* meeting = Find("USAGOV", "04", "RUSGOV");
  ASSERT_NE(meeting, nullptr) << Describe();
  EXPECT_EQ(meeting->article_id, "example-kerry-lavrov-2015-12-15");
  EXPECT_EQ(meeting->date.iso, "2015-12-15");
  EXPECT_EQ(meeting->place.name, "Moscow");
  EXPECT_EQ(meeting->plover_type, "CONSULT");
  // Body sentence, caption and the later meeting with Putin are one event.
  EXPECT_GE(meeting->mentions, 2u) << Describe();
  int meetings = 0;
  for (const Event& e : events_) {
    if (e.cameo == meeting->cameo && e.source.code == "USAGOV" &&
        e.target.code == "RUSGOV" && e.date.iso == "2015-12-15") {
      ++meetings;
    }
  }
  EXPECT_EQ(meetings, 1) << Describe();
}

// "The two men first discussed ... when they met in the Black Sea resort of
// Sochi in May": the earlier meeting is an event of its own, in both
// directions ("they" stands for Kerry and Putin).
TEST_F(EngineExampleTest, EarlierMeetingInSochiIsItsOwnEvent) {
  bool sochi = false;
  for (const Event& e : events_) {
    if (e.root == "04" && e.source.code == "USAGOV" &&
        e.target.code == "RUSGOV" && e.date.iso == "2015-05") {
      sochi = true;
      EXPECT_EQ(e.place.name, "Sochi") << Describe();
    }
  }
  EXPECT_TRUE(sochi) << Describe();
}

TEST_F(EngineExampleTest, LavrovUrgesSaudiArabia) {
  EXPECT_NE(Find("RUS", "02", "SAU"), nullptr) << Describe();
}

TEST_F(EngineExampleTest, TurkeyAccusesRussia) {
  EXPECT_NE(Find("TUR", "11", "RUS"), nullptr) << Describe();
}

TEST_F(EngineExampleTest, NoSelfDirectedEvents) {
  for (const Event& e : events_) {
    if (!e.source.code.empty()) {
      EXPECT_NE(e.source.code, e.target.code);
    }
  }
}

// Evidence names the rule as the repository does ("data/verbs/...:11"),
// not as an absolute path of the machine that built dyad.
TEST_F(EngineExampleTest, RulesNameBundledFilesRelativeToTheRepository) {
  ASSERT_FALSE(events_.empty());
  for (const Event& e : events_) {
    EXPECT_EQ(e.evidence.rule.rfind("data/verbs/", 0), 0u) << e.evidence.rule;
  }
}

TEST_F(EngineExampleTest, JsonlThroughTheExporter) {
  std::ostringstream out;
  auto exporter = EventExporter::Create(EventFormat::kJsonl, out);
  for (const Event& e : events_) ASSERT_TRUE(exporter->Write(e, article_).ok());
  ASSERT_TRUE(exporter->Finish().ok());
  std::istringstream lines(out.str());
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["article_id"], "example-kerry-lavrov-2015-12-15");
    ++count;
  }
  EXPECT_EQ(count, static_cast<int>(events_.size()));
}

// Events of side clauses dated years before the article are background,
// not news (the gold annotation's convention); the main clause's act and a
// side clause's recent one stay, and a date a side clause holds does not
// date the main clause.
TEST(EngineBackground, OldSideClauseEventsAreDropped) {
  if (!std::filesystem::exists(DefaultDataDir() +
                               "/models/syntax-en-ewt.dmdl")) {
    GTEST_SKIP() << "no syntax model in " << DefaultDataDir() << "/models";
  }
  auto engine = Engine::Create({});
  ASSERT_TRUE(engine.ok()) << engine.status().message();
  Article article;
  article.id = "background";
  article.date = "2019-06-12";
  article.text =
      "The talks began after Israeli troops killed five Palestinians in Gaza "
      "in 2014.\n"
      "The talks began after Israeli troops killed five Palestinians in Gaza "
      "on Monday.\n"
      "Israeli troops killed five Palestinians in Gaza in 2014.\n"
      "Kuwait, which Iraq invaded in 1990, signed a trade agreement with "
      "Iran on Tuesday.";
  Document doc;
  std::vector<Event> events;
  ASSERT_TRUE((*engine)->Code(article, doc, events).ok());
  std::string all;
  std::vector<bool> attack(4, false);
  bool signing = false;
  for (const Event& e : events) {
    all += std::to_string(e.sentence) + ": " + e.source.code + " -" + e.cameo +
           "-> " + e.target.code + " " + e.date.iso + "\n";
    if (e.source.code.rfind("ISR", 0) == 0 && e.root == "19" &&
        e.sentence < attack.size()) {
      attack[e.sentence] = true;
    }
    if (e.source.code.rfind("KWT", 0) == 0 && e.root == "05") {
      signing = true;
      EXPECT_EQ(e.date.iso, "2019-06-11") << all;  // Tuesday, not 1990
    }
  }
  EXPECT_FALSE(attack[0]) << all;  // a side clause, five years back
  EXPECT_TRUE(attack[1]) << all;   // a side clause, this week
  EXPECT_TRUE(attack[2]) << all;   // the main clause states it
  EXPECT_TRUE(signing) << all;
}

TEST(EngineCreate, MissingDataDirectoryNamesTheFile) {
  EngineOptions options;
  options.data_dir = "/nonexistent/dyad-data";
  auto engine = Engine::Create(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().code(), StatusCode::kNotFound);
  EXPECT_NE(engine.status().message().find("/nonexistent/dyad-data/actors"),
            std::string::npos)
      << engine.status().message();
}

}  // namespace
}  // namespace dyad
