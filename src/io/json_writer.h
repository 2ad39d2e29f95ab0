// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// A minimal streaming JSON writer that appends to a std::string. It writes
// exactly what it is told (no DOM, no allocation per value) and keeps track
// of commas. Strings are escaped per RFC 8259 and made valid UTF-8 if they
// are not, so the output always parses.
#ifndef DYAD_IO_JSON_WRITER_H_
#define DYAD_IO_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::internal {

// Appends `s` as a quoted, escaped JSON string.
void AppendJsonString(std::string_view s, std::string& out);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Uint(uint64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A string, or null when `value` is empty.
  JsonWriter& StringOrNull(std::string_view value) {
    return value.empty() ? Null() : String(value);
  }

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void Separate();

  std::string& out_;
  bool need_comma_ = false;
};

}  // namespace dyad::internal

#endif  // DYAD_IO_JSON_WRITER_H_
