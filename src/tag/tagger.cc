// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Greedy averaged-perceptron tagger in the style of Collins (2002) and
// Honnibal's "A good POS tagger in about 200 lines": for each word in turn,
// about thirty hashed features (the word, its affixes and shape, the words
// around it and the two previous predicted tags) score every joint
// (UPOS, XPOS) class and the best one is taken. Frequent words whose class
// never varies skip scoring through a tag dictionary. Training makes several
// shuffled passes and updates on every error with the predicted history, as
// at run time. Cost: one hash probe per feature, linear in sentence length.
#include "tag/tagger.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "tag/hash.h"

namespace dyad::internal {
namespace {

constexpr size_t kMaxFeatures = 40;
constexpr int kMaxClasses = 512;

// Tag id used in features for "no word there".
constexpr uint64_t kNoTag = 0xffff;

enum Template : uint32_t {
  kBias = 0,
  kLower,
  kForm,
  kSuffix1,  // ... kSuffix1 + 3
  kPrefix1 = kSuffix1 + 4,
  kShape = kPrefix1 + 4,
  kPrevLower,
  kNextLower,
  kPrev2Lower,
  kNext2Lower,
  kPrevSuffix3,
  kNextSuffix3,
  kPrevTag,
  kPrev2Tag,
  kPrevTagPair,
  kPrevTagLower,
  kFlags,
  kPrevShape,
  kNextShape,
  kLowerNextLower,
  kPrevLowerLower,
  kPrevTagSuffix3,
  kNextSuffix2,
  kFlagsSuffix2,
  kPrevTagNextLower,
  kNextLowerNext2Lower,
  kPrevTagPairLower,
  kSuffix3NextLower,
};

uint64_t TagId(int cls) {
  return cls < 0 ? kNoTag : static_cast<uint64_t>(cls);
}

}  // namespace

size_t Tagger::Features(const WordHashes* words, size_t n, size_t i, int prev1,
                        int prev2, uint64_t* keys) {
  const WordHashes& w = words[i];
  const uint64_t prev_lower = i >= 1 ? words[i - 1].lower : kBeginHash;
  const uint64_t prev2_lower = i >= 2 ? words[i - 2].lower : kBeginHash;
  const uint64_t next_lower = i + 1 < n ? words[i + 1].lower : kEndHash;
  const uint64_t next2_lower = i + 2 < n ? words[i + 2].lower : kEndHash;
  const uint64_t prev_suffix3 = i >= 1 ? words[i - 1].suffix[2] : kBeginHash;
  const uint64_t next_suffix3 = i + 1 < n ? words[i + 1].suffix[2] : kEndHash;
  const uint64_t next_suffix2 = i + 1 < n ? words[i + 1].suffix[1] : kEndHash;
  const uint64_t prev_shape = i >= 1 ? words[i - 1].shape : kBeginHash;
  const uint64_t next_shape = i + 1 < n ? words[i + 1].shape : kEndHash;
  size_t k = 0;
  keys[k++] = FeatureKey(kBias, 1);
  keys[k++] = FeatureKey(kLower, w.lower);
  keys[k++] = FeatureKey(kForm, w.form);
  for (uint32_t a = 0; a < 4; ++a) {
    keys[k++] = FeatureKey(kSuffix1 + a, w.suffix[a]);
    keys[k++] = FeatureKey(kPrefix1 + a, w.prefix[a]);
  }
  keys[k++] = FeatureKey(kShape, w.shape);
  keys[k++] = FeatureKey(kPrevLower, prev_lower);
  keys[k++] = FeatureKey(kNextLower, next_lower);
  keys[k++] = FeatureKey(kPrev2Lower, prev2_lower);
  keys[k++] = FeatureKey(kNext2Lower, next2_lower);
  keys[k++] = FeatureKey(kPrevSuffix3, prev_suffix3);
  keys[k++] = FeatureKey(kNextSuffix3, next_suffix3);
  keys[k++] = FeatureKey(kPrevTag, TagId(prev1));
  keys[k++] = FeatureKey(kPrev2Tag, TagId(prev2));
  keys[k++] = FeatureKey(kPrevTagPair, TagId(prev1), TagId(prev2));
  keys[k++] = FeatureKey(kPrevTagLower, TagId(prev1), w.lower);
  keys[k++] = FeatureKey(kFlags, w.flags);
  keys[k++] = FeatureKey(kPrevShape, prev_shape);
  keys[k++] = FeatureKey(kNextShape, next_shape);
  keys[k++] = FeatureKey(kLowerNextLower, w.lower, next_lower);
  keys[k++] = FeatureKey(kPrevLowerLower, prev_lower, w.lower);
  keys[k++] = FeatureKey(kPrevTagSuffix3, TagId(prev1), w.suffix[2]);
  keys[k++] = FeatureKey(kNextSuffix2, next_suffix2);
  keys[k++] = FeatureKey(kFlagsSuffix2, w.flags, w.suffix[1]);
  keys[k++] = FeatureKey(kPrevTagNextLower, TagId(prev1), next_lower);
  keys[k++] = FeatureKey(kNextLowerNext2Lower, next_lower, next2_lower);
  keys[k++] =
      FeatureKey(kPrevTagPairLower, TagId(prev1), TagId(prev2), w.lower);
  keys[k++] = FeatureKey(kSuffix3NextLower, w.suffix[2], next_lower);
  return k;
}

void Tagger::Tag(const WordHashes* words, size_t n, TagClass* out) const {
  uint64_t keys[kMaxFeatures];
  float scores[kMaxClasses];
  const int num_classes = static_cast<int>(classes_.size());
  int prev1 = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    int best = 0;
    auto it = dictionary_.find(words[i].form);
    if (it != dictionary_.end()) {
      best = it->second;
    } else {
      size_t nk = Features(words, n, i, prev1, prev2, keys);
      std::fill(scores, scores + num_classes, 0.0f);
      weights_.Score(keys, nk, scores);
      for (int c = 1; c < num_classes; ++c) {
        if (scores[c] > scores[best]) best = c;
      }
    }
    out[i] = classes_[best];
    prev2 = prev1;
    prev1 = best;
  }
}

