// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "cli/input_options.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/ordered_queue.h"
#include "cli/progress.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"

namespace dyad::cli {

void AddInputOptions(CLI::App& app, InputOptions& o) {
  app.add_option("input", o.inputs,
                 "Files or directories to read (\"-\" or none: stdin). "
                 "Directories are read recursively, files with .txt, .jsonl, "
                 ".ndjson or .csv names (optionally .gz) in sorted order");
  app.add_option("--input-format", o.input_format,
                 "Input format: auto (by extension; stdin is jsonl), text, "
                 "jsonl or csv")
      ->check(CLI::IsMember({"auto", "text", "txt", "jsonl", "ndjson", "csv"}));
  const char* kColumnHelp = "CSV header name of the article's ";
  app.add_option("--csv-id-column", o.csv.id, std::string(kColumnHelp) + "id");
  app.add_option("--csv-date-column", o.csv.date,
                 std::string(kColumnHelp) + "date");
  app.add_option("--csv-text-column", o.csv.text,
                 std::string(kColumnHelp) + "text");
  app.add_option("--csv-title-column", o.csv.title,
                 std::string(kColumnHelp) + "title");
  app.add_option("--csv-source-column", o.csv.source,
                 std::string(kColumnHelp) + "source");
  app.add_option("--csv-url-column", o.csv.url,
                 std::string(kColumnHelp) + "url");
  app.add_flag("--strict", o.strict,
               "Stop at the first bad record or unreadable file (exit 2)");
  app.add_flag("-q,--quiet", o.quiet,
               "No progress meter, warnings, repair notes or summary");
  app.add_flag("--progress", o.progress,
               "Show the progress meter even when stderr is not a terminal");
  app.add_flag("--stats", o.stats,
               "Print the summary line even when stderr is not a terminal");
  app.add_flag("--no-clean", o.no_clean,
               "Keep boilerplate, captions and truncated endings as text");
  app.add_option("--max-text-bytes", o.max_text_bytes,
                 "Cut longer article texts, with a warning (0: no limit)")
      ->capture_default_str();
}

namespace {

void PrintSummary(const RunStats& s) {
  const double mb = s.text_bytes / 1e6;
  fmt::print(stderr,
             "dyad: {} articles, {} sentences, {} tokens, {} events, {} "
             "errors, {} repaired bytes, {:.2f} s, {:.1f} MB/s\n",
             s.articles, s.sentences, s.tokens, s.events, s.errors,
             s.utf8_repairs + s.nul_bytes, s.seconds,
             s.seconds > 0 ? mb / s.seconds : 0.0);
}

}  // namespace

void AddThreadsOption(CLI::App& app, InputOptions& o) {
  o.threads = DefaultThreads();
  app.add_option("-j,--threads", o.threads,
                 "Worker threads (default: all cores); the output is the "
                 "same, in input order, for any number")
      ->check(CLI::Range(1, kMaxThreads))
      ->capture_default_str();
}

int DefaultThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1
                    : static_cast<int>(std::min<unsigned>(cores, kMaxThreads));
}

namespace {

// One input record on its way through the run: an article (with the
// Document and events made from it) or a read problem to report at its
// place in the input order.
struct Item {
  ReadResult result = ReadResult::kArticle;  // kArticle or kError
  Article article;
  ReadError error;
  uint64_t bytes_read = 0;  // the reader's position after this record
  uint64_t bytes_total = 0;
  Document doc;
  std::vector<Event> events;
  Status status;
};

// Consecutive records, the unit of work handed to a worker. Batches are
// recycled, so Documents keep their capacity from article to article.
struct Batch {
  uint64_t seq = 0;
  size_t size = 0;  // items[0, size) are in use
  std::vector<Item> items;
};

// A batch ends at this many records or this much article text, whichever
// comes first: enough work (tens of ms) to make the hand-offs cheap, small
// enough to keep every thread busy near the end of the input.
constexpr size_t kBatchArticles = 8;
constexpr size_t kBatchBytes = 128u << 10;
// Batches issued and not yet consumed, per worker: bounds memory (the
// reader never runs further ahead) and leaves room for reordering.
constexpr size_t kBatchesPerWorker = 4;

class ArticleRun {
 public:
  ArticleRun(const InputOptions& o, const Pipeline& pipeline,
             ArticleReader& reader, const ArticleProcessor& process,
             const ProcessedSink& sink, RunStats& stats)
      : o_(o),
        pipeline_(pipeline),
        reader_(reader),
        process_(process),
        sink_(sink),
        stats_(stats),
        progress_(Progress::ShouldShow(o.quiet, o.progress), o.progress) {}

  // Returns the exit code (before the final error count is looked at).
  int Run() {
    if (o_.threads <= 1) {
      RunOnThisThread();
    } else {
      RunOnThreads(o_.threads);
    }
    progress_.Update(stats_.articles, reader_.bytes_read(),
                     reader_.bytes_total());
    progress_.Finish();
    return exit_code_;
  }

