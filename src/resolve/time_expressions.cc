// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Temporal expressions: recognition and resolution.
//
// Overview. A sentence's tokens are first turned into "words": lowercased
// text with a trailing abbreviation period and a possessive "'s" removed, a
// number value where the word is a cardinal ("15", "15th", "two"), and a
// capitalisation flag. A "." token glued to the previous word ("Dec" ".")
// is folded into it. A small recursive-descent matcher then tries, at each
// word, the expression shapes in order of length (ISO date; month-day-year;
// day-month-year; weekday with optional date; "N units ago"; "last/this/next
// unit"; deictic words; prepositional years) and keeps the longest match.
// Everything is table lookups over a few dozen words: O(tokens) per
// sentence with no allocation beyond the word vector and the result.
//
// Resolution uses std::chrono's civil calendar (sys_days / year_month_day)
// and the conventions documented in time_expressions.h. The tense of the
// clause (ClauseTense) decides the direction of bare weekdays and months.
#include "resolve/time_expressions.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <string>

#include "resolve/words.h"

namespace dyad::internal {
namespace {

namespace chr = std::chrono;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// ---------------------------------------------------------- word tables --

// 1..12 for a month name or abbreviation, 0 otherwise. `*abbreviated` tells
// which, because bare abbreviations are only dates before a number.
int MonthOf(std::string_view w, bool* abbreviated) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kAbbrev = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i) {
    if (w == kFull[i]) {
      *abbreviated = false;
      return i + 1;
    }
  }
  for (int i = 0; i < 12; ++i) {
    if (w == kAbbrev[i]) {
      *abbreviated = true;
      return i + 1;
    }
  }
  if (w == "sept") {
    *abbreviated = true;
    return 9;
  }
  return 0;
}

// 0 = Monday .. 6 = Sunday, -1 otherwise.
int WeekdayOf(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday",  "wednesday", "thursday",
      "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kDays[i]) return i;
  }
  return -1;
}

bool IsDayPart(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night" ||
         w == "overnight";
}

// Words that may open a temporal phrase and belong to its text.
bool IsLeadWord(std::string_view w) {
  return w == "on" || w == "in" || w == "during" || w == "since" || w == "by" ||
         w == "until" || w == "till" || w == "from" || w == "through" ||
         w == "before" || w == "after" || w == "of";
}

// Words that make a bare month name ("in May", "late September") a date;
// without one, "May" may be a modal verb or a name.
bool LicensesBareMonth(std::string_view w) {
  return IsLeadWord(w) || w == "early" || w == "mid" || w == "late" ||
         w == "last" || w == "next" || w == "this" || w == "between" ||
         w == "and" || w == "or" || w == "end" || w == "beginning" ||
         w == "since";
}

bool IsModifier(std::string_view w) {
  return w == "early" || w == "mid" || w == "late" || w == "earlier" ||
         w == "later";
}

// ------------------------------------------------------------- matcher --

struct Match {
  size_t begin = 0;  // word range
  size_t end = 0;
  TimeExpression expression;
};

class Matcher {
 public:
  explicit Matcher(const std::vector<Word>& words) : w_(words) {}

  // The longest expression that starts at word `i` (after optional lead
  // and modifier words), or nullopt.
  std::optional<Match> At(size_t i) const {
    size_t core = i;
    // "in late September", "on Tuesday", "earlier this month", "mid-May"
    while (core < w_.size() && !w_[core].stop_after &&
           (IsLeadWord(w_[core].lower) || IsModifier(w_[core].lower) ||
            w_[core].lower == "the" || w_[core].lower == "end")) {
      ++core;
      if (core - i > 3) return std::nullopt;
    }
    std::optional<Match> m = Core(core);
    if (!m) return std::nullopt;
    // The mention's text keeps its preposition and modifiers ("on
    // Tuesday", "in late September") but not a leading "of" / "the"
    // ("feature of today's case").
    size_t begin = i;
    while (begin < m->begin &&
           (w_[begin].lower == "of" || w_[begin].lower == "the")) {
      ++begin;
    }
    m->begin = std::min(begin, m->begin);
    return m;
  }

