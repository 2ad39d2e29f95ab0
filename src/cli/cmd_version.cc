// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad version`: the code version (data versions join as data files land).
#include <fmt/core.h>

#include "cli/command.h"
#include "dyad/version.h"

namespace dyad::cli {
namespace {

CommandRegistration registration(
    "version", "Print the version of dyad and of its data files",
    [](CLI::App&) -> Runner {
      return [] {
        fmt::print("dyad {}\n", DYAD_VERSION_STRING);
        return kExitOk;
      };
    },
    1000);

}  // namespace
}  // namespace dyad::cli
