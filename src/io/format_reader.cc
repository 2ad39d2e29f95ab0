// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Shared parts of the format readers: the result queue and field helpers.
#include "io/format_reader.h"

#include <algorithm>
#include <cctype>

#include "io/utf8_repair.h"

namespace dyad::internal {

ReadResult FormatReader::Next(Article& article, ReadError& error) {
  while (queue_.empty()) {
    if (exhausted_) return ReadResult::kEnd;
    if (!Fill()) exhausted_ = true;
  }
  Item& item = queue_.front();
  ReadResult result;
  if (item.is_error) {
    error = std::move(item.error);
    result = ReadResult::kError;
  } else {
    article = std::move(item.article);
    result = ReadResult::kArticle;
  }
  queue_.pop_front();
  return result;
}

void FormatReader::EmitArticle(Article article) {
  Item& item = queue_.emplace_back();
  item.article = std::move(article);
}

void FormatReader::EmitError(ReadError::Kind kind, std::string where,
                             std::string message) {
  Item& item = queue_.emplace_back();
  item.is_error = true;
  item.error.kind = kind;
  item.error.where = std::move(where);
  item.error.message = std::move(message);
}

std::string FormatReader::Where(uint64_t line) const {
  return name_.path + ":" + std::to_string(line);
}

bool NormalizeDate(std::string_view in, std::string& out) {
  out.clear();
  if (in.empty()) return true;
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(in[i]))) return false;
    }
    return true;
  };
  if (in.size() < 10 || !digits(0, 4) || in[4] != '-' || !digits(5, 2) ||
      in[7] != '-' || !digits(8, 2)) {
    return false;
  }
  if (in.size() > 10 && in[10] != 'T' && in[10] != ' ') return false;
  const int month = (in[5] - '0') * 10 + (in[6] - '0');
  const int day = (in[8] - '0') * 10 + (in[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  out.assign(in.substr(0, 10));
  return true;
}

void RepairField(std::string& field, Article& article) {
  Utf8RepairCounts counts = RepairUtf8(field);
  article.utf8_repairs += counts.replaced;
  article.nul_bytes += counts.nul_bytes;
}

InputFormat FormatFromName(std::string_view name) {
  auto ends_with = [&](std::string_view suffix) {
    if (name.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(),
                      name.end() - static_cast<long>(suffix.size()),
                      [](char a, char b) {
                        return std::tolower(static_cast<unsigned char>(a)) ==
                               std::tolower(static_cast<unsigned char>(b));
                      });
  };
  if (ends_with(".gz")) name.remove_suffix(3);
  if (ends_with(".txt")) return InputFormat::kText;
  if (ends_with(".jsonl") || ends_with(".ndjson")) return InputFormat::kJsonl;
  if (ends_with(".csv")) return InputFormat::kCsv;
  return InputFormat::kAuto;
}

}  // namespace dyad::internal
