// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Word hashes (see word_features.h). One pass over the bytes of the token
// computes the lowercase hash and the shape hash together; affixes are hashed
// from the lowercased bytes held in a small stack buffer, so nothing is
// allocated. Bytes of UTF-8 sequences are kept as they are (lowercasing is
// ASCII only) and shape them as 'u'.
#include "tag/word_features.h"

#include <algorithm>

#include "tag/hash.h"

namespace dyad::internal {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

inline uint64_t Fnv(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

}  // namespace

void ComputeWordHashes(std::string_view form, bool first, WordHashes& out) {
  constexpr size_t kMaxAffixSource = 64;
  char lower[kMaxAffixSource];
  uint64_t h_form = kFnvOffset, h_lower = kFnvOffset, h_shape = kFnvOffset;
  char last_shape = 0;
  int repeat = 0;
  int upper = 0, letters = 0;
  uint8_t flags = first ? kSentenceInitial : 0;
  for (size_t i = 0; i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    unsigned char l = c;
    char shape;
    if (c >= 'A' && c <= 'Z') {
      l = static_cast<unsigned char>(c + 32);
      shape = 'X';
      ++upper;
      ++letters;
    } else if (c >= 'a' && c <= 'z') {
      shape = 'x';
      ++letters;
    } else if (c >= '0' && c <= '9') {
      shape = 'd';
      flags |= kHasDigit;
    } else if (c >= 0x80) {
      shape = 'u';
      flags |= kHasNonAscii;
    } else {
      shape = static_cast<char>(c);
      if (c == '-') flags |= kHasHyphen;
    }
    h_form = Fnv(h_form, c);
    h_lower = Fnv(h_lower, l);
    // Runs longer than three collapse: "Xxxxxxx" and "Xxxx" share a shape.
    if (shape == last_shape) {
      ++repeat;
    } else {
      repeat = 0;
      last_shape = shape;
    }
    if (repeat < 3) h_shape = Fnv(h_shape, static_cast<unsigned char>(shape));
    if (i < kMaxAffixSource) lower[i] = static_cast<char>(l);
  }
  if (letters > 0 && upper == letters) flags |= kAllUpper;
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') {
    flags |= kInitialUpper;
  }
  out.form = Mix64(h_form);
  out.lower = Mix64(h_lower);
  out.shape = Mix64(h_shape);
  out.flags = flags;
  const size_t n = std::min(form.size(), kMaxAffixSource);
  std::string_view low(lower, n);
  for (size_t k = 1; k <= 4; ++k) {
    size_t len = std::min(k, n);
    // Tags use the affix length as part of the key so "a" as a 1-prefix and
    // as a 2-prefix of a one-letter word stay distinct.
    out.prefix[k - 1] = HashBytes(low.substr(0, len)) + k;
    out.suffix[k - 1] = HashBytes(low.substr(n - len)) + 7 * k;
  }
}

}  // namespace dyad::internal
