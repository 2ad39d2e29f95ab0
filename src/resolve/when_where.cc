// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Event dates and places, and in-article de-duplication.
//
// Overview. Place mentions are found once per article (FindPlaces needs
// the whole article for disambiguation) and time mentions once per
// sentence that has events. Each event's predicate is located by its
// original-text verb span; candidates are limited to the predicate's
// "segment" (the sentence, cut at sentence-final periods the segmenter may
// have left inside a unit), preferred when in the predicate's own clause
// (reached through dependency heads without passing another verb), and
// otherwise ranked by token distance to the verb (names after the verb
// slightly preferred: "met Lavrov in Moscow"). A past predicate takes no
// date after the article date, a future one none before it.
// De-duplication is one hash map pass keyed by (source, target, cameo,
// date). Cost: linear in tokens plus events.
#include "resolve/when_where.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "resolve/places.h"
#include "resolve/time_expressions.h"
#include "resolve/words.h"

namespace dyad::internal {
namespace {

constexpr uint32_t kNoToken = std::numeric_limits<uint32_t>::max();

// Document token of the predicate: the token whose original span holds the
// first byte of `verb_span`; kNoToken when absent.
uint32_t VerbToken(const Document& doc, const Sentence& s, ByteSpan verb) {
  if (verb.size() == 0) return kNoToken;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const ByteSpan& o = doc.tokens[t].orig;
    if (o.begin <= verb.begin && verb.begin < o.end) return t;
  }
  return kNoToken;
}

// True for a token that ends a sentence inside a unit ("hours." before
// "The two men").
bool EndsSentence(std::string_view text) {
  if (text == "." || text == "!" || text == "?") return true;
  if (text.size() < 2) return false;
  std::string_view core = text;
  while (!core.empty() &&
         (core.back() == '"' || core.back() == '\'' || core.back() == ')')) {
    core.remove_suffix(1);
  }
  if (core.empty()) return false;
  const char last = core.back();
  if (last == '!' || last == '?') return true;
  if (last != '.') return false;
  core.remove_suffix(1);
  size_t start = core.find_last_of(" ");
  std::string word = AsciiLower(
      start == std::string_view::npos ? core : core.substr(start + 1));
  return !word.empty() && !IsAbbreviation(word);
}

// The token range [begin, end) of the segment of sentence `s` holding
// token `t`.
std::pair<uint32_t, uint32_t> Segment(const Document& doc, const Sentence& s,
                                      uint32_t t) {
  uint32_t begin = t;
  while (begin > s.token_begin &&
         !EndsSentence(doc.TokenText(doc.tokens[begin - 1]))) {
    --begin;
  }
  uint32_t end = t;
  while (end < s.token_end && !EndsSentence(doc.TokenText(doc.tokens[end]))) {
    ++end;
  }
  if (end < s.token_end) ++end;  // the period belongs to the segment
  return {begin, end};
}

bool SentenceParsed(const Document& doc, const Sentence& s) {
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (doc.tokens[t].head >= 0) return true;
  }
  return false;
}

// True when some token of [begin, end) reaches `verb` through its heads
// without passing another verb: the span belongs to the predicate's own
// clause ("On Monday, Kerry, who arrived on Sunday, met Putin": "on
// Sunday" hangs from "arrived", not from "met").
bool InClause(const Document& doc, const Sentence& s, uint32_t begin,
              uint32_t end, uint32_t verb) {
  const uint32_t n = s.token_end - s.token_begin;
  const uint8_t kVerb = tag_ids::kUposVerb;
  for (uint32_t t = begin; t < end; ++t) {
    uint32_t x = t;
    for (uint32_t steps = 0; steps < n; ++steps) {
      if (x == verb) return true;
      if (x != t && doc.tokens[x].upos == kVerb) break;
      const int32_t head = doc.tokens[x].head;
      if (head < 0 || static_cast<uint32_t>(head) >= n) break;
      x = s.token_begin + static_cast<uint32_t>(head);
    }
  }
  return false;
}

