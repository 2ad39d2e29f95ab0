// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Match units: the normalised words that dictionary names and text are both
// cut into, so that "Russia's", "U.S." / "US", "al-Qaeda" / "al Qaeda" and
// "Embaló" / "Embalo" meet. Internal to src/dict/.
#ifndef DYAD_DICT_INTERNAL_ACTOR_UNITS_H_
#define DYAD_DICT_INTERNAL_ACTOR_UNITS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"

namespace dyad::internal {

// How a word is capitalised. Dictionary words carry the class they demand,
// text words the class they have; a text word satisfies a demand when its
// class is at least as high (headline capitals satisfy everything).
enum CaseClass : uint8_t {
  kAnyCase = 0,     // "troops": lower case in the dictionary, any in text
  kInitialCap = 1,  // "Russia": must start with a capital
  kAllCaps = 2,     // "US", "WHO", "U.S.": acronyms, must be all capitals
};

struct MatchUnit {
  uint32_t begin = 0;  // byte span of the word in the text it came from
  uint32_t end = 0;
  uint32_t token = 0;  // index of the token (Document::tokens) it lies in
  std::string key;     // normalised: case-folded, no marks, no periods
  uint8_t case_class = kAnyCase;
  bool possessive = false;     // "Russia's", "rebels'"
  bool break_after = false;    // punctuation after it ends any phrase
  bool hyphen_before = false;  // joined to the previous unit by '-'
  // ActorTrie::WordHash(key), when AppendUnits computed it on the way (the
  // plain ASCII fast path); else has_hash is false.
  bool has_hash = false;
  uint64_t hash = 0;
};

// Case-folds `word` into `out`: ASCII lower case, Unicode case folding with
// diacritics stripped, periods dropped, curly apostrophes made straight.
void NormalizeWord(std::string_view word, std::string& out);

// Cuts one token (text [begin, end) of `text`) into units appended to
// `units`: strips surrounding punctuation (recording a phrase break), a
// possessive "'s", and splits at hyphens. A token that is only "'s" marks
// the previous unit possessive. `token_index` is stored in each unit.
void AppendUnits(std::string_view text, uint32_t begin, uint32_t end,
                 uint32_t token_index, std::vector<MatchUnit>& units);

// Cuts a dictionary name ("Foreign Minister", "al-Qaeda", "U.S.") into
// units. Each unit's case_class is the class the name demands.
std::vector<MatchUnit> NameUnits(std::string_view name);

// Plural of an English noun, for agents and demonyms: "rebel" -> "rebels",
// "militia" -> "militias", "policeman" -> "policemen", "party" -> "parties".
// Returns "" when the word should get none ("Chinese", "police").
std::string PluralOf(std::string_view word);

// The phrase trie over unit keys, built by the dictionary compiler.
// An edge is (node, word id, demanded case class); a node accepts a list of
// (entry, flags). Lookups are two hash probes per text word and class.
class ActorTrie {
 public:
  static constexpr uint32_t kNoWord = 0xFFFFFFFF;
  static constexpr uint32_t kNoNode = 0xFFFFFFFF;
  static constexpr uint32_t kRoot = 0;
  // Accept flags.
  static constexpr uint8_t kSurnameOnly = 1;  // a person's surname alone

  struct Accept {
    uint32_t entry;
    uint8_t flags;
  };

  ActorTrie();

  // Adds a name (units) accepting `entry`; returns false if it has no units.
  bool Add(const std::vector<MatchUnit>& units, uint32_t entry, uint8_t flags);

