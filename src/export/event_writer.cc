// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The four event writers. Each builds one output line in a reused string and
// writes it with a single stream call. Columns and their sources are listed
// in docs/store.md; GDELT 2.0 and Phoenix follow the column orders of
// reference/formats.md exactly, and leave a column empty when dyad does not
// know its value (tone, FIPS geo codes, feature ids, actor geography).
#include "dyad/event_writer.h"

#include <array>
#include <cstdio>
#include <ostream>
#include <string>

#include "dyad/version.h"
#include "export/actor_code.h"
#include "export/event_json.h"
#include "export/format_util.h"

namespace dyad {
namespace {

using internal::AppendCsvField;
using internal::AppendTsvField;
using internal::FormatNumber;

// Counts to publish: the store's when it has them, else one article's.
struct Counts {
  std::string mentions, articles, sources;
};

Counts CountsFor(const Event& e, const Article& a, const EventStoreFacts& f) {
  Counts c;
  if (f.num_articles != 0) {
    c.mentions = std::to_string(f.num_mentions);
    c.articles = std::to_string(f.num_articles);
    // No outlet known among the group's articles: unknown, not zero.
    if (f.num_sources != 0) c.sources = std::to_string(f.num_sources);
  } else {
    c.mentions = std::to_string(e.mentions);
    c.articles = "1";
    if (!a.source.empty()) c.sources = "1";
  }
  return c;
}

class JsonlWriter final : public EventExporter {
 public:
  explicit JsonlWriter(std::ostream& out) : EventExporter(out) {}

 protected:
  Status WriteEvent(const Event& e, const Article& a,
                    const EventStoreFacts& f) override {
    line_.clear();
    internal::AppendEventJson(e, a, f.event_id != 0 ? &f : nullptr, line_);
    line_ += '\n';
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    return StreamStatus();
  }

 private:
  std::string line_;
};

constexpr std::array<std::string_view, 29> kCsvColumns = {
    "event_id",     "article_id",   "sentence",     "date",
    "source_code",  "source_text",  "target_code",  "target_text",
    "cameo",        "root",         "quad_class",   "goldstein",
    "plover_type",  "plover_mode",  "place_name",   "place_country",
    "place_admin1", "lat",          "lon",          "confidence",
    "mentions",     "num_mentions", "num_articles", "num_sources",
    "verb",         "rule",         "evidence",     "article_source",
    "url"};

class CsvWriter final : public EventExporter {
 public:
  explicit CsvWriter(std::ostream& out) : EventExporter(out) {}

  Status Finish() override {
    WriteHeaderOnce();
    return EventExporter::Finish();
  }

 protected:
  Status WriteEvent(const Event& e, const Article& a,
                    const EventStoreFacts& f) override {
    WriteHeaderOnce();
    const int64_t id = f.event_id != 0 ? f.event_id : next_id_++;
    Counts counts = CountsFor(e, a, f);
    const std::string cells[] = {
        std::to_string(id),
        e.article_id.empty() ? a.id : e.article_id,
        std::to_string(e.sentence),
        e.date.iso,
        e.source.code,
        e.source.text,
        e.target.code,
        e.target.text,
        e.cameo,
        e.root,
        e.quad_class != 0 ? std::to_string(e.quad_class) : std::string(),
        FormatNumber(e.goldstein),
        e.plover_type,
        e.plover_mode,
        e.place.name,
        e.place.country,
        e.place.admin1,
        FormatNumber(e.place.lat),
        FormatNumber(e.place.lon),
        FormatNumber(e.confidence),
        std::to_string(e.mentions),
        counts.mentions,
        counts.articles,
        counts.sources,
        e.evidence.verb,
        e.evidence.rule,
        e.evidence.sentence,
        a.source,
        a.url};
    static_assert(std::size(cells) == kCsvColumns.size());
    line_.clear();
    for (size_t i = 0; i < std::size(cells); ++i) {
      if (i > 0) line_ += ',';
      AppendCsvField(cells[i], line_);
    }
    line_ += "\r\n";  // RFC 4180 line ends
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    return StreamStatus();
  }

 private:
  void WriteHeaderOnce() {
    if (header_written_) return;
    header_written_ = true;
    std::string header;
    for (size_t i = 0; i < kCsvColumns.size(); ++i) {
      if (i > 0) header += ',';
      header += kCsvColumns[i];
    }
    header += "\r\n";
    out_ << header;
  }

