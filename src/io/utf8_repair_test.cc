// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "io/utf8_repair.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::internal {
namespace {

struct RepairCase {
  std::string input;
  std::string expected;
  uint32_t replaced;
  uint32_t nul_bytes;
};

TEST(RepairUtf8, ReplacesMaximalSubpartsAndDropsNul) {
  const std::string fffd = "\xEF\xBF\xBD";
  const RepairCase cases[] = {
      // Valid text, including multi-byte characters, is left alone.
      {"Lavrov met Kerry \xE2\x80\x94 in Moscow.",
       "Lavrov met Kerry \xE2\x80\x94 in Moscow.", 0, 0},
      {"Caf\xC3\xA9 talks in Z\xC3\xBCrich",
       "Caf\xC3\xA9 talks in Z\xC3\xBCrich", 0, 0},
      // A Latin-1 byte from a mis-decoded page.
      {"Caf\xE9 talks", "Caf" + fffd + " talks", 1, 0},
      // A cut-off three-byte sequence is one replacement, and the byte that
      // broke it is kept.
      {"dash \xE2\x80 here", "dash " + fffd + " here", 1, 0},
      // Overlong encoding of '/' and a UTF-16 surrogate are invalid per byte.
      {"a\xC0\xAF"
       "b",
       "a" + fffd + fffd + "b", 2, 0},
      {"x\xED\xA0\x80y", "x" + fffd + fffd + fffd + "y", 3, 0},
      // Above U+10FFFF.
      {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd, 4, 0},
      // Truncated at the very end.
      {"Kyiv\xF0\x9F", "Kyiv" + fffd, 1, 0},
      // NUL bytes are removed, not replaced.
      {std::string("Police\0 said", 12), "Police said", 0, 1},
      {std::string("\0\0", 2), "", 0, 2},
  };
  for (const RepairCase& c : cases) {
    std::string text = c.input;
    Utf8RepairCounts counts = RepairUtf8(text);
    EXPECT_EQ(text, c.expected) << "input: " << c.input;
    EXPECT_EQ(counts.replaced, c.replaced) << "input: " << c.input;
    EXPECT_EQ(counts.nul_bytes, c.nul_bytes) << "input: " << c.input;
    EXPECT_TRUE(IsCleanUtf8(text));
  }
}

TEST(RepairUtf8, EveryByteValueYieldsCleanText) {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  RepairUtf8(all);
  EXPECT_TRUE(IsCleanUtf8(all));
}

}  // namespace
}  // namespace dyad::internal
