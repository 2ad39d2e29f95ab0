// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad segment [INPUT...]`: shows what the pipeline sees in each article:
// the clean text, the spans cleaning dropped and why, and the sentences and
// tokens with their offsets, as JSON Lines (one object per article) or as an
// aligned table for people.
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/writer.h"

namespace dyad::cli {
namespace {

struct SegmentArgs {
  InputOptions input;
  std::string format = "jsonl";
  std::string output = "-";
};

int RunSegment(const SegmentArgs& args) {
  StatusOr<std::unique_ptr<OutputSink>> sink = OutputSink::Open(args.output);
  if (!sink.ok()) {
    PrintError(sink.status().message());
    return ExitCodeFor(sink.status());
  }
  const bool table = args.format == "table";
  std::string buffer;
  RunStats stats;
  int exit_code = RunArticles(
      args.input,
      [&](const Document& doc) -> StatusOr<size_t> {
        buffer.clear();
        if (table) {
          AppendSegmentationTable(doc, buffer);
        } else {
          AppendSegmentationJson(doc, buffer);
          buffer += '\n';
        }
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

CommandRegistration registration(
    "segment",
    "Show the clean text, sentences and tokens the pipeline makes of articles",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<SegmentArgs>();
      args->input.syntax = false;
      AddInputOptions(app, args->input);
      app.add_option("--format", args->format, "Output format: jsonl or table")
          ->check(CLI::IsMember({"jsonl", "table"}));
      app.add_option("-o,--output", args->output,
                     "Write to this file (default: stdout)");
      return [args] { return RunSegment(*args); };
    },
    20);

}  // namespace
}  // namespace dyad::cli
