// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad query --db FILE [filters] [--format F]`: prints the stored events
// that match every filter given, in store order, as JSON Lines, CSV,
// GDELT 2.0 or Phoenix rows (docs/store.md lists filters and columns).
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "dyad/event_store.h"
#include "dyad/event_writer.h"

namespace dyad::cli {
namespace {

struct QueryArgs {
  std::string db;
  EventQuery query;
  std::string format = "jsonl";
  std::string output = "-";
};

int RunQuery(const QueryArgs& args) {
  EventStoreOptions options;
  options.read_only = true;
  StatusOr<std::unique_ptr<EventStore>> store =
      EventStore::Open(args.db, options);
  if (!store.ok()) {
    PrintError(store.status().message());
    return ExitCodeFor(store.status());
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary);
    if (!file) {
      PrintError(args.output, "cannot create output file");
      return kExitInputError;
    }
    out = &file;
  }
  StatusOr<std::unique_ptr<EventExporter>> writer =
      EventExporter::Create(args.format, *out);
  if (!writer.ok()) {
    PrintError(writer.status().message());
    return kExitUsage;
  }
  Status s = (*store)->Query(args.query, [&](const StoredEvent& e) {
    return (*writer)->Write(e.event, e.article, e.facts);
  });
  if (s.ok()) s = (*writer)->Finish();
  if (!s.ok()) {
    PrintError(s.message());
    return ExitCodeFor(s);
  }
  return kExitOk;
}

CommandRegistration registration(
    "query",
    "Print stored events matching filters (jsonl, csv, gdelt, phoenix)",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<QueryArgs>();
      EventQuery& q = args->query;
      app.add_option("--db", args->db, "The store")->required();
      app.add_option("--source", q.source,
                     "Source actor code prefix (USA, USAGOV)");
      app.add_option("--target", q.target, "Target actor code prefix");
      app.add_option("--either", q.either, "Actor code prefix on either side");
      app.add_option("--country", q.country,
                     "3-letter country code on either side");
      app.add_option("--role", q.role,
                     "Role code (GOV, MIL, REB, ...) in either actor's code");
      app.add_option("--cameo", q.cameo,
                     "CAMEO code prefix: a root (\"04\") or code (\"043\")");
      app.add_option("--root", q.root, "CAMEO root code (\"04\")");
      app.add_option("--plover", q.plover, "PLOVER event type (CONSULT)");
      app.add_option("--quad", q.quad_class, "QuadClass 1..4")
          ->check(CLI::Range(1, 4));
      app.add_option("--from", q.from, "Event date on or after (YYYY-MM-DD)");
      app.add_option("--to", q.to,
                     "Event date on or before (YYYY-MM-DD, or YYYY-MM for the "
                     "whole month)");
      app.add_option("--place", q.place, "Event place name");
      app.add_option("--text", q.text,
                     "Full-text search in the evidence sentences (SQLite FTS5 "
                     "syntax: words, \"phrases\", OR, NOT, prefix*)");
      app.add_option("--limit", q.limit, "At most this many events")
          ->check(CLI::PositiveNumber);
      app.add_flag("--unique", q.unique,
                   "One event per cross-article event group");
      app.add_option("--format", args->format, "Output format")
          ->check(CLI::IsMember({"jsonl", "csv", "gdelt", "phoenix"}));
      app.add_option("-o,--output", args->output,
                     "Write to this file (default: stdout)");
      return [args] { return RunQuery(*args); };
    },
    30);

}  // namespace
}  // namespace dyad::cli
