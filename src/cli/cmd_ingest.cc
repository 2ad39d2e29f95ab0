// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad ingest --db FILE [INPUT...] [--events EVENTS.jsonl...]`: codes
// articles and keeps them, with their events and evidence, in a SQLite
// store (docs/store.md).
//
// Two sources, in one run if wanted:
//   - articles (INPUT..., read like `dyad code` reads them): each is coded
//     by the Engine (pipeline, actors, verb patterns, dates and places),
//     and the article is stored with the events coded from it, replacing
//     what the store held for its id;
//   - events already coded (--events), in dyad's own JSON Lines: e.g. the
//     outputs of `dyad code` run on shards by Dask workers, merged into one
//     store. Consecutive lines of one article form one put; if the same
//     article shows up again later in the same run its events are added,
//     not replaced, so an article split across a shard boundary is whole.
// Re-running an ingest (after a crash, or with the same input) converges to
// the same store: a put is keyed by article id, so repeating it changes
// nothing, and every batch is committed as a single transaction.
#include <fmt/core.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/engine.h"
#include "dyad/event_store.h"
#include "dyad/event_writer.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  InputOptions input;
  std::string db;
  std::vector<std::string> events;
  int batch = 500;
  bool no_text = false;
};

struct EventStats {
  uint64_t lines = 0;
  uint64_t events = 0;
  uint64_t articles = 0;
  uint64_t errors = 0;
};

// Reads one JSONL events file (or stdin for "-") into the store.
// Returns false when the run must stop (a store error, or --strict).
bool IngestEventsFile(const std::string& path, EventStore& store,
                      const IngestArgs& args,
                      std::unordered_set<std::string>& seen, EventStats& stats,
                      int& exit_code) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      PrintError(path, "cannot open events file");
      exit_code = kExitInputError;
      return !args.input.strict;
    }
    in = &file;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  Article article;
  std::vector<Event> events;
  Article line_article;
  Event event;
  auto put = [&]() -> bool {
    if (article.id.empty()) return true;
    const bool again = !seen.insert(article.id).second;
    Status s = store.Put(
        article, events,
        again ? EventStore::PutMode::kAppend : EventStore::PutMode::kReplace);
    events.clear();
    if (!s.ok()) {
      PrintError(s.message());
      exit_code = ExitCodeFor(s);
      return false;
    }
    ++stats.articles;
    return true;
  };
  std::string line;
  uint64_t line_number = 0;
  while (std::getline(*in, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++stats.lines;
    Status parsed = ParseEventJson(line, event, &line_article);
    if (!parsed.ok()) {
      ++stats.errors;
      PrintError(fmt::format("{}:{}", name, line_number), parsed.message());
      if (args.input.strict) {
        exit_code = kExitInputError;
        return false;
      }
      continue;
    }
    if (line_article.id != article.id) {
      if (!put()) return false;
      article = line_article;
    }
    events.push_back(std::move(event));
    ++stats.events;
  }
  if (in->bad()) {
    PrintError(name, "read error");
    exit_code = kExitInputError;
  }
  return put();
}

int RunIngest(const IngestArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  EventStoreOptions options;
  options.batch_size = args.batch;
  options.keep_text = !args.no_text;
  StatusOr<std::unique_ptr<EventStore>> opened =
      EventStore::Open(args.db, options);
  if (!opened.ok()) {
    PrintError(opened.status().message());
    return ExitCodeFor(opened.status());
  }
  EventStore& store = **opened;
  int exit_code = kExitOk;

  // Articles: from INPUT..., or from stdin when no --events file is given.
  // RunArticles cleans and segments; the engine parses and codes the
  // Document; the article is stored with the events coded from it. The
  // engine is loaded only when there are articles to code.
  RunStats article_stats;
  if (!args.input.inputs.empty() || args.events.empty()) {
    EngineOptions engine_options;
    engine_options.clean = !args.input.no_clean;
    StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(engine_options);
    if (!engine.ok()) {
      PrintError(engine.status().message());
      return ExitCodeFor(engine.status());
    }
    // As in `dyad code`: the reader loop only cleans and segments (no
    // model of its own); the engine tags and parses with its one model, on
    // --threads workers. The store is written on this thread only, in
    // input order.
    InputOptions input = args.input;
    input.syntax = false;
    const Engine& coder = **engine;
    exit_code = RunArticles(
        input,
        [&coder](Document& doc, std::vector<Event>& events) {
          return coder.CodeSegmented(doc, events);
        },
        [&](const Document& doc,
            const std::vector<Event>& events) -> StatusOr<size_t> {
          DYAD_RETURN_IF_ERROR(store.Put(*doc.article, events));
          return events.size();
        },
        article_stats);
  }

  EventStats event_stats;
  std::unordered_set<std::string> seen;
  if (exit_code == kExitOk || !args.input.strict) {
    for (const std::string& path : args.events) {
      if (!IngestEventsFile(path, store, args, seen, event_stats, exit_code)) {
        break;
      }
    }
  }
  // What was read is committed even when the input had bad records: the
  // store holds every good article exactly once.
  Status flushed = store.Flush();
  if (!flushed.ok()) {
    PrintError(flushed.message());
    return ExitCodeFor(flushed);
  }
  if (event_stats.errors > 0 && exit_code == kExitOk) {
    PrintError(fmt::format("{} bad event lines skipped", event_stats.errors));
    exit_code = kExitInputError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (args.input.stats || (!args.input.quiet && isatty(STDERR_FILENO) == 1)) {
    StatusOr<StoreCounts> counts = store.Counts();
    fmt::print(stderr,
               "dyad: ingested {} articles and {} events ({} from event "
               "files) in {:.2f} s; {} holds {} articles, {} events\n",
               article_stats.articles + event_stats.articles,
               article_stats.events + event_stats.events, event_stats.events,
               seconds, args.db, counts.ok() ? counts->articles : -1,
               counts.ok() ? counts->events : -1);
  }
  return exit_code;
}

CommandRegistration registration(
    "ingest", "Code articles and keep them with their events in a SQLite store",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<IngestArgs>();
      app.add_option("--db", args->db, "The store (created if missing)")
          ->required();
      AddInputOptions(app, args->input);
      AddThreadsOption(app, args->input);
      app.add_option("--events", args->events,
                     "Already coded events in dyad's JSON Lines (e.g. shard "
                     "outputs of `dyad code`; \"-\" is stdin)");
      app.add_option("--batch", args->batch,
                     "Articles per transaction (default 500)")
          ->check(CLI::Range(1, 1000000));
      app.add_flag("--no-text", args->no_text,
                   "Do not keep article texts (evidence is always kept)");
      return [args] { return RunIngest(*args); };
    },
    20);

}  // namespace
}  // namespace dyad::cli
