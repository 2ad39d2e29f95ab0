// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Lemmatizer: a (form, XPOS) -> lemma lexicon learned from a treebank, and
// for unseen words suffix rules learned from the same lexicon ("-ies" as NNS
// -> "-y", "-ped" as VBD -> "-p"), longest matching suffix first.
//
// Why learned rules and not hand-written ones: English inflection is regular
// enough that the rules a treebank's word types imply match hand rules, and
// learning them also captures the exceptions (irregular verbs and plurals are
// in the lexicon) and the treebank's conventions (casing of proper nouns).
// Thread-safe once built.
#ifndef DYAD_TAG_LEMMATIZER_H_
#define DYAD_TAG_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"
#include "tag/bytes.h"
#include "tag/tagset.h"

namespace dyad::internal {

struct LemmaExample {
  std::string form;
  Xpos xpos;
  std::string lemma;
};

class Lemmatizer {
 public:
  static Lemmatizer Train(const std::vector<LemmaExample>& examples);

  // True if the treebank had `form` (as is or lowercased) with this tag.
  bool KnowsForm(std::string_view form, Xpos xpos) const;

  // Lemma of `form` tagged `xpos`, written to `out` (reused capacity).
  void Lemmatize(std::string_view form, Xpos xpos, std::string& out) const;

  void Serialize(ByteWriter& out) const;
  Status Deserialize(ByteReader& in);

  // The base forms a regular inflected verb `lower` (lowercase) tagged
  // `xpos` may come from, likeliest first: "blamed" -> blam, blame;
  // "planned" -> plann, planne, plan; "carried" -> carry; "bombs" -> bomb.
  // Empty for other tags. Callers keep the first one they know as a verb.
  static void RegularVerbBases(std::string_view lower, Xpos xpos,
                               std::vector<std::string>& out);

 private:
  struct Rule {
    uint8_t strip;       // bytes removed from the end
    std::string append;  // then appended
  };
  void Index();

  // Lexicon: key of (form or lowercased form, xpos) -> lemma.
  std::vector<uint64_t> lexicon_keys_;
  std::vector<std::string> lexicon_lemmas_;
  std::vector<uint64_t> rule_keys_;  // key of (lowercase suffix, xpos)
  std::vector<Rule> rules_;
  // Key -> position, open addressing (keys are never 0).
  struct FlatIndex {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> values;
    uint64_t mask = 0;
    void Build(const std::vector<uint64_t>& from);
    // Position of `key`, or -1.
    int64_t Find(uint64_t key) const {
      if (keys.empty()) return -1;
      for (uint64_t slot = (key >> 1) & mask;; slot = (slot + 1) & mask) {
        if (keys[slot] == key) return values[slot];
        if (keys[slot] == 0) return -1;
      }
    }
  };
  FlatIndex lexicon_index_;
  FlatIndex rule_index_;
  // Hashes of the lemmas the lexicon has as base-form verbs (VB, VBP):
  // an unseen "blamed" is "blame" because "blame" is a known verb, before
  // suffix rules learned from "claimed" could make it "blam".
  std::unordered_set<uint64_t> known_verbs_;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_LEMMATIZER_H_
