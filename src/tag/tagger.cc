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
#include <string_view>
#include <vector>

#include "tag/hash.h"

namespace dyad::internal {
namespace {

// What may follow a transitive headline verb: "summons Iran's ambassador",
// "kills 14 people", "launches a raid".
// In the units of the tagger's summed weights: how far below the chosen
// class a base form's present-tense score may be for it to be the verb of
// two conjoined names (measured on WCEP headlines: "exchange", "reach",
// "start" within 16; "police" 33 and "open" 31 below).
constexpr float kConjoinedPresentMargin = -20.0f;
// How far below the chosen class the base-verb score of the word after a
// mandative clause's subject may be ("cancel", "abandon", "end" after
// "demanded that X ...").
constexpr float kSubjunctiveMargin = -40.0f;

bool StartsObject(Upos upos) {
  return upos == Upos::kDet || upos == Upos::kPropn || upos == Upos::kNum ||
         upos == Upos::kPron || upos == Upos::kNoun || upos == Upos::kAdj;
}

bool IsClosedClass(Upos upos) {
  switch (upos) {
    case Upos::kDet:
    case Upos::kAux:
    case Upos::kPron:
    case Upos::kAdp:
    case Upos::kCconj:
    case Upos::kSconj:
    case Upos::kPart:
      return true;
    default:
      return false;
  }
}

// English function words: the closed classes a capitalised word may take.
constexpr std::string_view kFunctionWords[] = {
    "a",        "an",        "the",        "this",       "that",
    "these",    "those",     "some",       "any",        "no",
    "every",    "each",      "either",     "neither",    "all",
    "both",     "another",   "such",       "what",       "which",
    "whatever", "whichever", "whose",      "much",       "many",
    "few",      "several",   "more",       "most",       "less",
    "least",    "enough",    "half",       "i",          "me",
    "my",       "mine",      "myself",     "you",        "your",
    "yours",    "yourself",  "yourselves", "he",         "him",
    "his",      "himself",   "she",        "her",        "hers",
    "herself",  "it",        "its",        "itself",     "we",
    "us",       "our",       "ours",       "ourselves",  "they",
    "them",     "their",     "theirs",     "themselves", "who",
    "whom",     "one",       "ones",       "oneself",    "someone",
    "somebody", "something", "anyone",     "anybody",    "anything",
    "everyone", "everybody", "everything", "nobody",     "nothing",
    "none",     "whoever",   "whomever",   "y'all",      "u",
    "be",       "am",        "is",         "are",        "was",
    "were",     "been",      "being",      "have",       "has",
    "had",      "having",    "do",         "does",       "did",
    "done",     "doing",     "will",       "would",      "shall",
    "should",   "can",       "could",      "may",        "might",
    "must",     "ought",     "need",       "dare",       "wo",
    "ca",       "'s",        "'re",        "'m",         "'ve",
    "'d",       "'ll",       "got",        "get",        "gets",
    "getting",  "about",     "above",      "across",     "after",
    "against",  "along",     "amid",       "amidst",     "among",
    "amongst",  "around",    "as",         "at",         "before",
    "behind",   "below",     "beneath",    "beside",     "besides",
    "between",  "beyond",    "by",         "despite",    "down",
    "during",   "except",    "for",        "from",       "in",
    "inside",   "into",      "like",       "near",       "of",
    "off",      "on",        "onto",       "out",        "outside",
    "over",     "past",      "per",        "plus",       "since",
    "than",     "through",   "throughout", "till",       "to",
    "toward",   "towards",   "under",      "underneath", "unlike",
    "until",    "up",        "upon",       "via",        "with",
    "within",   "without",   "re",         "vs",         "versus",
    "and",      "or",        "but",        "nor",        "yet",
    "so",       "because",   "although",   "though",     "if",
    "unless",   "whether",   "while",      "whereas",    "once",
    "when",     "where",     "how",        "why",        "then",
    "not",      "n't",       "there",      "here",       "lest",
    "now",      "ago",       "otherwise",  "instead",    "rather",
    "please",   "'",         "s"};

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
  if (n == 0) return;  // the sentence-level rules below read words[n - 1]
  uint64_t keys[kMaxFeatures];
  // Exact sums of the weights (FrozenWeights::Sum); a class's score is its
  // sum times the table's scale.
  int32_t sums[kMaxClasses + FrozenWeights::kClassBlock];
  const int num_classes = static_cast<int>(classes_.size());
  const float scale = weights_.scale();
  auto score = [&](int c) { return static_cast<float>(sums[c]) * scale; };
  // "kills at least two Palestinians", "kill more than 30": word i opens
  // the count of an object.
  auto opens_count = [&](size_t i) {
    if (i >= n) return false;
    if (count_openers_.count(words[i].lower) > 0) return true;
    return i + 1 < n && count_pairs_first_.count(words[i].lower) > 0 &&
           count_pairs_second_.count(words[i + 1].lower) > 0;
  };
  // Whether what follows word c is what a headline verb takes. A
  // participle before a noun starts an object too ("sentences deposed
  // president ...").
  auto takes = [&](size_t c) {
    return StartsObject(out[c + 1].upos) ||
           particles_.count(words[c + 1].lower) > 0 || opens_count(c + 1) ||
           (out[c + 1].xpos == Xpos::kVBN && c + 2 < n &&
            StartsObject(out[c + 2].upos));
  };
  // Whether the plural present found (below) is before what a verb takes:
  // an object, a preposition, a particle, or "to" and a base form ("police
  // attempt to breach ...").
  size_t plural_present = n;
  auto plural_present_takes = [&] {
    const size_t p = plural_present;
    return p + 1 < n &&
           (StartsObject(out[p + 1].upos) || out[p + 1].upos == Upos::kAdp ||
            particles_.count(words[p + 1].lower) > 0 ||
            (out[p + 1].xpos == Xpos::kTO && p + 2 < n &&
             out[p + 2].xpos == Xpos::kVB));
  };
  int prev1 = -1, prev2 = -1;
  thread_local std::vector<int> chosen;
  chosen.assign(n, 0);
  // Index of the token the verb rule below forces to VBZ, or n.
  size_t forced = n;
  // Best margin of VBZ over the chosen class among plural nouns.
  float verb_margin = -1e30f;
  size_t verb_candidate = n;
  int candidate_class = -1;
  // Every candidate, in text order, for when the likeliest is not before
  // what a verb takes.
  struct VerbCandidate {
    size_t index;
    int verb_class;
  };
  thread_local std::vector<VerbCandidate> candidates;
  candidates.clear();
  bool has_verb = false;
  // The "that" of a mandative clause ("demanded that ..."), or n.
  size_t mandative_that = n;
  // A base form after a plural noun ("Nigerian Army troops kill five ..."):
  // the parser takes it for the verb, so no other word is forced.
  bool plural_base = false;
  bool saw_vbz = false;
  thread_local std::vector<size_t> coordinated;
  coordinated.clear();
  for (size_t i = 0; i < n; ++i) {
    int best = 0;
    auto it = dictionary_.find(words[i].form);
    const bool scored = it == dictionary_.end();
    if (!scored) {
      best = it->second;
    } else {
      size_t nk = Features(words, n, i, prev1, prev2, keys);
      weights_.Sum(keys, nk, sums);
      best = BestClass(words[i], sums, num_classes);
      // Candidates: a plural noun that may be a VBZ ("summons"), or a past
      // participle that may be the past tense ("troops attacked Ukrainian
      // positions" read as "troops [that were] attacked").
      const Xpos xpos = classes_[best].xpos;
      const int verb_class = xpos == Xpos::kNNS   ? vbz_class_
                             : xpos == Xpos::kVBN ? vbd_class_
                                                  : -1;
      // Not a capitalised word ("The Sudanese Armed Forces recapture ..."):
      // a name, whose verb follows it.
      // Nor a counted plural ("145 people report ..."; but "An Israeli
      // F-35 shoots down ...").
      const bool counted = xpos == Xpos::kNNS && i > 0 &&
                           out[i - 1].upos == Upos::kNum &&
                           !(i >= 2 && out[i - 2].xpos == Xpos::kHYPH);
      if (verb_class >= 0 && i > 0 && i + 1 < n &&
          !(words[i].flags & kInitialUpper) && out[i - 1].upos != Upos::kDet &&
          out[i - 1].upos != Upos::kAdp && !counted) {
        const float margin = score(verb_class) - score(best);
        candidates.push_back(VerbCandidate{i, verb_class});
        if (margin > verb_margin) {
          verb_margin = margin;
          verb_candidate = i;
          candidate_class = verb_class;
        }
      }
    }
    // "his planned visit", "the expected talks": a past form right after a
    // possessive or an article is a participle describing the noun, never
    // the finite verb (which would also hide a headline's real verb).
    // So is one right after a form of "be" or "get" ("were killed").
    if (classes_[best].xpos == Xpos::kVBD && vbn_class_ >= 0 && i > 0 &&
        (out[i - 1].xpos == Xpos::kPRPS || out[i - 1].xpos == Xpos::kPOS ||
         articles_.count(words[i - 1].lower) > 0 ||
         passive_auxiliaries_.count(words[i - 1].lower) > 0)) {
      best = vbn_class_;
    }
    // "China demanded that the US cancel plans ...", "... are demanding that
    // President Mugabe abandon his policy": the subjunctive verb of a
    // mandative that-clause, right after its subject's last noun or name,
    // which the model reads as a noun or preposition unless it is far
    // likelier one.
    if (mandative_that < n && i > mandative_that + 1 && scored &&
        vb_class_ >= 0 && !(words[i].flags & kInitialUpper)) {
      const Upos u = classes_[best].upos;
      if (u == Upos::kVerb || u == Upos::kAux) {
        mandative_that = n;
      } else if ((out[i - 1].upos == Upos::kNoun ||
                  out[i - 1].upos == Upos::kPropn) &&
                 (u == Upos::kNoun || u == Upos::kAdj || u == Upos::kAdp ||
                  u == Upos::kAdv) &&
                 score(vb_class_) - score(best) > kSubjunctiveMargin) {
        best = vb_class_;
        mandative_that = n;
      }
    }
    if (words[i].lower == that_hash_ && i >= 1) {
      for (size_t k = i; k > 0 && k + 4 > i; --k) {
        if (mandative_forms_.count(words[k - 1].lower) > 0) {
          mandative_that = i;
          break;
        }
      }
    }
    // "France and Germany will both intervene": a floating quantifier is
    // never a verb (decided here, so that the verb after it is scored
    // after an adverb).
    if (classes_[best].upos == Upos::kVerb && rb_class_ >= 0 &&
        quantifiers_.count(words[i].lower) > 0) {
      best = rb_class_;
    }
    // Nor is a compass adjective ("deploys troops to southern Lebanon").
    if (classes_[best].upos == Upos::kVerb && jj_class_ >= 0 &&
        compass_adjectives_.count(words[i].lower) > 0) {
      best = jj_class_;
    }
    out[i] = classes_[best];
    chosen[i] = best;
    // "France provides aid to Benin and shares intelligence with Nigeria":
    // a plural noun right after "and"/"but" in a sentence whose verb is a
    // VBZ may be its coordinated verb (decided below, once the next word's
    // class is known).
    if (out[i].xpos == Xpos::kNNS && saw_vbz && i >= 2 && i + 2 < n &&
        out[i - 1].upos == Upos::kCconj && vbz_class_ >= 0) {
      coordinated.push_back(i);
    }
    saw_vbz =
        saw_vbz || (out[i].upos == Upos::kVerb && out[i].xpos == Xpos::kVBZ);
    plural_base =
        plural_base ||
        (out[i].xpos == Xpos::kVB && i > 0 &&
         (out[i - 1].xpos == Xpos::kNNS || out[i - 1].xpos == Xpos::kNNPS));
    // "Boko Haram militants kill 25 workers", "Thousands of people protest
    // in Tbilisi": a base form read as an adverb, noun or adjective right
    // after a plural noun, before any finite verb, is the plural present
    // (decided below, once the next word's class is known).
    // (Also with an adverb between: "Polish leaders also announce ...".)
    auto plural_before = [&](size_t k) {
      return out[k - 1].xpos == Xpos::kNNS || out[k - 1].xpos == Xpos::kNNPS;
    };
    // So is one after two names joined by "and" ("Russia and Ukraine
    // exchange prisoners", "Japan and South Korea sign ..."), when the model
    // does not find it far likelier a noun than a verb ("Cambodian and South
    // Korean police arrest ...").
    auto conjoined_names = [&] {
      size_t k = i;
      while (k > 0 && out[k - 1].xpos == Xpos::kNNP) --k;
      return k < i && k >= 2 && out[k - 1].upos == Upos::kCconj &&
             words[k - 1].lower == and_hash_ &&
             (out[k - 2].xpos == Xpos::kNNP || out[k - 2].xpos == Xpos::kNNPS);
    };
    if (!has_verb && !(words[i].flags & kInitialUpper) && i >= 2 && i + 2 < n &&
        vbp_class_ >= 0 && plural_present == n &&
        particles_.count(words[i].lower) == 0 &&
        sentence_adverbs_.count(words[i].lower) == 0 &&
        (out[i].xpos == Xpos::kRB || out[i].xpos == Xpos::kNN ||
         out[i].xpos == Xpos::kJJ) &&
        (plural_before(i) ||
         (i >= 3 && sentence_adverbs_.count(words[i - 1].lower) > 0 &&
          plural_before(i - 1)) ||
         (conjoined_names() &&
          score(vbp_class_) - score(best) > kConjoinedPresentMargin))) {
      plural_present = i;
    }
    // Only a finite verb counts: "spying" in "... arrests two people on
    // suspicion of spying" leaves the headline verbless.
    has_verb = has_verb || out[i].xpos == Xpos::kVBZ ||
               out[i].xpos == Xpos::kVBP || out[i].xpos == Xpos::kVBD ||
               out[i].xpos == Xpos::kMD;
    prev2 = prev1;
    prev1 = best;
    // A news sentence has a finite verb. Headlines in the present tense
    // ("Thailand summons Iran's ambassador", "A court sentences ...") lose
    // it to the plural-noun reading, past tenses to the participle: when
    // the whole sentence came out without a finite verb, the candidate
    // likeliest a VBZ or VBD is made one and the words after it are tagged
    // again.
    // A plural present found earlier ("troops kill more than 300
    // suspected ...") is the verb; nothing is forced then.
    const bool force = i + 1 == n && !has_verb && forced == n &&
                       verb_candidate < n && n >= 4 &&
                       words[n - 1].form == period_hash_;
    bool fallback = false;
    // (A plural present found counts only before what a verb takes:
    // "Foreign bankers abruptly cut off credit lines" has "abruptly".)
    const bool present_verb = plural_present_takes();
    if (force && !takes(verb_candidate) && !present_verb && !plural_base) {
      // The likeliest is not before what a verb takes ("A stampede
      // kills at least 12 people, among them four children, and injures
      // ..." has "people" before the comma): the first of those that are,
      // as a headline's verb follows its subject ("A court in X sentences
      // deposed president Y": not "deposed"). Not one before a preposition
      // ("Trade ministers from Chile ... meet in Lima"), and not when a
      // base form follows a plural noun ("Nigerian Army troops kill ...").
      const VerbCandidate* pick = nullptr;
      for (const VerbCandidate& c : candidates) {
        if (takes(c.index)) {
          pick = &c;
          break;
        }
      }
      if (pick != nullptr) {
        verb_candidate = pick->index;
        candidate_class = pick->verb_class;
        fallback = true;
      }
    }
    if (fallback ||
        (force && (!present_verb || plural_present > verb_candidate) &&
         takes(verb_candidate))) {
      forced = verb_candidate;
      out[forced] = classes_[candidate_class];
      prev1 = candidate_class;
      prev2 = chosen[forced - 1];
      i = forced;
      has_verb = true;
      // The words after the verb are tagged again: candidates among them
      // are decided again.
      plural_present = n;
      while (!coordinated.empty() && coordinated.back() > forced) {
        coordinated.pop_back();
      }
    }
  }
  if (words[n - 1].form == period_hash_ && plural_present_takes()) {
    out[plural_present] = classes_[vbp_class_];
  }
  // "Crude oil prices rallied today, ..., analysts said.": a report whose
  // only finite verbs are its attribution after the last comma lost its
  // past tense to the participle. The first participle before that comma
  // that follows the words of a subject and comes before an object, a
  // particle or a preposition is the past tense.
  if (forced == n && vbd_class_ >= 0 && n >= 6 &&
      words[n - 1].form == period_hash_) {
    size_t comma = n;
    for (size_t i = n - 1; i > 0 && comma == n; --i) {
      if (words[i - 1].form == comma_hash_) comma = i - 1;
    }
    // The attribution: its subject's words after the comma, then the
    // finite verb ("..., the government said in a statement.").
    bool before = false, attribution = false;
    for (size_t i = 0; i < n; ++i) {
      const Xpos x = out[i].xpos;
      const bool finite = x == Xpos::kVBZ || x == Xpos::kVBP ||
                          x == Xpos::kVBD || x == Xpos::kMD;
      // A base form before the comma is a verb of the report too ("Tariffs
      // imposed on ... add insult to injury, they say").
      if (i < comma &&
          (finite || (x == Xpos::kVB && i > 0 && out[i - 1].xpos != Xpos::kTO &&
                      out[i - 1].upos != Upos::kAux))) {
        before = true;
      }
      if (i > comma + 1 && finite && !attribution) {
        const Upos prev = out[i - 1].upos;
        attribution =
            prev == Upos::kNoun || prev == Upos::kPropn || prev == Upos::kPron;
        if (!attribution) break;
      }
    }
    if (comma != n && comma >= 3 && n - comma <= 12 && attribution && !before &&
        out[comma + 1].upos != Upos::kAdp &&
        out[comma + 1].upos != Upos::kAux &&
        out[comma + 1].upos != Upos::kVerb) {
      for (const VerbCandidate& c : candidates) {
        const Upos prev = out[c.index - 1].upos;
        if (c.index >= comma || c.verb_class != vbd_class_ ||
            out[c.index].xpos != Xpos::kVBN ||
            (prev != Upos::kNoun && prev != Upos::kPropn &&
             prev != Upos::kPron && prev != Upos::kAdv)) {
          continue;
        }
        if (takes(c.index) || out[c.index + 1].upos == Upos::kAdp) {
          out[c.index] = classes_[vbd_class_];
          break;
        }
      }
    }
  }
  // "said that airstrikes hit ISIS targets": a VBZ right before another
  // finite verb, after a subordinator, determiner or the start, is the
  // plural noun subject of that verb.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (out[i].xpos != Xpos::kVBZ || nns_class_ < 0 ||
        (words[i].flags & kInitialUpper)) {
      continue;
    }
    const Xpos next = out[i + 1].xpos;
    if (next != Xpos::kVBD && next != Xpos::kVBP && next != Xpos::kVBZ) {
      continue;
    }
    if (i == 0 || out[i - 1].upos == Upos::kSconj ||
        out[i - 1].upos == Upos::kDet || out[i - 1].upos == Upos::kAdj) {
      out[i] = classes_[nns_class_];
    }
  }
  // "Israeli forces kill six Palestinians": a VBZ right after the sentence's
  // opening adjective is the plural subject, and the base form read as a
  // noun after it, before its object's number or determiner, is the verb.
  if (n >= 4 && vbp_class_ >= 0 && nns_class_ >= 0 &&
      out[0].upos == Upos::kAdj && out[1].xpos == Xpos::kVBZ &&
      !(words[1].flags & kInitialUpper) && out[2].xpos == Xpos::kNN &&
      (out[3].upos == Upos::kNum || out[3].upos == Upos::kDet)) {
    out[1] = classes_[nns_class_];
    out[2] = classes_[vbp_class_];
  }
  // "Donald Trump announces all trade negotiations ... are terminated": the
  // first finite verb of a headline read as a plural noun between the name
  // that does it and the determiner, pronoun or number of its object.
  for (size_t i = 1; i + 1 < n && vbz_class_ >= 0; ++i) {
    const Xpos x = out[i].xpos;
    if (x == Xpos::kVBZ || x == Xpos::kVBP || x == Xpos::kVBD ||
        x == Xpos::kMD) {
      break;
    }
    const Upos next = out[i + 1].upos;
    const Upos before = out[i - 1].upos;
    // A complementizer "that", not a relative one ("the talks that began").
    const bool that_clause = words[i + 1].lower == that_hash_ && i + 2 < n &&
                             out[i + 2].upos != Upos::kVerb &&
                             out[i + 2].upos != Upos::kAux;
    // "The Russian army announces that it ...", "The Saudi-led
    // coalition in Yemen launches airstrikes": after a common noun or
    // adjective too, before "that" or the object's first word.
    const bool after_subject =
        before == Upos::kPropn ||
        ((before == Upos::kNoun || before == Upos::kAdj) &&
         out[i - 1].xpos != Xpos::kNNS &&
         (that_clause ||
          (i + 2 < n && next == Upos::kNoun && out[i + 1].xpos == Xpos::kNNS &&
           out[i + 2].upos == Upos::kAdp)));
    if (x == Xpos::kNNS && after_subject && !(words[i].flags & kInitialUpper) &&
        (next == Upos::kDet || next == Upos::kPron || next == Upos::kNum ||
         that_clause || opens_count(i + 1) ||
         (before != Upos::kPropn && next == Upos::kNoun))) {
      out[i] = classes_[vbz_class_];
      break;
    }
  }
  // "A Russian drone hits and damages a substation": the plural noun the
  // forced verb is coordinated with is a verb too.
  if (forced < n && forced >= 3 && out[forced - 1].upos == Upos::kCconj &&
      out[forced].xpos == Xpos::kVBZ && out[forced - 2].xpos == Xpos::kNNS &&
      (out[forced - 3].upos == Upos::kNoun ||
       out[forced - 3].upos == Upos::kPropn)) {
    for (const VerbCandidate& c : candidates) {
      if (c.index == forced - 2 && c.verb_class == vbz_class_) {
        out[forced - 2] = classes_[vbz_class_];
      }
    }
  }
  for (size_t i : coordinated) {
    if (out[i].xpos == Xpos::kNNS && StartsObject(out[i + 1].upos) &&
        out[i + 1].xpos != Xpos::kNNS) {
      out[i] = classes_[vbz_class_];
    }
  }
  // "halted its debt payments after creditor banks suddenly cut off its
  // credit lines", "cancelled a trip after a state of emergency was declared":
  // "after", "before", "since" or "until" followed by a noun phrase and a
  // finite verb (or auxiliary) opens a clause, and a participle there with
  // no auxiliary before it is the clause's past tense.
  if (sconj_class_ >= 0 && vbd_class_ >= 0) {
    for (size_t i = 0; i + 2 < n; ++i) {
      if (out[i].upos != Upos::kAdp ||
          clause_openers_.count(words[i].lower) == 0) {
        continue;
      }
      size_t j = i + 1;
      bool noun = false;
      while (
          j < n &&
          (out[j].upos == Upos::kDet || out[j].upos == Upos::kAdj ||
           out[j].upos == Upos::kNoun || out[j].upos == Upos::kPropn ||
           out[j].upos == Upos::kNum || out[j].xpos == Xpos::kPRPS ||
           out[j].xpos == Xpos::kPOS ||
           (out[j].upos == Upos::kPron && out[j].xpos == Xpos::kPRP) ||
           // "a state of emergency was declared"
           (noun && out[j].upos == Upos::kAdp && words[j].lower == of_hash_))) {
        noun = noun || out[j].upos == Upos::kNoun ||
               out[j].upos == Upos::kPropn || out[j].upos == Upos::kPron;
        ++j;
      }
      while (j < n && out[j].upos == Upos::kAdv) ++j;
      if (!noun || j >= n || j == i + 1) continue;
      const Xpos x = out[j].xpos;
      const bool finite = x == Xpos::kVBD || x == Xpos::kVBZ ||
                          x == Xpos::kVBP || out[j].upos == Upos::kAux;
      const bool participle = x == Xpos::kVBN && j + 1 < n &&
                              (StartsObject(out[j + 1].upos) ||
                               particles_.count(words[j + 1].lower) > 0);
      if (!finite && !participle) continue;
      out[i] = classes_[sconj_class_];
      if (participle) out[j] = classes_[vbd_class_];
    }
  }
  // "withdraw its troops from neighboring Lebanon", "an embargo on Myanmar
  // and neighbouring Laos": after a preposition, a conjunction or a
  // determiner and before a name, "neighboring" describes the place.
  if (jj_class_ >= 0) {
    for (size_t i = 1; i + 1 < n; ++i) {
      const Upos before = out[i - 1].upos;
      if (out[i].upos == Upos::kVerb &&
          (before == Upos::kAdp || before == Upos::kSconj ||
           before == Upos::kCconj || before == Upos::kDet) &&
          out[i + 1].upos == Upos::kPropn &&
          neighbouring_.count(words[i].lower) > 0) {
        out[i] = classes_[jj_class_];
        if (in_class_ >= 0 &&
            (before == Upos::kAdp || before == Upos::kSconj)) {
          out[i - 1] = classes_[in_class_];
        }
      }
    }
  }
  // "granted asylum to five Panamanian officers": a number word is never a
  // verb, and the "to" before a number, determiner, name or pronoun is a
  // preposition, not the infinitive marker.
  if (cd_class_ < 0 || in_class_ < 0) return;
  for (size_t i = 0; i < n; ++i) {
    if (out[i].upos == Upos::kVerb && number_words_.count(words[i].lower) > 0) {
      out[i] = classes_[cd_class_];
    }

    // "amid tensions", "via Egypt": prepositions and nothing else.
    if (prepositions_.count(words[i].lower) > 0) out[i] = classes_[in_class_];
  }
  for (size_t i = 0; i + 1 < n; ++i) {
    const Upos next = out[i + 1].upos;
    // Also before an adjective and its noun ("to southern Lebanon").
    if (out[i].xpos == Xpos::kTO &&
        (next == Upos::kNum || next == Upos::kDet || next == Upos::kPropn ||
         next == Upos::kPron ||
         (next == Upos::kAdj && i + 2 < n &&
          (out[i + 2].upos == Upos::kPropn ||
           out[i + 2].upos == Upos::kNoun)))) {
      out[i] = classes_[in_class_];
    }
  }
}

