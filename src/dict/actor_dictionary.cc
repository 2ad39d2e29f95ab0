// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor dictionary loader and compiler.
//
// Reads the line format of data/actors/*.txt (docs/dictionaries.md):
//
//   kind: name | name | ... = CODE [FROM..TO] [; CODE FROM..TO]... [attr]...  #
//   note
//
// Each line is parsed on its own; a malformed line becomes a problem
// ("file:line: message") and is skipped, so one bad entry never stops the
// load. Every name is cut into match units (actor_units.h) and added to one
// phrase trie; agents and demonyms also get their regular plural, and
// persons their surname alone (flagged, so the matcher can demand that the
// surname be unambiguous at the article date). Cost: linear in the size of
// the files; the result is immutable and shared by all threads.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "dict/actors.h"
#include "dict/internal/actor_units.h"

namespace dyad {
namespace {

using internal::ActorTrie;
using internal::MatchUnit;

struct KindName {
  ActorEntryKind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {ActorEntryKind::kCountry, "country"},
    {ActorEntryKind::kDemonym, "demonym"},
    {ActorEntryKind::kGovernment, "government"},
    {ActorEntryKind::kIgo, "igo"},
    {ActorEntryKind::kArmedGroup, "armed_group"},
    {ActorEntryKind::kOrganization, "organization"},
    {ActorEntryKind::kAgent, "agent"},
    {ActorEntryKind::kPerson, "person"},
    {ActorEntryKind::kModifier, "modifier"},
    {ActorEntryKind::kHonorific, "honorific"},
    {ActorEntryKind::kPronoun, "pronoun"},
    {ActorEntryKind::kAnaphor, "anaphor"},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

// "RUSGOV", "~MIL", "IGOWSTNAT": 3 to 15 capitals in groups of three; agents
// carry a bare role with '~'.
bool ValidCode(std::string_view code) {
  if (!code.empty() && code[0] == '~') code.remove_prefix(1);
  if (code.size() < 3 || code.size() > 15 || code.size() % 3 != 0) {
    return false;
  }
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool IsDays(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Parses the part after '=' of an entry line into `entry`; returns an error
// message or "".
std::string ParseCodesAndAttrs(std::string_view text, ActorEntry& entry) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == ';' || std::isspace(static_cast<unsigned char>(c))) {
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
      if (c == ';') words.emplace_back(";");
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  bool range_allowed = false;
  for (const std::string& w : words) {
    if (w == ";") {
      range_allowed = false;
      continue;
    }
    if (ValidCode(w)) {
      entry.codes.push_back({w, 0, 0});
      range_allowed = true;
      continue;
    }
    size_t dots = w.find("..");
    if (dots != std::string::npos && !std::isalpha(w[0])) {
      if (!range_allowed) return "date range '" + w + "' without a code";
      std::string_view from = std::string_view(w).substr(0, dots);
      std::string_view to = std::string_view(w).substr(dots + 2);
      DatedCode& dc = entry.codes.back();
      if (!from.empty() && (dc.from = ParseDate(from)) == 0) {
        return "bad date '" + std::string(from) + "' (want YYYY-MM-DD)";
      }
      if (!to.empty() && (dc.to = ParseDate(to, true)) == 0) {
        return "bad date '" + std::string(to) + "' (want YYYY-MM-DD)";
      }
      if (dc.from != 0 && dc.to != 0 && dc.from > dc.to) {
        return "date range '" + w + "' ends before it starts";
      }
      range_allowed = false;
      continue;
    }
    size_t eq = w.find('=');
    std::string_view key = std::string_view(w).substr(0, eq);
    std::string_view value =
        eq == std::string::npos ? "" : std::string_view(w).substr(eq + 1);
    if (key == "title" && eq == std::string::npos) {
      entry.title = true;
    } else if (key == "weak" && eq == std::string::npos) {
      entry.weak = true;
    } else if (key == "nosurname" && eq == std::string::npos) {
      entry.no_surname = true;
    } else if (key == "sex" && (value == "m" || value == "f")) {
      entry.sex = value[0];
    } else if (key == "surname" && !value.empty()) {
      entry.surname.assign(value);
      std::replace(entry.surname.begin(), entry.surname.end(), '_', ' ');
    } else if (key == "role" && !value.empty()) {
      entry.role.assign(value);
    } else if (key == "usstate" && ValidCode(value) && value[0] != '~') {
      entry.us_state.assign(value);
    } else if (key == "target" && !value.empty()) {
      entry.target.assign(value);
    } else if (std::isupper(static_cast<unsigned char>(w[0])) &&
               eq == std::string::npos) {
      return "bad code '" + w +
             "' (want 3-15 capitals in groups of three, e.g. RUSGOV)";
    } else {
      return "unknown attribute '" + w + "'";
    }
  }
  return "";
}

bool KindNeedsCode(ActorEntryKind k) {
  return k != ActorEntryKind::kModifier && k != ActorEntryKind::kHonorific &&
         k != ActorEntryKind::kPronoun && k != ActorEntryKind::kAnaphor;
}

std::string ReadFile(const std::filesystem::path& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The country part of a code ("RUS" of "RUSGOV"), "" for role-only codes.
std::string CountryOf(const std::string& code) {
  if (code.size() < 3 || code[0] == '~') return "";
  return code.substr(0, 3);
}

}  // namespace

std::string_view ActorEntryKindName(ActorEntryKind kind) {
  for (const KindName& k : kKindNames) {
    if (k.kind == kind) return k.name;
  }
  return "?";
}

uint32_t ParseDate(std::string_view t, bool end_of_period) {
  static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
  uint32_t y = 0, m = 0, d = 0;
  auto num = [](std::string_view s) {
    uint32_t v = 0;
    for (char c : s) v = v * 10 + static_cast<uint32_t>(c - '0');
    return v;
  };
  if (t.size() >= 4 && IsDays(t.substr(0, 4), 4)) y = num(t.substr(0, 4));
  if (y < 1000) return 0;
  if (t.size() == 4) {
    return y * 10000 + (end_of_period ? 1231 : 101);
  }
  if (t.size() >= 7 && t[4] == '-' && IsDays(t.substr(5, 2), 2)) {
    m = num(t.substr(5, 2));
  }
  if (m < 1 || m > 12) return 0;
  if (t.size() == 7) {
    return y * 10000 + m * 100 + (end_of_period ? kMonthDays[m - 1] : 1);
  }
  if (t.size() == 10 && t[7] == '-' && IsDays(t.substr(8, 2), 2)) {
    d = num(t.substr(8, 2));
  }
  if (d < 1 || static_cast<int>(d) > kMonthDays[m - 1]) return 0;
  return y * 10000 + m * 100 + d;
}

bool ActiveAt(const ActorEntry& entry, uint32_t date) {
  if (date == 0) return true;
  for (const DatedCode& c : entry.codes) {
    if ((c.from == 0 || c.from <= date) && (c.to == 0 || date <= c.to)) {
      return true;
    }
  }
  return false;
}

std::string ResolveCode(const ActorEntry& entry, uint32_t date) {
  if (entry.codes.empty()) return "";
  if (entry.codes.size() == 1 && entry.codes[0].from == 0 &&
      entry.codes[0].to == 0) {
    return entry.codes[0].code;
  }
  if (date == 0) {
    // The latest entry: greatest start, open ranges counting as newest.
    const DatedCode* best = &entry.codes[0];
    for (const DatedCode& c : entry.codes) {
      if (c.to == 0 && best->to != 0) {
        best = &c;
      } else if ((c.to == 0) == (best->to == 0) && c.from > best->from) {
        best = &c;
      }
    }
    return best->code;
  }
  for (const DatedCode& c : entry.codes) {
    if ((c.from == 0 || c.from <= date) && (c.to == 0 || date <= c.to)) {
      return c.code;
    }
  }
  // Outside every range.
  const DatedCode* before = nullptr;  // latest range that ended before
  for (const DatedCode& c : entry.codes) {
    if (c.to != 0 && c.to < date && (before == nullptr || c.to > before->to)) {
      before = &c;
    }
  }
  if (entry.kind == ActorEntryKind::kPerson) {
    // Not in office at that date: a former (or future) official is an
    // elite of the country of the role nearest in time.
    const DatedCode& ref = before ? *before : entry.codes.front();
    std::string country = CountryOf(ref.code);
    return country.empty() ? ref.code : country + "ELI";
  }
  return before ? before->code : entry.codes.front().code;
}

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA")) return env;
#ifdef DYAD_DEFAULT_DATA_DIR
  return DYAD_DEFAULT_DATA_DIR;
#else
  return "data";
#endif
}

std::string DataFileLabel(const std::string& data_dir,
                          const std::string& subdir) {
#ifdef DYAD_DEFAULT_DATA_DIR
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::equivalent(data_dir, DYAD_DEFAULT_DATA_DIR, ec)) {
    return "data/" + subdir;
  }
#endif
  return data_dir + "/" + subdir;
}

ActorDictionary::ActorDictionary() : trie_(new internal::ActorTrie()) {}
ActorDictionary::~ActorDictionary() = default;

std::string ActorDictionary::EntrySource(uint32_t id) const {
  if (id >= entries_.size()) return "";
  const ActorEntry& e = entries_[id];
  return files_[e.file] + ":" + std::to_string(e.line);
}

StatusOr<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadDirectory(
    const std::string& dir, const std::string& label_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return NotFoundError(dir + ": no such actor dictionary directory");
  }
  std::vector<fs::path> paths;
  for (const auto& de : fs::directory_iterator(dir, ec)) {
    if (de.path().extension() == ".txt") paths.push_back(de.path());
  }
  if (ec) return NotFoundError(dir + ": " + ec.message());
  // Hand-written files first, generated (*.gen.txt) last: when two entries
  // accept the same name, the earlier one wins.
  auto generated = [](const fs::path& p) {
    return p.filename().string().find(".gen.") != std::string::npos;
  };
  std::sort(paths.begin(), paths.end(),
            [&](const fs::path& a, const fs::path& b) {
              if (generated(a) != generated(b)) return generated(b);
              return a < b;
            });
  std::unique_ptr<ActorDictionary> dict(new ActorDictionary());
  for (const fs::path& p : paths) {
    bool ok = false;
    std::string contents = ReadFile(p, ok);
    if (!ok) {
      dict->problems_.push_back(p.string() + ": cannot read");
      continue;
    }
    dict->AddFile(label_dir.empty() ? p.string()
                                    : label_dir + "/" + p.filename().string(),
                  contents);
  }
  dict->Compile();
  return dict;
}

std::unique_ptr<ActorDictionary> ActorDictionary::LoadFromStrings(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::unique_ptr<ActorDictionary> dict(new ActorDictionary());
  for (const auto& [name, contents] : files) dict->AddFile(name, contents);
  dict->Compile();
  return dict;
}

void ActorDictionary::AddFile(const std::string& name,
                              std::string_view contents) {
  const uint16_t file = static_cast<uint16_t>(files_.size());
  files_.push_back(name);
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos <= contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    auto problem = [&](const std::string& msg) {
      problems_.push_back(name + ":" + std::to_string(line_no) + ": " + msg);
    };
    // Strip the note: '#' at the start or after a space.
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' &&
          (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        break;
      }
    }
    line = Trim(line);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (nl == contents.size()) break;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      problem("missing 'kind:' at the start of the line");
      continue;
    }
    std::string_view kind_text = Trim(line.substr(0, colon));
    const KindName* kind = nullptr;
    for (const KindName& k : kKindNames) {
      if (k.name == kind_text) kind = &k;
    }
    if (kind == nullptr) {
      problem("unknown kind '" + std::string(kind_text) + "'");
      continue;
    }
    std::string_view rest = line.substr(colon + 1);
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos) {
      problem("missing '=' between names and codes");
      continue;
    }
    ActorEntry entry;
    entry.kind = kind->kind;
    entry.file = file;
    entry.line = line_no;
    std::string_view names = rest.substr(0, eq);
    bool bad_name = false;
    while (!names.empty()) {
      size_t bar = names.find('|');
      std::string_view n = Trim(names.substr(0, bar));
      names = bar == std::string_view::npos ? "" : names.substr(bar + 1);
      if (n.empty() || internal::NameUnits(n).empty()) {
        problem("empty name (check the '|' separators)");
        bad_name = true;
        break;
      }
      entry.names.emplace_back(n);
    }
    if (bad_name) continue;
    if (entry.names.empty()) {
      problem("no names before '='");
      continue;
    }
    std::string err = ParseCodesAndAttrs(rest.substr(eq + 1), entry);
    if (!err.empty()) {
      problem(err);
      continue;
    }
    if (entry.codes.empty() && KindNeedsCode(entry.kind)) {
      problem("no code after '='");
      continue;
    }
    if (entry.kind == ActorEntryKind::kAgent) {
      // Agents are roles ("~MIL") or stand-alone codes ("UAF").
    } else {
      bool role_code = false;
      for (const DatedCode& c : entry.codes) role_code |= c.code[0] == '~';
      if (role_code && entry.kind != ActorEntryKind::kModifier) {
        problem("role code '~...' is only for agents and modifiers");
        continue;
      }
    }
    entries_.push_back(std::move(entry));
    if (nl == contents.size()) break;
  }
}