  bool header_written_ = false;
  std::string line_;
};

// Tab-separated line builder: Cell() appends a separator before each cell
// but the first.
class TsvLine {
 public:
  void Clear() {
    text_.clear();
    cells_ = 0;
  }
  void Cell(std::string_view value) {
    if (cells_++ > 0) text_ += '\t';
    AppendTsvField(value, text_);
  }
  void Empty(int n) {
    for (int i = 0; i < n; ++i) Cell({});
  }
  int cells() const { return cells_; }
  std::string& text() { return text_; }

 private:
  std::string text_;
  int cells_ = 0;
};

// Actor names in GDELT are upper case ("UNITED STATES"); dyad writes the
// mention as the article wrote it, upper-cased (ASCII only).
std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// GDELT geo type: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE.
std::string GdeltGeoType(const EventPlace& p) {
  const bool us = p.country == "USA";
  if (p.kind == "country") return "1";
  if (p.kind == "city") return us ? "3" : "4";
  if (p.kind == "region" || p.kind == "admin1" || p.kind == "state") {
    return us ? "2" : "5";
  }
  return {};
}

class GdeltWriter final : public EventExporter {
 public:
  explicit GdeltWriter(std::ostream& out) : EventExporter(out) {}
  static constexpr int kColumns = 61;

 protected:
  Status WriteEvent(const Event& e, const Article& a,
                    const EventStoreFacts& f) override {
    TsvLine& l = line_;
    l.Clear();
    const int64_t id = f.event_id != 0 ? f.event_id : next_id_++;
    l.Cell(std::to_string(id));  // 0
    internal::DateParts d = internal::SplitIsoDate(e.date.iso);
    l.Cell(d.day ? Pad(d.year, 4) + Pad(d.month, 2) + Pad(d.day, 2) : "");
    l.Cell(d.month ? Pad(d.year, 4) + Pad(d.month, 2) : "");  // 2
    l.Cell(d.year ? Pad(d.year, 4) : "");                     // 3
    if (d.day) {                                              // 4
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f",
                    d.year + (d.month * 30 + d.day) / 365.0);
      l.Cell(buf);
    } else {
      l.Cell({});
    }
    AppendActor(e.source);                     // 5..14
    AppendActor(e.target);                     // 15..24
    l.Cell(e.sentence == 0 ? "1" : "0");       // 25 IsRootEvent: lead sentence
    l.Cell(e.cameo);                           // 26
    l.Cell(internal::CameoBaseCode(e.cameo));  // 27
    l.Cell(e.root);                            // 28
    l.Cell(e.quad_class ? std::to_string(e.quad_class) : "");  // 29
    l.Cell(FormatNumber(e.goldstein));                         // 30
    Counts c = CountsFor(e, a, f);
    l.Cell(c.mentions);  // 31 NumMentions
    l.Cell(c.sources);   // 32 NumSources
    l.Cell(c.articles);  // 33 NumArticles
    l.Cell({});          // 34 AvgTone: dyad does not score tone
    l.Empty(8);          // 35..42 Actor1Geo_*: unknown
    l.Empty(8);          // 43..50 Actor2Geo_*: unknown
    const EventPlace& p = e.place;
    if (p.known()) {
      l.Cell(GdeltGeoType(p));  // 51
      std::string full = p.name;
      if (!p.admin1.empty() && p.admin1 != p.name) full += ", " + p.admin1;
      l.Cell(full);  // 52
      l.Empty(3);    // 53..55: FIPS country, ADM1 and ADM2 codes not known
      l.Cell(FormatNumber(p.lat));  // 56
      l.Cell(FormatNumber(p.lon));  // 57
      l.Cell({});                   // 58 FeatureID
    } else {
      l.Empty(8);
    }
    l.Cell(f.date_added.empty() ? now_ : f.date_added);  // 59 DATEADDED
    l.Cell(a.url);                                       // 60 SOURCEURL
    if (l.cells() != kColumns) {
      return InternalError("GDELT writer produced " +
                           std::to_string(l.cells()) + " columns");
    }
    l.text() += '\n';
    out_.write(l.text().data(), static_cast<std::streamsize>(l.text().size()));
    return StreamStatus();
  }

 private:
  static std::string Pad(int v, int width) {
    std::string s = std::to_string(v);
    return std::string(
               s.size() < static_cast<size_t>(width) ? width - s.size() : 0,
               '0') +
           s;
  }

  void AppendActor(const EventActor& actor) {
    internal::GdeltActorParts p = internal::SplitForGdelt(actor.code);
    line_.Cell(actor.code);
    line_.Cell(actor.code.empty() ? std::string() : UpperAscii(actor.text));
    line_.Cell(p.country);
    line_.Cell(p.known_group);
    line_.Cell(p.ethnic);
    line_.Cell(p.religion1);
    line_.Cell(p.religion2);
    line_.Cell(p.type1);
    line_.Cell(p.type2);
    line_.Cell(p.type3);
  }