  // Vocabulary id of a normalised key, or kNoWord.
  uint32_t WordId(std::string_view key) const;
  // The id of a word that some name demands in any case ("troops", "of"),
  // else kNoWord. A lower-case text word can only follow such edges, and
  // this table is small enough to stay in cache.
  uint32_t AnyCaseWordId(std::string_view key) const;
  // The same two lookups split in halves, so that a caller can hash a whole
  // sentence and prefetch the table slots before probing them: the
  // vocabulary is larger than the cache, and the probes of one sentence are
  // independent. `any_case` picks the table AnyCaseWordId uses.
  static uint64_t WordHash(std::string_view key) { return HashBytes(key); }
  // WordHash in pieces, for a caller that produces the key byte by byte:
  // each full 8-byte block (little-endian) goes through HashBlock, the last
  // partial one (if any) through HashTail, then HashFinish.
  static uint64_t HashStart(size_t length) {
    return 0x9E3779B97F4A7C15ull ^ length;
  }
  static uint64_t HashBlock(uint64_t h, uint64_t block) {
    h = (h ^ block) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  }
  static uint64_t HashTail(uint64_t h, uint64_t tail) {
    return (h ^ tail) * 0xbf58476d1ce4e5b9ull;
  }
  static uint64_t HashFinish(uint64_t h) { return MixKey(h); }
  void PrefetchWord(uint64_t hash, bool any_case) const {
    const std::vector<VocabSlot>& t = any_case ? any_case_vocab_ : vocab_;
    __builtin_prefetch(&t[hash & (t.size() - 1)]);
  }
  uint32_t WordIdHashed(std::string_view key, uint64_t hash,
                        bool any_case) const {
    return FindWord(any_case ? any_case_vocab_ : vocab_, key, hash);
  }
  // Children of `node` for a text word with id `word` and case class `cls`:
  // one per demanded class the word satisfies ("The" follows both "the" and
  // "The"). Appends to `out`.
  void Children(uint32_t node, uint32_t word, uint8_t cls,
                std::vector<uint32_t>& out) const;
  // True when some name starts with this word (in a class `cls` satisfies):
  // the cheap test that lets most text words skip the walk.
  bool StartsName(uint32_t word, uint8_t cls) const {
    if (word == kNoWord) return false;
    for (int c = cls; c >= 0; --c) {
      if (root_children_[word * 3 + c] != kNoNode) return true;
    }
    return false;
  }
  const std::vector<Accept>& Accepts(uint32_t node) const {
    return accepts_[node];
  }
  size_t node_count() const { return accepts_.size(); }
  size_t word_count() const { return vocab_size_; }

 private:
  static uint64_t EdgeKey(uint32_t node, uint32_t word, uint8_t cls) {
    return (static_cast<uint64_t>(node) << 32) | (uint64_t{word} << 2) | cls;
  }
  // Open-addressing tables (power-of-two size, load <= 1/2): the two lookups
  // per text word are the matcher's hot path, and std::unordered_map's
  // node chasing and string hashing cost three times as much.
  struct VocabSlot {   // 8 bytes: the table stays small in cache
    uint32_t tag = 0;  // high half of the hash
    uint32_t id = kNoWord;
  };
  struct WordText {
    uint32_t offset = 0;  // into pool_
    uint32_t length = 0;
  };
  struct EdgeSlot {
    uint64_t key = ~uint64_t{0};  // empty
    uint32_t child = kNoNode;
  };
  static uint64_t HashBytes(std::string_view s);
  static uint64_t MixKey(uint64_t k);
  uint32_t AddWord(std::string_view key);
  uint32_t FindEdge(uint64_t key) const;
  uint32_t FindWord(const std::vector<VocabSlot>& table, std::string_view key,
                    uint64_t hash) const;
  void InsertWord(std::vector<VocabSlot>& table, size_t& size, uint64_t hash,
                  uint32_t id);
  void GrowEdges();

  std::string pool_;
  std::vector<WordText> words_;  // by word id
  std::vector<VocabSlot> vocab_;
  // Children of the root by word id and class (kNoNode if none): every text
  // word starts a walk there, so the root skips the edge table.
  std::vector<uint32_t> root_children_;
  size_t vocab_size_ = 0;
  std::vector<VocabSlot> any_case_vocab_;
  size_t any_case_size_ = 0;
  std::vector<EdgeSlot> edges_;
  size_t edge_count_ = 0;
  std::vector<std::vector<Accept>> accepts_;
};

}  // namespace dyad::internal

#endif  // DYAD_DICT_INTERNAL_ACTOR_UNITS_H_
