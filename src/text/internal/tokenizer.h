// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Rule-based tokenizer for news English following UD English EWT
// conventions: syntactic words ("do" + "n't", "Russia" + "'s"), hyphens
// split between words but kept after prefixes ("non-binding") and in
// numeric codes ("2015-12-15"), abbreviations keep their period ("U.S.",
// "Gen."), URLs, e-mail addresses, @handles and #hashtags stay whole.
#ifndef DYAD_TEXT_INTERNAL_TOKENIZER_H_
#define DYAD_TEXT_INTERNAL_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::internal {

// Bits of RawToken::flags.
enum RawTokenFlag : uint8_t {
  // Whitespace or the end of the range follows the token.
  kSpaceAfter = 1 << 0,
  // Second or later word of one surface token (a multiword token in UD
  // terms): "n't" in "don't", "'s" in "Russia's", "not" in "cannot".
  kJoinsPrevious = 1 << 1,
  // A word that kept its final period as an abbreviation ("U.S.", "Inc.").
  kAbbreviation = 1 << 2,
  // An abbreviation that never ends a sentence: a title ("Gen.") or an
  // initial ("W."), or "No." before a number.
  kNeverFinal = 1 << 3,
  // A month abbreviation ("Dec."): not final before a number.
  kMonth = 1 << 4,
  // Starts with a letter or a digit (else punctuation or a symbol).
  kWordLike = 1 << 5,
};

// One token as byte offsets into the text given to Tokenize().
struct RawToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint8_t flags = 0;
};

// Appends the tokens of text[begin, end) to `out`. Any bytes are accepted
// (invalid UTF-8, NUL, control characters); tokens never cross `end`, are
// in order, do not overlap and are never empty. Linear time, no allocation
// besides growing `out`.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end,
              std::vector<RawToken>& out);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_TOKENIZER_H_