void ActorDictionary::Compile() {
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    ActorEntry& e = entries_[id];
    for (const std::string& name : e.names) {
      std::vector<MatchUnit> units = internal::NameUnits(name);
      trie_->Add(units, id, 0);
      if ((e.kind == ActorEntryKind::kAgent ||
           e.kind == ActorEntryKind::kDemonym) &&
          !units.empty()) {
        std::string plural = internal::PluralOf(units.back().key);
        if (!plural.empty()) {
          units.back().key = plural;
          trie_->Add(units, id, 0);
        }
      }
    }
    // Role words for "the minister" coreference.
    for (size_t b = 0; b < e.role.size();) {
      size_t comma = e.role.find(',', b);
      if (comma == std::string::npos) comma = e.role.size();
      std::string word;
      internal::NormalizeWord(std::string_view(e.role).substr(b, comma - b),
                              word);
      if (!word.empty()) e.role_keys.push_back(std::move(word));
      b = comma + 1;
    }
    if (e.role_keys.empty() && e.kind == ActorEntryKind::kAgent) {
      std::vector<MatchUnit> units = internal::NameUnits(e.names[0]);
      if (!units.empty()) e.role_keys.push_back(units.back().key);
    }
    if (e.kind == ActorEntryKind::kPerson) {
      if (e.surname.empty()) {
        std::vector<MatchUnit> units = internal::NameUnits(e.names[0]);
        if (units.size() >= 2) {
          e.surname = e.names[0].substr(units.back().begin,
                                        units.back().end - units.back().begin);
        }
      }
      if (!e.surname.empty()) {
        std::vector<MatchUnit> su = internal::NameUnits(e.surname);
        if (!su.empty()) e.surname_key = su.back().key;
      }
      if (!e.no_surname && !e.surname.empty()) {
        std::vector<MatchUnit> units = internal::NameUnits(e.surname);
        // A surname alone must be capitalised in text.
        for (MatchUnit& u : units) {
          if (u.case_class == internal::kAnyCase) {
            u.case_class = internal::kInitialCap;
          }
        }
        trie_->Add(units, id, ActorTrie::kSurnameOnly);
      }
    }
  }
}

}  // namespace dyad
