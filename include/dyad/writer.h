// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Output: where lines go (OutputSink), how a Document's segmentation is shown
// (JSON Lines or an aligned table, for `dyad segment`), and the event writer
// of `dyad code`, which formats each event through EventExporter so that
// every command writes events the same way.
//
// Output is streamed: each article's output is written as soon as it is
// made, nothing is held for the whole corpus. JSON output is always valid
// UTF-8 with one object per line.
//
// Thread safety: an OutputSink or EventWriter is used by one thread at a
// time; the Append* functions are thread-safe.
#ifndef DYAD_WRITER_H_
#define DYAD_WRITER_H_

#include <cstdio>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

class EventExporter;

// A buffered byte stream to a file or standard output. Owns the file it
// opened (never standard output) and closes it on destruction.
class DYAD_API OutputSink {
 public:
  // "-" or "" means standard output. Returns kInvalidArgument naming the
  // path and the reason when the file cannot be created.
  static StatusOr<std::unique_ptr<OutputSink>> Open(const std::string& path);
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  // Writes `bytes` / `line` plus "\n". Returns kInvalidArgument when the
  // write fails (disk full, closed pipe).
  Status Write(std::string_view bytes);
  Status WriteLine(std::string_view line);
  // Flushes and, for a file, closes it; reports a failed final write.
  Status Close();

 private:
  OutputSink(std::FILE* file, bool owned, std::string path);
  std::FILE* file_;
  bool owned_;
  std::string path_;
};

// Appends one JSON object (no newline) describing what the pipeline made of
// `doc`: article fields, clean text, dropped spans, sentences with their
// tokens and offsets. The schema is documented in docs/cli.md.
// doc.article must be set.
DYAD_API void AppendSegmentationJson(const Document& doc, std::string& out);

// Appends a human-readable, aligned rendering of the same information.
DYAD_API void AppendSegmentationTable(const Document& doc, std::string& out);

// "body", "headline", "caption", "dateline".
DYAD_API std::string_view SentenceKindName(SentenceKind kind);

// Writes the events coded from each Document in one of the formats of
// EventExporter (include/dyad/event_writer.h): jsonl (the DESIGN contract,
// one object per event per line), csv, gdelt, phoenix. Streams: every call
// writes its events at once. Not thread-safe; `out` must outlive it.
class DYAD_API EventWriter {
 public:
  // Returns kInvalidArgument for a format name EventExporter does not know.
  static StatusOr<std::unique_ptr<EventWriter>> Create(std::string_view format,
                                                       std::ostream& out);
  ~EventWriter();
  EventWriter(const EventWriter&) = delete;
  EventWriter& operator=(const EventWriter&) = delete;

  // Writes `events`, coded from `doc` (doc.article must be set); returns
  // how many were written, or kDataLoss when the stream fails.
  StatusOr<size_t> Write(const Document& doc, const std::vector<Event>& events);
  // Flushes (and writes a CSV header when no event came).
  Status Finish();

 private:
  explicit EventWriter(std::unique_ptr<EventExporter> exporter);
  std::unique_ptr<EventExporter> exporter_;
};

}  // namespace dyad

#endif  // DYAD_WRITER_H_
