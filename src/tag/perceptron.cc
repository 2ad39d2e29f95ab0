// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Averaged perceptron training and the frozen weight table (see
// perceptron.h). Both hash tables use open addressing with linear probing
// over power-of-two capacities kept at most half full; key 0 marks an empty
// slot (feature keys are never 0).
#include "tag/perceptron.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace dyad::internal {
namespace {

size_t CapacityFor(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  return cap;
}

}  // namespace

void FrozenWeights::BuildIndex() {
  slots_.assign(CapacityFor(keys_.size()), Slot{});
  mask_ = slots_.size() - 1;
  uint32_t begin = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    uint64_t slot = keys_[i] & mask_;
    while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
    slots_[slot] = Slot{keys_[i], begin, row_end_[i]};
    begin = row_end_[i];
  }
}

namespace {

// Scale of the int16 grid weights are stored on.
float QuantizationScale(float max_abs) {
  return max_abs > 0 ? max_abs / 32767.0f : 1.0f;
}

}  // namespace

void FrozenWeights::Quantize() {
  float max_abs = 0;
  for (const Entry& e : entries_)
    max_abs = std::max(max_abs, std::fabs(e.weight));
  const float scale = QuantizationScale(max_abs);
  for (Entry& e : entries_) {
    e.weight = static_cast<float>(std::lround(e.weight / scale)) * scale;
  }
}

// Weights are stored as int16 with one scale per table (the largest
// magnitude maps to 32767): relative error below 1/65534 of the largest
// weight, far below the differences between class scores, and a third
// smaller than float (class id 2 bytes + weight 2 bytes per entry).
void FrozenWeights::Serialize(ByteWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.PutArray(keys_);
  out.PutArray(row_end_);
  float max_abs = 0;
  for (const Entry& e : entries_)
    max_abs = std::max(max_abs, std::fabs(e.weight));
  const float scale = QuantizationScale(max_abs);
  std::vector<uint16_t> classes(entries_.size());
  std::vector<int16_t> weights(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    classes[i] = entries_[i].cls;
    weights[i] = static_cast<int16_t>(std::lround(entries_[i].weight / scale));
  }
  out.Put<float>(scale);
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
  num_classes_ = static_cast<int>(num_classes);
  // Validate everything the scorer will index with.
  if (row_end_.size() != keys_.size() || classes.size() != weights.size()) {
    return DataLossError("weight table: array sizes disagree");
  }
  if (!(scale > 0) || !std::isfinite(scale)) {
    return DataLossError("weight table: bad scale");
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
  entries_.resize(classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    if (classes[i] >= num_classes) {
      return DataLossError("weight table: class id out of range");
    }
    entries_[i] = Entry{classes[i], weights[i] * scale};
  }
  BuildIndex();
  return Status::Ok();
}

FrozenWeights FrozenWeights::Pruned(float min_abs) const {
  FrozenWeights out;
  out.num_classes_ = num_classes_;
  uint32_t begin = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const size_t before = out.entries_.size();
    for (uint32_t j = begin; j < row_end_[i]; ++j) {
      if (std::fabs(entries_[j].weight) >= min_abs) {
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
  for (size_t r = 0; r < rows_.size(); ++r) {
    size_t before = out.entries_.size();
    for (const Weight& w : rows_[r]) {
      double avg = w.w - w.u / c;
      if (std::fabs(avg) < min_abs) continue;
      out.entries_.push_back({w.cls, static_cast<float>(avg)});
    }
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(row_keys_[r]);
    out.row_end_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.Quantize();
  out.BuildIndex();
  return out;
}

}  // namespace dyad::internal
