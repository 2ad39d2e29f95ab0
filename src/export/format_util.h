// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Small formatting helpers shared by the event writers.
#ifndef DYAD_EXPORT_FORMAT_UTIL_H_
#define DYAD_EXPORT_FORMAT_UTIL_H_

#include <string>
#include <string_view>

namespace dyad::internal {

// The known parts of an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a part
// that is not there (or not digits) is 0.
struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
};
DateParts SplitIsoDate(std::string_view iso);

// Shortest decimal that reads back as `value` ("2.8", "-10", "55.7558");
// empty for NaN / infinity.
std::string FormatNumber(double value);

// Appends `text` with tabs, CR and LF replaced by spaces (TSV cells).
void AppendTsvField(std::string_view text, std::string& out);

// Appends `text` as an RFC 4180 CSV cell: quoted when it holds a comma,
// quote, CR or LF, with inner quotes doubled.
void AppendCsvField(std::string_view text, std::string& out);

// The current UTC time as "YYYYMMDDHHMMSS".
std::string UtcTimestamp();

// The 3-digit base of a CAMEO event code ("0431" -> "043", "04" -> "04").
std::string_view CameoBaseCode(std::string_view cameo);

}  // namespace dyad::internal

#endif  // DYAD_EXPORT_FORMAT_UTIL_H_