 private:
  // Reader side: the next record into `item`; false at the end of input.
  bool Read(Item& item) {
    ReadResult result = reader_.Next(item.article, item.error);
    if (result == ReadResult::kEnd) return false;
    item.result = result;
    item.bytes_read = reader_.bytes_read();
    item.bytes_total = reader_.bytes_total();
    return true;
  }

  // Worker side: clean, segment and process one article. Thread-safe: the
  // pipeline and `process_` are const, the item is this thread's alone.
  void Process(Item& item) const {
    if (item.result != ReadResult::kArticle) return;
    item.events.clear();
    try {
      item.status = pipeline_.Run(item.article, item.doc);
      if (item.status.ok() && process_) {
        item.status = process_(item.doc, item.events);
      }
    } catch (const std::exception& e) {
      item.status = InternalError(e.what());
    }
  }

  // Consumer side, in input order: report, count and hand the article to
  // the sink. False when the run must stop (exit_code_ says why).
  bool Consume(Item& item) {
    if (item.result == ReadResult::kError) {
      const ReadError& error = item.error;
      if (error.kind == ReadError::Kind::kWarning) {
        ++stats_.warnings;
        if (!o_.quiet) PrintWarning(error.where, error.message);
        return true;
      }
      PrintError(error.where, error.message);
      if (error.kind == ReadError::Kind::kUsage) {
        exit_code_ = kExitUsage;
        return false;
      }
      ++stats_.errors;
      if (o_.strict) {
        PrintError("stopped at the first error (--strict)");
        exit_code_ = kExitInputError;
        return false;
      }
      return true;
    }
    const Article& article = item.article;
    ++stats_.articles;
    stats_.text_bytes += article.text.size();
    if (article.utf8_repairs > 0 || article.nul_bytes > 0) {
      ++stats_.repaired_articles;
      stats_.utf8_repairs += article.utf8_repairs;
      stats_.nul_bytes += article.nul_bytes;
    }
    if (!item.status.ok()) {
      PrintError(article.origin,
                 "cannot process article: " + item.status.message());
      if (item.status.code() == StatusCode::kInternal) {
        exit_code_ = kExitInternal;
        return false;
      }
      ++stats_.errors;
      if (o_.strict) {
        exit_code_ = kExitInputError;
        return false;
      }
      return true;
    }
    stats_.sentences += item.doc.sentences.size();
    stats_.tokens += item.doc.tokens.size();
    StatusOr<size_t> written = sink_(item.doc, item.events);
    if (!written.ok()) {
      PrintError(written.status().message());
      exit_code_ = ExitCodeFor(written.status());
      return false;
    }
    stats_.events += *written;
    progress_.Update(stats_.articles, item.bytes_read, item.bytes_total);
    return true;
  }

  void RunOnThisThread() {
    Item item;
    while (Read(item)) {
      Process(item);
      if (!Consume(item)) break;
    }
  }

  // reader thread -> BoundedQueue of batches -> `threads` workers ->
  // ReorderWindow -> this thread (Consume, in input order).
  void RunOnThreads(int threads) {
    const size_t window = kBatchesPerWorker * static_cast<size_t>(threads);
    BoundedQueue<std::unique_ptr<Batch>> work(window);
    ReorderWindow<std::unique_ptr<Batch>> done(window);
    std::mutex spare_mutex;
    std::vector<std::unique_ptr<Batch>> spare;
    std::atomic<bool> stop{false};
    std::exception_ptr reader_exception;

    auto take_spare = [&] {
      std::lock_guard lock(spare_mutex);
      if (spare.empty()) return std::make_unique<Batch>();
      std::unique_ptr<Batch> batch = std::move(spare.back());
      spare.pop_back();
      return batch;
    };

    std::thread reader([&] {
      bool more = true;
      while (more && !stop.load(std::memory_order_relaxed)) {
        std::unique_ptr<Batch> batch = take_spare();
        std::optional<uint64_t> seq = done.Reserve();
        if (!seq) break;  // the consumer stopped
        batch->seq = *seq;
        batch->size = 0;
        try {
          size_t bytes = 0;
          while (batch->size < kBatchArticles && bytes < kBatchBytes) {
            if (batch->items.size() == batch->size) batch->items.emplace_back();
            Item& item = batch->items[batch->size];
            if (!Read(item)) {
              more = false;
              break;
            }
            ++batch->size;
            if (item.result == ReadResult::kArticle) {
              bytes += item.article.text.size();
            }
          }
        } catch (...) {
          reader_exception = std::current_exception();
          more = false;
        }
        // Even an empty batch goes through: every issued number is put back.
        work.Push(std::move(batch));
      }
      work.Close();
      done.Finish();
    });

    auto work_loop = [&] {
      while (std::optional<std::unique_ptr<Batch>> batch = work.Pop()) {
        Batch& b = **batch;
        if (!stop.load(std::memory_order_relaxed)) {
          for (size_t k = 0; k < b.size; ++k) Process(b.items[k]);
        }
        done.Put(b.seq, std::move(*batch));
      }
    };
    std::vector<std::thread> workers;
    // Also after a failure to start a thread: no thread is left blocked
    // (Cancel frees the reader's Reserve, Close its Push) or unjoined.
    auto shut_down = [&] {
      stop = true;
      done.Cancel();
      work.Close();
      reader.join();
      for (std::thread& w : workers) w.join();
    };
    try {
      for (int i = 0; i < threads; ++i) workers.emplace_back(work_loop);
      while (std::optional<std::unique_ptr<Batch>> batch = done.Take()) {
        Batch& b = **batch;
        bool go_on = true;
        for (size_t k = 0; k < b.size && go_on; ++k) {
          go_on = Consume(b.items[k]);
        }
        {
          std::lock_guard lock(spare_mutex);
          spare.push_back(std::move(*batch));
        }
        if (!go_on) break;
      }
    } catch (...) {
      shut_down();
      throw;
    }
    shut_down();
    if (reader_exception) std::rethrow_exception(reader_exception);
  }

