// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad dict check [--data DIR]`: loads the actor dictionaries, the CAMEO
// code table and the verb patterns, and reports every problem as
// file:line; exits 2 if there is any.
#include <fmt/core.h>

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/command.h"
#include "coder/code_table.h"
#include "coder/verb_dictionary.h"
#include "dict/actors.h"

namespace dyad::cli {
namespace {

struct DictArgs {
  std::string data_dir;
  bool stats = false;
};

// The CAMEO code table and the verb patterns (checked against it): reports
// each problem as file:line; returns their number.
size_t CheckVerbs(const DictArgs& args) {
  auto codes =
      internal::CodeTable::LoadFile(internal::CodeTablePath(args.data_dir));
  if (!codes.ok()) {
    fmt::print(stderr, "dyad dict check: {}\n", codes.status().ToString());
    return 1;
  }
  const std::string dir = args.data_dir + "/verbs";
  std::vector<internal::Diagnostic> diagnostics;
  auto verbs = internal::VerbDictionary::LoadDirectory(
      dir, &*codes, {.label_dir = DataFileLabel(args.data_dir, "verbs")},
      &diagnostics);
  if (!verbs.ok()) {
    fmt::print(stderr, "dyad dict check: {}\n", verbs.status().ToString());
    return 1;
  }
  for (const internal::Diagnostic& d : diagnostics) {
    fmt::print(stderr, "{}\n", d.ToString());
  }
  fmt::print("{}: {} patterns, {} problems\n", dir, verbs->size(),
             diagnostics.size());
  return diagnostics.size();
}

int RunCheck(const DictArgs& args) {
  const std::string dir = args.data_dir + "/actors";
  auto dict = ActorDictionary::LoadDirectory(dir);
  if (!dict.ok()) {
    fmt::print(stderr, "dyad dict check: {}\n", dict.status().ToString());
    return kExitInputError;
  }
  for (const std::string& p : (*dict)->problems()) {
    fmt::print(stderr, "{}\n", p);
  }
  const auto& entries = (*dict)->entries();
  std::array<size_t, 16> per_kind{};
  size_t names = 0, dated = 0;
  for (const ActorEntry& e : entries) {
    ++per_kind[static_cast<size_t>(e.kind)];
    names += e.names.size();
    if (e.kind == ActorEntryKind::kPerson) {
      for (const DatedCode& c : e.codes) {
        if (c.from != 0 || c.to != 0) {
          ++dated;
          break;
        }
      }
    }
  }
  fmt::print("{}: {} files, {} entries, {} names, {} problems\n", dir,
             (*dict)->files().size(), entries.size(), names,
             (*dict)->problems().size());
  if (args.stats) {
    for (size_t k = 0; k <= static_cast<size_t>(ActorEntryKind::kAnaphor);
         ++k) {
      fmt::print("  {:<14} {}\n",
                 ActorEntryKindName(static_cast<ActorEntryKind>(k)),
                 per_kind[k]);
    }
    fmt::print("  persons with dated roles: {}\n", dated);
  }
  size_t problems = (*dict)->problems().size();
  problems += CheckVerbs(args);
  return problems == 0 ? kExitOk : kExitInputError;
}

CommandRegistration registration(
    "dict", "Check the dictionaries under data/ (dict check)",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<DictArgs>();
      args->data_dir = DefaultDataDir();
      app.require_subcommand(1);
      CLI::App* check = app.add_subcommand(
          "check",
          "Report every dictionary problem as file:line; exit 2 if any");
      check->add_option("--data", args->data_dir, "Data directory")
          ->capture_default_str();
      check->add_flag("--stats", args->stats, "Print entries per kind");
      return [args, check] {
        if (check->parsed()) return RunCheck(*args);
        return kExitUsage;
      };
    },
    60);

}  // namespace
}  // namespace dyad::cli