 private:
  const Word* W(size_t i) const { return i < w_.size() ? &w_[i] : nullptr; }
  bool Is(size_t i, std::string_view s) const {
    return i < w_.size() && w_[i].lower == s;
  }

  std::optional<Match> Core(size_t i) const {
    const Word* w = W(i);
    if (!w) return std::nullopt;
    if (auto m = HyphenatedMonth(i)) return m;
    if (auto m = IsoDate(i)) return m;
    if (auto m = MonthFirst(i)) return m;
    if (auto m = DayFirst(i)) return m;
    if (auto m = Weekday(i)) return m;
    if (auto m = Ago(i)) return m;
    if (auto m = InNUnits(i)) return m;
    if (auto m = RelativeUnit(i)) return m;
    if (auto m = Deictic(i)) return m;
    if (auto m = PrepositionalYear(i)) return m;
    return std::nullopt;
  }

  // "2015-12-15" as one token (the clean text is checked by the caller).
  std::optional<Match> IsoDate(size_t i) const {
    const std::string& s = w_[i].lower;
    if (s.size() != 10) return std::nullopt;
    std::optional<CivilDate> d = ParseIsoDate(s);
    if (!d) return std::nullopt;
    Match m{i, i + 1, {}};
    m.expression.kind = TimeExpression::Kind::kAbsolute;
    m.expression.year = d->year;
    m.expression.month = d->month;
    m.expression.day = d->day;
    return m;
  }

  // Year after a month or day: "2015", optionally behind a comma.
  size_t YearAfter(size_t j, int* year) const {
    if (j == 0 || w_[j - 1].stop_after) return j;
    size_t k = j;
    if (Is(k, "of")) ++k;
    const Word* y = W(k);
    if (y && y->four_digits && y->number >= 1900 && y->number <= 2100) {
      *year = y->number;
      return k + 1;
    }
    return j;
  }

  // "December 15", "Dec. 15, 2015", "May 2014", "in May", "Sept. 3rd".
  std::optional<Match> MonthFirst(size_t i) const {
    const Word& w = w_[i];
    bool abbreviated = false;
    int month = MonthOf(w.lower, &abbreviated);
    if (month == 0 || !w.capitalized) return std::nullopt;
    Match m{i, i + 1, {}};
    m.expression.month = month;
    const Word* next = w.stop_after || w.comma_after ? nullptr : W(i + 1);
    if (next && next->number >= 1 && next->number <= 31 && !next->four_digits) {
      m.expression.day = next->number;
      m.end = i + 2;
    }
    int year = 0;
    size_t after = YearAfter(m.end, &year);
    if (after != m.end) {
      m.end = after;
      m.expression.year = year;
      m.expression.kind = TimeExpression::Kind::kAbsolute;
      return m;
    }
    if (m.expression.day > 0) {
      m.expression.kind = TimeExpression::Kind::kMonthDay;
      return m;
    }
    // A bare month name needs a licensing word before it ("in May"), and
    // abbreviations never stand alone.
    if (abbreviated && w.lower != "may") return std::nullopt;
    if (i == 0 || !LicensesBareMonth(w_[i - 1].lower)) return std::nullopt;
    m.expression.kind = TimeExpression::Kind::kMonthDay;
    if (w_[i - 1].lower == "last") {
      m.expression.explicit_direction = true;
      m.expression.offset = -1;
    } else if (w_[i - 1].lower == "next") {
      m.expression.explicit_direction = true;
      m.expression.offset = 1;
    }
    return m;
  }

  // "mid-May", "late-September" as one token.
  std::optional<Match> HyphenatedMonth(size_t i) const {
    const std::string& s = w_[i].lower;
    size_t dash = s.find('-');
    if (dash == std::string::npos || !IsModifier(s.substr(0, dash))) {
      return std::nullopt;
    }
    bool abbreviated = false;
    int month = MonthOf(s.substr(dash + 1), &abbreviated);
    if (month == 0 || abbreviated) return std::nullopt;
    Match m{i, i + 1, {}};
    m.expression.kind = TimeExpression::Kind::kMonthDay;
    m.expression.month = month;
    int year = 0;
    size_t after = YearAfter(m.end, &year);
    if (after != m.end) {
      m.end = after;
      m.expression.year = year;
      m.expression.kind = TimeExpression::Kind::kAbsolute;
    }
    return m;
  }

