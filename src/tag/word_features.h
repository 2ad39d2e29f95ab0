// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Per-token hashes computed once per token and shared by the tagger and the
// parser: the form, its ASCII-lowercased form, its shape ("Xxxx", "dd-dd"),
// prefixes and suffixes of 1-4 bytes and a few orthographic flags. Feature
// extraction then only combines integers.
#ifndef DYAD_TAG_WORD_FEATURES_H_
#define DYAD_TAG_WORD_FEATURES_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

enum WordFlag : uint8_t {
  kHasHyphen = 1,
  kHasDigit = 2,
  kAllUpper = 4,
  kInitialUpper = 8,
  kSentenceInitial = 16,
  kHasNonAscii = 32,
};

struct WordHashes {
  uint64_t form = 0;
  uint64_t lower = 0;
  uint64_t shape = 0;
  uint64_t prefix[4] = {0, 0, 0, 0};
  uint64_t suffix[4] = {0, 0, 0, 0};
  uint8_t flags = 0;
};

// Hashes standing for the positions before the first and after the last
// token of a sentence.
inline constexpr uint64_t kBeginHash = 0x5b3c1d7e9a2f4b61ULL;
inline constexpr uint64_t kEndHash = 0x2e8a6c4f1b9d3705ULL;

// Fills `out` for token `form`; `first` marks the first token of a sentence.
void ComputeWordHashes(std::string_view form, bool first, WordHashes& out);

}  // namespace dyad::internal

#endif  // DYAD_TAG_WORD_FEATURES_H_
