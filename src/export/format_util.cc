// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "export/format_util.h"

#include <fmt/format.h>

#include <cmath>
#include <ctime>

namespace dyad::internal {
namespace {

// Parses exactly `n` digits at `pos`; 0 when they are not all digits.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (s.size() < pos + n) return 0;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

DateParts SplitIsoDate(std::string_view iso) {
  DateParts d;
  d.year = Digits(iso, 0, 4);
  if (d.year == 0) return d;
  if (iso.size() >= 7 && iso[4] == '-') d.month = Digits(iso, 5, 2);
  if (d.month != 0 && iso.size() >= 10 && iso[7] == '-') {
    d.day = Digits(iso, 8, 2);
  }
  return d;
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return {};
  return fmt::format("{}", value);
}

void AppendTsvField(std::string_view text, std::string& out) {
  for (char c : text) {
    out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
}

void AppendCsvField(std::string_view text, std::string& out) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string UtcTimestamp() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

std::string_view CameoBaseCode(std::string_view cameo) {
  return cameo.size() > 3 ? cameo.substr(0, 3) : cameo;
}

}  // namespace dyad::internal
