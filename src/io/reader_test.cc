// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/format_reader.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Everything a reader produced, in order.
struct Output {
  std::vector<Article> articles;
  std::vector<ReadError> errors;
  std::vector<std::string> order;  // "A:<id>" or "E:<where>"
};

Output Drain(ArticleReader& reader) {
  Output out;
  Article article;
  ReadError error;
  for (;;) {
    ReadResult r = reader.Next(article, error);
    if (r == ReadResult::kEnd) break;
    if (r == ReadResult::kArticle) {
      out.order.push_back("A:" + article.id);
      out.articles.push_back(article);
    } else {
      out.order.push_back("E:" + error.where);
      out.errors.push_back(error);
    }
  }
  return out;
}

Output ReadMemory(std::string name, std::string data,
                  ReaderOptions options = {}) {
  auto reader =
      ArticleReader::OpenMemory(std::move(name), std::move(data), options);
  return Drain(*reader);
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
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

// A scratch directory removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "dyad-io-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& data) {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(JsonlReader, ReadsFieldsInAnyOrderAndIgnoresOthers) {
  Output out = ReadMemory(
      "wire.jsonl",
      R"({"date":"2016-02-11","id":"w1","text":"Turkish troops shelled Kurdish positions.","title":"Shelling","source":"Wire","url":"http://example.org/1","lang":"en","tags":["a",{"b":1}]})"
      "\n");
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_TRUE(out.errors.empty());
  const Article& a = out.articles[0];
  EXPECT_EQ(a.id, "w1");
  EXPECT_EQ(a.date, "2016-02-11");
  EXPECT_EQ(a.text, "Turkish troops shelled Kurdish positions.");
  EXPECT_EQ(a.title, "Shelling");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.url, "http://example.org/1");
  EXPECT_EQ(a.origin, "wire.jsonl:1");
}

TEST(JsonlReader, DefaultsIdToNameAndLineAndKeepsDateOfTimestamp) {
  Output out = ReadMemory(
      "feeds/day.jsonl",
      "{\"text\":\"Iran summoned the Saudi envoy.\","
      "\"date\":\"2016-01-03T08:15:00Z\"}\r\n"
      "\n"
      "{\"text\":\"Talks resumed in Geneva.\",\"date\":null,\"id\":42}\n"
      "{\"text\":\"No date here.\",\"date\":\"\"}");
  ASSERT_EQ(out.articles.size(), 3u);
  EXPECT_TRUE(out.errors.empty());
  EXPECT_EQ(out.articles[0].id, "day.jsonl:1");
  EXPECT_EQ(out.articles[0].date, "2016-01-03");
  EXPECT_EQ(out.articles[1].id, "42");
  EXPECT_EQ(out.articles[1].date, "");
  EXPECT_EQ(out.articles[2].id, "day.jsonl:4");
}

TEST(JsonlReader, BadLinesAreReportedWithLineNumbersAndSkipped) {
  Output out = ReadMemory("bad.jsonl",
                          "{\"id\":\"a\",\"text\":\"Police fired tear gas.\"}\n"
                          "{\"id\":\"b\",\"text\":\"unterminated\n"
                          "{\"id\":\"c\",\"title\":\"no text\"}\n"
                          "{\"id\":\"d\",\"text\":17}\n"
                          "[\"not\",\"an\",\"object\"]\n"
                          "{\"id\":\"e\",\"text\":\"x\"} {\"id\":\"f\"}\n"
                          "{\"id\":\"g\",\"text\":\"Troops withdrew.\"}\n");
  EXPECT_THAT(out.order, ElementsAre("A:a", "E:bad.jsonl:2", "E:bad.jsonl:3",
                                     "E:bad.jsonl:4", "E:bad.jsonl:5",
                                     "E:bad.jsonl:6", "A:g"));
  EXPECT_THAT(out.errors[0].message, HasSubstr("invalid JSON"));
  EXPECT_EQ(out.errors[1].message, "missing \"text\"; line skipped");
  EXPECT_EQ(out.errors[2].message, "\"text\" is not a string; line skipped");
  EXPECT_THAT(out.errors[3].message, HasSubstr("not an object"));
  EXPECT_THAT(out.errors[4].message, HasSubstr("after the object"));
  for (const ReadError& e : out.errors) {
    EXPECT_EQ(e.kind, ReadError::Kind::kRecord);
  }
}