// True when the clause that [begin, end) belongs to governs `verb`: the
// first verb above the span is `verb` or one of its ancestors ("Kerry said
// on Monday that Russia attacked ...": Monday dates the attack's report).
// A date in a clause below or beside the predicate is that clause's own
// ("Kuwait, which Iraq invaded in 1990, signed a deal": 1990 is not the
// signing's).
bool InGoverningClause(const Document& doc, const Sentence& s, uint32_t begin,
                       uint32_t verb) {
  const uint32_t n = s.token_end - s.token_begin;
  const uint8_t kVerb = tag_ids::kUposVerb;
  uint32_t x = begin;
  uint32_t clause = kNoToken;
  for (uint32_t steps = 0; steps < n; ++steps) {
    const int32_t head = doc.tokens[x].head;
    if (head < 0 || static_cast<uint32_t>(head) >= n) break;
    x = s.token_begin + static_cast<uint32_t>(head);
    if (doc.tokens[x].upos == kVerb) {
      clause = x;
      break;
    }
  }
  if (clause == kNoToken) return true;  // no verb above: the sentence's own
  x = verb;
  for (uint32_t steps = 0; steps < n; ++steps) {
    if (x == clause) return true;
    const int32_t head = doc.tokens[x].head;
    if (head < 0 || static_cast<uint32_t>(head) >= n) break;
    x = s.token_begin + static_cast<uint32_t>(head);
  }
  return false;
}

// Rank of a candidate span for a verb: lower is better.
double Distance(uint32_t begin, uint32_t end, uint32_t verb) {
  if (verb == kNoToken) return begin;  // no verb: first in text
  if (begin > verb) return begin - verb;
  if (end <= verb) return 1.5 * (verb - end + 1);
  return 0;
}

struct Candidate {
  uint32_t begin = 0;
  uint32_t end = 0;
  size_t index = 0;
};

// The best of `candidates` for `verb` (index into the caller's list), or
// -1 when there is none.
long Choose(const Document& doc, const Sentence& s, uint32_t verb,
            const std::vector<Candidate>& candidates) {
  long best = -1;
  double best_rank = 0;
  const bool parsed = verb != kNoToken && SentenceParsed(doc, s);
  for (const Candidate& c : candidates) {
    double rank = Distance(c.begin, c.end, verb);
    if (parsed && !InClause(doc, s, c.begin, c.end, verb)) rank += 1000;
    if (best < 0 || rank < best_rank) {
      best = static_cast<long>(c.index);
      best_rank = rank;
    }
  }
  return best;
}

bool DirectionSensitive(const TimeExpression& e) {
  using Kind = TimeExpression::Kind;
  return (e.kind == Kind::kWeekday && !e.explicit_direction) ||
         e.kind == Kind::kMonthDay;
}

// The article's main place: the one most often named as a location
// (dateline 3, locative/destination 2, other 1); ties go to the first.
int32_t MainPlace(const std::vector<PlaceMention>& places) {
  std::map<int32_t, int> weight;
  std::map<int32_t, size_t> first_seen;
  for (size_t i = 0; i < places.size(); ++i) {
    const PlaceMention& m = places[i];
    if (m.place < 0) continue;
    int w = m.role == PlaceRole::kDateline ? 3
            : m.role == PlaceRole::kOther  ? 1
                                           : 2;
    weight[m.place] += w;
    first_seen.emplace(m.place, i);
  }
  int32_t best = -1;
  for (const auto& [id, w] : weight) {
    if (best < 0 || w > weight[best] ||
        (w == weight[best] && first_seen[id] < first_seen[best])) {
      best = id;
    }
  }
  return best;
}

