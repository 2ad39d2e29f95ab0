// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// ByteSource: the bytes of one input (file, stdin or memory), inflated when
// they are gzip data, read in chunks. LineSource splits a ByteSource
// into lines of any length.
#ifndef DYAD_IO_BYTE_SOURCE_H_
#define DYAD_IO_BYTE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::internal {

class ByteSource {
 public:
  // Opens `path` ("-" = standard input, which is not closed). Returns
  // kNotFound or kInvalidArgument (with the path and the OS reason).
  static StatusOr<std::unique_ptr<ByteSource>> OpenFile(
      const std::string& path);
  static std::unique_ptr<ByteSource> FromMemory(std::string data);

  virtual ~ByteSource();

  // Appends up to about `max` decoded bytes to `out`. Returns the number
  // appended, 0 at the end of input; kDataLoss for corrupt or truncated
  // compressed data, kInvalidArgument for a read error.
  StatusOr<size_t> Read(std::string& out, size_t max);

  // Reads everything that is left.
  Status ReadAll(std::string& out);

  // Bytes consumed from the input as stored (compressed bytes for gzip).
  uint64_t raw_bytes_read() const { return raw_bytes_read_; }
  bool compressed() const { return inflating_; }

 protected:
  ByteSource() = default;
  // Reads up to `size` raw bytes; 0 at the end; negative errno on error.
  virtual long ReadRaw(char* buffer, size_t size) = 0;

 private:
  struct Inflater;
  Status StartIfCompressed();

  bool started_ = false;
  bool inflating_ = false;
  bool raw_eof_ = false;
  bool stream_ended_ = false;  // the last gzip member ended cleanly
  uint64_t raw_bytes_read_ = 0;
  std::string raw_;  // raw bytes not yet consumed by the inflater
  size_t raw_pos_ = 0;
  // Scratch for read(2) and inflate output, allocated once and never
  // zero-filled: growing `out` by a whole chunk per call would clear a
  // megabyte per small file.
  std::unique_ptr<char[]> scratch_;
  std::unique_ptr<Inflater> inflater_;
};

// Splits a ByteSource into lines ending in "\n" (a "\r" before it is
// dropped). A line may be arbitrarily long; memory grows to hold it.
class LineSource {
 public:
  explicit LineSource(ByteSource& source) : source_(source) {}

  // Sets `line` to the next line, without its terminator; the view is valid
  // until the next call. Returns false at the end of input, or with a
  // non-OK `status` after a read error.
  bool Next(std::string_view& line, Status& status);

  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_number_; }

 private:
  ByteSource& source_;
  std::string buffer_;
  size_t begin_ = 0;  // start of the unread part of buffer_
  size_t scan_ = 0;   // buffer_[begin_, scan_) is known to hold no '\n'
  bool eof_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace dyad::internal

#endif  // DYAD_IO_BYTE_SOURCE_H_
