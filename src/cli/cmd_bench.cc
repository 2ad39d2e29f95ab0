// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad bench [--corpus DIR] [--articles N] [--threads N]`: end-to-end
// speed of `dyad code` on real news (docs/performance.md).
//
// It loads the engine (timed: the start-up), reads the first N articles of
// the corpus into memory (the AllSides corpus of ../shared/corpora/ by
// default), then codes them from raw text to JSON Lines events through the
// same runner as `dyad code`, once on 1 thread and once on N. For each run
// it prints sentences/s, MB/s (article text), articles/s, events/s, the
// peak RSS so far, and a fingerprint (FNV-1a 64 over the JSON Lines output
// in order) and the CPU time of all threads (getrusage: the speed per
// CPU-second does not depend on how busy the machine is, the wall time
// does). The fingerprints must be equal: a speed-up that changes the
// output is a bug, and the exit code is then 3.
//
// Without the shared corpus (and no --corpus), it says so and exits 0.
#include <fmt/core.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/engine.h"
#include "dyad/pipeline.h"
#include "dyad/reader.h"
#include "dyad/writer.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BenchArgs {
  std::string corpus;  // empty: the AllSides corpus in ../shared/corpora/
  int articles = 1000;
  int threads = 1;
};

// Articles already read, served again without I/O or parsing cost.
class MemoryArticles : public ArticleReader {
 public:
  explicit MemoryArticles(const std::vector<Article>& articles)
      : articles_(articles) {}
  ReadResult Next(Article& article, ReadError&) override {
    if (next_ == articles_.size()) return ReadResult::kEnd;
    article = articles_[next_++];
    return ReadResult::kArticle;
  }
  uint64_t bytes_read() const override { return next_; }
  uint64_t bytes_total() const override { return articles_.size(); }

 private:
  const std::vector<Article>& articles_;
  size_t next_ = 0;
};

// An output stream that keeps only a hash and a size of what is written.
class HashBuf : public std::streambuf {
 public:
  uint64_t hash() const { return hash_; }
  uint64_t size() const { return size_; }

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) Add(static_cast<char>(c));
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) Add(s[i]);
    return n;
  }

 private:
  void Add(char c) {
    hash_ ^= static_cast<unsigned char>(c);
    hash_ *= 0x100000001b3ULL;
    ++size_;
  }
  uint64_t hash_ = 0xcbf29ce484222325ULL;  // FNV-1a 64
  uint64_t size_ = 0;
};

// User plus system CPU seconds of the whole process so far.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // KiB on Linux
}

// The shared research data: $DYAD_SHARED, else ../shared next to the
// source tree whose data/ the engine uses.
std::string DefaultCorpus(const std::string& data_dir) {
  const char* env = std::getenv("DYAD_SHARED");
  fs::path shared =
      env != nullptr && *env != 0
          ? fs::path(env)
          : fs::path(data_dir).parent_path().parent_path() / "shared";
  return (shared / "corpora" / "allsides_abp").lexically_normal().string();
}

struct RunResult {
  RunStats stats;
  uint64_t hash = 0;
  uint64_t output_bytes = 0;
  double peak_rss_mb = 0;
  double cpu_seconds = 0;  // all threads
  int exit_code = 0;
};

RunResult CodeAll(const Engine& engine, const Pipeline& pipeline,
                  const std::vector<Article>& articles, int threads) {
  RunResult result;
  HashBuf hashed;
  std::ostream out(&hashed);
  StatusOr<std::unique_ptr<EventWriter>> writer =
      EventWriter::Create("jsonl", out);
  if (!writer.ok()) {
    PrintError(writer.status().message());
    result.exit_code = kExitInternal;
    return result;
  }
  InputOptions options;
  options.quiet = true;
  options.threads = threads;
  MemoryArticles reader(articles);
  const double cpu_start = CpuSeconds();
  result.exit_code = RunArticlesFrom(
      reader, pipeline, options,
      [&engine](Document& doc, std::vector<Event>& events) {
        return engine.CodeSegmented(doc, events);
      },
      [&](const Document& doc, const std::vector<Event>& events) {
        return (*writer)->Write(doc, events);
      },
      result.stats);
  Status finished = (*writer)->Finish();
  if (!finished.ok() && result.exit_code == kExitOk) {
    PrintError(finished.message());
    result.exit_code = ExitCodeFor(finished);
  }
  result.cpu_seconds = CpuSeconds() - cpu_start;
  result.hash = hashed.hash();
  result.output_bytes = hashed.size();
  result.peak_rss_mb = PeakRssMb();
  return result;
}

void PrintRow(int threads, const RunResult& r) {
  const RunStats& s = r.stats;
  const double t = s.seconds > 0 ? s.seconds : 1e-9;
  const double cpu = r.cpu_seconds > 0 ? r.cpu_seconds : 1e-9;
  fmt::print(
      "{:>7} {:>8.2f} {:>11.0f} {:>6.2f} {:>10.1f} {:>9.0f} {:>11.0f} "
      "{:>8.2f} {:>12.0f}  {:016x}\n",
      threads, s.seconds, s.sentences / t, s.text_bytes / 1e6 / t,
      s.articles / t, s.events / t, r.peak_rss_mb, r.cpu_seconds,
      s.sentences / cpu, r.hash);
}

