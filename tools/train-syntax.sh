#!/usr/bin/env bash
# Trains the shipped syntax model (tagger, lemmatizer, parser) from UD English
# EWT and writes data/models/syntax-en-ewt.dmdl. Trains on the train split
# only; dev is used to report accuracy. Test and PUD are for measuring only
# (tools/eval-syntax.sh).
#
# Usage: tools/train-syntax.sh [BUILD_DIR] [TREEBANK_DIR]
#   BUILD_DIR     a dyad build with dyad-train (default: build)
#   TREEBANK_DIR  holds en_ewt/en_ewt-ud-{train,dev}.conllu
#                 (default: ../shared/treebanks next to the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
treebanks="${2:-$root/../shared/treebanks}"
ninja -C "$build" dyad-train >/dev/null
"$build/src/dyad-train" \
  --train "$treebanks/en_ewt/en_ewt-ud-train.conllu" \
  --dev "$treebanks/en_ewt/en_ewt-ud-dev.conllu" \
  --output "$root/data/models/syntax-en-ewt.dmdl" \
  --data-version "en-ewt-2.16-syntax-2" \
  --provenance "UD English EWT r2.16 train split (CC BY-SA 4.0)" \
  --folds 5 --tagger-epochs 12 --parser-epochs 20 --seed 1
sha256sum "$root/data/models/syntax-en-ewt.dmdl"
