// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Loader of the CAMEO code table TSV. Lines starting with '#' are comments;
// the first other line is the header, which must name the columns code,
// name, root, quad_class, goldstein, plover_type, plover_mode and
// plover_context (in any order; more columns are ignored). Each row is
// checked: well-formed code, root equal to its first two digits, quad 1-4,
// Goldstein in -10..10, no duplicates. Lookup turns the code's digits into a
// dense array index, so Find() costs a few arithmetic operations.
#include "coder/code_table.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

namespace dyad::internal {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace

std::string CodeTablePath(const std::string& data_dir) {
  std::string dir = data_dir;
  if (dir.empty()) {
    const char* env = std::getenv("DYAD_DATA");
    if (env != nullptr && *env != '\0') dir = env;
  }
#ifdef DYAD_DEFAULT_DATA_DIR
  if (dir.empty()) dir = DYAD_DEFAULT_DATA_DIR;
#endif
  if (dir.empty()) dir = "data";
  return dir + "/cameo/cameo_codes.tsv";
}

bool CodeTable::IsWellFormed(std::string_view code) {
  return DenseIndex(code) >= 0;
}

int CodeTable::DenseIndex(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return -1;
  int value = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  switch (code.size()) {
    case 2:
      return value;
    case 3:
      return 100 + value;
    default:
      return 1100 + value;
  }
}

const CameoCode* CodeTable::Find(std::string_view code) const {
  int dense = DenseIndex(code);
  if (dense < 0 || index_.empty()) return nullptr;
  int position = index_[dense];
  return position < 0 ? nullptr : &codes_[position];
}

StatusOr<CodeTable> CodeTable::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open CAMEO code table");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path);
}

StatusOr<CodeTable> CodeTable::Parse(std::string_view text,
                                     std::string_view origin) {
  static constexpr const char* kColumns[] = {
      "code",      "name",        "root",        "quad_class",
      "goldstein", "plover_type", "plover_mode", "plover_context"};
  CodeTable table;
  table.index_.assign(kDenseSize, -1);
  std::unordered_map<std::string_view, size_t> column;  // name -> position
  int line_number = 0;
  size_t pos = 0;
  auto error = [&](const std::string& message) {
    return InvalidArgumentError(std::string(origin) + ":" +
                                std::to_string(line_number) + ": " + message);
  };
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = SplitTabs(line);
    if (column.empty()) {
      for (size_t i = 0; i < fields.size(); ++i) column[fields[i]] = i;
      for (const char* name : kColumns) {
        if (!column.count(name)) {
          return error(std::string("header lacks column '") + name + "'");
        }
      }
      continue;
    }
    auto field = [&](const char* name) -> std::string_view {
      size_t i = column[name];
      return i < fields.size() ? fields[i] : std::string_view();
    };
    CameoCode entry;
    entry.code = std::string(field("code"));
    int dense = DenseIndex(entry.code);
    if (dense < 0) return error("bad CAMEO code '" + entry.code + "'");
    if (table.index_[dense] >= 0) {
      return error("duplicate CAMEO code '" + entry.code + "'");
    }
    entry.name = std::string(field("name"));
    entry.root = std::string(field("root"));
    if (entry.root != entry.code.substr(0, 2)) {
      return error("root '" + entry.root + "' does not match code " +
                   entry.code);
    }
    std::string_view quad = field("quad_class");
    auto [quad_end, quad_error] = std::from_chars(
        quad.data(), quad.data() + quad.size(), entry.quad_class);
    if (quad_error != std::errc() || quad_end != quad.data() + quad.size() ||
        entry.quad_class < 1 || entry.quad_class > 4) {
      return error("bad quad_class '" + std::string(quad) + "'");
    }
    std::string goldstein(field("goldstein"));
    char* goldstein_end = nullptr;
    entry.goldstein = std::strtod(goldstein.c_str(), &goldstein_end);
    if (goldstein.empty() || *goldstein_end != '\0' || entry.goldstein < -10 ||
        entry.goldstein > 10) {
      return error("bad goldstein '" + goldstein + "'");
    }
    entry.plover_type = std::string(field("plover_type"));
    entry.plover_mode = std::string(field("plover_mode"));
    entry.plover_context = std::string(field("plover_context"));
    table.index_[dense] = static_cast<int16_t>(table.codes_.size());
    table.codes_.push_back(std::move(entry));
  }
  if (column.empty()) return error("no header line");
  return table;
}

}  // namespace dyad::internal
