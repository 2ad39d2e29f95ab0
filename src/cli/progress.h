// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// A one-line progress meter on stderr for long runs:
//   dyad: 12,345 articles  45.2/120.0 MB  38%  31.5 MB/s  ETA 0:02
// It is redrawn in place ("\r") at most five times a second and ended with a
// newline by Finish(). It draws only when enabled; commands enable it when
// stderr is a terminal (never when stderr is piped or redirected, so logs
// and tests stay clean) unless --quiet, or always with --progress.
#ifndef DYAD_CLI_PROGRESS_H_
#define DYAD_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace dyad::cli {

class Progress {
 public:
  // The usual rule: on when stderr is a terminal and not `quiet`, or when
  // `force` (--progress).
  static bool ShouldShow(bool quiet, bool force);

  // `draw_at_once` skips the half-second grace period before the first
  // drawing (for --progress, so that short runs show the meter too).
  explicit Progress(bool enabled, bool draw_at_once = false);
  ~Progress() { Finish(); }

  // Cheap when nothing is due: one clock read. `bytes_total` 0 = unknown
  // (no percentage or ETA then).
  void Update(uint64_t articles, uint64_t bytes_read, uint64_t bytes_total);
  // Draws the final state and ends the line, if anything was drawn.
  void Finish();

 private:
  void Draw(uint64_t articles, uint64_t bytes_read, uint64_t bytes_total);

  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  bool finished_ = false;
  Clock::time_point start_;
  Clock::time_point next_draw_;
  size_t last_width_ = 0;
  uint64_t articles_ = 0, bytes_read_ = 0, bytes_total_ = 0;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_PROGRESS_H_