TEST(JsonlReader, BadDateIsAnErrorButTheArticleIsKept) {
  Output out = ReadMemory(
      "d.jsonl",
      "{\"id\":\"x\",\"text\":\"Ministers met.\",\"date\":\"last Tuesday\"}\n"
      "{\"id\":\"y\",\"text\":\"Ministers met.\",\"date\":\"2016-13-01\"}\n"
      "{\"id\":\"z\",\"text\":\"Ministers met.\",\"date\":20160101}\n");
  EXPECT_THAT(out.order, ElementsAre("E:d.jsonl:1", "A:x", "E:d.jsonl:2", "A:y",
                                     "E:d.jsonl:3", "A:z"));
  EXPECT_THAT(out.errors[0].message, HasSubstr("\"last Tuesday\""));
  EXPECT_THAT(out.errors[2].message, HasSubstr("\"date\" is not a string"));
  for (const Article& a : out.articles) EXPECT_EQ(a.date, "");
}

TEST(JsonlReader, RepairsInvalidUtf8AndNulAndCountsThem) {
  Output out =
      ReadMemory("u.jsonl", std::string("{\"text\":\"Caf\xE9 owners prot\x00"
                                        "ested\\u0000.\"}\n",
                                        41));
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].text, "Caf\xEF\xBF\xBD owners protested.");
  EXPECT_EQ(out.articles[0].utf8_repairs, 1u);
  EXPECT_EQ(out.articles[0].nul_bytes, 2u);  // one raw, one escaped
}

TEST(JsonlReader, HandlesAVeryLongLine) {
  std::string text;
  const std::string sentence = "Rebels shelled the outskirts of Aleppo. ";
  while (text.size() < (8u << 20)) text += sentence;
  Output out = ReadMemory(
      "long.jsonl", "{\"text\":\"" + text + "\"}\n" + "{\"text\":\"after\"}\n");
  ASSERT_EQ(out.articles.size(), 2u);
  EXPECT_EQ(out.articles[0].text, text);
  EXPECT_EQ(out.articles[1].text, "after");
}

TEST(CsvReader, ReadsQuotedFieldsWithNewlinesAndNamesRowStartLines) {
  Output out = ReadMemory(
      "news.csv",
      "ID,Date,Text,Title\n"
      "c1,2016-03-04,\"Rebels attacked the town, officials said.\n"
      "\"\"We will respond,\"\" a commander said.\",Attack\n"
      "c2,2016-03-05,Short row\n"
      "c3,2016-03-06T10:00,Police arrested 12 protesters.,Arrests\n");
  EXPECT_THAT(out.order, ElementsAre("A:c1", "E:news.csv:4", "A:c3"));
  EXPECT_EQ(out.articles[0].text,
            "Rebels attacked the town, officials said.\n"
            "\"We will respond,\" a commander said.");
  EXPECT_EQ(out.articles[0].date, "2016-03-04");
  EXPECT_EQ(out.articles[0].origin, "news.csv:2");
  EXPECT_EQ(out.articles[1].date, "2016-03-06");
  EXPECT_THAT(out.errors[0].message, HasSubstr("3 fields, the header has 4"));
}

TEST(CsvReader, RenamedColumnsAndDefaultIds) {
  ReaderOptions options;
  options.csv.text = "body";
  options.csv.date = "published";
  Output out = ReadMemory("r.csv",
                          "published,body\n"
                          "2015-12-15,Kerry met Lavrov in Moscow.\n",
                          options);
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].id, "r.csv:2");
  EXPECT_EQ(out.articles[0].date, "2015-12-15");
  EXPECT_EQ(out.articles[0].text, "Kerry met Lavrov in Moscow.");
}

TEST(CsvReader, MissingColumnsAreUsageErrors) {
  ReaderOptions options;
  options.csv.source = "outlet";
  Output named = ReadMemory("a.csv", "id,text\n1,Hello\n", options);
  ASSERT_EQ(named.errors.size(), 1u);
  EXPECT_TRUE(named.articles.empty());
  EXPECT_EQ(named.errors[0].kind, ReadError::Kind::kUsage);
  EXPECT_THAT(named.errors[0].message, HasSubstr("--csv-source-column"));

  Output no_text = ReadMemory("b.csv", "id,body\n1,Hello\n");
  ASSERT_EQ(no_text.errors.size(), 1u);
  EXPECT_EQ(no_text.errors[0].kind, ReadError::Kind::kUsage);
  EXPECT_THAT(no_text.errors[0].message, HasSubstr("no \"text\" column"));
}