  // "15 December 2015", "15 Dec", "the 15th of December".
  std::optional<Match> DayFirst(size_t i) const {
    const Word& w = w_[i];
    if (w.number < 1 || w.number > 31 || w.four_digits) return std::nullopt;
    if (w.lower.find_first_of("0123456789") == std::string::npos) {
      return std::nullopt;  // "two December" is not a date
    }
    if (w.stop_after) return std::nullopt;
    size_t j = i + 1;
    if (Is(j, "of")) ++j;
    const Word* mw = W(j);
    bool abbreviated = false;
    int month = mw ? MonthOf(mw->lower, &abbreviated) : 0;
    if (month == 0 || !mw->capitalized) return std::nullopt;
    Match m{i, j + 1, {}};
    m.expression.month = month;
    m.expression.day = w.number;
    int year = 0;
    size_t after = YearAfter(m.end, &year);
    if (after != m.end) {
      m.end = after;
      m.expression.year = year;
      m.expression.kind = TimeExpression::Kind::kAbsolute;
    } else {
      m.expression.kind = TimeExpression::Kind::kMonthDay;
    }
    return m;
  }

  // "Tuesday", "last Friday", "next Monday", "Monday night", "Tuesday's",
  // "Tuesday, Dec. 15" (the explicit date wins and the span covers both).
  std::optional<Match> Weekday(size_t i) const {
    size_t j = i;
    int offset = 0;
    bool explicit_direction = false;
    if (Is(j, "last") || Is(j, "past")) {
      offset = -1;
      explicit_direction = true;
      ++j;
    } else if (Is(j, "next") || Is(j, "coming")) {
      offset = 1;
      explicit_direction = true;
      ++j;
    } else if (Is(j, "this")) {
      explicit_direction = false;
      ++j;
      if (Is(j, "coming") || Is(j, "past")) {
        offset = Is(j, "coming") ? 1 : -1;
        explicit_direction = true;
        ++j;
      }
    }
    const Word* w = W(j);
    if (!w || !w->capitalized) return std::nullopt;
    int weekday = WeekdayOf(w->lower);
    if (weekday < 0) return std::nullopt;
    Match m{i, j + 1, {}};
    m.expression.kind = TimeExpression::Kind::kWeekday;
    m.expression.weekday = weekday;
    m.expression.offset = offset;
    m.expression.explicit_direction = explicit_direction;
    // "Tuesday, Dec. 15, 2015" / "Tuesday Dec. 15 2015"
    size_t k = j + 1;
    if (k < w_.size() && !w->stop_after) {
      std::optional<Match> date = MonthFirst(k);
      if (!date) date = DayFirst(k);
      if (date && date->expression.day > 0) {
        date->begin = i;
        return date;
      }
    }
    if (m.end < w_.size() && !w->stop_after && !w->comma_after &&
        IsDayPart(w_[m.end].lower)) {
      ++m.end;
    }
    return m;
  }

  // A count before a unit: "two", "2", "a", "an", "several" is not one.
  int CountAt(size_t i) const {
    const Word* w = W(i);
    if (!w || w->four_digits) return -1;
    return w->number;
  }

  static int UnitOf(std::string_view w) {  // 1 day, 7 week, 30 month, 365
    if (w == "day" || w == "days") return 1;
    if (w == "week" || w == "weeks") return 7;
    if (w == "month" || w == "months") return 30;
    if (w == "year" || w == "years") return 365;
    return 0;
  }