void Assign(const Document& doc, const Gazetteer* gazetteer,
            std::vector<Event>& events, const WhenWhereOptions& options) {
  if (events.empty()) return;  // places and dates are only for events
  std::vector<PlaceMention> places;
  if (gazetteer != nullptr) places = FindPlaces(doc, *gazetteer);
  int32_t dateline = -1;
  for (const PlaceMention& m : places) {
    if (m.role == PlaceRole::kDateline && m.place >= 0) {
      dateline = m.place;
      break;
    }
  }
  const int32_t main_place = MainPlace(places);
  std::optional<CivilDate> anchor;
  if (doc.article != nullptr) anchor = ParseIsoDate(doc.article->date);

  std::unordered_map<uint32_t, std::vector<TimeMention>> times_by_sentence;
  for (Event& event : events) {
    if (event.sentence >= doc.sentences.size()) continue;
    const Sentence& s = doc.sentences[event.sentence];
    const uint32_t verb = VerbToken(doc, s, event.evidence.verb_span);
    const auto [seg_begin, seg_end] =
        verb == kNoToken ? std::make_pair(s.token_begin, s.token_end)
                         : Segment(doc, s, verb);

    // When.
    auto [it, inserted] = times_by_sentence.try_emplace(event.sentence);
    if (inserted) it->second = FindTimes(doc, event.sentence);
    const std::vector<TimeMention>& times = it->second;
    // A predicate in the past cannot take a date after the article date,
    // nor a future one a date before it: "Lavrov said Moscow would host a
    // meeting next month and urged Saudi Arabia to ..." -- "next month" is
    // the meeting's, not the urging's.
    const Tense predicate_tense = verb == kNoToken
                                      ? Tense::kUnknown
                                      : ClauseTense(doc, event.sentence, verb);
    std::vector<Candidate> time_candidates;
    for (size_t i = 0; i < times.size(); ++i) {
      const TimeMention& t = times[i];
      if (t.token_begin < seg_begin || t.token_end > seg_end) continue;
      if (t.date.precision == DatePrecision::kNone &&
          t.expression.kind != TimeExpression::Kind::kAbsolute) {
        continue;
      }
      if (anchor && !t.date.iso.empty() && !DirectionSensitive(t.expression)) {
        const std::string_view period =
            std::string_view(doc.article->date).substr(0, t.date.iso.size());
        if (predicate_tense == Tense::kPast && t.date.iso > period) continue;
        if (predicate_tense == Tense::kFuture && t.date.iso < period) continue;
      }
      time_candidates.push_back({t.token_begin, t.token_end, i});
    }
    // A date only another clause below or beside the predicate holds is
    // not the predicate's.
    if (verb != kNoToken && SentenceParsed(doc, s)) {
      std::erase_if(time_candidates, [&](const Candidate& c) {
        return !InClause(doc, s, c.begin, c.end, verb) &&
               !InGoverningClause(doc, s, c.begin, verb);
      });
    }
    const long chosen_time = Choose(doc, s, verb, time_candidates);
    if (chosen_time >= 0) {
      const TimeMention& t = times[static_cast<size_t>(chosen_time)];
      event.date = t.date;
      // The predicate's own tense decides a bare weekday or month:
      // "Lavrov said Moscow would host talks in January".
      if (verb != kNoToken && DirectionSensitive(t.expression)) {
        const Tense tense = predicate_tense;
        if (tense != Tense::kUnknown && tense != t.tense) {
          EventDate redone = ResolveTime(t.expression, anchor, tense);
          redone.text = t.date.text;
          event.date = std::move(redone);
        }
      }
    } else if (options.article_date_fallback && anchor) {
      event.date = EventDate{doc.article->date, DatePrecision::kDay, {}};
    } else {
      event.date = EventDate{};
    }

    // Where.
    if (gazetteer == nullptr) continue;
    std::vector<Candidate> place_candidates;
    for (size_t i = 0; i < places.size(); ++i) {
      const PlaceMention& m = places[i];
      if (m.sentence != event.sentence || m.place < 0) continue;
      if (m.role != PlaceRole::kLocative && m.role != PlaceRole::kDestination) {
        continue;
      }
      if (m.token_begin < seg_begin || m.token_end > seg_end) continue;
      place_candidates.push_back({m.token_begin, m.token_end, i});
    }
    const long chosen_place = Choose(doc, s, verb, place_candidates);
    int32_t place = -1;
    if (chosen_place >= 0) {
      place = places[static_cast<size_t>(chosen_place)].place;
    } else if (dateline >= 0) {
      place = dateline;
    } else {
      place = main_place;
    }
    event.place = place >= 0
                      ? ToEventPlace(*gazetteer, static_cast<uint32_t>(place))
                      : EventPlace{};
  }
}

}  // namespace

