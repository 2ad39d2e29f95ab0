// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Sub-command registry of the `dyad` tool. Each src/cli/cmd_<name>.cc adds
// its sub-command with a static CommandRegistration, so commands live in
// their own files and main.cc never changes when one is added:
//
//   static int RunVersion(const VersionArgs&);
//   static dyad::cli::CommandRegistration reg("version", "Print versions",
//       [](CLI::App& app) -> dyad::cli::Runner { ... return [] { return 0; }; });
#ifndef DYAD_CLI_COMMAND_H_
#define DYAD_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace dyad::cli {

// Exit codes of the `dyad` tool (documented in docs/cli.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;
inline constexpr int kExitInputError = 2;
inline constexpr int kExitInternal = 3;

// Runs a parsed sub-command and returns its exit code.
using Runner = std::function<int()>;
// Adds options to the sub-command `app` and returns its runner; the runner
// is called after parsing, when the user chose this sub-command.
using Setup = std::function<Runner(CLI::App& app)>;

struct Command {
  std::string name;
  std::string description;
  Setup setup;
  int order;  // position in `dyad --help`
};

std::vector<Command>& Commands();

struct CommandRegistration {
  CommandRegistration(std::string name, std::string description, Setup setup,
                      int order = 100) {
    Commands().push_back(
        {std::move(name), std::move(description), std::move(setup), order});
  }
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMAND_H_
