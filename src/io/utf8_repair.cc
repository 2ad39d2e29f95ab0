// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// UTF-8 repair. The fast path asks simdjson's validator (several GB/s) and
// memchr for NUL; only text that fails either is rewritten byte by byte.
// The slow path decodes with the well-formed byte table of the Unicode
// standard (Table 3-7): a lead byte fixes the allowed range of the first
// continuation byte, which rules out overlong forms, surrogates and code
// points above U+10FFFF. When a sequence breaks off, the bytes read so far
// (the maximal subpart) become one U+FFFD and decoding resumes at the byte
// that broke it, so one bad byte never swallows a valid neighbour.
#include "io/utf8_repair.h"

#include <cstring>

#include "simdjson.h"

namespace dyad::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Returns the length of the well-formed sequence starting at s[i], or the
// length of its maximal invalid subpart negated (always at least one byte).
int SequenceLength(const unsigned char* s, size_t i, size_t n) {
  const unsigned char b0 = s[i];
  if (b0 < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 == 0xE0) {
    need = 2, lo = 0xA0;
  } else if (b0 >= 0xE1 && b0 <= 0xEC) {
    need = 2;
  } else if (b0 == 0xED) {
    need = 2, hi = 0x9F;  // excludes UTF-16 surrogates
  } else if (b0 >= 0xEE && b0 <= 0xEF) {
    need = 2;
  } else if (b0 == 0xF0) {
    need = 3, lo = 0x90;
  } else if (b0 >= 0xF1 && b0 <= 0xF3) {
    need = 3;
  } else if (b0 == 0xF4) {
    need = 3, hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return -1;  // continuation byte or C0, C1, F5..FF: never valid
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= n) return -k;
    const unsigned char b = s[i + k];
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) return -k;
  }
  return need + 1;
}

}  // namespace

bool IsCleanUtf8(std::string_view text) {
  return std::memchr(text.data(), 0, text.size()) == nullptr &&
         simdjson::validate_utf8(text.data(), text.size());
}

Utf8RepairCounts RepairUtf8(std::string& text) {
  Utf8RepairCounts counts;
  if (IsCleanUtf8(text)) return counts;
  std::string out;
  out.reserve(text.size() + 16);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (s[i] == 0) {
      ++counts.nul_bytes;
      ++i;
      continue;
    }
    const int len = SequenceLength(s, i, n);
    if (len > 0) {
      out.append(text, i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
    } else {
      out.append(kReplacement);
      ++counts.replaced;
      i += static_cast<size_t>(-len);
    }
  }
  text.swap(out);
  return counts;
}

}  // namespace dyad::internal
