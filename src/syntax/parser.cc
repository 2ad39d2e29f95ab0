// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Arc-hybrid transition parser (Kuhlmann, Gomez-Rodriguez and Satta 2011)
// with the dynamic oracle of Goldberg and Nivre (2013).
//
// Configuration: a stack, a buffer of the words not yet shifted followed by
// an artificial ROOT (index n), and the arcs built so far. Transitions:
//   SHIFT      move b0 onto the stack              (b0 is a word)
//   LEFT(l)    arc b0 -l-> s0, pop s0
//   RIGHT(l)   arc s1 -l-> s0, pop s0
// With ROOT at the end of the buffer, the root word is attached by LEFT(root)
// once the stack holds one word and the buffer only ROOT; LEFT(root) is
// allowed only then, which guarantees a single root. A sentence of n words
// takes 2n transitions.
//
// Scoring: ~70 hashed feature templates over the top three stack words, the
// first three buffer words and the leftmost/rightmost children of s0, s1, b0
// (words, XPOS tags, labels, distances, valencies; after Zhang and Nivre
// 2011) score all 1 + 2L labelled transitions in one pass over the features.
//
// Training: the dynamic oracle gives each transition's cost, the number of
// gold arcs it makes unreachable (arc-hybrid is arc-decomposable, so costs
// are counted directly). The perceptron updates towards the best-scoring
// zero-cost (least-cost for non-projective trees) transition whenever the
// predicted one costs more; after the first epoch, training mostly follows
// the model's own prediction so it learns to recover from its errors.
#include "syntax/parser.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "tag/hash.h"

namespace dyad::internal {
namespace {

constexpr size_t kMaxFeatures = 96;
constexpr uint64_t kNoWord = 0x3c7a2b9d11e4f805ULL;
constexpr uint64_t kRootWord = 0x6e1f0c8b5a3d2947ULL;
constexpr uint64_t kNoTag = 0xfffe;
constexpr uint64_t kRootTag = 0xfffd;
constexpr uint64_t kNoLabel = 1000;

// Transition classes: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l).
enum Move { kShift = 0, kLeft = 1, kRight = 2 };

struct State {
  int n = 0;
  std::vector<int> stack;
  int b = 0;  // buffer front; b == n is ROOT
  std::vector<int> head, label;
  // Leftmost / second leftmost and rightmost / second rightmost child, -1
  // when none; counts of left and right children. Sized n + 1 (ROOT).
  std::vector<int> left1, left2, right1, right2;
  std::vector<uint8_t> num_left, num_right;

  void Init(int size) {
    n = size;
    stack.clear();
    b = 0;
    head.assign(n + 1, -1);
    label.assign(n + 1, -1);
    left1.assign(n + 1, -1);
    left2.assign(n + 1, -1);
    right1.assign(n + 1, -1);
    right2.assign(n + 1, -1);
    num_left.assign(n + 1, 0);
    num_right.assign(n + 1, 0);
  }
  bool Terminal() const { return stack.empty() && b == n; }

  void AddArc(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) {
      if (left1[h] == -1 || d < left1[h]) {
        left2[h] = left1[h];
        left1[h] = d;
      } else if (left2[h] == -1 || d < left2[h]) {
        left2[h] = d;
      }
      if (num_left[h] < 255) ++num_left[h];
    } else {
      if (right1[h] == -1 || d > right1[h]) {
        right2[h] = right1[h];
        right1[h] = d;
      } else if (right2[h] == -1 || d > right2[h]) {
        right2[h] = d;
      }
      if (num_right[h] < 255) ++num_right[h];
    }
  }

