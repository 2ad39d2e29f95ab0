// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Readers of gold and system event files for `dyad eval`.
//
// dyad gold JSONL: one sentence a line, {"sid","date","text","events":[...]}
// with events {"source","target","cameo","root","plover"}.
// PLOVER GSR (JSON array): record 0 is a DOCUMENT header; each other record
// has "id", "date", "text", "event" (old or current PLOVER name), "source"
// and "target" as lists of {"code","sector"}. An event becomes one dyadic
// event per (source, target) pair; a reciprocal record (markup "SRC/TAR",
// several sources, no target) becomes one per ordered pair of sources.
// PETR-2 validation XML: <Sentence id= date=YYYYMMDD> followed by
// <EventCoding sourcecode= targetcode= eventcode=> (or noevents="True") and
// <Text>; read with a small tag scanner, as the file holds no nesting that
// needs a real XML parser.
//
// JSON is parsed with nlohmann::json in its non-throwing mode; every access
// checks the type first, so malformed input gives a Status, never a throw.
#include "eval/eval_data.h"

#include <nlohmann/json.hpp>

namespace dyad::internal {
namespace {

using Json = nlohmann::json;

std::string StringField(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::string RootOf(const std::string& cameo) {
  return cameo.size() >= 2 ? cameo.substr(0, 2) : "";
}

// Fills root and PLOVER type of `event` from its CAMEO code where missing.
void CompleteFromCodes(EvalEvent& event, const CodeTable* codes) {
  if (event.root.empty()) event.root = RootOf(event.cameo);
  if (event.plover.empty() && codes != nullptr) {
    if (const CameoCode* code = codes->Find(event.cameo)) {
      event.plover = code->plover_type;
    }
  }
}

template <typename LineFn>
Status ForEachLine(std::string_view text, LineFn fn) {
  size_t pos = 0;
  int line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    DYAD_RETURN_IF_ERROR(fn(line, line_number));
  }
  return Status::Ok();
}

Status LineError(std::string_view origin, int line, const std::string& what) {
  return InvalidArgumentError(std::string(origin) + ":" + std::to_string(line) +
                              ": " + what);
}

StatusOr<std::vector<EvalSentence>> ParseDyadGold(std::string_view text,
                                                  std::string_view origin,
                                                  const CodeTable* codes) {
  std::vector<EvalSentence> sentences;
  Status status = ForEachLine(text, [&](std::string_view line, int number) {
    Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object()) {
      return LineError(origin, number, "not a JSON object");
    }
    EvalSentence sentence;
    sentence.id = StringField(record, "sid");
    if (sentence.id.empty()) sentence.id = StringField(record, "id");
    if (sentence.id.empty()) return LineError(origin, number, "no \"sid\"");
    sentence.date = StringField(record, "date");
    sentence.text = StringField(record, "text");
    auto events = record.find("events");
    if (events == record.end() || !events->is_array()) {
      return LineError(origin, number, "no \"events\" array");
    }
    for (const Json& e : *events) {
      if (!e.is_object()) return LineError(origin, number, "event not object");
      EvalEvent event{StringField(e, "source"), StringField(e, "target"),
                      StringField(e, "cameo"), StringField(e, "root"),
                      CurrentPloverName(StringField(e, "plover"))};
      CompleteFromCodes(event, codes);
      sentence.events.push_back(std::move(event));
    }
    sentences.push_back(std::move(sentence));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return sentences;
}

std::vector<std::string> PloverActors(const Json& list) {
  std::vector<std::string> actors;
  if (!list.is_array()) return actors;  // the GSR has a few "" targets
  for (const Json& actor : list) {
    std::string code = StringField(actor, "code");
    if (code.empty()) continue;
    actors.push_back(code + StringField(actor, "sector"));
  }
  return actors;
}

StatusOr<std::vector<EvalSentence>> ParsePloverGsr(std::string_view text,
                                                   std::string_view origin) {
  Json records = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (records.is_discarded() || !records.is_array()) {
    return DataLossError(std::string(origin) +
                         ": not a JSON array of PLOVER records");
  }
  std::vector<EvalSentence> sentences;
  for (size_t i = 0; i < records.size(); ++i) {
    const Json& record = records[i];
    std::string type = StringField(record, "event");
    if (type == "DOCUMENT") continue;
    EvalSentence sentence;
    sentence.id = StringField(record, "id");
    sentence.text = StringField(record, "text");
    sentence.date = StringField(record, "date");
    if (sentence.id.empty() || sentence.text.empty()) {
      return InvalidArgumentError(std::string(origin) + ": record " +
                                  std::to_string(i) + " lacks id or text");
    }
    std::string plover = CurrentPloverName(type);
    std::vector<std::string> sources =
        PloverActors(record.value("source", Json()));
    std::vector<std::string> targets =
        PloverActors(record.value("target", Json()));
    std::string markup;
    if (auto info = record.find("textInfo");
        info != record.end() && info->is_object()) {
      markup = StringField(*info, "markup");
    }
    bool reciprocal = targets.empty() && sources.size() >= 2 &&
                      markup.find("SRC/TAR") != std::string::npos;
    if (reciprocal) {
      for (const std::string& a : sources) {
        for (const std::string& b : sources) {
          if (a != b) sentence.events.push_back({a, b, "", "", plover});
        }
      }
    } else if (targets.empty()) {
      for (const std::string& a : sources) {
        sentence.events.push_back({a, "", "", "", plover});
      }
    } else {
      for (const std::string& a : sources) {
        for (const std::string& b : targets) {
          sentence.events.push_back({a, b, "", "", plover});
        }
      }
    }
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

// Value of attribute `name` in the tag text `tag` ("<EventCoding a="1" />").
std::string Attribute(std::string_view tag, std::string_view name) {
  std::string needle = " " + std::string(name) + "=\"";
  size_t at = tag.find(needle);
  if (at == std::string_view::npos) return "";
  size_t start = at + needle.size();
  size_t end = tag.find('"', start);
  if (end == std::string_view::npos) return "";
  return std::string(tag.substr(start, end - start));
}

std::string DecodeXmlText(std::string_view raw) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == '&') {
      static constexpr std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'},
          {"&lt;", '<'},
          {"&gt;", '>'},
          {"&quot;", '"'},
          {"&apos;", '\''}};
      bool decoded = false;
      for (const auto& [entity, ch] : kEntities) {
        std::string_view e(entity);
        if (raw.substr(i, e.size()) == e) {
          out += ch;
          i += e.size() - 1;
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    out += c;
  }
  return out;
}

// Rebuilds the sentence from a CoNLL-U block (FORM column, with the
// SpaceAfter=No flags); used when a PETR-2 record's <Text> is empty.
std::string TextFromConllu(std::string_view conllu) {
  std::string out;
  bool space_before = false;
  size_t pos = 0;
  while (pos < conllu.size()) {
    size_t end = conllu.find('\n', pos);
    if (end == std::string_view::npos) end = conllu.size();
    std::string_view line = conllu.substr(pos, end - pos);
    pos = end + 1;
    std::vector<std::string_view> columns;
    size_t start = 0;
    while (columns.size() < 10) {
      size_t tab = line.find('\t', start);
      columns.push_back(line.substr(start, tab == std::string_view::npos
                                               ? std::string_view::npos
                                               : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    // Word lines only: an integer id (no ranges "1-2", no empty nodes "1.1").
    if (columns.size() < 10 || columns[0].empty() ||
        columns[0].find_first_not_of("0123456789") != std::string_view::npos) {
      continue;
    }
    if (space_before) out += ' ';
    out += DecodeXmlText(columns[1]);
    space_before = columns[9].find("SpaceAfter=No") == std::string_view::npos;
  }
  return out;
}

int LineOf(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line;
  }
  return line;
}

StatusOr<std::vector<EvalSentence>> ParsePetr2Gsr(std::string_view text,
                                                  std::string_view origin,
                                                  const CodeTable* codes) {
  std::vector<EvalSentence> sentences;
  size_t pos = text.find("<Sentences>");
  if (pos == std::string_view::npos) pos = 0;
  while (true) {
    size_t start = text.find("<Sentence ", pos);
    if (start == std::string_view::npos) break;
    size_t tag_end = text.find('>', start);
    if (tag_end == std::string_view::npos) {
      return DataLossError(std::string(origin) + ":" +
                           std::to_string(LineOf(text, start)) +
                           ": unterminated <Sentence> tag");
    }
    size_t next = text.find("<Sentence ", tag_end);
    std::string_view body = text.substr(tag_end, next == std::string_view::npos
                                                     ? std::string_view::npos
                                                     : next - tag_end);
    std::string_view tag = text.substr(start, tag_end - start);
    EvalSentence sentence;
    sentence.id = Attribute(tag, "id");
    std::string date = Attribute(tag, "date");
    if (date.size() == 8) {
      sentence.date =
          date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    }
    size_t coding = 0;
    while ((coding = body.find("<EventCoding", coding)) !=
           std::string_view::npos) {
      size_t coding_end = body.find('>', coding);
      std::string_view coding_tag = body.substr(coding, coding_end - coding);
      coding = coding_end;
      if (Attribute(coding_tag, "noevents") == "True") continue;
      EvalEvent event{Attribute(coding_tag, "sourcecode"),
                      Attribute(coding_tag, "targetcode"),
                      Attribute(coding_tag, "eventcode"), "", ""};
      if (event.cameo.empty()) continue;
      CompleteFromCodes(event, codes);
      sentence.events.push_back(std::move(event));
    }
    size_t text_start = body.find("<Text>");
    size_t text_end = body.find("</Text>");
    if (sentence.id.empty() || text_start == std::string_view::npos ||
        text_end == std::string_view::npos || text_end < text_start) {
      return InvalidArgumentError(std::string(origin) + ":" +
                                  std::to_string(LineOf(text, start)) +
                                  ": <Sentence> without id or <Text>");
    }
    sentence.text =
        DecodeXmlText(body.substr(text_start + 6, text_end - text_start - 6));
    if (sentence.text.empty()) {
      size_t parse_start = body.find("<Parse>");
      size_t parse_end = body.find("</Parse>");
      if (parse_start != std::string_view::npos &&
          parse_end != std::string_view::npos && parse_end > parse_start) {
        sentence.text = TextFromConllu(
            body.substr(parse_start + 7, parse_end - parse_start - 7));
      }
    }
    sentences.push_back(std::move(sentence));
    if (next == std::string_view::npos) break;
    pos = next;
  }
  if (sentences.empty()) {
    return DataLossError(std::string(origin) + ": no <Sentence> records");
  }
  return sentences;
}

}  // namespace

bool ParseGoldFormatName(std::string_view name, GoldFormat* format) {
  if (name == "auto") {
    *format = GoldFormat::kAuto;
  } else if (name == "dyad") {
    *format = GoldFormat::kDyad;
  } else if (name == "plover-gsr") {
    *format = GoldFormat::kPloverGsr;
  } else if (name == "petr2-gsr") {
    *format = GoldFormat::kPetr2Gsr;
  } else {
    return false;
  }
  return true;
}

GoldFormat DetectGoldFormat(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return GoldFormat::kDyad;
  if (text[first] == '[') return GoldFormat::kPloverGsr;
  if (text.substr(first, 5) == "<?xml" ||
      text.substr(first, 11) == "<Validation") {
    return GoldFormat::kPetr2Gsr;
  }
  return GoldFormat::kDyad;
}

StatusOr<std::vector<EvalSentence>> ParseGold(std::string_view text,
                                              std::string_view origin,
                                              GoldFormat format,
                                              const CodeTable* codes) {
  if (format == GoldFormat::kAuto) format = DetectGoldFormat(text);
  StatusOr<std::vector<EvalSentence>> sentences =
      format == GoldFormat::kPloverGsr  ? ParsePloverGsr(text, origin)
      : format == GoldFormat::kPetr2Gsr ? ParsePetr2Gsr(text, origin, codes)
                                        : ParseDyadGold(text, origin, codes);
  if (!sentences.ok()) return sentences;
  // Ids must be unique, since system events find their sentence by id; the
  // PLOVER GSR repeats one record id. A repeat gets "#2", "#3", ...
  std::unordered_map<std::string, int> seen;
  for (EvalSentence& s : *sentences) {
    int n = ++seen[s.id];
    if (n > 1) s.id += "#" + std::to_string(n);
  }
  return sentences;
}

StatusOr<std::unordered_map<std::string, std::vector<EvalEvent>>>
ParseSystemEvents(std::string_view text, std::string_view origin) {
  std::unordered_map<std::string, std::vector<EvalEvent>> by_article;
  Status status = ForEachLine(text, [&](std::string_view line, int number) {
    Json record = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object()) {
      return LineError(origin, number, "not a JSON object");
    }
    EvalEvent event;
    auto actor_code = [&](const char* key) -> std::string {
      auto it = record.find(key);
      if (it == record.end()) return "";
      if (it->is_object()) return StringField(*it, "code");
      if (it->is_string()) return it->get<std::string>();  // flat variant
      return "";
    };
    event.source = actor_code("source");
    event.target = actor_code("target");
    event.cameo = StringField(record, "cameo");
    event.root = StringField(record, "root");
    if (event.root.empty()) event.root = RootOf(event.cameo);
    if (auto plover = record.find("plover"); plover != record.end()) {
      event.plover = CurrentPloverName(
          plover->is_object()
              ? StringField(*plover, "type")
              : (plover->is_string() ? plover->get<std::string>() : ""));
    }
    if (event.cameo.empty() && event.plover.empty()) {
      return LineError(origin, number, "event has neither cameo nor plover");
    }
    by_article[StringField(record, "article_id")].push_back(std::move(event));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return by_article;
}

std::string MakeInputJsonl(const std::vector<EvalSentence>& sentences) {
  std::string out;
  for (const EvalSentence& s : sentences) {
    nlohmann::ordered_json line = nlohmann::ordered_json::object();
    line["id"] = s.id;
    if (!s.date.empty()) line["date"] = s.date;
    line["text"] = s.text;
    // Invalid UTF-8 in a gold file is replaced rather than thrown on.
    out += line.dump(-1, ' ', false,
                     nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

std::string CurrentPloverName(std::string_view name) {
  if (name == "DEMAND") return "REQUEST";
  if (name == "DISAPPROVE" || name == "INVESTIGATE") return "ACCUSE";
  if (name == "FIGHT") return "ASSAULT";
  return std::string(name);
}

}  // namespace dyad::internal