  TsvLine line_;
  const std::string now_ = internal::UtcTimestamp();
};

// Phoenix "PentaClass" (0..4) from the CAMEO root.
std::string PhoenixPentaClass(std::string_view root) {
  if (root.size() != 2) return {};
  const int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r < 1 || r > 20) return {};
  if (r <= 2) return "0";
  if (r <= 5) return "1";
  if (r <= 8) return "2";
  if (r <= 13 || r == 16) return "3";
  return "4";
}

class PhoenixWriter final : public EventExporter {
 public:
  explicit PhoenixWriter(std::ostream& out) : EventExporter(out) {}
  static constexpr int kColumns = 26;

 protected:
  Status WriteEvent(const Event& e, const Article& a,
                    const EventStoreFacts& f) override {
    TsvLine& l = line_;
    l.Clear();
    const int64_t id = f.event_id != 0 ? f.event_id : next_id_++;
    l.Cell(std::to_string(id) + "_v" DYAD_VERSION_STRING);  // 1 EventID
    internal::DateParts d = internal::SplitIsoDate(e.date.iso);
    char buf[16];
    if (d.day) {
      std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
      l.Cell(buf);  // 2 Date
    } else {
      l.Cell({});
    }
    l.Cell(d.year ? std::to_string(d.year) : "");    // 3
    l.Cell(d.month ? std::to_string(d.month) : "");  // 4
    l.Cell(d.day ? std::to_string(d.day) : "");      // 5
    AppendActor(e.source);                           // 6..9
    AppendActor(e.target);                           // 10..13
    l.Cell(e.cameo);                                 // 14
    l.Cell(e.root);                                  // 15
    l.Cell(PhoenixPentaClass(e.root));               // 16
    l.Cell(FormatNumber(e.goldstein));               // 17
    l.Cell({});                                      // 18 Issues: not coded
    l.Cell(FormatNumber(e.place.lat));               // 19
    l.Cell(FormatNumber(e.place.lon));               // 20
    l.Cell(e.place.name);                            // 21
    l.Cell(e.place.admin1);                          // 22
    l.Cell(e.place.country);                         // 23
    l.Cell((e.article_id.empty() ? a.id : e.article_id) + "_" +
           std::to_string(e.sentence));  // 24 SentenceID
    l.Cell(a.url);                       // 25
    l.Cell(a.source);                    // 26
    if (l.cells() != kColumns) {
      return InternalError("Phoenix writer produced " +
                           std::to_string(l.cells()) + " columns");
    }
    l.text() += '\n';
    out_.write(l.text().data(), static_cast<std::streamsize>(l.text().size()));
    return StreamStatus();
  }

 private:
  void AppendActor(const EventActor& actor) {
    internal::PhoenixActorParts p = internal::SplitForPhoenix(actor.code);
    line_.Cell(actor.code);
    line_.Cell(p.entity);
    line_.Cell(p.role);
    line_.Cell(p.attribute);
  }

  TsvLine line_;
};

}  // namespace

StatusOr<EventFormat> ParseEventFormat(std::string_view name) {
  if (name == "jsonl" || name == "json") return EventFormat::kJsonl;
  if (name == "csv") return EventFormat::kCsv;
  if (name == "gdelt") return EventFormat::kGdelt;
  if (name == "phoenix") return EventFormat::kPhoenix;
  return InvalidArgumentError("unknown event format \"" + std::string(name) +
                              "\" (expected jsonl, csv, gdelt or phoenix)");
}

std::unique_ptr<EventExporter> EventExporter::Create(EventFormat format,
                                                     std::ostream& out) {
  switch (format) {
    case EventFormat::kCsv:
      return std::unique_ptr<EventExporter>(new CsvWriter(out));
    case EventFormat::kGdelt:
      return std::unique_ptr<EventExporter>(new GdeltWriter(out));
    case EventFormat::kPhoenix:
      return std::unique_ptr<EventExporter>(new PhoenixWriter(out));
    case EventFormat::kJsonl:
      break;
  }
  return std::unique_ptr<EventExporter>(new JsonlWriter(out));
}

StatusOr<std::unique_ptr<EventExporter>> EventExporter::Create(
    std::string_view format, std::ostream& out) {
  DYAD_ASSIGN_OR_RETURN(EventFormat f, ParseEventFormat(format));
  return Create(f, out);
}

EventExporter::~EventExporter() = default;

Status EventExporter::Finish() {
  out_.flush();
  return StreamStatus();
}

Status EventExporter::StreamStatus() const {
  if (out_.fail()) return DataLossError("event output: write failed");
  return Status::Ok();
}

}  // namespace dyad
