// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Event scoring for `dyad eval` (definition in scorer.h and docs/eval.md).
//
// Per sentence, each dyadic event becomes a key "category|SRC|TGT" where
// category is the root, the CAMEO code or the PLOVER type and SRC/TGT are
// the first three letters of the actor codes. Gold keys go into a count
// map; each system key consumes one matching gold key (a true positive) or
// is a false positive; gold keys left over are misses. This is multiset
// intersection, so two gold "190 RUS->UKR" events and one system event give
// one hit and one miss. Cost: O(n log n) in the events of a sentence.
#include "eval/scorer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

namespace dyad::internal {
namespace {

std::string Prefix3(const std::string& code) {
  std::string out = code.substr(0, 3);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const std::string& Category(const EvalEvent& e, KeyLevel level) {
  switch (level) {
    case KeyLevel::kRoot:
      return e.root;
    case KeyLevel::kCameo:
      return e.cameo;
    default:
      return e.plover;
  }
}

// Events that take part in scoring at `level`: dyadic, and at PLOVER level
// only those with a PLOVER type (CAMEO 01x statements have none).
bool Scored(const EvalEvent& e, KeyLevel level) {
  if (!e.dyadic()) return false;
  return level != KeyLevel::kPlover || !e.plover.empty();
}

std::string Key(const EvalEvent& e, KeyLevel level) {
  return Category(e, level) + "|" + Prefix3(e.source) + "|" + Prefix3(e.target);
}

double Ratio(int num, int den) { return den == 0 ? 0.0 : double(num) / den; }

}  // namespace

double PrfCounts::Precision() const {
  return Ratio(true_positives, true_positives + false_positives);
}
double PrfCounts::Recall() const {
  return Ratio(true_positives, true_positives + false_negatives);
}
double PrfCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
void PrfCounts::Add(const PrfCounts& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
}

PrfCounts MatchSentence(const std::vector<EvalEvent>& gold,
                        const std::vector<EvalEvent>& system, KeyLevel level,
                        std::map<std::string, PrfCounts>* by_category,
                        SentenceErrors* errors) {
  std::map<std::string, std::pair<int, std::string>> open;  // key -> (n, cat)
  for (const EvalEvent& e : gold) {
    if (!Scored(e, level)) continue;
    auto& slot = open[Key(e, level)];
    ++slot.first;
    slot.second = Category(e, level);
  }
  PrfCounts counts;
  for (const EvalEvent& e : system) {
    if (!Scored(e, level)) continue;
    auto it = open.find(Key(e, level));
    PrfCounts* category =
        by_category ? &(*by_category)[Category(e, level)] : nullptr;
    if (it != open.end() && it->second.first > 0) {
      --it->second.first;
      ++counts.true_positives;
      if (category) ++category->true_positives;
    } else {
      ++counts.false_positives;
      if (category) ++category->false_positives;
      if (errors) errors->spurious.push_back(Key(e, level));
    }
  }
  for (const auto& [key, slot] : open) {
    counts.false_negatives += slot.first;
    if (errors) {
      for (int i = 0; i < slot.first; ++i) errors->missed.push_back(key);
    }
    if (by_category && slot.first > 0) {
      (*by_category)[slot.second].false_negatives += slot.first;
    }
  }
  return counts;
}

EvalReport ScoreEvents(
    const std::vector<EvalSentence>& gold,
    const std::unordered_map<std::string, std::vector<EvalEvent>>& system) {
  EvalReport report;
  static const std::vector<EvalEvent> kNone;
  std::unordered_map<std::string, bool> gold_ids;
  for (const EvalSentence& sentence : gold) {
    gold_ids[sentence.id] = true;
    auto it = system.find(sentence.id);
    const std::vector<EvalEvent>& predicted =
        it == system.end() ? kNone : it->second;
    ++report.sentences;
    if (!sentence.events.empty()) ++report.sentences_with_gold_events;
    for (const EvalEvent& e : sentence.events) {
      ++report.gold_events;
      if (e.dyadic()) ++report.gold_dyadic_events;
      if (!e.cameo.empty()) report.gold_has_cameo = true;
      if (!e.plover.empty()) report.gold_has_plover = true;
    }
    int dyadic_predicted = 0;
    for (const EvalEvent& e : predicted) {
      ++report.system_events;
      if (e.dyadic()) ++dyadic_predicted;
    }
    report.system_dyadic_events += dyadic_predicted;
    if (sentence.events.empty()) {
      ++report.empty_sentences;
      if (dyadic_predicted > 0) ++report.empty_sentences_with_system_event;
      report.system_events_on_empty_sentences += dyadic_predicted;
    }
    SentenceErrors errors{sentence.id, sentence.text, {}, {}};
    report.root.Add(MatchSentence(sentence.events, predicted, KeyLevel::kRoot,
                                  &report.by_root, &errors));
    if (!errors.missed.empty() || !errors.spurious.empty()) {
      report.errors.push_back(std::move(errors));
    }
    report.cameo.Add(
        MatchSentence(sentence.events, predicted, KeyLevel::kCameo, nullptr));
    report.plover.Add(MatchSentence(sentence.events, predicted,
                                    KeyLevel::kPlover, &report.by_plover));
  }
  for (const auto& [article, events] : system) {
    if (!gold_ids.count(article)) {
      report.system_events_elsewhere += static_cast<int>(events.size());
    }
  }
  return report;
}

namespace {

void AppendRow(std::string& out, const std::string& label, const PrfCounts& c,
               int label_width = 8) {
  out += fmt::format("{:<{}} {:>5} {:>5} {:>5} {:>9.3f} {:>7.3f} {:>6.3f}\n",
                     label, label_width, c.true_positives, c.false_positives,
                     c.false_negatives, c.Precision(), c.Recall(), c.F1());
}

nlohmann::ordered_json PrfJson(const PrfCounts& c) {
  return {{"tp", c.true_positives},  {"fp", c.false_positives},
          {"fn", c.false_negatives}, {"precision", c.Precision()},
          {"recall", c.Recall()},    {"f1", c.F1()}};
}

}  // namespace

std::string FormatReportText(const EvalReport& r, const CodeTable* codes,
                             bool details) {
  std::string out;
  out += fmt::format(
      "gold: {} sentences ({} with events), {} events ({} with source and "
      "target)\n",
      r.sentences, r.sentences_with_gold_events, r.gold_events,
      r.gold_dyadic_events);
  out += fmt::format(
      "system: {} events on gold sentences ({} with source and target)",
      r.system_events, r.system_dyadic_events);
  if (r.system_events_elsewhere > 0) {
    out += fmt::format("; {} events on article ids not in the gold",
                       r.system_events_elsewhere);
  }
  if (r.system_events_elsewhere > r.system_events) {
    out +=
        "\n(most system events name articles that are not gold sentences: "
        "run dyad on the output of `dyad eval GOLD --make-input`)";
  }
  out += "\n\nkey: (level, source[:3], target[:3]); dyadic events only\n";
  out += fmt::format("{:<8} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}\n", "level",
                     "TP", "FP", "FN", "precision", "recall", "F1");
  if (r.gold_has_cameo) {
    AppendRow(out, "root", r.root);
    AppendRow(out, "cameo", r.cameo);
  }
  if (r.gold_has_plover) AppendRow(out, "plover", r.plover);
  if (!r.gold_has_cameo) {
    out += "(the gold has no CAMEO codes: root and cameo levels not scored)\n";
  }
  if (r.gold_has_cameo && !r.by_root.empty()) {
    out += fmt::format(
        "\nby root (root level)\n{:<40} {:>5} {:>5} {:>5} "
        "{:>9} {:>7} {:>6}\n",
        "root", "TP", "FP", "FN", "precision", "recall", "F1");
    for (const auto& [root, counts] : r.by_root) {
      std::string label = root.empty() ? "(none)" : root;
      if (codes != nullptr) {
        if (const CameoCode* code = codes->Find(root)) {
          label += " " + code->name;
        }
      }
      if (label.size() > 40) label.resize(40);
      AppendRow(out, label, counts, 40);
    }
  }
  if (r.gold_has_plover && !r.by_plover.empty()) {
    out += fmt::format(
        "\nby PLOVER type\n{:<40} {:>5} {:>5} {:>5} {:>9} "
        "{:>7} {:>6}\n",
        "type", "TP", "FP", "FN", "precision", "recall", "F1");
    for (const auto& [type, counts] : r.by_plover) {
      AppendRow(out, type.empty() ? "(none)" : type, counts, 40);
    }
  }
  out += fmt::format(
      "\nsentences without gold events: {}; with a dyadic system event: {} "
      "({} events)\n",
      r.empty_sentences, r.empty_sentences_with_system_event,
      r.system_events_on_empty_sentences);
  if (details && !r.errors.empty()) {
    out += "\nroot-level errors by sentence (root|SRC|TGT)\n";
    for (const SentenceErrors& e : r.errors) {
      std::string text =
          e.text.size() > 100 ? e.text.substr(0, 100) + "..." : e.text;
      out += fmt::format("{}  {}\n", e.id, text);
      for (const std::string& key : e.missed) out += "  missed   " + key + "\n";
      for (const std::string& key : e.spurious) {
        out += "  spurious " + key + "\n";
      }
    }
  }
  return out;
}

std::string FormatReportJson(const EvalReport& r) {
  nlohmann::ordered_json j;
  j["sentences"] = r.sentences;
  j["sentences_with_gold_events"] = r.sentences_with_gold_events;
  j["gold_events"] = r.gold_events;
  j["gold_dyadic_events"] = r.gold_dyadic_events;
  j["system_events"] = r.system_events;
  j["system_dyadic_events"] = r.system_dyadic_events;
  j["system_events_elsewhere"] = r.system_events_elsewhere;
  if (r.gold_has_cameo) {
    j["root"] = PrfJson(r.root);
    j["cameo"] = PrfJson(r.cameo);
    for (const auto& [root, counts] : r.by_root) {
      j["by_root"][root] = PrfJson(counts);
    }
  }
  if (r.gold_has_plover) {
    j["plover"] = PrfJson(r.plover);
    for (const auto& [type, counts] : r.by_plover) {
      j["by_plover"][type] = PrfJson(counts);
    }
  }
  for (const SentenceErrors& e : r.errors) {
    j["errors"].push_back(
        {{"id", e.id}, {"missed", e.missed}, {"spurious", e.spurious}});
  }
  j["empty_sentences"] = {
      {"sentences", r.empty_sentences},
      {"with_dyadic_system_event", r.empty_sentences_with_system_event},
      {"dyadic_system_events", r.system_events_on_empty_sentences}};
  return j.dump(2, ' ', false,
                nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace dyad::internal
