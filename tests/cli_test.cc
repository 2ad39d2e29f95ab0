// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// End-to-end tests of `dyad code` and `dyad segment`: each test runs the
// built binary (DYAD_BIN) on fixtures in tests/fixtures/ or on files it
// writes to a scratch directory, and checks stdout, stderr and the exit
// code. stderr is a file here, never a terminal, so no progress meter or
// summary line may appear unless asked for.
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "e2e_support.h"

namespace {

using dyad::e2e::HaveSyntaxModel;
using dyad::e2e::ReadFile;
using dyad::e2e::Result;
using dyad::e2e::RunDyad;
using dyad::e2e::TempDir;

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using json = nlohmann::json;

const std::string kFixtures = DYAD_FIXTURES;

std::string Fixture(const std::string& name) { return kFixtures + "/" + name; }

std::vector<std::string> Ids(const std::vector<json>& articles) {
  std::vector<std::string> ids;
  for (const json& a : articles) ids.push_back(a["id"]);
  return ids;
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
               Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// ------------------------------------------------------------ input formats

TEST(Segment, JsonlFileKeepsIdsDatesAndOrder) {
  Result r = RunDyad({"segment", Fixture("news/wire.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<json> a = r.Lines();
  EXPECT_THAT(Ids(a), ElementsAre("wire-001", "wire-002", "wire-003"));
  EXPECT_EQ(a[0]["date"], "2016-04-12");
  EXPECT_EQ(a[1]["date"], "2016-04-13");  // timestamp cut to the date
  EXPECT_TRUE(a[2]["date"].is_null());
  EXPECT_EQ(a[0]["title"], "Ministers meet in Vienna");
  EXPECT_EQ(a[1]["origin"], Fixture("news/wire.jsonl") + ":2");
}

TEST(Segment, CsvFileWithQuotedNewlinesAndQuotes) {
  Result r = RunDyad({"segment", Fixture("news/briefs.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> a = r.Lines();
  EXPECT_THAT(Ids(a), ElementsAre("brief-01", "brief-02", "brief-03"));
  EXPECT_THAT(a[1]["clean_text"].get<std::string>(),
              HasSubstr("Nepal.\nThe money"));
  EXPECT_THAT(a[2]["clean_text"].get<std::string>(),
              HasSubstr("\"constructive.\""));
  EXPECT_EQ(a[2]["title"], "Talks, again");
  EXPECT_EQ(a[2]["origin"], Fixture("news/briefs.csv") + ":5");
}

TEST(Segment, TextFileIsOneArticleNamedAfterTheFile) {
  Result r = RunDyad({"segment", Fixture("news/regional/lagos.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> a = r.Lines();
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]["id"], "lagos.txt");
  EXPECT_GE(a[0]["sentences"].size(), 2u);
}

TEST(Segment, DirectoryIsWalkedRecursivelyInSortedOrder) {
  Result r = RunDyad({"segment", Fixture("news")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // briefs.csv, regional/ankara.txt, regional/lagos.txt, wire.jsonl;
  // README.md is skipped.
  EXPECT_THAT(
      Ids(r.Lines()),
      ElementsAre("brief-01", "brief-02", "brief-03", "regional/ankara.txt",
                  "regional/lagos.txt", "wire-001", "wire-002", "wire-003"));
}

TEST(Segment, GzipFilesAreReadLikeTheirContent) {
  TempDir dir;
  const std::string plain = ReadFile(Fixture("news/wire.jsonl"));
  const std::string gz = dir.Write("wire.jsonl.gz", Gzip(plain));
  const std::string csv_gz =
      dir.Write("briefs.csv.gz", Gzip(ReadFile(Fixture("news/briefs.csv"))));
  Result r = RunDyad({"segment", gz, csv_gz});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(Ids(r.Lines()), ElementsAre("wire-001", "wire-002", "wire-003",
                                          "brief-01", "brief-02", "brief-03"));
  Result uncompressed = RunDyad({"segment", Fixture("news/wire.jsonl")});
  EXPECT_EQ(r.Lines()[0]["clean_text"], uncompressed.Lines()[0]["clean_text"]);
}

TEST(Segment, StdinIsJsonlByDefault) {
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"segment"},
        std::vector<std::string>{"segment", "-"}}) {
    Result r = RunDyad(args, Fixture("news/wire.jsonl"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<json> a = r.Lines();
    EXPECT_THAT(Ids(a), ElementsAre("wire-001", "wire-002", "wire-003"));
    EXPECT_EQ(a[0]["origin"], "<stdin>:1");
  }
}

TEST(Segment, StdinAsTextOrCsvWithInputFormat) {
  Result text = RunDyad({"segment", "--input-format", "text"},
                        Fixture("news/regional/ankara.txt"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  ASSERT_EQ(text.Lines().size(), 1u);
  EXPECT_THAT(text.Lines()[0]["clean_text"].get<std::string>(),
              HasSubstr("German ambassador"));
  Result csv =
      RunDyad({"segment", "--input-format=csv"}, Fixture("news/briefs.csv"));
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.Lines().size(), 3u);
}

TEST(Segment, CsvColumnFlagsRenameColumns) {
  TempDir dir;
  const std::string path = dir.Write(
      "renamed.csv",
      "story_id,published,body\n"
      "r1,2016-07-01,Ukrainian and Russian envoys met in Minsk on Friday.\n");
  Result r =
      RunDyad({"segment", path, "--csv-text-column", "body", "--csv-id-column",
               "story_id", "--csv-date-column", "published"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> a = r.Lines();
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]["id"], "r1");
  EXPECT_EQ(a[0]["date"], "2016-07-01");
}

// ------------------------------------------------------ segment JSON schema

TEST(Segment, JsonlSchemaHasOffsetsIntoCleanAndOriginalText) {
  Result r = RunDyad({"segment", Fixture("news/wire.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json a = r.Lines()[0];
  for (const char* key :
       {"id", "origin", "date", "title", "source", "url", "text_bytes",
        "utf8_repairs", "nul_bytes", "clean_text", "dropped", "sentences"}) {
    EXPECT_TRUE(a.contains(key)) << key;
  }
  const std::string clean = a["clean_text"];
  ASSERT_FALSE(a["sentences"].empty());
  size_t index = 0;
  for (const json& s : a["sentences"]) {
    EXPECT_EQ(s["index"], index++);
    EXPECT_THAT(s["kind"].get<std::string>(),
                testing::AnyOf("body", "headline", "caption", "dateline"));
    EXPECT_TRUE(s["truncated"].is_boolean());
    const size_t begin = s["clean"][0], end = s["clean"][1];
    EXPECT_EQ(clean.substr(begin, end - begin), s["text"]);
    ASSERT_FALSE(s["tokens"].empty());
    for (const json& t : s["tokens"]) {
      const size_t tb = t["clean"][0], te = t["clean"][1];
      EXPECT_EQ(clean.substr(tb, te - tb), t["text"]);
      EXPECT_GE(tb, begin);
      EXPECT_LE(te, end);
      EXPECT_LE(t["orig"][0].get<size_t>(), t["orig"][1].get<size_t>());
    }
  }
  // The word "Vienna" of the first article is found through its original
  // offsets as well.
  const std::string original = json::parse(
      ReadFile(Fixture("news/wire.jsonl"))
          .substr(0, ReadFile(Fixture("news/wire.jsonl")).find('\n')))["text"];
  bool found = false;
  for (const json& s : a["sentences"]) {
    for (const json& t : s["tokens"]) {
      if (t["text"] != "Vienna") continue;
      const size_t ob = t["orig"][0], oe = t["orig"][1];
      EXPECT_EQ(original.substr(ob, oe - ob), "Vienna");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(Segment, TableFormatIsReadable) {
  Result r =
      RunDyad({"segment", "--format", "table", Fixture("news/wire.jsonl")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("=== wire-001  date 2016-04-12"));
  EXPECT_THAT(r.out, HasSubstr("kind"));
  EXPECT_THAT(r.out, HasSubstr("Vienna"));
}

// ------------------------------------------------------------- bad input

TEST(BadInput, InvalidUtf8IsRepairedAndCounted) {
  Result r = RunDyad({"segment", Fixture("bad/latin1.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json a = r.Lines().at(0);
  EXPECT_EQ(a["utf8_repairs"], 3);
  EXPECT_THAT(a["clean_text"].get<std::string>(),
              HasSubstr("Caf\xEF\xBF\xBD owners"));
  EXPECT_THAT(r.err, HasSubstr("replaced 3 invalid UTF-8 sequences"));
}

TEST(BadInput, NulBytesAreRemovedAndCounted) {
  for (const char* name : {"bad/nul.jsonl", "bad/nul.txt"}) {
    Result r = RunDyad({"segment", Fixture(name)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json a = r.Lines().at(0);
    EXPECT_GE(a["nul_bytes"].get<int>(), 1) << name;
    EXPECT_EQ(a["clean_text"].get<std::string>().find('\0'), std::string::npos);
    EXPECT_THAT(r.err, HasSubstr("NUL bytes")) << name;
  }
}

TEST(BadInput, EmptyTextFileIsAnEmptyArticleWithAWarning) {
  Result r = RunDyad({"segment", Fixture("bad/empty.txt")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> a = r.Lines();
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]["id"], "empty.txt");
  EXPECT_EQ(a[0]["clean_text"], "");
  EXPECT_TRUE(a[0]["sentences"].empty());
  EXPECT_THAT(r.err, HasSubstr("empty.txt: warning: empty file"));
  // --quiet silences warnings.
  EXPECT_EQ(RunDyad({"segment", "-q", Fixture("bad/empty.txt")}).err, "");
}

TEST(BadInput, MalformedJsonlLinesAreNamedAndTheRestIsProcessed) {
  const std::string path = Fixture("bad/bad_lines.jsonl");
  Result r = RunDyad({"segment", path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(Ids(r.Lines()), ElementsAre("ok-1", "ok-2", "ok-5", "ok-7"));
  EXPECT_THAT(r.err, HasSubstr("dyad: " + path + ":3: invalid JSON: "));
  EXPECT_THAT(r.err, HasSubstr("dyad: " + path + ":4: missing \"text\""));
  EXPECT_THAT(r.err,
              HasSubstr("dyad: " + path + ":6: \"text\" is not a string"));
  EXPECT_THAT(r.err, HasSubstr("3 errors in the input"));
}

TEST(BadInput, StrictStopsAtTheFirstError) {
  const std::string path = Fixture("bad/bad_lines.jsonl");
  Result r = RunDyad({"segment", "--strict", path});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(Ids(r.Lines()), ElementsAre("ok-1", "ok-2"));
  EXPECT_THAT(r.err, HasSubstr(path + ":3: invalid JSON"));
  EXPECT_THAT(r.err, Not(HasSubstr(path + ":4:")));
}

TEST(BadInput, CsvWithoutTextColumnIsAUsageError) {
  Result r = RunDyad({"segment", Fixture("bad/no_text_column.csv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("no \"text\" column"));
  EXPECT_THAT(r.err, HasSubstr("--csv-text-column"));
  Result fixed = RunDyad({"segment", Fixture("bad/no_text_column.csv"),
                          "--csv-text-column", "body"});
  EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_EQ(fixed.Lines().size(), 1u);
}

TEST(BadInput, UnknownCsvColumnNamedByAFlagIsAUsageError) {
  Result r = RunDyad(
      {"segment", Fixture("news/briefs.csv"), "--csv-source-column", "outlet"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, AllOf(HasSubstr("no column \"outlet\""),
                           HasSubstr("--csv-source-column")));
}

TEST(BadInput, MissingFileIsExit2WithThePath) {
  Result r =
      RunDyad({"segment", Fixture("news/wire.jsonl"), "no/such/news.jsonl"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("dyad: no/such/news.jsonl: No such file"));
}

TEST(BadInput, HundredMegabyteSingleLineIsReadAndCut) {
  TempDir dir;
  // Generated here, not committed: one 100 MB line, then a normal article.
  std::string text;
  text.reserve(100u << 20);
  while (text.size() < (100u << 20)) text += "Rebels shelled Aleppo again. ";
  const std::string jsonl = dir.Write(
      "long.jsonl", "{\"id\":\"long\",\"text\":\"" + text +
                        "\"}\n{\"id\":\"next\",\"text\":\"Talks resumed.\"}\n");
  const std::string txt = dir.Write("long.txt", text);
  text.clear();
  text.shrink_to_fit();

  Result r = RunDyad({"segment", jsonl});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> a = r.Lines();
  EXPECT_THAT(Ids(a), ElementsAre("long", "next"));
  // Cut to the default --max-text-bytes (2 MiB), with a warning.
  EXPECT_EQ(a[0]["text_bytes"], 2u << 20);
  EXPECT_THAT(r.err, HasSubstr(jsonl + ":1: warning: text of 10485"));

  Result t = RunDyad({"segment", "--stats", "--max-text-bytes", "1000000", "-o",
                      "/dev/null", txt});
  EXPECT_EQ(t.exit_code, 0) << t.err;
  EXPECT_THAT(t.err, HasSubstr("cut to the first 1000000"));
  EXPECT_THAT(t.err, HasSubstr("dyad: 1 articles"));
}

// ------------------------------------------------- exit codes, flags, stderr

TEST(ExitCodes, UsageErrorsAreExit1) {
  EXPECT_EQ(RunDyad({"code", "--no-such-flag"}).exit_code, 1);
  EXPECT_EQ(RunDyad({"code", "--input-format", "xml"}).exit_code, 1);
  EXPECT_EQ(RunDyad({"segment", "--format", "yaml"}).exit_code, 1);
  EXPECT_EQ(RunDyad({"code", "--format", "xml"}).exit_code, 1);
}

TEST(Progress, NothingOnStderrWhenItIsNotATerminal) {
  Result r = RunDyad({"segment", Fixture("news")});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");  // no meter, no summary
  // --progress forces the meter: redrawn with '\r', ended by a newline.
  Result forced = RunDyad({"segment", "--progress", Fixture("news")});
  EXPECT_THAT(forced.err, HasSubstr("\rdyad: 8 articles"));
  EXPECT_TRUE(forced.err.ends_with("\n"));
  EXPECT_EQ(forced.out, r.out);
}

TEST(Code, StatsLineOnlyWhenAsked) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  Result r = RunDyad({"code", "--stats", Fixture("news/wire.jsonl")});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("dyad: 3 articles, "));
  EXPECT_THAT(r.err, HasSubstr(" sentences, "));
  EXPECT_THAT(r.err, HasSubstr("0 errors"));
  EXPECT_THAT(r.err, HasSubstr("MB/s"));
}

TEST(Code, OutputFlagWritesToAFile) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  TempDir dir;
  const std::string out = dir / "events.jsonl";
  Result r = RunDyad({"code", Fixture("news/wire.jsonl"), "--output", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(fs::exists(out));
  Result bad = RunDyad({"code", Fixture("news/wire.jsonl"), "--output",
                        "/nonexistent-dir/events.jsonl"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("/nonexistent-dir/events.jsonl"));
}

// The bundled example through `dyad code`: a clean run whose stdout is
// nothing but contract-shaped events of that article, among them the
// meeting of Kerry and Lavrov (CAMEO root 04, consult). Exact codes are the
// coder's golden tests' business, not this one's.
TEST(Code, BundledExampleRunsCleanly) {
  SKIP_WITHOUT_SYNTAX_MODEL();
  Result r = RunDyad({"code", std::string(DYAD_SOURCE_DIR) +
                                  "/examples/kerry_lavrov_moscow.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, Not(HasSubstr("error")));
  std::vector<std::string> roots;
  for (const json& e : r.Lines()) {
    EXPECT_EQ(e["article_id"], "example-kerry-lavrov-2015-12-15");
    EXPECT_TRUE(e["sentence"].is_number_unsigned());
    const std::string cameo = e["cameo"];
    EXPECT_THAT(cameo.size(), testing::AnyOf(3u, 4u)) << cameo;
    EXPECT_EQ(e["root"], cameo.substr(0, 2));
    roots.push_back(e["root"]);
  }
  EXPECT_THAT(roots, testing::Contains("04"));
}

}  // namespace

// ------------------------------------------------------------- dict check

// `dyad dict check` checks every dictionary the Engine loads: a bad verb
// pattern is reported as file:line and makes the exit code 2, like a bad
// actor entry.
TEST(DictCheck, ReportsBadVerbPatternsWithFileAndLine) {
  TempDir dir;
  const fs::path source = fs::path(DYAD_SOURCE_DIR) / "data";
  fs::copy(source / "actors", dir / "actors", fs::copy_options::recursive);
  fs::copy(source / "cameo", dir / "cameo", fs::copy_options::recursive);
  fs::create_directories(dir / "verbs");
  {
    std::ofstream verbs(dir / "verbs" / "19_fight.txt");
    verbs << "# test patterns\n"
             "190  attack  T\n"
             "190  shell  T  artillery\n";  // T and an object noun: invalid
  }
  Result r = RunDyad({"dict", "check", "--data", (dir / ".").string()});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("19_fight.txt:3:")) << r.err;
  EXPECT_THAT(r.out, HasSubstr("verbs")) << r.out;
}

TEST(DictCheck, BundledDictionariesHaveNoProblems) {
  Result r = RunDyad({"dict", "check"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("actors")) << r.out;
  EXPECT_THAT(r.out, HasSubstr("verbs")) << r.out;
}
