// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// FormatReader: reads the articles of one input in one format. ArticleReader
// chains them over the inputs. Internal to src/io.
#ifndef DYAD_IO_FORMAT_READER_H_
#define DYAD_IO_FORMAT_READER_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/reader.h"
#include "io/byte_source.h"

namespace dyad::internal {

// How an input is named: `path` as given or walked (for Article::origin and
// messages), `name` for default ids (a base name or a path below the
// directory given).
struct InputName {
  std::string path;
  std::string name;
};

class FormatReader {
 public:
  FormatReader(std::unique_ptr<ByteSource> source, InputName name)
      : source_(std::move(source)), name_(std::move(name)) {}
  virtual ~FormatReader() = default;

  // As ArticleReader::Next, for this input only.
  ReadResult Next(Article& article, ReadError& error);

  uint64_t raw_bytes_read() const { return source_->raw_bytes_read(); }

 protected:
  // Reads on and queues what it finds with Emit*(); returns false when the
  // input is exhausted (after queueing any final errors).
  virtual bool Fill() = 0;

  void EmitArticle(Article article);
  void EmitError(ReadError::Kind kind, std::string where, std::string message);
  // "path:line".
  std::string Where(uint64_t line) const;

  ByteSource& source() { return *source_; }
  const InputName& name() const { return name_; }

 private:
  struct Item {
    bool is_error = false;
    Article article;
    ReadError error;
  };
  std::unique_ptr<ByteSource> source_;
  InputName name_;
  std::deque<Item> queue_;
  bool exhausted_ = false;
};

std::unique_ptr<FormatReader> NewTextReader(std::unique_ptr<ByteSource> source,
                                            InputName name);
std::unique_ptr<FormatReader> NewJsonlReader(std::unique_ptr<ByteSource> source,
                                             InputName name);
std::unique_ptr<FormatReader> NewCsvReader(std::unique_ptr<ByteSource> source,
                                           InputName name,
                                           const CsvColumns& columns);

// Reduces an input date to "YYYY-MM-DD". Accepts "", "YYYY-MM-DD" and
// timestamps "YYYY-MM-DDThh:mm..." or "YYYY-MM-DD hh:mm..."; `out` is empty
// for "". Returns false (and leaves `out` empty) for anything else.
bool NormalizeDate(std::string_view in, std::string& out);

// Repairs `field` (UTF-8, NUL) and adds the counts to `article`.
void RepairField(std::string& field, Article& article);

// Format of a file by its name: .txt, .jsonl/.ndjson, .csv, each optionally
// followed by .gz. kAuto when the extension is none of these.
InputFormat FormatFromName(std::string_view name);

}  // namespace dyad::internal

#endif  // DYAD_IO_FORMAT_READER_H_
