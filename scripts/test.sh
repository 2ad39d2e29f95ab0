#!/usr/bin/env bash
# Quick start, command 2: install dependencies, build, run the whole test
# suite. Tests that need ../shared/ print a note and are skipped when that
# directory is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