Tagger Tagger::Train(const std::vector<TaggedSentence>& sentences,
                     const TaggerOptions& options) {
  Tagger tagger;
  // Class table, most frequent first so that ties favour common tags.
  std::map<std::pair<int, int>, int> class_counts;
  std::unordered_map<uint64_t, std::map<int, int>> word_classes;
  for (const TaggedSentence& s : sentences) {
    for (const TaggedWord& w : s) {
      ++class_counts[{static_cast<int>(w.upos), static_cast<int>(w.xpos)}];
    }
  }
  std::vector<std::pair<int, std::pair<int, int>>> by_count;
  for (const auto& [cls, count] : class_counts)
    by_count.push_back({-count, cls});
  std::sort(by_count.begin(), by_count.end());
  std::map<std::pair<int, int>, int> class_index;
  for (const auto& [neg, cls] : by_count) {
    if (tagger.classes_.size() >= static_cast<size_t>(kMaxClasses)) break;
    class_index[cls] = static_cast<int>(tagger.classes_.size());
    tagger.classes_.push_back(
        {static_cast<Upos>(cls.first), static_cast<Xpos>(cls.second)});
  }
  // Precompute hashes and gold class ids.
  std::vector<std::vector<WordHashes>> hashes(sentences.size());
  std::vector<std::vector<int>> gold(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      const TaggedWord& w = sentences[s][i];
      WordHashes h;
      ComputeWordHashes(w.form, i == 0, h);
      hashes[s].push_back(h);
      auto it = class_index.find(
          {static_cast<int>(w.upos), static_cast<int>(w.xpos)});
      int cls = it == class_index.end() ? 0 : it->second;
      gold[s].push_back(cls);
      ++word_classes[h.form][cls];
    }
  }
  for (const auto& [form, counts] : word_classes) {
    int total = 0, best_count = 0, best = 0;
    for (const auto& [cls, count] : counts) {
      total += count;
      if (count > best_count) best_count = count, best = cls;
    }
    if (options.dictionary_min_count > 0 &&
        total >= options.dictionary_min_count &&
        best_count >= options.dictionary_ratio * total) {
      tagger.dictionary_[form] = static_cast<uint16_t>(best);
    }
  }
  const int num_classes = static_cast<int>(tagger.classes_.size());
  PerceptronTrainer trainer(num_classes);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  uint64_t keys[kMaxFeatures];
  std::vector<float> scores(num_classes);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t s : order) {
      const auto& words = hashes[s];
      int prev1 = -1, prev2 = -1;
      for (size_t i = 0; i < words.size(); ++i) {
        int guess;
        auto it = tagger.dictionary_.find(words[i].form);
        if (it != tagger.dictionary_.end()) {
          guess = it->second;
        } else {
          size_t nk =
              Features(words.data(), words.size(), i, prev1, prev2, keys);
          std::fill(scores.begin(), scores.end(), 0.0f);
          trainer.Score(keys, nk, scores.data());
          guess = static_cast<int>(
              std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update(keys, nk, gold[s][i], guess);
          trainer.NextExample();
        }
        correct += guess == gold[s][i];
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    if (options.log) {
      options.log("tagger epoch " + std::to_string(epoch + 1) +
                  ": train accuracy " +
                  std::to_string(100.0 * correct / std::max<size_t>(total, 1)));
    }
  }
  tagger.weights_ = trainer.Average(options.prune);
  return tagger;
}

void Tagger::Serialize(ByteWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(classes_.size()));
  for (const TagClass& c : classes_) {
    out.PutString(UposName(c.upos));
    out.PutString(XposName(c.xpos));
  }
  std::vector<uint64_t> dict_keys;
  std::vector<uint16_t> dict_classes;
  for (const auto& [form, cls] : dictionary_) {
    dict_keys.push_back(form);
    dict_classes.push_back(cls);
  }
  out.PutArray(dict_keys);
  out.PutArray(dict_classes);
  weights_.Serialize(out);
}

