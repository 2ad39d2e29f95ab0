// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// --threads N of `dyad code` and `dyad ingest`, and `dyad bench`: the
// output of N threads is byte for byte the output of one thread (events,
// stderr, exit code, store contents), in input order; bad thread counts
// are usage errors. Also unit tests of the queue and the reorder window the
// multi-threaded runner is made of (src/cli/ordered_queue.h).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/ordered_queue.h"
#include "e2e_support.h"

namespace {

using dyad::e2e::ReadFile;
using dyad::e2e::Result;
using dyad::e2e::RunDyad;
using dyad::e2e::TempDir;

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using json = nlohmann::json;

const std::string kExample =
    std::string(DYAD_SOURCE_DIR) + "/examples/kerry_lavrov_moscow.jsonl";

// Sentences of wire copy, written for these tests, combined into articles
// of different lengths so that workers finish out of order.
const char* const kSentences[] = {
    "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei "
    "Lavrov in Moscow on Tuesday.",
    "Egyptian police arrested dozens of protesters in Cairo on Friday, "
    "security sources said.",
    "The United Nations Security Council demanded that Syria allow aid "
    "convoys into besieged towns.",
    "Turkish warplanes struck Kurdish militant positions in northern Iraq "
    "overnight, the army said.",
    "China accused Japan of provoking tensions in the East China Sea.",
    "German Chancellor Angela Merkel will visit Washington next week to "
    "discuss trade with President Barack Obama.",
    "Israeli troops shot dead a Palestinian who stabbed a soldier near "
    "Hebron, the military said.",
    "Iran and the European Union signed an agreement on nuclear cooperation "
    "in Vienna.",
    "Nigerian soldiers killed 20 Boko Haram fighters in an attack on a camp "
    "in Borno state.",
    "The White House said it was not considering sanctions against India.",
    "Thousands of workers marched in Athens to protest against cuts demanded "
    "by the country's creditors.",
    "French President Francois Hollande praised Morocco for its help in the "
    "investigation.",
};

// `n` articles of 1 to 9 sentences (a fixed pseudo-random mix), some with
// repeated sentences, every fifth line after the first a malformed record.
std::string ManyArticles(int n, bool with_bad_lines) {
  std::mt19937 random(20151215);
  const int kinds = static_cast<int>(std::size(kSentences));
  std::string jsonl;
  for (int i = 0; i < n; ++i) {
    if (with_bad_lines && i > 0 && i % 5 == 0) {
      jsonl += "{\"id\": \"broken-" + std::to_string(i) +
               "\", \"text\": \"an unterminated string}\n";
    }
    const int sentences = 1 + static_cast<int>(random() % 9);
    std::string text;
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) text += (s % 3 == 0) ? "\n" : " ";
      text += kSentences[random() % kinds];
    }
    json article = {{"id", "gen-" + std::to_string(i)},
                    {"date", "2015-12-" + std::to_string(10 + i % 20)},
                    {"source", "test wire"},
                    {"text", text}};
    jsonl += article.dump() + "\n";
  }
  return jsonl;
}

std::vector<std::string> ArticleIdsInOrder(const std::string& jsonl) {
  std::vector<std::string> ids;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) {
    std::string id = json::parse(line)["article_id"];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  }
  return ids;
}

// GDELT output with column 59 (DATEADDED, the wall-clock time of the run)
// blanked; other formats as they are.
std::string WithoutDateAdded(const std::string& format,
                             const std::string& out) {
  if (format != "gdelt") return out;
  std::string result;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    size_t begin = 0;
    for (int column = 0; column < 59 && begin != std::string::npos; ++column) {
      begin = line.find('\t', begin);
      if (begin != std::string::npos) ++begin;
    }
    if (begin != std::string::npos) {
      line.erase(begin, line.find('\t', begin) - begin);
    }
    result += line + "\n";
  }
  return result;
}

// ------------------------------------------------------------------ code

TEST(Threads, BundledExampleIsTheSameOnThreeThreads) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  Result one = RunDyad({"code", "--threads", "1", kExample});
  Result three = RunDyad({"code", "--threads", "3", kExample});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(three.exit_code, 0) << three.err;
  EXPECT_THAT(one.out, HasSubstr("\"cameo\":\"040\""));
  EXPECT_EQ(three.out, one.out);
  EXPECT_EQ(three.err, one.err);
}

TEST(Threads, ManyArticlesAreWrittenInInputOrderAsOnOneThread) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("many.jsonl", ManyArticles(120, false));
  Result one = RunDyad({"code", "--threads", "1", input});
  Result three = RunDyad({"code", "--threads", "3", input});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(three.exit_code, 0) << three.err;
  EXPECT_EQ(three.out, one.out);
  // Events come article by article, in the order of the input.
  std::vector<std::string> ids = ArticleIdsInOrder(one.out);
  ASSERT_GT(ids.size(), 60u);
  std::vector<std::string> sorted = ids;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::stoi(a.substr(4)) < std::stoi(b.substr(4));
  });
  EXPECT_EQ(ids, sorted);
}

