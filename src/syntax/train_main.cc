// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// dyad-train: trains the syntax model (tagger, lemmatizer, parser) from a
// CoNLL-U treebank and writes the model file. tools/train-syntax.sh has the
// exact command used for the shipped model.
//
// The parser is trained on predicted tags, not gold ones: the training set is
// split into K folds and each fold is tagged by a tagger trained on the other
// K-1 ("jackknifing"), so the parser sees tagging errors of the kind it will
// meet at run time. The dev set (optional) is only used to report accuracy.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "syntax/conllu.h"
#include "syntax/evaluation.h"
#include "syntax/syntax_model.h"

namespace dyad::internal {
namespace {

void Log(const std::string& message) {
  std::fprintf(stderr, "%s\n", message.c_str());
}

TaggedSentence ToTagged(const ConlluSentence& s) {
  TaggedSentence out;
  for (const ConlluWord& w : s.words) {
    out.push_back({w.form, UposFromName(w.upos), XposFromName(w.xpos)});
  }
  return out;
}

// Reports dev accuracy (if a dev set is given) and writes the model.
template <typename Elapsed>
int Finish(const SyntaxModel& model, const std::string& dev_path,
           const std::string& output_path, Elapsed elapsed) {
  if (!dev_path.empty()) {
    StatusOr<std::vector<ConlluSentence>> dev = ReadConlluFile(dev_path);
    if (!dev.ok()) {
      Log(dev.status().ToString());
      return 2;
    }
    std::vector<ConlluSentence> system = *dev;
    for (ConlluSentence& s : system) model.AnnotateConllu(s);
    StatusOr<SyntaxScores> scores = ScoreSyntax(*dev, system);
    if (!scores.ok()) {
      Log(scores.status().ToString());
      return 2;
    }
    Log("dev: " + scores->Summary());
  }

  std::string bytes = model.Serialize();
  std::ofstream out(output_path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    Log(output_path + ": cannot write");
    return 2;
  }
  Log("wrote " + output_path + " (" + std::to_string(bytes.size()) +
      " bytes, " + elapsed() + ")");
  return 0;
}

int Run(int argc, char** argv) {
  CLI::App app("Train the dyad syntax model (tagger, lemmatizer, parser)");
  std::string train_path, dev_path, output_path;
  std::string data_version = "en-ewt-2.16";
  std::string provenance;
  int tagger_epochs = 10, parser_epochs = 15, folds = 5;
  float tagger_prune = 0.0f, parser_prune = 0.0f;
  uint32_t seed = 1;
  bool tagger_only = false;
  std::string reprune_path;
  app.add_option("--reprune", reprune_path,
                 "load this model, prune it with the --*-prune thresholds, "
                 "report dev accuracy and write it to --output");
  app.add_flag("--tagger-only", tagger_only,
               "train the tagger, report its dev accuracy and stop");
  app.add_option("--train", train_path, "training treebank (CoNLL-U)");
  app.add_option("--dev", dev_path, "development treebank, for reporting");
  app.add_option("--output,-o", output_path, "model file to write")->required();
  app.add_option("--data-version", data_version, "data version string");
  app.add_option("--provenance", provenance, "training data description");
  app.add_option("--tagger-epochs", tagger_epochs);
  app.add_option("--parser-epochs", parser_epochs);
  app.add_option("--folds", folds, "jackknife folds (1 = gold tags)");
  app.add_option("--tagger-prune", tagger_prune, "drop |weight| below");
  app.add_option("--parser-prune", parser_prune, "drop |weight| below");
  app.add_option("--seed", seed);
  CLI11_PARSE(app, argc, argv);

  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::to_string(std::chrono::duration<double>(
                              std::chrono::steady_clock::now() - start)
                              .count()) +
           "s";
  };
  if (!reprune_path.empty()) {
    StatusOr<std::unique_ptr<SyntaxModel>> model =
        SyntaxModel::Load(reprune_path);
    if (!model.ok()) {
      Log(model.status().ToString());
      return 2;
    }
    (*model)->Prune(tagger_prune, parser_prune);
    Log("tagger " + std::to_string((*model)->tagger().num_features()) +
        " features " + std::to_string((*model)->tagger().num_weights()) +
        " weights; parser " +
        std::to_string((*model)->parser().num_features()) + " features " +
        std::to_string((*model)->parser().num_weights()) + " weights");
    return Finish(**model, dev_path, output_path, elapsed);
  }
  if (train_path.empty()) {
    Log("--train is required");
    return 1;
  }
  StatusOr<std::vector<ConlluSentence>> train = ReadConlluFile(train_path);
  if (!train.ok()) {
    Log(train.status().ToString());
    return 2;
  }
  Log("read " + std::to_string(train->size()) + " training sentences");

