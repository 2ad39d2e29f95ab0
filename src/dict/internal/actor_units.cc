// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Match units and the phrase trie.
//
// Text and dictionary names are cut into the same units so that matching is
// a walk over word ids: surrounding punctuation is stripped (and remembered
// as a phrase break), a possessive "'s" is stripped (and remembered), words
// split at hyphens ("al-Qaeda" == "al Qaeda"), and each word is normalised
// (case folded, diacritics stripped, periods dropped: "U.S." == "US").
// Capitalisation is not thrown away: the dictionary demands a case class per
// word (acronyms must be capitals, so "US" never matches "us") and the trie
// edge carries it. The fast path is pure ASCII; other words go through
// utf8proc once.
#include "dict/internal/actor_units.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

namespace dyad::internal {
namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Decodes the code point at text[i]; returns its byte length (>= 1).
int DecodeAt(std::string_view text, size_t i, int32_t& cp) {
  if (static_cast<unsigned char>(text[i]) < 0x80) {
    cp = static_cast<unsigned char>(text[i]);
    return 1;
  }
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
      static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) {
    cp = -1;
    return 1;
  }
  return static_cast<int>(n);
}

bool IsLetterCp(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 128) return IsAsciiUpper(cp) || IsAsciiLower(cp);
  auto cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}
bool IsUpperCp(int32_t cp) {
  if (cp < 128) return IsAsciiUpper(static_cast<char>(cp));
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}
bool IsDigitCp(int32_t cp) { return cp >= '0' && cp <= '9'; }

// Punctuation that may open a token: quotes, brackets.
bool IsLeadPunct(int32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case '<':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x201E:
    case 0x2039:
      return true;
    default:
      return false;
  }
}
// Punctuation that may close a token (apostrophes handled apart).
bool IsTrailPunct(int32_t cp) {
  switch (cp) {
    case '"':
    case ')':
    case ']':
    case '}':
    case '>':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '.':
    case 0x201D:
    case 0x00BB:
    case 0x203A:
    case 0x2026:
    case '*':
      return true;
    default:
      return false;
  }
}
bool IsApostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Code point ending at byte `end` (exclusive) and its start.
int32_t LastCp(std::string_view text, size_t begin, size_t end,
               size_t& cp_start) {
  size_t i = end;
  while (i > begin) {
    --i;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) break;
  }
  cp_start = i;
  int32_t cp;
  DecodeAt(text, i, cp);
  return cp;
}

// Title abbreviations whose final period belongs to the word.
bool IsTitleAbbreviation(std::string_view w) {
  static const char* const kAbbrev[] = {
      "Mr",  "Mrs",  "Ms",   "Dr",   "St",     "Jr",  "Sr",   "Gen",
      "Sen", "Rep",  "Gov",  "Lt",   "Col",    "Sgt", "Capt", "Maj",
      "Adm", "Prof", "Pres", "Cmdr", "Brig",   "Rev", "Amb",  "Hon",
      "Co",  "Corp", "Inc",  "Ltd",  "Messrs", "Cpl", "Pvt",  "Mt"};
  for (const char* a : kAbbrev) {
    if (w == a) return true;
  }
  return false;
}

uint8_t CaseClassOf(std::string_view word) {
  int letters = 0, upper = 0;
  bool first_upper = false;
  for (size_t i = 0; i < word.size();) {
    int32_t cp;
    i += DecodeAt(word, i, cp);
    if (!IsLetterCp(cp)) continue;
    bool up = IsUpperCp(cp);
    if (letters == 0) first_upper = up;
    ++letters;
    upper += up;
  }
  if (letters >= 2 && upper == letters) return kAllCaps;
  return first_upper ? kInitialCap : kAnyCase;
}

bool HasAlnum(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    int32_t cp;
    i += DecodeAt(word, i, cp);
    if (IsLetterCp(cp) || IsDigitCp(cp)) return true;
  }
  return false;
}

}  // namespace

void NormalizeWord(std::string_view word, std::string& out) {
  out.clear();
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (char c : word) {
      if (c == '.') continue;
      out.push_back(IsAsciiUpper(c) ? static_cast<char>(c + 32) : c);
    }
    return;
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
      static_cast<utf8proc_ssize_t>(word.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0 || mapped == nullptr) {
    out.assign(word);
    return;
  }
  std::string_view m(reinterpret_cast<const char*>(mapped),
                     static_cast<size_t>(n));
  for (size_t i = 0; i < m.size();) {
    int32_t cp;
    int len = DecodeAt(m, i, cp);
    if (cp == '.') {
    } else if (cp == 0x2019 || cp == 0x2018) {
      out.push_back('\'');
    } else if (cp == 0x2010 || cp == 0x2011) {
      out.push_back('-');
    } else {
      out.append(m.substr(i, len));
    }
    i += len;
  }
  std::free(mapped);
}

