// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Line normaliser for the cleaner.
//
// One pass over the bytes of a line. Printable ASCII, which is nearly all of
// English news, is copied on a fast path with one map entry per byte. Runs of
// spaces, tabs and Unicode spaces become one pending space that is written
// only when more text follows, so lines come out trimmed and collapsed. A
// non-ASCII byte leaves the fast path: the code point is decoded strictly
// (invalid bytes become U+FFFD), then either rewritten from a small table
// (quotes, dashes, ellipsis, spaces, invisible characters, ligatures,
// fullwidth forms) or kept. Only kept code points that can change under NFC,
// i.e. combining marks, Hangul vowel/trailing jamo and characters with a
// canonical decomposition, go through utf8proc, one cluster (starter plus its
// combining marks, at most kMaxClusterCodePoints) at a time, on a stack buffer
// without allocation. Every byte a rewrite or composition produces maps to the
// input offset where its source character (the starter, for a cluster) began,
// so the map stays non-decreasing.
//
// Cost: O(n) with no allocation beyond the output buffers, which grow at most
// a few times per line. See docs/cleaning.md for the table.
#include "text/internal/clean_normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>

namespace dyad::internal {
namespace {

constexpr int kMaxClusterCodePoints = 32;
constexpr int kClusterBuffer = 160;  // decomposed code points of a cluster
// Bytes of headroom the slow path may write before checking capacity again.
constexpr size_t kSlowPathHeadroom = 1024;
constexpr char kReplacementChar[] = "\xEF\xBF\xBD";

// Printable ASCII 0x21..0x7E, indexed for fullwidth folding (U+FF01..).
constexpr char kPrintableAscii[] =
    "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~";

enum class RewriteKind : uint8_t { kKeep, kRemove, kSpace, kText };
struct Rewrite {
  RewriteKind kind;
  std::string_view text;  // for kText
};

// The table of docs/cleaning.md: what a non-ASCII code point becomes before
// NFC. Anything not listed is kept.
Rewrite RewriteFor(uint32_t cp) {
  switch (cp) {
    // Single quotes, apostrophes and primes.
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x2039:
    case 0x203A:
    case 0x02BC:
      return {RewriteKind::kText, "'"};
    // Double quotes, double primes and guillemets.
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
    case 0x00AB:
    case 0x00BB:
    case 0x301D:
    case 0x301E:
      return {RewriteKind::kText, "\""};
    // Hyphens, en dash, figure dash, minus sign.
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
      return {RewriteKind::kText, "-"};
    // Em dash, horizontal bar, two- and three-em dashes, small em dash.
    case 0x2014:
    case 0x2015:
    case 0x2E3A:
    case 0x2E3B:
    case 0xFE58:
      return {RewriteKind::kText, "--"};
    case 0x2026:
      return {RewriteKind::kText, "..."};
    // Compatibility ligatures.
    case 0xFB00:
      return {RewriteKind::kText, "ff"};
    case 0xFB01:
      return {RewriteKind::kText, "fi"};
    case 0xFB02:
      return {RewriteKind::kText, "fl"};
    case 0xFB03:
      return {RewriteKind::kText, "ffi"};
    case 0xFB04:
      return {RewriteKind::kText, "ffl"};
    case 0xFB05:
    case 0xFB06:
      return {RewriteKind::kText, "st"};
    // Spaces and separators (NEL, line and paragraph separator included:
    // only '\n' and '\r' end a paragraph).
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return {RewriteKind::kSpace, {}};
    // Invisible: soft hyphen, Mongolian vowel separator, byte order mark.
    case 0x00AD:
    case 0x180E:
    case 0xFEFF:
      return {RewriteKind::kRemove, {}};
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return {RewriteKind::kSpace, {}};
  // Zero-width space/joiners, direction marks and embeddings, word joiner,
  // invisible operators, direction isolates, C1 controls.
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
      (cp >= 0x80 && cp <= 0x9F)) {
    return {RewriteKind::kRemove, {}};
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    return {RewriteKind::kText,
            std::string_view(&kPrintableAscii[cp - 0xFF01], 1)};
  }
  return {RewriteKind::kKeep, {}};
}

// Decodes one code point strictly (no overlongs, surrogates or values past
// U+10FFFF). Returns its length in bytes, or 0 when the bytes are invalid.
int DecodeUtf8(const uint8_t* s, size_t avail, uint32_t* cp) {
  const uint8_t c = s[0];
  if (c < 0xC2) return 0;
  if (c < 0xE0) {
    if (avail < 2 || (s[1] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    return 2;
  }
  if (c < 0xF0) {
    if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    if (*cp < 0x800 || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
    return 3;
  }
  if (c < 0xF5) {
    if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80) {
      return 0;
    }
    *cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
          (s[3] & 0x3Fu);
    if (*cp < 0x10000 || *cp > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

bool IsHangulVowelOrTrailingJamo(uint32_t cp) {
  return (cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2);
}

// True for a code point that joins the preceding starter under NFC.
bool JoinsPrevious(uint32_t cp, const utf8proc_property_t* prop) {
  return prop->combining_class != 0 || IsHangulVowelOrTrailingJamo(cp);
}

// True for a code point that NFC may replace even when it stands alone.
bool HasCanonicalDecomposition(const utf8proc_property_t* prop) {
  return prop->decomp_seqindex != UINT16_MAX && prop->decomp_type == 0;
}

// Output cursor over `out`/`map`, which are kept sized to their capacity
// while a line is written and trimmed at the end.
class Writer {
 public:
  Writer(std::string& out, std::vector<uint32_t>& map, size_t need)
      : out_(out), map_(map), w_(out.size()) {
    Reserve(need);
  }
  ~Writer() {
    out_.resize(w_);
    map_.resize(w_);
  }

  // Makes room for `need` more bytes. Capacity grows geometrically; the
  // size grows only by what this line may write, so a long article with
  // many lines zero-fills each byte a bounded number of times.
  void Reserve(size_t need) {
    if (w_ + need <= out_.size()) return;
    const size_t size = w_ + need;
    if (size > out_.capacity())
      out_.reserve(std::max(size, 2 * out_.capacity()));
    if (size > map_.capacity())
      map_.reserve(std::max(size, 2 * map_.capacity()));
    out_.resize(size);
    map_.resize(size);
  }
  void Put(char c, uint32_t orig) {
    out_[w_] = c;
    map_[w_] = orig;
    ++w_;
  }
  // Copies the run of printable ASCII that starts at s[i] (with single
  // spaces between words) and returns the offset after it. Needs room for
  // eol - i bytes. Eight bytes at a time while they are printable ASCII
  // with no double space, else byte by byte. Local pointers: a char store
  // could alias the string's own members, forcing a reload per byte.
  uint32_t CopyAsciiRun(const uint8_t* s, uint32_t i, uint32_t eol) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    constexpr uint64_t kSpaces = 0x2020202020202020ull;
    char* out = out_.data() + w_;
    uint32_t* map = map_.data() + w_;
    size_t k = 0;
    auto printable = [](uint8_t c) { return c >= 0x21 && c <= 0x7E; };
    for (;;) {
      while (i + 9 <= eol) {
        uint64_t x;
        std::memcpy(&x, s + i, 8);
        // A lane below 0x20, at 0x7F or with the high bit set shows up in
        // the high bits (borrows and carries only add false alarms).
        if (((x - kSpaces) | (x + kOnes) | x) & kHigh) break;
        const uint64_t v = x ^ kSpaces;  // zero lanes are spaces
        const uint64_t spaces = ~(((v & ~kHigh) + ~kHigh) | v) & kHigh;
        if (spaces & (spaces >> 8)) break;  // double space
        if ((spaces >> 63) && !printable(s[i + 8])) break;
        std::memcpy(out + k, s + i, 8);
        for (uint32_t b = 0; b < 8; ++b) map[k + b] = i + b;
        k += 8;
        i += 8;
      }
      const uint8_t c = s[i];
      if (printable(c) || (c == ' ' && i + 1 < eol && printable(s[i + 1]))) {
        out[k] = static_cast<char>(c);
        map[k] = i;
        ++k;
        ++i;
        if (i >= eol) break;
      } else {
        break;
      }
    }
    w_ += k;
    return i;
  }
  size_t pos() const { return w_; }
  void Rewind(size_t pos) { w_ = pos; }
  const char* data() const { return out_.data(); }
  uint32_t MapAt(size_t pos) const { return map_[pos]; }

 private:
  std::string& out_;
  std::vector<uint32_t>& map_;
  size_t w_;
};

}  // namespace

NormalizedLine NormalizeLine(std::string_view text, uint32_t pos,
                             std::string& out, std::vector<uint32_t>& map) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const uint32_t n = static_cast<uint32_t>(text.size());
  NormalizedLine line;
  line.orig_begin = line.orig_end = pos;
  if (pos >= n) {
    line.next = n;
    return line;
  }
  const void* newline = std::memchr(s + pos, '\n', n - pos);
  const uint32_t eol =
      newline ? static_cast<uint32_t>(static_cast<const uint8_t*>(newline) - s)
              : n;
  line.next = newline ? eol + 1 : n;

  const size_t line_start = out.size();
  Writer writer(out, map, eol - pos + 16);
  bool pending_space = false;
  uint32_t pending_orig = 0;
  // Writes the pending space when text follows it inside the line.
  auto flush_space = [&](uint32_t at) {
    if (pending_space) {
      if (writer.pos() > line_start) writer.Put(' ', pending_orig);
      pending_space = false;
    }
    if (writer.pos() == line_start) line.orig_begin = at;
  };

  uint32_t i = pos;
  while (i < eol) {
    const uint8_t c = s[i];
    if (c >= 0x21 && c <= 0x7E) {  // fast path: printable ASCII
      flush_space(i);
      i = writer.CopyAsciiRun(s, i, eol);
      line.orig_end = i;
      continue;
    }
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
        if (!pending_space) {
          pending_space = true;
          pending_orig = i;
        }
      } else if (c == '\r') {
        line.next = (i + 1 < n && s[i + 1] == '\n') ? i + 2 : i + 1;
        break;
      }
      ++i;  // other controls, NUL and DEL are removed
      continue;
    }

    writer.Reserve(eol - i + kSlowPathHeadroom);
    uint32_t cp = 0;
    const int len = DecodeUtf8(s + i, eol - i, &cp);
    if (len == 0) {
      flush_space(i);
      for (const char b : std::string_view(kReplacementChar)) writer.Put(b, i);
      line.orig_end = ++i;
      continue;
    }
    const Rewrite rewrite = RewriteFor(cp);
    if (rewrite.kind == RewriteKind::kRemove) {
      i += len;
      continue;
    }
    if (rewrite.kind == RewriteKind::kSpace) {
      if (!pending_space) {
        pending_space = true;
        pending_orig = i;
      }
      i += len;
      continue;
    }
    if (rewrite.kind == RewriteKind::kText) {
      flush_space(i);
      for (const char b : rewrite.text) writer.Put(b, i);
      i += len;
      line.orig_end = i;
      continue;
    }

    const utf8proc_property_t* prop =
        utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    const bool joins = JoinsPrevious(cp, prop);
    const bool compose_with_previous =
        joins && !pending_space && writer.pos() > line_start;
    if (!compose_with_previous && !HasCanonicalDecomposition(prop)) {
      flush_space(i);
      for (int k = 0; k < len; ++k) {
        writer.Put(static_cast<char>(s[i + k]), i + k);
      }
      i += len;
      line.orig_end = i;
      continue;
    }

    // NFC of one cluster: the previous starter (when a mark follows it),
    // this code point and the combining marks after it.
    utf8proc_int32_t buffer[kClusterBuffer];
    utf8proc_ssize_t count = 0;
    int boundclass = 0;
    size_t cluster_out = writer.pos();
    uint32_t cluster_orig = i;
    if (compose_with_previous) {
      size_t p = writer.pos() - 1;
      while (p > line_start && (writer.data()[p] & 0xC0) == 0x80) --p;
      uint32_t previous = 0;
      const auto* prev_bytes = reinterpret_cast<const uint8_t*>(writer.data());
      if (prev_bytes[p] < 0x80) {
        previous = prev_bytes[p];
      } else if (DecodeUtf8(prev_bytes + p, writer.pos() - p, &previous) == 0) {
        previous = 0xFFFD;  // cannot happen: the output is valid UTF-8
      }
      count = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(previous),
                                      buffer, kClusterBuffer,
                                      UTF8PROC_DECOMPOSE, &boundclass);
      if (count < 0 || count > kClusterBuffer) count = 0;
      cluster_out = p;
      cluster_orig = writer.MapAt(p);
    } else {
      flush_space(i);
      cluster_out = writer.pos();
    }
    uint32_t j = i;
    for (int taken = 0; j < eol && taken < kMaxClusterCodePoints; ++taken) {
      uint32_t next_cp = 0;
      const int next_len = DecodeUtf8(s + j, eol - j, &next_cp);
      if (next_len == 0) break;
      if (taken > 0) {
        if (RewriteFor(next_cp).kind != RewriteKind::kKeep) break;
        if (!JoinsPrevious(
                next_cp,
                utf8proc_get_property(static_cast<utf8proc_int32_t>(next_cp))))
          break;
      }
      if (count + 8 > kClusterBuffer) break;
      const utf8proc_ssize_t got = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(next_cp), buffer + count,
          kClusterBuffer - count, UTF8PROC_DECOMPOSE, &boundclass);
      if (got < 0 || got > kClusterBuffer - count) break;
      count += got;
      j += next_len;
    }
    if (j == i) j = i + len;  // defensive: always consume this code point
    // Canonical ordering: stable sort of non-starters by combining class.
    for (utf8proc_ssize_t a = 1; a < count; ++a) {
      const utf8proc_int32_t moving = buffer[a];
      const int klass = utf8proc_get_property(moving)->combining_class;
      if (klass == 0) continue;
      utf8proc_ssize_t b = a;
      while (b > 0) {
        const int before =
            utf8proc_get_property(buffer[b - 1])->combining_class;
        if (before == 0 || before <= klass) break;
        buffer[b] = buffer[b - 1];
        --b;
      }
      buffer[b] = moving;
    }
    const utf8proc_ssize_t composed = utf8proc_normalize_utf32(
        buffer, count,
        static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    writer.Rewind(cluster_out);
    if (writer.pos() == line_start) line.orig_begin = cluster_orig;
    for (utf8proc_ssize_t k = 0; k < composed; ++k) {
      utf8proc_uint8_t bytes[4];
      const utf8proc_ssize_t nbytes = utf8proc_encode_char(buffer[k], bytes);
      for (utf8proc_ssize_t b = 0; b < nbytes; ++b) {
        writer.Put(static_cast<char>(bytes[b]), cluster_orig);
      }
    }
    i = j;
    line.orig_end = i;
  }
  if (writer.pos() == line_start) line.orig_begin = line.orig_end = pos;
  return line;
}

}  // namespace dyad::internal
