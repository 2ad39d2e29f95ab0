// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The event scorer behind `dyad eval`, following the scoring section of the
// gold set's README. An event is scored only if it is dyadic (it has a
// source code and a target code). Its key joins the root to the upper-cased
// three-letter prefixes of the source and target codes. Per sentence the
// gold keys and the system keys are intersected as multisets; true
// positives, false positives and misses are added up over all sentences,
// and precision, recall and F1 come from those totals. Two more levels put
// the full CAMEO code or the PLOVER type where the root was. For sentences
// with no gold event the scorer also counts how many received a dyadic
// system event (false alarms on "nothing happened" sentences).
//
//   EvalReport r = ScoreEvents(gold_sentences, system_by_article);
//   std::string table = FormatReportText(r);
#ifndef DYAD_EVAL_SCORER_H_
#define DYAD_EVAL_SCORER_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/eval_data.h"

namespace dyad::internal {

struct PrfCounts {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double Precision() const;  // 0 when nothing was predicted
  double Recall() const;     // 0 when nothing was expected
  double F1() const;
  void Add(const PrfCounts& other);
};

// Which part of the event the first element of the match key is.
enum class KeyLevel { kRoot, kCameo, kPlover };

// The root-level keys ("19|RUS|UKR") of one sentence that did not match.
struct SentenceErrors {
  std::string id;
  std::string text;
  std::vector<std::string> missed;    // gold keys without a system match
  std::vector<std::string> spurious;  // system keys without a gold match
};

struct EvalReport {
  PrfCounts root;    // (root, src3, tgt3)
  PrfCounts cameo;   // (cameo, src3, tgt3)
  PrfCounts plover;  // (PLOVER type, src3, tgt3)
  // Root-level counts split by CAMEO root (gold root for misses, system
  // root for false alarms), and by PLOVER type.
  std::map<std::string, PrfCounts> by_root;
  std::map<std::string, PrfCounts> by_plover;
  // Whether the gold has CAMEO codes / PLOVER types at all (the PLOVER GSR
  // has no CAMEO codes; its root and cameo levels are then meaningless).
  bool gold_has_cameo = false;
  bool gold_has_plover = false;

  int sentences = 0;
  int sentences_with_gold_events = 0;
  int gold_events = 0;         // all gold events
  int gold_dyadic_events = 0;  // ...with both source and target
  int system_events = 0;       // system events on gold sentences
  int system_dyadic_events = 0;
  int system_events_elsewhere = 0;  // article_id not a gold sentence id
  // Sentences with no gold event at all, and how many of them got at least
  // one dyadic system event, and how many such events.
  int empty_sentences = 0;
  int empty_sentences_with_system_event = 0;
  int system_events_on_empty_sentences = 0;
  // Sentences with any root-level miss or false alarm, in gold order.
  std::vector<SentenceErrors> errors;
};

// Multiset match of the keys of one sentence at `level`; adds to `counts`
// and, at root and PLOVER level, to the per-category maps.
// `errors`, if given, receives the unmatched keys.
PrfCounts MatchSentence(const std::vector<EvalEvent>& gold,
                        const std::vector<EvalEvent>& system, KeyLevel level,
                        std::map<std::string, PrfCounts>* by_category,
                        SentenceErrors* errors = nullptr);

EvalReport ScoreEvents(
    const std::vector<EvalSentence>& gold,
    const std::unordered_map<std::string, std::vector<EvalEvent>>& system);

// A table for people, and a JSON object for tools.
// `codes` (optional) adds root names to the per-root table.
// `details` appends the per-sentence misses and false alarms.
std::string FormatReportText(const EvalReport& report,
                             const CodeTable* codes = nullptr,
                             bool details = false);
std::string FormatReportJson(const EvalReport& report);

}  // namespace dyad::internal

#endif  // DYAD_EVAL_SCORER_H_
