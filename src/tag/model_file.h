// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The container format of dyad's binary model files (see docs/models.md for
// the byte layout and version history):
//
//   offset 0   magic "\x7F" "DYADMDL" (8 bytes; the 0x7F makes text tools and
//              older loaders refuse it)
//          8   u32 format version          12  u32 endianness marker 0x01020304
//         16   u32 section count           20  u32 reserved
//         24   char[40] data version, NUL padded
//         64   section table: per section  char[16] name, u64 offset,
//              u64 size, u32 crc32 of the section, u32 reserved (40 bytes)
//        ...   sections, each starting on a 16-byte boundary
//   end - 8    u32 crc32 of every byte before it, then "DEND"
//
// Readers skip sections they do not know, so a section can be added without
// a format change. A file is read into memory in one go.
#ifndef DYAD_TAG_MODEL_FILE_H_
#define DYAD_TAG_MODEL_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::internal {

class ModelFileWriter {
 public:
  void AddSection(std::string_view name, std::string bytes);
  // The whole file as bytes.
  std::string Serialize(uint32_t format_version,
                        std::string_view data_version) const;

 private:
  std::vector<std::pair<std::string, std::string>> sections_;
};

// A parsed model file. Owns its bytes; sections are views into them.
class ModelFile {
 public:
  // Checks magic, endianness, format version (must equal
  // `expected_format_version`: kFailedPrecondition otherwise), section
  // bounds and checksums (kDataLoss). `origin` names the file in messages.
  static StatusOr<ModelFile> Parse(std::string bytes,
                                   uint32_t expected_format_version,
                                   std::string_view origin);
  // Reads `path` (kNotFound if it cannot be opened) and parses it.
  static StatusOr<ModelFile> Load(const std::string& path,
                                  uint32_t expected_format_version);

  uint32_t format_version() const { return format_version_; }
  const std::string& data_version() const { return data_version_; }
  const std::string& origin() const { return origin_; }
  // The section's bytes, or kDataLoss naming the missing section.
  StatusOr<std::string_view> Section(std::string_view name) const;

 private:
  struct Entry {
    std::string name;
    uint64_t offset;
    uint64_t size;
  };
  std::string bytes_;
  std::vector<Entry> sections_;
  uint32_t format_version_ = 0;
  std::string data_version_;
  std::string origin_;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_MODEL_FILE_H_
