// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Averaged perceptron training and the frozen weight table (see
// perceptron.h). Both hash tables use open addressing with linear probing
// over power-of-two capacities kept at most half full; key 0 marks an empty
// slot (feature keys are never 0).
#include "tag/perceptron.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>

namespace dyad::internal {
namespace {

size_t CapacityFor(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  return cap;
}

// Scale of the int16 grid weights are stored on.
float QuantizationScale(float max_abs) {
  return max_abs > 0 ? max_abs / 32767.0f : 1.0f;
}

#if DYAD_PERCEPTRON_AVX2
bool CpuHasAvx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}
std::atomic<bool> use_avx2{CpuHasAvx2()};
#endif

// sums[0 .. padded) += the sum of the rows r[0 .. kRows), padded a multiple
// of kClassBlock. The fixed-length inner loop is what lets GCC vectorize it
// at -O2 (SSE2: unpack + add, 4 classes per add; AVX2: vpmovsxwd + vpaddd,
// 8 per add); adding up to four rows before touching `sums` saves most of
// its loads and stores. int16 + int16 + ... cannot overflow int32.
template <int kRows>
[[gnu::always_inline]] inline void AddDense(int32_t* __restrict sums,
                                            const int16_t* const* rows,
                                            int padded) {
  constexpr int kBlock = FrozenWeights::kClassBlock;
  const int16_t* __restrict r0 = rows[0];
  const int16_t* __restrict r1 = rows[kRows > 1 ? 1 : 0];
  const int16_t* __restrict r2 = rows[kRows > 2 ? 2 : 0];
  const int16_t* __restrict r3 = rows[kRows > 3 ? 3 : 0];
  for (int b = 0; b < padded; b += kBlock) {
    for (int k = 0; k < kBlock; ++k) {
      int32_t v = r0[b + k];
      if constexpr (kRows > 1) v += r1[b + k];
      if constexpr (kRows > 2) v += r2[b + k];
      if constexpr (kRows > 3) v += r3[b + k];
      sums[b + k] += v;
    }
  }
}

}  // namespace

bool FrozenWeights::UsesAvx2() {
#if DYAD_PERCEPTRON_AVX2
  return use_avx2.load(std::memory_order_relaxed);
#else
  return false;
#endif
}

void FrozenWeights::UseAvx2(bool on) {
#if DYAD_PERCEPTRON_AVX2
  use_avx2.store(on && CpuHasAvx2(), std::memory_order_relaxed);
#else
  (void)on;
#endif
}

[[gnu::always_inline]] inline void FrozenWeights::SumBody(const uint64_t* keys,
                                                          size_t n,
                                                          int32_t* sums) const {
  const int padded = padded_classes_;
  for (int c = 0; c < padded; ++c) sums[c] = 0;
  if (slots_.empty()) return;
  const Slot* slots = slots_.data();
  const Entry* entries = entries_.data();
  const int16_t* dense = dense_.data();
  const uint64_t mask = mask_;
  constexpr size_t kChunk = 128;
  uint32_t begin[kChunk], end[kChunk];  // sparse rows found
  const int16_t* rows[kChunk];          // dense rows found
  for (size_t base = 0; base < n; base += kChunk) {
    const size_t m = n - base < kChunk ? n - base : kChunk;
    const uint64_t* k = keys + base;
    for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots[k[i] & mask]);
    size_t num_sparse = 0, num_dense = 0;
    for (size_t i = 0; i < m; ++i) {
      for (uint64_t slot = k[i] & mask;; slot = (slot + 1) & mask) {
        const Slot& s = slots[slot];
        if (s.key == k[i]) {
          if (s.end == kDenseRow) {
            const int16_t* row = dense + s.begin;
            const char* bytes = reinterpret_cast<const char*>(row);
            for (int off = 0; off < padded * 2; off += 64) {
              __builtin_prefetch(bytes + off);
            }
            rows[num_dense++] = row;
          } else {
            __builtin_prefetch(&entries[s.begin]);
            begin[num_sparse] = s.begin;
            end[num_sparse++] = s.end;
          }
          break;
        }
        if (s.key == 0) break;
      }
    }
    for (size_t i = 0; i < num_sparse; ++i) {
      for (uint32_t j = begin[i]; j < end[i]; ++j) {
        sums[entries[j].cls] += entries[j].weight;
      }
    }
    size_t i = 0;
    for (; i + 4 <= num_dense; i += 4) AddDense<4>(sums, rows + i, padded);
    if (num_dense - i == 3) AddDense<3>(sums, rows + i, padded);
    if (num_dense - i == 2) AddDense<2>(sums, rows + i, padded);
    if (num_dense - i == 1) AddDense<1>(sums, rows + i, padded);
  }
}

