// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
// PLACEHOLDER (replaced by the segmentation work): whitespace tokens, one
// sentence per paragraph.
#include "text/segmenter.h"

namespace dyad::internal {

void Segment(const std::vector<Paragraph>& paragraphs, Document& doc) {
  const std::string& t = doc.clean_text;
  for (const Paragraph& p : paragraphs) {
    Sentence s;
    s.clean = p.clean;
    s.orig = {doc.OriginalOffset(p.clean.begin), doc.OriginalOffset(p.clean.end)};
    s.kind = p.kind;
    s.truncated = p.truncated;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    uint32_t i = p.clean.begin;
    while (i < p.clean.end) {
      while (i < p.clean.end && t[i] == ' ') ++i;
      uint32_t b = i;
      while (i < p.clean.end && t[i] != ' ') ++i;
      if (i > b) {
        Token tok;
        tok.clean = {b, i};
        tok.orig = {doc.OriginalOffset(b), doc.OriginalOffset(i)};
        doc.tokens.push_back(tok);
      }
    }
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
  }
}

}  // namespace dyad::internal