  void Apply(Move move, int l) {
    switch (move) {
      case kShift:
        stack.push_back(b++);
        break;
      case kLeft:
        AddArc(b, stack.back(), l);
        stack.pop_back();
        break;
      case kRight:
        AddArc(stack[stack.size() - 2], stack.back(), l);
        stack.pop_back();
        break;
    }
  }
};

// Which moves are allowed (see the overview: LEFT to ROOT only from a
// one-word stack, and only with the root label).
struct Validity {
  bool shift, left, right;
  bool left_is_root;  // LEFT must use the root label (b0 is ROOT)
};

Validity Valid(const State& s) {
  Validity v{};
  v.shift = s.b < s.n;
  if (s.b == s.n) {
    v.left = s.stack.size() == 1;
    v.left_is_root = true;
  } else {
    v.left = !s.stack.empty();
  }
  v.right = s.stack.size() >= 2;
  return v;
}

uint64_t Distance(int a, int b) {
  int d = std::abs(a - b);
  if (d <= 5) return static_cast<uint64_t>(d);
  if (d <= 8) return 6;
  return d <= 15 ? 7 : 8;
}

// Feature templates. Numbering is part of the model format.
enum Template : uint32_t {
  kS0w = 1,
  kS0t,
  kS0wt,
  kS1w,
  kS1t,
  kS1wt,
  kB0w,
  kB0t,
  kB0wt,
  kB1w,
  kB1t,
  kB1wt,
  kB2w,
  kB2t,
  kS2t,
  kS2w,
  kS0wtB0wt,
  kS0wtB0w,
  kS0wB0wt,
  kS0wtB0t,
  kS0tB0wt,
  kS0wB0w,
  kS0tB0t,
  kB0tB1t,
  kS1wS0w,
  kS1tS0t,
  kS1wtS0t,
  kS1tS0wt,
  kS1wS0t,
  kS1tS0w,
  kB0tB1tB2t,
  kS0tB0tB1t,
  kS1tS0tB0t,
  kS2tS1tS0t,
  kS1tS0tB1t,
  kS0tS0LtB0t,
  kS0tS0RtB0t,
  kS0tB0tB0Lt,
  kS1tS1RtS0t,
  kS1tS0tS0Rt,
  kS1tS0tS0Lt,
  kS1tS1LtS0t,
  kS0wDist,
  kS0tDist,
  kB0wDist,
  kB0tDist,
  kS0tB0tDist,
  kS1tS0tDist,
  kS1wS0wDist,
  kS0wVl,
  kS0tVl,
  kS0wVr,
  kS0tVr,
  kB0wVl,
  kB0tVl,
  kS1wVr,
  kS1tVr,
  kS0Lw,
  kS0Lt,
  kS0Ll,
  kS0Rw,
  kS0Rt,
  kS0Rl,
  kS0L2t,
  kS0L2l,
  kS0R2t,
  kS0R2l,
  kB0Lw,
  kB0Lt,
  kB0Ll,
  kB0L2t,
  kB0L2l,
  kS1Lt,
  kS1Ll,
  kS1Rw,
  kS1Rt,
  kS1Rl,
  kS0tS0LtS0L2t,
  kS0tS0RtS0R2t,
  kB0tB0LtB0L2t,
  kS0tS0Ll,
  kS0tS0Rl,
  kB0tB0Ll,
  kS1tS1Rl,
  kB0wB1w,
  kB0wtB1t,
  kB0tB1wt,
};

// Extracts the features of configuration `s` into `keys`.
size_t Features(const State& s, const WordHashes* words, const TagClass* tags,
                uint64_t* keys) {
  const int n = s.n;
  auto w = [&](int i) -> uint64_t {
    if (i < 0) return kNoWord;
    return i == n ? kRootWord : words[i].lower;
  };
  auto t = [&](int i) -> uint64_t {
    if (i < 0) return kNoTag;
    // Joint tag: XPOS alone conflates e.g. prepositions and subordinating
    // conjunctions (both IN), which UPOS tells apart (ADP, SCONJ).
    return i == n ? kRootTag
                  : (static_cast<uint64_t>(tags[i].upos) << 8 |
                     static_cast<uint64_t>(tags[i].xpos));
  };
  auto l = [&](int i) -> uint64_t {
    return i < 0 ? kNoLabel : static_cast<uint64_t>(s.label[i]);
  };
  const size_t depth = s.stack.size();
  const int s0 = depth >= 1 ? s.stack[depth - 1] : -1;
  const int s1 = depth >= 2 ? s.stack[depth - 2] : -1;
  const int s2 = depth >= 3 ? s.stack[depth - 3] : -1;
  const int b0 = s.b;
  const int b1 = s.b + 1 < n ? s.b + 1 : -1;
  const int b2 = s.b + 2 < n ? s.b + 2 : -1;
  const int s0l = s0 >= 0 ? s.left1[s0] : -1;
  const int s0l2 = s0 >= 0 ? s.left2[s0] : -1;
  const int s0r = s0 >= 0 ? s.right1[s0] : -1;
  const int s0r2 = s0 >= 0 ? s.right2[s0] : -1;
  const int s1l = s1 >= 0 ? s.left1[s1] : -1;
  const int s1r = s1 >= 0 ? s.right1[s1] : -1;
  const int b0l = s.left1[b0];
  const int b0l2 = s.left2[b0];

  const uint64_t s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1);
  const uint64_t b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1);
  const uint64_t b2w = w(b2), b2t = t(b2), s2w = w(s2), s2t = t(s2);
  const uint64_t s0wt = s0w ^ (s0t * 0x9e3779b97f4a7c15ULL);
  const uint64_t s1wt = s1w ^ (s1t * 0x9e3779b97f4a7c15ULL);
  const uint64_t b0wt = b0w ^ (b0t * 0x9e3779b97f4a7c15ULL);
  const uint64_t b1wt = b1w ^ (b1t * 0x9e3779b97f4a7c15ULL);
  const uint64_t d01 = s0 >= 0 ? Distance(s0, b0) : 99;
  const uint64_t d10 = s1 >= 0 ? Distance(s1, s0) : 99;
  const uint64_t s0vl = s0 >= 0 ? s.num_left[s0] : 99;
  const uint64_t s0vr = s0 >= 0 ? s.num_right[s0] : 99;
  const uint64_t s1vr = s1 >= 0 ? s.num_right[s1] : 99;
  const uint64_t b0vl = s.num_left[b0];

  size_t k = 0;
  // Inlined: 87 calls per transition were 2-3% of the parse as calls.
  auto add = [&](uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0)
      __attribute__((always_inline)) {
    keys[k++] = FeatureKey(tmpl, a, b, c);
  };
  add(kS0w, s0w);
  add(kS0t, s0t);
  add(kS0wt, s0wt);
  add(kS1w, s1w);
  add(kS1t, s1t);
  add(kS1wt, s1wt);
  add(kB0w, b0w);
  add(kB0t, b0t);
  add(kB0wt, b0wt);
  add(kB1w, b1w);
  add(kB1t, b1t);
  add(kB1wt, b1wt);
  add(kB2w, b2w);
  add(kB2t, b2t);
  add(kS2t, s2t);
  add(kS2w, s2w);
  add(kS0wtB0wt, s0wt, b0wt);
  add(kS0wtB0w, s0wt, b0w);
  add(kS0wB0wt, s0w, b0wt);
  add(kS0wtB0t, s0wt, b0t);
  add(kS0tB0wt, s0t, b0wt);
  add(kS0wB0w, s0w, b0w);
  add(kS0tB0t, s0t, b0t);
  add(kB0tB1t, b0t, b1t);
  add(kS1wS0w, s1w, s0w);
  add(kS1tS0t, s1t, s0t);
  add(kS1wtS0t, s1wt, s0t);
  add(kS1tS0wt, s1t, s0wt);
  add(kS1wS0t, s1w, s0t);
  add(kS1tS0w, s1t, s0w);
  add(kB0tB1tB2t, b0t, b1t, b2t + 1);
  add(kS0tB0tB1t, s0t, b0t, b1t + 1);
  add(kS1tS0tB0t, s1t, s0t, b0t + 1);
  add(kS2tS1tS0t, s2t, s1t, s0t + 1);
  add(kS1tS0tB1t, s1t, s0t, b1t + 1);
  add(kS0tS0LtB0t, s0t, t(s0l), b0t + 1);
  add(kS0tS0RtB0t, s0t, t(s0r), b0t + 1);
  add(kS0tB0tB0Lt, s0t, b0t, t(b0l) + 1);
  add(kS1tS1RtS0t, s1t, t(s1r), s0t + 1);
  add(kS1tS0tS0Rt, s1t, s0t, t(s0r) + 1);
  add(kS1tS0tS0Lt, s1t, s0t, t(s0l) + 1);
  add(kS1tS1LtS0t, s1t, t(s1l), s0t + 1);
  add(kS0wDist, s0w, d01);
  add(kS0tDist, s0t, d01);
  add(kB0wDist, b0w, d01);
  add(kB0tDist, b0t, d01);
  add(kS0tB0tDist, s0t, b0t, d01 + 1);
  add(kS1tS0tDist, s1t, s0t, d10 + 1);
  add(kS1wS0wDist, s1w, s0w, d10 + 1);
  add(kS0wVl, s0w, s0vl);
  add(kS0tVl, s0t, s0vl);
  add(kS0wVr, s0w, s0vr);
  add(kS0tVr, s0t, s0vr);
  add(kB0wVl, b0w, b0vl);
  add(kB0tVl, b0t, b0vl);
  add(kS1wVr, s1w, s1vr);
  add(kS1tVr, s1t, s1vr);
  add(kS0Lw, w(s0l));
  add(kS0Lt, t(s0l));
  add(kS0Ll, l(s0l));
  add(kS0Rw, w(s0r));
  add(kS0Rt, t(s0r));
  add(kS0Rl, l(s0r));
  add(kS0L2t, t(s0l2));
  add(kS0L2l, l(s0l2));
  add(kS0R2t, t(s0r2));
  add(kS0R2l, l(s0r2));
  add(kB0Lw, w(b0l));
  add(kB0Lt, t(b0l));
  add(kB0Ll, l(b0l));
  add(kB0L2t, t(b0l2));
  add(kB0L2l, l(b0l2));
  add(kS1Lt, t(s1l));
  add(kS1Ll, l(s1l));
  add(kS1Rw, w(s1r));
  add(kS1Rt, t(s1r));
  add(kS1Rl, l(s1r));
  add(kS0tS0LtS0L2t, s0t, t(s0l), t(s0l2) + 1);
  add(kS0tS0RtS0R2t, s0t, t(s0r), t(s0r2) + 1);
  add(kB0tB0LtB0L2t, b0t, t(b0l), t(b0l2) + 1);
  add(kS0tS0Ll, s0t, l(s0l));
  add(kS0tS0Rl, s0t, l(s0r));
  add(kB0tB0Ll, b0t, l(b0l));
  add(kS1tS1Rl, s1t, l(s1r));
  add(kB0wB1w, b0w, b1w);
  add(kB0wtB1t, b0wt, b1t);
  add(kB0tB1wt, b0t, b1wt);
  return k;
}