#if DYAD_PERCEPTRON_AVX2
[[gnu::target("avx2")]] void FrozenWeights::SumAvx2(const uint64_t* keys,
                                                    size_t n,
                                                    int32_t* sums) const {
  SumBody(keys, n, sums);
}
#endif

void FrozenWeights::Sum(const uint64_t* keys, size_t n, int32_t* sums) const {
#if DYAD_PERCEPTRON_AVX2
  if (use_avx2.load(std::memory_order_relaxed)) {
    SumAvx2(keys, n, sums);
    return;
  }
#endif
  SumBody(keys, n, sums);
}

void FrozenWeights::Score(const uint64_t* keys, size_t n, float* scores) const {
  thread_local std::vector<int32_t> sums;
  sums.resize(padded_classes_);
  Sum(keys, n, sums.data());
  for (int c = 0; c < num_classes_; ++c) {
    scores[c] = static_cast<float>(sums[c]) * scale_;
  }
}

size_t FrozenWeights::MemoryBytes() const {
  return keys_.size() * sizeof(uint64_t) + row_end_.size() * sizeof(uint32_t) +
         entries_.size() * sizeof(Entry) + dense_.size() * sizeof(int16_t) +
         slots_.size() * sizeof(Slot);
}

void FrozenWeights::SetDenseMinEntries(int min_entries) {
  dense_min_entries_ = std::max(min_entries, 1);
  BuildIndex();
}

void FrozenWeights::BuildIndex() {
  padded_classes_ =
      (num_classes_ + kClassBlock - 1) / kClassBlock * kClassBlock;
  // A row is dense when it has at least dense_min_entries_ classes and at
  // least 1/16 of all classes (so a dense row takes at most 8 times the
  // bytes of its list, whatever a file's class count), and names no class
  // twice (a well-formed table never does; a repeated class stays a sparse
  // sum). Dense offsets are 32-bit: past that, rows stay sparse.
  const uint32_t dense_min =
      std::max(static_cast<uint32_t>(dense_min_entries_),
               static_cast<uint32_t>((padded_classes_ + 15) / 16));
  const size_t max_dense_rows =
      padded_classes_ > 0 ? (size_t{kDenseRow} - 1) / padded_classes_ : 0;
  std::vector<uint32_t> seen(num_classes_, 0);
  std::vector<bool> is_dense(keys_.size(), false);
  size_t num_dense = 0;
  uint32_t begin = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (row_end_[i] - begin >= dense_min && num_dense < max_dense_rows) {
      bool unique = true;
      for (uint32_t j = begin; j < row_end_[i] && unique; ++j) {
        unique = seen[entries_[j].cls] != i + 1;
        seen[entries_[j].cls] = static_cast<uint32_t>(i + 1);
      }
      is_dense[i] = unique;
      num_dense += unique;
    }
    begin = row_end_[i];
  }
  dense_.assign(num_dense * padded_classes_, 0);
  slots_.assign(CapacityFor(keys_.size()), Slot{});
  mask_ = slots_.size() - 1;
  begin = 0;
  uint32_t dense_begin = 0;
  // Slots are written at random: start reading the slot of a key a few
  // rows ahead so that the cache misses overlap (same table as without).
  constexpr size_t kAhead = 16;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (i + kAhead < keys_.size()) {
      __builtin_prefetch(&slots_[keys_[i + kAhead] & mask_], 1);
    }
    uint64_t slot = keys_[i] & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    if (is_dense[i]) {
      int16_t* row = dense_.data() + dense_begin;
      for (uint32_t j = begin; j < row_end_[i]; ++j) {
        row[entries_[j].cls] = entries_[j].weight;
      }
      slots_[slot] = Slot{keys_[i], dense_begin, kDenseRow};
      dense_begin += static_cast<uint32_t>(padded_classes_);
    } else {
      slots_[slot] = Slot{keys_[i], begin, row_end_[i]};
    }
    begin = row_end_[i];
  }
}