TEST(Threads, OtherFormatsAreTheSameOnTwoThreads) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("many.jsonl", ManyArticles(40, false));
  for (const char* format : {"csv", "gdelt", "phoenix"}) {
    Result one = RunDyad({"code", "--format", format, "--threads", "1", input});
    Result two = RunDyad({"code", "--format", format, "--threads", "2", input});
    ASSERT_EQ(one.exit_code, 0) << format << ": " << one.err;
    EXPECT_FALSE(one.out.empty()) << format;
    // GDELT's DATEADDED is the time of the run, the same for every event.
    EXPECT_EQ(WithoutDateAdded(format, two.out),
              WithoutDateAdded(format, one.out))
        << format;
  }
}

TEST(Threads, BadRecordsAreReportedInPlaceAsOnOneThread) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("bad.jsonl", ManyArticles(60, true));
  Result one = RunDyad({"code", "--threads", "1", "--stats", input});
  Result three = RunDyad({"code", "--threads", "3", "--stats", input});
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_EQ(three.exit_code, 2);
  EXPECT_EQ(three.out, one.out);
  EXPECT_THAT(one.err, HasSubstr("bad.jsonl:6:"));
  EXPECT_THAT(one.err, HasSubstr("11 errors in the input"));
  // The summary line has the run time; everything before it is the same.
  auto without_summary = [](const std::string& err) {
    return err.substr(0, err.find("dyad: 60 articles"));
  };
  EXPECT_EQ(without_summary(three.err), without_summary(one.err));
  EXPECT_THAT(three.err, HasSubstr("dyad: 60 articles"));
}

TEST(Threads, StrictStopsAtTheSamePlace) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("bad.jsonl", ManyArticles(60, true));
  Result one = RunDyad({"code", "--strict", "--threads", "1", input});
  Result three = RunDyad({"code", "--strict", "--threads", "3", input});
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_EQ(three.exit_code, 2);
  EXPECT_EQ(three.out, one.out);
  EXPECT_EQ(three.err, one.err);
  EXPECT_THAT(one.err, HasSubstr("--strict"));
  // Only the articles before the first bad line (line 6) were coded.
  for (const std::string& id : ArticleIdsInOrder(one.out)) {
    EXPECT_LT(std::stoi(id.substr(4)), 5) << id;
  }
}

TEST(Threads, BadThreadCountsAreUsageErrors) {
  for (const char* command : {"code", "ingest"}) {
    for (const char* bad : {"0", "-1", "x", "1.5", "100000"}) {
      std::vector<std::string> args = {command};
      if (std::string(command) == "ingest") {
        args.insert(args.end(), {"--db", "/nonexistent/never.db"});
      }
      args.insert(args.end(), {"--threads", bad, kExample});
      Result r = RunDyad(args);
      EXPECT_EQ(r.exit_code, 1) << command << " --threads " << bad;
      EXPECT_THAT(r.err, HasSubstr("threads")) << command << " " << bad;
      EXPECT_EQ(r.out, "");
    }
  }
}

TEST(Threads, AFailedWriteIsReportedOnceAndStopsTheRun) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("many.jsonl", ManyArticles(40, false));
  for (const char* threads : {"1", "3"}) {
    Result r =
        RunDyad({"code", "--threads", threads, "-o", "/dev/full", input});
    EXPECT_EQ(r.exit_code, 2) << threads;
    size_t reports = 0;
    for (size_t at = r.err.find("write failed"); at != std::string::npos;
         at = r.err.find("write failed", at + 1)) {
      ++reports;
    }
    EXPECT_EQ(reports, 1u) << threads << " threads:\n" << r.err;
  }
}

// ---------------------------------------------------------------- ingest

TEST(Threads, IngestStoresTheSameOnThreeThreads) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string input = dir.Write("many.jsonl", ManyArticles(50, false));
  const std::string db1 = dir / "one.db";
  const std::string db3 = dir / "three.db";
  Result one = RunDyad({"ingest", "--db", db1, "--threads", "1", input});
  Result three = RunDyad({"ingest", "--db", db3, "--threads", "3", input});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(three.exit_code, 0) << three.err;
  Result q1 = RunDyad({"query", "--db", db1});
  Result q3 = RunDyad({"query", "--db", db3});
  ASSERT_EQ(q1.exit_code, 0) << q1.err;
  EXPECT_FALSE(q1.out.empty());
  EXPECT_EQ(q3.out, q1.out);
  // And what `dyad code` writes for the same input is what was stored.
  Result code = RunDyad({"code", "--threads", "2", input});
  ASSERT_EQ(code.exit_code, 0) << code.err;
  std::istringstream stored(q1.out), coded(code.out);
  size_t stored_lines = 0, coded_lines = 0;
  for (std::string line; std::getline(stored, line);) ++stored_lines;
  for (std::string line; std::getline(coded, line);) ++coded_lines;
  EXPECT_EQ(stored_lines, coded_lines);
}

// ----------------------------------------------------------------- bench

