// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// JSON Lines for events, both ways. Writing is hand-rolled (one pass, one
// string, no DOM) because `dyad code` prints every event through it;
// reading uses simdjson's DOM parser, one reused parser per thread.
//
// Unknown values are left out, never written as guesses: an empty code,
// date, place or PLOVER type, a quad class of 0, a NaN Goldstein score and
// a {0,0} span are absent from the object. Reading restores them as the
// same "unknown" values, so write -> read -> write is the identity.
#include "export/event_json.h"

#include <simdjson.h>

#include <cmath>
#include <string>

#include "dyad/event_writer.h"
#include "export/format_util.h"
#include "io/json_writer.h"

namespace dyad {
namespace internal {
namespace {

void Key(std::string_view key, bool& first, std::string& out) {
  if (!first) out += ',';
  first = false;
  AppendJsonString(key, out);
  out += ':';
}

void StringField(std::string_view key, std::string_view value, bool& first,
                 std::string& out) {
  if (value.empty()) return;
  Key(key, first, out);
  AppendJsonString(value, out);
}

void NumberField(std::string_view key, double value, bool& first,
                 std::string& out) {
  if (!std::isfinite(value)) return;
  Key(key, first, out);
  out += FormatNumber(value);
}

void IntField(std::string_view key, int64_t value, bool& first,
              std::string& out) {
  Key(key, first, out);
  out += std::to_string(value);
}

void SpanField(std::string_view key, const ByteSpan& span, bool& first,
               std::string& out) {
  if (span.begin == 0 && span.end == 0) return;
  Key(key, first, out);
  out +=
      '[' + std::to_string(span.begin) + ',' + std::to_string(span.end) + ']';
}

void AppendActor(std::string_view key, const EventActor& actor, bool& first,
                 std::string& out) {
  if (actor.code.empty() && actor.text.empty()) return;
  Key(key, first, out);
  out += '{';
  bool inner = true;
  StringField("code", actor.code, inner, out);
  StringField("text", actor.text, inner, out);
  SpanField("span", actor.orig, inner, out);
  out += '}';
}

void AppendEvidence(const EventEvidence& ev, std::string& out) {
  out += '{';
  bool first = true;
  StringField("sentence", ev.sentence, first, out);
  StringField("verb", ev.verb, first, out);
  StringField("rule", ev.rule, first, out);
  SpanField("source_span", ev.source_span, first, out);
  SpanField("verb_span", ev.verb_span, first, out);
  SpanField("target_span", ev.target_span, first, out);
  out += '}';
}

}  // namespace

void AppendEventJson(const Event& e, const Article& article,
                     const EventStoreFacts* facts, std::string& out) {
  out += '{';
  bool first = true;
  Key("article_id", first, out);
  AppendJsonString(e.article_id.empty() ? article.id : e.article_id, out);
  IntField("sentence", e.sentence, first, out);
  StringField("date", e.date.iso, first, out);
  StringField("date_text", e.date.text, first, out);
  AppendActor("source", e.source, first, out);
  AppendActor("target", e.target, first, out);
  StringField("cameo", e.cameo, first, out);
  StringField("root", e.root, first, out);
  if (e.quad_class != 0) IntField("quad_class", e.quad_class, first, out);
  NumberField("goldstein", e.goldstein, first, out);
  if (!e.plover_type.empty()) {
    Key("plover", first, out);
    out += '{';
    bool inner = true;
    StringField("type", e.plover_type, inner, out);
    StringField("mode", e.plover_mode, inner, out);
    out += '}';
  }
  if (e.place.known()) {
    Key("location", first, out);
    out += '{';
    bool inner = true;
    StringField("name", e.place.name, inner, out);
    StringField("country", e.place.country, inner, out);
    StringField("admin1", e.place.admin1, inner, out);
    StringField("kind", e.place.kind, inner, out);
    NumberField("lat", e.place.lat, inner, out);
    NumberField("lon", e.place.lon, inner, out);
    out += '}';
  }
  NumberField("confidence", e.confidence, first, out);
  IntField("mentions", e.mentions, first, out);
  Key("evidence", first, out);
  AppendEvidence(e.evidence, out);
  if (!e.more_evidence.empty()) {
    Key("more_evidence", first, out);
    out += '[';
    for (size_t i = 0; i < e.more_evidence.size(); ++i) {
      if (i > 0) out += ',';
      AppendEvidence(e.more_evidence[i], out);
    }
    out += ']';
  }
  if (!article.date.empty() || !article.title.empty() ||
      !article.source.empty() || !article.url.empty()) {
    Key("article", first, out);
    out += '{';
    bool inner = true;
    StringField("date", article.date, inner, out);
    StringField("title", article.title, inner, out);
    StringField("source", article.source, inner, out);
    StringField("url", article.url, inner, out);
    out += '}';
  }
  if (facts != nullptr && facts->event_id != 0) {
    IntField("event_id", facts->event_id, first, out);
    if (facts->group_id != 0) IntField("group_id", facts->group_id, first, out);
    IntField("num_mentions", facts->num_mentions, first, out);
    IntField("num_articles", facts->num_articles, first, out);
    IntField("num_sources", facts->num_sources, first, out);
  }
  out += '}';
}

}  // namespace internal

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

Status TypeError(std::string_view key, std::string_view want) {
  return InvalidArgumentError("field \"" + std::string(key) + "\": expected " +
                              std::string(want));
}

// Reads an optional string member into `out`; null or absent leaves it.
Status GetString(const object& obj, std::string_view key, std::string& out) {
  element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    return Status::Ok();
  }
  std::string_view s;
  if (value.get(s) != simdjson::SUCCESS) return TypeError(key, "a string");
  out.assign(s);
  return Status::Ok();
}

