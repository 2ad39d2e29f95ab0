// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Test helper (tests only): builds Documents straight from text, without
// the pipeline, in two tokenization styles, so that the resolve stage is
// tested independently of the segmenter and against both the tokens of a
// UD-style tokenizer ("Tuesday" "," / "Turkey" "'s" / "Dec." kept) and of a
// plain whitespace splitter ("Tuesday," / "Turkey's" / "Syria.").
//
// Each line of `text` is one sentence; a line starting with "DATELINE|" is
// marked SentenceKind::kDateline (the marker is not part of the text).
#ifndef DYAD_RESOLVE_TEST_DOCUMENTS_H_
#define DYAD_RESOLVE_TEST_DOCUMENTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::internal::testing {

enum class Tokenization { kUd, kWhitespace };

class TestDocument {
 public:
  TestDocument(std::string_view text, std::string date,
               Tokenization style = Tokenization::kUd) {
    article_.id = "test";
    article_.date = std::move(date);
    std::string clean;
    std::vector<std::pair<size_t, size_t>> lines;
    std::vector<bool> datelines;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      std::string_view line =
          text.substr(pos, nl == std::string_view::npos ? std::string_view::npos
                                                        : nl - pos);
      bool dateline = line.substr(0, 9) == "DATELINE|";
      if (dateline) line.remove_prefix(9);
      if (!clean.empty()) clean += '\n';
      lines.emplace_back(clean.size(), clean.size() + line.size());
      datelines.push_back(dateline);
      clean += line;
      if (nl == std::string_view::npos) break;
      pos = nl + 1;
    }
    article_.text = clean;
    doc_.article = &article_;
    doc_.clean_text = clean;
    doc_.clean_to_orig.resize(clean.size() + 1);
    for (size_t i = 0; i <= clean.size(); ++i) {
      doc_.clean_to_orig[i] = static_cast<uint32_t>(i);
    }
    for (size_t l = 0; l < lines.size(); ++l) {
      Sentence s;
      s.clean = {static_cast<uint32_t>(lines[l].first),
                 static_cast<uint32_t>(lines[l].second)};
      s.orig = s.clean;
      s.paragraph = static_cast<uint32_t>(l);
      s.kind = datelines[l] ? SentenceKind::kDateline : SentenceKind::kBody;
      s.token_begin = static_cast<uint32_t>(doc_.tokens.size());
      Tokenize(lines[l].first, lines[l].second, style);
      s.token_end = static_cast<uint32_t>(doc_.tokens.size());
      doc_.sentences.push_back(s);
    }
  }
  TestDocument(const TestDocument&) = delete;
  TestDocument& operator=(const TestDocument&) = delete;

  const Document& doc() const { return doc_; }
  Document& doc() { return doc_; }

  // Document token index of the first token whose text starts with
  // `prefix` in sentence `sentence`, at or after token `from`; fails the
  // caller's expectation with max() when none.
  uint32_t FindToken(uint32_t sentence, std::string_view prefix,
                     uint32_t nth = 0) const {
    const Sentence& s = doc_.sentences[sentence];
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (doc_.TokenText(doc_.tokens[t]).substr(0, prefix.size()) == prefix) {
        if (nth == 0) return t;
        --nth;
      }
    }
    return UINT32_MAX;
  }

  // The original-text span of token `t` (for Event::evidence.verb_span).
  ByteSpan OrigSpan(uint32_t t) const { return doc_.tokens[t].orig; }

 private:
  static bool IsAbbrev(std::string_view w) {
    static const char* kAbbrev[] = {"Dec.", "Jan.", "Feb.", "Aug.", "Sept.",
                                    "Sep.", "Oct.", "Nov.", "Mr.",  "Mrs.",
                                    "Dr.",  "St.",  "Gen.", "Sen.", "Gov."};
    for (const char* a : kAbbrev) {
      if (w == a) return true;
    }
    // "U.S.", "D.C.", "U.N."
    return w.size() >= 3 && w.find('.') < w.size() - 1;
  }

  void Add(size_t begin, size_t end, bool space_after) {
    Token t;
    t.clean = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    t.orig = t.clean;
    t.space_after = space_after;
    doc_.tokens.push_back(t);
  }

  void Tokenize(size_t begin, size_t end, Tokenization style) {
    const std::string& c = doc_.clean_text;
    size_t i = begin;
    while (i < end) {
      while (i < end && c[i] == ' ') ++i;
      if (i >= end) break;
      size_t j = i;
      while (j < end && c[j] != ' ') ++j;
      const bool space_after = j < end;
      if (style == Tokenization::kWhitespace) {
        Add(i, j, space_after);
        i = j;
        continue;
      }
      // UD style: peel leading ( " and trailing , . ; : ! ? ) " and 's.
      size_t b = i;
      size_t e = j;
      while (b < e && (c[b] == '(' || c[b] == '"')) {
        Add(b, b + 1, false);
        ++b;
      }
      std::vector<std::pair<size_t, size_t>> tail;
      for (;;) {
        if (e > b && (c[e - 1] == ',' || c[e - 1] == ';' || c[e - 1] == ':' ||
                      c[e - 1] == '!' || c[e - 1] == '?' || c[e - 1] == ')' ||
                      c[e - 1] == '"')) {
          tail.emplace_back(e - 1, e);
          --e;
          continue;
        }
        if (e > b && c[e - 1] == '.' &&
            !IsAbbrev(std::string_view(c).substr(b, e - b))) {
          tail.emplace_back(e - 1, e);
          --e;
          continue;
        }
        break;
      }
      if (e - b > 2 && c.compare(e - 2, 2, "'s") == 0) {
        tail.emplace_back(e - 2, e);
        e -= 2;
      }
      if (e > b) Add(b, e, tail.empty() && space_after);
      for (size_t k = tail.size(); k > 0; --k) {
        Add(tail[k - 1].first, tail[k - 1].second,
            k == 1 ? space_after : false);
      }
      i = j;
    }
  }

  Article article_;
  Document doc_;
};

}  // namespace dyad::internal::testing

#endif  // DYAD_RESOLVE_TEST_DOCUMENTS_H_
