// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/writer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "io/json_writer.h"

namespace dyad {
namespace {

using json = nlohmann::json;

TEST(JsonWriter, EscapesControlCharactersAndRepairsBadUtf8) {
  std::string out;
  internal::AppendJsonString("He said \"no\"\n\ttwice\x01 \\ Caf\xC3\xA9 \xFF",
                             out);
  EXPECT_EQ(out,
            "\"He said \\\"no\\\"\\n\\ttwice\\u0001 \\\\ Caf\xC3\xA9 "
            "\xEF\xBF\xBD\"");
  EXPECT_EQ(json::parse(out).get<std::string>(),
            "He said \"no\"\n\ttwice\x01 \\ Caf\xC3\xA9 \xEF\xBF\xBD");
}

// A Document built by hand, as the pipeline would for a two-line article.
struct Fixture {
  Article article;
  Document doc;
  Fixture() {
    article.id = "a1";
    article.date = "2015-12-15";
    article.origin = "wire.jsonl:1";
    article.text = "Share\nKerry met Lavrov.";
    doc.article = &article;
    doc.clean_text = "Kerry met Lavrov.";
    doc.dropped.push_back({{0, 5}, "boilerplate"});
    Sentence s;
    s.clean = {0, 17};
    s.orig = {6, 23};
    s.token_begin = 0;
    s.token_end = 4;
    doc.sentences.push_back(s);
    const ByteSpan spans[] = {{0, 5}, {6, 9}, {10, 16}, {16, 17}};
    for (const ByteSpan& span : spans) {
      Token t;
      t.clean = span;
      t.orig = {span.begin + 6, span.end + 6};
      doc.tokens.push_back(t);
    }
  }
};

TEST(SegmentationJson, ListsDroppedSpansSentencesAndTokens) {
  Fixture f;
  std::string out;
  AppendSegmentationJson(f.doc, out);
  const json j = json::parse(out);
  EXPECT_EQ(j["id"], "a1");
  EXPECT_EQ(j["date"], "2015-12-15");
  EXPECT_TRUE(j["title"].is_null());
  EXPECT_EQ(j["dropped"][0]["reason"], "boilerplate");
  EXPECT_EQ(j["dropped"][0]["text"], "Share");
  const json& s = j["sentences"][0];
  EXPECT_EQ(s["kind"], "body");
  EXPECT_EQ(s["text"], "Kerry met Lavrov.");
  EXPECT_EQ(s["orig"], json::array({6, 23}));
  ASSERT_EQ(s["tokens"].size(), 4u);
  EXPECT_EQ(s["tokens"][2]["text"], "Lavrov");
  EXPECT_EQ(s["tokens"][2]["orig"], json::array({16, 22}));
}

TEST(SegmentationJson, OutOfRangeSpansDoNotCrash) {
  Fixture f;
  f.doc.sentences[0].clean = {10, 400};
  f.doc.sentences[0].token_end = 99;
  f.doc.dropped[0].orig = {500, 3};
  std::string out;
  AppendSegmentationJson(f.doc, out);
  const json j = json::parse(out);
  EXPECT_EQ(j["sentences"][0]["text"], "Lavrov.");
  EXPECT_EQ(j["sentences"][0]["tokens"].size(), 4u);
  EXPECT_EQ(j["dropped"][0]["text"], "");
}

TEST(SegmentationTable, OneHeaderAndTwoRowsPerSentence) {
  Fixture f;
  std::string out;
  AppendSegmentationTable(f.doc, out);
  EXPECT_THAT(out, testing::HasSubstr("=== a1  date 2015-12-15"));
  EXPECT_THAT(out, testing::HasSubstr("boilerplate"));
  EXPECT_THAT(out, testing::HasSubstr("Kerry met Lavrov."));
  EXPECT_THAT(out, testing::HasSubstr("[Kerry | met | Lavrov | .]"));
}

}  // namespace
}  // namespace dyad
