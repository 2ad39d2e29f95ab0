// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "cli/exit.h"

#include <fmt/core.h>

#include <cstdio>

#include "cli/command.h"

namespace dyad::cli {

void PrintError(std::string_view message) {
  fmt::print(stderr, "dyad: {}\n", message);
}

void PrintError(std::string_view where, std::string_view message) {
  fmt::print(stderr, "dyad: {}: {}\n", where, message);
}

void PrintWarning(std::string_view where, std::string_view message) {
  fmt::print(stderr, "dyad: {}: warning: {}\n", where, message);
}

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  if (status.code() == StatusCode::kInternal) return kExitInternal;
  return kExitInputError;
}

}  // namespace dyad::cli
