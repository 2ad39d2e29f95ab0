// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The verb-pattern dictionary: which predicates (verbs, phrasal verbs, verb +
// object-noun frames, event nouns) express which CAMEO event, and where in a
// dependency parse the event's target is found. The text format is described
// in docs/verbs.md; the files are data/verbs/NN_<root>.txt, one per CAMEO root.
//
// A line such as
//     1312  impose sanction|embargo|tariff on|against:T  ; neg=1244
// compiles to one VerbPattern per head lemma ("impose"): a Frame saying the
// verb's object must be one of the listed noun lemmas and the target is the
// nominal introduced by "on" or "against".
//
// The coder describes what the parse shows around a predicate in a
// FrameQuery and calls Match(), which returns the patterns that fit, most
// specific first, each with the place of the target and the rule
// ("data/verbs/16_sanction.txt:41") to put into the event's evidence.
//
//   std::vector<Diagnostic> problems;
//   DYAD_ASSIGN_OR_RETURN(VerbDictionary dict,
//       VerbDictionary::LoadDirectory("data/verbs", &codes, {}, &problems));
//   FrameQuery q;  q.lemma = "impose";  q.object = {"sanction", {}};
//   q.preps = {{"on", "iran", {}}};
//   std::vector<PatternMatch> m = dict.Match(q, PredicateKind::kVerb);
//   // m[0].pattern->code == "163", m[0].target == {kPrep, 0}
//
// Immutable after loading; all const methods are thread-safe.
#ifndef DYAD_CODER_VERB_DICTIONARY_H_
#define DYAD_CODER_VERB_DICTIONARY_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "coder/code_table.h"
#include "dyad/status.h"

namespace dyad::internal {

// A problem found while loading; the bad line is skipped.
struct Diagnostic {
  std::string file;  // label of the file, e.g. "data/verbs/04_consult.txt"
  int line = 0;
  std::string message;
  std::string ToString() const;  // "file:line: message"
};

enum class PredicateKind : uint8_t { kVerb, kNoun };

// Where the event's target sits relative to the frame's predicate.
enum class TargetSlot : uint8_t {
  kNone,         // the pattern names no target ("riot", "@ceasefire")
  kObject,       // direct object ("visit T")
  kPreposition,  // nominal introduced by one of `target_preps` ("meet with:T")
  kPossessor,    // owner of the object noun: "reject Iran's proposal"
                 // ("reject proposal poss:T")
};

// A required prepositional complement that is not the target, e.g. the
// "of corruption" in "accuse T of:corruption|bribery".
struct PrepRequirement {
  std::vector<std::string> preps;  // any of these prepositions
  std::vector<std::string> nouns;  // any of these noun specs
};

// True if a noun with `lemma` and `modifiers` fits the noun spec
// "[mod_]*head". A head written in the plural ("talks", "negotiations",
// "sanctions") also fits its singular lemma, so files may use either.
bool NounFits(std::string_view spec, std::string_view lemma,
              const std::vector<std::string>& modifiers);

// One predicate with its dependents, as the pattern requires them.
struct Frame {
  std::string lemma;                   // predicate lemma ("meet", "attack")
  std::vector<std::string> modifiers;  // nouns only: required compound/amod
  std::string particle;                // phrasal particle ("down"), or empty
  // Required obj (any of). Each is a noun spec "head" or "mod_head"
  // ("trade_deal": lemma "deal" with a compound/amod "trade"); see NounFits.
  std::vector<std::string> object_nouns;
  std::vector<PrepRequirement> prep_requirements;
  TargetSlot target = TargetSlot::kNone;
  std::vector<std::string> target_preps;  // for TargetSlot::kPreposition
};

struct VerbPattern {
  std::string code;         // CAMEO code when the predicate is asserted
  std::string neg_code;     // when negated or refused ("refuse to meet"): 12x
  std::string intent_code;  // when only promised/planned/announced: 03x
  PredicateKind kind = PredicateKind::kVerb;
  Frame frame;
  bool has_xcomp = false;
  // "threaten >attack T": the open complement (xcomp) verb and its frame;
  // xcomp.lemma_alternatives lists the verbs allowed there.
  Frame xcomp;
  std::vector<std::string> xcomp_lemmas;
  bool symmetric = false;  // code both directions (calls, signings, clashes)
  bool swap = false;       // grammatical target is the CAMEO source
  // "req": the pattern fits only if its target is found in the parse; for
  // generic verbs whose only evidence is the target ("leave from:T").
  bool target_required = false;
  std::string file;  // file label
  int line = 0;
  int specificity = 0;  // computed at load: more constraints, higher
  // "data/verbs/04_consult.txt:41", for the event's evidence.
  std::string Rule() const { return file + ":" + std::to_string(line); }
};

// What the parse shows around one predicate. The coder fills it from the
// UD tree: `object` from obj (or nsubj:pass for passives, at its choice),
// `preps` from obl/nmod dependents with their case marker, including those
// attached to the object noun ("hold talks with X" may hang "with X" on
// "talks"); `xcomp` from an xcomp verb.
struct FrameQuery {
  struct Dependent {
    std::string lemma;
    std::vector<std::string> modifiers;  // compound/amod lemmas
    // nmod:poss of the noun, or an actor-naming compound ("U.S. demands");
    // empty if none. The coder decides what counts.
    std::string possessor;
  };
  struct PrepDependent {
    std::string prep;  // lower-cased case marker, multiword joined by space
    std::string lemma;
    std::vector<std::string> modifiers;
  };
  std::string lemma;
  std::vector<std::string> modifiers;  // of a noun predicate
  std::string particle;
  bool has_object = false;
  Dependent object;
  std::vector<PrepDependent> preps;
  const FrameQuery* xcomp = nullptr;  // not owned
};

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  // Where the target was found: kObject -> query.object (or xcomp's),
  // kPreposition -> preps[prep_index]; kNone if the pattern names no target
  // or the parse lacks it (the event then has no target).
  TargetSlot target = TargetSlot::kNone;
  bool target_in_xcomp = false;
  int prep_index = -1;
  // Pattern specificity, +1 per modifier of the matched noun specs, +2 if
  // the target was found.
  int score = 0;
};

