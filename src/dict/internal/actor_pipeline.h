// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Pipeline options for actor matching alone (CLI `dyad actors`, tests,
// benchmark): the matcher needs tokens only, so the syntax stage is turned
// off where the Pipeline has one. The template keeps this compiling whether
// or not PipelineOptions has a `syntax` member.
#ifndef DYAD_DICT_INTERNAL_ACTOR_PIPELINE_H_
#define DYAD_DICT_INTERNAL_ACTOR_PIPELINE_H_

#include "dyad/pipeline.h"

namespace dyad::internal {

template <typename Options>
auto DisableSyntaxIfPresent(Options& o, int)
    -> decltype(o.syntax = false, void()) {
  o.syntax = false;
}
template <typename Options>
void DisableSyntaxIfPresent(Options&, long) {}

inline PipelineOptions TokensOnlyPipelineOptions() {
  PipelineOptions options;
  DisableSyntaxIfPresent(options, 0);
  return options;
}

}  // namespace dyad::internal

#endif  // DYAD_DICT_INTERNAL_ACTOR_PIPELINE_H_