  // "two days ago", "a year ago", "three weeks ago".
  std::optional<Match> Ago(size_t i) const {
    // "decades ago", "(many) years ago": long past, at least two years
    // (decades: twenty) before the article.
    if ((Is(i, "decades") || Is(i, "years")) && !w_[i].stop_after &&
        Is(i + 1, "ago") &&
        !(i > 0 && CountAt(i - 1) >= 1 && !w_[i - 1].stop_after)) {
      return Counted(i, i + 2, Is(i, "decades") ? -20 : -2, 365);
    }
    int count = CountAt(i);
    if (count < 1) return std::nullopt;
    if (w_[i].stop_after || w_[i].comma_after) return std::nullopt;
    int unit = UnitOf(W(i + 1) ? W(i + 1)->lower : "");
    if (unit == 0 || w_[i + 1].stop_after || !Is(i + 2, "ago")) {
      return std::nullopt;
    }
    return Counted(i, i + 3, -count, unit);
  }

  // "in two days", "in three weeks" (future); the lead "in" was skipped.
  std::optional<Match> InNUnits(size_t i) const {
    if (i == 0 || !Is(i - 1, "in")) return std::nullopt;
    int count = CountAt(i);
    if (count < 1 || w_[i].lower == "a" || w_[i].lower == "an") {
      return std::nullopt;  // "in a week" is usually duration; skip
    }
    int unit = UnitOf(W(i + 1) ? W(i + 1)->lower : "");
    if (unit == 0) return std::nullopt;
    if (Is(i + 2, "'") || Is(i + 2, "time")) return std::nullopt;
    return Counted(i, i + 2, count, unit);
  }

  static Match Counted(size_t begin, size_t end, int signed_count, int unit) {
    Match m{begin, end, {}};
    if (unit == 1 || unit == 7) {
      m.expression.kind = TimeExpression::Kind::kDayOffset;
      m.expression.offset = signed_count * unit;
    } else {
      m.expression.kind = TimeExpression::Kind::kMonthsAgo;
      m.expression.offset = signed_count * (unit == 30 ? 1 : 12);
    }
    return m;
  }

  // "last week", "this month", "next year", "earlier this month" (the
  // modifier was skipped as a lead word), "last night", "this morning".
  std::optional<Match> RelativeUnit(size_t i) const {
    int offset = 0;
    if (Is(i, "last") || Is(i, "past") || Is(i, "previous")) {
      offset = -1;
    } else if (Is(i, "next") || Is(i, "coming")) {
      offset = 1;
    } else if (!Is(i, "this")) {
      return std::nullopt;
    }
    const Word* unit = w_[i].stop_after ? nullptr : W(i + 1);
    if (!unit) return std::nullopt;
    Match m{i, i + 2, {}};
    m.expression.offset = offset;
    const std::string& u = unit->lower;
    if (u == "week" || u == "weekend") {
      m.expression.kind = TimeExpression::Kind::kWeekOffset;
    } else if (u == "month") {
      m.expression.kind = TimeExpression::Kind::kMonthOffset;
    } else if (u == "year") {
      m.expression.kind = TimeExpression::Kind::kYearOffset;
    } else if (IsDayPart(u) && offset <= 0) {
      // "last night" = yesterday; "this morning" = today
      m.expression.kind = TimeExpression::Kind::kDayOffset;
      m.expression.offset = (u == "night" && offset == -1) ? -1 : 0;
      if (offset == -1 && u != "night") return std::nullopt;
    } else {
      return std::nullopt;
    }
    return m;
  }

  // "yesterday", "today", "tonight", "tomorrow" (+ "morning", "'s").
  std::optional<Match> Deictic(size_t i) const {
    const std::string& s = w_[i].lower;
    if (w_[i].all_caps) return std::nullopt;  // "USA TODAY", the newspaper
    Match m{i, i + 1, {}};
    m.expression.kind = TimeExpression::Kind::kDayOffset;
    if (s == "yesterday") {
      m.expression.offset = -1;
    } else if (s == "today" || s == "tonight") {
      m.expression.offset = 0;
    } else if (s == "tomorrow") {
      m.expression.offset = 1;
    } else {
      return std::nullopt;
    }
    if (m.end < w_.size() && !w_[i].stop_after && !w_[i].comma_after &&
        IsDayPart(w_[m.end].lower)) {
      ++m.end;
    }
    return m;
  }

