// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad eval GOLD --system EVENTS.jsonl [--format text|json]` scores dyad's
// JSONL events against gold sentences (dyad gold JSONL, the PLOVER GSR JSON
// or the PETR-2 validation XML); `dyad eval GOLD --make-input` writes the
// gold sentences as dyad input, one article per sentence with id = sid, so
//   dyad eval gold.jsonl --make-input | dyad code | dyad eval gold.jsonl
//   --system -
// is the whole round trip. Scoring rules: src/eval/scorer.h, docs/eval.md.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "coder/code_table.h"
#include "eval/eval_data.h"
#include "eval/scorer.h"

namespace dyad::cli {
namespace {

using internal::CodeTable;
using internal::EvalReport;
using internal::EvalSentence;
using internal::GoldFormat;

struct EvalArgs {
  std::string gold;
  std::string system;
  bool make_input = false;
  std::string gold_format = "auto";
  std::string format = "text";
  std::string data_dir;
  bool details = false;
};

// Reads a whole file, or stdin for "-".
StatusOr<std::string> ReadAll(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  text << in.rdbuf();
  return text.str();
}

int RunEval(const EvalArgs& args) {
  GoldFormat format;
  if (!internal::ParseGoldFormatName(args.gold_format, &format)) {
    PrintError("--gold-format must be auto, dyad, plover-gsr or petr2-gsr");
    return kExitUsage;
  }
  if (args.make_input == !args.system.empty()) {
    PrintError("give exactly one of --system EVENTS.jsonl and --make-input");
    return kExitUsage;
  }
  if (args.format != "text" && args.format != "json") {
    PrintError("--format must be text or json");
    return kExitUsage;
  }
  if (args.gold == "-" && args.system == "-") {
    PrintError("gold and system cannot both be read from stdin");
    return kExitUsage;
  }
  // The code table fills root and PLOVER type where a gold format lacks
  // them; without it, PETR-2 gold can still be scored at root/cameo level.
  std::unique_ptr<CodeTable> codes;
  std::string codes_path = internal::CodeTablePath(args.data_dir);
  if (StatusOr<CodeTable> loaded = CodeTable::LoadFile(codes_path);
      loaded.ok()) {
    codes = std::make_unique<CodeTable>(std::move(*loaded));
  } else {
    PrintWarning(codes_path, loaded.status().message());
  }

  StatusOr<std::string> gold_text = ReadAll(args.gold);
  if (!gold_text.ok()) {
    PrintError(gold_text.status().message());
    return ExitCodeFor(gold_text.status());
  }
  StatusOr<std::vector<EvalSentence>> gold =
      internal::ParseGold(*gold_text, args.gold, format, codes.get());
  if (!gold.ok()) {
    PrintError(gold.status().message());
    return ExitCodeFor(gold.status());
  }
  if (args.make_input) {
    std::string out = internal::MakeInputJsonl(*gold);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitInputError;
  }

  StatusOr<std::string> system_text = ReadAll(args.system);
  if (!system_text.ok()) {
    PrintError(system_text.status().message());
    return ExitCodeFor(system_text.status());
  }
  auto system = internal::ParseSystemEvents(
      *system_text, args.system == "-" ? "<stdin>" : args.system);
  if (!system.ok()) {
    PrintError(system.status().message());
    return ExitCodeFor(system.status());
  }
  EvalReport report = internal::ScoreEvents(*gold, *system);
  std::string out =
      args.format == "json"
          ? internal::FormatReportJson(report) + "\n"
          : internal::FormatReportText(report, codes.get(), args.details);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

CommandRegistration registration(
    "eval", "Score system events against gold sentences (P/R/F1 by root)",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<EvalArgs>();
      app.add_option("GOLD", args->gold,
                     "Gold file: dyad gold JSONL, PLOVER GSR JSON or PETR-2 "
                     "validation XML")
          ->required();
      app.add_option("--system", args->system,
                     "dyad JSONL events to score ('-' for stdin); their "
                     "article_id is the gold sentence id");
      app.add_flag("--make-input", args->make_input,
                   "Write the gold sentences as dyad input JSONL (id = sid)");
      app.add_option("--gold-format", args->gold_format,
                     "auto (default), dyad, plover-gsr or petr2-gsr");
      app.add_option("--format", args->format, "text (default) or json");
      app.add_flag("--details", args->details,
                   "List each sentence's missed and spurious root-level keys "
                   "(text format; JSON always has \"errors\")");
      app.add_option("--data", args->data_dir,
                     "Data directory holding cameo/cameo_codes.tsv (default: "
                     "$DYAD_DATA or the source tree's data/)");
      return [args] { return RunEval(*args); };
    },
    60);

}  // namespace
}  // namespace dyad::cli
