// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Evaluation of segmentation against Universal Dependencies gold files, as
// in the CoNLL 2018 shared task's "Tokens", "Words" and "Sentences" metrics:
// spans are matched exactly by byte offsets in the running text rebuilt
// from the `# text` lines. Used by ud_segmentation_test.cc and the
// dyad-seg-eval program.
#ifndef DYAD_TEXT_INTERNAL_SPLITTER_EVAL_H_
#define DYAD_TEXT_INTERNAL_SPLITTER_EVAL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::internal {

// Gold segmentation of one CoNLL-U file. Paragraphs start at `# newdoc` and
// `# newpar`; the sentences of a paragraph are joined by one space and
// paragraphs by a newline. All spans index `text`.
struct GoldSegmentation {
  std::string text;
  std::vector<ByteSpan> paragraphs;
  std::vector<ByteSpan> sentences;
  std::vector<ByteSpan> tokens;  // surface tokens (multiword tokens whole)
  std::vector<ByteSpan> words;   // syntactic words
  // Gold tokens whose form was not found in the sentence text (skipped).
  uint64_t unaligned = 0;
};

// Reads a CoNLL-U file. kNotFound when it cannot be opened.
StatusOr<GoldSegmentation> ReadConllu(const std::string& path);

struct PrecisionRecall {
  uint64_t gold = 0;
  uint64_t system = 0;
  uint64_t correct = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct SegmentationScores {
  PrecisionRecall tokens;
  PrecisionRecall words;
  PrecisionRecall sentences;   // whole sentence spans (CoNLL 2018)
  PrecisionRecall boundaries;  // sentence ends inside a paragraph only
};

// Segments every gold paragraph with SegmentParagraph() and scores it.
// When `errors` is given, appends up to `max_errors` readable descriptions
// of sentence-boundary and token errors.
SegmentationScores EvaluateSegmentation(const GoldSegmentation& gold,
                                        std::vector<std::string>* errors,
                                        size_t max_errors);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_SPLITTER_EVAL_H_
