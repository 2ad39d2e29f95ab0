// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Segmentation: for each paragraph of the clean text, tokenize
// (internal/tokenizer.cc) and split into sentences (internal/splitter.cc),
// then copy the result into the Document with original offsets. Scratch
// vectors are thread_local, so a warm thread allocates nothing here beyond
// the growth of doc.tokens and doc.sentences.
#include "text/segmenter.h"

#include <algorithm>

#include "text/internal/splitter.h"

namespace dyad::internal {

void Segment(const std::vector<Paragraph>& paragraphs, Document& doc) {
  thread_local std::vector<RawToken> raw;
  thread_local std::vector<SentenceUnit> units;
  const std::string_view text = doc.clean_text;
  const uint32_t size = static_cast<uint32_t>(text.size());
  // Token offsets never exceed `size`, so a full map is indexed directly.
  const bool full_map = doc.clean_to_orig.size() == size + size_t{1};
  auto original = [&doc, full_map](uint32_t clean_offset) {
    return full_map ? doc.clean_to_orig[clean_offset]
                    : doc.OriginalOffset(clean_offset);
  };
  // Sentence::paragraph is the line number in the clean text, counted
  // incrementally (paragraphs come in text order; a backward one recounts).
  uint32_t line = 0;
  uint32_t line_counted_to = 0;
  for (size_t index = 0; index < paragraphs.size(); ++index) {
    const Paragraph& p = paragraphs[index];
    uint32_t begin = std::min(p.clean.begin, size);
    uint32_t end = std::min(p.clean.end, size);
    if (begin >= end) continue;
    if (begin < line_counted_to) line = line_counted_to = 0;
    line += static_cast<uint32_t>(
        std::count(text.begin() + line_counted_to, text.begin() + begin, '\n'));
    line_counted_to = begin;
    SegmentParagraph(text, begin, end, raw, units);
    for (size_t u = 0; u < units.size(); ++u) {
      const SentenceUnit& unit = units[u];
      Sentence s;
      s.clean = {raw[unit.token_begin].begin, raw[unit.token_end - 1].end};
      s.orig = {original(s.clean.begin), original(s.clean.end)};
      s.kind = unit.dateline ? SentenceKind::kDateline : p.kind;
      s.truncated = p.truncated && u + 1 == units.size();
      s.paragraph = line;
      s.token_begin = static_cast<uint32_t>(doc.tokens.size());
      for (uint32_t k = unit.token_begin; k < unit.token_end; ++k) {
        Token& t = doc.tokens.emplace_back();
        t.clean = {raw[k].begin, raw[k].end};
        t.orig = {original(raw[k].begin), original(raw[k].end)};
        t.space_after = (raw[k].flags & kSpaceAfter) != 0;
      }
      s.token_end = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(s);
    }
  }
}

}  // namespace dyad::internal
