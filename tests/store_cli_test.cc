// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// End-to-end tests of `dyad ingest`, `dyad query` and `dyad series`: they
// run the built binary (DYAD_BIN) on tests/fixtures/store/events.jsonl (six
// hand-written events from five articles) and on files written to a
// scratch directory, and check stdout, stderr and exit codes.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "e2e_support.h"

namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using json = nlohmann::json;

const std::string kEvents = std::string(DYAD_FIXTURES) + "/store/events.jsonl";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream s(text);
  for (std::string line; std::getline(s, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> Cells(const std::string& line, char sep) {
  std::vector<std::string> cells;
  size_t start = 0;
  for (;;) {
    size_t end = line.find(sep, start);
    cells.push_back(line.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return cells;
}

using dyad::e2e::Result;

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "dyad-store-XXXXXX");
    dir_ = mkdtemp(pattern.data());
    db_ = (dir_ / "events.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& data) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }

  // Runs `dyad args...` with stdin from `stdin_path` (or /dev/null).
  Result Run(const std::vector<std::string>& args,
             const std::string& stdin_path = "/dev/null") {
    return dyad::e2e::RunDyad(args, stdin_path);
  }

  void IngestFixture() {
    Result r = Run({"ingest", "--db", db_, "--events", kEvents});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(r.out, "");
  }

  // `dyad query --db DB args...` as "article_id:cameo" per line.
  std::vector<std::string> QueryIds(std::vector<std::string> args) {
    args.insert(args.begin(), {"query", "--db", db_});
    Result r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> ids;
    for (const std::string& line : Lines(r.out)) {
      json j = json::parse(line);
      ids.push_back(j["article_id"].get<std::string>() + ":" +
                    j["cameo"].get<std::string>());
    }
    return ids;
  }

  int64_t Count(const std::string& sql) {
    sqlite3* db = nullptr;
    int64_t n = -1;
    if (sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
      sqlite3_stmt* stmt = nullptr;
      if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) ==
              SQLITE_OK &&
          sqlite3_step(stmt) == SQLITE_ROW) {
        n = sqlite3_column_int64(stmt, 0);
      }
      sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(StoreCliTest, IngestIsIdempotent) {
  IngestFixture();
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 5);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 6);
  EXPECT_EQ(Count("SELECT count(*) FROM event_mentions"), 7);
  IngestFixture();
  IngestFixture();
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 5);
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 6);
  EXPECT_EQ(Count("SELECT count(*) FROM event_mentions"), 7);
  EXPECT_EQ(Count("PRAGMA user_version"), 1);
}

TEST_F(StoreCliTest, QueryFiltersSelectEvents) {
  IngestFixture();
  EXPECT_EQ(QueryIds({}).size(), 6u);
  EXPECT_THAT(QueryIds({"--source", "USA"}),
              ElementsAre("kerry-reuters:043", "kerry-ap:043"));
  EXPECT_THAT(QueryIds({"--target", "SYR"}),
              ElementsAre("aleppo-afp:195", "madaya-un:1041"));
  EXPECT_THAT(QueryIds({"--either", "RUSMIL"}), ElementsAre("aleppo-afp:195"));
  EXPECT_THAT(QueryIds({"--country", "PSE"}), ElementsAre("jerusalem-ap:173"));
  EXPECT_THAT(QueryIds({"--role", "REB"}), ElementsAre("aleppo-afp:195"));
  EXPECT_THAT(QueryIds({"--cameo", "03"}), ElementsAre("kerry-ap:0311"));
  EXPECT_THAT(QueryIds({"--cameo", "043"}),
              ElementsAre("kerry-reuters:043", "kerry-ap:043"));
  EXPECT_THAT(QueryIds({"--root", "10"}), ElementsAre("madaya-un:1041"));
  EXPECT_THAT(QueryIds({"--plover", "ASSAULT"}), ElementsAre("aleppo-afp:195"));
  EXPECT_THAT(QueryIds({"--quad", "4"}),
              ElementsAre("aleppo-afp:195", "jerusalem-ap:173"));
  EXPECT_THAT(
      QueryIds({"--from", "2015-12-01", "--to", "2015-12-31"}),
      ElementsAre("kerry-reuters:043", "kerry-ap:043", "kerry-ap:0311"));
  EXPECT_THAT(QueryIds({"--to", "2015-11"}),
              ElementsAre("aleppo-afp:195", "jerusalem-ap:173"));
  EXPECT_THAT(QueryIds({"--place", "east jerusalem"}),
              ElementsAre("jerusalem-ap:173"));
  EXPECT_THAT(QueryIds({"--text", "Foreign Ministry mansion"}),
              ElementsAre("kerry-reuters:043"));  // a further telling
  EXPECT_THAT(QueryIds({"--text", "settlement AND Syria"}),
              ElementsAre("kerry-ap:0311"));
  EXPECT_THAT(QueryIds({"--limit", "1"}), ElementsAre("kerry-reuters:043"));
  EXPECT_THAT(QueryIds({"--unique", "--cameo", "043"}),
              ElementsAre("kerry-reuters:043"));
}

