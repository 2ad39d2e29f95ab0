// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// JSON Lines input, one article object per line, parsed with simdjson's
// On-Demand API: each line is repaired (UTF-8, NUL), copied into a padded
// buffer and its top-level fields are visited once, in any order; values of
// keys we do not use are skipped without being materialised. A line that
// does not parse is reported with its number and reading goes on with the
// next line, since a JSON Lines file has no state across lines.
#include <string>
#include <vector>

#include "io/format_reader.h"
#include "io/utf8_repair.h"
#include "simdjson.h"

namespace dyad::internal {
namespace {

namespace od = simdjson::ondemand;

enum class Field { kNone, kId, kDate, kText, kTitle, kSource, kUrl };

Field FieldOf(std::string_view key) {
  if (key == "text") return Field::kText;
  if (key == "id") return Field::kId;
  if (key == "date") return Field::kDate;
  if (key == "title") return Field::kTitle;
  if (key == "source") return Field::kSource;
  if (key == "url") return Field::kUrl;
  return Field::kNone;
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
      return false;
    }
  }
  return true;
}

class JsonlReader final : public FormatReader {
 public:
  JsonlReader(std::unique_ptr<ByteSource> input, InputName name)
      : FormatReader(std::move(input), std::move(name)), lines_(source()) {}

 protected:
  bool Fill() override {
    std::string_view line;
    Status status;
    if (!lines_.Next(line, status)) {
      if (!status.ok()) {
        EmitError(ReadError::Kind::kFile, Where(lines_.line_number() + 1),
                  status.message() + "; rest of file skipped");
      }
      return false;
    }
    const uint64_t number = lines_.line_number();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (IsBlank(line)) return true;  // blank lines separate nothing
    ParseLine(line, number);
    return true;
  }

 private:
  void ParseLine(std::string_view line, uint64_t number) {
    Article article;
    buffer_.assign(line);
    Utf8RepairCounts counts = RepairUtf8(buffer_);
    article.utf8_repairs = counts.replaced;
    article.nul_bytes = counts.nul_bytes;
    buffer_.reserve(buffer_.size() + simdjson::SIMDJSON_PADDING);

    auto invalid = [&](simdjson::error_code error) {
      std::string reason = simdjson::error_message(error);
      if (reason.ends_with('.')) reason.pop_back();
      EmitError(ReadError::Kind::kRecord, Where(number),
                "invalid JSON: " + reason + "; line skipped");
    };
    od::document doc;
    simdjson::error_code error =
        parser_.iterate(buffer_.data(), buffer_.size(), buffer_.capacity())
            .get(doc);
    if (error) return invalid(error);
    od::object object;
    error = doc.get_object().get(object);
    if (error == simdjson::INCORRECT_TYPE) {
      EmitError(ReadError::Kind::kRecord, Where(number),
                "invalid JSON: not an object; line skipped");
      return;
    }
    if (error) return invalid(error);

    bool has_text = false;
    bool text_not_string = false;
    std::vector<std::string> field_errors;
    for (auto member : object) {
      od::field field;
      if ((error = std::move(member).get(field))) return invalid(error);
      std::string_view key;
      if ((error = field.unescaped_key().get(key))) return invalid(error);
      const Field which = FieldOf(key);
      if (which == Field::kNone) continue;  // skipped by the iterator
      od::value value = field.value();
      od::json_type type;
      if ((error = value.type().get(type))) return invalid(error);
      if (type == od::json_type::null) continue;
      if (which == Field::kId && type == od::json_type::number) {
        std::string_view token = value.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t'))
          token.remove_suffix(1);
        article.id.assign(token);
        continue;
      }
      if (type != od::json_type::string) {
        if (which == Field::kText) {
          text_not_string = true;
        } else {
          field_errors.push_back("\"" + std::string(key) +
                                 "\" is not a string; field ignored");
        }
        continue;
      }
      std::string_view text;
      if ((error = value.get_string().get(text))) return invalid(error);
      switch (which) {
        case Field::kText:
          article.text.assign(text);
          has_text = true;
          break;
        case Field::kId:
          article.id.assign(text);
          break;
        case Field::kDate:
          if (!NormalizeDate(text, article.date)) {
            field_errors.push_back("\"date\" is not YYYY-MM-DD: \"" +
                                   std::string(text.substr(0, 40)) +
                                   "\"; date left empty");
          }
          break;
        case Field::kTitle:
          article.title.assign(text);
          break;
        case Field::kSource:
          article.source.assign(text);
          break;
        case Field::kUrl:
          article.url.assign(text);
          break;
        case Field::kNone:
          break;
      }
    }
    // Anything after the object ("{...} {...}") means a broken line.
    if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) {
      EmitError(ReadError::Kind::kRecord, Where(number),
                "invalid JSON: content after the object; line skipped");
      return;
    }
    if (text_not_string) {
      EmitError(ReadError::Kind::kRecord, Where(number),
                "\"text\" is not a string; line skipped");
      return;
    }
    if (!has_text) {
      EmitError(ReadError::Kind::kRecord, Where(number),
                "missing \"text\"; line skipped");
      return;
    }
    for (std::string& message : field_errors) {
      EmitError(ReadError::Kind::kRecord, Where(number), std::move(message));
    }
    // "\u0000" escapes decode to NUL; strip them like raw ones.
    RepairField(article.text, article);
    RepairField(article.title, article);
    RepairField(article.id, article);
    if (article.id.empty())
      article.id = name().name + ":" + std::to_string(number);
    article.origin = Where(number);
    EmitArticle(std::move(article));
  }

  LineSource lines_;
  std::string buffer_;
  od::parser parser_;
};

}  // namespace

std::unique_ptr<FormatReader> NewJsonlReader(std::unique_ptr<ByteSource> source,
                                             InputName name) {
  return std::make_unique<JsonlReader>(std::move(source), std::move(name));
}

}  // namespace dyad::internal