// Best-scoring valid class; -1 when none is valid (terminal state). Ties go
// to the lowest class. Score is float (training) or int32 (exact sums of
// the frozen weights, see FrozenWeights::Sum).
template <typename Score>
int BestValid(const Validity& v, const Score* scores, int num_labels,
              int root_label) {
  int best = -1;
  Score best_score = 0;
  auto consider = [&](int cls) {
    if (best < 0 || scores[cls] > best_score) {
      best = cls;
      best_score = scores[cls];
    }
  };
  if (v.shift) consider(0);
  if (v.left) {
    if (v.left_is_root) {
      consider(1 + root_label);
    } else {
      for (int l = 0; l < num_labels; ++l) {
        if (l != root_label) consider(1 + l);
      }
    }
  }
  if (v.right) {
    for (int l = 0; l < num_labels; ++l) {
      if (l != root_label) consider(1 + num_labels + l);
    }
  }
  return best;
}

Move MoveOf(int cls, int num_labels, int* label) {
  if (cls == 0) {
    *label = -1;
    return kShift;
  }
  if (cls <= num_labels) {
    *label = cls - 1;
    return kLeft;
  }
  *label = cls - 1 - num_labels;
  return kRight;
}

// Dynamic-oracle costs of the three unlabelled moves (see the overview).
// gold_head uses n for ROOT.
void MoveCosts(const State& s, const std::vector<int>& gold_head,
               int costs[3]) {
  const int n = s.n;
  const int b = s.b;
  const size_t depth = s.stack.size();
  costs[kShift] = costs[kLeft] = costs[kRight] = 0;
  if (depth >= 1) {
    const int s0 = s.stack[depth - 1];
    const int s1 = depth >= 2 ? s.stack[depth - 2] : -1;
    int deps_in_buffer = 0;
    for (int d = b; d < n; ++d) deps_in_buffer += gold_head[d] == s0;
    const int h = gold_head[s0];
    costs[kLeft] = deps_in_buffer + (h != b && (h == s1 || h > b) ? 1 : 0);
    costs[kRight] = deps_in_buffer + (h != s1 && h >= b ? 1 : 0);
  }
  if (b < n) {
    int c = 0;
    for (size_t i = 0; i < depth; ++i) {
      const int x = s.stack[i];
      c += gold_head[x] == b;
      if (i + 1 < depth && gold_head[b] == x) ++c;  // head below s0
    }
    costs[kShift] = c;
  }
}

}  // namespace