Status GetDouble(const object& obj, std::string_view key, double& out) {
  element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    return Status::Ok();
  }
  if (value.is_double()) return (out = value.get_double().value()), Status();
  if (value.is_int64()) {
    out = static_cast<double>(value.get_int64().value());
    return Status::Ok();
  }
  if (value.is_uint64()) {
    out = static_cast<double>(value.get_uint64().value());
    return Status::Ok();
  }
  return TypeError(key, "a number");
}

Status GetUint(const object& obj, std::string_view key, uint32_t& out) {
  element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    return Status::Ok();
  }
  int64_t v = 0;
  if (value.get(v) != simdjson::SUCCESS || v < 0 || v > UINT32_MAX) {
    return TypeError(key, "a non-negative integer");
  }
  out = static_cast<uint32_t>(v);
  return Status::Ok();
}

Status GetSpan(const object& obj, std::string_view key, ByteSpan& out) {
  element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    return Status::Ok();
  }
  simdjson::dom::array arr;
  if (value.get(arr) != simdjson::SUCCESS || arr.size() != 2) {
    return TypeError(key, "[begin, end]");
  }
  int64_t b = 0, e = 0;
  if (arr.at(0).get(b) != simdjson::SUCCESS ||
      arr.at(1).get(e) != simdjson::SUCCESS || b < 0 || e < b ||
      e > UINT32_MAX) {
    return TypeError(key, "[begin, end] with 0 <= begin <= end");
  }
  out = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  return Status::Ok();
}

// Finds an optional object member; `found` says whether it is there.
Status GetObject(const object& obj, std::string_view key, object& out,
                 bool& found) {
  found = false;
  element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) {
    return Status::Ok();
  }
  if (value.get(out) != simdjson::SUCCESS) return TypeError(key, "an object");
  found = true;
  return Status::Ok();
}

Status ParseActor(const object& obj, std::string_view key, EventActor& a) {
  object actor;
  bool found = false;
  DYAD_RETURN_IF_ERROR(GetObject(obj, key, actor, found));
  if (!found) return Status::Ok();
  DYAD_RETURN_IF_ERROR(GetString(actor, "code", a.code));
  DYAD_RETURN_IF_ERROR(GetString(actor, "text", a.text));
  return GetSpan(actor, "span", a.orig);
}

Status ParseEvidence(const object& obj, EventEvidence& ev) {
  DYAD_RETURN_IF_ERROR(GetString(obj, "sentence", ev.sentence));
  DYAD_RETURN_IF_ERROR(GetString(obj, "verb", ev.verb));
  DYAD_RETURN_IF_ERROR(GetString(obj, "rule", ev.rule));
  DYAD_RETURN_IF_ERROR(GetSpan(obj, "source_span", ev.source_span));
  DYAD_RETURN_IF_ERROR(GetSpan(obj, "verb_span", ev.verb_span));
  return GetSpan(obj, "target_span", ev.target_span);
}

DatePrecision PrecisionOf(std::string_view iso) {
  internal::DateParts d = internal::SplitIsoDate(iso);
  if (d.day != 0) return DatePrecision::kDay;
  if (d.month != 0) return DatePrecision::kMonth;
  if (d.year != 0) return DatePrecision::kYear;
  return DatePrecision::kNone;
}