  // "in 2014", "since 2011", "early 2016", "by 2020": a year needs a
  // preposition or modifier before it ("the 2014 election" is no date).
  std::optional<Match> PrepositionalYear(size_t i) const {
    const Word& w = w_[i];
    if (!w.four_digits || w.number < 1900 || w.number > 2100) {
      return std::nullopt;
    }
    if (i == 0) return std::nullopt;
    const std::string& before = w_[i - 1].lower;
    if (!IsLeadWord(before) && !IsModifier(before) && before != "-") {
      return std::nullopt;
    }
    Match m{i, i + 1, {}};
    m.expression.kind = TimeExpression::Kind::kAbsolute;
    m.expression.year = w.number;
    return m;
  }

  const std::vector<Word>& w_;
};

// ------------------------------------------------------------- tenses --

bool IsIrregularPast(std::string_view w) {
  static constexpr std::array<std::string_view, 64> kPast = {
      "met",      "said",     "told",      "was",        "were",    "had",
      "did",      "went",     "came",      "took",       "made",    "gave",
      "held",     "saw",      "struck",    "fought",     "spoke",   "began",
      "won",      "lost",     "left",      "led",        "sent",    "broke",
      "fled",     "brought",  "bought",    "caught",     "thought", "found",
      "kept",     "meant",    "paid",      "ran",        "rose",    "fell",
      "sought",   "stood",    "swore",     "threw",      "wrote",   "chose",
      "drove",    "flew",     "froze",     "knew",       "became",  "arose",
      "laid",     "withdrew", "undertook", "forgave",    "shook",   "spent",
      "sold",     "stole",    "taught",    "understood", "wore",    "woke",
      "overtook", "forbade",  "beat",      "felt"};
  for (std::string_view p : kPast) {
    if (w == p) return true;
  }
  return false;
}

bool LooksLikeRegularPast(std::string_view w) {
  if (w.size() < 5 || !EndsWith(w, "ed")) return false;
  static constexpr std::array<std::string_view, 10> kNotVerbs = {
      "need", "speed", "hundred", "united", "seed",
      "feed", "breed", "bred",    "shed",   "indeed"};
  for (std::string_view n : kNotVerbs) {
    if (w == n) return false;
  }
  return true;
}

// Words that announce a future when followed by "to": "plans to meet".
bool IsFutureIntentWord(std::string_view w) {
  return w == "plans" || w == "plan" || w == "planned" || w == "planning" ||
         w == "scheduled" || w == "expected" || w == "set" || w == "due" ||
         w == "intends" || w == "intend" || w == "aims" || w == "going" ||
         w == "poised" || w == "slated" || w == "prepares" ||
         w == "preparing" || w == "agreed";
}

// A token's text without surrounding punctuation, lowercased.
std::string TrimmedLower(std::string_view text) {
  size_t b = 0;
  size_t e = text.size();
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' ||
           (static_cast<unsigned char>(c) >= 0x80);
  };
  while (b < e && !is_letter(text[b])) ++b;
  while (e > b && !is_letter(text[e - 1])) --e;
  // A closing curly quote (E2 80 9D) ends in a high byte: drop it too.
  if (e - b >= 3 && static_cast<unsigned char>(text[e - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[e - 2]) == 0x80 &&
      (static_cast<unsigned char>(text[e - 1]) == 0x9D)) {
    e -= 3;
  }
  return AsciiLower(text.substr(b, e - b));
}

