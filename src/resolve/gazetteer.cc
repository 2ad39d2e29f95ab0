// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Gazetteer loader. One pass over the TSV: each row becomes a place, and
// its name and aliases go into a hash index from normalised key to place
// ids (a name may denote several places: "Paris" is in France and Texas).
// About 27k rows and 60k keys load in a few tens of milliseconds; lookups
// are one hash probe with a string_view (transparent hashing, no copy).
#include "resolve/gazetteer.h"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>

namespace dyad::internal {
namespace {

constexpr int kFormatVersion = 1;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos
                                          ? std::string_view::npos
                                          : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

bool ParseDouble(std::string_view s, double* out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end;
}

bool ParseUint(std::string_view s, uint64_t* out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end;
}

int CountWords(std::string_view key) {
  int words = 1;
  for (char c : key) words += (c == ' ');
  return words;
}

}  // namespace

std::string_view PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCity:
      return "city";
    case PlaceKind::kRegion:
      return "region";
    case PlaceKind::kCountry:
      return "country";
  }
  return "city";
}

void Gazetteer::NormalizeKey(std::string_view text, std::string& key) {
  key.clear();
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = !key.empty();
      continue;
    }
    // U+2019 RIGHT SINGLE QUOTATION MARK -> '
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {
      c = '\'';
      i += 2;
    }
    if (pending_space) {
      key.push_back(' ');
      pending_space = false;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    key.push_back(c);
  }
  if (key.size() > 4 && key.compare(0, 4, "the ") == 0) key.erase(0, 4);
}

// Keys too generic to stand for one place: region names stripped of their
// suffix ("Western" Province), compass words, "The Valley".
static bool IsGenericKey(std::string_view key) {
  static constexpr std::string_view kGeneric[] = {
      "north",      "south",      "east",      "west",       "northern",
      "southern",   "eastern",    "western",   "central",    "northeast",
      "northwest",  "southeast",  "southwest", "north east", "north west",
      "south east", "south west", "centre",    "center",     "capital",
      "coast",      "valley",     "lakes",     "lake",       "islands",
      "island",     "highlands",  "midlands",  "mountain",   "river",
      "delta",      "plateau",    "national",  "federal",    "upper",
      "lower",      "middle",     "interior",  "littoral",   "border",
      "frontier",   "coastal",    "union",     "university", "mission",
      "un",         "spring",     "summer",    "autumn",     "fall",
      "winter"};
  for (std::string_view g : kGeneric) {
    if (key == g) return true;
  }
  return false;
}

void Gazetteer::Index(std::string_view name, uint32_t id) {
  std::string key;
  NormalizeKey(name, key);
  if (key.empty() || IsGenericKey(key)) return;
  std::vector<uint32_t>& ids = index_[key];
  for (uint32_t existing : ids) {
    if (existing == id) return;
  }
  ids.push_back(id);
  max_name_words_ = std::max(max_name_words_, CountWords(key));
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Parse(std::string_view text,
                                                      std::string_view origin) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  size_t line_no = 0;
  size_t pos = 0;
  auto where = [&] {
    return std::string(origin) + ":" + std::to_string(line_no) + ": ";
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line[0] == '#') {
      // "# dyad gazetteer format 1 data 2026.11.1"
      constexpr std::string_view kHeader = "# dyad gazetteer format ";
      if (line.substr(0, kHeader.size()) == kHeader) {
        std::string_view rest = line.substr(kHeader.size());
        int version = 0;
        std::from_chars(rest.data(), rest.data() + rest.size(), version);
        if (version > kFormatVersion) {
          return FailedPreconditionError(where() + "gazetteer format " +
                                         std::to_string(version) +
                                         " is newer than this dyad reads (" +
                                         std::to_string(kFormatVersion) + ")");
        }
        size_t data = rest.find(" data ");
        if (data != std::string_view::npos) {
          g->data_version_ = std::string(rest.substr(data + 6));
        }
      }
      continue;
    }
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 9) {
      return InvalidArgumentError(where() + "expected 9 columns, found " +
                                  std::to_string(cols.size()));
    }
    GazetteerPlace p;
    p.name = std::string(cols[0]);
    if (cols[1] == "city") {
      p.kind = PlaceKind::kCity;
    } else if (cols[1] == "region") {
      p.kind = PlaceKind::kRegion;
    } else if (cols[1] == "country") {
      p.kind = PlaceKind::kCountry;
    } else {
      return InvalidArgumentError(where() + "unknown kind '" +
                                  std::string(cols[1]) + "'");
    }
    p.country = std::string(cols[2]);
    p.admin1 = std::string(cols[3]);
    if (p.name.empty() || p.country.size() != 3) {
      return InvalidArgumentError(where() + "empty name or bad country code");
    }
    if (!ParseDouble(cols[4], &p.lat) || !ParseDouble(cols[5], &p.lon) ||
        p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) {
      return InvalidArgumentError(where() + "bad coordinates");
    }
    if (!ParseUint(cols[6], &p.population)) {
      return InvalidArgumentError(where() + "bad population");
    }
    p.capital = cols[7] == "1";
    const auto id = static_cast<uint32_t>(g->places_.size());
    g->Index(p.name, id);
    std::string_view aliases = cols[8];
    while (!aliases.empty()) {
      size_t bar = aliases.find('|');
      g->Index(aliases.substr(0, bar), id);
      aliases = bar == std::string_view::npos ? std::string_view()
                                              : aliases.substr(bar + 1);
    }
    if (p.kind == PlaceKind::kCountry) {
      g->countries_.emplace(p.country, id);
    } else if (p.kind == PlaceKind::kRegion) {
      g->regions_.emplace(p.country + "\t" + p.admin1, id);
    }
    g->places_.push_back(std::move(p));
  }
  if (g->places_.empty()) {
    return InvalidArgumentError(std::string(origin) + ": no places");
  }
  return g;
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::LoadFile(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open gazetteer");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

StatusOr<const Gazetteer*> Gazetteer::Default() {
  static std::once_flag once;
  static std::unique_ptr<Gazetteer> loaded;
  static Status error;
  std::call_once(once, [] {
    const char* env = std::getenv("DYAD_DATA");
    std::string dir =
        env != nullptr && *env != '\0' ? env : DYAD_DEFAULT_DATA_DIR;
    auto result = LoadFile(dir + "/gazetteer/places.tsv");
    if (result.ok()) {
      loaded = std::move(*result);
    } else {
      error = result.status();
    }
  });
  if (!loaded) return error;
  return static_cast<const Gazetteer*>(loaded.get());
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view key) const {
  auto it = index_.find(key);
  if (it == index_.end()) return {};
  return it->second;
}

const GazetteerPlace* Gazetteer::Country(std::string_view alpha3) const {
  auto it = countries_.find(std::string(alpha3));
  return it == countries_.end() ? nullptr : &places_[it->second];
}

const GazetteerPlace* Gazetteer::Region(std::string_view country,
                                        std::string_view admin1) const {
  std::string key(country);
  key += '\t';
  key += admin1;
  auto it = regions_.find(key);
  return it == regions_.end() ? nullptr : &places_[it->second];
}

}  // namespace dyad::internal
