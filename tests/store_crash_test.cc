// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Crash safety of `dyad ingest`, tested for real: the built binary ingests a
// generated file of coded events (2,500 articles, 3 events each) and is
// killed with SIGKILL at random moments, more than 20 times, each time
// re-run on the same store. After every kill the store must pass
// PRAGMA integrity_check and hold only whole articles (every stored article
// with exactly its 3 events and their evidence, group counts matching the
// events); after a final uninterrupted run it must hold every article
// exactly once, the same as a store that was never interrupted.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;

constexpr int kArticles = 2500;
constexpr int kEventsPerArticle = 3;
constexpr int kKills = 22;

// Writes kArticles articles' worth of events in dyad's JSONL: a handful of
// dyads and CAMEO codes over a year, with news-style evidence sentences.
void WriteEvents(const std::string& path) {
  struct Template {
    const char* source;
    const char* source_text;
    const char* target;
    const char* target_text;
    const char* cameo;
    int quad;
    const char* goldstein;
    const char* plover;
    const char* verb;
    const char* place;
  };
  const Template templates[] = {
      {"USAGOV", "Secretary of State John Kerry", "RUSGOV",
       "Foreign Minister Sergei Lavrov", "043", 1, "2.8", "CONSULT", "met",
       "Moscow"},
      {"RUSMIL", "Russian warplanes", "SYRREB", "rebel positions", "195", 4,
       "-10", "ASSAULT", "struck", "Aleppo"},
      {"ISRCOP", "Israeli police", "PSECVL", "Palestinian protesters", "173", 4,
       "-5", "COERCE", "arrested", "East Jerusalem"},
      {"IGOUNO", "UN Secretary-General Ban Ki-moon", "SYRGOV",
       "the Syrian government", "1041", 3, "-5", "DEMAND", "demanded",
       "Geneva"},
      {"CHNGOV", "Chinese President Xi Jinping", "USAGOV", "Washington", "036",
       1, "4", "COOPERATE", "offered to meet", "Beijing"},
  };
  const char* outlets[] = {"Reuters", "AP", "AFP", "BBC"};
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < kArticles; ++i) {
    for (int k = 0; k < kEventsPerArticle; ++k) {
      const Template& t = templates[(i + k) % 5];
      char date[16];
      std::snprintf(date, sizeof date, "2015-%02d-%02d", 1 + i % 12,
                    1 + (i / 12) % 28);
      out << "{\"article_id\":\"story-" << i << "\",\"sentence\":" << k
          << ",\"date\":\"" << date << "\",\"source\":{\"code\":\"" << t.source
          << "\",\"text\":\"" << t.source_text << "\"},\"target\":{\"code\":\""
          << t.target << "\",\"text\":\"" << t.target_text << "\"},\"cameo\":\""
          << t.cameo << "\",\"root\":\"" << std::string(t.cameo, 2)
          << "\",\"quad_class\":" << t.quad << ",\"goldstein\":" << t.goldstein
          << ",\"plover\":{\"type\":\"" << t.plover
          << "\"},\"location\":{\"name\":\"" << t.place
          << "\"},\"confidence\":0.7,\"evidence\":{\"sentence\":\""
          << t.source_text << " " << t.verb << " " << t.target_text << " in "
          << t.place << " on Tuesday, officials said (report " << i << ")."
          << "\",\"verb\":\"" << t.verb
          << "\",\"rule\":\"data/verbs/x.txt:1\"},\"article\":{\"source\":\""
          << outlets[i % 4] << "\",\"url\":\"https://news.example/story/" << i
          << "\"}}\n";
    }
  }
}

