#!/usr/bin/env bash
# Re-tags and re-parses the gold-tokenized EWT dev/test and PUD treebanks with
# `dyad parse --input-format conllu` and scores them with dyad-syntax-eval
# (UPOS, XPOS, lemma, UAS, LAS on gold tokenization).
#
# Usage: tools/eval-syntax.sh [BUILD_DIR] [TREEBANK_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
treebanks="${2:-$root/../shared/treebanks}"
ninja -C "$build" dyad dyad-syntax-eval >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for gold in "$treebanks/en_ewt/en_ewt-ud-dev.conllu" \
            "$treebanks/en_ewt/en_ewt-ud-test.conllu" \
            "$treebanks/en_pud/en_pud-ud-test.conllu"; do
  name="$(basename "$gold" .conllu)"
  "$build/src/dyad" parse --input-format conllu "$gold" -o "$out/$name.conllu"
  printf '%-22s %s\n' "$name" "$("$build/src/dyad-syntax-eval" "$gold" "$out/$name.conllu")"
done
