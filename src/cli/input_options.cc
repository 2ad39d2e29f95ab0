// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "cli/input_options.h"

#include <fmt/core.h>
#include <unistd.h>

#include <chrono>
#include <memory>

#include "cli/command.h"
#include "cli/exit.h"
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

int RunArticles(const InputOptions& o, const ArticleSink& sink,
                RunStats& stats) {
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
  ArticleReader& reader = **opened;

  Progress progress(Progress::ShouldShow(o.quiet, o.progress), o.progress);
  Article article;
  ReadError error;
  Document doc;
  int exit_code = kExitOk;
  for (;;) {
    ReadResult result = reader.Next(article, error);
    if (result == ReadResult::kEnd) break;
    if (result == ReadResult::kError) {
      if (error.kind == ReadError::Kind::kWarning) {
        ++stats.warnings;
        if (!o.quiet) PrintWarning(error.where, error.message);
        continue;
      }
      PrintError(error.where, error.message);
      if (error.kind == ReadError::Kind::kUsage) {
        exit_code = kExitUsage;
        break;
      }
      ++stats.errors;
      if (o.strict) {
        PrintError("stopped at the first error (--strict)");
        exit_code = kExitInputError;
        break;
      }
      continue;
    }
    ++stats.articles;
    stats.text_bytes += article.text.size();
    if (article.utf8_repairs > 0 || article.nul_bytes > 0) {
      ++stats.repaired_articles;
      stats.utf8_repairs += article.utf8_repairs;
      stats.nul_bytes += article.nul_bytes;
    }
    Status run = (*pipeline)->Run(article, doc);
    if (!run.ok()) {
      PrintError(article.origin, "cannot process article: " + run.message());
      if (run.code() == StatusCode::kInternal) {
        exit_code = kExitInternal;
        break;
      }
      ++stats.errors;
      if (o.strict) {
        exit_code = kExitInputError;
        break;
      }
      continue;
    }
    stats.sentences += doc.sentences.size();
    stats.tokens += doc.tokens.size();
    StatusOr<size_t> written = sink(doc);
    if (!written.ok()) {
      PrintError(written.status().message());
      exit_code = ExitCodeFor(written.status());
      break;
    }
    stats.events += *written;
    progress.Update(stats.articles, reader.bytes_read(), reader.bytes_total());
  }
  progress.Update(stats.articles, reader.bytes_read(), reader.bytes_total());
  progress.Finish();
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