// Starts `dyad ingest` with output to /dev/null; returns its pid.
pid_t StartIngest(const std::string& db, const std::string& events) {
  std::vector<std::string> args = {DYAD_BIN,   "ingest",  "--db",
                                   db,         "--batch", "200",
                                   "--events", events,    "--quiet"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  if (posix_spawn(&pid, DYAD_BIN, &actions, nullptr, argv.data(), environ) !=
      0) {
    pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Waits for `pid`; returns its exit code, or 128 + signal.
int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Runs one SQL statement returning a single value, as text.
std::string Scalar(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  std::string value = "<error>";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      value = text ? reinterpret_cast<const char*>(text) : "";
    } else if (rc == SQLITE_DONE) {
      value = "";
    }
  }
  if (value == "<error>") value += sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  return value;
}

// Checks the invariants that must hold after any kill. Returns the number
// of articles stored.
int64_t CheckStore(const std::string& path) {
  // Killed before it created the file: there is no store yet.
  if (!fs::exists(path)) return 0;
  sqlite3* db = nullptr;
  // Read-write, as the next ingest would: it rolls back a torn WAL tail.
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
  EXPECT_EQ(Scalar(db, "PRAGMA integrity_check"), "ok");
  const std::string version = Scalar(db, "PRAGMA user_version");
  int64_t articles = 0;
  if (version == "1") {
    articles = std::stoll(Scalar(db, "SELECT count(*) FROM articles"));
    // Only whole articles: each with all its events, each event with its
    // evidence, no orphans, group counts in step with the events.
    EXPECT_EQ(Scalar(db,
                     "SELECT count(*) FROM articles a WHERE (SELECT count(*) "
                     "FROM events e WHERE e.article = a.id) != " +
                         std::to_string(kEventsPerArticle)),
              "0");
    EXPECT_EQ(Scalar(db,
                     "SELECT count(*) FROM events e WHERE NOT EXISTS "
                     "(SELECT 1 FROM event_mentions m WHERE m.event = e.id)"),
              "0");
    EXPECT_EQ(Scalar(db,
                     "SELECT count(*) FROM event_mentions m WHERE NOT "
                     "EXISTS (SELECT 1 FROM events e WHERE e.id = m.event)"),
              "0");
    EXPECT_EQ(Scalar(db,
                     "SELECT count(*) FROM event_groups g WHERE "
                     "num_articles != (SELECT count(DISTINCT article) FROM "
                     "events e WHERE e.group_id = g.id)"),
              "0");
    EXPECT_EQ(Scalar(db,
                     "SELECT count(*) - count(DISTINCT article_id) FROM "
                     "articles"),
              "0");
  } else {
    // Killed before the first migration committed: an empty database.
    EXPECT_EQ(version, "0");
    EXPECT_EQ(Scalar(db, "SELECT count(*) FROM sqlite_schema"), "0");
  }
  sqlite3_close(db);
  return articles;
}

TEST(StoreCrashTest, KilledIngestsLeaveAWholeStoreThatARerunCompletes) {
  std::string pattern = (fs::temp_directory_path() / "dyad-crash-XXXXXX");
  const fs::path dir = mkdtemp(pattern.data());
  const std::string events = (dir / "events.jsonl").string();
  const std::string db = (dir / "events.db").string();
  const std::string reference = (dir / "reference.db").string();
  WriteEvents(events);

  // An uninterrupted run: the reference store, and how long a run takes.
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(Wait(StartIngest(reference, events)), 0);
  const auto full_run = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(CheckStore(reference), kArticles);

  std::mt19937 rng(20151215);
  const auto max_delay =
      std::chrono::duration_cast<std::chrono::microseconds>(full_run);
  std::uniform_int_distribution<int64_t> delay_us(0, max_delay.count());
  int kills = 0;
  int64_t stored_before = 0;
  for (int attempt = 0; kills < kKills && attempt < 5 * kKills; ++attempt) {
    pid_t pid = StartIngest(db, events);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    const bool killed = kill(pid, SIGKILL) == 0;
    const int code = Wait(pid);
    if (killed && code == 128 + SIGKILL)
      ++kills;
    else
      EXPECT_EQ(code, 0);  // it finished before the signal
    SCOPED_TRACE("after attempt " + std::to_string(attempt));
    const int64_t stored = CheckStore(db);
    // Committed batches are never lost: a re-run only adds or replaces.
    EXPECT_GE(stored, stored_before);
    stored_before = stored;
  }
  EXPECT_GE(kills, 20);
  ::testing::Test::RecordProperty("kills", kills);
  ::testing::Test::RecordProperty("stored_after_last_kill",
                                  std::to_string(stored_before));

  // A final uninterrupted run completes the store.
  ASSERT_EQ(Wait(StartIngest(db, events)), 0);
  EXPECT_EQ(CheckStore(db), kArticles);
  sqlite3* a = nullptr;
  sqlite3* b = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &a), SQLITE_OK);
  ASSERT_EQ(sqlite3_open(reference.c_str(), &b), SQLITE_OK);
  for (const char* sql :
       {"SELECT count(*) FROM events", "SELECT count(*) FROM event_mentions",
        "SELECT count(*) FROM event_groups",
        "SELECT total(num_mentions) || '/' || total(num_articles) || '/' || "
        "total(num_sources) FROM event_groups",
        "SELECT count(*) FROM event_mentions_fts WHERE event_mentions_fts "
        "MATCH 'Kerry'"}) {
    EXPECT_EQ(Scalar(a, sql), Scalar(b, sql)) << sql;
  }
  EXPECT_EQ(Scalar(a, "SELECT count(*) FROM events"),
            std::to_string(kArticles * kEventsPerArticle));
  // The full-text index agrees with its content table.
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(a,
                         "INSERT INTO event_mentions_fts(event_mentions_fts) "
                         "VALUES ('integrity-check')",
                         nullptr, nullptr, &error),
            SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(a);
  sqlite3_close(b);
  fs::remove_all(dir);
}

}  // namespace
