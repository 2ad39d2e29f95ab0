// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Part-of-speech tagger: a greedy left-to-right averaged perceptron over
// joint (UPOS, XPOS) classes, with a tag dictionary for frequent words whose
// tag never varies.
//
//   Tagger tagger = Tagger::Train(sentences, {});
//   std::vector<TagClass> tags(words.size());
//   tagger.Tag(words.data(), words.size(), tags.data());
//
// Thread-safe once built: Tag() keeps its scratch on the stack.
#ifndef DYAD_TAG_TAGGER_H_
#define DYAD_TAG_TAGGER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"
#include "tag/bytes.h"
#include "tag/perceptron.h"
#include "tag/tagset.h"
#include "tag/word_features.h"

namespace dyad::internal {

struct TagClass {
  Upos upos = Upos::kUnset;
  Xpos xpos = Xpos::kUnset;
  bool operator==(const TagClass&) const = default;
};

// One training token: the form and its gold tags.
struct TaggedWord {
  std::string form;
  Upos upos = Upos::kUnset;
  Xpos xpos = Xpos::kUnset;
};
using TaggedSentence = std::vector<TaggedWord>;

struct TaggerOptions {
  int epochs = 10;
  uint32_t seed = 1;
  // Averaged weights below this magnitude are dropped from the model.
  float prune = 0.0f;
  // A word enters the tag dictionary (and skips scoring) when seen this often
  // with one class in at least `dictionary_ratio` of its occurrences. 0 turns
  // the dictionary off, the default: on EWT dev it cost 0.1-0.2 points of
  // UPOS accuracy (context beats even 97% unambiguous words).
  int dictionary_min_count = 0;
  double dictionary_ratio = 0.999;
  // Progress messages (epoch accuracy); may be empty.
  std::function<void(const std::string&)> log;
};

class Tagger {
 public:
  static Tagger Train(const std::vector<TaggedSentence>& sentences,
                      const TaggerOptions& options);

  // Tags the `n` words of one sentence.
  void Tag(const WordHashes* words, size_t n, TagClass* out) const;

  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_weights(); }

  // Drops weights of magnitude below `min_abs` (smaller, faster model).
  void Prune(float min_abs) { weights_ = weights_.Pruned(min_abs); }

  void Serialize(ByteWriter& out) const;
  Status Deserialize(ByteReader& in);

 private:
  // `sums`: the exact sums of FrozenWeights::Sum.
  int BestClass(const WordHashes& word, const int32_t* sums,
                int num_classes) const;
  // Sets the tables the decoding rules use (after training or loading).
  void InitRules();

  // Writes the features of word i given the classes of the two previous
  // words (-1 before the sentence); returns their number.
  static size_t Features(const WordHashes* words, size_t n, size_t i, int prev1,
                         int prev2, uint64_t* keys);

  std::vector<TagClass> classes_;
  // Decoding rules: the verb classes a verbless sentence gets, the hash of
  // ".", and the lowercase hashes of the English function words.
  int vbz_class_ = -1;
  int vbd_class_ = -1;
  int vbp_class_ = -1;
  int vbn_class_ = -1;
  int nns_class_ = -1;
  int nn_class_ = -1;
  int cd_class_ = -1;  // NUM/CD
  int in_class_ = -1;  // ADP/IN
  int rb_class_ = -1;  // ADV/RB
  int jj_class_ = -1;  // ADJ/JJ
  int vb_class_ = -1;  // VERB/VB
  int sconj_class_ = -1;  // SCONJ/IN
  // Number words, never verbs ("to five Panamanian officers").
  std::unordered_set<uint64_t> number_words_;
  // Floating quantifiers, never verbs ("they will both intervene").
  std::unordered_set<uint64_t> quantifiers_;
  // Prepositions that may open a clause ("after the army withdrew").
  std::unordered_set<uint64_t> clause_openers_;
  std::unordered_set<uint64_t> neighbouring_;  // "neighboring", "bordering"
  // Forms of verbs and nouns that take a subjunctive that-clause.
  std::unordered_set<uint64_t> mandative_forms_;
  // Adverbs never the plural present ("countries not to attend").
  std::unordered_set<uint64_t> sentence_adverbs_;
  // Compass adjectives, never verbs ("troops to southern Lebanon").
  std::unordered_set<uint64_t> compass_adjectives_;
  std::unordered_set<uint64_t> articles_;  // "a", "an", "the"
  // Forms of "be" and "get": a past form after them is a participle.
  std::unordered_set<uint64_t> passive_auxiliaries_;
  // Words that are only ever prepositions ("amid", "via", "despite").
  std::unordered_set<uint64_t> prepositions_;
  // Nouns in -al the model reads as adjectives ("refusal", "withdrawal").
  std::unordered_set<uint64_t> act_nouns_;
  uint64_t period_hash_ = 0;
  uint64_t comma_hash_ = 0;
  uint64_t that_hash_ = 0;
  uint64_t and_hash_ = 0;
  uint64_t of_hash_ = 0;  // of the lowercased word 'that'
  // Words that open a count ("kills at least two", "more than 30", "nearly
  // 40"), and the second words of "at least", "at most", "up to".
  std::unordered_set<uint64_t> count_openers_;
  std::unordered_set<uint64_t> count_pairs_first_;   // "at", "up"
  std::unordered_set<uint64_t> count_pairs_second_;  // "least", "most", "to"
  std::unordered_set<uint64_t> function_words_;
  std::unordered_set<uint64_t> auxiliary_variants_;  // "’s", "ai", "wilt"
  // Particles a headline verb may take ("Hamas hands over ...").
  std::unordered_set<uint64_t> particles_;
  FrozenWeights weights_;
  std::unordered_map<uint64_t, uint16_t> dictionary_;  // form hash -> class
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_TAGGER_H_
