// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// FrozenWeights scores exactly what a naive sum over its (class, weight)
// lists gives, whether a row is laid out dense or sparse, with the AVX2 and
// the baseline adder, for class counts that are and are not a multiple of
// the vector width; and a table read from bytes writes back the same bytes.
#include "tag/perceptron.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace dyad::internal {
namespace {

// A weight table in the model-file layout, with a naive scorer.
struct Table {
  int num_classes = 0;
  float scale = 0.0f;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> row_end;
  std::vector<uint16_t> classes;
  std::vector<int16_t> weights;

  std::string Bytes() const {
    ByteWriter out;
    out.Put<uint32_t>(static_cast<uint32_t>(num_classes));
    out.PutArray(keys);
    out.PutArray(row_end);
    out.Put<float>(scale);
    out.PutArray(classes);
    out.PutArray(weights);
    return out.bytes();
  }

  // Sum over every listed key of its row's weights, one entry at a time.
  std::vector<int32_t> NaiveSums(const std::vector<uint64_t>& query) const {
    std::vector<int32_t> sums(num_classes, 0);
    for (uint64_t q : query) {
      uint32_t begin = 0;
      for (size_t r = 0; r < keys.size(); ++r) {
        if (keys[r] == q) {
          for (uint32_t j = begin; j < row_end[r]; ++j) {
            sums[classes[j]] += weights[j];
          }
        }
        begin = row_end[r];
      }
    }
    return sums;
  }
};

// Rows of every length from 1 to num_classes (classes in random order, as
// training leaves them), weights over the whole int16 range, some zero.
Table RandomTable(int num_classes, uint32_t seed) {
  std::mt19937_64 rng(seed);
  Table t;
  t.num_classes = num_classes;
  t.scale = 0.00123f;
  std::vector<uint16_t> all(num_classes);
  std::iota(all.begin(), all.end(), 0);
  std::uniform_int_distribution<int> weight(-32767, 32767);
  for (int rep = 0; rep < 3; ++rep) {
    for (int len = 1; len <= num_classes; ++len) {
      t.keys.push_back(rng() | 1);  // never 0
      std::shuffle(all.begin(), all.end(), rng);
      for (int j = 0; j < len; ++j) {
        t.classes.push_back(all[j]);
        t.weights.push_back(static_cast<int16_t>(j % 7 == 3 ? 0 : weight(rng)));
      }
      t.row_end.push_back(static_cast<uint32_t>(t.classes.size()));
    }
  }
  return t;
}

FrozenWeights Load(const std::string& bytes) {
  FrozenWeights w;
  ByteReader in(bytes, "test table");
  Status status = w.Deserialize(in);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return w;
}

// Queries of 1 to 300 features (more than one 128-feature chunk), mixing
// known keys, repeated keys and keys the table does not have.
std::vector<std::vector<uint64_t>> RandomQueries(const Table& t,
                                                 uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::vector<uint64_t>> queries;
  for (size_t n : {1, 2, 7, 87, 128, 129, 300}) {
    std::vector<uint64_t> q;
    for (size_t i = 0; i < n; ++i) {
      q.push_back(rng() % 5 == 0 ? (rng() | 1) : t.keys[rng() % t.keys.size()]);
    }
    queries.push_back(q);
  }
  return queries;
}

class FrozenWeightsTest : public ::testing::TestWithParam<int> {
 protected:
  void TearDown() override { FrozenWeights::UseAvx2(true); }
};

TEST_P(FrozenWeightsTest, DenseAndSparseRowsSumExactlyAsNaiveSum) {
  const int num_classes = GetParam();
  const Table table = RandomTable(num_classes, 17 + num_classes);
  FrozenWeights weights = Load(table.Bytes());
  ASSERT_EQ(weights.num_classes(), num_classes);
  ASSERT_EQ(weights.padded_classes() % FrozenWeights::kClassBlock, 0);
  ASSERT_GE(weights.padded_classes(), num_classes);
  const auto queries = RandomQueries(table, 5 + num_classes);
  // Every row dense, the default split, every row sparse.
  for (int dense_min :
       {1, FrozenWeights::kDefaultDenseMinEntries, num_classes + 1}) {
    weights.SetDenseMinEntries(dense_min);
    // Dense: at least dense_min classes and 1/16 of the padded classes.
    size_t expected_dense = 0;
    uint32_t begin = 0;
    for (uint32_t end : table.row_end) {
      const int len = static_cast<int>(end - begin);
      expected_dense +=
          len >= dense_min && len * 16 >= weights.padded_classes();
      begin = end;
    }
    EXPECT_EQ(weights.num_dense_rows(), expected_dense);
    if (dense_min == 1 && num_classes <= 16) {
      EXPECT_EQ(weights.num_dense_rows(), table.keys.size());
    } else if (dense_min > num_classes) {
      EXPECT_EQ(weights.num_dense_rows(), 0u);
    }
    for (bool avx2 : {true, false}) {
      FrozenWeights::UseAvx2(avx2);
      for (const auto& q : queries) {
        const std::vector<int32_t> expected = table.NaiveSums(q);
        std::vector<int32_t> sums(weights.padded_classes(), -1);
        weights.Sum(q.data(), q.size(), sums.data());
        for (int c = 0; c < num_classes; ++c) {
          ASSERT_EQ(sums[c], expected[c])
              << "class " << c << " of " << num_classes << ", " << q.size()
              << " keys, dense from " << dense_min << ", avx2 " << avx2;
        }
        for (int c = num_classes; c < weights.padded_classes(); ++c) {
          ASSERT_EQ(sums[c], 0) << "padding class " << c;
        }
        std::vector<float> scores(num_classes, -1.0f);
        weights.Score(q.data(), q.size(), scores.data());
        for (int c = 0; c < num_classes; ++c) {
          ASSERT_EQ(scores[c], static_cast<float>(expected[c]) * table.scale);
        }
      }
    }
  }
}

TEST_P(FrozenWeightsTest, WritesBackTheBytesItRead) {
  const Table table = RandomTable(GetParam(), 3);
  const std::string bytes = table.Bytes();
  FrozenWeights weights = Load(bytes);
  weights.SetDenseMinEntries(std::min(GetParam(), 3));  // dense and sparse
  EXPECT_GT(weights.num_dense_rows(), 0u);
  EXPECT_EQ(weights.num_weights(), table.classes.size());
  ByteWriter out;
  weights.Serialize(out);
  EXPECT_EQ(out.bytes(), bytes);
}

INSTANTIATE_TEST_SUITE_P(ClassCounts, FrozenWeightsTest,
                         ::testing::Values(1, 5, 16, 17, 37, 102, 103));

TEST(FrozenWeightsPruneTest, PrunedDropsSmallWeightsOnly) {
  const Table table = RandomTable(37, 9);
  const FrozenWeights weights = Load(table.Bytes());
  const float min_abs = 20000 * table.scale;
  const FrozenWeights pruned = weights.Pruned(min_abs);
  Table kept = table;
  for (size_t j = 0; j < kept.weights.size(); ++j) {
    if (std::abs(kept.weights[j]) < 20000) kept.weights[j] = 0;
  }
  for (const auto& q : RandomQueries(table, 11)) {
    const std::vector<int32_t> expected = kept.NaiveSums(q);
    std::vector<int32_t> sums(pruned.padded_classes());
    pruned.Sum(q.data(), q.size(), sums.data());
    for (int c = 0; c < 37; ++c) ASSERT_EQ(sums[c], expected[c]);
  }
  EXPECT_LT(pruned.num_weights(), weights.num_weights());
}

TEST(FrozenWeightsLoadTest, ManyClassesKeepShortRowsSparse) {
  // 3,000 classes: a row of 100 is under 1/16 of them and stays a list
  // (a dense copy would be 30 times its size); one of 200 is dense.
  Table table;
  table.num_classes = 3000;
  table.scale = 0.5f;
  std::mt19937_64 rng(8);
  for (int len : {100, 200}) {
    table.keys.push_back(rng() | 1);
    for (int j = 0; j < len; ++j) {
      table.classes.push_back(static_cast<uint16_t>(j * 13 % 3000));
      table.weights.push_back(static_cast<int16_t>(j - 50));
    }
    table.row_end.push_back(static_cast<uint32_t>(table.classes.size()));
  }
  const FrozenWeights weights = Load(table.Bytes());
  EXPECT_EQ(weights.num_dense_rows(), 1u);
  const std::vector<uint64_t> q = {table.keys[0], table.keys[1]};
  const std::vector<int32_t> expected = table.NaiveSums(q);
  std::vector<int32_t> sums(weights.padded_classes());
  weights.Sum(q.data(), q.size(), sums.data());
  for (int c = 0; c < 3000; ++c) ASSERT_EQ(sums[c], expected[c]);
}

TEST(FrozenWeightsLoadTest, RefusesClassIdOutOfRange) {
  Table table = RandomTable(5, 1);
  table.classes[3] = 5;
  FrozenWeights weights;
  const std::string bytes = table.Bytes();
  ByteReader in(bytes, "test table");
  EXPECT_FALSE(weights.Deserialize(in).ok());
}

TEST(FrozenWeightsLoadTest, RepeatedClassInALongRowStillSumsBoth) {
  // Not something training writes, but a file may: the row stays sparse.
  Table table = RandomTable(20, 2);
  const size_t last_row_begin = table.row_end[table.row_end.size() - 2];
  table.classes[last_row_begin + 1] = table.classes[last_row_begin];
  FrozenWeights weights = Load(table.Bytes());
  weights.SetDenseMinEntries(1);
  const std::vector<uint64_t> q = {table.keys.back()};
  const std::vector<int32_t> expected = table.NaiveSums(q);
  std::vector<int32_t> sums(weights.padded_classes());
  weights.Sum(q.data(), q.size(), sums.data());
  for (int c = 0; c < 20; ++c) EXPECT_EQ(sums[c], expected[c]);
  // Every row but that one and the three of one class (under 1/16 of the
  // 32 padded classes).
  EXPECT_EQ(weights.num_dense_rows(), table.keys.size() - 1 - 3);
}

TEST(FrozenWeightsTrainTest, AveragedWeightsScoreTheirSerializedGrid) {
  // A trainer's table, with rows long enough to be dense.
  PerceptronTrainer trainer(21);
  std::mt19937 rng(4);
  std::vector<uint64_t> keys = {11, 12, 13, 14, 15};
  for (int step = 0; step < 400; ++step) {
    trainer.Update(keys.data(), keys.size(), static_cast<int>(rng() % 21),
                   static_cast<int>(rng() % 21));
    trainer.NextExample();
    keys[step % 5] = 11 + rng() % 40;
  }
  const FrozenWeights averaged = trainer.Average(0.0f);
  EXPECT_GT(averaged.num_dense_rows(), 0u);
  ByteWriter out;
  averaged.Serialize(out);
  const FrozenWeights loaded = Load(out.bytes());
  ByteWriter again;
  loaded.Serialize(again);
  EXPECT_EQ(again.bytes(), out.bytes());
  std::vector<uint64_t> q(40);
  std::iota(q.begin(), q.end(), 11);
  std::vector<int32_t> a(averaged.padded_classes()), b(a.size());
  averaged.Sum(q.data(), q.size(), a.data());
  loaded.Sum(q.data(), q.size(), b.data());
  EXPECT_EQ(a, b);
}


// The weight tables' large arrays sit on 2 MiB boundaries (so the kernel can
// back them with huge pages); small ones come from the ordinary heap. Both
// hold and release their elements like any vector.
TEST(HugePageAllocatorTest, LargeBlocksAreAlignedSmallOnesOrdinary) {
  std::vector<uint64_t, HugePageAllocator<uint64_t>> large(600000, 7);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large.data()) %
                HugePageAllocator<uint64_t>::kHugePage,
            0u);
  EXPECT_EQ(std::accumulate(large.begin(), large.end(), uint64_t{0}),
            uint64_t{4200000});
  std::vector<int16_t, HugePageAllocator<int16_t>> small(100, 3);
  small.resize(2000000, 1);  // grows past 2 MiB
  EXPECT_EQ(small[99], 3);
  EXPECT_EQ(small[1999999], 1);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small.data()) %
                HugePageAllocator<int16_t>::kHugePage,
            0u);
}

}  // namespace
}  // namespace dyad::internal
