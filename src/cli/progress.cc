// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace dyad::cli {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);
// No meter for runs that end within this time: it would only flicker.
constexpr auto kFirstDraw = std::chrono::milliseconds(500);

std::string WithThousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

bool Progress::ShouldShow(bool quiet, bool force) {
  if (force) return true;
  return !quiet && isatty(STDERR_FILENO) == 1;
}

Progress::Progress(bool enabled, bool draw_at_once)
    : enabled_(enabled),
      start_(Clock::now()),
      next_draw_(draw_at_once ? start_ : start_ + kFirstDraw) {}

void Progress::Update(uint64_t articles, uint64_t bytes_read,
                      uint64_t bytes_total) {
  articles_ = articles;
  bytes_read_ = bytes_read;
  bytes_total_ = bytes_total;
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (now < next_draw_) return;
  next_draw_ = now + kRedrawInterval;
  Draw(articles, bytes_read, bytes_total);
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!drawn_) return;
  Draw(articles_, bytes_read_, bytes_total_);
  std::fputc('\n', stderr);
  std::fflush(stderr);
}

void Progress::Draw(uint64_t articles, uint64_t bytes_read,
                    uint64_t bytes_total) {
  const double seconds =
      std::chrono::duration<double>(Clock::now() - start_).count();
  const double mb = bytes_read / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  std::string line =
      fmt::format("dyad: {} articles  ", WithThousands(articles));
  if (bytes_total > 0) {
    const double fraction =
        std::min(1.0, static_cast<double>(bytes_read) / bytes_total);
    line += fmt::format("{:.1f}/{:.1f} MB  {:.0f}%  {:.1f} MB/s", mb,
                        bytes_total / 1e6, 100 * fraction, rate);
    if (rate > 0 && fraction < 1) {
      const auto eta = static_cast<uint64_t>((bytes_total / 1e6 - mb) / rate);
      line += fmt::format("  ETA {}:{:02}", eta / 60, eta % 60);
    }
  } else {
    line += fmt::format("{:.1f} MB  {:.1f} MB/s", mb, rate);
  }
  // Pad over the tail of a longer previous line.
  const size_t width = line.size();
  if (width < last_width_) line.append(last_width_ - width, ' ');
  last_width_ = width;
  fmt::print(stderr, "\r{}", line);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace dyad::cli