// The best class for a word from its scores. A capitalised word the tagger
// puts in a closed class (determiner, auxiliary, pronoun, adposition,
// conjunction, particle) that is no function word ("Beijing" as AUX,
// "Thatcher" as DET) takes its best open class instead.
int Tagger::BestClass(const WordHashes& word, const int32_t* sums,
                      int num_classes) const {
  // The first class with the largest sum: the maximum first (a reduction
  // the compiler vectorizes), then where it is.
  int32_t max = sums[0];
  for (int c = 1; c < num_classes; ++c) max = sums[c] > max ? sums[c] : max;
  int best = 0;
  while (sums[best] != max) ++best;
  // "Iran's refusal to negotiate": a noun of an act in -al is no adjective
  // ("national", "political"), however its suffix reads.
  if (classes_[best].upos == Upos::kAdj && nn_class_ >= 0 &&
      act_nouns_.count(word.lower) > 0) {
    return nn_class_;
  }
  // "United Arab Emirates (UAE) warplanes carried out ...": nor is any
  // word read as an auxiliary that is none.
  const bool wrong_auxiliary = classes_[best].upos == Upos::kAux &&
                               function_words_.count(word.lower) == 0 &&
                               auxiliary_variants_.count(word.lower) == 0;
  if (!wrong_auxiliary &&
      (!(word.flags & kInitialUpper) || !IsClosedClass(classes_[best].upos) ||
       function_words_.count(word.lower) > 0)) {
    return best;
  }
  int open = -1;
  for (int c = 0; c < num_classes; ++c) {
    if (IsClosedClass(classes_[c].upos)) continue;
    if (open < 0 || sums[c] > sums[open]) open = c;
  }
  return open >= 0 ? open : best;
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
  tagger.InitRules();
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
  InitRules();
  return Status::Ok();
}

