// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad code [INPUT...]`: reads articles and writes coded events, one JSON
// object per event per line, on stdout or --output. stdout carries nothing
// but events; errors, warnings, progress and the summary go to stderr.
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/writer.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  InputOptions input;
  std::string format = "jsonl";
  std::string output = "-";
};

int RunCode(const CodeArgs& args) {
  StatusOr<std::unique_ptr<OutputSink>> sink = OutputSink::Open(args.output);
  if (!sink.ok()) {
    PrintError(sink.status().message());
    return ExitCodeFor(sink.status());
  }
  StatusOr<std::unique_ptr<EventWriter>> writer =
      EventWriter::Create(args.format, **sink);
  if (!writer.ok()) {
    PrintError(writer.status().message());
    return kExitUsage;
  }
  RunStats stats;
  int exit_code = RunArticles(
      args.input, [&](const Document& doc) { return (*writer)->Write(doc); },
      stats);
  Status finished = (*writer)->Finish();
  if (finished.ok()) finished = (*sink)->Close();
  if (!finished.ok()) {
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
      app.add_option("--format", args->format, "Output format")
          ->check(CLI::IsMember({"jsonl"}));
      app.add_option("-o,--output", args->output,
                     "Write events to this file (default: stdout)");
      return [args] { return RunCode(*args); };
    },
    10);

}  // namespace
}  // namespace dyad::cli
