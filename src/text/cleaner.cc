// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Cleaning of scraped article text.
//
// One pass over the lines of the article. Each line is normalised straight
// into Document::clean_text with its byte map (internal/clean_normalize.h),
// then judged on its normalised form (internal/clean_rules.h):
//   1. boilerplate lines are dropped again (the output is cut back) and
//      recorded in Document::dropped with a reason;
//   2. inside a kept line, a scraper marker ("[+2345 chars]"), a caption
//      label ("FILE PHOTO:") and a trailing photo credit are cut out; the
//      map keeps a gap there, so offsets stay exact;
//   3. the line's kind is decided: caption (a credit or label was cut, or
//      caption cues score >= kCaptionThreshold; a whole-line credit right
//      after a line adds one point), headline (short and unpunctuated, or
//      the article's title), else body.
// After the last line, the last paragraph is checked for a cut-off ending.
// Cost: O(n) in the article size; the rules look only at one line, credit
// searches only at its last bytes; no allocation per byte or per line
// except a reason string (short, so no heap) for each dropped span.
#include "text/cleaner.h"

#include <algorithm>
#include <climits>
#include <string>
#include <string_view>

#include "text/internal/clean_normalize.h"
#include "text/internal/clean_rules.h"

namespace dyad::internal {
namespace {

// True when `line` and `title` hold the same letters and digits, ignoring
// case, spaces, punctuation and non-ASCII bytes (the title is not
// normalised).
bool SameAsTitle(std::string_view line, std::string_view title) {
  if (title.empty() || title.size() > 2 * line.size() + 16) return false;
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  };
  auto lower = [](char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  };
  size_t i = 0, j = 0, matched = 0;
  for (;;) {
    while (i < line.size() && !alnum(line[i])) ++i;
    while (j < title.size() && !alnum(title[j])) ++j;
    if (i == line.size() || j == title.size()) {
      return i == line.size() && j == title.size() && matched > 0;
    }
    if (lower(line[i]) != lower(title[j])) return false;
    ++i, ++j, ++matched;
  }
}

// Edits one kept line at the end of clean_text/clean_to_orig.
class LineEditor {
 public:
  LineEditor(std::string& out, std::vector<uint32_t>& map, size_t begin,
             uint32_t orig_end)
      : out_(out), map_(map), begin_(begin), orig_end_(orig_end) {}

  std::string_view line() const {
    return std::string_view(out_).substr(begin_);
  }
  size_t size() const { return out_.size() - begin_; }
  // Original offset of line position `pos` (the line's end maps to the end
  // of its last kept character).
  uint32_t OrigAt(size_t pos) const {
    return pos >= size() ? orig_end_ : map_[begin_ + pos];
  }
  uint32_t orig_end() const { return orig_end_; }

  // Removes [from, to) of the line, then the spaces this leaves at the
  // line's edges or doubled in the middle. Returns the removed original
  // range.
  ByteSpan Erase(size_t from, size_t to) {
    to = std::min(to, size());
    if (from >= to) return {OrigAt(from), OrigAt(from)};
    const ByteSpan removed = {OrigAt(from), OrigAt(to)};
    if (to == size()) orig_end_ = removed.begin;
    if (from == 0) {
      while (to < size() && out_[begin_ + to] == ' ') ++to;
    } else if (to == size()) {
      while (from > 0 && out_[begin_ + from - 1] == ' ') --from;
      orig_end_ = OrigAt(from);
    } else if (out_[begin_ + from - 1] == ' ' && out_[begin_ + to] == ' ') {
      ++to;
    }
    out_.erase(begin_ + from, to - from);
    map_.erase(map_.begin() + static_cast<std::ptrdiff_t>(begin_ + from),
               map_.begin() + static_cast<std::ptrdiff_t>(begin_ + to));
    return removed;
  }

 private:
  std::string& out_;
  std::vector<uint32_t>& map_;
  size_t begin_;
  uint32_t orig_end_;
};

void RecordDrop(Document& doc, ByteSpan orig, std::string_view reason) {
  if (orig.end < orig.begin) orig.end = orig.begin;
  doc.dropped.push_back({orig, std::string(reason)});
}

// Caption score of a line that MayBeCaption() ruled out.
constexpr int kNotScored = INT_MIN / 2;

bool IsHeadlineLike(std::string_view line, size_t words,
                    const CleanOptions& options) {
  if (words > options.headline_max_words) return false;
  if (LacksFinalPunctuation(line) || EndsWithEllipsis(line)) return true;
  // "Will Moscow And Ankara Make Peace?": title case with '?' or '!'.
  const char last = line.back();
  return (last == '?' || last == '!') && IsTitleCase(line);
}

}  // namespace

