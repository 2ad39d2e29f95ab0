// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad <command> [options]`: the command-line face of the library.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>

#include "cli/command.h"
#include "dyad/version.h"

namespace dyad::cli {

std::vector<Command>& Commands() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace dyad::cli

int main(int argc, char** argv) {
  using dyad::cli::Commands;
  CLI::App app{"dyad " DYAD_VERSION_STRING
               ": political event data from English news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", DYAD_VERSION_STRING);

  auto& commands = Commands();
  std::stable_sort(commands.begin(), commands.end(),
                   [](const auto& a, const auto& b) { return a.order < b.order; });
  std::map<CLI::App*, dyad::cli::Runner> runners;
  for (const auto& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.description);
    runners[sub] = c.setup(*sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return dyad::cli::kExitUsage;
  }
  try {
    for (auto& [sub, run] : runners) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: internal error: %s\n", e.what());
    return dyad::cli::kExitInternal;
  }
  return dyad::cli::kExitUsage;
}
