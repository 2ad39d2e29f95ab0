// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Tokenizer: one left-to-right pass over the bytes.
//
// The text is cut into whitespace-separated chunks; each chunk is cut into
// tokens by a small hand-written scanner. Every UTF-8 character is first
// mapped to a "kind", a representative ASCII byte ('a' letter, '0' digit,
// ' ' space, '\'' apostrophe, '"' quote, 'D' dash, 'E' ellipsis, 'P' other
// symbol, or the ASCII punctuation itself), so curly quotes, em dashes and
// no-break spaces of raw text behave like their ASCII forms after cleaning.
// ASCII goes through a 128-entry table; only bytes >= 0x80 are decoded.
// Invalid UTF-8 bytes count as letters (one byte each), so nothing is ever
// read past the range end and every byte lands in some token or in a space.
//
// Inside a word, '.', ',', ':', '/', '&', '\'' and '-' are decided where
// they occur by looking at most a few bytes ahead (digit groups "1,200",
// times "3:45", internal periods "U.S", clitics "n't", hyphen prefixes).
// The only look-ups into word lists happen at a final period or a hyphen.
// Cost: O(n) in the bytes of the range, a push_back per token.
//
// Conventions follow UD English EWT (see docs/segmentation.md).
#include "text/internal/tokenizer.h"

#include <array>
#include <cstring>

#include "text/internal/abbreviations.h"

namespace dyad::internal {
namespace {

// Kinds of characters (see the overview).
constexpr char kLetter = 'a';
constexpr char kDigit = '0';
constexpr char kSpace = ' ';
constexpr char kDash = 'D';      // em/en dash: always a token of its own
constexpr char kEllipsis = 'E';  // U+2026
constexpr char kSymbol = 'P';    // other non-ASCII punctuation and symbols

constexpr std::array<char, 128> MakeAsciiKinds() {
  std::array<char, 128> kinds{};
  for (int c = 0; c < 128; ++c) {
    if (c <= 0x20 || c == 0x7F) {
      kinds[c] = kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
      kinds[c] = kLetter;
    } else if (c >= '0' && c <= '9') {
      kinds[c] = kDigit;
    } else {
      kinds[c] = static_cast<char>(c);
    }
  }
  return kinds;
}
constexpr std::array<char, 128> kAsciiKinds = MakeAsciiKinds();

char KindOfCodePoint(uint32_t cp) {
  switch (cp) {
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
    case 0x200B:
      return kSpace;
    case 0x2019:
    case 0x02BC:
      return '\'';
    case 0x2018:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0xAB:
    case 0xBB:
    case 0x2039:
    case 0x203A:
      return '"';
    case 0x2010:
    case 0x2011:
      return '-';
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2E3A:
    case 0x2E3B:
    case 0xFE58:
    case 0xFF0D:
      return kDash;
    case 0x2026:
      return kEllipsis;
    case 0xAA:
    case 0xB2:
    case 0xB3:
    case 0xB5:
    case 0xB9:
    case 0xBA:
    case 0xBC:
    case 0xBD:
    case 0xBE:
      return kLetter;
    case 0xD7:
    case 0xF7:
    case 0xFFFD:
      return kSymbol;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return kSpace;
  if ((cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2016 && cp <= 0x205E) ||
      (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x2BFF) ||
      (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
      (cp >= 0x1F000 && cp <= 0x1FAFF)) {
    return kSymbol;
  }
  return kLetter;
}

struct Unit {
  char kind;
  uint8_t len;
};

bool IsWordKind(char k) { return k == kLetter || k == kDigit; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char ToLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (ToLower(word[i]) != lower[i]) return false;
  }
  return true;
}

bool StartsWithLower(std::string_view s, std::string_view lower_prefix) {
  return s.size() >= lower_prefix.size() &&
         EqualsLower(s.substr(0, lower_prefix.size()), lower_prefix);
}

// Clitics split off as their own word (UD EWT), without the apostrophe.
bool IsClitic(std::string_view suffix) {
  return EqualsLower(suffix, "s") || EqualsLower(suffix, "re") ||
         EqualsLower(suffix, "ve") || EqualsLower(suffix, "ll") ||
         EqualsLower(suffix, "d") || EqualsLower(suffix, "m");
}

// Words that EWT splits without an apostrophe: returns the length of the
// first word ("can|not", "gon|na", "do|nt"), or 0.
size_t FusedSplitPoint(std::string_view w) {
  if (w.size() < 4 || w.size() > 8) return 0;
  // Cheap filter on the last two letters before any comparison.
  char last = ToLower(w.back());
  char before_last = ToLower(w[w.size() - 2]);
  if (last == 'a' && before_last == 'n') {
    return (EqualsLower(w, "gonna") || EqualsLower(w, "wanna")) ? 3 : 0;
  }
  if (last == 'a' && before_last == 't') {
    return EqualsLower(w, "gotta") ? 3 : 0;
  }
  if (last != 't') return 0;
  if (before_last == 'o') return EqualsLower(w, "cannot") ? 3 : 0;
  if (before_last != 'n') return 0;
  static constexpr std::string_view kNegated[] = {
      "dont",    "didnt",   "doesnt",   "isnt",   "wasnt", "werent", "arent",
      "couldnt", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt",
  };
  for (std::string_view n : kNegated) {
    if (EqualsLower(w, n)) return w.size() - 2;
  }
  return 0;
}

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t end, std::vector<RawToken>& out)
      : s_(text.data()), end_(end), out_(out) {}

