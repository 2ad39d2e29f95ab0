// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Sentence splitting over tokens.
//
// A sentence may end only after a terminal token: a run of . ! ? or an
// ellipsis, or a word that kept its period as an abbreviation. Closing
// quotes and brackets glued to the terminal (no space before them) stay in
// the sentence ("no." / late.) / ...?"). Whether the sentence really ends
// is then decided by the next token alone:
//   - after ". ! ?" a lower-case word or continuing punctuation (, ; : ) %)
//     keeps the sentence going ("'Why?' she asked"), and so does a quote
//     followed by a verb of saying ("'Why?' Kerry asked");
//   - after an ellipsis only an upper-case word or an opening quote ends it;
//   - after an abbreviation only a capitalised function word ends it ("in
//     the U.S. The talks" splits, "U.S. officials" and "Apple Inc. shares"
//     do not); titles and initials never end a sentence ("Gen.", "W."), nor
//     a month before a number ("Dec. 15").
// A paragraph always ends a sentence, so headlines need no final stop.
// Datelines are recognised before splitting by their shape: capitalised
// place words (the first in capitals), optional ", Country", optional date,
// optional "(Agency)", then a free-standing dash.
// Cost: O(tokens); word-list look-ups only at candidate ends.
#include "text/internal/splitter.h"

#include "text/internal/abbreviations.h"

