#!/usr/bin/env bash
# Quick start, command 1: install dependencies, build, and code the bundled
# example article. Events go to stdout as JSON Lines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Build output goes to stderr, so that stdout carries only the events.
scripts/build.sh >&2
echo "--- dyad code examples/kerry_lavrov_moscow.jsonl" >&2
build/src/dyad code examples/kerry_lavrov_moscow.jsonl
