// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Words: a tokenizer-independent view of a sentence for the resolve stage.
// Tokenizers differ in what they split off ("Tuesday," vs "Tuesday" ",";
// "Dec." vs "Dec" "."; "Turkey's" vs "Turkey" "'s"); the matchers for dates
// and places see the same words either way: inner text without surrounding
// punctuation, lowercased, with flags for what was stripped.
#ifndef DYAD_RESOLVE_WORDS_H_
#define DYAD_RESOLVE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::internal {

struct Word {
  uint32_t token_begin = 0;  // Document::tokens range covered
  uint32_t token_end = 0;
  ByteSpan inner;                 // clean-text span without outer punctuation
  std::string lower;              // inner text, ASCII-lowercased, without a
                                  // final abbreviation period or "'s"
  bool capitalized = false;       // inner text starts with A-Z
  bool all_caps = false;          // two or more letters, none lowercase
  bool had_period = false;        // a final "." was removed ("Dec.", "Syria.")
  bool possessive = false;        // "'s" was removed ("Turkey's")
  bool comma_after = false;       // "," follows (glued or as its own token)
  bool stop_after = false;        // ; : ! ? or a sentence-final period follows
  bool open_paren_after = false;  // "(" follows ("MOSCOW (Reuters)")
  bool dash_after = false;        // a dash follows ("MOSCOW —")
  bool punctuation = false;  // nothing but punctuation ("—", "(Reuters)")
  int number = -1;           // cardinal value ("15", "15th", "two"), or -1
  bool four_digits = false;  // "2015"
};

// The words of `sentence`, in order. A "2015-12-15" split into several
// tokens becomes one word.
std::vector<Word> SentenceWords(const Document& doc, const Sentence& sentence);

// True for abbreviations whose period does not end a sentence ("dec",
// "u.s", "mr", single letters).
bool IsAbbreviation(std::string_view lower);

std::string AsciiLower(std::string_view s);

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_WORDS_H_
