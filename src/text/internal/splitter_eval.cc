// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Segmentation evaluation against CoNLL-U gold files.
//
// Reading: each sentence's `# text` is appended to the running paragraph
// text; its token forms are then found left to right in that text (they
// match byte for byte in UD English), giving gold token spans; the words of
// a multiword token concatenate to its form in EWT and PUD, so their spans
// follow by cumulative length. Scoring: system and gold spans are sorted
// and merged, a span counts as correct when both ends match exactly.
#include "text/internal/splitter_eval.h"

#include <algorithm>
#include <fstream>

#include "text/internal/splitter.h"

namespace dyad::internal {
namespace {

struct GoldToken {
  std::string form;
  std::vector<std::string> words;  // empty unless a multiword token
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

class Reader {
 public:
  explicit Reader(GoldSegmentation& gold) : gold_(gold) {}

  void Line(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      FinishSentence();
      return;
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc") || line.starts_with("# newpar")) {
        new_paragraph_ = true;
      } else if (line.starts_with("# text = ")) {
        sentence_text_ = std::string(line.substr(9));
      }
      return;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 2) return;
    std::string_view id = f[0];
    if (id.find('.') != std::string_view::npos) return;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      mwt_last_ = std::stoi(std::string(id.substr(dash + 1)));
      tokens_.push_back({std::string(f[1]), {}});
      in_mwt_ = true;
      return;
    }
    int n = std::stoi(std::string(id));
    if (in_mwt_ && n <= mwt_last_) {
      tokens_.back().words.emplace_back(f[1]);
      if (n == mwt_last_) in_mwt_ = false;
      return;
    }
    in_mwt_ = false;
    tokens_.push_back({std::string(f[1]), {}});
  }

  void Finish() {
    FinishSentence();
    ClosePargraph();
  }

 private:
  void ClosePargraph() {
    if (paragraph_open_) {
      gold_.paragraphs.push_back(
          {paragraph_begin_, static_cast<uint32_t>(gold_.text.size())});
      paragraph_open_ = false;
    }
  }

  void FinishSentence() {
    if (tokens_.empty()) return;
    if (new_paragraph_ || !paragraph_open_) {
      ClosePargraph();
      if (!gold_.text.empty()) gold_.text.push_back('\n');
      paragraph_begin_ = static_cast<uint32_t>(gold_.text.size());
      paragraph_open_ = true;
      new_paragraph_ = false;
    } else {
      gold_.text.push_back(' ');
    }
    uint32_t base = static_cast<uint32_t>(gold_.text.size());
    gold_.text += sentence_text_;
    gold_.sentences.push_back({base, static_cast<uint32_t>(gold_.text.size())});
    std::string_view text = sentence_text_;
    size_t pos = 0;
    for (const GoldToken& t : tokens_) {
      size_t at = text.find(t.form, pos);
      if (t.form.empty() || at == std::string_view::npos) {
        ++gold_.unaligned;
        continue;
      }
      uint32_t b = base + static_cast<uint32_t>(at);
      uint32_t e = b + static_cast<uint32_t>(t.form.size());
      gold_.tokens.push_back({b, e});
      if (t.words.empty()) {
        gold_.words.push_back({b, e});
      } else {
        uint32_t w = b;
        for (const std::string& word : t.words) {
          uint32_t we = std::min(e, w + static_cast<uint32_t>(word.size()));
          gold_.words.push_back({w, we});
          w = we;
        }
      }
      pos = at + t.form.size();
    }
    tokens_.clear();
    sentence_text_.clear();
  }

  GoldSegmentation& gold_;
  std::vector<GoldToken> tokens_;
  std::string sentence_text_;
  bool new_paragraph_ = false;
  bool paragraph_open_ = false;
  uint32_t paragraph_begin_ = 0;
  bool in_mwt_ = false;
  int mwt_last_ = 0;
};

bool SpanLess(const ByteSpan& a, const ByteSpan& b) {
  return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
}