void Parser::Parse(const WordHashes* words, const TagClass* tags, size_t n,
                   int* heads, Deprel* labels) const {
  thread_local State state;
  thread_local std::vector<int32_t> scores;
  uint64_t keys[kMaxFeatures];
  const int num_labels = static_cast<int>(labels_.size());
  scores.resize(weights_.padded_classes());
  state.Init(static_cast<int>(n));
  while (!state.Terminal()) {
    const Validity valid = Valid(state);
    int cls;
    if (valid.shift && !valid.left && !valid.right) {
      cls = 0;  // an empty stack: SHIFT is the only move, no need to score
    } else if (!valid.shift && valid.left_is_root && !valid.right) {
      cls = 1 + root_label_;  // the last word left: it is the root
    } else {
      size_t nk = Features(state, words, tags, keys);
      weights_.Sum(keys, nk, scores.data());
      cls = BestValid(valid, scores.data(), num_labels, root_label_);
    }
    int label;
    Move move = MoveOf(cls, num_labels, &label);
    state.Apply(move, label);
  }
  for (size_t i = 0; i < n; ++i) {
    const int h = state.head[i];
    heads[i] = (h == static_cast<int>(n) || h < 0) ? -1 : h;
    labels[i] = state.label[i] >= 0 ? labels_[state.label[i]] : Deprel::kDep;
  }
}

