// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Article (what a reader yields) and Document (what the pipeline builds from
// it). Each stage extends the Document, and no stage reads the raw text
// again.
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
// Tag and parse fields are filled by the pipeline's syntax stage (zero / -1
// until then). The ids are fixed across models: Upos, Xpos and FeatureBit of
// src/tag/tagset.h and Deprel of src/syntax/deprel.h.
struct Token {
  ByteSpan clean;
  ByteSpan orig;
  // Filled by the tagger.
  uint8_t upos = 0;    // Universal POS tag id; 0 = unset
  uint8_t xpos = 0;    // Penn Treebank tag id; 0 = unset
  uint32_t feats = 0;  // bit set of morphological features (FeatureBit)
  std::string lemma;
  // Filled by the parser: index of the head token within the sentence
  // (0-based, relative to Sentence::token_begin; -1 = root or unparsed) and
  // the dependency relation id (UD label with subtype, e.g. nsubj:pass).
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

// What kind of actor a Mention is (see docs/dictionaries.md).
enum class MentionKind : uint8_t {
  kCountry = 0,   // "Russia", "Russian"
  kGovernment,    // "Moscow", "the Kremlin"
  kPerson,        // "Russian Foreign Minister Sergei Lavrov"
  kIgo,           // "NATO", "the UN Security Council"
  kArmedGroup,    // "Islamic State", "Hamas fighters"
  kOrganization,  // "Gazprom", "Reuters"
  kAgent,         // "Syrian rebels", "police"
  kUnknown,       // a capitalised name found in no dictionary; no code
  kCoref,         // "he", "Mr Kerry", "the minister": code of the antecedent
};

// A span recognised as an actor, with its code and the entry that matched.
//
// Plural anaphors ("the two countries", "both sides", "the two leaders",
// "their countries") refer to several actors at once. Each referent gets its
// own Mention: all of them have the same span (clean, orig, sentence,
// token_begin, token_end), are adjacent in Document::mentions (in the text
// order of their referents), have kind kCoref, `antecedent` set to the
// referent's mention and `code` copied from it. A consumer that wants one
// actor per span takes the first; one that wants all takes the run of
// mentions with that span.
struct Mention {
  ByteSpan clean;            // range in Document::clean_text
  ByteSpan orig;             // range in Article::text
  uint32_t sentence = 0;     // index into Document::sentences
  uint32_t token_begin = 0;  // first token (index into Document::tokens)
  uint32_t token_end = 0;    // one past the last token
  std::string code;          // "RUSGOV"; empty for kUnknown
  MentionKind kind = MentionKind::kUnknown;
  // Dictionary entry that decided the code (ActorDictionary::EntrySource);
  // kNoEntry for unknown names.
  static constexpr uint32_t kNoEntry = 0xFFFFFFFF;
  uint32_t entry = kNoEntry;
  // For kCoref: index into Document::mentions of the antecedent, else -1.
  int32_t antecedent = -1;
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
  std::vector<Mention> mentions;  // actor mentions, in text order

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
