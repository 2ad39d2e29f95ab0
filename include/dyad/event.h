// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Event: one coded political event, "who did what to whom, when and where",
// with the evidence that produced it. The field set follows the JSONL
// contract in docs (DESIGN "Contracts"): codes are strings, and a field that
// is unknown stays empty / NaN / absent in output, never guessed.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/export.h"

namespace dyad {

// One side of an event.
struct EventActor {
  std::string code;  // CAMEO actor code, e.g. "USAGOV"; empty when unknown
  std::string text;  // the mention as written in the article
  ByteSpan orig;     // byte range of `text` in Article::text
};

// Precision of an event date.
enum class DatePrecision : uint8_t { kNone = 0, kYear, kMonth, kDay };

struct EventDate {
  std::string iso;  // "2015-12-15", "2015-05" or "2015"; empty when unknown
  DatePrecision precision = DatePrecision::kNone;
  std::string text;  // the expression it came from ("on Tuesday"), if any
};

// Where an event happened.
struct EventPlace {
  std::string name;     // "Moscow"; empty when unknown
  std::string country;  // ISO 3166-1 alpha-3 or CAMEO country code
  std::string admin1;   // first-level region, when known
  std::string kind;     // "city", "region", "country"
  double lat = NAN;
  double lon = NAN;
  bool known() const { return !name.empty(); }
};

// Why the coder emitted the event: the sentence, the spans, the rule.
struct EventEvidence {
  std::string sentence;  // sentence text (clean)
  std::string verb;      // the predicate as written ("met")
  ByteSpan source_span;  // original-text spans; {0,0} when absent
  ByteSpan verb_span;
  ByteSpan target_span;
  std::string rule;  // dictionary entry that fired: "data/verbs/04.txt:41"
};

struct Event {
  std::string article_id;
  uint32_t sentence = 0;  // 0-based sentence index in the cleaned text
  EventActor source;
  EventActor target;
  std::string cameo;  // "043"
  std::string root;   // "04"
  int quad_class = 0;  // 1..4; 0 when unknown
  double goldstein = NAN;
  std::string plover_type;  // "CONSULT"
  std::string plover_mode;  // "visit"; empty when none
  EventDate date;
  EventPlace place;
  double confidence = 0.0;  // 0..1
  // Times this event was told within the article (after de-duplication),
  // and the evidence of every telling (the first is `evidence`).
  uint32_t mentions = 1;
  EventEvidence evidence;
  std::vector<EventEvidence> more_evidence;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