  std::vector<TaggedSentence> tagged;
  std::vector<LemmaExample> lemma_examples;
  for (const ConlluSentence& s : *train) {
    tagged.push_back(ToTagged(s));
    for (const ConlluWord& w : s.words) {
      lemma_examples.push_back({w.form, XposFromName(w.xpos), w.lemma});
    }
  }
  TaggerOptions tagger_options;
  tagger_options.epochs = tagger_epochs;
  tagger_options.seed = seed;
  tagger_options.prune = tagger_prune;
  if (tagger_only) {
    tagger_options.log = Log;
    Tagger tagger = Tagger::Train(tagged, tagger_options);
    StatusOr<std::vector<ConlluSentence>> dev = ReadConlluFile(dev_path);
    if (!dev.ok()) {
      Log(dev.status().ToString());
      return 2;
    }
    size_t words = 0, upos = 0, xpos = 0;
    for (const ConlluSentence& s : *dev) {
      std::vector<WordHashes> hashes(s.words.size());
      std::vector<TagClass> tags(s.words.size());
      for (size_t i = 0; i < s.words.size(); ++i) {
        ComputeWordHashes(s.words[i].form, i == 0, hashes[i]);
      }
      tagger.Tag(hashes.data(), hashes.size(), tags.data());
      for (size_t i = 0; i < s.words.size(); ++i) {
        ++words;
        upos += UposName(tags[i].upos) == s.words[i].upos;
        xpos += XposName(tags[i].xpos) == s.words[i].xpos;
      }
    }
    Log("tagger dev: UPOS " + std::to_string(100.0 * upos / words) + " XPOS " +
        std::to_string(100.0 * xpos / words) + ", " +
        std::to_string(tagger.num_weights()) + " weights");
    return 0;
  }

  // Jackknifed tags for parser training.
  std::vector<std::vector<TagClass>> parser_tags(train->size());
  if (folds <= 1) {
    for (size_t s = 0; s < tagged.size(); ++s) {
      for (const TaggedWord& w : tagged[s]) {
        parser_tags[s].push_back({w.upos, w.xpos});
      }
    }
  } else {
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<TaggedSentence> rest;
      for (size_t s = 0; s < tagged.size(); ++s) {
        if (static_cast<int>(s % folds) != fold) rest.push_back(tagged[s]);
      }
      Tagger fold_tagger = Tagger::Train(rest, tagger_options);
      for (size_t s = fold; s < tagged.size(); s += folds) {
        std::vector<WordHashes> hashes(tagged[s].size());
        std::vector<TagClass> tags(tagged[s].size());
        for (size_t i = 0; i < tagged[s].size(); ++i) {
          ComputeWordHashes(tagged[s][i].form, i == 0, hashes[i]);
        }
        fold_tagger.Tag(hashes.data(), hashes.size(), tags.data());
        for (const TagClass& t : tags) parser_tags[s].push_back(t);
      }
      Log("jackknife fold " + std::to_string(fold + 1) + "/" +
          std::to_string(folds) + " tagged (" + elapsed() + ")");
    }
  }

  tagger_options.log = Log;
  Tagger tagger = Tagger::Train(tagged, tagger_options);
  Log("tagger: " + std::to_string(tagger.num_features()) + " features, " +
      std::to_string(tagger.num_weights()) + " weights (" + elapsed() + ")");
  Lemmatizer lemmatizer = Lemmatizer::Train(lemma_examples);

  std::vector<ParserSentence> parse_training;
  for (size_t s = 0; s < train->size(); ++s) {
    ParserSentence ps;
    for (const ConlluWord& w : (*train)[s].words) {
      ps.forms.push_back(w.form);
      ps.heads.push_back(w.head - 1);
      Deprel label = DeprelFromName(w.deprel);
      ps.labels.push_back(label == Deprel::kUnset ? Deprel::kDep : label);
    }
    ps.tags = parser_tags[s];
    parse_training.push_back(std::move(ps));
  }
  ParserOptions parser_options;
  parser_options.epochs = parser_epochs;
  parser_options.seed = seed;
  parser_options.prune = parser_prune;
  parser_options.log = [&](const std::string& m) {
    Log(m + " (" + elapsed() + ")");
  };
  Parser parser = Parser::Train(parse_training, parser_options);
  Log("parser: " + std::to_string(parser.num_features()) + " features, " +
      std::to_string(parser.num_weights()) + " weights (" + elapsed() + ")");

  std::map<std::string, std::string> metadata;
  metadata["provenance"] = provenance;
  metadata["tagger_epochs"] = std::to_string(tagger_epochs);
  metadata["parser_epochs"] = std::to_string(parser_epochs);
  metadata["folds"] = std::to_string(folds);
  SyntaxModel model(std::move(tagger), std::move(lemmatizer), std::move(parser),
                    data_version, metadata);

  return Finish(model, dev_path, output_path, elapsed);
}

}  // namespace
}  // namespace dyad::internal

int main(int argc, char** argv) { return dyad::internal::Run(argc, argv); }
