// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
// JSON Lines reader on arbitrary bytes (also gzip, sniffed by magic).
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > dyad::fuzz::kMaxInput) return 0;
  dyad::ReaderOptions options;
  options.format = dyad::InputFormat::kJsonl;
  dyad::fuzz::DrainAndCheck(
      "fuzz.jsonl", std::string(reinterpret_cast<const char*>(data), size),
      options);
  return 0;
}
