// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Engine: every stage from raw article text to coded events, built once.
//
// An Engine owns the pipeline (cleaning, segmentation, tagging, parsing),
// the actor dictionary and matcher, the verb-pattern dictionary, the CAMEO
// code table and the gazetteer. It is immutable after Create(); Code() is
// const and thread-safe, all scratch state lives in the caller's Document.
//
//   auto engine = dyad::Engine::Create({});
//   if (!engine.ok()) { ... }               // a data file is missing
//   for (const auto& p : (*engine)->problems()) std::cerr << p << "\n";
//   dyad::Document doc;
//   std::vector<dyad::Event> events;
//   (*engine)->Code(article, doc, events);  // events of `article`
#ifndef DYAD_ENGINE_H_
#define DYAD_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

struct EngineOptions {
  // Directory of dyad's data files (models/, actors/, verbs/, cameo/,
  // gazetteer/). Empty: $DYAD_DATA if set, else the data/ directory of the
  // source tree dyad was built from.
  std::string data_dir;
  // Cleaning of scraped text (boilerplate, captions, truncation).
  bool clean = true;
  // Events whose clause names no time take the article date.
  bool article_date_fallback = true;
  // Merge events the article tells more than once.
  bool deduplicate = true;
};

class DYAD_API Engine {
 public:
  // Loads every model and dictionary. kNotFound (naming the file or
  // directory) when one is missing; other codes as the loaders give them.
  // Bad dictionary lines are not errors: they are skipped and listed in
  // problems().
  static StatusOr<std::unique_ptr<Engine>> Create(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Runs the pipeline on `article` into `doc` (cleared first; it keeps a
  // pointer to `article`), then codes it. `events` is replaced. Every
  // token is tagged and lemmatized, but only sentences that name an actor
  // are parsed (the others cannot give an event; their tokens keep head
  // -1): about a fifth of news sentences are spared the parser. Use
  // Pipeline::Run for a full parse of every sentence.
  Status Code(const Article& article, Document& doc,
              std::vector<Event>& events) const;

  // Codes a Document the pipeline already filled (doc.article set, tokens
  // tagged and parsed): actor matching (doc.mentions is replaced), event
  // coding, dates and places, de-duplication. `events` is replaced.
  Status CodeDocument(Document& doc, std::vector<Event>& events) const;

  // Tags and parses a Document that is cleaned and segmented but not yet
  // annotated (e.g. by a Pipeline built with syntax off), with the engine's
  // own syntax model, then codes it as CodeDocument() does. Lets a caller
  // that segments articles itself avoid loading a second syntax model.
  // Like Code(), it parses only the sentences that name an actor.
  Status CodeSegmented(Document& doc, std::vector<Event>& events) const;

  // "file:line: message" for each dictionary line skipped at load.
  const std::vector<std::string>& problems() const { return problems_; }

  // The data directory actually used.
  const std::string& data_dir() const { return data_dir_; }

  struct Parts;  // the loaded stages; defined in src/engine/engine.cc

 private:
  // Places, coding, dates and places, de-duplication of a Document whose
  // mentions are matched.
  Status CodeMatched(Document& doc, std::vector<Event>& events) const;
  Engine();
  EngineOptions options_;
  std::string data_dir_;
  std::vector<std::string> problems_;
  std::unique_ptr<Parts> parts_;
};

}  // namespace dyad

#endif  // DYAD_ENGINE_H_