// Counts exact matches of two span lists; appends to `missed` / `extra`
// the unmatched ones when asked.
PrecisionRecall Match(std::vector<ByteSpan> gold, std::vector<ByteSpan> sys,
                      std::vector<ByteSpan>* missed,
                      std::vector<ByteSpan>* extra) {
  std::sort(gold.begin(), gold.end(), SpanLess);
  std::sort(sys.begin(), sys.end(), SpanLess);
  PrecisionRecall pr;
  pr.gold = gold.size();
  pr.system = sys.size();
  size_t g = 0, s = 0;
  while (g < gold.size() && s < sys.size()) {
    if (gold[g] == sys[s]) {
      ++pr.correct;
      ++g;
      ++s;
    } else if (SpanLess(gold[g], sys[s])) {
      if (missed) missed->push_back(gold[g]);
      ++g;
    } else {
      if (extra) extra->push_back(sys[s]);
      ++s;
    }
  }
  if (missed) missed->insert(missed->end(), gold.begin() + g, gold.end());
  if (extra) extra->insert(extra->end(), sys.begin() + s, sys.end());
  return pr;
}

// Sentence ends that are not paragraph ends, as empty spans at the end.
std::vector<ByteSpan> InnerEnds(const std::vector<ByteSpan>& sentences,
                                const std::vector<ByteSpan>& paragraphs) {
  std::vector<ByteSpan> ends;
  size_t p = 0;
  for (const ByteSpan& s : sentences) {
    while (p < paragraphs.size() && paragraphs[p].end < s.end) ++p;
    if (p < paragraphs.size() && paragraphs[p].end == s.end) continue;
    ends.push_back({s.end, s.end});
  }
  return ends;
}

std::string Context(const std::string& text, uint32_t at) {
  uint32_t b = at > 60 ? at - 60 : 0;
  uint32_t e = std::min<uint32_t>(static_cast<uint32_t>(text.size()), at + 60);
  std::string s = text.substr(b, at - b) + " || " + text.substr(at, e - at);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

StatusOr<GoldSegmentation> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  GoldSegmentation gold;
  Reader reader(gold);
  std::string line;
  while (std::getline(in, line)) reader.Line(line);
  reader.Finish();
  return gold;
}

double PrecisionRecall::Precision() const {
  return system == 0 ? 0.0 : static_cast<double>(correct) / system;
}
double PrecisionRecall::Recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(correct) / gold;
}
double PrecisionRecall::F1() const {
  return gold + system == 0 ? 0.0 : 2.0 * correct / (gold + system);
}

SegmentationScores EvaluateSegmentation(const GoldSegmentation& gold,
                                        std::vector<std::string>* errors,
                                        size_t max_errors) {
  std::vector<ByteSpan> tokens, words, sentences;
  std::vector<RawToken> raw;
  std::vector<SentenceUnit> units;
  for (const ByteSpan& p : gold.paragraphs) {
    SegmentParagraph(gold.text, p.begin, p.end, raw, units);
    for (const RawToken& t : raw) {
      words.push_back({t.begin, t.end});
      if ((t.flags & kJoinsPrevious) && !tokens.empty() &&
          tokens.back().end == t.begin) {
        tokens.back().end = t.end;
      } else {
        tokens.push_back({t.begin, t.end});
      }
    }
    for (const SentenceUnit& u : units) {
      sentences.push_back({raw[u.token_begin].begin, raw[u.token_end - 1].end});
    }
  }
  SegmentationScores scores;
  std::vector<ByteSpan> missed_ends, extra_ends, missed_words, extra_words;
  bool want = errors != nullptr;
  scores.tokens = Match(gold.tokens, tokens, nullptr, nullptr);
  scores.words = Match(gold.words, words, want ? &missed_words : nullptr,
                       want ? &extra_words : nullptr);
  scores.sentences = Match(gold.sentences, sentences, nullptr, nullptr);
  scores.boundaries =
      Match(InnerEnds(gold.sentences, gold.paragraphs),
            InnerEnds(sentences, gold.paragraphs),
            want ? &missed_ends : nullptr, want ? &extra_ends : nullptr);
  if (want) {
    for (const ByteSpan& s : missed_ends) {
      if (errors->size() >= max_errors) break;
      errors->push_back("missed sentence end: " + Context(gold.text, s.end));
    }
    for (const ByteSpan& s : extra_ends) {
      if (errors->size() >= max_errors) break;
      errors->push_back("extra sentence end:  " + Context(gold.text, s.end));
    }
    for (const ByteSpan& w : missed_words) {
      if (errors->size() >= max_errors) break;
      errors->push_back("missed word '" + gold.text.substr(w.begin, w.size()) +
                        "': " + Context(gold.text, w.begin));
    }
  }
  return scores;
}

}  // namespace dyad::internal