void AppendUnits(std::string_view text, uint32_t begin, uint32_t end,
                 uint32_t token_index, std::vector<MatchUnit>& units) {
  // Fast path: one ASCII punctuation mark (the tokenizer splits them off).
  if (end == begin + 1) {
    char c = text[begin];
    if (!IsAsciiUpper(c) && !IsAsciiLower(c) && !(c >= '0' && c <= '9') &&
        static_cast<unsigned char>(c) < 0x80) {
      if (c != '-' && !units.empty()) units.back().break_after = true;
      return;
    }
  }
  // Fast path: a plain ASCII word or number, the common case. One pass
  // classifies, folds case and hashes the key (ActorTrie::WordHash).
  constexpr uint32_t kFastMax = 48;
  if (end > begin && end - begin <= kFastMax) {
    char buf[kFastMax];
    const uint32_t n = end - begin;
    int letters = 0, upper = 0;
    bool plain = true;
    uint64_t h = ActorTrie::HashStart(n), block = 0;
    int shift = 0;
    for (uint32_t i = 0; i < n; ++i) {
      char c = text[begin + i];
      if (IsAsciiLower(c)) {
        ++letters;
      } else if (IsAsciiUpper(c)) {
        ++letters;
        ++upper;
        c = static_cast<char>(c + 32);
      } else if (!(c >= '0' && c <= '9')) {
        plain = false;
        break;
      }
      buf[i] = c;
      block |= uint64_t{static_cast<unsigned char>(c)} << shift;
      if ((shift += 8) == 64) {
        h = ActorTrie::HashBlock(h, block);
        block = 0;
        shift = 0;
      }
    }
    if (plain) {
      if (shift > 0) h = ActorTrie::HashTail(h, block);
      MatchUnit& u = units.emplace_back();
      u.begin = begin;
      u.end = end;
      u.token = token_index;
      u.key.append(buf, n);  // empty: append is lighter than assign
      u.has_hash = true;
      u.hash = ActorTrie::HashFinish(h);
      if (letters >= 2 && upper == letters) {
        u.case_class = kAllCaps;
      } else if (IsAsciiUpper(text[begin])) {
        u.case_class = kInitialCap;
      }
      return;
    }
  }
  size_t b = begin, e = end;
  // A tokenizer may split "Russia's" into "Russia" + "'s".
  {
    std::string_view t = text.substr(begin, end - begin);
    if (t == "'s" || t == "\xE2\x80\x99s" || t == "'S") {
      if (!units.empty()) units.back().possessive = true;
      return;
    }
  }
  bool lead_break = false;
  // Leading quotes and brackets.
  while (b < e) {
    int32_t cp;
    int len = DecodeAt(text, b, cp);
    if (!IsLeadPunct(cp)) break;
    b += len;
    lead_break = true;
  }
  if (lead_break && !units.empty()) units.back().break_after = true;
  // Trailing punctuation, possessive and apostrophes, in any order.
  bool trail_break = false, possessive = false;
  while (e > b) {
    size_t cs;
    int32_t cp = LastCp(text, b, e, cs);
    if (cp == '.') {
      // "U.S." and "Mr." keep their period; a sentence-final one does not.
      // Nor does a middle initial ("Joseph R. Biden").
      std::string_view w = text.substr(b, cs - b);
      if (w.find('.') != std::string_view::npos || IsTitleAbbreviation(w) ||
          (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z')) {
        break;
      }
      e = cs;
      trail_break = true;
    } else if (IsTrailPunct(cp)) {
      e = cs;
      trail_break = true;
    } else if (IsApostrophe(cp)) {
      // "rebels'" is possessive; "Kerry'" a closing quote.
      size_t ps;
      int32_t prev = e - b > 1 ? LastCp(text, b, cs, ps) : -1;
      if (prev == 's' || prev == 'S') {
        possessive = true;
      } else {
        trail_break = true;
      }
      e = cs;
    } else if ((cp == 's' || cp == 'S') && e - b >= 2) {
      size_t as;
      int32_t prev = LastCp(text, b, cs, as);
      if (!IsApostrophe(prev)) break;
      possessive = true;
      e = as;
    } else {
      break;
    }
  }
  if (e <= b) {
    // A bare "'s" token marks its predecessor; other punctuation breaks.
    if (!units.empty()) {
      if (possessive) {
        units.back().possessive = true;
      } else {
        units.back().break_after = true;
      }
    }
    return;
  }
  // Split at hyphens.
  size_t part = b;
  bool after_hyphen = false;
  size_t first_new = units.size();
  for (size_t i = b; i <= e;) {
    int32_t cp = -1;
    int len = 1;
    if (i < e) len = DecodeAt(text, i, cp);
    if (i == e || IsHyphen(cp)) {
      std::string_view w = text.substr(part, i - part);
      if (!w.empty() && HasAlnum(w)) {
        MatchUnit u;
        u.begin = static_cast<uint32_t>(part);
        u.end = static_cast<uint32_t>(i);
        u.token = token_index;
        NormalizeWord(w, u.key);
        u.case_class = CaseClassOf(w);
        u.hyphen_before = after_hyphen;
        units.push_back(std::move(u));
      }
      after_hyphen = true;
      part = i + len;
    }
    if (i == e) break;
    i += len;
  }
  if (units.size() == first_new) {
    // A lone hyphen token ("President - elect" from a tokenizer that splits
    // hyphens) joins; other punctuation breaks.
    bool hyphens_only = true;
    for (size_t i = b; i < e;) {
      int32_t cp;
      i += DecodeAt(text, i, cp);
      hyphens_only &= IsHyphen(cp);
    }
    if (!units.empty() && !hyphens_only) units.back().break_after = true;
    return;
  }
  units.back().possessive = possessive;
  units.back().break_after = trail_break;
}

std::vector<MatchUnit> NameUnits(std::string_view name) {
  std::vector<MatchUnit> units;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t b = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i > b) {
      AppendUnits(name, static_cast<uint32_t>(b), static_cast<uint32_t>(i), 0,
                  units);
    }
  }
  return units;
}