  void Run(uint32_t begin) {
    uint32_t i = begin;
    while (i < end_) {
      Unit u = At(i);
      if (u.kind == kSpace) {
        i += u.len;
        continue;
      }
      uint32_t chunk_begin = i;
      bool has_at = false;
      while (i < end_) {
        unsigned char b = static_cast<unsigned char>(s_[i]);
        if (b < 0x80) {
          if (kAsciiKinds[b] == kSpace) break;
          has_at |= (b == '@');
          ++i;
        } else {
          Unit v = At(i);
          if (v.kind == kSpace) break;
          i += v.len;
        }
      }
      size_t before = out_.size();
      Chunk(chunk_begin, i, has_at);
      if (out_.size() > before) out_.back().flags |= kSpaceAfter;
    }
  }

 private:
  // The character at i < end_, decoded.
  Unit At(uint32_t i) const {
    unsigned char b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) return {kAsciiKinds[b], 1};
    uint32_t len;
    uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07;
    } else {
      return {kLetter, 1};  // invalid lead byte
    }
    if (i + len > end_) return {kLetter, 1};
    for (uint32_t k = 1; k < len; ++k) {
      unsigned char c = static_cast<unsigned char>(s_[i + k]);
      if ((c & 0xC0) != 0x80) return {kLetter, 1};
      cp = (cp << 6) | (c & 0x3F);
    }
    return {KindOfCodePoint(cp), static_cast<uint8_t>(len)};
  }

  // Kind at i, or space at and past the range end.
  char KindAt(uint32_t i) const { return i < end_ ? At(i).kind : kSpace; }
  char ByteAt(uint32_t i) const { return i < end_ ? s_[i] : ' '; }
  std::string_view View(uint32_t b, uint32_t e) const {
    return std::string_view(s_ + b, e - b);
  }

  void Emit(uint32_t b, uint32_t e, uint8_t flags) {
    out_.push_back(RawToken{b, e, flags});
  }

  // Emits a word, splitting fused forms ("cannot", "dont") and units
  // after a number ("10am", "2bn").
  void EmitWord(uint32_t b, uint32_t e) {
    size_t split = FusedSplitPoint(View(b, e));
    if (split == 0 && IsAsciiDigit(s_[b])) split = UnitSplitPoint(b, e);
    if (split == 0) {
      Emit(b, e, kWordLike);
      return;
    }
    uint32_t mid = b + static_cast<uint32_t>(split);
    Emit(b, mid, kWordLike);
    Emit(mid, e, kWordLike | kJoinsPrevious);
  }

  // Offset of a unit after the number starting at b ("2.5|km"), or 0.
  size_t UnitSplitPoint(uint32_t b, uint32_t e) const {
    uint32_t q = b;
    while (q < e && (IsAsciiDigit(s_[q]) || s_[q] == '.' || s_[q] == ',')) {
      ++q;
    }
    if (q == e || !IsAsciiDigit(s_[q - 1])) return 0;
    for (uint32_t r = q; r < e; ++r) {
      if (!IsAsciiLetter(s_[r])) return 0;
    }
    return IsUnit(View(q, e)) ? q - b : 0;
  }

  // Length of the run of units from p (< e) whose kinds satisfy `pred`.
  template <typename Pred>
  uint32_t RunEnd(uint32_t p, uint32_t e, Pred pred) const {
    while (p < e) {
      Unit u = At(p);
      if (!pred(u.kind)) break;
      p += u.len;
    }
    return p;
  }

  void Chunk(uint32_t b, uint32_t e, bool has_at) {
    uint32_t p = b;
    while (p < e) {
      Unit u = At(p);
      switch (u.kind) {
        case kLetter:
        case kDigit:
          p = Word(p, e, has_at);
          continue;
        case '.':
        case '!':
        case '?':
        case kEllipsis: {
          uint32_t q = RunEnd(p, e, [](char k) {
            return k == '.' || k == '!' || k == '?' || k == kEllipsis;
          });
          Emit(p, q, 0);
          p = q;
          continue;
        }
        case ':':
        case ';':
          if (uint32_t q = p == b ? EmoticonEnd(p, e) : 0; q > p) {
            Emit(p, q, 0);  // ":)", ";-)", ":D"
            p = q;
            continue;
          }
          break;
        case '-':
        case kDash:
        case '`':
        case '*':
        case '=':
        case '<':
        case '>':
        case '$':
        case '+':
        case '~': {
          char k0 = u.kind;
          uint32_t q = RunEnd(p, e, [k0](char k) { return k == k0; });
          Emit(p, q, 0);
          p = q;
          continue;
        }
        case '\'':
          p = Apostrophe(p, u.len, e);
          continue;
        case '@':
        case '#': {
          // "@handle", "#hashtag" (a hashtag starts with a letter).
          char next = KindAt(p + 1);
          if (p + 1 < e &&
              (next == kLetter || (u.kind == '@' && next == kDigit))) {
            uint32_t q = RunEnd(p + 1, e, IsWordKind);
            Emit(p, q, kWordLike);
            p = q;
            continue;
          }
          break;
        }
        default:
          break;
      }
      Emit(p, p + u.len, 0);
      p += u.len;
    }
  }

  // End of an emoticon at a chunk start p (":)", ":-(", ";)", ":D") that
  // ends the chunk or is followed by punctuation, or 0.
  uint32_t EmoticonEnd(uint32_t p, uint32_t e) const {
    uint32_t q = p + 1;
    if (q < e && s_[q] == '-') ++q;
    if (q >= e || std::strchr(")(DPp", s_[q]) == nullptr || s_[q] == 0) {
      return 0;
    }
    ++q;
    if (q < e && IsWordKind(KindAt(q))) return 0;  // "Note:Define"
    return q;
  }

  // An apostrophe outside a word: a clitic after a word that ended with a
  // period ("U.S.'s"), a doubled quote ("''"), or a single quote.
  uint32_t Apostrophe(uint32_t p, uint32_t len, uint32_t e) {
    uint32_t r = p + len;
    uint32_t letters_end = r;
    while (letters_end < e && IsAsciiLetter(s_[letters_end])) ++letters_end;
    if (letters_end > r && !IsWordKind(KindAt(letters_end)) && !out_.empty() &&
        out_.back().end == p && (out_.back().flags & kWordLike) &&
        IsClitic(View(r, letters_end))) {
      Emit(p, letters_end, kWordLike | kJoinsPrevious);
      return letters_end;
    }
    if (len == 1 && r < e && s_[r] == '\'') {
      Emit(p, r + 1, 0);
      return r + 1;
    }
    Emit(p, r, 0);
    return r;
  }

  // End of a URL starting at p, or 0.
  uint32_t UrlEnd(uint32_t p, uint32_t e) const {
    char first = ToLower(s_[p]);
    if (first != 'h' && first != 'f' && first != 'w') return 0;
    std::string_view rest = View(p, e);
    bool url = StartsWithLower(rest, "http://") ||
               StartsWithLower(rest, "https://") ||
               StartsWithLower(rest, "ftp://") ||
               (StartsWithLower(rest, "www.") && rest.size() > 4 &&
                IsWordKind(KindAt(p + 4)));
    if (!url) return 0;
    return TrimClosing(p, e);
  }

  // Drops trailing punctuation and closing quotes from [p, q): the end of
  // a URL or e-mail address before ". , ) \"". Keeps a ')' when the span
  // holds a '('.
  uint32_t TrimClosing(uint32_t p, uint32_t q) const {
    bool has_paren = std::memchr(s_ + p, '(', q - p) != nullptr;
    while (q > p) {
      unsigned char c = static_cast<unsigned char>(s_[q - 1]);
      if (c < 0x80) {
        if (std::strchr(".,;:!?'\"]}>", c) != nullptr && c != 0) {
          --q;
          continue;
        }
        if (c == ')' && !has_paren) {
          --q;
          continue;
        }
        break;
      }
      // Closing curly quotes and guillemets.
      if (q - p >= 3 && static_cast<unsigned char>(s_[q - 3]) == 0xE2 &&
          static_cast<unsigned char>(s_[q - 2]) == 0x80 &&
          (c == 0x9D || c == 0x99)) {
        q -= 3;
        continue;
      }
      if (q - p >= 2 && static_cast<unsigned char>(s_[q - 2]) == 0xC2 &&
          c == 0xBB) {
        q -= 2;
        continue;
      }
      break;
    }
    return q;
  }

  // True for "example.com", "pic.twitter.com": dotted, ending in a
  // top-level domain of 2 to 6 ASCII letters.
  bool LooksLikeDomain(uint32_t b, uint32_t q) const {
    std::string_view w = View(b, q);
    size_t dot = w.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    size_t tld = w.size() - dot - 1;
    if (tld < 2 || tld > 6) return false;
    for (size_t i = dot + 1; i < w.size(); ++i) {
      if (!IsAsciiLetter(w[i])) return false;
    }
    return true;
  }

  // End of an e-mail address starting at p ("name.x@host.org"), or 0.
  // A failed scan from p fails from every later start up to where it
  // stopped, so that range is not scanned again ("a+a+a+...").
  uint32_t EmailEnd(uint32_t p, uint32_t e) {
    if (p < no_email_before_) return 0;
    uint32_t q = p;
    while (q < e &&
           (IsAsciiLetter(s_[q]) || IsAsciiDigit(s_[q]) ||
            std::strchr("._%+-", s_[q]) != nullptr) &&
           s_[q] != 0) {
      ++q;
    }
    if (q == p || q >= e || s_[q] != '@') {
      no_email_before_ = q;
      return 0;
    }
    uint32_t host = q + 1;
    q = host;
    while (q < e && (IsAsciiLetter(s_[q]) || IsAsciiDigit(s_[q]) ||
                     s_[q] == '.' || s_[q] == '-')) {
      ++q;
    }
    while (q > host && (s_[q - 1] == '.' || s_[q - 1] == '-')) --q;
    if (q == host) {
      no_email_before_ = host;
      return 0;
    }
    return q;
  }

  // End of a run of digit groups joined by hyphens starting at p that UD
  // keeps whole: three or more groups (dates "2015-12-15", phone numbers)
  // or a 3-4 phone number ("555-0123"). Returns 0 otherwise ("1990-2000",
  // "15-year" are split). As with EmailEnd, a failed scan is not repeated
  // from later groups of the same run ("1-1-1-...-1x").
  uint32_t NumericCodeEnd(uint32_t p, uint32_t e) {
    if (p < no_code_before_) return 0;
    uint32_t groups = 0;
    uint32_t first_len = 0;
    uint32_t last_len = 0;
    uint32_t q = p;
    while (true) {
      uint32_t g = q;
      while (q < e && IsAsciiDigit(s_[q])) ++q;
      if (q == g) return 0;
      ++groups;
      if (groups == 1) first_len = q - g;
      last_len = q - g;
      if (q + 1 < e && s_[q] == '-' && IsAsciiDigit(s_[q + 1])) {
        ++q;
        continue;
      }
      break;
    }
    bool whole = !(IsWordKind(KindAt(q)) && q < e);  // not "2-3x", "15-year"
    if (whole &&
        (groups >= 3 || (groups == 2 && first_len == 3 && last_len == 4))) {
      return q;
    }
    no_code_before_ = q;
    return 0;
  }

  // Flags of the word [b, q) if the period at q is part of it, else 0.
  uint8_t AbbreviationFlags(uint32_t b, uint32_t q) const {
    std::string_view w = View(b, q);
    if (w.size() == 1 && IsAsciiLetter(w[0])) {
      // An initial ("George W. Bush") or a lower-case letter ("v.").
      return IsAsciiUpper(w[0]) ? (kAbbreviation | kNeverFinal) : kAbbreviation;
    }
    if (w.find('.') != std::string_view::npos) {
      // "U.S", "a.m", "Ph.D", "J.R.R": letter groups of at most two.
      size_t group = 0;
      for (char c : w) {
        if (c == '.') {
          if (group == 0) return 0;
          group = 0;
        } else if (IsAsciiLetter(c) && group < 2) {
          ++group;
        } else {
          return 0;
        }
      }
      return kAbbreviation;
    }
    switch (LookupAbbreviation(w)) {
      case AbbreviationKind::kTitle:
        return kAbbreviation | kNeverFinal;
      case AbbreviationKind::kMonth:
        return kAbbreviation | kMonth;
      case AbbreviationKind::kGeneral:
        return kAbbreviation;
      case AbbreviationKind::kNumberSign: {
        uint32_t r = q + 1;
        while (r < end_ && s_[r] == ' ') ++r;
        return (r < end_ && IsAsciiDigit(s_[r])) ? (kAbbreviation | kNeverFinal)
                                                 : 0;
      }
      case AbbreviationKind::kNone:
        break;
    }
    return 0;
  }

  // Scans the word starting at p (a letter or digit) and emits it, with
  // its clitics, hyphen parts and abbreviation period. Returns its end.
  uint32_t Word(uint32_t p, uint32_t e, bool has_at) {
    if (uint32_t q = UrlEnd(p, e); q > p) {
      Emit(p, q, kWordLike);
      return q;
    }
    if (has_at) {
      if (uint32_t q = EmailEnd(p, e); q > p) {
        Emit(p, q, kWordLike);
        return q;
      }
    }
    uint32_t start = p;    // start of the current word
    uint32_t segment = p;  // start of the current hyphen segment
    uint32_t q = p;
    char last = kLetter;
    while (true) {
      while (q < e) {
        unsigned char b = static_cast<unsigned char>(s_[q]);
        if (b < 0x80) {
          char k = kAsciiKinds[b];
          if (!IsWordKind(k)) break;
          last = k;
          ++q;
        } else {
          Unit u = At(q);
          if (!IsWordKind(u.kind)) break;
          last = u.kind;
          q += u.len;
        }
      }
      if (q >= e) break;
      Unit c = At(q);
      char next = KindAt(q + c.len);
      bool next_in_chunk = q + c.len < e;
      if (c.kind == '.' && next_in_chunk && IsWordKind(next)) {
        q += 1;  // "3.5", "U.S", "example.com"
        continue;
      }
      if (c.kind == ',' && last == kDigit && IsAsciiDigit(ByteAt(q + 1)) &&
          IsAsciiDigit(ByteAt(q + 2)) && IsAsciiDigit(ByteAt(q + 3)) &&
          (q + 4 >= e || !IsAsciiDigit(ByteAt(q + 4)))) {
        q += 1;  // "1,200,000"
        continue;
      }
      if (c.kind == '/' && last == kLetter && LooksLikeDomain(start, q)) {
        // "pic.twitter.com/xyz": a URL without its scheme.
        uint32_t url_end = TrimClosing(start, e);
        if (url_end > q + 1) {
          Emit(start, url_end, kWordLike);
          return url_end;
        }
      }
      if ((c.kind == ':' || c.kind == '/') && last == kDigit && next_in_chunk &&
          next == kDigit) {
        q += 1;  // "3:45", "9/11"
        continue;
      }
      if (c.kind == '&' && next_in_chunk && IsAsciiUpper(s_[q - 1]) &&
          IsAsciiUpper(s_[q + 1])) {
        q += 1;  // "AT&T", "S&P"
        continue;
      }
      if (c.kind == '\'') {
        uint32_t r = q + c.len;
        uint32_t letters_end = r;
        while (letters_end < e && IsAsciiLetter(s_[letters_end])) {
          ++letters_end;
        }
        bool at_word_end = !IsWordKind(KindAt(letters_end)) || letters_end >= e;
        if (letters_end > r && at_word_end) {
          std::string_view suffix = View(r, letters_end);
          if (IsClitic(suffix)) {  // "Russia's", "we're", "I'll"
            EmitWord(start, q);
            Emit(q, letters_end, kWordLike | kJoinsPrevious);
            return letters_end;
          }
          if (EqualsLower(suffix, "t") && q - start >= 2 &&
              ToLower(s_[q - 1]) == 'n') {  // "don't" -> do n't
            EmitWord(start, q - 1);
            Emit(q - 1, letters_end, kWordLike | kJoinsPrevious);
            return letters_end;
          }
        }
        if (letters_end > r || (next_in_chunk && IsWordKind(next))) {
          q = r;  // "O'Brien", "rock'n'roll"
          last = kLetter;
          continue;
        }
        if (q - start >= 2 && ToLower(s_[q - 1]) == 's') {
          EmitWord(start, q);  // "ministers'" -> ministers '
          Emit(q, r, kJoinsPrevious);
          return r;
        }
        break;
      }
      if (c.kind == '-' && next_in_chunk && IsWordKind(next)) {
        if (last == kDigit && segment < q) {
          if (uint32_t code_end = NumericCodeEnd(segment, e); code_end > q) {
            q = code_end;
            last = kDigit;
            continue;
          }
        }
        if (IsHyphenPrefix(View(segment, q))) {
          q += c.len;  // "anti-war", "e-mail"
          segment = q;
          continue;
        }
        EmitWord(start, q);  // "cease-fire" -> cease - fire
        Emit(q, q + c.len, 0);
        q += c.len;
        start = segment = q;
        continue;
      }
      break;
    }
    if (q < e && s_[q] == '.') {
      // The last hyphen segment decides: "anti-U.S." keeps its period.
      if (uint8_t flags = AbbreviationFlags(segment, q); flags != 0) {
        Emit(start, q + 1, kWordLike | flags);
        return q + 1;
      }
    }
    EmitWord(start, q);
    return q;
  }

  const char* s_;
  uint32_t end_;
  std::vector<RawToken>& out_;
  uint32_t no_email_before_ = 0;  // EmailEnd() fails for starts below this
  uint32_t no_code_before_ = 0;   // NumericCodeEnd() likewise
};

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end,
              std::vector<RawToken>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return;
  Scanner(text, end, out).Run(begin);
}

}  // namespace dyad::internal
