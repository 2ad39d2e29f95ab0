// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Sentence splitting and tokenization for news English.
#ifndef DYAD_TEXT_SEGMENTER_H_
#define DYAD_TEXT_SEGMENTER_H_

#include <vector>

#include "dyad/document.h"
#include "text/cleaner.h"

namespace dyad::internal {

// Splits each paragraph of doc.clean_text into sentences and tokens,
// appending to doc.sentences and doc.tokens with clean and original offsets
// (through doc.clean_to_orig). A sentence never crosses a paragraph; it
// inherits the paragraph's kind, and the last sentence of a truncated
// paragraph is marked truncated. Thread-safe.
void Segment(const std::vector<Paragraph>& paragraphs, Document& doc);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_SEGMENTER_H_