TEST_F(StoreCliTest, SameEventFromTwoOutletsIsLinked) {
  IngestFixture();
  Result r = Run({"query", "--db", db_, "--cameo", "043"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  for (const auto& line : lines) {
    json j = json::parse(line);
    EXPECT_EQ(j["num_articles"], 2);
    EXPECT_EQ(j["num_sources"], 2);
    EXPECT_EQ(j["num_mentions"], 3);  // 2 tellings at Reuters, 1 at AP
    EXPECT_EQ(j["group_id"], json::parse(lines[0])["group_id"]);
  }
}

TEST_F(StoreCliTest, QueryWritesGdeltRows) {
  IngestFixture();
  Result r = Run({"query", "--db", db_, "--format", "gdelt", "--cameo", "043"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  auto c = Cells(lines[0], '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[1], "20151215");
  EXPECT_EQ(c[5], "USAGOV");
  EXPECT_EQ(c[7], "USA");
  EXPECT_EQ(c[12], "GOV");
  EXPECT_EQ(c[15], "RUSGOV");
  EXPECT_EQ(c[26], "043");
  EXPECT_EQ(c[29], "1");
  EXPECT_EQ(c[30], "2.8");
  EXPECT_EQ(c[31], "3");  // NumMentions across the two articles
  EXPECT_EQ(c[32], "2");  // NumSources
  EXPECT_EQ(c[33], "2");  // NumArticles
  EXPECT_EQ(c[34], "");   // AvgTone: not known
  EXPECT_EQ(c[52], "Moscow");
  EXPECT_EQ(c[56], "55.7558");
  EXPECT_EQ(c[59].size(), 14u);
  EXPECT_EQ(c[60], "https://news.example/reuters/kerry-lavrov");
  EXPECT_EQ(Cells(lines[1], '\t')[60], "https://news.example/ap/kerry");
}

TEST_F(StoreCliTest, QueryWritesPhoenixCsvAndJsonl) {
  IngestFixture();
  Result p = Run({"query", "--db", db_, "--format", "phoenix", "--root", "19"});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  auto c = Cells(Lines(p.out).at(0), '\t');
  ASSERT_EQ(c.size(), 26u);
  EXPECT_EQ(c[1], "20151001");
  EXPECT_EQ(c[5], "RUSMIL");
  EXPECT_EQ(c[6], "RUS");
  EXPECT_EQ(c[7], "MIL");
  EXPECT_EQ(c[15], "4");
  EXPECT_EQ(c[20], "Aleppo");
  EXPECT_EQ(c[23], "aleppo-afp_0");
  EXPECT_EQ(c[25], "AFP");

  Result csv = Run({"query", "--db", db_, "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  auto rows = Lines(csv.out);
  ASSERT_EQ(rows.size(), 7u);  // header + 6 events
  EXPECT_EQ(rows[0].rfind("event_id,article_id,sentence,date,", 0), 0u);
  EXPECT_THAT(rows[4], HasSubstr("\"Russian warplanes struck rebel positions "
                                 "near Aleppo, killing at least 12 fighters, "
                                 "a monitoring group said.\""));

  // JSONL out of the store reads back into another store unchanged.
  Result jsonl = Run({"query", "--db", db_});
  ASSERT_EQ(jsonl.exit_code, 0);
  std::string copy = Write("copy.jsonl", jsonl.out);
  std::string db2 = (dir_ / "copy.db").string();
  Result again = Run({"ingest", "--db", db2, "--events", copy});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  Result jsonl2 = Run({"query", "--db", db2});
  auto strip_added = [](const std::string& text) {
    std::string out;
    for (const std::string& line : Lines(text)) {
      json j = json::parse(line);
      out += j.dump() + "\n";
    }
    return out;
  };
  EXPECT_EQ(strip_added(jsonl2.out), strip_added(jsonl.out));
}

TEST_F(StoreCliTest, SeriesCountsTheDyad) {
  IngestFixture();
  Result r = Run({"series", "--db", db_, "--dyad", "USA:RUS", "--by", "day"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  ASSERT_EQ(j["series"].size(), 1u);
  EXPECT_EQ(j["series"][0]["period"], "2015-12-15");
  EXPECT_EQ(j["series"][0]["events"], 2);
  EXPECT_DOUBLE_EQ(j["series"][0]["goldstein_sum"].get<double>(), 5.6);
  EXPECT_EQ(j["series"][0]["quad"]["1"], 2);

  Result both = Run({"series", "--db", db_, "--dyad", "USA:RUS", "--by",
                     "month", "--both-directions", "--format", "csv"});
  ASSERT_EQ(both.exit_code, 0) << both.err;
  EXPECT_THAT(Lines(both.out),
              ElementsAre("period,events,goldstein_sum,goldstein_mean,quad1,"
                          "quad2,quad3,quad4,quad_unknown",
                          "2015-12,3,10.8,3.6,3,0,0,0,0"));

  Result bad = Run({"series", "--db", db_, "--dyad", "USA"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.err, HasSubstr("SOURCE:TARGET"));
}

TEST_F(StoreCliTest, ShardsOfOneArticleMerge) {
  // One article's events split across two shard outputs.
  std::vector<std::string> lines = Lines(dyad::e2e::ReadFile(kEvents));
  std::string shard1 = Write("shard1.jsonl", lines[0] + "\n" + lines[1] + "\n");
  std::string shard2 = Write("shard2.jsonl", lines[2] + "\n" + lines[3] + "\n");
  Result r =
      Run({"ingest", "--db", db_, "--events", shard1, "--events", shard2});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(
      QueryIds({"--either", "USA"}),
      ElementsAre("kerry-reuters:043", "kerry-ap:043", "kerry-ap:0311"));
  // Running the same merge again changes nothing.
  r = Run({"ingest", "--db", db_, "--events", shard1, "--events", shard2});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 4);
}

TEST_F(StoreCliTest, BadEventLinesAreReportedAndSkipped) {
  std::vector<std::string> lines = Lines(dyad::e2e::ReadFile(kEvents));
  std::string file =
      Write("mixed.jsonl", lines[0] + "\n{\"article_id\": \n" +
                               "{\"cameo\": \"043\"}\n" + lines[3] + "\n");
  Result r = Run({"ingest", "--db", db_, "--events", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("mixed.jsonl:2: malformed JSON"));
  EXPECT_THAT(r.err, HasSubstr("mixed.jsonl:3: missing \"article_id\""));
  EXPECT_EQ(Count("SELECT count(*) FROM events"), 2);

  Result strict = Run({"ingest", "--db", db_, "--strict", "--events", file});
  EXPECT_EQ(strict.exit_code, 2);
}

TEST_F(StoreCliTest, StoreErrorsExitTwoWithAClearMessage) {
  std::string junk = Write("notes.db", std::string(4096, 'x'));
  Result r = Run({"query", "--db", junk});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("notes.db: not a SQLite database"));
  r = Run({"ingest", "--db", junk, "--events", kEvents});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("not a SQLite database"));

  IngestFixture();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "PRAGMA user_version = 2", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"query", "--db", db_},
        std::vector<std::string>{"ingest", "--db", db_, "--events", kEvents}}) {
    r = Run(args);
    EXPECT_EQ(r.exit_code, 2) << args[0];
    EXPECT_THAT(r.err, HasSubstr("schema version 2 is newer than this dyad"))
        << args[0];
  }

  r = Run({"query", "--db", (dir_ / "missing.db").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("missing.db: no such store"));
  EXPECT_FALSE(fs::exists(dir_ / "missing.db"));  // query never creates
}

TEST_F(StoreCliTest, BadFtsQueryIsAnInputError) {
  IngestFixture();
  Result r = Run({"query", "--db", db_, "--text", "\"unbalanced"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--text"));
}

TEST_F(StoreCliTest, IngestStoresArticlesThroughThePipeline) {
  std::string input = Write(
      "articles.jsonl",
      "{\"id\": \"n1\", \"date\": \"2015-12-15\", \"source\": \"Reuters\", "
      "\"text\": \"US Secretary of State John Kerry met Russian Foreign "
      "Minister Sergei Lavrov in Moscow on Tuesday.\"}\n"
      "{\"id\": \"n2\", \"date\": \"2015-10-01\", \"text\": \"Russian "
      "warplanes struck rebel positions near Aleppo.\"}\n");
  Result r = Run({"ingest", "--db", db_, input});
  if (r.exit_code == 2 && r.err.find("model") != std::string::npos) {
    GTEST_SKIP() << "the pipeline's models are not available: " << r.err;
  }
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM articles WHERE article_id = 'n1' AND "
                  "source = 'Reuters' AND text LIKE 'US Secretary%'"),
            1);
  r = Run({"ingest", "--db", db_, "--no-text", input});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT count(*) FROM articles"), 2);
}

}  // namespace