Status Tagger::Deserialize(ByteReader& in) {
  uint32_t n = 0;
  DYAD_RETURN_IF_ERROR(in.Get(n));
  if (n == 0 || n > static_cast<uint32_t>(kMaxClasses)) {
    return DataLossError("tagger: bad class count");
  }
  classes_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    std::string upos, xpos;
    DYAD_RETURN_IF_ERROR(in.GetString(upos));
    DYAD_RETURN_IF_ERROR(in.GetString(xpos));
    // Unknown names (a newer tag set) become kUnset rather than failing.
    classes_.push_back({UposFromName(upos), XposFromName(xpos)});
  }
  std::vector<uint64_t> dict_keys;
  std::vector<uint16_t> dict_classes;
  DYAD_RETURN_IF_ERROR(in.GetArray(dict_keys));
  DYAD_RETURN_IF_ERROR(in.GetArray(dict_classes));
  if (dict_keys.size() != dict_classes.size()) {
    return DataLossError("tagger: dictionary sizes disagree");
  }
  dictionary_.clear();
  for (size_t i = 0; i < dict_keys.size(); ++i) {
    if (dict_classes[i] >= n) return DataLossError("tagger: bad class id");
    dictionary_[dict_keys[i]] = dict_classes[i];
  }
  DYAD_RETURN_IF_ERROR(weights_.Deserialize(in));
  if (weights_.num_classes() != static_cast<int>(n)) {
    return DataLossError("tagger: weight table class count disagrees");
  }
  return Status::Ok();
}

}  // namespace dyad::internal
