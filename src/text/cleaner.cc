// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
// PLACEHOLDER (replaced by the cleaning work): copies lines verbatim.
#include "text/cleaner.h"

namespace dyad::internal {

void Clean(const CleanOptions&, Document& doc,
           std::vector<Paragraph>& paragraphs) {
  paragraphs.clear();
  const std::string& text = doc.article->text;
  doc.clean_text = text;
  doc.clean_to_orig.resize(text.size() + 1);
  for (uint32_t i = 0; i <= text.size(); ++i) doc.clean_to_orig[i] = i;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i > start) paragraphs.push_back({{start, i}});
      start = i + 1;
    }
  }
}

}  // namespace dyad::internal