void Tagger::InitRules() {
  // The class of (upos, xpos), or -1 when the model has none.
  auto class_of = [&](Upos upos, Xpos xpos) {
    for (size_t c = 0; c < classes_.size(); ++c) {
      if (classes_[c].upos == upos && classes_[c].xpos == xpos) {
        return static_cast<int>(c);
      }
    }
    return -1;
  };
  vbz_class_ = class_of(Upos::kVerb, Xpos::kVBZ);
  vbd_class_ = class_of(Upos::kVerb, Xpos::kVBD);
  vbp_class_ = class_of(Upos::kVerb, Xpos::kVBP);
  vbn_class_ = class_of(Upos::kVerb, Xpos::kVBN);
  nns_class_ = class_of(Upos::kNoun, Xpos::kNNS);
  nn_class_ = class_of(Upos::kNoun, Xpos::kNN);
  cd_class_ = class_of(Upos::kNum, Xpos::kCD);
  in_class_ = class_of(Upos::kAdp, Xpos::kIN);
  rb_class_ = class_of(Upos::kAdv, Xpos::kRB);
  sconj_class_ = class_of(Upos::kSconj, Xpos::kIN);
  vb_class_ = class_of(Upos::kVerb, Xpos::kVB);
  jj_class_ = class_of(Upos::kAdj, Xpos::kJJ);
  // The lowercase hashes of a word list.
  auto hash_set = [](auto&& words, std::unordered_set<uint64_t>& out) {
    WordHashes h;
    out.clear();
    for (std::string_view word : words) {
      ComputeWordHashes(word, false, h);
      out.insert(h.lower);
    }
  };
  using Words = std::initializer_list<std::string_view>;
  hash_set(Words{"amid", "amidst", "despite", "via", "onto", "into", "upon",
                 "among", "amongst"},
           prepositions_);
  hash_set(Words{"is", "are", "was", "were", "be", "been", "being", "am", "get",
                 "gets", "got", "getting", "gotten"},
           passive_auxiliaries_);
  hash_set(Words{"a", "an", "the"}, articles_);
  // Spellings of auxiliaries in web text besides kFunctionWords'.
  hash_set(
      Words{"\u2019s", "\u2019ve", "\u2019m", "\u2019d", "\u2019re", "\u2019ll",
            "`s",      "s",        "m",       "r",       "d",        "v",
            "ve",      "re",       "ll",      "ai",      "wilt",     "art",
            "gonna",   "wanna",    "gotta",   "du",      "ar"},
      auxiliary_variants_);
  hash_set(Words{"both", "each", "all", "either", "neither"}, quantifiers_);
  hash_set(Words{"after", "before", "since", "until"}, clause_openers_);
  hash_set(Words{"neighboring", "neighbouring", "bordering"}, neighbouring_);
  hash_set(
      Words{"demand",    "demands",    "demanded",    "demanding", "insist",
            "insists",   "insisted",   "insisting",   "urge",      "urges",
            "urged",     "urging",     "ask",         "asks",      "asked",
            "asking",    "request",    "requests",    "requested", "requesting",
            "recommend", "recommends", "recommended", "propose",   "proposes",
            "proposed",  "require",    "requires",    "required",  "suggest",
            "suggests",  "suggested",  "order",       "orders",    "ordered",
            "demanding"},
      mandative_forms_);
  hash_set(Words{"not", "also", "still", "already", "now", "then", "never",
                 "often", "again", "too", "only", "even", "just"},
           sentence_adverbs_);
  hash_set(
      Words{"northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern",
            "north-eastern", "north-western", "south-eastern", "south-western"},
      compass_adjectives_);
  hash_set(Words{"one",       "two",       "three",    "four",     "five",
                 "six",       "seven",     "eight",    "nine",     "ten",
                 "eleven",    "twelve",    "thirteen", "fourteen", "fifteen",
                 "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",
                 "thirty",    "forty",     "fifty",    "sixty",    "seventy",
                 "eighty",    "ninety",    "hundred",  "thousand", "million",
                 "billion",   "trillion",  "dozen",    "dozens",   "hundreds",
                 "thousands", "millions"},
           number_words_);
  hash_set(
      Words{"refusal",   "withdrawal", "approval",  "disapproval", "proposal",
            "arrival",   "removal",    "renewal",   "dismissal",   "denial",
            "disposal",  "reversal",   "betrayal",  "upheaval",    "referral",
            "acquittal", "appraisal",  "retrieval", "deferral",    "survival",
            "burial",    "rebuttal",   "portrayal", "arsenal",     "tribunal",
            "festival"},
      act_nouns_);
  hash_set(Words{"over", "out", "up", "off", "down", "back"}, particles_);
  // Not "over", "about", "around" or "some": prepositions and determiners
  // far more often ("militants over the past week").
  hash_set(Words{"more", "fewer", "nearly", "almost", "roughly",
                 "approximately", "dozens", "hundreds", "thousands", "scores"},
           count_openers_);
  hash_set(Words{"at", "up"}, count_pairs_first_);
  hash_set(Words{"least", "most", "to"}, count_pairs_second_);
  hash_set(kFunctionWords, function_words_);
  WordHashes h;
  ComputeWordHashes(".", false, h);
  period_hash_ = h.form;
  ComputeWordHashes(",", false, h);
  comma_hash_ = h.form;
  ComputeWordHashes("that", false, h);
  that_hash_ = h.lower;
  ComputeWordHashes("and", false, h);
  and_hash_ = h.lower;
  ComputeWordHashes("of", false, h);
  of_hash_ = h.lower;
}

}  // namespace dyad::internal
