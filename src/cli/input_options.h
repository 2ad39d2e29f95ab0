// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// What `dyad code` and `dyad segment` share: the input flags, and the loop
// that reads articles, reports bad input, runs the pipeline, draws progress
// and sums up the run.
#ifndef DYAD_CLI_INPUT_OPTIONS_H_
#define DYAD_CLI_INPUT_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/reader.h"
#include "dyad/status.h"

namespace dyad::cli {

struct InputOptions {
  std::vector<std::string> inputs;  // files, directories, "-"; none = stdin
  std::string input_format = "auto";
  CsvColumns csv;
  bool strict = false;    // stop at the first bad record (exit 2)
  bool quiet = false;     // no progress meter, no warnings, no summary
  bool progress = false;  // progress meter even when stderr is not a tty
  bool stats = false;     // summary line even when stderr is not a tty
  bool no_clean = false;  // skip boilerplate/caption/truncation cleaning
  // Tag and parse (needs the syntax model). `segment` turns it off: it
  // shows segmentation only and should not depend on model files.
  bool syntax = true;
  // Longer article texts are cut, with a warning (0: no limit).
  size_t max_text_bytes = kDefaultMaxTextBytes;
  // 2 MiB: twenty times the longest news articles, small enough that
  // tagging and parsing one stays within a few hundred MB.
  static constexpr size_t kDefaultMaxTextBytes = 2u << 20;
};

// Adds INPUT... and --input-format, --csv-*-column, --strict, --quiet,
// --progress, --stats, --no-clean and --max-text-bytes to `app`.
void AddInputOptions(CLI::App& app, InputOptions& options);

struct RunStats {
  uint64_t articles = 0;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t events = 0;
  uint64_t errors = 0;  // bad records, unreadable files, failed articles
  uint64_t warnings = 0;
  uint64_t utf8_repairs = 0;
  uint64_t nul_bytes = 0;
  uint64_t repaired_articles = 0;
  uint64_t text_bytes = 0;  // article text read, after decompression
  double seconds = 0;
};

// Called for each article after the pipeline ran; returns events written
// (0 for commands that write no events) or an error that ends the run
// (e.g. a failed write).
using ArticleSink = std::function<StatusOr<size_t>(const Document& doc)>;

// Reads every input, runs the pipeline on each article and hands the
// Document to `sink`. Reports each read error on stderr as
// "dyad: file:line: message" and goes on (unless --strict). Prints repair
// totals and, when asked or on a terminal, the summary line. Returns the
// exit code: 0, 1 (usage: bad --input-format, CSV column not found), 2 (a
// missing input, any bad record or unreadable file, a failed write) or 3.
int RunArticles(const InputOptions& options, const ArticleSink& sink,
                RunStats& stats);

// Appends what a report command shows of one article to `out`.
using ArticleFormatter =
    std::function<void(const Document& doc, std::string& out)>;

// RunArticles for commands that print a report per article (`segment`,
// `places`): opens `output` ("-" is stdout), writes `format`'s text for each
// article, closes it. Returns the exit code as RunArticles does; an output
// that cannot be opened or written is exit 2.
int RunArticlesToOutput(const InputOptions& options, const std::string& output,
                        const ArticleFormatter& format);

}  // namespace dyad::cli

#endif  // DYAD_CLI_INPUT_OPTIONS_H_