TEST(Bench, SmallCorpusFingerprintsAgree) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  dir.Write("corpus/part-000.jsonl", ManyArticles(30, false));
  Result r = RunDyad({"bench", "--corpus", dir / "corpus", "--articles", "20",
                      "--threads", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_THAT(r.out, HasSubstr("dyad bench: 20 articles"));
  EXPECT_THAT(r.out, HasSubstr("start-up (Engine::Create)"));
  EXPECT_THAT(r.out, HasSubstr("sentences/s"));
  EXPECT_THAT(r.out, HasSubstr("fingerprints equal"));
}

TEST(Bench, MissingCorpusGivenByFlagIsAnInputError) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  Result r = RunDyad({"bench", "--corpus", "/nonexistent/corpus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/corpus"));
}

TEST(Bench, MissingSharedCorpusIsSkippedWithAMessage) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  setenv("DYAD_SHARED", "/nonexistent/shared", 1);
  Result r = RunDyad({"bench"});
  unsetenv("DYAD_SHARED");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("skipped: no corpus at "
                               "/nonexistent/shared/corpora/allsides_abp"));
}

// ------------------------------------------------- queue and reorder window

using dyad::cli::BoundedQueue;
using dyad::cli::ReorderWindow;

TEST(BoundedQueue, FifoAndDrainsAfterClose) {
  BoundedQueue<int> q(3);
  EXPECT_TRUE(q.Push(1));
  EXPECT_TRUE(q.Push(2));
  q.Close();
  EXPECT_FALSE(q.Push(3));
  EXPECT_EQ(q.Pop(), 1);
  EXPECT_EQ(q.Pop(), 2);
  EXPECT_EQ(q.Pop(), std::nullopt);
}

TEST(BoundedQueue, PushBlocksWhileFull) {
  BoundedQueue<int> q(2);
  std::atomic<int> pushed{0};
  std::thread producer([&] {
    for (int i = 0; i < 5; ++i) {
      q.Push(i);
      ++pushed;
    }
  });
  while (pushed < 2) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(pushed, 2);  // the third waits for room
  std::vector<int> got;
  for (int i = 0; i < 5; ++i) got.push_back(*q.Pop());
  producer.join();
  EXPECT_EQ(got, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(ReorderWindow, TakesInSequenceOrderWhateverThePutOrder) {
  ReorderWindow<std::string> w(4);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(w.Reserve(), uint64_t(i));
  w.Put(2, "c");
  w.Put(0, "a");
  w.Put(3, "d");
  w.Put(1, "b");
  w.Finish();
  EXPECT_EQ(w.Take(), "a");
  EXPECT_EQ(w.Take(), "b");
  EXPECT_EQ(w.Take(), "c");
  EXPECT_EQ(w.Take(), "d");
  EXPECT_EQ(w.Take(), std::nullopt);
}

TEST(ReorderWindow, ReserveBlocksUntilTheOldestIsTaken) {
  ReorderWindow<int> w(2);
  ASSERT_EQ(w.Reserve(), 0u);
  ASSERT_EQ(w.Reserve(), 1u);
  std::atomic<bool> reserved{false};
  std::thread producer([&] {
    EXPECT_EQ(w.Reserve(), 2u);
    reserved = true;
    w.Finish();
  });
  w.Put(1, 11);  // a later result does not make room
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(reserved);
  w.Put(0, 10);
  EXPECT_EQ(w.Take(), 10);
  producer.join();
  EXPECT_TRUE(reserved);
  EXPECT_EQ(w.Take(), 11);
  w.Put(2, 12);
  EXPECT_EQ(w.Take(), 12);
  EXPECT_EQ(w.Take(), std::nullopt);
}

TEST(ReorderWindow, CancelReleasesABlockedProducer) {
  ReorderWindow<int> w(1);
  ASSERT_EQ(w.Reserve(), 0u);
  std::thread producer([&] { EXPECT_EQ(w.Reserve(), std::nullopt); });
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  w.Cancel();
  producer.join();
}

// Many producers of results (workers) and one consumer: every result comes
// out once, in order, however the threads interleave.
TEST(ReorderWindow, WorkersFinishingOutOfOrderStillGiveInputOrder) {
  constexpr int kItems = 2000;
  ReorderWindow<int> w(8);
  BoundedQueue<int> work(8);
  std::thread reader([&] {
    for (int i = 0; i < kItems; ++i) {
      std::optional<uint64_t> seq = w.Reserve();
      ASSERT_TRUE(seq.has_value());
      work.Push(static_cast<int>(*seq));
    }
    work.Close();
    w.Finish();
  });
  std::vector<std::thread> workers;
  for (int t = 0; t < 4; ++t) {
    workers.emplace_back([&, t] {
      std::mt19937 random(t);
      while (std::optional<int> seq = work.Pop()) {
        if (random() % 7 == 0) std::this_thread::yield();
        w.Put(static_cast<uint64_t>(*seq), *seq * 10);
      }
    });
  }
  std::vector<int> got;
  while (std::optional<int> v = w.Take()) got.push_back(*v);
  reader.join();
  for (std::thread& t : workers) t.join();
  ASSERT_EQ(got.size(), size_t{kItems});
  for (int i = 0; i < kItems; ++i) EXPECT_EQ(got[i], i * 10);
}

}  // namespace