void Clean(const CleanOptions& options, Document& doc,
           std::vector<Paragraph>& paragraphs) {
  paragraphs.clear();
  std::string& out = doc.clean_text;
  std::vector<uint32_t>& map = doc.clean_to_orig;
  out.clear();
  map.clear();
  doc.dropped.clear();
  if (doc.article == nullptr) {
    map.push_back(0);
    return;
  }
  std::string_view text = doc.article->text;
  if (text.size() >= UINT32_MAX) text = text.substr(0, UINT32_MAX - 1);
  out.reserve(text.size() + 64);
  map.reserve(text.size() + 65);

  uint32_t last_orig_end = 0;  // end of the last kept paragraph
  // Caption score of the last kept paragraph while no line was dropped
  // after it; a whole-line credit that follows adds a point.
  int previous_caption_score = INT_MIN;
  bool any_marker = false;
  uint32_t pos = 0;
  while (pos < text.size()) {
    const size_t separator = out.size();
    if (!paragraphs.empty()) {
      out.push_back('\n');
      map.push_back(last_orig_end);
    }
    const size_t begin = out.size();
    const NormalizedLine normalized = NormalizeLine(text, pos, out, map);
    pos = normalized.next;
    auto roll_back = [&] {
      out.resize(separator);
      map.resize(separator);
    };
    if (out.size() == begin) {  // blank line
      roll_back();
      continue;
    }
    LineEditor editor(out, map, begin, normalized.orig_end);

    if (options.drop_boilerplate) {
      const std::string_view reason = DropReason(editor.line());
      if (!reason.empty()) {
        RecordDrop(doc, {normalized.orig_begin, normalized.orig_end}, reason);
        roll_back();
        if (reason == kReasonPhotoCredit && options.detect_captions &&
            previous_caption_score != INT_MIN &&
            paragraphs.back().kind == SentenceKind::kBody) {
          Paragraph& previous = paragraphs.back();
          const int score =
              previous_caption_score != kNotScored
                  ? previous_caption_score
                  : CaptionScore(std::string_view(out).substr(
                        previous.clean.begin, previous.clean.size()));
          if (score + 1 >= kCaptionThreshold) {
            previous.kind = SentenceKind::kCaption;
          }
        }
        previous_caption_score = INT_MIN;
        continue;
      }
    }

    bool marker = false, caption_cue = false;
    if (options.drop_boilerplate) {
      const MarkerSpan span = FindScraperMarker(editor.line());
      if (span.begin != std::string_view::npos) {
        RecordDrop(doc, editor.Erase(span.begin, span.end),
                   kReasonScraperMarker);
        marker = any_marker = true;
      }
      const LeadingLabel label = FindLeadingLabel(editor.line());
      if (label.length > 0 && label.length < editor.size()) {
        RecordDrop(doc, editor.Erase(0, label.length), label.reason);
        caption_cue = caption_cue || label.marks_caption;
      }
      const size_t credit = TrailingCreditStart(editor.line());
      if (credit != std::string_view::npos) {
        RecordDrop(doc, editor.Erase(credit, editor.size()),
                   kReasonPhotoCredit);
        caption_cue = true;
      }
      if (editor.size() == 0) {
        roll_back();
        previous_caption_score = INT_MIN;
        continue;
      }
    }

    const std::string_view line = editor.line();
    const size_t words = CountWords(line);
    const bool first = paragraphs.empty();
    // The full score is needed only when it can reach the threshold; a
    // credit line after this one may still ask for it (see above).
    const bool scored = options.detect_captions && MayBeCaption(line);
    const int caption_score = scored ? CaptionScore(line) : kNotScored;
    const bool headline = IsHeadlineLike(line, words, options) ||
                          (first && words <= 2 * options.headline_max_words &&
                           SameAsTitle(line, doc.article->title));
    Paragraph paragraph;
    paragraph.clean = {static_cast<uint32_t>(begin),
                       static_cast<uint32_t>(out.size())};
    paragraph.orig = {editor.OrigAt(0), editor.orig_end()};
    paragraph.truncated = marker && options.detect_truncation;
    const bool caption = options.detect_captions &&
                         (caption_cue || (caption_score >= kCaptionThreshold &&
                                          !(first && headline)));
    paragraph.kind = caption    ? SentenceKind::kCaption
                     : headline ? SentenceKind::kHeadline
                                : SentenceKind::kBody;
    paragraphs.push_back(paragraph);
    last_orig_end = editor.orig_end();
    previous_caption_score = caption_score;
  }
  map.push_back(last_orig_end);

  if (options.detect_truncation && !paragraphs.empty() && !any_marker) {
    Paragraph& last = paragraphs.back();
    const std::string_view line =
        std::string_view(out).substr(last.clean.begin, last.clean.size());
    const size_t words = CountWords(line);
    if (last.kind == SentenceKind::kBody) {
      // Longer than a headline, yet it stops on a plain word or a comma:
      // cut off. An address, handle, link or number at the end is not.
      last.truncated = (LacksFinalPunctuation(line) && EndsInPlainWord(line)) ||
                       (EndsWithEllipsis(line) && words >= 15);
    } else if (last.kind == SentenceKind::kHeadline && paragraphs.size() > 1 &&
               words >= 5 && EndsMidSentence(line) && EndsInPlainWord(line) &&
               !IsTitleCase(line)) {
      // A short last line that stops mid-sentence ("The two sides also
      // agreed to") is a cut paragraph, not a subhead.
      last.kind = SentenceKind::kBody;
      last.truncated = true;
    }
  }
}

}  // namespace dyad::internal