// Weights are stored as int16 with one scale per table (the largest
// magnitude maps to 32767): relative error below 1/65534 of the largest
// weight, far below the differences between class scores.
void FrozenWeights::Quantize(const std::vector<float>& weights,
                             const std::vector<uint16_t>& classes) {
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  scale_ = QuantizationScale(max_abs);
  entries_.resize(weights.size());
  for (size_t i = 0; i < weights.size(); ++i) {
    entries_[i] = Entry{classes[i],
                        static_cast<int16_t>(std::lround(weights[i] / scale_))};
  }
}

// The file holds the int16 grid and its scale as they are in memory (class
// id 2 bytes + weight 2 bytes per entry, a third smaller than float).
void FrozenWeights::Serialize(ByteWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.PutArray(keys_);
  out.PutArray(row_end_);
  std::vector<uint16_t> classes(entries_.size());
  std::vector<int16_t> weights(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = entries_[i].cls;
    weights[i] = entries_[i].weight;
  }
  out.Put<float>(scale_);
  out.PutArray(classes);
  out.PutArray(weights);
}

Status FrozenWeights::Deserialize(ByteReader& in) {
  uint32_t num_classes = 0;
  DYAD_RETURN_IF_ERROR(in.Get(num_classes));
  DYAD_RETURN_IF_ERROR(in.GetArray(keys_));
  DYAD_RETURN_IF_ERROR(in.GetArray(row_end_));
  float scale = 0;
  DYAD_RETURN_IF_ERROR(in.Get(scale));
  std::vector<uint16_t> classes;
  std::vector<int16_t> weights;
  DYAD_RETURN_IF_ERROR(in.GetArray(classes));
  DYAD_RETURN_IF_ERROR(in.GetArray(weights));
  // Validate everything the scorer will index with.
  if (num_classes > 0xffff) {
    return DataLossError("weight table: bad class count");
  }
  num_classes_ = static_cast<int>(num_classes);
  if (row_end_.size() != keys_.size() || classes.size() != weights.size()) {
    return DataLossError("weight table: array sizes disagree");
  }
  if (!(scale > 0) || !std::isfinite(scale)) {
    return DataLossError("weight table: bad scale");
  }
  if (classes.size() >= kDenseRow) {
    return DataLossError("weight table: too many weights");
  }
  uint32_t prev = 0;
  for (uint32_t end : row_end_) {
    if (end < prev || end > classes.size()) {
      return DataLossError("weight table: bad row bounds");
    }
    prev = end;
  }
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) return DataLossError("weight table: zero feature key");
  }
  scale_ = scale;
  entries_.resize(classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] >= num_classes) {
      return DataLossError("weight table: class id out of range");
    }
    entries_[i] = Entry{classes[i], weights[i]};
  }
  BuildIndex();
  return Status::Ok();
}

