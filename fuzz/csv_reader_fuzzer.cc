// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
// CSV reader on arbitrary bytes. The first byte picks column options, so
// renamed and required columns are fuzzed too.
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > dyad::fuzz::kMaxInput) return 0;
  dyad::ReaderOptions options;
  options.format = dyad::InputFormat::kCsv;
  const uint8_t choice = data[0];
  if (choice & 1) options.csv.text = "body";
  if (choice & 2) options.csv.id = "story";
  if (choice & 4) options.csv.date = "published";
  dyad::fuzz::DrainAndCheck(
      "fuzz.csv",
      std::string(reinterpret_cast<const char*>(data) + 1, size - 1), options);
  return 0;
}
