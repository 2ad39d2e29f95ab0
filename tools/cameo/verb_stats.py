#!/usr/bin/env python3
# Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
"""Counts the patterns of data/verbs/*.txt per CAMEO root, as a Markdown table.

A pattern is one predicate lemma with one frame: a line whose head lists
alternatives ("meet|confer with:T") holds one pattern per alternative, as the
C++ loader (src/coder/verb_dictionary.cc) expands them. Lines are counted too.
Usage: tools/cameo/verb_stats.py [data/verbs] > table.md   (stdlib only)
"""
import collections
import glob
import os
import sys


def main(argv):
    folder = argv[1] if len(argv) > 1 else "data/verbs"
    patterns = collections.Counter()
    lines = collections.Counter()
    nouns = collections.Counter()
    codes = collections.defaultdict(set)
    files = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        for raw in open(path, encoding="utf-8"):
            line = raw.split("#", 1)[0].split(";", 1)[0].split()
            if len(line) < 2:
                continue
            code, head = line[0], line[1]
            root = code[:2]
            files[root] = os.path.basename(path)
            n = len(head.lstrip("@").split("|"))
            patterns[root] += n
            lines[root] += 1
            if head.startswith("@"):
                nouns[root] += n
            codes[root].add(code)
    print("| root | file | lines | patterns | of which event nouns | codes used |")
    print("|---|---|---:|---:|---:|---:|")
    for root in sorted(patterns):
        print(f"| {root} | {files[root]} | {lines[root]} | {patterns[root]} | "
              f"{nouns[root]} | {len(codes[root])} |")
    print(f"| all | | {sum(lines.values())} | {sum(patterns.values())} | "
          f"{sum(nouns.values())} | {sum(len(c) for c in codes.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
