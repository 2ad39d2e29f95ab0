// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Words for the resolve stage: one pass over a sentence's tokens, peeling
// outer punctuation into flags and folding glued "." / "'s" tokens into the
// word before them. Linear in the sentence's bytes.
#include "resolve/words.h"

#include <array>
#include <cstdlib>

#if __has_include("tag/tagset.h")
#include "tag/tagset.h"
static_assert(dyad::internal::tag_ids::kXposMD ==
              static_cast<uint8_t>(dyad::internal::Xpos::kMD));
static_assert(dyad::internal::tag_ids::kXposVBD ==
              static_cast<uint8_t>(dyad::internal::Xpos::kVBD));
static_assert(dyad::internal::tag_ids::kXposVBP ==
              static_cast<uint8_t>(dyad::internal::Xpos::kVBP));
static_assert(dyad::internal::tag_ids::kXposVBZ ==
              static_cast<uint8_t>(dyad::internal::Xpos::kVBZ));
static_assert(dyad::internal::tag_ids::kUposVerb ==
              static_cast<uint8_t>(dyad::internal::Upos::kVerb));
#endif
#if __has_include("syntax/deprel.h")
#include "syntax/deprel.h"
static_assert(dyad::internal::tag_ids::kDeprelAcl ==
              static_cast<uint16_t>(dyad::internal::Deprel::kAcl));
static_assert(dyad::internal::tag_ids::kDeprelAclRelcl ==
              static_cast<uint16_t>(dyad::internal::Deprel::kAclRelcl));
static_assert(dyad::internal::tag_ids::kDeprelAdvcl ==
              static_cast<uint16_t>(dyad::internal::Deprel::kAdvcl));
static_assert(dyad::internal::tag_ids::kDeprelCcomp ==
              static_cast<uint16_t>(dyad::internal::Deprel::kCcomp));
static_assert(dyad::internal::tag_ids::kDeprelMark ==
              static_cast<uint16_t>(dyad::internal::Deprel::kMark));
#endif

namespace dyad::internal {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Bytes of a closing or opening punctuation mark at the end (start) of s,
// 0 if none. Handles the UTF-8 curly quotes and dashes.
size_t TrailingMark(std::string_view s, char* mark) {
  if (s.empty()) return 0;
  char c = s.back();
  if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
      c == ']' || c == '"' || c == '\'' || c == '.') {
    *mark = c;
    return 1;
  }
  if (EndsWith(s, "\xE2\x80\x9D") || EndsWith(s, "\xE2\x80\x99")) {  // ” ’
    *mark = '"';
    return 3;
  }
  return 0;
}

size_t LeadingMark(std::string_view s, char* mark) {
  if (s.empty()) return 0;
  char c = s.front();
  if (c == '(' || c == '[' || c == '"' || c == '\'') {
    *mark = c;
    return 1;
  }
  if (StartsWith(s, "\xE2\x80\x9C") || StartsWith(s, "\xE2\x80\x98")) {  // “ ‘
    *mark = '"';
    return 3;
  }
  return 0;
}

bool IsDash(std::string_view s) {
  return s == "-" || s == "--" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93";
}

int NumberWordValue(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return static_cast<int>(i);
  }
  if (w == "a" || w == "an") return 1;
  return -1;
}

// "15", "15th", "1st", "2015" -> value; else -1.
int DigitValue(std::string_view w, bool* four_digits) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 4) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" &&
      rest != "th") {
    return -1;
  }
  if (!rest.empty() && n > 2) return -1;
  *four_digits = (n == 4 && rest.empty());
  return std::atoi(std::string(w.substr(0, n)).c_str());
}

bool ParseIsoShape(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAbbreviation(std::string_view w) {
  if (w.size() == 1) return true;  // initials: "J. Kerry"
  if (w.find('.') != std::string_view::npos) return true;  // "u.s", "d.c"
  static constexpr std::array<std::string_view, 30> kAbbrev = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug",  "sep", "sept", "oct",
      "nov", "dec", "mr",  "mrs", "ms",  "dr",  "st",   "gen", "sen",  "rep",
      "gov", "lt",  "col", "sgt", "jr",  "inc", "corp", "co",  "no",   "vs"};
  for (std::string_view a : kAbbrev) {
    if (w == a) return true;
  }
  return false;
}

