// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// `dyad parse [INPUT...]`: tags and parses articles and prints CoNLL-U, one
// block per sentence, with "# newdoc id", "# sent_id" and "# text" comments.
//
// `dyad parse --input-format conllu FILE...` re-tags and re-parses words that
// are already tokenized (a treebank), keeping its words, comments and
// multiword-token lines, so the output can be scored against the treebank
// (dyad-syntax-eval, or the CoNLL 2018 evaluation script).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.h"
#include "cli/exit.h"
#include "cli/input_options.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "syntax/conllu.h"
#include "syntax/deprel.h"
#include "syntax/syntax_model.h"
#include "tag/tagset.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string data_dir;
  std::string output = "-";
  bool quiet = false;
  bool no_clean = false;
};

// Appends the CoNLL-U block of one sentence of a parsed Document.
void AppendSentence(const Document& doc, size_t index, std::string& out) {
  using namespace internal;
  const Sentence& s = doc.sentences[index];
  const std::string id = doc.article != nullptr && !doc.article->id.empty()
                             ? doc.article->id
                             : "doc";
  out += "# sent_id = " + id + "-" + std::to_string(index + 1) + "\n";
  std::string text(doc.SentenceText(s));
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  out += "# text = " + text + "\n";
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    const Token& token = doc.tokens[t];
    out += std::to_string(t - s.token_begin + 1);
    out += '\t';
    out += doc.TokenText(token);
    out += '\t';
    out += token.lemma.empty() ? "_" : token.lemma;
    out += '\t';
    out += UposName(static_cast<Upos>(token.upos));
    out += '\t';
    out += XposName(static_cast<Xpos>(token.xpos));
    out += '\t';
    out += FeaturesToConllu(token.feats);
    out += '\t';
    out += std::to_string(token.head + 1);
    out += '\t';
    out += DeprelName(static_cast<Deprel>(token.deprel));
    out += "\t_\t";
    out += (!token.space_after && t + 1 < s.token_end) ? "SpaceAfter=No" : "_";
    out += '\n';
  }
  out += '\n';
}

// Writes `text` to the output (stdout or the file opened once).
class Output {
 public:
  Status Open(const std::string& path) {
    if (path == "-" || path.empty()) return Status::Ok();
    file_ = std::make_unique<std::ofstream>(path, std::ios::binary);
    if (!*file_) return NotFoundError(path + ": cannot open for writing");
    return Status::Ok();
  }
  Status Write(const std::string& text) {
    if (file_) {
      file_->write(text.data(), static_cast<std::streamsize>(text.size()));
      if (!*file_) return DataLossError("write failed");
    } else if (std::fwrite(text.data(), 1, text.size(), stdout) !=
               text.size()) {
      return DataLossError("write to stdout failed");
    }
    return Status::Ok();
  }

 private:
  std::unique_ptr<std::ofstream> file_;
};

int RunConllu(const ParseArgs& args, Output& output) {
  StatusOr<std::unique_ptr<internal::SyntaxModel>> model =
      internal::SyntaxModel::Load(internal::SyntaxModelPath(args.data_dir));
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.push_back("-");
  std::string buffer;
  for (const std::string& path : inputs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path);
      if (!file) {
        PrintError(path, "cannot open");
        return kExitInputError;
      }
      in = &file;
    }
    internal::ConlluReader reader(*in, path == "-" ? "<stdin>" : path);
    internal::ConlluSentence sentence;
    while (true) {
      StatusOr<bool> more = reader.Next(sentence);
      if (!more.ok()) {
        PrintError(more.status().message());
        return kExitInputError;
      }
      if (!*more) break;
      (*model)->AnnotateConllu(sentence);
      buffer.clear();
      internal::AppendConllu(sentence, buffer);
      Status written = output.Write(buffer);
      if (!written.ok()) {
        PrintError(written.message());
        return kExitInputError;
      }
    }
  }
  return kExitOk;
}

int RunParse(const ParseArgs& args) {
  Output output;
  if (Status s = output.Open(args.output); !s.ok()) {
    PrintError(s.message());
    return kExitInputError;
  }
  if (args.input_format == "conllu") return RunConllu(args, output);
  // The article pipeline finds its data through DYAD_DATA.
  if (!args.data_dir.empty()) setenv("DYAD_DATA", args.data_dir.c_str(), 1);
  InputOptions input;
  input.inputs = args.inputs;
  input.input_format = args.input_format;
  input.quiet = args.quiet;
  input.no_clean = args.no_clean;
  RunStats stats;
  std::string buffer;
  return RunArticles(
      input,
      [&](const Document& doc) -> StatusOr<size_t> {
        buffer.clear();
        if (doc.article != nullptr && !doc.article->id.empty()) {
          buffer += "# newdoc id = " + doc.article->id + "\n";
        }
        for (size_t s = 0; s < doc.sentences.size(); ++s) {
          AppendSentence(doc, s, buffer);
        }
        DYAD_RETURN_IF_ERROR(output.Write(buffer));
        return size_t{0};
      },
      stats);
}

CommandRegistration registration(
    "parse", "Tag and parse articles (or re-parse CoNLL-U) and print CoNLL-U",
    [](CLI::App& app) -> Runner {
      auto args = std::make_shared<ParseArgs>();
      app.add_option("input", args->inputs,
                     "Files or directories to read (\"-\" or none: stdin)");
      app.add_option("--input-format", args->input_format,
                     "auto, text, jsonl, csv, or conllu (tokenized words to "
                     "re-tag and re-parse)")
          ->check(CLI::IsMember(
              {"auto", "text", "txt", "jsonl", "ndjson", "csv", "conllu"}));
      app.add_option("--data", args->data_dir,
                     "Data directory holding models/ (default: $DYAD_DATA or "
                     "the built-in data/)");
      app.add_option("-o,--output", args->output,
                     "Write to this file (default: stdout)");
      app.add_flag("-q,--quiet", args->quiet, "No progress or summary");
      app.add_flag("--no-clean", args->no_clean,
                   "Keep boilerplate, captions and truncated endings");
      return [args] { return RunParse(*args); };
    },
    25);

}  // namespace
}  // namespace dyad::cli
