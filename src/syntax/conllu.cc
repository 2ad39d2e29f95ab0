// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "syntax/conllu.h"

#include <charconv>
#include <fstream>

namespace dyad::internal {

StatusOr<bool> ConlluReader::Next(ConlluSentence& sentence) {
  sentence.comments.clear();
  sentence.words.clear();
  sentence.ranges.clear();
  std::string line;
  bool any = false;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) return true;
      continue;
    }
    any = true;
    if (line[0] == '#') {
      sentence.comments.push_back(line);
      continue;
    }
    std::string_view fields[10];
    size_t count = 0, start = 0;
    while (count < 10) {
      size_t tab = line.find('\t', start);
      if (tab == std::string::npos) {
        fields[count++] = std::string_view(line).substr(start);
        break;
      }
      fields[count++] = std::string_view(line).substr(start, tab - start);
      start = tab + 1;
    }
    const std::string where =
        origin_ + ":" + std::to_string(line_number_) + ": ";
    if (count != 10) {
      return InvalidArgumentError(where + "expected 10 tab-separated columns");
    }
    const std::string_view id = fields[0];
    if (id.find('-') != std::string_view::npos) {
      sentence.ranges.emplace_back(sentence.words.size(), line);
      continue;
    }
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    ConlluWord w;
    w.form = fields[1];
    w.lemma = fields[2];
    w.upos = fields[3];
    w.xpos = fields[4];
    w.feats = fields[5];
    if (fields[6] != "_") {
      int head = 0;
      auto [ptr, ec] = std::from_chars(
          fields[6].data(), fields[6].data() + fields[6].size(), head);
      if (ec != std::errc() || ptr != fields[6].data() + fields[6].size() ||
          head < 0) {
        return InvalidArgumentError(where + "bad HEAD '" +
                                    std::string(fields[6]) + "'");
      }
      w.head = head;
    }
    w.deprel = fields[7];
    w.deps = fields[8];
    w.misc = fields[9];
    sentence.words.push_back(std::move(w));
  }
  return any;
}

StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open");
  ConlluReader reader(in, path);
  std::vector<ConlluSentence> out;
  while (true) {
    ConlluSentence s;
    StatusOr<bool> more = reader.Next(s);
    if (!more.ok()) return more.status();
    if (!*more) break;
    out.push_back(std::move(s));
  }
  return out;
}

void AppendConllu(const ConlluSentence& sentence, std::string& out) {
  for (const std::string& c : sentence.comments) {
    out += c;
    out += '\n';
  }
  size_t next_range = 0;
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    while (next_range < sentence.ranges.size() &&
           sentence.ranges[next_range].first == i) {
      out += sentence.ranges[next_range++].second;
      out += '\n';
    }
    const ConlluWord& w = sentence.words[i];
    out += std::to_string(i + 1);
    for (const std::string* field :
         {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out += '\t';
      out += field->empty() ? "_" : *field;
    }
    out += '\t';
    out += w.head < 0 ? "_" : std::to_string(w.head);
    for (const std::string* field : {&w.deprel, &w.deps, &w.misc}) {
      out += '\t';
      out += field->empty() ? "_" : *field;
    }
    out += '\n';
  }
  out += '\n';
}

}  // namespace dyad::internal