namespace dyad::internal {
namespace {

enum class Terminal { kNone, kPeriod, kQuestion, kEllipsis, kAbbreviation };

std::string_view Text(std::string_view text, const RawToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// ":)", ";-)", ":D": the tokenizer makes these single tokens.
bool IsEmoticon(std::string_view s) {
  return s.size() >= 2 && (s[0] == ':' || s[0] == ';');
}

Terminal Classify(std::string_view text, const RawToken& t) {
  if (t.flags & kAbbreviation) {
    return (t.flags & kNeverFinal) ? Terminal::kNone : Terminal::kAbbreviation;
  }
  if (t.flags & kWordLike) return Terminal::kNone;
  std::string_view s = Text(text, t);
  if (IsEmoticon(s)) return Terminal::kEllipsis;
  bool question = false;
  size_t periods = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '!' || c == '?') {
      question = true;
    } else if (c == '.') {
      ++periods;
    } else if (s.substr(i, 3) == "\xE2\x80\xA6") {  // U+2026
      periods += 3;
      i += 2;
    } else {
      return Terminal::kNone;
    }
  }
  if (question && periods < 2) return Terminal::kQuestion;
  return periods == 1 ? Terminal::kPeriod : Terminal::kEllipsis;
}

bool IsOneOf(std::string_view s,
             std::initializer_list<std::string_view> choices) {
  for (std::string_view c : choices) {
    if (s == c) return true;
  }
  return false;
}

bool IsCloser(std::string_view s) {
  return IsOneOf(s, {")", "]", "}", "\"", "'", "''", "\xE2\x80\x9D",
                     "\xE2\x80\x99", "\xC2\xBB", "\xE2\x80\xBA"});
}

bool IsOpener(std::string_view s) {
  return IsOneOf(s, {"(", "[", "{", "\"", "'", "``", "`", "\xE2\x80\x9C",
                     "\xE2\x80\x98", "\xC2\xAB"});
}

bool IsDash(std::string_view s) {
  return IsOneOf(
      s, {"-", "--", "---", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\x95"});
}

// Tokens that continue a sentence when they follow a terminal.
bool Continues(std::string_view s) {
  if (s.empty()) return true;
  if (IsLower(s[0])) return true;
  return IsOneOf(s, {",", ";", ":", ")", "]", "}", "%", "/", "&"}) || IsDash(s);
}

// True when the capitalised words at `from` lead to a verb of saying
// before any punctuation: "Kerry asked", "the minister said".
bool SpeechFollows(std::string_view text, std::span<const RawToken> tokens,
                   size_t from) {
  for (size_t k = from; k < tokens.size() && k < from + 4; ++k) {
    if (!(tokens[k].flags & kWordLike)) return false;
    if (IsSpeechVerb(Text(text, tokens[k]))) return true;
  }
  return false;
}

// True when a period token (not an abbreviation) followed by a lower-case
// word still ends the sentence: after a real word ("home. then") but not
// after a short capitalised one, likely an unknown abbreviation ("Ref.").
bool PeriodEndsBeforeLowerCase(std::string_view text, const RawToken& before) {
  std::string_view w = Text(text, before);
  if (!(before.flags & kWordLike)) return IsCloser(w);
  if (IsDigit(w[0])) return true;
  return w.size() >= 4 || (w.size() >= 2 && IsLower(w[0]));
}

bool EndsSentence(std::string_view text, std::span<const RawToken> tokens,
                  Terminal terminal, size_t next, size_t closers) {
  std::string_view n = Text(text, tokens[next]);
  if (closers > 0 && IsUpper(n[0]) && !IsSentenceStarter(n) &&
      SpeechFollows(text, tokens, next)) {
    return false;  // "'Why?' Kerry asked"
  }
  bool lower = IsLower(n[0]);
  if (!lower && Continues(n)) return false;
  switch (terminal) {
    case Terminal::kPeriod: {
      if (!lower) return true;
      size_t period = next - closers - 1;
      return closers == 0 && period > 0 &&
             PeriodEndsBeforeLowerCase(text, tokens[period - 1]);
    }
    case Terminal::kQuestion:
      // "'Why?' she asked" goes on; "where? india?" ends.
      return !lower || closers == 0;
    case Terminal::kEllipsis:
      return !lower && (IsUpper(n[0]) || IsOpener(n));
    case Terminal::kAbbreviation: {
      if (lower) return false;
      const RawToken& abbreviation = tokens[next - closers - 1];
      if ((abbreviation.flags & kMonth) && IsDigit(n[0])) return false;
      if (closers > 0) return IsUpper(n[0]) || IsOpener(n);
      switch (SentenceStarterKind(n)) {
        case StarterKind::kFunctionWord:
          return true;
        case StarterKind::kNoun:
          // Not in a title-case headline: "U.S. Officials Say".
          return next + 1 >= tokens.size() ||
                 !IsUpper(Text(text, tokens[next + 1])[0]);
        case StarterKind::kNone:
          break;
      }
      return IsOpener(n) && n != "(" && next + 1 < tokens.size() &&
             IsUpper(Text(text, tokens[next + 1])[0]);
    }
    case Terminal::kNone:
      break;
  }
  return false;
}

// A word of capitals ("MOSCOW", "NEW", "U.S."), at least two letters.
bool IsAllCaps(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (IsUpper(c)) {
      ++letters;
    } else if (IsLower(c) || IsDigit(c)) {
      return false;
    }
  }
  return letters >= 2;
}

// True when the bracket closing at `close` holds one news agency name:
// capitals without periods ("AP", "CNN", "AFP") or a known name.
bool IsNewsAgency(std::string_view text, std::span<const RawToken> tokens,
                  size_t close) {
  if (close < 2 || Text(text, tokens[close - 2]) != "(") return false;
  std::string_view name = Text(text, tokens[close - 1]);
  if (IsOneOf(name, {"Reuters", "Xinhua", "Bloomberg", "Sputnik", "Tass"})) {
    return true;
  }
  return name.size() <= 5 && IsAllCaps(name) &&
         name.find('.') == std::string_view::npos;
}

}  // namespace

uint32_t DatelineLength(std::string_view text,
                        std::span<const RawToken> tokens) {
  constexpr size_t kMaxTokens = 24;
  constexpr size_t kMaxWords = 10;
  if (tokens.size() < 3) return 0;
  bool place_in_caps = true;  // words before the first comma or bracket
  bool before_comma = true;
  bool agency = false;
  size_t words = 0;
  for (size_t k = 0; k < tokens.size() && k < kMaxTokens; ++k) {
    const RawToken& t = tokens[k];
    std::string_view s = Text(text, t);
    if (IsDash(s)) {
      if (k == 0 || k + 1 >= tokens.size() || words == 0) return 0;
      if (!(tokens[k - 1].flags & kSpaceAfter)) return 0;  // a hyphen
      return (place_in_caps || agency) ? static_cast<uint32_t>(k + 1) : 0;
    }
    if (s == "(") {
      if (k == 0) return 0;
      // "(AP)", "(Reuters)", "(AFP/Getty)": capitalised words, then ")".
      size_t close = k + 1;
      while (close < tokens.size() && close < k + 6 &&
             (tokens[close].flags & kWordLike) &&
             IsUpper(Text(text, tokens[close])[0])) {
        ++close;
        if (close < tokens.size() && Text(text, tokens[close]) == "/") ++close;
      }
      if (close == k + 1 || close >= tokens.size() ||
          Text(text, tokens[close]) != ")") {
        return 0;
      }
      agency = true;
      before_comma = false;
      k = close;
      // "Washington (CNN)President ...": no dash after a news agency.
      if (close + 1 < tokens.size() && !IsDash(Text(text, tokens[close + 1])) &&
          IsNewsAgency(text, tokens, close) &&
          IsUpper(Text(text, tokens[close + 1])[0])) {
        return static_cast<uint32_t>(close + 1);
      }
      continue;
    }
    if (s == ",") {
      if (k == 0) return 0;
      before_comma = false;
      continue;
    }
    if (!(t.flags & kWordLike)) return 0;
    if (agency) return 0;  // words after the agency: not a dateline
    if (!IsUpper(s[0]) && !IsDigit(s[0])) return 0;
    if (k == 0 && !IsAllCaps(s)) place_in_caps = false;
    if (before_comma && !IsAllCaps(s)) place_in_caps = false;
    if (++words > kMaxWords) return 0;
  }
  return 0;
}

void SplitSentences(std::string_view text, std::span<const RawToken> tokens,
                    std::vector<SentenceUnit>& out) {
  const size_t n = tokens.size();
  if (n == 0) return;
  size_t start = 0;
  if (uint32_t dateline = DatelineLength(text, tokens); dateline > 0) {
    out.push_back({0, dateline, true});
    start = dateline;
  }
  size_t k = start;
  while (k < n) {
    Terminal terminal = Classify(text, tokens[k]);
    if (terminal == Terminal::kNone) {
      ++k;
      continue;
    }
    size_t next = k + 1;
    size_t closers = 0;
    while (next < n && !(tokens[next - 1].flags & kSpaceAfter) &&
           IsCloser(Text(text, tokens[next]))) {
      ++next;
      ++closers;
    }
    // "I love it. :)" -- an emoticon after a sentence end belongs to it.
    while (next < n && IsEmoticon(Text(text, tokens[next]))) {
      ++next;
      ++closers;
    }
    if (next >= n) break;
    if (EndsSentence(text, tokens, terminal, next, closers)) {
      out.push_back(
          {static_cast<uint32_t>(start), static_cast<uint32_t>(next), false});
      start = next;
    }
    k = next;
  }
  if (start < n) {
    out.push_back(
        {static_cast<uint32_t>(start), static_cast<uint32_t>(n), false});
  }
}

void SegmentParagraph(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<RawToken>& tokens,
                      std::vector<SentenceUnit>& sentences) {
  tokens.clear();
  sentences.clear();
  Tokenize(text, begin, end, tokens);
  SplitSentences(text, tokens, sentences);
}

}  // namespace dyad::internal
