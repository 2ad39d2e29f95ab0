// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// 64-bit hashing for feature ids. Features are never strings: a feature is
// the hash of a template number and a few integer ids (word hashes, tag ids),
// computed without allocation. The same functions are used by training and by
// inference, so they must never change for a given model format version.
#ifndef DYAD_TAG_HASH_H_
#define DYAD_TAG_HASH_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

// Finaliser of MurmurHash3: a bijective mix with good avalanche.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// FNV-1a over the bytes, then mixed.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// Feature key of template `tmpl` over up to three ids. Never 0, which marks
// an empty slot in hash tables.
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b = 0,
                           uint64_t c = 0) {
  uint64_t h = Mix64(a + 0x9e3779b97f4a7c15ULL * (tmpl + 1));
  h = Mix64(h ^ (b + 0x632be59bd9b4e019ULL));
  if (c != 0) h = Mix64(h ^ (c + 0x85ebca77c2b2ae63ULL));
  return h | 1;
}

}  // namespace dyad::internal

#endif  // DYAD_TAG_HASH_H_
