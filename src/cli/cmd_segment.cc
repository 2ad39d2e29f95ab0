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
  const bool table = args.format == "table";
  return RunArticlesToOutput(args.input, args.output,
                             [&](const Document& doc, std::string& out) {
                               if (table) {
                                 AppendSegmentationTable(doc, out);
                               } else {
                                 AppendSegmentationJson(doc, out);
                                 out += '\n';
                               }
                             });
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
