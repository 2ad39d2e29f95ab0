// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad code [INPUT...]`: reads articles and writes coded events on stdout
// or --output, one JSON object per event per line (or csv, gdelt, phoenix).
// stdout carries nothing but events; errors, warnings, progress and the
// summary go to stderr.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/engine.h"
#include "dyad/writer.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  InputOptions input;
  std::string format = "jsonl";
  std::string output = "-";
};

int RunCode(const CodeArgs& args) {
  std::ofstream file;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      PrintError(args.output,
                 std::string("cannot create: ") + std::strerror(errno));
      return kExitInputError;
    }
  } else {
    // stdout is ours alone here; unsynced iostreams are several times faster.
    std::ios::sync_with_stdio(false);
  }
  std::ostream& out = args.output != "-" ? file : std::cout;
  StatusOr<std::unique_ptr<EventWriter>> writer =
      EventWriter::Create(args.format, out);
  if (!writer.ok()) {
    PrintError(writer.status().message());
    return kExitUsage;
  }
  EngineOptions engine_options;
  engine_options.clean = !args.input.no_clean;
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(engine_options);
  if (!engine.ok()) {
    PrintError(engine.status().message());
    return ExitCodeFor(engine.status());
  }
  if (!args.input.quiet && !(*engine)->problems().empty()) {
    PrintError(std::to_string((*engine)->problems().size()) +
               " dictionary lines skipped (see `dyad dict`); first: " +
               (*engine)->problems().front());
  }
  // RunArticles only cleans and segments (syntax off, so it loads no model);
  // the engine tags and parses with the one syntax model it already holds,
  // then codes (actors, events, dates and places, de-duplication). That
  // runs on --threads workers (the Engine is const and thread-safe); the
  // writer gets the articles back in input order on this thread.
  InputOptions input = args.input;
  input.syntax = false;
  const Engine& coder = **engine;
  RunStats stats;
  bool write_failed = false;  // already reported by RunArticles
  int exit_code = RunArticles(
      input,
      [&coder](Document& doc, std::vector<Event>& events) {
        return coder.CodeSegmented(doc, events);
      },
      [&](const Document& doc,
          const std::vector<Event>& events) -> StatusOr<size_t> {
        StatusOr<size_t> written = (*writer)->Write(doc, events);
        write_failed = !written.ok();
        return written;
      },
      stats);
  Status finished = (*writer)->Finish();
  if (finished.ok() && args.output != "-") {
    file.close();
    if (!file) finished = DataLossError(args.output + ": write failed");
  }
  // After a failed write the stream stays failed: Finish() would only
  // report the same failure again.
  if (!finished.ok() && !write_failed) {
    PrintError(finished.message());
    if (exit_code == kExitOk) exit_code = ExitCodeFor(finished);
  }
  return exit_code;
}

CommandRegistration registration(
    "code", "Code events in news articles (JSON Lines out)",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<CodeArgs>();
      AddInputOptions(app, args->input);
      AddThreadsOption(app, args->input);
      app.add_option("--format", args->format,
                     "Output format: jsonl (default), csv, gdelt or phoenix")
          ->check(CLI::IsMember({"jsonl", "json", "csv", "gdelt", "phoenix"}));
      app.add_option("-o,--output", args->output,
                     "Write events to this file (default: stdout)");
      return [args] { return RunCode(*args); };
    },
    10);

}  // namespace
}  // namespace dyad::cli
