// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Article (what a reader yields) and Document (what the pipeline builds from
// it). Every stage adds to the Document; none re-reads the raw text.
//
// Offsets. Cleaning rewrites the text (drops boilerplate lines, normalises
// quotes, dashes, spaces and Unicode forms), so a Document holds two texts:
//   - `Article::text`, the original bytes as read (after UTF-8 repair), and
//   - `Document::clean_text`, what the later stages see.
// Tokens and sentences carry byte offsets into both. `OriginalOffset()` maps
// any clean offset back, so evidence can always be shown in the source.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/export.h"

namespace dyad {

// One news article as read from input. Only `text` is required.
struct Article {
  std::string id;      // from input; else "<file>:<line>" or the file name
  std::string date;    // "YYYY-MM-DD" or empty when unknown
  std::string title;
  std::string source;  // outlet name
  std::string url;
  std::string text;    // original text, valid UTF-8 (repaired on read)
  std::string origin;  // where it came from: "path:line" or "path"; for errors
  // Number of invalid UTF-8 sequences replaced with U+FFFD on read.
  uint32_t utf8_repairs = 0;
  // Number of NUL bytes removed on read.
  uint32_t nul_bytes = 0;
};

// A half-open byte range [begin, end).
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const ByteSpan&) const = default;
};

// One token. `clean` indexes Document::clean_text, `orig` Article::text.
// Tag and parse fields are filled by the tagger and parser (zero / -1 until
// then); label ids index the tables of the syntax model.
struct Token {
  ByteSpan clean;
  ByteSpan orig;
  // Filled by the tagger.
  uint8_t upos = 0;    // index into UPOS table; 0 = unset
  uint8_t xpos = 0;    // index into the model's XPOS table; 0 = unset
  uint32_t feats = 0;  // bit set of morphological features
  std::string lemma;
  // Filled by the parser: index of the head token within the sentence
  // (-1 = root or unparsed) and the dependency relation id.
  int32_t head = -1;
  uint16_t deprel = 0;
  // True when whitespace follows the token in the clean text.
  bool space_after = true;
};

// What cleaning found out about a sentence.
enum class SentenceKind : uint8_t {
  kBody = 0,
  kHeadline,  // title line, or a short line without final punctuation
  kCaption,   // photo caption ("X (L) and Y shake hands ...")
  kDateline,  // "MOSCOW (AP) —" lead-in split off as its own unit
};

struct Sentence {
  ByteSpan clean;            // range in Document::clean_text
  ByteSpan orig;             // range in Article::text
  uint32_t token_begin = 0;  // index of first token in Document::tokens
  uint32_t token_end = 0;    // one past the last token
  SentenceKind kind = SentenceKind::kBody;
  bool truncated = false;  // text cut off mid-word ("restore stabilit")
  uint32_t paragraph = 0;  // 0-based paragraph (line) index in clean text
};

// A line of the original text that cleaning removed, with the reason.
struct DroppedSpan {
  ByteSpan orig;
  std::string reason;  // "boilerplate", "byline", "photo-credit", ...
};

// The pipeline's view of one article.
struct DYAD_API Document {
  const Article* article = nullptr;  // not owned; must outlive the Document
  std::string clean_text;
  // clean_to_orig[i] is the offset in Article::text of clean byte i; it has
  // clean_text.size() + 1 entries (the last maps the end).
  std::vector<uint32_t> clean_to_orig;
  std::vector<DroppedSpan> dropped;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  // Maps a clean-text offset to the original text (clamped to the end).
  uint32_t OriginalOffset(uint32_t clean_offset) const;

  std::string_view TokenText(const Token& t) const {
    return std::string_view(clean_text).substr(t.clean.begin, t.clean.size());
  }
  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(clean_text).substr(s.clean.begin, s.clean.size());
  }

  // Empties the document but keeps allocated capacity (reuse per article).
  void Clear();
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
