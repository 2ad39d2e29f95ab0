// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Temporal expressions in news sentences and their resolution against the
// article date: "on Tuesday", "yesterday", "last week", "in late September",
// "two days ago", "Dec. 15, 2015", "2015-12-15", "next month", ...
//
//   std::vector<TimeMention> times = FindTimes(doc, sentence_index);
//   for (const TimeMention& t : times) {
//     t.date.iso;        // "2015-12-18", "2015-05", "2015"; empty if
//     unresolved t.date.precision;  // kDay, kMonth, kYear; kNone if unresolved
//   }
//
// Conventions (news style; docs/when-where.md has the full table):
//   - A bare weekday is the most recent such day on or before the article
//     date, or the next such day on or after it when the clause speaks of
//     the future ("will meet on Friday"). The article day itself counts, as
//     agency style names today's weekday ("Kerry met Lavrov on Tuesday" in
//     a Tuesday article).
//   - A month without a year: the most recent such month not after the
//     article month (past), the next one not before it (future); with no
//     tense cue, the nearest one. Month and day without a year likewise.
//   - Weeks have no precision of their own: "last week" is the month of the
//     Monday of the previous week (precision month).
//   - Without an article date, relative expressions stay unresolved (iso
//     empty, precision kNone); absolute ones ("May 2014") are kept.
//
// Matching walks the sentence's tokens once with small word tables (no
// regular expressions); it is robust to tokenizers that split "Dec." into
// "Dec" + "." or "Tuesday's" into "Tuesday" + "'s".
// Thread-safe: no mutable state.
#ifndef DYAD_RESOLVE_TIME_EXPRESSIONS_H_
#define DYAD_RESOLVE_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::internal {

// A calendar day.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const CivilDate&) const = default;
};

// Parses "YYYY-MM-DD" (a valid Gregorian date) or returns nullopt.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

// Which way a clause looks from the article date.
enum class Tense : uint8_t { kUnknown = 0, kPast, kPresent, kFuture };

// The meaning of a temporal expression before it is anchored.
struct TimeExpression {
  enum class Kind : uint8_t {
    kNone = 0,
    kAbsolute,     // year [month [day]]: "2015-12-15", "May 2014", "in 2014"
    kMonthDay,     // month [day] without year: "in May", "on December 15"
    kWeekday,      // "on Tuesday", "last Friday", "Monday night"
    kDayOffset,    // "yesterday" (-1), "today", "two days ago" (-2)
    kWeekOffset,   // "last week" (-1), "this week", "next week"
    kMonthOffset,  // "last month", "earlier this month", "next month"
    kYearOffset,   // "last year", "this year", "next year"
    kMonthsAgo,    // "a year ago" (-12 months), "two months ago"
  };
  Kind kind = Kind::kNone;
  int year = 0;     // kAbsolute
  int month = 0;    // kAbsolute (0 = none), kMonthDay
  int day = 0;      // kAbsolute, kMonthDay (0 = none)
  int weekday = 0;  // kWeekday: 0 = Monday .. 6 = Sunday
  int offset = 0;   // the *Offset kinds and kMonthsAgo; kWeekday with an
                    // explicit "last" (-1) / "next" (+1) / "this" (0 = none)
  bool explicit_direction = false;  // kWeekday: "last"/"next"/"this" given
};

// One temporal expression found in a sentence.
struct TimeMention {
  uint32_t token_begin = 0;  // Document::tokens index of the first token
  uint32_t token_end = 0;    // one past the last token
  ByteSpan clean;            // span in Document::clean_text
  TimeExpression expression;
  Tense tense = Tense::kUnknown;  // the clause's tense, as used to resolve
  EventDate date;                 // resolved; text = the expression as written
};

// Anchors `expression` at `article_date` (nullopt = unknown) in the given
// direction. Returns an EventDate with iso and precision; empty/kNone when
// it cannot be resolved. Does not set EventDate::text.
EventDate ResolveTime(const TimeExpression& expression,
                      const std::optional<CivilDate>& article_date,
                      Tense tense);

// Finds the temporal expressions of sentence `sentence` of `doc` and
// resolves each against doc.article->date (if any) and the tense of its
// clause. Mentions come in text order and do not overlap.
std::vector<TimeMention> FindTimes(const Document& doc, uint32_t sentence);

// The tense of the clause around document token `token` of sentence
// `sentence`: auxiliaries and markers ("will", "'ll", "plans to", "is set
// to", "would") mean future; a past-tense verb (XPOS VBD when tagged, else
// "-ed" forms and common irregular pasts) means past. The closest cue
// before the token wins, then the closest after it.
Tense ClauseTense(const Document& doc, uint32_t sentence, uint32_t token);

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_TIME_EXPRESSIONS_H_
