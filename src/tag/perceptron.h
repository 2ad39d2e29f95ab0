// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Averaged perceptron over hashed sparse features, shared by the tagger and
// the parser.
//
// A feature is a 64-bit key (tag/hash.h). Each feature owns a short list of
// (class, weight) pairs: perceptron weights are sparse per feature (a word
// feature only ever gets updates for the few tags the word took), so a list
// is far smaller than a dense per-class vector and scoring costs one hash
// probe plus a few adds per feature.
//
// PerceptronTrainer learns with the averaging trick of Daume (2006): keep w
// and u = sum of c * delta; the average is w - u / c. FrozenWeights is the
// averaged, pruned, read-only form stored in model files and used at run time.
#ifndef DYAD_TAG_PERCEPTRON_H_
#define DYAD_TAG_PERCEPTRON_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/status.h"
#include "tag/bytes.h"

namespace dyad::internal {

// Read-only averaged weights. Thread-safe.
class FrozenWeights {
 public:
  // Adds the weights of `keys` to scores[0 .. num_classes). Works in three
  // passes so that the memory accesses of all features overlap: prefetch
  // every feature's slot, then find each slot and prefetch its weights, then
  // add. With tables larger than the cache this is several times faster than
  // probing one feature after the other.
  void Score(const uint64_t* keys, size_t n, float* scores) const {
    constexpr size_t kChunk = 128;
    uint32_t begin[kChunk], end[kChunk];
    for (size_t base = 0; base < n; base += kChunk) {
      const size_t m = n - base < kChunk ? n - base : kChunk;
      const uint64_t* k = keys + base;
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[k[i] & mask_]);
      for (size_t i = 0; i < m; ++i) {
        begin[i] = end[i] = 0;
        for (uint64_t slot = k[i] & mask_;; slot = (slot + 1) & mask_) {
          const Slot& s = slots_[slot];
          if (s.key == k[i]) {
            begin[i] = s.begin;
            end[i] = s.end;
            __builtin_prefetch(&entries_[s.begin]);
            break;
          }
          if (s.key == 0) break;
        }
      }
      for (size_t i = 0; i < m; ++i) {
        for (uint32_t j = begin[i]; j < end[i]; ++j) {
          scores[entries_[j].cls] += entries_[j].weight;
        }
      }
    }
  }

  // A copy without the weights of magnitude below `min_abs`.
  FrozenWeights Pruned(float min_abs) const;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }

  void Serialize(ByteWriter& out) const;
  Status Deserialize(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  struct Entry {
    uint16_t cls;
    float weight;
  };
  void BuildIndex();
  // Rounds weights to the int16 grid they are stored on, so a model behaves
  // the same before it is written and after it is read back.
  void Quantize();

  int num_classes_ = 0;
  std::vector<uint64_t> keys_;     // feature keys, in row order
  std::vector<uint32_t> row_end_;  // row i spans [row_end_[i-1], row_end_[i])
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // open addressing, linear probing
  uint64_t mask_ = 0;
};

// Mutable weights during training. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }
  // Adds the current (not averaged) weights of `keys` to `scores`.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  // Perceptron update: +1 to `truth`, -1 to `guess` for every key.
  void Update(const uint64_t* keys, size_t n, int truth, int guess);
  // Advances the example counter used for averaging; call once per example.
  void NextExample() { ++examples_; }
  // Averaged weights; weights with |w| < min_abs are dropped.
  FrozenWeights Average(float min_abs) const;

 private:
  struct Weight {
    uint16_t cls;
    float w;
    double u;  // sum over updates of example-count * delta
  };
  // Row of `key`, or -1.
  int64_t Find(uint64_t key) const;
  uint32_t FindOrInsert(uint64_t key);
  void AddTo(uint32_t row, int cls, float delta);

  int num_classes_;
  int64_t examples_ = 1;
  std::vector<uint64_t> slot_keys_;
  std::vector<uint32_t> slot_rows_;
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Weight>> rows_;
};

}  // namespace dyad::internal

#endif  // DYAD_TAG_PERCEPTRON_H_