TEST(CsvReader, UnterminatedQuoteAtEndIsReported) {
  Output out = ReadMemory("q.csv",
                          "id,text\n"
                          "1,Troops crossed the border.\n"
                          "2,\"Fighting continued\n"
                          "near the capital\n");
  EXPECT_THAT(out.order, ElementsAre("A:1", "E:q.csv:3"));
  EXPECT_THAT(out.errors[0].message, HasSubstr("unterminated"));
}

TEST(TextReader, WholeInputIsOneArticleAndEmptyInputWarns) {
  Output out = ReadMemory("story.txt",
                          "\xEF\xBB\xBFKABUL (AP) \xE2\x80\x94 A "
                          "bomb exploded.\n\nMore later.\n");
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].id, "story.txt");
  EXPECT_EQ(out.articles[0].text,
            "KABUL (AP) \xE2\x80\x94 A bomb exploded.\n\nMore later.\n");

  Output empty = ReadMemory("empty.txt", "");
  EXPECT_THAT(empty.order, ElementsAre("E:empty.txt", "A:empty.txt"));
  EXPECT_EQ(empty.errors[0].kind, ReadError::Kind::kWarning);
  EXPECT_EQ(empty.articles[0].text, "");
}

TEST(ArticleReader, GzipIsInflatedWhateverTheName) {
  const std::string jsonl =
      "{\"id\":\"g1\",\"text\":\"Protesters marched in Cairo.\"}\n"
      "{\"id\":\"g2\",\"text\":\"Police dispersed them.\"}\n";
  Output out = ReadMemory("day.jsonl.gz", Gzip(jsonl));
  EXPECT_THAT(out.order, ElementsAre("A:g1", "A:g2"));
  // Two concatenated gzip members read as one stream, as with gunzip.
  Output two = ReadMemory("two.jsonl.gz", Gzip(jsonl) + Gzip(jsonl));
  EXPECT_EQ(two.articles.size(), 4u);
}

TEST(ArticleReader, TruncatedGzipIsAFileError) {
  std::string gz = Gzip(std::string(100000, 'x'));
  gz.resize(gz.size() / 2);
  Output out = ReadMemory("cut.txt.gz", gz);
  EXPECT_TRUE(out.articles.empty());
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_EQ(out.errors[0].kind, ReadError::Kind::kFile);
}

TEST(ArticleReader, WalksDirectoriesInSortedOrderByExtension) {
  TempDir dir;
  dir.Write("b/2.txt", "Second story.");
  dir.Write("a.jsonl", "{\"id\":\"j\",\"text\":\"First story.\"}\n");
  dir.Write("b/1.csv", "id,text\nc,Third story.\n");
  dir.Write("notes.md", "not news");
  dir.Write(".hidden/x.txt", "hidden");
  auto reader = ArticleReader::Open({dir.path()}, {});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  Output out = Drain(**reader);
  EXPECT_THAT(out.order, ElementsAre("A:j", "A:c", "A:b/2.txt"));
  EXPECT_GT((*reader)->bytes_total(), 0u);
  EXPECT_EQ((*reader)->bytes_read(), (*reader)->bytes_total());
}

TEST(ArticleReader, MissingPathIsNotFound) {
  auto reader = ArticleReader::Open({"/nonexistent/dyad/news.jsonl"}, {});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(reader.status().message(),
              HasSubstr("/nonexistent/dyad/news.jsonl"));
}

TEST(ArticleReader, ForcedFormatOverridesExtension) {
  ReaderOptions options;
  options.format = InputFormat::kText;
  Output out = ReadMemory("x.jsonl", "{\"text\":\"raw\"}", options);
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].text, "{\"text\":\"raw\"}");
}

TEST(NormalizeDate, AcceptsDatesAndTimestampsOnly) {
  std::string out;
  EXPECT_TRUE(internal::NormalizeDate("2015-12-15", out));
  EXPECT_EQ(out, "2015-12-15");
  EXPECT_TRUE(internal::NormalizeDate("2015-12-15 09:30:00", out));
  EXPECT_EQ(out, "2015-12-15");
  for (const char* bad : {"15/12/2015", "2015-12", "2015-12-15x", "Dec 15",
                          "2015-00-10", "2015-12-32"}) {
    EXPECT_FALSE(internal::NormalizeDate(bad, out)) << bad;
    EXPECT_EQ(out, "");
  }
}

}  // namespace
}  // namespace dyad
