// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Repair of raw input bytes into valid UTF-8 without NUL bytes, the form
// every later stage may assume for Article::text.
#ifndef DYAD_IO_UTF8_REPAIR_H_
#define DYAD_IO_UTF8_REPAIR_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::internal {

struct Utf8RepairCounts {
  uint32_t replaced = 0;   // invalid sequences replaced with U+FFFD
  uint32_t nul_bytes = 0;  // NUL bytes removed
};

// Makes `text` valid UTF-8 in place: each maximal invalid subpart (Unicode
// 15, section 3.9, "U+FFFD substitution of maximal subparts") becomes one
// U+FFFD and NUL bytes are dropped. Valid input is left untouched at the
// cost of one SIMD validation pass.
Utf8RepairCounts RepairUtf8(std::string& text);

// True when `text` is valid UTF-8 and holds no NUL byte.
bool IsCleanUtf8(std::string_view text);

}  // namespace dyad::internal

#endif  // DYAD_IO_UTF8_REPAIR_H_
