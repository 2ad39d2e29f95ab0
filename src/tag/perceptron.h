// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Averaged perceptron over hashed sparse features, shared by the tagger and
// the parser.
//
// A feature is a 64-bit key (tag/hash.h). Each feature owns a short list of
// (class, weight) pairs: perceptron weights are sparse per feature (a word
// feature only ever gets updates for the few tags the word took), so a list
// is far smaller than a dense per-class vector and scoring costs one hash
// probe plus a few adds per feature. The few features with weights for many
// classes are also kept as dense vectors at run time (see FrozenWeights).
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
#include "tag/huge_page_allocator.h"

// x86 builds add an AVX2 version of FrozenWeights::Sum, chosen at run time;
// other CPUs, or -DDYAD_NO_CPU_DISPATCH, build only the portable one.
#if (defined(__x86_64__) || defined(__i386__)) && !defined(DYAD_NO_CPU_DISPATCH)
#define DYAD_PERCEPTRON_AVX2 1
#else
#define DYAD_PERCEPTRON_AVX2 0
#endif

namespace dyad::internal {

// Read-only averaged weights. Thread-safe.
//
// Run-time layout: weights stay on the int16 grid of the model file (one
// scale per table) and are summed exactly in int32; the sum times the scale
// is the float score. A row (the weights of one feature) with at least
// dense_min_entries() classes (and at least 1/16 of all classes) is also
// stored DENSE, one int16 per class padded to a multiple of kClassBlock,
// and added with a vector add; shorter rows are (class, weight) lists added
// one by one. Frequent features (tags,
// tag pairs, the bias) have long rows, so most of the adding is vector adds.
// The sparse lists of all rows are kept in file order, so Serialize writes
// back exactly the bytes that were read.
class FrozenWeights {
 public:
  // Classes are padded to a multiple of this in dense rows and sums.
  static constexpr int kClassBlock = 16;
  // Rows with at least this many classes are stored dense (measured in
  // docs/performance.md).
  static constexpr int kDefaultDenseMinEntries = 8;

  // Exact int32 sums of the weights of `keys`, written to
  // sums[0 .. padded_classes()) (the padding is 0). Works in three passes so
  // that the memory accesses of all features overlap: prefetch every
  // feature's slot, then find each slot and prefetch its row, then add.
  // With tables larger than the cache this is several times faster than
  // probing one feature after the other. Uses AVX2 when the CPU has it.
  void Sum(const uint64_t* keys, size_t n, int32_t* sums) const;
  // Scores: scores[c] = scale() * sum for c in [0, num_classes()).
  // Overwrites `scores`.
  void Score(const uint64_t* keys, size_t n, float* scores) const;

  // A copy without the weights of magnitude below `min_abs`.
  FrozenWeights Pruned(float min_abs) const;

  int num_classes() const { return num_classes_; }
  int padded_classes() const { return padded_classes_; }
  float scale() const { return scale_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }
  size_t num_dense_rows() const {
    return padded_classes_ > 0 ? dense_.size() / padded_classes_ : 0;
  }
  // Bytes of the run-time tables (entries, dense rows, hash slots).
  size_t MemoryBytes() const;

  // Re-lays out the rows: rows with at least `min_entries` classes dense
  // (a value above num_classes() makes every row sparse). For tests and
  // measurements; scores do not change.
  void SetDenseMinEntries(int min_entries);
  int dense_min_entries() const { return dense_min_entries_; }

  // Whether Sum uses its AVX2 version (the CPU has AVX2 and it is not
  // switched off). UseAvx2(false) forces the baseline version, for tests
  // and measurements; UseAvx2(true) restores the default.
  static bool UsesAvx2();
  static void UseAvx2(bool on);

  void Serialize(ByteWriter& out) const;
  Status Deserialize(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  struct Slot {
    uint64_t key = 0;
    // Sparse row: entries_[begin, end). Dense row: end == kDenseRow and the
    // row is dense_[begin, begin + padded_classes_).
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  static constexpr uint32_t kDenseRow = 0xffffffffu;
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  // Builds the dense rows and the hash index from keys_, row_end_, entries_.
  void BuildIndex();
  // Sum's body, compiled for baseline x86-64 (or the target) and for AVX2.
  void SumBody(const uint64_t* keys, size_t n, int32_t* sums) const;
#if DYAD_PERCEPTRON_AVX2
  void SumAvx2(const uint64_t* keys, size_t n, int32_t* sums) const;
#endif
  // Sets entries_ and scale_ from float weights (rounded to the int16 grid).
  void Quantize(const std::vector<float>& weights,
                const std::vector<uint16_t>& classes);

  int num_classes_ = 0;
  int padded_classes_ = 0;
  int dense_min_entries_ = kDefaultDenseMinEntries;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;     // feature keys, in row order
  std::vector<uint32_t> row_end_;  // row i spans [row_end_[i-1], row_end_[i])
  std::vector<Entry> entries_;     // every row, in file order
  // Read at random: on huge pages (huge_page_allocator.h).
  std::vector<int16_t, HugePageAllocator<int16_t>> dense_;  // long rows
  std::vector<Slot, HugePageAllocator<Slot>> slots_;        // linear probing
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
