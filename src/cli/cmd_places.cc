// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad places [INPUT...]`: shows what the resolve stage finds in each
// sentence: the temporal expressions with their resolved dates, and the
// place mentions with their role and chosen gazetteer entry. As an aligned
// table for people (default) or JSON Lines (one object per mention) for
// tools. Until the coder lands this is how dates and places are inspected.
#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/writer.h"
#include "resolve/gazetteer.h"
#include "resolve/places.h"
#include "resolve/time_expressions.h"

namespace dyad::cli {
namespace {

using internal::FindPlaces;
using internal::FindTimes;
using internal::Gazetteer;

struct PlacesArgs {
  InputOptions input;
  std::string format = "table";
  std::string output = "-";
  std::string gazetteer;  // path; empty = bundled
};

std::string_view PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kNone:
      break;
  }
  return "none";
}

std::string_view Clean(const Document& doc, ByteSpan span) {
  return std::string_view(doc.clean_text).substr(span.begin, span.size());
}

void AppendArticle(const Document& doc, const Gazetteer& g, bool table,
                   std::string& out) {
  const std::string& id = doc.article != nullptr ? doc.article->id : "";
  std::vector<internal::PlaceMention> places = FindPlaces(doc, g);
  size_t next_place = 0;
  if (table) {
    out += fmt::format("# {} date={}\n", id,
                       doc.article != nullptr && !doc.article->date.empty()
                           ? doc.article->date
                           : "unknown");
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (const internal::TimeMention& t : FindTimes(doc, s)) {
      if (table) {
        out += fmt::format("{:>4}  time   {:<28} {:<12} {}\n", s,
                           Clean(doc, t.clean),
                           t.date.iso.empty() ? "-" : t.date.iso,
                           PrecisionName(t.date.precision));
      } else {
        nlohmann::json j = {
            {"article_id", id},
            {"sentence", s},
            {"type", "time"},
            {"text", Clean(doc, t.clean)},
            {"date", t.date.iso.empty() ? nlohmann::json(nullptr)
                                        : nlohmann::json(t.date.iso)},
            {"precision", PrecisionName(t.date.precision)}};
        out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += '\n';
      }
    }
    for (; next_place < places.size() && places[next_place].sentence == s;
         ++next_place) {
      const internal::PlaceMention& m = places[next_place];
      const internal::GazetteerPlace& p =
          g.place(static_cast<uint32_t>(m.place));
      if (table) {
        out += fmt::format(
            "{:>4}  place  {:<28} {:<11} {} ({}, {}{}) {:.2f},{:.2f}\n", s,
            Clean(doc, m.clean), internal::PlaceRoleName(m.role), p.name,
            internal::PlaceKindName(p.kind), p.country,
            p.admin1.empty() || p.kind != internal::PlaceKind::kCity
                ? ""
                : ", " + p.admin1,
            p.lat, p.lon);
      } else {
        nlohmann::json j = {{"article_id", id},
                            {"sentence", s},
                            {"type", "place"},
                            {"text", Clean(doc, m.clean)},
                            {"role", internal::PlaceRoleName(m.role)},
                            {"name", p.name},
                            {"kind", internal::PlaceKindName(p.kind)},
                            {"country", p.country},
                            {"admin1", p.admin1},
                            {"lat", p.lat},
                            {"lon", p.lon},
                            {"candidates", m.candidates.size()}};
        out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += '\n';
      }
    }
  }
}

int RunPlaces(const PlacesArgs& args) {
  std::unique_ptr<Gazetteer> own;
  const Gazetteer* gazetteer = nullptr;
  if (!args.gazetteer.empty()) {
    auto loaded = Gazetteer::LoadFile(args.gazetteer);
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return ExitCodeFor(loaded.status());
    }
    own = std::move(*loaded);
    gazetteer = own.get();
  } else {
    auto loaded = Gazetteer::Default();
    if (!loaded.ok()) {
      PrintError(loaded.status().message());
      return ExitCodeFor(loaded.status());
    }
    gazetteer = *loaded;
  }
  const bool table = args.format == "table";
  return RunArticlesToOutput(args.input, args.output,
                             [&](const Document& doc, std::string& out) {
                               AppendArticle(doc, *gazetteer, table, out);
                             });
}

CommandRegistration registration(
    "places",
    "Show the dates and places the resolve stage finds in each sentence",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<PlacesArgs>();
      AddInputOptions(app, args->input);
      app.add_option("--format", args->format, "Output format: table or jsonl")
          ->check(CLI::IsMember({"jsonl", "table"}));
      app.add_option("-o,--output", args->output,
                     "Write to this file (default: stdout)");
      app.add_option("--gazetteer", args->gazetteer,
                     "Gazetteer TSV (default: the bundled "
                     "data/gazetteer/places.tsv)");
      return [args] { return RunPlaces(*args); };
    },
    40);

}  // namespace
}  // namespace dyad::cli
