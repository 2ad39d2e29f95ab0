// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Shared by the reader fuzz targets: reads everything out of an in-memory
// input and checks the reader's promises on each article.
#ifndef DYAD_FUZZ_FUZZ_READER_H_
#define DYAD_FUZZ_FUZZ_READER_H_

#include <cstdlib>
#include <string>

#include "dyad/reader.h"
#include "io/utf8_repair.h"

namespace dyad::fuzz {

// Big inputs find timeouts, not bugs.
inline constexpr size_t kMaxInput = 64 * 1024;

inline void DrainAndCheck(std::string name, std::string data,
                          const ReaderOptions& options) {
  auto reader =
      ArticleReader::OpenMemory(std::move(name), std::move(data), options);
  Article article;
  ReadError error;
  for (;;) {
    ReadResult result = reader->Next(article, error);
    if (result == ReadResult::kEnd) break;
    if (result == ReadResult::kError) {
      if (error.where.empty() || error.message.empty()) std::abort();
      continue;
    }
    // Every field an article carries is clean UTF-8 without NUL.
    for (const std::string* field :
         {&article.id, &article.text, &article.title, &article.date}) {
      if (!internal::IsCleanUtf8(*field)) std::abort();
    }
    if (!article.date.empty() && article.date.size() != 10) std::abort();
  }
  if (reader->bytes_read() > reader->bytes_total()) std::abort();
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_READER_H_