  const InputOptions& o_;
  const Pipeline& pipeline_;
  ArticleReader& reader_;
  const ArticleProcessor& process_;
  const ProcessedSink& sink_;
  RunStats& stats_;
  Progress progress_;
  int exit_code_ = kExitOk;
};

}  // namespace

int RunArticles(const InputOptions& o, const ArticleSink& sink,
                RunStats& stats) {
  return RunArticles(
      o, ArticleProcessor(),
      [&](const Document& doc, const std::vector<Event>&) { return sink(doc); },
      stats);
}

int RunArticles(const InputOptions& o, const ArticleProcessor& process,
                const ProcessedSink& sink, RunStats& stats) {
  const auto start = std::chrono::steady_clock::now();
  ReaderOptions reader_options;
  StatusOr<InputFormat> format = ParseInputFormat(o.input_format);
  if (!format.ok()) {
    PrintError(format.status().message());
    return kExitUsage;
  }
  reader_options.format = *format;
  reader_options.csv = o.csv;
  reader_options.max_text_bytes = o.max_text_bytes;

  PipelineOptions pipeline_options;
  pipeline_options.clean = !o.no_clean;
  pipeline_options.syntax = o.syntax;
  StatusOr<std::unique_ptr<Pipeline>> pipeline =
      Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    PrintError(pipeline.status().message());
    return ExitCodeFor(pipeline.status());
  }

  StatusOr<std::unique_ptr<ArticleReader>> opened =
      ArticleReader::Open(o.inputs, reader_options);
  if (!opened.ok()) {
    PrintError(opened.status().message());
    return ExitCodeFor(opened.status());
  }
  return RunArticlesFrom(**opened, **pipeline, o, process, sink, stats, start);
}

int RunArticlesFrom(ArticleReader& reader, const Pipeline& pipeline,
                    const InputOptions& o, const ArticleProcessor& process,
                    const ProcessedSink& sink, RunStats& stats,
                    std::chrono::steady_clock::time_point start) {
  int exit_code = ArticleRun(o, pipeline, reader, process, sink, stats).Run();
  stats.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();

  if (!o.quiet && (stats.utf8_repairs > 0 || stats.nul_bytes > 0)) {
    PrintError(fmt::format(
        "note: replaced {} invalid UTF-8 sequences with U+FFFD and removed {} "
        "NUL bytes in {} articles",
        stats.utf8_repairs, stats.nul_bytes, stats.repaired_articles));
  }
  if (exit_code == kExitOk && stats.errors > 0) {
    PrintError(fmt::format("{} errors in the input; the rest was processed",
                           stats.errors));
    exit_code = kExitInputError;
  }
  if (o.stats || (!o.quiet && isatty(STDERR_FILENO) == 1)) {
    PrintSummary(stats);
  }
  return exit_code;
}

int RunArticlesToOutput(const InputOptions& options, const std::string& output,
                        const ArticleFormatter& format) {
  StatusOr<std::unique_ptr<OutputSink>> sink = OutputSink::Open(output);
  if (!sink.ok()) {
    PrintError(sink.status().message());
    return ExitCodeFor(sink.status());
  }
  std::string buffer;
  RunStats stats;
  int exit_code = RunArticles(
      options,
      [&](const Document& doc) -> StatusOr<size_t> {
        buffer.clear();
        format(doc, buffer);
        DYAD_RETURN_IF_ERROR((*sink)->Write(buffer));
        return size_t{0};
      },
      stats);
  Status closed = (*sink)->Close();
  if (!closed.ok()) {
    PrintError(closed.message());
    if (exit_code == kExitOk) exit_code = ExitCodeFor(closed);
  }
  return exit_code;
}

}  // namespace dyad::cli