int RunBench(const BenchArgs& args) {
  const Clock::time_point created = Clock::now();
  const double created_cpu = CpuSeconds();
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(EngineOptions());
  if (!engine.ok()) {
    PrintError(engine.status().message());
    return ExitCodeFor(engine.status());
  }
  const double startup =
      std::chrono::duration<double>(Clock::now() - created).count();
  const double startup_cpu = CpuSeconds() - created_cpu;
  const double startup_rss = PeakRssMb();

  std::string corpus = args.corpus;
  if (corpus.empty()) {
    corpus = DefaultCorpus((*engine)->data_dir());
    if (!fs::exists(corpus)) {
      fmt::print(
          "dyad bench: skipped: no corpus at {} (the shared research data "
          "../shared/corpora/ is absent; give one with --corpus DIR)\n",
          corpus);
      return kExitOk;
    }
  }

  // As `dyad code` segments: a pipeline without syntax; the engine tags
  // and parses with its own model.
  PipelineOptions pipeline_options;
  pipeline_options.syntax = false;
  StatusOr<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return ExitCodeFor(pipeline.status());
  }

  const Clock::time_point read_start = Clock::now();
  StatusOr<std::unique_ptr<ArticleReader>> reader =
      ArticleReader::Open({corpus}, ReaderOptions());
  if (!reader.ok()) {
    PrintError(reader.status().message());
    return ExitCodeFor(reader.status());
  }
  std::vector<Article> articles;
  uint64_t text_bytes = 0;
  Article article;
  ReadError error;
  while (articles.size() < static_cast<size_t>(args.articles)) {
    ReadResult r = (*reader)->Next(article, error);
    if (r == ReadResult::kEnd) break;
    if (r == ReadResult::kArticle) {
      text_bytes += article.text.size();
      articles.push_back(article);
    }
  }
  reader->reset();
  const double read_seconds =
      std::chrono::duration<double>(Clock::now() - read_start).count();
  if (articles.empty()) {
    PrintError(corpus, "no articles");
    return kExitInputError;
  }

  fmt::print("dyad bench: {} articles ({:.1f} MB of text) from {}\n",
             articles.size(), text_bytes / 1e6, corpus);
  fmt::print(
      "start-up (Engine::Create): {:.3f} s wall, {:.3f} s CPU, peak RSS {:.0f} "
      "MB\n",
      startup, startup_cpu, startup_rss);
  fmt::print("read (gzip, JSON Lines) into memory: {:.2f} s\n", read_seconds);
  fmt::print("{:>7} {:>8} {:>11} {:>6} {:>10} {:>9} {:>11} {:>8} {:>12}  {}\n",
             "threads", "seconds", "sentences/s", "MB/s", "articles/s",
             "events/s", "peak RSS MB", "CPU s", "sent/CPU-s", "fingerprint");

  RunResult one = CodeAll(**engine, **pipeline, articles, 1);
  if (one.exit_code != kExitOk) return one.exit_code;
  PrintRow(1, one);
  fmt::print("{} sentences, {} events, {} bytes of JSON Lines\n",
             one.stats.sentences, one.stats.events, one.output_bytes);
  if (args.threads <= 1) return kExitOk;

  RunResult many = CodeAll(**engine, **pipeline, articles, args.threads);
  if (many.exit_code != kExitOk) return many.exit_code;
  PrintRow(args.threads, many);
  fmt::print(
      "speed-up with {} threads: {:.2f}x wall time; CPU time {:.2f}x of 1 "
      "thread's (the threads' overhead)\n",
      args.threads,
      many.stats.seconds > 0 ? one.stats.seconds / many.stats.seconds : 0.0,
      one.cpu_seconds > 0 ? many.cpu_seconds / one.cpu_seconds : 0.0);
  // On a loaded machine the wall-time speed-up says little: show the load.
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) == 3) {
    fmt::print("load average {:.2f} {:.2f} {:.2f} on {} cores\n", load[0],
               load[1], load[2], DefaultThreads());
  }
  if (many.hash != one.hash || many.output_bytes != one.output_bytes) {
    PrintError(fmt::format(
        "the output of {} threads differs from the output of 1 thread "
        "(fingerprint {:016x}, {} bytes vs {:016x}, {} bytes)",
        args.threads, many.hash, many.output_bytes, one.hash,
        one.output_bytes));
    return kExitInternal;
  }
  fmt::print("fingerprints equal: {} threads write what 1 thread writes\n",
             args.threads);
  return kExitOk;
}

CommandRegistration registration(
    "bench",
    "Measure coding speed, memory and start-up on a news corpus (1 and N "
    "threads)",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<BenchArgs>();
      args->threads = DefaultThreads();
      app.add_option("--corpus", args->corpus,
                     "Directory or file of articles (default: the AllSides "
                     "corpus in ../shared/corpora/)");
      app.add_option("--articles", args->articles, "Code the first N articles")
          ->check(CLI::Range(1, 100000000))
          ->capture_default_str();
      app.add_option("-j,--threads", args->threads,
                     "Threads of the second run (default: all cores)")
          ->check(CLI::Range(1, kMaxThreads))
          ->capture_default_str();
      return [args] { return RunBench(*args); };
    },
    90);

}  // namespace
}  // namespace dyad::cli