Parser Parser::Train(const std::vector<ParserSentence>& sentences,
                     const ParserOptions& options) {
  Parser parser;
  // Label table: every relation seen, in enum order, root included.
  std::map<Deprel, int> seen;
  for (const ParserSentence& s : sentences) {
    for (Deprel l : s.labels) seen[l] = 0;
  }
  seen[Deprel::kRoot] = 0;
  for (auto& [label, index] : seen) {
    index = static_cast<int>(parser.labels_.size());
    parser.labels_.push_back(label);
  }
  parser.root_label_ = seen[Deprel::kRoot];
  const int num_labels = static_cast<int>(parser.labels_.size());
  const int num_classes = 1 + 2 * num_labels;

  // Precomputed word hashes and gold trees (ROOT = n).
  std::vector<std::vector<WordHashes>> hashes(sentences.size());
  std::vector<std::vector<int>> gold_heads(sentences.size());
  std::vector<std::vector<int>> gold_labels(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    const ParserSentence& sent = sentences[s];
    const int n = static_cast<int>(sent.forms.size());
    for (int i = 0; i < n; ++i) {
      WordHashes h;
      ComputeWordHashes(sent.forms[i], i == 0, h);
      hashes[s].push_back(h);
      gold_heads[s].push_back(sent.heads[i] < 0 ? n : sent.heads[i]);
      gold_labels[s].push_back(seen[sent.labels[i]]);
    }
  }

  PerceptronTrainer trainer(num_classes);
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  uint64_t keys[kMaxFeatures];
  std::vector<float> scores(num_classes);
  State state;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct_heads = 0, words = 0, errors = 0, moves = 0;
    for (size_t s : order) {
      const int n = static_cast<int>(hashes[s].size());
      if (n == 0) continue;
      const std::vector<int>& gold_head = gold_heads[s];
      const std::vector<int>& gold_label = gold_labels[s];
      state.Init(n);
      while (!state.Terminal()) {
        size_t nk =
            Features(state, hashes[s].data(), sentences[s].tags.data(), keys);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(keys, nk, scores.data());
        const Validity v = Valid(state);
        const int guess =
            BestValid(v, scores.data(), num_labels, parser.root_label_);
        int move_costs[3];
        MoveCosts(state, gold_head, move_costs);
        // Labelled cost: a right head with a wrong label costs one more.
        auto cost_of = [&](int cls) {
          int label;
          Move move = MoveOf(cls, num_labels, &label);
          int c = move_costs[move];
          if (move != kShift && !state.stack.empty()) {
            const int s0 = state.stack.back();
            const int head =
                move == kLeft ? state.b : state.stack[state.stack.size() - 2];
            if (gold_head[s0] == head && gold_label[s0] != label) ++c;
          }
          return c;
        };
        // Best-scoring class among the cheapest valid ones.
        int best_gold = -1, min_cost = 1 << 30;
        float best_gold_score = 0;
        for (int cls = 0; cls < num_classes; ++cls) {
          int label;
          Move move = MoveOf(cls, num_labels, &label);
          bool ok =
              move == kShift ? v.shift
              : move == kLeft
                  ? v.left && ((label == parser.root_label_) == v.left_is_root)
                  : v.right && label != parser.root_label_;
          if (!ok) continue;
          int c = cost_of(cls);
          if (c < min_cost ||
              (c == min_cost && scores[cls] > best_gold_score)) {
            min_cost = c;
            best_gold = cls;
            best_gold_score = scores[cls];
          }
        }
        ++moves;
        if (cost_of(guess) > min_cost) {
          ++errors;
          trainer.Update(keys, nk, best_gold, guess);
        }
        trainer.NextExample();
        const bool explore = epoch >= options.explore_from_epoch &&
                             coin(rng) < options.explore_probability;
        int label;
        Move move = MoveOf(explore ? guess : best_gold, num_labels, &label);
        state.Apply(move, label);
      }
      for (int i = 0; i < n; ++i)
        correct_heads += state.head[i] == gold_head[i];
      words += n;
    }
    if (options.log) {
      options.log(
          "parser epoch " + std::to_string(epoch + 1) + ": train UAS " +
          std::to_string(100.0 * correct_heads / std::max<size_t>(words, 1)) +
          ", wrong moves " +
          std::to_string(100.0 * errors / std::max<size_t>(moves, 1)) + "%");
    }
  }
  parser.weights_ = trainer.Average(options.prune);
  return parser;
}

void Parser::Serialize(ByteWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (Deprel l : labels_) out.PutString(DeprelName(l));
  out.Put<uint32_t>(static_cast<uint32_t>(root_label_));
  weights_.Serialize(out);
}

Status Parser::Deserialize(ByteReader& in) {
  uint32_t n = 0;
  DYAD_RETURN_IF_ERROR(in.Get(n));
  if (n == 0 || n > 1000) return DataLossError("parser: bad label count");
  labels_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    std::string name;
    DYAD_RETURN_IF_ERROR(in.GetString(name));
    Deprel l = DeprelFromName(name);
    // A relation this build does not know is kept as the generic "dep".
    labels_.push_back(l == Deprel::kUnset ? Deprel::kDep : l);
  }
  uint32_t root = 0;
  DYAD_RETURN_IF_ERROR(in.Get(root));
  if (root >= n) return DataLossError("parser: bad root label");
  root_label_ = static_cast<int>(root);
  DYAD_RETURN_IF_ERROR(weights_.Deserialize(in));
  if (weights_.num_classes() != static_cast<int>(1 + 2 * n)) {
    return DataLossError("parser: weight table class count disagrees");
  }
  return Status::Ok();
}

}  // namespace dyad::internal
