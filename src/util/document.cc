// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/document.h"

namespace dyad {

uint32_t Document::OriginalOffset(uint32_t clean_offset) const {
  if (clean_to_orig.empty()) return clean_offset;
  if (clean_offset >= clean_to_orig.size()) return clean_to_orig.back();
  return clean_to_orig[clean_offset];
}

void Document::Clear() {
  article = nullptr;
  clean_text.clear();
  clean_to_orig.clear();
  dropped.clear();
  sentences.clear();
  tokens.clear();
  mentions.clear();
}

}  // namespace dyad
