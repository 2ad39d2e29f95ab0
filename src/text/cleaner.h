// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Cleaning of scraped article text. Produces Document::clean_text with a
// byte map back to the original, drops boilerplate lines, and marks
// paragraphs that are headlines or photo captions and a truncated ending.
#ifndef DYAD_TEXT_CLEANER_H_
#define DYAD_TEXT_CLEANER_H_

#include <vector>

#include "dyad/document.h"

namespace dyad::internal {

struct CleanOptions {
  bool drop_boilerplate = true;
  bool detect_captions = true;
  bool detect_truncation = true;
};

// One kept paragraph (input line) of the clean text.
struct Paragraph {
  ByteSpan clean;  // range in Document::clean_text, without the newline
  SentenceKind kind = SentenceKind::kBody;  // kBody, kHeadline or kCaption
  bool truncated = false;  // its last sentence is cut off mid-word
};

// Fills doc.clean_text, doc.clean_to_orig and doc.dropped from
// doc.article->text, and `paragraphs` with the kept paragraphs in order.
// Thread-safe; `paragraphs` is cleared first.
void Clean(const CleanOptions& options, Document& doc,
           std::vector<Paragraph>& paragraphs);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_CLEANER_H_
