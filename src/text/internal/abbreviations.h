// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Word lists of the tokenizer and sentence splitter: abbreviations that keep
// their period, hyphen prefixes that stay attached (UD EWT keeps "non-human"
// but splits "cease - fire"), and the capitalised function words that make a
// period after an abbreviation a sentence end ("in the U.S. The talks").
#ifndef DYAD_TEXT_INTERNAL_ABBREVIATIONS_H_
#define DYAD_TEXT_INTERNAL_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

enum class AbbreviationKind : uint8_t {
  kNone = 0,
  // Precedes a name and never ends a sentence: "Mr.", "Gen.", "Sen.".
  kTitle,
  // Month: stays inside the sentence before a number ("Dec. 15").
  kMonth,
  // May end a sentence: "Inc.", "etc.", "Calif.", "a.m.", "U.S.".
  kGeneral,
  // "No." keeps its period only before a number ("No. 2").
  kNumberSign,
};

// Kind of the abbreviation `word` (without its final period). Titles and
// months match only with a capital first letter ("Rep." but not "rep."),
// the rest also in lower or upper case. O(length), no allocation.
AbbreviationKind LookupAbbreviation(std::string_view word);

// True for prefixes after which UD EWT keeps a hyphenated word whole
// ("anti-American", "e-mail", "mid-July", "co-workers"), any case.
bool IsHyphenPrefix(std::string_view word);

enum class StarterKind : uint8_t {
  kNone = 0,
  kFunctionWord,  // "The", "He", "But", "In"
  kNoun,          // "Officials", "Police", "Troops"
};

// Whether a capitalised word often opens a news sentence and rarely follows
// an abbreviation inside one.
StarterKind SentenceStarterKind(std::string_view word);

// SentenceStarterKind(word) != kNone.
bool IsSentenceStarter(std::string_view word);

// True for units that UD EWT splits off a number ("10|am", "$2|bn"),
// any case.
bool IsUnit(std::string_view word);

// True for verbs of saying that follow a quote inside the same sentence
// ("'Why?' Kerry asked").
bool IsSpeechVerb(std::string_view word);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_ABBREVIATIONS_H_