// A complement clause a temporal subordinator introduces is adverbial
// whatever the parser labelled it ("began after troops killed ...").
static bool TemporalClause(const Document& doc, const Sentence& s,
                           uint32_t verb) {
  if (doc.tokens[verb].deprel != tag_ids::kDeprelCcomp) return false;
  for (uint32_t t = s.token_begin; t < verb; ++t) {
    const Token& token = doc.tokens[t];
    if (token.deprel != tag_ids::kDeprelMark || token.head < 0 ||
        s.token_begin + static_cast<uint32_t>(token.head) != verb) {
      continue;
    }
    const std::string word = AsciiLower(doc.TokenText(token));
    if (word == "after" || word == "before" || word == "when" ||
        word == "while" || word == "until" || word == "once") {
      return true;
    }
  }
  return false;
}

void DropBackgroundEvents(const Document& doc, std::vector<Event>& events) {
  if (doc.article == nullptr) return;
  const std::optional<CivilDate> anchor = ParseIsoDate(doc.article->date);
  if (!anchor) return;
  std::erase_if(events, [&](const Event& event) {
    if (event.date.text.empty() || event.date.iso.size() < 4) return false;
    const int year = std::atoi(event.date.iso.substr(0, 4).c_str());
    if (year <= 0 || anchor->year - year < 3) return false;
    if (event.sentence >= doc.sentences.size()) return false;
    const Sentence& s = doc.sentences[event.sentence];
    const uint32_t verb = VerbToken(doc, s, event.evidence.verb_span);
    if (verb == kNoToken) return false;
    const uint16_t rel = doc.tokens[verb].deprel;
    if (rel != tag_ids::kDeprelAcl && rel != tag_ids::kDeprelAclRelcl &&
        rel != tag_ids::kDeprelAdvcl && !TemporalClause(doc, s, verb)) {
      return false;
    }
    // "the first leader to address the Assembly since Atassi in 1967": the
    // start of a period, not the time of the act.
    const std::string_view text = doc.SentenceText(s);
    const size_t at = text.find(event.date.text);
    if (at == std::string_view::npos) return true;
    const size_t from = at > 60 ? at - 60 : 0;
    return text.substr(from, at - from + event.date.text.size())
               .find("since") == std::string_view::npos;
  });
}

void AssignWhenWhere(const Document& doc, const Gazetteer& gazetteer,
                     std::vector<Event>& events,
                     const WhenWhereOptions& options) {
  Assign(doc, &gazetteer, events, options);
}

Status AssignWhenWhere(const Document& doc, std::vector<Event>& events,
                       const WhenWhereOptions& options) {
  StatusOr<const Gazetteer*> gazetteer = Gazetteer::Default();
  Assign(doc, gazetteer.ok() ? *gazetteer : nullptr, events, options);
  return gazetteer.status();
}

void DeduplicateEvents(std::vector<Event>& events) {
  std::unordered_map<std::string, size_t> first_of;
  std::vector<Event> kept;
  kept.reserve(events.size());
  std::string key;
  for (Event& e : events) {
    key.clear();
    for (const std::string* part :
         {&e.source.code, &e.target.code, &e.cameo, &e.date.iso}) {
      key += *part;
      key += '\t';
    }
    auto [it, inserted] = first_of.try_emplace(key, kept.size());
    if (inserted) {
      kept.push_back(std::move(e));
      continue;
    }
    Event& first = kept[it->second];
    first.mentions += e.mentions;
    first.more_evidence.push_back(std::move(e.evidence));
    for (EventEvidence& more : e.more_evidence) {
      first.more_evidence.push_back(std::move(more));
    }
    if (!first.place.known() && e.place.known()) first.place = e.place;
    if (first.date.text.empty() && !e.date.text.empty()) {
      first.date.text = e.date.text;
    }
    if (e.confidence > first.confidence) first.confidence = e.confidence;
  }
  events = std::move(kept);
}

}  // namespace dyad::internal
