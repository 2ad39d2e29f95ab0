// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// CSV input with a header row, parsed by libcsv (RFC 4180: quoted fields may
// hold commas, doubled quotes and newlines). libcsv reports fields and row
// ends through callbacks but no line numbers, so the input is fed to it one
// physical line at a time: a row that ends while line N is being fed ended
// on line N, and a row that is still open after a line was fed began on the
// first such line. That gives every error a "file:line" that points at the
// start of the row, even for rows with embedded newlines.
//
// Columns are found by header name, case-insensitively. A column named in
// CsvColumns that the header lacks, or a header without the text column, is
// a usage error (ReadError::Kind::kUsage): no row of such a file can be read
// as the user meant.
#include <csv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "io/format_reader.h"

namespace dyad::internal {
namespace {

constexpr size_t kChunk = 1 << 20;
// libcsv's parser states (csv_parser::pstate) that matter here.
constexpr int kRowNotBegun = 0;  // between rows
constexpr int kFieldBegun = 2;   // inside a field (quoted: before its end)

enum Column { kId, kDate, kText, kTitle, kSource, kUrl, kNumColumns };
constexpr std::array<const char*, kNumColumns> kDefaultNames = {
    "id", "date", "text", "title", "source", "url"};
constexpr std::array<const char*, kNumColumns> kFlagNames = {
    "--csv-id-column",    "--csv-date-column",   "--csv-text-column",
    "--csv-title-column", "--csv-source-column", "--csv-url-column"};

bool SameName(std::string_view a, std::string_view b) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
      s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
      s.remove_suffix(1);
    return s;
  };
  a = trim(a);
  b = trim(b);
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

class CsvReader final : public FormatReader {
 public:
  CsvReader(std::unique_ptr<ByteSource> source, InputName name,
            const CsvColumns& columns)
      : FormatReader(std::move(source), std::move(name)) {
    requested_ = {columns.id,    columns.date,   columns.text,
                  columns.title, columns.source, columns.url};
    index_.fill(-1);
    csv_init(&parser_, 0);
  }
  ~CsvReader() override { csv_free(&parser_); }

 protected:
  bool Fill() override {
    if (stopped_) return false;
    // Feed whole lines; read more input when no full line is buffered.
    for (;;) {
      const void* nl =
          std::memchr(buffer_.data() + pos_, '\n', buffer_.size() - pos_);
      if (nl != nullptr || (eof_ && pos_ < buffer_.size())) {
        size_t end = nl != nullptr
                         ? static_cast<const char*>(nl) - buffer_.data() + 1
                         : buffer_.size();
        FeedLine(std::string_view(buffer_).substr(pos_, end - pos_));
        pos_ = end;
        return !stopped_;
      }
      if (eof_) return Finish();
      buffer_.erase(0, pos_);
      pos_ = 0;
      StatusOr<size_t> n = source().Read(buffer_, kChunk);
      if (!n.ok()) {
        EmitError(ReadError::Kind::kFile, Where(line_ + 1),
                  n.status().message() + "; rest of file skipped");
        return false;
      }
      if (*n == 0) eof_ = true;
    }
  }

 private:
  static void OnField(void* data, size_t size, void* self) {
    auto* reader = static_cast<CsvReader*>(self);
    reader->fields_.emplace_back(static_cast<const char*>(data), size);
  }
  static void OnRowEnd(int, void* self) {
    static_cast<CsvReader*>(self)->EndRow();
  }