Status ParseEventObject(const object& obj, Event& e, Article* article) {
  element id;
  if (obj.at_key("article_id").get(id) != simdjson::SUCCESS) {
    return InvalidArgumentError("missing \"article_id\"");
  }
  if (id.is_string()) {
    e.article_id.assign(id.get_string().value());
    if (e.article_id.empty()) {
      return InvalidArgumentError("empty \"article_id\"");
    }
  } else if (id.is_int64()) {
    e.article_id = std::to_string(id.get_int64().value());
  } else {
    return TypeError("article_id", "a string or an integer");
  }
  DYAD_RETURN_IF_ERROR(GetUint(obj, "sentence", e.sentence));
  DYAD_RETURN_IF_ERROR(GetString(obj, "date", e.date.iso));
  e.date.precision = PrecisionOf(e.date.iso);
  DYAD_RETURN_IF_ERROR(GetString(obj, "date_text", e.date.text));
  DYAD_RETURN_IF_ERROR(ParseActor(obj, "source", e.source));
  DYAD_RETURN_IF_ERROR(ParseActor(obj, "target", e.target));
  DYAD_RETURN_IF_ERROR(GetString(obj, "cameo", e.cameo));
  DYAD_RETURN_IF_ERROR(GetString(obj, "root", e.root));
  uint32_t quad = 0;
  DYAD_RETURN_IF_ERROR(GetUint(obj, "quad_class", quad));
  if (quad > 4) return TypeError("quad_class", "0..4");
  e.quad_class = static_cast<int>(quad);
  DYAD_RETURN_IF_ERROR(GetDouble(obj, "goldstein", e.goldstein));
  object sub;
  bool found = false;
  DYAD_RETURN_IF_ERROR(GetObject(obj, "plover", sub, found));
  if (found) {
    DYAD_RETURN_IF_ERROR(GetString(sub, "type", e.plover_type));
    DYAD_RETURN_IF_ERROR(GetString(sub, "mode", e.plover_mode));
  }
  DYAD_RETURN_IF_ERROR(GetObject(obj, "location", sub, found));
  if (found) {
    DYAD_RETURN_IF_ERROR(GetString(sub, "name", e.place.name));
    DYAD_RETURN_IF_ERROR(GetString(sub, "country", e.place.country));
    DYAD_RETURN_IF_ERROR(GetString(sub, "admin1", e.place.admin1));
    DYAD_RETURN_IF_ERROR(GetString(sub, "kind", e.place.kind));
    DYAD_RETURN_IF_ERROR(GetDouble(sub, "lat", e.place.lat));
    DYAD_RETURN_IF_ERROR(GetDouble(sub, "lon", e.place.lon));
  }
  DYAD_RETURN_IF_ERROR(GetDouble(obj, "confidence", e.confidence));
  DYAD_RETURN_IF_ERROR(GetUint(obj, "mentions", e.mentions));
  DYAD_RETURN_IF_ERROR(GetObject(obj, "evidence", sub, found));
  if (found) DYAD_RETURN_IF_ERROR(ParseEvidence(sub, e.evidence));
  element more;
  if (obj.at_key("more_evidence").get(more) == simdjson::SUCCESS &&
      !more.is_null()) {
    simdjson::dom::array arr;
    if (more.get(arr) != simdjson::SUCCESS) {
      return TypeError("more_evidence", "an array");
    }
    for (element item : arr) {
      object ev_obj;
      if (item.get(ev_obj) != simdjson::SUCCESS) {
        return TypeError("more_evidence", "an array of objects");
      }
      DYAD_RETURN_IF_ERROR(
          ParseEvidence(ev_obj, e.more_evidence.emplace_back()));
    }
  }
  if (article != nullptr) {
    article->id = e.article_id;
    DYAD_RETURN_IF_ERROR(GetObject(obj, "article", sub, found));
    if (found) {
      DYAD_RETURN_IF_ERROR(GetString(sub, "date", article->date));
      DYAD_RETURN_IF_ERROR(GetString(sub, "title", article->title));
      DYAD_RETURN_IF_ERROR(GetString(sub, "source", article->source));
      DYAD_RETURN_IF_ERROR(GetString(sub, "url", article->url));
    }
  }
  return Status::Ok();
}

}  // namespace

Status ParseEventJson(std::string_view line, Event& event, Article* article) {
  thread_local simdjson::dom::parser parser;
  event = Event{};
  if (article != nullptr) *article = Article{};
  element doc;
  if (auto err = parser.parse(line.data(), line.size()).get(doc); err) {
    return InvalidArgumentError(std::string("malformed JSON: ") +
                                simdjson::error_message(err));
  }
  object obj;
  if (doc.get(obj) != simdjson::SUCCESS) {
    return InvalidArgumentError("expected a JSON object");
  }
  return ParseEventObject(obj, event, article);
}

}  // namespace dyad
