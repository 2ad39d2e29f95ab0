// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Sentence splitter over the tokens of one paragraph, and the dateline
// ("MOSCOW (AP) --") that opens many news paragraphs.
#ifndef DYAD_TEXT_INTERNAL_SPLITTER_H_
#define DYAD_TEXT_INTERNAL_SPLITTER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/internal/tokenizer.h"

namespace dyad::internal {

// A sentence as a range of tokens of the paragraph.
struct SentenceUnit {
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  bool dateline = false;  // a dateline split off the paragraph start
};

// Number of tokens of a dateline at the start of `tokens` (including its
// final dash), or 0 when there is none or nothing follows it.
uint32_t DatelineLength(std::string_view text,
                        std::span<const RawToken> tokens);

// Appends the sentences of one paragraph's `tokens` (from Tokenize() over
// `text`) to `out`; they cover all tokens, in order. The last sentence ends
// at the paragraph end whatever its final token (headlines).
void SplitSentences(std::string_view text, std::span<const RawToken> tokens,
                    std::vector<SentenceUnit>& out);

// Tokenizes text[begin, end) as one paragraph and splits it into sentences:
// `tokens` and `sentences` are cleared and filled.
void SegmentParagraph(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<RawToken>& tokens,
                      std::vector<SentenceUnit>& sentences);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_SPLITTER_H_
