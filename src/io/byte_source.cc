// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Byte sources. Files are read with read(2) in 1 MiB chunks. The first bytes
// are sniffed for the gzip magic (1f 8b); if present, zlib inflates the
// stream and concatenated gzip
// members are read one after the other, as gunzip does. Compressed input
// that ends before its trailer is reported as kDataLoss rather than passed
// off as a short file.
#include "io/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dyad::internal {
namespace {

constexpr size_t kRawChunk = 1 << 20;

class FdSource final : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override {
    if (owned_) close(fd_);
  }

 protected:
  long ReadRaw(char* buffer, size_t size) override {
    for (;;) {
      ssize_t n = read(fd_, buffer, size);
      if (n >= 0) return static_cast<long>(n);
      if (errno != EINTR) return -errno;
    }
  }

 private:
  int fd_;
  bool owned_;
};

class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string data) : data_(std::move(data)) {}

 protected:
  long ReadRaw(char* buffer, size_t size) override {
    size_t n = std::min(size, data_.size() - pos_);
    std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return static_cast<long>(n);
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

// Only the gzip magic is sniffed: a bare zlib header ("x\x9c") is too weak a
// signal to override a file's name.
bool LooksGzipped(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

}  // namespace

struct ByteSource::Inflater {
  z_stream z{};
  bool initialised = false;
  ~Inflater() {
    if (initialised) inflateEnd(&z);
  }
};

ByteSource::~ByteSource() = default;

StatusOr<std::unique_ptr<ByteSource>> ByteSource::OpenFile(
    const std::string& path) {
  if (path == "-") {
    return std::unique_ptr<ByteSource>(new FdSource(STDIN_FILENO, false));
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::string reason = std::strerror(errno);
    if (errno == ENOENT) return NotFoundError(path + ": " + reason);
    return InvalidArgumentError(path + ": " + reason);
  }
  return std::unique_ptr<ByteSource>(new FdSource(fd, true));
}

std::unique_ptr<ByteSource> ByteSource::FromMemory(std::string data) {
  return std::unique_ptr<ByteSource>(new MemorySource(std::move(data)));
}

Status ByteSource::StartIfCompressed() {
  started_ = true;
  // Fill at least two bytes (or reach the end) to look at the magic.
  while (raw_.size() < 2 && !raw_eof_) {
    char buf[2];
    long n = ReadRaw(buf, 2 - raw_.size());
    if (n < 0) return InvalidArgumentError(std::strerror(static_cast<int>(-n)));
    if (n == 0) raw_eof_ = true;
    raw_.append(buf, static_cast<size_t>(n));
    raw_bytes_read_ += static_cast<uint64_t>(n);
  }
  if (!LooksGzipped(raw_)) return Status::Ok();
  inflating_ = true;
  inflater_ = std::make_unique<Inflater>();
  if (inflateInit2(&inflater_->z, 15 + 32) != Z_OK) {
    return InternalError("zlib inflateInit2 failed");
  }
  inflater_->initialised = true;
  return Status::Ok();
}

StatusOr<size_t> ByteSource::Read(std::string& out, size_t max) {
  if (!started_) DYAD_RETURN_IF_ERROR(StartIfCompressed());
  if (!inflating_) {
    // Hand over sniffed bytes first, then read straight into `out`.
    size_t appended = 0;
    if (raw_pos_ < raw_.size()) {
      appended = raw_.size() - raw_pos_;
      out.append(raw_, raw_pos_, appended);
      raw_pos_ = raw_.size();
      return appended;
    }
    if (raw_eof_) return size_t{0};
    if (!scratch_) scratch_.reset(new char[kRawChunk]);
    long n = ReadRaw(scratch_.get(), std::min(max, kRawChunk));
    if (n < 0) return InvalidArgumentError(std::strerror(static_cast<int>(-n)));
    out.append(scratch_.get(), static_cast<size_t>(n));
    raw_bytes_read_ += static_cast<uint64_t>(n);
    if (n == 0) raw_eof_ = true;
    return static_cast<size_t>(n);
  }

  z_stream& z = inflater_->z;
  if (!scratch_) scratch_.reset(new char[kRawChunk]);
  max = std::min(max, kRawChunk);
  size_t produced = 0;
  while (produced == 0) {
    if (raw_pos_ == raw_.size()) {
      if (raw_eof_) break;
      raw_.resize(kRawChunk);
      long n = ReadRaw(raw_.data(), kRawChunk);
      if (n < 0) {
        return InvalidArgumentError(std::strerror(static_cast<int>(-n)));
      }
      raw_.resize(static_cast<size_t>(n));
      raw_pos_ = 0;
      raw_bytes_read_ += static_cast<uint64_t>(n);
      if (n == 0) {
        raw_eof_ = true;
        break;
      }
    }
    if (stream_ended_) {
      // More bytes after a complete member: the next gzip member.
      inflateReset(&z);
      stream_ended_ = false;
    }
    z.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    z.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
    z.next_out = reinterpret_cast<Bytef*>(scratch_.get() + produced);
    z.avail_out = static_cast<uInt>(max - produced);
    int rc = inflate(&z, Z_NO_FLUSH);
    raw_pos_ = raw_.size() - z.avail_in;
    produced = max - z.avail_out;
    if (rc == Z_STREAM_END) {
      stream_ended_ = true;
    } else if (rc == Z_BUF_ERROR) {
      // No progress possible: needs more input (handled by the loop).
      if (raw_pos_ != raw_.size() && produced == 0) {
        return DataLossError("corrupt compressed data");
      }
    } else if (rc != Z_OK) {
      return DataLossError(std::string("corrupt compressed data: ") +
                           (z.msg != nullptr ? z.msg : "inflate failed"));
    }
  }
  out.append(scratch_.get(), produced);
  if (produced == 0 && raw_eof_ && !stream_ended_) {
    return DataLossError("compressed data ends early (truncated file?)");
  }
  return produced;
}

Status ByteSource::ReadAll(std::string& out) {
  for (;;) {
    StatusOr<size_t> n = Read(out, kRawChunk);
    if (!n.ok()) return n.status();
    if (*n == 0) return Status::Ok();
  }
}

bool LineSource::Next(std::string_view& line, Status& status) {
  for (;;) {
    const char* base = buffer_.data();
    const void* nl = std::memchr(base + scan_, '\n', buffer_.size() - scan_);
    if (nl != nullptr || (eof_ && begin_ < buffer_.size())) {
      size_t end =
          nl != nullptr ? static_cast<const char*>(nl) - base : buffer_.size();
      line = std::string_view(base + begin_, end - begin_);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      begin_ = scan_ = nl != nullptr ? end + 1 : end;
      ++line_number_;
      return true;
    }
    if (eof_) return false;
    scan_ = buffer_.size();
    // Drop consumed lines before growing, so memory follows the longest
    // line rather than the file.
    if (begin_ > 0) {
      buffer_.erase(0, begin_);
      scan_ -= begin_;
      begin_ = 0;
    }
    StatusOr<size_t> n = source_.Read(buffer_, kRawChunk);
    if (!n.ok()) {
      status = n.status();
      return false;
    }
    if (*n == 0) eof_ = true;
  }
}

}  // namespace dyad::internal