// The cue of one token, looking at its neighbours for "plans to".
Tense TokenCue(const Document& doc, uint32_t t, uint32_t sentence_end) {
  const Token& tok = doc.tokens[t];
  std::string lower = TrimmedLower(doc.TokenText(tok));
  if (lower == "will" || lower == "'ll" || lower == "\xE2\x80\x99ll" ||
      lower == "shall" || lower == "wo" || lower == "would" ||
      lower == "upcoming") {
    return Tense::kFuture;
  }
  if (IsFutureIntentWord(lower) && t + 1 < sentence_end) {
    const std::string next = TrimmedLower(doc.TokenText(doc.tokens[t + 1]));
    // "plans to meet"; "scheduled for Saturday"
    if (next == "to" || (next == "for" && lower != "plans" && lower != "plan" &&
                         lower != "agreed" && lower != "going")) {
      return Tense::kFuture;
    }
  }
  if (tok.xpos != 0) {
    if (tok.xpos == tag_ids::kXposMD) {
      // "would" reports a future from a past viewpoint ("said it would
      // withdraw on Sunday"); "may", "could", "must" say nothing.
      return (tok.lemma == "will" || tok.lemma == "shall" ||
              tok.lemma == "would" || lower == "would")
                 ? Tense::kFuture
                 : Tense::kUnknown;
    }
    if (tok.xpos == tag_ids::kXposVBD) return Tense::kPast;
    if (tok.xpos == tag_ids::kXposVBZ || tok.xpos == tag_ids::kXposVBP) {
      return Tense::kPresent;
    }
    return Tense::kUnknown;
  }
  // Untagged text: past forms by shape. Capitalised words are names.
  std::string_view text = doc.TokenText(tok);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && t > 0) {
    return Tense::kUnknown;
  }
  if (IsIrregularPast(lower) || LooksLikeRegularPast(lower)) {
    // A participle after a present or bare auxiliary is no past tense:
    // "will be held", "are planned"; the auxiliary decides.
    if (t > 0 && lower != "was" && lower != "were" && lower != "had") {
      const std::string before = TrimmedLower(doc.TokenText(doc.tokens[t - 1]));
      if (before == "be" || before == "is" || before == "are" ||
          before == "am" || before == "being" || before == "been" ||
          before == "'s" || before == "'re") {
        return Tense::kUnknown;
      }
    }
    return Tense::kPast;
  }
  // "has been", "have signed": the perfect reports the past.
  if ((lower == "has" || lower == "have") && t + 1 < sentence_end) {
    const std::string next = TrimmedLower(doc.TokenText(doc.tokens[t + 1]));
    if (next == "been" || IsIrregularPast(next) || LooksLikeRegularPast(next)) {
      return Tense::kPast;
    }
  }
  return Tense::kUnknown;
}

// Tokens that close a clause for the tense scan: ";" and ":", and a
// sentence-final period (also when the segmenter left it glued inside a
// longer unit: "hours. The two men").
bool IsClauseBreak(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  if (last == ';' || last == ':' || last == '!' || last == '?') return true;
  if (text == ".") return true;
  if (last == '.' && text.size() > 1) {
    return !IsAbbreviation(TrimmedLower(text.substr(0, text.size() - 1)));
  }
  return false;
}

// Tense from cues before `before` (exclusive, scanning back) and then from
// `after` on (scanning forward), within the sentence and clause.
Tense TenseAround(const Document& doc, const Sentence& s, uint32_t before,
                  uint32_t after) {
  for (uint32_t t = before; t > s.token_begin;) {
    --t;
    if (IsClauseBreak(doc.TokenText(doc.tokens[t]))) break;
    Tense cue = TokenCue(doc, t, s.token_end);
    if (cue != Tense::kUnknown) return cue;
  }
  for (uint32_t t = after; t < s.token_end; ++t) {
    Tense cue = TokenCue(doc, t, s.token_end);
    if (cue != Tense::kUnknown) return cue;
    if (IsClauseBreak(doc.TokenText(doc.tokens[t]))) break;
  }
  return Tense::kUnknown;
}

// ---------------------------------------------------------- resolution --

chr::sys_days ToDays(const CivilDate& d) {
  return chr::sys_days{chr::year{d.year} / chr::month{unsigned(d.month)} /
                       chr::day{unsigned(d.day)}};
}

CivilDate FromDays(chr::sys_days days) {
  chr::year_month_day ymd{days};
  return {int(ymd.year()), int(unsigned(ymd.month())),
          int(unsigned(ymd.day()))};
}

