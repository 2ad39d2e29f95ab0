// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The event coder: turns the parsed sentences of a Document, with their
// actor mentions, into CAMEO events ("who did what to whom").
//
// For each predicate (verbs, copular adjectives, and event nouns the verb
// dictionary knows) the coder describes its dependents in a FrameQuery,
// asks the VerbDictionary for the best fitting pattern and finds the actors
// of the subject (source) and of the pattern's target slot. Negation,
// intent, conditions, coordination and control are read from the tree; see
// docs/coding.md for the rules.
//
//   Coder coder(verbs, codes);
//   std::vector<Event> events;
//   coder.Code(doc, events);   // appends; evidence.verb_span set
//
// Immutable; Code() is const and thread-safe.
#ifndef DYAD_CODER_CODER_H_
#define DYAD_CODER_CODER_H_

#include <vector>

#include "coder/code_table.h"
#include "coder/verb_dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::internal {

class Coder {
 public:
  // Both must outlive the coder.
  Coder(const VerbDictionary& verbs, const CodeTable& codes)
      : verbs_(verbs), codes_(codes) {}

  // Appends the events of every sentence of `doc` (tagged, parsed, with
  // mentions) to `events`, in sentence and predicate order.
  void Code(const Document& doc, std::vector<Event>& events) const;

  // False when no pattern can fit sentence `s` (tagged and lemmatized; no
  // parse needed): no verb, adjective or noun heads a pattern whose other
  // required words the sentence has. Code() gives such a sentence no
  // event, and the engine spares it the parser.
  bool MayCode(const Document& doc, uint32_t s) const;

 private:
  const VerbDictionary& verbs_;
  const CodeTable& codes_;
};

}  // namespace dyad::internal

#endif  // DYAD_CODER_CODER_H_
