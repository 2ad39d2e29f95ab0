// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad series --db FILE --dyad USA:RUS --by day|week|month`: the event
// time series of one dyad: per period, the number of events, the sum and
// mean of their Goldstein scores and the count per QuadClass.
#include <fmt/core.h>

#include <cmath>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "dyad/event_store.h"

namespace dyad::cli {
namespace {

struct SeriesArgs {
  std::string db;
  std::string dyad;
  std::string by = "day";
  std::string format = "json";
  std::string from;
  std::string to;
  bool both = false;
};

std::string Number(double v) {
  return std::isfinite(v) ? fmt::format("{}", v) : std::string();
}

int RunSeries(const SeriesArgs& args) {
  const size_t colon = args.dyad.find(':');
  if (colon == std::string::npos) {
    PrintError(
        "--dyad wants SOURCE:TARGET, e.g. USA:RUS (either may be "
        "empty for any actor)");
    return kExitUsage;
  }
  SeriesQuery q;
  q.source = args.dyad.substr(0, colon);
  q.target = args.dyad.substr(colon + 1);
  q.both_directions = args.both;
  q.from = args.from;
  q.to = args.to;
  StatusOr<SeriesPeriod> by = ParseSeriesPeriod(args.by);
  if (!by.ok()) {
    PrintError(by.status().message());
    return kExitUsage;
  }
  q.by = *by;

  EventStoreOptions options;
  options.read_only = true;
  StatusOr<std::unique_ptr<EventStore>> store =
      EventStore::Open(args.db, options);
  if (!store.ok()) {
    PrintError(store.status().message());
    return ExitCodeFor(store.status());
  }
  StatusOr<std::vector<SeriesPoint>> points = (*store)->Series(q);
  if (!points.ok()) {
    PrintError(points.status().message());
    return ExitCodeFor(points.status());
  }
  if (args.format == "csv") {
    std::string out =
        "period,events,goldstein_sum,goldstein_mean,quad1,quad2,quad3,quad4,"
        "quad_unknown\n";
    for (const SeriesPoint& p : *points) {
      out += fmt::format("{},{},{},{},{},{},{},{},{}\n", p.period, p.events,
                         Number(p.goldstein_sum), Number(p.goldstein_mean),
                         p.quad[1], p.quad[2], p.quad[3], p.quad[4], p.quad[0]);
    }
    std::cout << out;
  } else {
    nlohmann::ordered_json doc;
    doc["dyad"] = args.dyad;
    doc["by"] = args.by;
    doc["both_directions"] = args.both;
    doc["series"] = nlohmann::ordered_json::array();
    for (const SeriesPoint& p : *points) {
      nlohmann::ordered_json point;
      point["period"] = p.period;
      point["events"] = p.events;
      point["goldstein_sum"] = p.goldstein_sum;
      point["goldstein_mean"] = std::isfinite(p.goldstein_mean)
                                    ? nlohmann::ordered_json(p.goldstein_mean)
                                    : nlohmann::ordered_json();
      point["quad"] = {{"1", p.quad[1]},
                       {"2", p.quad[2]},
                       {"3", p.quad[3]},
                       {"4", p.quad[4]},
                       {"unknown", p.quad[0]}};
      doc["series"].push_back(std::move(point));
    }
    std::cout << doc.dump() << '\n';
  }
  std::cout.flush();
  if (!std::cout) {
    PrintError("write to stdout failed");
    return kExitInputError;
  }
  return kExitOk;
}

CommandRegistration registration(
    "series", "Event counts and Goldstein totals of one dyad over time",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<SeriesArgs>();
      app.add_option("--db", args->db, "The store")->required();
      app.add_option("--dyad", args->dyad,
                     "SOURCE:TARGET actor code prefixes, e.g. USA:RUS")
          ->required();
      app.add_option("--by", args->by,
                     "Period: day, week (ISO, by Monday) "
                     "or month")
          ->check(CLI::IsMember({"day", "week", "month"}));
      app.add_option("--format", args->format, "json or csv")
          ->check(CLI::IsMember({"json", "csv"}));
      app.add_option("--from", args->from, "First date (YYYY-MM-DD)");
      app.add_option("--to", args->to, "Last date (YYYY-MM-DD or YYYY-MM)");
      app.add_flag("--both-directions", args->both,
                   "Count TARGET->SOURCE events too");
      return [args] { return RunSeries(*args); };
    },
    40);

}  // namespace
}  // namespace dyad::cli
