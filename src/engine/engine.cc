// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Engine: loads every stage once (pipeline, actor dictionary, verb
// patterns, code table, gazetteer) and runs them in order per article:
// pipeline -> actor matching -> event coder -> dates and places ->
// de-duplication. Missing data files are reported by name at Create();
// bad dictionary lines are collected in problems() and never fatal.
#include "dyad/engine.h"

#include <filesystem>
#include <utility>

#include "coder/code_table.h"
#include "coder/coder.h"
#include "coder/verb_dictionary.h"
#include "dict/actors.h"
#include "dyad/pipeline.h"
#include "resolve/gazetteer.h"
#include "resolve/place_actors.h"
#include "resolve/when_where.h"

namespace dyad {

struct Engine::Parts {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<ActorDictionary> actors;
  std::unique_ptr<ActorMatcher> matcher;
  internal::CodeTable codes;
  internal::VerbDictionary verbs;
  std::unique_ptr<internal::Gazetteer> gazetteer;
  std::unique_ptr<internal::Coder> coder;
};

namespace {

Status RequirePath(const std::string& path, const char* what) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    return NotFoundError(std::string(what) + " not found: " + path);
  }
  return Status::Ok();
}

}  // namespace

Engine::Engine() : parts_(std::make_unique<Parts>()) {}
Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  std::unique_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  engine->data_dir_ =
      options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  const std::string& dir = engine->data_dir_;
  Parts& parts = *engine->parts_;

  const std::string actors_dir = dir + "/actors";
  const std::string verbs_dir = dir + "/verbs";
  const std::string code_table = internal::CodeTablePath(dir);
  const std::string places = dir + "/gazetteer/places.tsv";
  DYAD_RETURN_IF_ERROR(RequirePath(actors_dir, "actor dictionary directory"));
  DYAD_RETURN_IF_ERROR(RequirePath(verbs_dir, "verb dictionary directory"));
  DYAD_RETURN_IF_ERROR(RequirePath(code_table, "CAMEO code table"));
  DYAD_RETURN_IF_ERROR(RequirePath(places, "gazetteer"));

  PipelineOptions pipeline_options;
  pipeline_options.clean = options.clean;
  pipeline_options.data_dir = dir;
  DYAD_ASSIGN_OR_RETURN(parts.pipeline, Pipeline::Create(pipeline_options));
  DYAD_ASSIGN_OR_RETURN(
      parts.actors,
      ActorDictionary::LoadDirectory(actors_dir, DataFileLabel(dir, "actors")));
  for (const std::string& p : parts.actors->problems()) {
    engine->problems_.push_back(p);
  }
  parts.matcher = std::make_unique<ActorMatcher>(*parts.actors);
  DYAD_ASSIGN_OR_RETURN(parts.codes, internal::CodeTable::LoadFile(code_table));
  std::vector<internal::Diagnostic> diagnostics;
  DYAD_ASSIGN_OR_RETURN(
      parts.verbs,
      internal::VerbDictionary::LoadDirectory(
          verbs_dir, &parts.codes, {.label_dir = DataFileLabel(dir, "verbs")},
          &diagnostics));
  for (const internal::Diagnostic& d : diagnostics) {
    engine->problems_.push_back(d.ToString());
  }
  DYAD_ASSIGN_OR_RETURN(parts.gazetteer, internal::Gazetteer::LoadFile(places));
  parts.coder = std::make_unique<internal::Coder>(parts.verbs, parts.codes);
  return engine;
}

Status Engine::Code(const Article& article, Document& doc,
                    std::vector<Event>& events) const {
  events.clear();
  DYAD_RETURN_IF_ERROR(parts_->pipeline->Segment(article, doc));
  return CodeSegmented(doc, events);
}

Status Engine::CodeSegmented(Document& doc, std::vector<Event>& events) const {
  // The matcher reads one tag (is the word before a country a verb), so
  // sentences are tagged when it asks or when they can give an event; the
  // parser runs only on the latter, since the coder gives none without an
  // actor.
  events.clear();
  doc.mentions.clear();
  std::vector<bool> tagged(doc.sentences.size(), false);
  auto tag = [&](uint32_t s) {
    if (s < tagged.size() && !tagged[s]) {
      parts_->pipeline->TagSentence(doc, s);
      tagged[s] = true;
    }
  };
  parts_->matcher->Match(doc, tag);
  // A sentence needs its parse when it names a coded actor, or an unknown
  // name that is a place (a place rule may make it the country an act is
  // aimed at), and has a word some verb or noun pattern is headed by;
  // other sentences give no event.
  std::vector<bool> named(doc.sentences.size(), false);
  std::string key;
  for (const Mention& m : doc.mentions) {
    if (m.sentence >= named.size() || named[m.sentence]) continue;
    if (!m.code.empty() || m.kind == MentionKind::kCoref) {
      named[m.sentence] = true;
      continue;
    }
    internal::Gazetteer::NormalizeKey(
        std::string_view(doc.clean_text).substr(m.clean.begin, m.clean.size()),
        key);
    if (!parts_->gazetteer->Lookup(key).empty()) named[m.sentence] = true;
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (!named[s]) continue;
    tag(s);
    if (parts_->coder->MayCode(doc, s)) parts_->pipeline->ParseSentence(doc, s);
  }
  return CodeMatched(doc, events);
}

Status Engine::CodeDocument(Document& doc, std::vector<Event>& events) const {
  events.clear();
  doc.mentions.clear();
  parts_->matcher->Match(doc);
  return CodeMatched(doc, events);
}

Status Engine::CodeMatched(Document& doc, std::vector<Event>& events) const {
  internal::CodePlaceMentions(*parts_->gazetteer, doc);
  parts_->coder->Code(doc, events);
  internal::WhenWhereOptions when_where;
  when_where.article_date_fallback = options_.article_date_fallback;
  internal::AssignWhenWhere(doc, *parts_->gazetteer, events, when_where);
  internal::DropBackgroundEvents(doc, events);
  if (options_.deduplicate) internal::DeduplicateEvents(events);
  return Status::Ok();
}

}  // namespace dyad
