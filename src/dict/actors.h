// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Actor dictionaries and the actor matcher: the narrow header of the actor
// half of src/dict/.
//
// An ActorDictionary is compiled once from the text files in data/actors/
// (format: docs/dictionaries.md) and is immutable afterwards, so one instance
// is shared read-only by all threads. It is not copyable: it owns the
// vocabulary, the phrase trie and every entry.
//
// An ActorMatcher finds actor mentions in a segmented Document. It is a thin
// const view over a dictionary; all scratch state lives on the stack of
// Match(), so one matcher serves all threads.
//
//   auto dict = dyad::ActorDictionary::LoadDirectory("data/actors");
//   if (!dict.ok()) { ... }                  // only for unreadable input
//   for (const auto& p : (*dict)->problems()) std::cerr << p << "\n";
//   dyad::ActorMatcher matcher(**dict);
//   matcher.Match(doc);                      // appends to doc.mentions
#ifndef DYAD_DICT_ACTORS_H_
#define DYAD_DICT_ACTORS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// What a dictionary entry names. The file format spells these in lower case
// ("country:", "person:", ...).
enum class ActorEntryKind : uint8_t {
  kCountry = 0,   // a state or territory by name: "Russia" -> RUS
  kDemonym,       // adjective or people: "Russian", "Syrians" -> RUS / SYR
  kGovernment,    // capital or seat used for the government: "the Kremlin"
  kIgo,           // international organisation: "NATO" -> IGOWSTNAT
  kArmedGroup,    // non-state armed group: "Hamas" -> PSEREBHMS
  kOrganization,  // company, outlet, NGO, party with a fixed code
  kAgent,         // generic role noun: "troops" -> ~MIL, "gunmen" -> UAF
  kPerson,        // a named person, usually with dated roles
  kModifier,      // "former" (-> ELI), "pro"/"anti" (block composition)
  kHonorific,     // "Mr", "Ms", "Dr": glue between a title and a surname
  kPronoun,       // "he", "she": resolved by coreference
  kAnaphor,       // "the country", "the kingdom": resolved by coreference
};

// Returns "country", "person", ... (the spelling used in the data files).
std::string_view ActorEntryKindName(ActorEntryKind kind);

// One code valid over an inclusive range of dates written as YYYYMMDD
// integers; 0 means open at that end.
struct DatedCode {
  std::string code;  // "RUSGOV"; agents carry a role as "~MIL"
  uint32_t from = 0;
  uint32_t to = 0;
};

// One line of a dictionary file.
struct ActorEntry {
  ActorEntryKind kind = ActorEntryKind::kCountry;
  std::vector<std::string> names;  // as written, first one is the canonical
  std::vector<DatedCode> codes;    // never empty for entries that code
  uint16_t file = 0;               // index into ActorDictionary::files()
  uint32_t line = 0;               // 1-based
  char sex = 0;                    // 'm', 'f' or 0 (persons and pronouns)
  bool title = false;              // agent that may precede a name ("minister")
  bool weak = false;               // agent that yields to a more specific agent
  bool no_surname = false;         // person not to be matched by surname alone
  std::string surname;             // person's surname as matched alone
  std::string role;                // role word for "the minister" coreference
  std::string target;  // anaphor: kind of antecedent ("country", ...)
  // A country name that is also a US state ("Georgia"): the code to use
  // when the text reads it as the state ("USA"), else empty.
  std::string us_state;
  // Filled by the compiler: normalised surname and role words (from role=,
  // else an agent's head word), so matching never re-normalises them.
  std::string surname_key;
  std::vector<std::string> role_keys;
};

// Resolves `entry` for an article date (YYYYMMDD, 0 = unknown):
//  - the code whose range holds the date (the first such in file order);
//  - with no date, the code with the latest start;
//  - a person outside every range is "former": country + ELI;
//  - other entries outside every range take the nearest earlier range, or
//    the first one when the date precedes them all.
std::string ResolveCode(const ActorEntry& entry, uint32_t date);

// True when `entry` holds some dated code at `date` (always true with no
// date or no date bounds).
bool ActiveAt(const ActorEntry& entry, uint32_t date);

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the start of that period, or the
// end when `end_of_period`); returns 0 when malformed.
uint32_t ParseDate(std::string_view text, bool end_of_period = false);

// The data directory: $DYAD_DATA if set, else the data/ of the source tree
// this library was built from. Actor dictionaries live in <it>/actors.
std::string DefaultDataDir();

// How evidence and messages name the files of `subdir` ("verbs", "actors")
// of `data_dir`: "data/verbs" for dyad's bundled data (the path in the
// repository, the same on every machine), else "<data_dir>/<subdir>".
std::string DataFileLabel(const std::string& data_dir,
                          const std::string& subdir);

namespace internal {
class ActorTrie;
}  // namespace internal

class ActorDictionary {
 public:
  // Loads every *.txt file of `dir` (sorted by name). A malformed entry is
  // reported in problems() and skipped; only an unreadable or missing
  // directory is an error (kNotFound).
  // Entries name their file as "<label_dir>/<file name>" (default: `dir`).
  static StatusOr<std::unique_ptr<ActorDictionary>> LoadDirectory(
      const std::string& dir, const std::string& label_dir = "");
  // Loads from in-memory files: (file name, contents) pairs. Never fails;
  // problems are reported as for LoadDirectory.
  static std::unique_ptr<ActorDictionary> LoadFromStrings(
      const std::vector<std::pair<std::string, std::string>>& files);

  ~ActorDictionary();
  ActorDictionary(const ActorDictionary&) = delete;
  ActorDictionary& operator=(const ActorDictionary&) = delete;

  // "data/actors/people.txt:12: unknown kind 'persn'", one per problem.
  const std::vector<std::string>& problems() const { return problems_; }
  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<std::string>& files() const { return files_; }
  // "people.txt:12" for entry `id` (the path as given to the loader).
  std::string EntrySource(uint32_t id) const;

  const internal::ActorTrie& trie() const { return *trie_; }

 private:
  ActorDictionary();
  void AddFile(const std::string& name, std::string_view contents);
  void Compile();

  std::vector<std::string> files_;
  std::vector<ActorEntry> entries_;
  std::vector<std::string> problems_;
  std::unique_ptr<internal::ActorTrie> trie_;
};

struct ActorMatchOptions {
  // Report capitalised runs found in no dictionary as kind "unknown".
  bool report_unknown = true;
  // Resolve "he", "Mr Kerry", "the minister", "the country" to earlier
  // mentions of the same article.
  bool coreference = true;
};

// Finds actor mentions. Thread-safe; the dictionary must outlive it.
class ActorMatcher {
 public:
  explicit ActorMatcher(const ActorDictionary& dict,
                        ActorMatchOptions options = {})
      : dict_(dict), options_(options) {}

  // Appends the mentions of every sentence of `doc` to doc.mentions, in
  // text order. The article date (doc.article->date) picks dated codes.
  // One decision reads tags (is the word before a country a verb: "asked
  // Saudi Arabia"); when `tag_sentence` is given, it is called with a
  // sentence's index before that sentence's tags are read, so that a
  // caller may tag only the sentences it needs (Engine::Code).
  void Match(Document& doc,
             const std::function<void(uint32_t)>& tag_sentence = {}) const;

 private:
  const ActorDictionary& dict_;
  ActorMatchOptions options_;
};

}  // namespace dyad

#endif  // DYAD_DICT_ACTORS_H_