std::string PluralOf(std::string_view w) {
  if (w.empty()) return "";
  auto ends = [&](std::string_view s) {
    return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
  };
  if (ends("ese") || ends("ss") || ends("police") || ends("personnel") ||
      ends("people") || ends("staff") || ends("media") || ends("military") ||
      ends("sh") || ends("ch") || ends("s") || ends("x")) {
    return "";
  }
  if (ends("man")) return std::string(w.substr(0, w.size() - 3)) + "men";
  if (ends("y") && w.size() >= 2 &&
      std::strchr("aeiou", w[w.size() - 2]) == nullptr) {
    return std::string(w.substr(0, w.size() - 1)) + "ies";
  }
  return std::string(w) + "s";
}

ActorTrie::ActorTrie() : vocab_(1024), any_case_vocab_(256), edges_(4096) {
  accepts_.emplace_back();
}

uint64_t ActorTrie::HashBytes(std::string_view s) {
  // Eight bytes at a time, multiply-mix, then a final mix so that the low
  // bits index well. Words are short: usually one or two rounds. The same
  // function as HashStart/HashBlock/HashTail/HashFinish (AppendUnits).
  uint64_t h = HashStart(s.size());
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = HashBlock(h, w);
  }
  if (i < s.size()) {
    // The tail byte by byte: a variable-length memcpy is a library call.
    uint64_t w = 0;
    for (int shift = 0; i < s.size(); ++i, shift += 8) {
      w |= uint64_t{static_cast<unsigned char>(s[i])} << shift;
    }
    h = HashTail(h, w);
  }
  return MixKey(h);
}

uint64_t ActorTrie::MixKey(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ull;
  k ^= k >> 33;
  return k;
}

// Byte equality of two short strings of length n, inline: words are a few
// bytes, and a call to memcmp cost more than the comparison.
static bool EqualShort(const char* a, const char* b, size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  for (; n > 0; --n) {
    if (*a++ != *b++) return false;
  }
  return true;
}

uint32_t ActorTrie::FindWord(const std::vector<VocabSlot>& table,
                             std::string_view key, uint64_t hash) const {
  const size_t mask = table.size() - 1;
  const uint32_t tag = static_cast<uint32_t>(hash >> 32);
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const VocabSlot& s = table[i];
    if (s.id == kNoWord) return kNoWord;
    if (s.tag == tag) {
      const WordText& w = words_[s.id];
      if (w.length == key.size() &&
          EqualShort(pool_.data() + w.offset, key.data(), key.size())) {
        return s.id;
      }
    }
  }
}

