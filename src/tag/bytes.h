// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Little helpers to write and read model sections: plain-old-data values and
// arrays appended to a byte string, and a bounds-checked reader that turns any
// overrun into a kDataLoss Status instead of reading past the end.
#ifndef DYAD_TAG_BYTES_H_
#define DYAD_TAG_BYTES_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "dyad/status.h"

namespace dyad::internal {

// Appends values in host byte order (model files are little-endian; the
// loader refuses a file whose endianness marker does not match).
class ByteWriter {
 public:
  template <typename T>
  void Put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  template <typename T>
  void PutArray(const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(values.size());
    if (!values.empty()) {
      bytes_.append(reinterpret_cast<const char*>(values.data()),
                    values.size() * sizeof(T));
    }
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string_view what)
      : bytes_(bytes), what_(what) {}

  template <typename T>
  Status Get(T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (bytes_.size() - pos_ < sizeof(T)) return Overrun();
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return Status::Ok();
  }
  template <typename T>
  Status GetArray(std::vector<T>& values) {
    uint64_t n = 0;
    DYAD_RETURN_IF_ERROR(Get(n));
    if (n > (bytes_.size() - pos_) / sizeof(T)) return Overrun();
    values.resize(n);
    if (n > 0) std::memcpy(values.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return Status::Ok();
  }
  Status GetString(std::string& s) {
    uint32_t n = 0;
    DYAD_RETURN_IF_ERROR(Get(n));
    if (n > bytes_.size() - pos_) return Overrun();
    s.assign(bytes_.data() + pos_, n);
    pos_ += n;
    return Status::Ok();
  }
  bool done() const { return pos_ == bytes_.size(); }

 private:
  Status Overrun() const {
    return DataLossError(std::string(what_) + ": section ends early");
  }
  std::string_view bytes_;
  std::string_view what_;
  size_t pos_ = 0;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_BYTES_H_
