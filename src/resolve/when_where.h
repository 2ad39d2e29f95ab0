// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// When and where: gives each coded event its date and place, and merges
// the events an article tells more than once. This is the resolve stage's
// entry point for the coder.
//
//   std::vector<Event> events = coder.Code(doc);   // sentence, verb_span set
//   DYAD_ASSIGN_OR_RETURN(const Gazetteer* g, Gazetteer::Default());
//   AssignWhenWhere(doc, *g, events);
//   DeduplicateEvents(events);
//
// Date of an event: the temporal expression of its clause (the same
// sentence; with a parse, one in the predicate's own clause first; else the
// nearest to the verb within the same sentence), resolved with the tense of
// the predicate ("will meet on Friday" looks ahead). With no expression,
// the article date (precision day), as event datasets do, unless
// WhenWhereOptions::article_date_fallback is off; with no article date it
// stays unknown.
//
// Place of an event: the place attached to its clause (a locative or
// destination mention in the sentence, preferring the predicate's clause,
// then the nearest to the verb), else the dateline's place, else the
// article's main place (the place most often named as a location), else
// unknown.
//
// Thread-safe: no shared mutable state.
#ifndef DYAD_RESOLVE_WHEN_WHERE_H_
#define DYAD_RESOLVE_WHEN_WHERE_H_

#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "resolve/gazetteer.h"

namespace dyad::internal {

struct WhenWhereOptions {
  // Events whose clause names no time take the article date.
  bool article_date_fallback = true;
};

// Drops events of background side clauses: a predicate in a relative,
// adnominal or adverbial clause dated three or more years before the
// article ("the fate of citizens abducted in 1977", "since Hamas seized
// Gaza in 2007"), as the gold annotation codes only recent or ongoing
// events there. Main and reported clauses keep old dates (a retrospective
// states them). Run after AssignWhenWhere.
void DropBackgroundEvents(const Document& doc, std::vector<Event>& events);

// Sets Event::date and Event::place of each event from `doc` (the Document
// the events were coded from). Uses Event::sentence and
// Event::evidence.verb_span (original-text bytes; {0,0} = no verb).
void AssignWhenWhere(const Document& doc, const Gazetteer& gazetteer,
                     std::vector<Event>& events,
                     const WhenWhereOptions& options = {});

// As above with the bundled gazetteer. If it cannot be loaded, dates are
// still assigned, places are left unknown and the load error is returned.
Status AssignWhenWhere(const Document& doc, std::vector<Event>& events,
                       const WhenWhereOptions& options = {});

// Merges events with the same (source code, target code, CAMEO code, date)
// into the first of them, in first-mention order: `mentions` becomes the
// sum, the others' evidence is appended to `more_evidence`, a place or a
// higher confidence found in a later telling is kept.
void DeduplicateEvents(std::vector<Event>& events);

}  // namespace dyad::internal

#endif  // DYAD_RESOLVE_WHEN_WHERE_H_