class VerbDictionary {
 public:
  struct Options {
    // Prefix for file labels in Rule(); LoadDirectory uses
    // "<label_dir>/<file name>" (default: the directory as given).
    std::string label_dir;
  };

  // Loads every *.txt file of `dir`, in name order. Bad lines are reported
  // in `problems` (file:line: message) and skipped; the call fails only if
  // the directory cannot be read (kNotFound). `codes`, if given, is used to
  // reject unknown CAMEO codes.
  static StatusOr<VerbDictionary> LoadDirectory(
      const std::string& dir, const CodeTable* codes, const Options& options,
      std::vector<Diagnostic>* problems);
  // Loads one file (kNotFound if it cannot be opened).
  static StatusOr<VerbDictionary> LoadFile(const std::string& path,
                                           const CodeTable* codes,
                                           std::vector<Diagnostic>* problems);
  // Parses the text of one file named `label`; never fails.
  static VerbDictionary Parse(std::string_view text, std::string_view label,
                              const CodeTable* codes,
                              std::vector<Diagnostic>* problems);

  VerbDictionary() = default;
  VerbDictionary(VerbDictionary&&) = default;
  VerbDictionary& operator=(VerbDictionary&&) = default;
  VerbDictionary(const VerbDictionary&) = delete;  // large; share by pointer
  VerbDictionary& operator=(const VerbDictionary&) = delete;

  // Patterns whose verb is (lemma, particle); particle "" for plain verbs.
  std::span<const VerbPattern* const> ForVerb(std::string_view lemma,
                                              std::string_view particle) const;
  // True if some pattern names `lemma` as its verb or complement verb.
  bool KnowsVerb(std::string_view lemma) const;
  // Event-noun patterns headed by `lemma`.
  std::span<const VerbPattern* const> ForNoun(std::string_view lemma) const;

  // False when no verb or noun pattern headed by `lemma` (any particle) can
  // fit a frame built from a sentence whose words have `sentence_lemmas`
  // (sorted):
  // each pattern needs its particle, object noun, required prepositional
  // noun, modifiers and complement verb among them. A cheap test before
  // parsing; true does not promise a match.
  // `verb` and `noun` say which kinds of predicate the word may be.
  bool MayFit(std::string_view lemma, bool verb, bool noun,
              std::span<const std::string_view> sentence_lemmas) const;

  // The patterns that fit `query`, best first (score, then file order).
  std::vector<PatternMatch> Match(const FrameQuery& query,
                                  PredicateKind kind) const;

  size_t size() const { return patterns_.size(); }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Number of patterns per CAMEO root ("01".."20").
  std::vector<std::pair<std::string, int>> CountByRoot() const;

 private:
  void Append(VerbDictionary&& other);
  void BuildIndex();

  std::vector<VerbPattern> patterns_;
  // "lemma\x1fparticle" -> patterns; and noun lemma -> patterns.
  std::unordered_map<std::string, std::vector<const VerbPattern*>> verbs_;
  std::unordered_map<std::string, std::vector<const VerbPattern*>> nouns_;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  // Heads and complements; looked up by string_view without a copy.
  std::unordered_set<std::string, StringHash, std::equal_to<>> verb_lemmas_;
  // lemma -> its verb patterns (any particle) and noun patterns, for
  // MayFit.
  struct HeadPatterns {
    std::vector<const VerbPattern*> verbs;
    std::vector<const VerbPattern*> nouns;
    // Some pattern needs no word besides its head ("say to:T").
    bool verb_alone = false;
    bool noun_alone = false;
  };
  std::unordered_map<std::string, HeadPatterns, StringHash, std::equal_to<>>
      heads_;
};

}  // namespace dyad::internal

#endif  // DYAD_CODER_VERB_DICTIONARY_H_
