// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// EventExporter: writes coded events in one of dyad's output formats, and
// ParseEventJson(), which reads dyad's own JSON Lines back.
//
// Formats (docs/store.md has every column):
//   jsonl    one JSON object per event per line: the DESIGN "Contracts"
//            object, plus the fields needed to read it back losslessly
//            (spans, date precision, every telling of the event, and the
//            article's title/source/url when known).
//   csv      comma-separated with a header row, RFC 4180 quoting.
//   gdelt    GDELT 2.0 event table: 61 tab-separated columns, no header.
//   phoenix  OEDA Phoenix: 26 tab-separated columns, no header.
// A field dyad does not know is written empty (TSV/CSV) or left out (JSON);
// nothing is guessed. TSV fields never contain a tab or a line break: those
// are replaced by spaces.
//
// The same writer serves `dyad code` (events straight from the coder, no
// store) and `dyad query` (events read back from the store, which adds the
// store's id and the cross-article counts in an EventStoreFacts).
//
//   auto writer = dyad::EventExporter::Create("gdelt", std::cout);
//   if (!writer.ok()) { /* INVALID_ARGUMENT: unknown format */ }
//   for (const dyad::Event& e : events) (*writer)->Write(e, article);
//
// A writer is not thread-safe; the stream must outlive it.
//
// Naming: include/dyad/writer.h has the Document-level EventWriter of
// `dyad code` (src/io); it is meant to format each event through this
// class, so that every command writes events the same way.
#ifndef DYAD_EVENT_WRITER_H_
#define DYAD_EVENT_WRITER_H_

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

enum class EventFormat : uint8_t { kJsonl, kCsv, kGdelt, kPhoenix };

// Parses "jsonl" (or "json"), "csv", "gdelt", "phoenix"; kInvalidArgument
// for anything else.
DYAD_API StatusOr<EventFormat> ParseEventFormat(std::string_view name);

// What the store knows about an event beyond the Event itself. A zero count
// means "unknown": the writer then uses what one article tells (the event's
// own `mentions`, one article, one source if the article names its outlet).
struct EventStoreFacts {
  int64_t event_id = 0;       // the store's id; 0: the writer numbers from 1
  int64_t group_id = 0;       // the cross-article event group; 0: none
  uint32_t num_mentions = 0;  // tellings across all articles of the group
  uint32_t num_articles = 0;  // articles that report the group's event
  uint32_t num_sources = 0;   // distinct outlets among those articles
  std::string date_added;     // "YYYYMMDDHHMMSS" UTC; empty: now
};

class DYAD_API EventExporter {
 public:
  // Returns a writer for `format` that writes to `out`.
  static std::unique_ptr<EventExporter> Create(EventFormat format,
                                               std::ostream& out);
  // As above, by name; kInvalidArgument for an unknown format name.
  static StatusOr<std::unique_ptr<EventExporter>> Create(
      std::string_view format, std::ostream& out);

  virtual ~EventExporter();
  EventExporter(const EventExporter&) = delete;
  EventExporter& operator=(const EventExporter&) = delete;

  // Writes one event of `article` (CSV writes its header before the first).
  // Returns kDataLoss when the stream fails.
  Status Write(const Event& event, const Article& article) {
    return WriteEvent(event, article, EventStoreFacts{});
  }
  Status Write(const Event& event, const Article& article,
               const EventStoreFacts& facts) {
    return WriteEvent(event, article, facts);
  }

  // Writes the CSV header even when no event came; flushes the stream.
  virtual Status Finish();

 protected:
  explicit EventExporter(std::ostream& out) : out_(out) {}
  virtual Status WriteEvent(const Event& event, const Article& article,
                            const EventStoreFacts& facts) = 0;
  Status StreamStatus() const;

  std::ostream& out_;
  int64_t next_id_ = 1;  // numbering when the store gives no id
};

// Parses one line of dyad's JSONL event output into `event`. When `article`
// is not null it receives what the line tells about the article: id
// ("article_id") and, when present, the "article" object's date, title,
// source and url. Returns kInvalidArgument for malformed JSON, a line that
// is not an object, a missing "article_id" or a field of the wrong type.
DYAD_API Status ParseEventJson(std::string_view line, Event& event,
                               Article* article = nullptr);

}  // namespace dyad

#endif  // DYAD_EVENT_WRITER_H_
