// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Cleaning of scraped article text. Produces Document::clean_text with a
// byte map back to the original, drops boilerplate lines, and marks
// paragraphs that are headlines or photo captions and a truncated ending.
#ifndef DYAD_TEXT_CLEANER_H_
#define DYAD_TEXT_CLEANER_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"

namespace dyad::internal {

struct CleanOptions {
  // Drop boilerplate lines (share, ads, bylines, credits, timestamps...) and
  // strip credits, caption labels and scraper markers inside kept lines.
  bool drop_boilerplate = true;
  // Mark photo captions as SentenceKind::kCaption.
  bool detect_captions = true;
  // Mark a cut-off last paragraph as truncated.
  bool detect_truncation = true;
  // A line without final punctuation of at most this many words is a
  // headline (the first line) or a subhead (kHeadline).
  uint32_t headline_max_words = 20;
};

// One kept paragraph (input line) of the clean text.
struct Paragraph {
  ByteSpan clean;  // range in Document::clean_text, without the newline
  ByteSpan orig;   // range in Article::text of the kept characters
  SentenceKind kind = SentenceKind::kBody;  // kBody, kHeadline or kCaption
  bool truncated = false;  // its last sentence is cut off mid-word
};

// Fills doc.clean_text, doc.clean_to_orig and doc.dropped from
// doc.article->text, and `paragraphs` with the kept paragraphs in order.
// Thread-safe; `paragraphs` is cleared first.
//
// clean_text holds the kept lines, normalised (docs/cleaning.md), joined by
// '\n'. clean_to_orig has clean_text.size() + 1 non-decreasing entries: a
// text byte maps to the start of the original character it came from, a
// '\n' and the final entry map to the end of the preceding paragraph's
// original text (0 when nothing is kept). Any bytes are accepted: invalid
// UTF-8 becomes U+FFFD, control characters are removed. Input past 4 GiB - 2
// bytes is ignored (offsets are 32-bit).
void Clean(const CleanOptions& options, Document& doc,
           std::vector<Paragraph>& paragraphs);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_CLEANER_H_