std::vector<Word> SentenceWords(const Document& doc, const Sentence& s) {
  std::vector<Word> words;
  words.reserve(s.token_end - s.token_begin);
  const std::string_view clean(doc.clean_text);
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    std::string_view text = clean.substr(tok.clean.begin, tok.clean.size());
    if (text.empty()) continue;
    Word* prev = words.empty() ? nullptr : &words.back();
    const bool glued = prev != nullptr && prev->token_end == t &&
                       !doc.tokens[t - 1].space_after;

    // Tokens of punctuation alone become flags of the word before.
    if (text == "," || text == ";" || text == ":" || text == "!" ||
        text == "?" || text == "." || IsDash(text) || text == "(" ||
        text == ")" || text == "\"" || text == "\xE2\x80\x9C" ||
        text == "\xE2\x80\x9D") {
      if (prev != nullptr) {
        if (text == ",") prev->comma_after = true;
        if (text == ";" || text == ":" || text == "!" || text == "?") {
          prev->stop_after = true;
        }
        if (text == ".") {
          // "Dec" "." -> "Dec."; a period after a full word ends the
          // sentence.
          if (glued && t + 1 < s.token_end && IsAbbreviation(prev->lower) &&
              !prev->had_period) {
            prev->had_period = true;
            prev->token_end = t + 1;
          } else {
            prev->stop_after = true;
          }
        }
        if (IsDash(text)) prev->dash_after = true;
        if (text == "(") prev->open_paren_after = true;
      }
      continue;
    }
    if (glued && (text == "'s" || text == "\xE2\x80\x99s" || text == "'" ||
                  text == "\xE2\x80\x99")) {
      prev->possessive = true;
      prev->token_end = t + 1;
      continue;
    }

    Word w;
    w.token_begin = t;
    w.token_end = t + 1;
    // "2015-12-15" split into "2015" "-" "12" "-" "15".
    if (text.size() == 4 && tok.clean.begin + 10 <= clean.size() &&
        ParseIsoShape(clean.substr(tok.clean.begin, 10))) {
      uint32_t last = t;
      while (last + 1 < s.token_end &&
             doc.tokens[last].clean.end < tok.clean.begin + 10) {
        ++last;
      }
      if (doc.tokens[last].clean.end >= tok.clean.begin + 10) {
        w.token_end = last + 1;
        w.inner = {tok.clean.begin, tok.clean.begin + 10};
        w.lower = std::string(clean.substr(tok.clean.begin, 10));
        words.push_back(std::move(w));
        t = last;
        continue;
      }
    }

    uint32_t begin = tok.clean.begin;
    uint32_t end = tok.clean.end;
    char mark = 0;
    for (size_t n;
         begin < end &&
         (n = LeadingMark(clean.substr(begin, end - begin), &mark));) {
      begin += static_cast<uint32_t>(n);
      if (mark == '(' && prev != nullptr) prev->open_paren_after = true;
    }
    bool trailing_period = false;
    for (size_t n;
         end > begin &&
         (n = TrailingMark(clean.substr(begin, end - begin), &mark));) {
      // Keep the period of "U.S." and "D.C." apart from sentence periods:
      // it is decided below once the word is known.
      if (mark == '.') {
        if (trailing_period) break;  // "..." is not an abbreviation
        trailing_period = true;
      }
      if (mark == ',') w.comma_after = true;
      if (mark == ';' || mark == ':' || mark == '!' || mark == '?') {
        w.stop_after = true;
      }
      end -= static_cast<uint32_t>(n);
    }
    std::string_view inner = clean.substr(begin, end - begin);
    if (inner.empty()) continue;
    if (EndsWith(inner, "'s") || EndsWith(inner, "\xE2\x80\x99s")) {
      const uint32_t cut = EndsWith(inner, "'s") ? 2 : 4;
      if (inner.size() > cut) {
        end -= cut;
        inner = clean.substr(begin, end - begin);
        w.possessive = true;
      }
    }
    if (inner.size() >= 2 && inner.back() == '-') {
      end -= 1;
      inner = clean.substr(begin, end - begin);
    }
    w.inner = {begin, end};
    w.lower = AsciiLower(inner);
    if (trailing_period) {
      w.had_period = true;
      if (!IsAbbreviation(w.lower)) w.stop_after = true;
    }
    w.capitalized = inner[0] >= 'A' && inner[0] <= 'Z';
    int letters = 0;
    bool lower_seen = false;
    for (char c : inner) {
      if (c >= 'A' && c <= 'Z') ++letters;
      if (c >= 'a' && c <= 'z') lower_seen = true;
    }
    w.all_caps = letters >= 2 && !lower_seen;
    w.number = DigitValue(w.lower, &w.four_digits);
    if (w.number < 0) w.number = NumberWordValue(w.lower);
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace dyad::internal