void ActorTrie::InsertWord(std::vector<VocabSlot>& table, size_t& size,
                           uint64_t hash, uint32_t id) {
  if ((size + 1) * 2 > table.size()) {
    std::vector<VocabSlot> old(table.size() * 2);
    old.swap(table);
    const size_t mask = table.size() - 1;
    for (const VocabSlot& s : old) {
      if (s.id == kNoWord) continue;
      const WordText& w = words_[s.id];
      size_t i =
          HashBytes(std::string_view(pool_).substr(w.offset, w.length)) & mask;
      while (table[i].id != kNoWord) i = (i + 1) & mask;
      table[i] = s;
    }
  }
  const size_t mask = table.size() - 1;
  size_t i = hash & mask;
  while (table[i].id != kNoWord) i = (i + 1) & mask;
  table[i] = {static_cast<uint32_t>(hash >> 32), id};
  ++size;
}

void ActorTrie::GrowEdges() {
  std::vector<EdgeSlot> old(edges_.size() * 2);
  old.swap(edges_);
  const size_t mask = edges_.size() - 1;
  for (const EdgeSlot& s : old) {
    if (s.child == kNoNode) continue;
    size_t i = MixKey(s.key) & mask;
    while (edges_[i].child != kNoNode) i = (i + 1) & mask;
    edges_[i] = s;
  }
}

uint32_t ActorTrie::AddWord(std::string_view key) {
  const uint64_t h = HashBytes(key);
  uint32_t id = FindWord(vocab_, key, h);
  if (id != kNoWord) return id;
  id = static_cast<uint32_t>(words_.size());
  words_.push_back(
      {static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(key.size())});
  pool_.append(key);
  InsertWord(vocab_, vocab_size_, h, id);
  root_children_.resize(words_.size() * 3, kNoNode);
  return id;
}

uint32_t ActorTrie::FindEdge(uint64_t key) const {
  const size_t mask = edges_.size() - 1;
  for (size_t i = MixKey(key) & mask;; i = (i + 1) & mask) {
    const EdgeSlot& s = edges_[i];
    if (s.child == kNoNode) return kNoNode;
    if (s.key == key) return s.child;
  }
}

bool ActorTrie::Add(const std::vector<MatchUnit>& units, uint32_t entry,
                    uint8_t flags) {
  if (units.empty()) return false;
  uint32_t node = kRoot;
  for (const MatchUnit& u : units) {
    const uint32_t word = AddWord(u.key);
    if (u.case_class == kAnyCase &&
        FindWord(any_case_vocab_, u.key, HashBytes(u.key)) == kNoWord) {
      InsertWord(any_case_vocab_, any_case_size_, HashBytes(u.key), word);
    }
    const uint64_t key = EdgeKey(node, word, u.case_class);
    uint32_t child = FindEdge(key);
    if (child == kNoNode) {
      child = static_cast<uint32_t>(accepts_.size());
      accepts_.emplace_back();
      if ((edge_count_ + 1) * 2 > edges_.size()) GrowEdges();
      const size_t mask = edges_.size() - 1;
      size_t i = MixKey(key) & mask;
      while (edges_[i].child != kNoNode) i = (i + 1) & mask;
      edges_[i] = {key, child};
      ++edge_count_;
      if (node == kRoot) root_children_[word * 3 + u.case_class] = child;
    }
    node = child;
  }
  for (const Accept& a : accepts_[node]) {
    if (a.entry == entry && a.flags == flags) return true;
  }
  accepts_[node].push_back({entry, flags});
  return true;
}

uint32_t ActorTrie::WordId(std::string_view key) const {
  return FindWord(vocab_, key, HashBytes(key));
}

uint32_t ActorTrie::AnyCaseWordId(std::string_view key) const {
  return FindWord(any_case_vocab_, key, HashBytes(key));
}

void ActorTrie::Children(uint32_t node, uint32_t word, uint8_t cls,
                         std::vector<uint32_t>& out) const {
  if (word == kNoWord) return;
  if (node == kRoot) {
    for (int c = cls; c >= 0; --c) {
      uint32_t child = root_children_[word * 3 + c];
      if (child != kNoNode) out.push_back(child);
    }
    return;
  }
  for (int c = cls; c >= 0; --c) {
    uint32_t child = FindEdge(EdgeKey(node, word, static_cast<uint8_t>(c)));
    if (child != kNoNode) out.push_back(child);
  }
}

}  // namespace dyad::internal
