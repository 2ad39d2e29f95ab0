// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Character normalisation of one input line for the cleaner, keeping a byte
// map from every output byte back to the input. See docs/cleaning.md for the
// table of what is rewritten.
#ifndef DYAD_TEXT_INTERNAL_CLEAN_NORMALIZE_H_
#define DYAD_TEXT_INTERNAL_CLEAN_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::internal {

// Where a normalised line came from in the input.
struct NormalizedLine {
  uint32_t orig_begin = 0;  // input offset of the first kept character
  uint32_t orig_end = 0;    // input offset just past the last kept character
  uint32_t next = 0;        // input offset where the following line starts
};

// Normalises the line of `text` that starts at `pos` (it ends at '\n', '\r',
// "\r\n" or the end of text) and appends it to `out`, pushing one entry per
// appended byte onto `map` (the input offset the byte came from; the entries
// are non-decreasing). The appended text is valid UTF-8 in NFC, with ASCII
// quotes and dashes, single spaces and no leading or trailing space. Invalid
// UTF-8 bytes become U+FFFD; control characters are removed.
NormalizedLine NormalizeLine(std::string_view text, uint32_t pos,
                             std::string& out, std::vector<uint32_t>& map);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_CLEAN_NORMALIZE_H_
