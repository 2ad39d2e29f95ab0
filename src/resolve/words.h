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

// The tag ids the resolve stage reads (Token::xpos, Token::upos), as fixed
// by the tagger's tag set (tag/tagset.h: Xpos, Upos). Spelled out here so
// that this stage builds on its own; words.cc checks them against the tag
// set whenever that header is present.
namespace tag_ids {
inline constexpr uint8_t kXposMD = 11;   // modal: will, would, may
inline constexpr uint8_t kXposVBD = 28;  // past tense: met, said
inline constexpr uint8_t kXposVBP = 31;  // present, non-3rd person
inline constexpr uint8_t kXposVBZ = 32;  // present, 3rd person: meets
inline constexpr uint8_t kUposVerb = 16;
// Token::deprel of clauses that modify a noun or the predicate
// (syntax/deprel.h: Deprel).
inline constexpr uint16_t kDeprelAcl = 1;
inline constexpr uint16_t kDeprelAclRelcl = 2;
inline constexpr uint16_t kDeprelAdvcl = 3;
inline constexpr uint16_t kDeprelCcomp = 13;
inline constexpr uint16_t kDeprelMark = 34;
}  // namespace tag_ids

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_WORDS_H_
