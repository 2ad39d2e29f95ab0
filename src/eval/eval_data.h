// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Readers for what `dyad eval` compares: gold sentences with their events
// (dyad's gold JSONL, the PLOVER gold-standard records, the PETRARCH-2
// validation XML) and system events (dyad's JSONL event output).
//
// All three gold formats become one list of EvalSentence: an id (the gold
// sid or record id), a date and the text, so that `dyad eval --make-input`
// can write them as dyad input articles with id = sid, and the system events
// of article `sid` are scored against that sentence. docs/eval.md lists
// which field of each format maps to what.
#ifndef DYAD_EVAL_EVAL_DATA_H_
#define DYAD_EVAL_EVAL_DATA_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coder/code_table.h"
#include "dyad/status.h"

namespace dyad::internal {

// One event, reduced to what scoring looks at. Empty strings stand for
// "unknown" (an implicit or missing actor, a format without CAMEO codes).
struct EvalEvent {
  std::string source;  // actor code, "USAGOV"
  std::string target;
  std::string cameo;   // "043"
  std::string root;    // "04"
  std::string plover;  // current PLOVER type name, "CONSULT"
  bool dyadic() const { return !source.empty() && !target.empty(); }
};

struct EvalSentence {
  std::string id;    // gold sid; system events come back with article_id == id
  std::string date;  // "YYYY-MM-DD" or empty
  std::string text;
  std::vector<EvalEvent> events;
};

enum class GoldFormat { kAuto, kDyad, kPloverGsr, kPetr2Gsr };

// "dyad", "plover-gsr", "petr2-gsr", "auto" -> format; false if unknown.
bool ParseGoldFormatName(std::string_view name, GoldFormat* format);
// Guesses from the content: '[' starts the PLOVER JSON array, "<?xml" or
// "<Validation" the PETR-2 XML, anything else is dyad JSONL.
GoldFormat DetectGoldFormat(std::string_view text);

// Parses gold data. `codes` (optional) fills root and PLOVER type from the
// CAMEO code where the format lacks them (PETR-2). Errors name
// "origin:line" (kInvalidArgument / kDataLoss).
StatusOr<std::vector<EvalSentence>> ParseGold(std::string_view text,
                                              std::string_view origin,
                                              GoldFormat format,
                                              const CodeTable* codes);

// Parses dyad JSONL events, grouped by article_id. A line that is not an
// event object is an error with origin:line. Events without article_id go
// under "".
StatusOr<std::unordered_map<std::string, std::vector<EvalEvent>>>
ParseSystemEvents(std::string_view text, std::string_view origin);

// Writes the gold sentences as dyad input JSONL: {"id","date","text"} a line.
std::string MakeInputJsonl(const std::vector<EvalSentence>& sentences);

// Old PLOVER names (2016 GSR) to current ones: DEMAND -> REQUEST,
// DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.
std::string CurrentPloverName(std::string_view name);

}  // namespace dyad::internal

#endif  // DYAD_EVAL_EVAL_DATA_H_
