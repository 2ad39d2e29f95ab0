// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// How `dyad` sub-commands report problems on stderr and choose exit codes
// (the codes themselves are in cli/command.h; docs/cli.md lists them).
#ifndef DYAD_CLI_EXIT_H_
#define DYAD_CLI_EXIT_H_

#include <string_view>

#include "dyad/status.h"

namespace dyad::cli {

// "dyad: <message>\n" on stderr.
void PrintError(std::string_view message);
// "dyad: <where>: <message>\n"; `where` is a path or "path:line".
void PrintError(std::string_view where, std::string_view message);
// "dyad: <where>: warning: <message>\n".
void PrintWarning(std::string_view where, std::string_view message);

// Exit code for a failed Status that is not a usage error: kInternal -> 3,
// anything else (missing file, bad data, failed write) -> 2.
int ExitCodeFor(const Status& status);

}  // namespace dyad::cli

#endif  // DYAD_CLI_EXIT_H_
