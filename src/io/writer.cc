// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Output sinks and the renderings of `dyad segment` and `dyad code`.
#include "dyad/writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "dyad/event_writer.h"
#include "io/json_writer.h"

namespace dyad {

using internal::JsonWriter;

// ---------------------------------------------------------------- OutputSink

OutputSink::OutputSink(std::FILE* file, bool owned, std::string path)
    : file_(file), owned_(owned), path_(std::move(path)) {}

OutputSink::~OutputSink() {
  if (file_ != nullptr && owned_) std::fclose(file_);
}

StatusOr<std::unique_ptr<OutputSink>> OutputSink::Open(
    const std::string& path) {
  if (path.empty() || path == "-") {
    return std::unique_ptr<OutputSink>(new OutputSink(stdout, false, "-"));
  }
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    return InvalidArgumentError(path + ": " + std::strerror(errno));
  }
  // A larger buffer than stdio's default: output lines are small and many.
  std::setvbuf(file, nullptr, _IOFBF, 1 << 16);
  return std::unique_ptr<OutputSink>(new OutputSink(file, true, path));
}

Status OutputSink::Write(std::string_view bytes) {
  if (file_ == nullptr) return InvalidArgumentError(path_ + ": closed");
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return InvalidArgumentError(
        (path_ == "-" ? std::string("standard output") : path_) +
        ": write failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

Status OutputSink::WriteLine(std::string_view line) {
  DYAD_RETURN_IF_ERROR(Write(line));
  return Write("\n");
}

Status OutputSink::Close() {
  if (file_ == nullptr) return Status::Ok();
  int rc = owned_ ? std::fclose(file_) : std::fflush(file_);
  file_ = nullptr;
  if (rc != 0) {
    return InvalidArgumentError(
        (path_ == "-" ? std::string("standard output") : path_) +
        ": write failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

// ------------------------------------------------------------- segmentation

std::string_view SentenceKindName(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kBody:
      return "body";
    case SentenceKind::kHeadline:
      return "headline";
    case SentenceKind::kCaption:
      return "caption";
    case SentenceKind::kDateline:
      return "dateline";
  }
  return "body";
}

namespace {

// Spans come from other stages; clamp them so that a bad offset shows up as
// an odd span in the output rather than a crash.
std::string_view Slice(std::string_view text, ByteSpan span) {
  const size_t begin = std::min<size_t>(span.begin, text.size());
  const size_t end = std::clamp<size_t>(span.end, begin, text.size());
  return text.substr(begin, end - begin);
}

void WriteSpan(JsonWriter& w, std::string_view key, ByteSpan span) {
  w.Key(key).BeginArray().Uint(span.begin).Uint(span.end).EndArray();
}

}  // namespace

void AppendSegmentationJson(const Document& doc, std::string& out) {
  static const Article kNoArticle;
  const Article& a = doc.article != nullptr ? *doc.article : kNoArticle;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id").String(a.id);
  w.Key("origin").StringOrNull(a.origin);
  w.Key("date").StringOrNull(a.date);
  w.Key("title").StringOrNull(a.title);
  w.Key("source").StringOrNull(a.source);
  w.Key("url").StringOrNull(a.url);
  w.Key("text_bytes").Uint(a.text.size());
  w.Key("utf8_repairs").Uint(a.utf8_repairs);
  w.Key("nul_bytes").Uint(a.nul_bytes);
  w.Key("clean_text").String(doc.clean_text);
  w.Key("dropped").BeginArray();
  for (const DroppedSpan& d : doc.dropped) {
    w.BeginObject();
    WriteSpan(w, "orig", d.orig);
    w.Key("reason").String(d.reason);
    w.Key("text").String(Slice(a.text, d.orig));
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    w.BeginObject();
    w.Key("index").Uint(i);
    w.Key("kind").String(SentenceKindName(s.kind));
    w.Key("truncated").Bool(s.truncated);
    w.Key("paragraph").Uint(s.paragraph);
    WriteSpan(w, "clean", s.clean);
    WriteSpan(w, "orig", s.orig);
    w.Key("text").String(Slice(doc.clean_text, s.clean));
    w.Key("tokens").BeginArray();
    const size_t end = std::min<size_t>(s.token_end, doc.tokens.size());
    for (size_t t = s.token_begin; t < end; ++t) {
      const Token& tok = doc.tokens[t];
      w.BeginObject();
      w.Key("text").String(Slice(doc.clean_text, tok.clean));
      WriteSpan(w, "clean", tok.clean);
      WriteSpan(w, "orig", tok.orig);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

namespace {

// Shows control characters, so that one table row stays one line.
std::string Visible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

std::string SpanText(ByteSpan span) {
  return fmt::format("{}-{}", span.begin, span.end);
}

}  // namespace

void AppendSegmentationTable(const Document& doc, std::string& out) {
  static const Article kNoArticle;
  const Article& a = doc.article != nullptr ? *doc.article : kNoArticle;
  auto add = [&](std::string_view s) { out.append(s); };
  add(fmt::format("=== {}", Visible(a.id)));
  if (!a.date.empty()) add(fmt::format("  date {}", a.date));
  if (!a.origin.empty() && a.origin != a.id) {
    add(fmt::format("  from {}", Visible(a.origin)));
  }
  add(fmt::format("\n    {} bytes, clean {} bytes, {} sentences, {} tokens",
                  a.text.size(), doc.clean_text.size(), doc.sentences.size(),
                  doc.tokens.size()));
  if (a.utf8_repairs > 0 || a.nul_bytes > 0) {
    add(fmt::format(", {} UTF-8 repairs, {} NUL bytes removed", a.utf8_repairs,
                    a.nul_bytes));
  }
  add("\n");
  if (!a.title.empty()) add(fmt::format("    title: {}\n", Visible(a.title)));
  if (!doc.dropped.empty()) {
    add("  dropped:\n");
    for (const DroppedSpan& d : doc.dropped) {
      add(fmt::format("    orig {:<13} {:<14} {}\n", SpanText(d.orig), d.reason,
                      Visible(Slice(a.text, d.orig))));
    }
  }
  if (doc.sentences.empty()) return;
  add(fmt::format("  {:>4}  {:<8}  {:<5}  {:<13}  {:<13}  {}\n", "#", "kind",
                  "trunc", "clean", "orig", "text / tokens"));
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    add(fmt::format("  {:>4}  {:<8}  {:<5}  {:<13}  {:<13}  {}\n", i,
                    SentenceKindName(s.kind), s.truncated ? "yes" : "",
                    SpanText(s.clean), SpanText(s.orig),
                    Visible(Slice(doc.clean_text, s.clean))));
    std::string tokens;
    const size_t end = std::min<size_t>(s.token_end, doc.tokens.size());
    for (size_t t = s.token_begin; t < end; ++t) {
      if (!tokens.empty()) tokens += " | ";
      tokens += Visible(Slice(doc.clean_text, doc.tokens[t].clean));
    }
    add(fmt::format("  {:>4}  {:<8}  {:<5}  {:<13}  {:<13}  [{}]\n", "", "", "",
                    "", "", tokens));
  }
}

// ------------------------------------------------------------- EventWriter

EventWriter::EventWriter(std::unique_ptr<EventExporter> exporter)
    : exporter_(std::move(exporter)) {}
EventWriter::~EventWriter() = default;

StatusOr<std::unique_ptr<EventWriter>> EventWriter::Create(
    std::string_view format, std::ostream& out) {
  StatusOr<std::unique_ptr<EventExporter>> exporter =
      EventExporter::Create(format, out);
  if (!exporter.ok()) return exporter.status();
  return std::unique_ptr<EventWriter>(
      new EventWriter(std::move(exporter).value()));
}

StatusOr<size_t> EventWriter::Write(const Document& doc,
                                    const std::vector<Event>& events) {
  static const Article kNoArticle;
  const Article& article = doc.article != nullptr ? *doc.article : kNoArticle;
  for (const Event& event : events) {
    DYAD_RETURN_IF_ERROR(exporter_->Write(event, article));
  }
  return events.size();
}

Status EventWriter::Finish() { return exporter_->Finish(); }

}  // namespace dyad
