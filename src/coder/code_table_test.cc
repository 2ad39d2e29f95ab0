// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "coder/code_table.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace dyad::internal {
namespace {

constexpr char kHeader[] =
    "code\tname\troot\tquad_class\tgoldstein\tplover_type\tplover_mode\t"
    "plover_context\tbasis\n";

TEST(CodeTableTest, ParsesRowsAndFindsCodes) {
  std::string text = std::string("# comment\n") + kHeader +
                     "04\tCONSULT\t04\t1\t1.0\tCONSULT\t\t\tx\n"
                     "043\tHost a visit\t04\t1\t2.8\tCONSULT\tvisit\t\tx\n"
                     "0871\tDeclare truce, ceasefire\t08\t2\t9.0\tRETREAT\t"
                     "ceasefire\tmilitary\tx\n";
  StatusOr<CodeTable> table = CodeTable::Parse(text, "t.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->size(), 3u);
  const CameoCode* host = table->Find("043");
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->root, "04");
  EXPECT_EQ(host->quad_class, 1);
  EXPECT_DOUBLE_EQ(host->goldstein, 2.8);
  EXPECT_EQ(host->plover_mode, "visit");
  ASSERT_NE(table->Find("0871"), nullptr);
  EXPECT_EQ(table->Find("0871")->plover_context, "military");
  // "43" and "0043" are different codes from "043".
  EXPECT_EQ(table->Find("43"), nullptr);
  EXPECT_EQ(table->Find("0043"), nullptr);
  EXPECT_EQ(table->Find(""), nullptr);
  EXPECT_EQ(table->Find("04a"), nullptr);
  EXPECT_TRUE(table->Contains("04"));
}

TEST(CodeTableTest, ReportsFileAndLineOfBadRows) {
  struct Case {
    const char* row;
    const char* expected;
  } cases[] = {
      {"4x3\tBad\t04\t1\t1\t\t\t\n", "t.tsv:2: bad CAMEO code"},
      {"043\tBad root\t05\t1\t1\t\t\t\n", "t.tsv:2: root '05'"},
      {"043\tBad quad\t04\t7\t1\t\t\t\n", "t.tsv:2: bad quad_class"},
      {"043\tBad g\t04\t1\tnone\t\t\t\n", "t.tsv:2: bad goldstein"},
      {"043\tA\t04\t1\t1\t\t\t\n043\tB\t04\t1\t1\t\t\t\n",
       "t.tsv:3: duplicate"},
  };
  for (const Case& c : cases) {
    StatusOr<CodeTable> table =
        CodeTable::Parse(std::string(kHeader) + c.row, "t.tsv");
    ASSERT_FALSE(table.ok()) << c.row;
    EXPECT_EQ(table.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(table.status().message().find(c.expected), std::string::npos)
        << table.status().message();
  }
  StatusOr<CodeTable> no_header = CodeTable::Parse("code\tname\n", "h.tsv");
  ASSERT_FALSE(no_header.ok());
  EXPECT_NE(no_header.status().message().find("h.tsv:1: header lacks"),
            std::string::npos);
}

TEST(CodeTableTest, MissingFileIsNotFound) {
  StatusOr<CodeTable> table = CodeTable::LoadFile("/nonexistent/codes.tsv");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), StatusCode::kNotFound);
}

TEST(CodeTableTest, CodeTablePathPrefersArgumentThenEnvironment) {
  EXPECT_EQ(CodeTablePath("/opt/dyad/data"),
            "/opt/dyad/data/cameo/cameo_codes.tsv");
  const char* old = std::getenv("DYAD_DATA");
  std::string saved = old ? old : "";
  setenv("DYAD_DATA", "/srv/data", 1);
  EXPECT_EQ(CodeTablePath(""), "/srv/data/cameo/cameo_codes.tsv");
  if (old) {
    setenv("DYAD_DATA", saved.c_str(), 1);
  } else {
    unsetenv("DYAD_DATA");
  }
}

// The committed table: every CAMEO code with the gold annotation's choices.
TEST(CodeTableTest, BundledTableHasAllCodesAndGoldChoices) {
  StatusOr<CodeTable> table = CodeTable::LoadFile(
      std::string(DYAD_SOURCE_DIR) + "/data/cameo/cameo_codes.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->size(), 318u);
  int roots = 0;
  for (const CameoCode& code : table->codes()) {
    if (code.code.size() == 2) ++roots;
  }
  EXPECT_EQ(roots, 20);
  EXPECT_EQ(table->Find("016")->plover_type, "REJECT");
  EXPECT_EQ(table->Find("0256")->plover_type, "REQUEST");
  EXPECT_EQ(table->Find("163")->plover_type, "SANCTION");
  EXPECT_EQ(table->Find("010")->plover_type, "");  // PLOVER drops 01x
  EXPECT_EQ(table->Find("042")->plover_mode, "visit");
  EXPECT_EQ(table->Find("190")->quad_class, 4);
  EXPECT_EQ(table->Find("140")->quad_class, 3);
  EXPECT_DOUBLE_EQ(table->Find("1952")->goldstein, -10.0);
  EXPECT_EQ(table->Find("1952")->plover_type, "ASSAULT");
  // Every code's root row exists.
  for (const CameoCode& code : table->codes()) {
    EXPECT_TRUE(table->Contains(code.root)) << code.code;
  }
}

}  // namespace
}  // namespace dyad::internal