  void FeedLine(std::string_view line) {
    ++line_;
    if (line_ == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (csv_parse(&parser_, line.data(), line.size(), OnField, OnRowEnd,
                  this) != line.size()) {
      EmitError(ReadError::Kind::kFile, Where(line_),
                std::string("CSV parser failed: ") +
                    csv_strerror(csv_error(&parser_)) +
                    "; rest of file skipped");
      stopped_ = true;
      return;
    }
    if (parser_.pstate != kRowNotBegun && row_line_ == 0) row_line_ = line_;
  }

  bool Finish() {
    // libcsv only flags an open quote at the end in its strict mode, which
    // would also reject the stray quotes that scraped CSV is full of, so
    // the check is made here.
    if (parser_.pstate == kFieldBegun && parser_.quoted) {
      EmitError(ReadError::Kind::kRecord, Where(row_line_),
                "unterminated quoted field; row skipped");
      row_line_ = 0;
      stopped_ = true;  // the open row ran to the end of the file
      fields_.clear();
    }
    csv_fini(&parser_, OnField, OnRowEnd, this);
    if (!have_header_ && !stopped_) {
      EmitError(ReadError::Kind::kWarning, name().path,
                "empty file, no header row; no articles");
    }
    return false;
  }

  void EndRow() {
    const uint64_t row_line = row_line_ != 0 ? row_line_ : line_;
    row_line_ = 0;
    if (stopped_) {
      fields_.clear();
      return;
    }
    if (!have_header_) {
      ReadHeader(row_line);
    } else {
      ReadRow(row_line);
    }
    fields_.clear();
  }

  void ReadHeader(uint64_t row_line) {
    have_header_ = true;
    header_size_ = fields_.size();
    for (int c = 0; c < kNumColumns; ++c) {
      const std::string& wanted =
          requested_[c].empty() ? std::string(kDefaultNames[c]) : requested_[c];
      for (size_t i = 0; i < fields_.size(); ++i) {
        if (SameName(fields_[i], wanted)) {
          index_[c] = static_cast<int>(i);
          break;
        }
      }
      if (index_[c] >= 0) continue;
      if (!requested_[c].empty()) {
        Usage(row_line, std::string("no column \"") + requested_[c] +
                            "\" (named by " + kFlagNames[c] +
                            ") in the header");
        return;
      }
      if (c == kText) {
        Usage(row_line,
              "no \"text\" column in the header; name the column that holds "
              "the article text with --csv-text-column");
        return;
      }
    }
  }

  void Usage(uint64_t row_line, std::string message) {
    std::string columns;
    for (const std::string& f : fields_) {
      columns += columns.empty() ? "" : ", ";
      columns += f;
    }
    EmitError(ReadError::Kind::kUsage, Where(row_line),
              message + " (columns: " + columns + ")");
    stopped_ = true;
  }

  void ReadRow(uint64_t row_line) {
    if (fields_.size() != header_size_) {
      EmitError(ReadError::Kind::kRecord, Where(row_line),
                "row has " + std::to_string(fields_.size()) +
                    " fields, the header has " + std::to_string(header_size_) +
                    "; row skipped");
      return;
    }
    Article article;
    auto take = [&](Column c, std::string& out) {
      if (index_[c] < 0) return;
      out = std::move(fields_[static_cast<size_t>(index_[c])]);
      RepairField(out, article);
    };
    take(kText, article.text);
    take(kId, article.id);
    take(kTitle, article.title);
    take(kSource, article.source);
    take(kUrl, article.url);
    std::string date;
    take(kDate, date);
    if (!NormalizeDate(date, article.date)) {
      EmitError(ReadError::Kind::kRecord, Where(row_line),
                "\"date\" is not YYYY-MM-DD: \"" + date.substr(0, 40) +
                    "\"; date left empty");
    }
    if (article.id.empty()) {
      article.id = name().name + ":" + std::to_string(row_line);
    }
    article.origin = Where(row_line);
    EmitArticle(std::move(article));
  }

  csv_parser parser_{};
  std::array<std::string, kNumColumns> requested_;
  std::array<int, kNumColumns> index_;
  std::vector<std::string> fields_;
  size_t header_size_ = 0;
  bool have_header_ = false;
  bool stopped_ = false;
  bool eof_ = false;
  std::string buffer_;
  size_t pos_ = 0;
  uint64_t line_ = 0;      // physical lines fed so far
  uint64_t row_line_ = 0;  // first line of the open row; 0 when none
};

}  // namespace

std::unique_ptr<FormatReader> NewCsvReader(std::unique_ptr<ByteSource> source,
                                           InputName name,
                                           const CsvColumns& columns) {
  return std::make_unique<CsvReader>(std::move(source), std::move(name),
                                     columns);
}

}  // namespace dyad::internal