std::string Pad(int value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width) {
    s.insert(0, static_cast<size_t>(width) - s.size(), '0');
  }
  return s;
}

EventDate DayDate(const CivilDate& d) {
  return {Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2),
          DatePrecision::kDay,
          {}};
}
EventDate MonthDate(int year, int month) {
  return {Pad(year, 4) + "-" + Pad(month, 2), DatePrecision::kMonth, {}};
}
EventDate YearDate(int year) {
  return {Pad(year, 4), DatePrecision::kYear, {}};
}

// Month index (year * 12 + month - 1) shifted by `delta` months.
EventDate ShiftMonth(const CivilDate& anchor, int delta) {
  int index = anchor.year * 12 + (anchor.month - 1) + delta;
  return MonthDate(index / 12, index % 12 + 1);
}

bool ValidDay(int year, int month, int day) {
  return chr::year_month_day{chr::year{year}, chr::month{unsigned(month)},
                             chr::day{unsigned(day)}}
      .ok();
}

// The year of a month[/day] reading without year, given the signed
// distance `d` (days or months) of the reading in the anchor's own year:
// negative = before the anchor, 0 = the same day/month, positive = after.
// Past readings may fall on the anchor, so may future ones (agency style
// names today's weekday and the current month); "last"/"next" may not.
int ChooseYear(int anchor_year, long d, Tense tense, bool explicit_direction,
               int explicit_offset) {
  if (explicit_direction) {
    if (explicit_offset < 0) return d < 0 ? anchor_year : anchor_year - 1;
    return d > 0 ? anchor_year : anchor_year + 1;
  }
  if (tense == Tense::kPast) return d <= 0 ? anchor_year : anchor_year - 1;
  if (tense == Tense::kFuture) return d >= 0 ? anchor_year : anchor_year + 1;
  return anchor_year;
}

}  // namespace

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  int parts[3] = {0, 0, 0};
  size_t starts[3] = {0, 5, 8};
  size_t lens[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t k = 0; k < lens[p]; ++k) {
      char c = text[starts[p] + k];
      if (c < '0' || c > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
      !ValidDay(parts[0], parts[1], parts[2])) {
    return std::nullopt;
  }
  return CivilDate{parts[0], parts[1], parts[2]};
}

EventDate ResolveTime(const TimeExpression& e,
                      const std::optional<CivilDate>& anchor, Tense tense) {
  using Kind = TimeExpression::Kind;
  if (e.kind == Kind::kAbsolute) {
    if (e.month == 0) return YearDate(e.year);
    if (e.day == 0) return MonthDate(e.year, e.month);
    if (!ValidDay(e.year, e.month, e.day)) return MonthDate(e.year, e.month);
    return DayDate({e.year, e.month, e.day});
  }
  if (!anchor || e.kind == Kind::kNone) return {};
  const CivilDate& a = *anchor;
  const chr::sys_days anchor_days = ToDays(a);
  switch (e.kind) {
    case Kind::kDayOffset:
      return DayDate(FromDays(anchor_days + chr::days{e.offset}));
    case Kind::kWeekOffset: {
      CivilDate d = FromDays(anchor_days + chr::days{7 * e.offset});
      return MonthDate(d.year, d.month);
    }
    case Kind::kMonthOffset:
    case Kind::kMonthsAgo:
      return ShiftMonth(a, e.offset);
    case Kind::kYearOffset:
      return YearDate(a.year + e.offset);
    case Kind::kWeekday: {
      const int anchor_weekday =
          static_cast<int>(chr::weekday{anchor_days}.iso_encoding()) - 1;
      int back = (anchor_weekday - e.weekday + 7) % 7;  // days to go back
      int ahead = (e.weekday - anchor_weekday + 7) % 7;
      int delta;
      if (e.explicit_direction) {
        delta =
            e.offset < 0 ? -(back == 0 ? 7 : back) : (ahead == 0 ? 7 : ahead);
      } else if (tense == Tense::kFuture) {
        delta = ahead;
      } else {
        delta = -back;
      }
      return DayDate(FromDays(anchor_days + chr::days{delta}));
    }
    case Kind::kMonthDay: {
      if (e.day == 0) {
        const int d = e.month - a.month;  // months, within the anchor's year
        int year;
        if (e.explicit_direction || tense == Tense::kPast ||
            tense == Tense::kFuture) {
          year = ChooseYear(a.year, d, tense, e.explicit_direction, e.offset);
        } else {
          // Nearest: the reading within six months of the anchor.
          year = d > 6 ? a.year - 1 : (d < -6 ? a.year + 1 : a.year);
        }
        return MonthDate(year, e.month);
      }
      if (e.day > 31) return {};
      // Distance in days of this year's reading (Feb 29 falls back).
      int day = e.day;
      if (!ValidDay(a.year, e.month, day)) {
        if (!ValidDay(2000, e.month, day)) return {};
        day = 28;
      }
      const long d = (ToDays({a.year, e.month, day}) - anchor_days).count();
      int year;
      if (e.explicit_direction || tense == Tense::kPast ||
          tense == Tense::kFuture) {
        year = ChooseYear(a.year, d, tense, e.explicit_direction, e.offset);
      } else {
        year = d > 182 ? a.year - 1 : (d < -182 ? a.year + 1 : a.year);
      }
      if (!ValidDay(year, e.month, e.day)) return MonthDate(year, e.month);
      return DayDate({year, e.month, e.day});
    }
    default:
      return {};
  }
}