FrozenWeights FrozenWeights::Pruned(float min_abs) const {
  FrozenWeights out;
  out.num_classes_ = num_classes_;
  out.scale_ = scale_;
  out.dense_min_entries_ = dense_min_entries_;
  uint32_t begin = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const size_t before = out.entries_.size();
    for (uint32_t j = begin; j < row_end_[i]; ++j) {
      if (std::fabs(static_cast<float>(entries_[j].weight) * scale_) >=
          min_abs) {
        out.entries_.push_back(entries_[j]);
      }
    }
    begin = row_end_[i];
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(keys_[i]);
    out.row_end_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.BuildIndex();
  return out;
}

PerceptronTrainer::PerceptronTrainer(int num_classes)
    : num_classes_(num_classes) {
  slot_keys_.assign(1 << 16, 0);
  slot_rows_.assign(1 << 16, 0);
}

int64_t PerceptronTrainer::Find(uint64_t key) const {
  const uint64_t mask = slot_keys_.size() - 1;
  for (uint64_t slot = key & mask;; slot = (slot + 1) & mask) {
    if (slot_keys_[slot] == key) return slot_rows_[slot];
    if (slot_keys_[slot] == 0) return -1;
  }
}

uint32_t PerceptronTrainer::FindOrInsert(uint64_t key) {
  int64_t row = Find(key);
  if (row >= 0) return static_cast<uint32_t>(row);
  if (2 * (rows_.size() + 1) > slot_keys_.size()) {
    // Grow and rehash.
    std::vector<uint64_t> keys(slot_keys_.size() * 2, 0);
    std::vector<uint32_t> rows(keys.size(), 0);
    const uint64_t mask = keys.size() - 1;
    for (uint32_t r = 0; r < row_keys_.size(); ++r) {
      uint64_t slot = row_keys_[r] & mask;
      while (keys[slot] != 0) slot = (slot + 1) & mask;
      keys[slot] = row_keys_[r];
      rows[slot] = r;
    }
    slot_keys_.swap(keys);
    slot_rows_.swap(rows);
  }
  const uint64_t mask = slot_keys_.size() - 1;
  uint64_t slot = key & mask;
  while (slot_keys_[slot] != 0) slot = (slot + 1) & mask;
  uint32_t r = static_cast<uint32_t>(rows_.size());
  slot_keys_[slot] = key;
  slot_rows_[slot] = r;
  row_keys_.push_back(key);
  rows_.emplace_back();
  return r;
}

void PerceptronTrainer::Score(const uint64_t* keys, size_t n,
                              float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    int64_t row = Find(keys[i]);
    if (row < 0) continue;
    for (const Weight& w : rows_[row]) scores[w.cls] += w.w;
  }
}

void PerceptronTrainer::AddTo(uint32_t row, int cls, float delta) {
  for (Weight& w : rows_[row]) {
    if (w.cls == cls) {
      w.w += delta;
      w.u += static_cast<double>(examples_) * delta;
      return;
    }
  }
  rows_[row].push_back(Weight{static_cast<uint16_t>(cls), delta,
                              static_cast<double>(examples_) * delta});
}

void PerceptronTrainer::Update(const uint64_t* keys, size_t n, int truth,
                               int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = FindOrInsert(keys[i]);
    AddTo(row, truth, 1.0f);
    AddTo(row, guess, -1.0f);
  }
}

FrozenWeights PerceptronTrainer::Average(float min_abs) const {
  FrozenWeights out;
  out.num_classes_ = num_classes_;
  const double c = static_cast<double>(examples_);
  std::vector<float> weights;
  std::vector<uint16_t> classes;
  for (size_t r = 0; r < rows_.size(); ++r) {
    size_t before = weights.size();
    for (const Weight& w : rows_[r]) {
      double avg = w.w - w.u / c;
      if (std::fabs(avg) < min_abs) continue;
      weights.push_back(static_cast<float>(avg));
      classes.push_back(w.cls);
    }
    if (weights.size() == before) continue;
    out.keys_.push_back(row_keys_[r]);
    out.row_end_.push_back(static_cast<uint32_t>(weights.size()));
  }
  out.Quantize(weights, classes);
  out.BuildIndex();
  return out;
}

}  // namespace dyad::internal
