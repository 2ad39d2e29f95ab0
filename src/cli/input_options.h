// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// What `dyad code`, `dyad ingest` and `dyad segment` share: the input flags,
// and the loop that reads articles, reports bad input, runs the pipeline
// (on --threads N worker threads), draws progress and sums up the run.
#ifndef DYAD_CLI_INPUT_OPTIONS_H_
#define DYAD_CLI_INPUT_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/pipeline.h"
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
  // Worker threads that clean, segment and process articles (1: all on
  // the calling thread). Results are consumed in input order either way.
  int threads = 1;
};

// Adds INPUT... and --input-format, --csv-*-column, --strict, --quiet,
// --progress, --stats, --no-clean and --max-text-bytes to `app`.
void AddInputOptions(CLI::App& app, InputOptions& options);

// Adds --threads N to `app` (1 to kMaxThreads; a bad value is a usage
// error, exit 1) and sets its default to DefaultThreads().
void AddThreadsOption(CLI::App& app, InputOptions& options);
inline constexpr int kMaxThreads = 256;
// All cores: std::thread::hardware_concurrency(), or 1 when unknown.
int DefaultThreads();

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

// Work done on a worker thread on each cleaned and segmented article, e.g.
// tag, parse and code it into `events`. Runs concurrently on different
// Documents when options.threads > 1, so it must be thread-safe (a const
// Engine is). An error is reported for that article as a pipeline error.
using ArticleProcessor =
    std::function<Status(Document& doc, std::vector<Event>& events)>;
// Called on one thread, in input order, with what `process` made; returns
// the events written (or stored) or an error that ends the run.
using ProcessedSink = std::function<StatusOr<size_t>(
    const Document& doc, const std::vector<Event>& events)>;

// RunArticles with work per article on options.threads threads: a reader
// thread reads batches of articles into a bounded queue, workers (each with
// its own Documents) clean, segment and `process` them, and the calling
// thread hands the results to `sink` in input order, with read errors and
// warnings reported at their place in that order. The output, stderr and
// exit code are the same for every thread count.
int RunArticles(const InputOptions& options, const ArticleProcessor& process,
                const ProcessedSink& sink, RunStats& stats);

// The same on articles from `reader` (e.g. articles already in memory, for
// `dyad bench`) with a pipeline built by the caller; stats.seconds counts
// from `start`. options.inputs, input_format, csv, max_text_bytes, syntax
// and no_clean are not looked at.
int RunArticlesFrom(ArticleReader& reader, const Pipeline& pipeline,
                    const InputOptions& options,
                    const ArticleProcessor& process, const ProcessedSink& sink,
                    RunStats& stats,
                    std::chrono::steady_clock::time_point start =
                        std::chrono::steady_clock::now());

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
