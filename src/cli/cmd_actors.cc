// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad actors [INPUT...] [--format table|jsonl] [--data DIR]`: prints the
// actor mentions of each article with code, kind and the dictionary entry
// that matched. Input: JSON Lines articles ({"id","date","text",...}) or
// plain text (one article per file, or per stdin), from files or stdin.
// NOTE(actors): switch to include/dyad/reader.h once it has landed.
#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "dict/actors.h"
#include "dict/internal/actor_pipeline.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

struct ActorsArgs {
  std::vector<std::string> inputs;
  std::string format = "table";
  std::string data_dir;
};

std::string_view KindName(MentionKind k) {
  switch (k) {
    case MentionKind::kCountry:
      return "country";
    case MentionKind::kGovernment:
      return "government";
    case MentionKind::kPerson:
      return "person";
    case MentionKind::kIgo:
      return "igo";
    case MentionKind::kArmedGroup:
      return "armed_group";
    case MentionKind::kOrganization:
      return "organization";
    case MentionKind::kAgent:
      return "agent";
    case MentionKind::kUnknown:
      return "unknown";
    case MentionKind::kCoref:
      return "coref";
  }
  return "?";
}

// Reads articles from one stream: JSON Lines when the first non-blank
// character is '{', else the whole stream is one plain-text article.
bool ReadArticles(std::istream& in, const std::string& origin,
                  std::vector<Article>& out) {
  std::stringstream ss;
  ss << in.rdbuf();
  std::string all = ss.str();
  size_t first = all.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return true;
  if (all[first] != '{') {
    Article a;
    a.id = origin;
    a.origin = origin;
    a.text = std::move(all);
    out.push_back(std::move(a));
    return true;
  }
  std::istringstream lines(all);
  std::string line;
  size_t line_no = 0;
  bool ok = true;
  while (std::getline(lines, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") ||
        !j["text"].is_string()) {
      fmt::print(stderr, "{}:{}: not a JSON article with \"text\"\n", origin,
                 line_no);
      ok = false;
      continue;
    }
    Article a;
    a.origin = origin + ":" + std::to_string(line_no);
    a.id = j.contains("id") && j["id"].is_string()
               ? j["id"].get<std::string>()
               : (j.contains("id") && j["id"].is_number()
                      ? j["id"].dump()
                      : std::to_string(line_no));
    if (j.contains("date") && j["date"].is_string()) {
      a.date = j["date"].get<std::string>();
    }
    a.text = j["text"].get<std::string>();
    out.push_back(std::move(a));
  }
  return ok;
}

int RunActors(const ActorsArgs& args) {
  if (args.format != "table" && args.format != "jsonl") {
    fmt::print(stderr, "dyad actors: --format must be table or jsonl\n");
    return kExitUsage;
  }
  auto dict = ActorDictionary::LoadDirectory(
      args.data_dir + "/actors", DataFileLabel(args.data_dir, "actors"));
  if (!dict.ok()) {
    fmt::print(stderr, "dyad actors: {}\n", dict.status().ToString());
    return kExitInputError;
  }
  if (!(*dict)->problems().empty()) {
    fmt::print(stderr,
               "dyad actors: {} dictionary problems (see `dyad dict check`)\n",
               (*dict)->problems().size());
  }
  auto pipeline = Pipeline::Create(internal::TokensOnlyPipelineOptions());
  if (!pipeline.ok()) {
    fmt::print(stderr, "dyad actors: {}\n", pipeline.status().ToString());
    return kExitInternal;
  }
  ActorMatcher matcher(**dict);
  std::vector<Article> articles;
  bool ok = true;
  if (args.inputs.empty() ||
      (args.inputs.size() == 1 && args.inputs[0] == "-")) {
    ok = ReadArticles(std::cin, "<stdin>", articles);
  } else {
    for (const std::string& path : args.inputs) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        fmt::print(stderr, "dyad actors: {}: cannot open\n", path);
        ok = false;
        continue;
      }
      ok &= ReadArticles(in, path, articles);
    }
  }
  Document doc;
  for (const Article& a : articles) {
    Status st = (*pipeline)->Run(a, doc);
    if (!st.ok()) {
      fmt::print(stderr, "{}: {}\n", a.origin, st.ToString());
      ok = false;
      continue;
    }
    matcher.Match(doc);
    for (const Mention& m : doc.mentions) {
      std::string text = a.text.substr(m.orig.begin, m.orig.size());
      std::string entry =
          m.entry == Mention::kNoEntry ? "" : (*dict)->EntrySource(m.entry);
      if (args.format == "jsonl") {
        nlohmann::json j;
        j["article_id"] = a.id;
        j["sentence"] = m.sentence;
        j["start"] = m.orig.begin;
        j["end"] = m.orig.end;
        j["text"] = text;
        j["code"] = m.code.empty() ? nlohmann::json() : nlohmann::json(m.code);
        j["kind"] = KindName(m.kind);
        j["entry"] = entry.empty() ? nlohmann::json() : nlohmann::json(entry);
        if (m.antecedent >= 0) {
          const Mention& ante = doc.mentions[m.antecedent];
          j["antecedent"] = a.text.substr(ante.orig.begin, ante.orig.size());
        }
        fmt::print("{}\n", j.dump(-1, ' ', false,
                                  nlohmann::json::error_handler_t::replace));
      } else {
        fmt::print("{}\t{}\t{}-{}\t{:<12}\t{:<12}\t{}\t{}\n", a.id, m.sentence,
                   m.orig.begin, m.orig.end, m.code.empty() ? "-" : m.code,
                   KindName(m.kind), text, entry);
      }
    }
  }
  return ok ? kExitOk : kExitInputError;
}

CommandRegistration registration(
    "actors", "Print the actor mentions (codes, kinds, entries) of articles",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<ActorsArgs>();
      args->data_dir = DefaultDataDir();
      app.add_option("inputs", args->inputs,
                     "JSONL or text files (default: stdin)");
      app.add_option("--format", args->format, "table or jsonl")
          ->capture_default_str();
      app.add_option("--data", args->data_dir, "Data directory")
          ->capture_default_str();
      return [args] { return RunActors(*args); };
    },
    55);

}  // namespace
}  // namespace dyad::cli