Tense ClauseTense(const Document& doc, uint32_t sentence, uint32_t token) {
  if (sentence >= doc.sentences.size()) return Tense::kUnknown;
  const Sentence& s = doc.sentences[sentence];
  if (token < s.token_begin || token >= s.token_end) return Tense::kUnknown;
  // The verb group first: an auxiliary or intent word right before the
  // predicate ("will meet", "plans to meet", "had met") beats the
  // predicate's own form and any verb further away ("said ... will host").
  const uint32_t group_begin =
      token >= s.token_begin + 4 ? token - 4 : s.token_begin;
  for (uint32_t t = token; t > group_begin;) {
    --t;
    std::string_view text = doc.TokenText(doc.tokens[t]);
    if (text == "," || IsClauseBreak(text)) break;
    Tense cue = TokenCue(doc, t, s.token_end);
    if (cue == Tense::kFuture || cue == Tense::kPast) return cue;
  }
  Tense own = TokenCue(doc, token, s.token_end);
  if (own != Tense::kUnknown) return own;
  return TenseAround(doc, s, token, token + 1);
}

std::vector<TimeMention> FindTimes(const Document& doc, uint32_t sentence) {
  std::vector<TimeMention> out;
  if (sentence >= doc.sentences.size()) return out;
  const Sentence& s = doc.sentences[sentence];
  std::vector<Word> words = SentenceWords(doc, s);
  std::optional<CivilDate> anchor;
  if (doc.article != nullptr) anchor = ParseIsoDate(doc.article->date);

  Matcher matcher(words);
  for (size_t i = 0; i < words.size();) {
    std::optional<Match> m = matcher.At(i);
    if (!m) {
      ++i;
      continue;
    }
    TimeMention mention;
    mention.token_begin = words[m->begin].token_begin;
    mention.token_end = words[m->end - 1].token_end;
    mention.clean = {words[m->begin].inner.begin, words[m->end - 1].inner.end};
    if (words[m->end - 1].had_period &&
        IsAbbreviation(words[m->end - 1].lower)) {
      ++mention.clean.end;  // keep "Dec." whole
    }
    mention.expression = m->expression;
    mention.tense = TenseAround(doc, s, mention.token_begin, mention.token_end);
    mention.date = ResolveTime(mention.expression, anchor, mention.tense);
    mention.date.text =
        std::string(std::string_view(doc.clean_text)
                        .substr(mention.clean.begin, mention.clean.size()));
    out.push_back(std::move(mention));
    i = m->end;
  }
  return out;
}

}  // namespace dyad::internal
