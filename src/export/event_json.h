// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The JSONL event serializer (the DESIGN contract object, one per line).
#ifndef DYAD_EXPORT_EVENT_JSON_H_
#define DYAD_EXPORT_EVENT_JSON_H_

#include <string>

#include "dyad/event.h"
#include "dyad/event_writer.h"

namespace dyad::internal {

// Appends the JSON object of `event` (no newline). `facts` adds the store's
// id and counts when not null.
void AppendEventJson(const Event& event, const Article& article,
                     const EventStoreFacts* facts, std::string& out);

}  // namespace dyad::internal

#endif  // DYAD_EXPORT_EVENT_JSON_H_
