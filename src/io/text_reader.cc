// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Plain-text input: the whole input is one article, id = the input's name.
// An empty input still yields an (empty) article, after a warning, so that
// a count of inputs always matches a count of articles.
#include <string>

#include "io/format_reader.h"

namespace dyad::internal {
namespace {

class TextReader final : public FormatReader {
 public:
  using FormatReader::FormatReader;

 protected:
  bool Fill() override {
    Article article;
    Status status = source().ReadAll(article.text);
    if (!status.ok()) {
      // Keep nothing from a file that could not be read to the end: half an
      // article would be coded as if it were whole.
      EmitError(ReadError::Kind::kFile, name().path,
                status.message() + "; file skipped");
      return false;
    }
    // A byte-order mark is an encoding signature, not text.
    if (article.text.starts_with("\xEF\xBB\xBF")) article.text.erase(0, 3);
    if (article.text.empty()) {
      EmitError(ReadError::Kind::kWarning, name().path,
                "empty file, read as an article with empty text");
    }
    RepairField(article.text, article);
    article.id = name().name;
    article.origin = name().path;
    EmitArticle(std::move(article));
    return false;
  }
};

}  // namespace

std::unique_ptr<FormatReader> NewTextReader(std::unique_ptr<ByteSource> source,
                                            InputName name) {
  return std::make_unique<TextReader>(std::move(source), std::move(name));
}

}  // namespace dyad::internal
