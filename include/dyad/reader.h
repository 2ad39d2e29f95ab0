// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// ArticleReader: pulls news articles, one at a time, out of files,
// directories, standard input or a memory buffer.
//
// Inputs and formats
//   - A path names a file; a directory is walked recursively and its files
//     with a known extension are read in sorted (byte-wise) path order; "-"
//     is standard input. An empty input list means standard input.
//   - The format comes from the extension, after removing ".gz":
//       .txt                 plain text: the whole file is one article
//       .jsonl .ndjson       JSON Lines: one article object per line
//       .csv                 CSV with a header row (RFC 4180 quoting)
//     or from ReaderOptions::format, which overrides the extension.
//     Standard input and files with another extension are read as JSON
//     Lines unless a format is given.
//   - Compressed input (gzip) is recognised by its magic bytes and
//     inflated on the fly, whatever the name.
//
// Records
//   JSON Lines: {"id","date","text","title","source","url"}; "text" must
//   be present and any other key is ignored. "id" may be a string or an integer and
//   defaults to "<name>:<line>". "date" is null, "", "YYYY-MM-DD" or a
//   timestamp starting "YYYY-MM-DDT" / "YYYY-MM-DD " (only the date is kept).
//   CSV: columns are found by header name (case-insensitive), by default
//   id, date, text, title, source, url; ReaderOptions::csv renames them.
//   Plain text: id is the file name (its path below the directory given,
//   for files found by walking a directory), the text is the whole file.
//
// Bad input never stops the reader and never loses an article silently:
//   - invalid UTF-8 is replaced with U+FFFD and NUL bytes are removed; both
//     are counted in Article::utf8_repairs and Article::nul_bytes;
//   - a malformed record (bad JSON, missing "text", wrong field count) is
//     skipped and reported as a ReadError naming "file:line";
//   - a field of the wrong type or a bad date is reported as an error and the
//     article is still returned, without that field;
//   - an empty text file is returned as an article with empty text, preceded
//     by a warning;
//   - an unreadable or corrupt file (e.g. truncated gzip) is reported and the
//     reader moves on to the next input.
//
// Usage
//   dyad::ReaderOptions options;
//   auto reader = dyad::ArticleReader::Open({"news/", "extra.jsonl.gz"},
//                                           options);
//   if (!reader.ok()) { /* NOT_FOUND: a path does not exist */ }
//   dyad::Article article;
//   dyad::ReadError error;
//   for (;;) {
//     dyad::ReadResult r = (*reader)->Next(article, error);
//     if (r == dyad::ReadResult::kEnd) break;
//     if (r == dyad::ReadResult::kError) { report(error); continue; }
//     process(article);
//   }
//
// Ownership and threads: the reader owns its open files and buffers and
// closes them when destroyed. It is not thread-safe: use one reader per
// thread (or hand articles to workers). Next() copies into the caller's
// Article, reusing its string capacity.
#ifndef DYAD_READER_H_
#define DYAD_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

enum class InputFormat : uint8_t {
  kAuto = 0,  // by extension; JSON Lines for stdin and unknown extensions
  kText,
  kJsonl,
  kCsv,
};

// Parses "auto", "text" (or "txt"), "jsonl" (or "ndjson"), "csv".
// Returns kInvalidArgument for anything else.
DYAD_API StatusOr<InputFormat> ParseInputFormat(std::string_view name);

// Header names of the CSV columns to read. An empty name means the default
// (the field's own name: "id", "date", "text", ...), which may be absent from
// a file, except for text. A name set here must be present in every CSV
// header, or the reader reports ReadError::Kind::kUsage.
struct CsvColumns {
  std::string id;
  std::string date;
  std::string text;
  std::string title;
  std::string source;
  std::string url;
};

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  CsvColumns csv;
  // Article texts longer than this many bytes are cut (at a character
  // boundary) with a warning; 0 means no limit. Reading is not limited: a
  // 100 MB line is read whole and then cut, so the articles after it are
  // still found; the limit protects the later stages, whose memory grows
  // with the number of tokens.
  size_t max_text_bytes = 0;
};

// A problem found while reading. `where` is "path:line" for a record and
// "path" for a whole file; the message says what was wrong and what the
// reader did about it.
struct ReadError {
  enum class Kind : uint8_t {
    kWarning,  // not an error (e.g. an empty file); nothing was lost
    kRecord,   // one record is bad: skipped, or kept without a bad field
    kFile,     // the rest of one input could not be read (I/O, corrupt gzip)
    kUsage,    // the options do not fit the input (CSV column not found);
               // the reader stops: Next() returns kEnd from now on
  };
  Kind kind = Kind::kRecord;
  std::string where;
  std::string message;
};

enum class ReadResult : uint8_t {
  kArticle,  // `article` holds the next article
  kError,    // `error` holds a problem; call Next() again to go on
  kEnd,      // no more input
};

class DYAD_API ArticleReader {
 public:
  // Checks that every input exists and walks directories. Returns
  // kNotFound naming the first path that does not exist, kInvalidArgument
  // for a path that is neither a file nor a directory. Files are opened
  // lazily, one at a time, as reading reaches them.
  static StatusOr<std::unique_ptr<ArticleReader>> Open(
      const std::vector<std::string>& inputs, const ReaderOptions& options);

  // Reads from a memory buffer (tests, fuzzers, embedding). `name` is used
  // for ids and error messages and, with format kAuto, chooses the format
  // by its extension. Never fails for an in-memory input.
  static std::unique_ptr<ArticleReader> OpenMemory(
      std::string name, std::string data, const ReaderOptions& options);

  virtual ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  // Produces the next article or error. `article` is overwritten only on
  // kArticle, `error` only on kError.
  virtual ReadResult Next(Article& article, ReadError& error) = 0;

  // Progress: bytes consumed from the inputs as stored (compressed bytes
  // for gzip), and the sum of the input sizes, or 0 when unknown (stdin,
  // pipes).
  virtual uint64_t bytes_read() const = 0;
  virtual uint64_t bytes_total() const = 0;

 protected:
  ArticleReader() = default;
};

}  // namespace dyad

#endif  // DYAD_READER_H_
