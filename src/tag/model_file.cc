// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Writer and checking reader of the model container (layout in
// model_file.h). Every length and offset read from the file is checked
// against the file size before use, so a truncated or corrupt file yields a
// kDataLoss Status, never an out-of-bounds read.
#include "tag/model_file.h"

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "tag/bytes.h"

namespace dyad::internal {
namespace {

constexpr char kMagic[8] = {'\x7F', 'D', 'Y', 'A', 'D', 'M', 'D', 'L'};
constexpr char kEndMagic[4] = {'D', 'E', 'N', 'D'};
constexpr uint32_t kEndianMarker = 0x01020304;
constexpr size_t kHeaderSize = 64;
constexpr size_t kEntrySize = 40;
constexpr size_t kNameSize = 16;
constexpr size_t kVersionSize = 40;
constexpr size_t kTrailerSize = 8;

uint32_t Crc32(const char* data, size_t size) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large buffers in pieces.
  while (size > 0) {
    uInt piece = size > (1u << 30) ? (1u << 30) : static_cast<uInt>(size);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data), piece);
    data += piece;
    size -= piece;
  }
  return static_cast<uint32_t>(crc);
}

template <typename T>
T ReadAt(const std::string& bytes, size_t offset) {
  T value;
  std::memcpy(&value, bytes.data() + offset, sizeof(T));
  return value;
}

void Pad16(std::string& out) {
  while (out.size() % 16 != 0) out.push_back('\0');
}

}  // namespace

void ModelFileWriter::AddSection(std::string_view name, std::string bytes) {
  sections_.emplace_back(std::string(name.substr(0, kNameSize - 1)),
                         std::move(bytes));
}

std::string ModelFileWriter::Serialize(uint32_t format_version,
                                       std::string_view data_version) const {
  ByteWriter w;
  w.bytes().append(kMagic, sizeof(kMagic));
  w.Put<uint32_t>(format_version);
  w.Put<uint32_t>(kEndianMarker);
  w.Put<uint32_t>(static_cast<uint32_t>(sections_.size()));
  w.Put<uint32_t>(0);
  std::string version(data_version.substr(0, kVersionSize - 1));
  version.resize(kVersionSize, '\0');
  w.bytes().append(version);
  // Section table, then the sections at 16-byte aligned offsets.
  uint64_t offset = kHeaderSize + kEntrySize * sections_.size();
  offset = (offset + 15) / 16 * 16;
  for (const auto& [name, bytes] : sections_) {
    std::string padded_name = name;
    padded_name.resize(kNameSize, '\0');
    w.bytes().append(padded_name);
    w.Put<uint64_t>(offset);
    w.Put<uint64_t>(bytes.size());
    w.Put<uint32_t>(Crc32(bytes.data(), bytes.size()));
    w.Put<uint32_t>(0);
    offset = (offset + bytes.size() + 15) / 16 * 16;
  }
  std::string& out = w.bytes();
  for (const auto& [name, bytes] : sections_) {
    Pad16(out);
    out.append(bytes);
  }
  Pad16(out);
  uint32_t crc = Crc32(out.data(), out.size());
  out.append(reinterpret_cast<const char*>(&crc), sizeof(crc));
  out.append(kEndMagic, sizeof(kEndMagic));
  return out;
}

StatusOr<ModelFile> ModelFile::Parse(std::string bytes,
                                     uint32_t expected_format_version,
                                     std::string_view origin) {
  const std::string where(origin);
  if (bytes.size() < sizeof(kMagic) ||
      std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return FailedPreconditionError(where +
                                   ": not a dyad model file (bad magic)");
  }
  if (bytes.size() < kHeaderSize + kTrailerSize) {
    return DataLossError(where + ": truncated model file (" +
                         std::to_string(bytes.size()) + " bytes)");
  }
  ModelFile file;
  file.origin_ = where;
  file.format_version_ = ReadAt<uint32_t>(bytes, 8);
  if (ReadAt<uint32_t>(bytes, 12) != kEndianMarker) {
    return FailedPreconditionError(
        where + ": model file was written with another byte order");
  }
  if (file.format_version_ != expected_format_version) {
    return FailedPreconditionError(
        where + ": model format version " +
        std::to_string(file.format_version_) +
        ", but this build of dyad reads "
        "version " +
        std::to_string(expected_format_version) +
        "; use the model shipped with this version (data/models/)");
  }
  const char* version = bytes.data() + 24;
  file.data_version_.assign(version, strnlen(version, kVersionSize));
  // Whole-file checksum first: it tells truncation and corruption apart from
  // a bad section table.
  const size_t body = bytes.size() - kTrailerSize;
  if (std::memcmp(bytes.data() + body + 4, kEndMagic, sizeof(kEndMagic)) != 0) {
    return DataLossError(where + ": truncated model file (no end marker)");
  }
  if (Crc32(bytes.data(), body) != ReadAt<uint32_t>(bytes, body)) {
    return DataLossError(where + ": model file checksum mismatch (corrupt)");
  }
  const uint32_t count = ReadAt<uint32_t>(bytes, 16);
  if (count > (body - kHeaderSize) / kEntrySize) {
    return DataLossError(where + ": bad section count");
  }
  for (uint32_t i = 0; i < count; ++i) {
    size_t at = kHeaderSize + i * kEntrySize;
    Entry e;
    e.name.assign(bytes.data() + at, strnlen(bytes.data() + at, kNameSize));
    e.offset = ReadAt<uint64_t>(bytes, at + 16);
    e.size = ReadAt<uint64_t>(bytes, at + 24);
    uint32_t crc = ReadAt<uint32_t>(bytes, at + 32);
    if (e.offset > body || e.size > body - e.offset) {
      return DataLossError(where + ": section '" + e.name +
                           "' lies outside the file");
    }
    if (Crc32(bytes.data() + e.offset, e.size) != crc) {
      return DataLossError(where + ": section '" + e.name +
                           "' checksum mismatch");
    }
    file.sections_.push_back(std::move(e));
  }
  file.bytes_ = std::move(bytes);
  return file;
}

StatusOr<ModelFile> ModelFile::Load(const std::string& path,
                                    uint32_t expected_format_version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open model file");
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return DataLossError(path + ": cannot read model file");
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), size)) {
    return DataLossError(path + ": cannot read model file");
  }
  return Parse(std::move(bytes), expected_format_version, path);
}

StatusOr<std::string_view> ModelFile::Section(std::string_view name) const {
  for (const Entry& e : sections_) {
    if (e.name == name) {
      return std::string_view(bytes_).substr(e.offset, e.size);
    }
  }
  return DataLossError(origin_ + ": model file lacks section '" +
                       std::string(name) + "'");
}

}  // namespace dyad::internal
