// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Verb-pattern dictionary: a line parser, an index and a frame matcher.
//
// Parsing. Each line is "CODE TEMPLATE [; OPTIONS] [# comment]". The
// template is read left to right with a "current frame" that starts at the
// head predicate and moves to the xcomp verb after a ">verb" token; each
// token adds one constraint to the current frame (see docs/verbs.md). A head
// with alternatives ("meet|confer") expands into one pattern per lemma, so
// the index needs no alternation. Any problem skips the line and is reported
// with file:line; loading never aborts.
//
// Index. Verb patterns are keyed by "lemma\x1fparticle", event nouns by
// lemma, in two hash maps of pointers into the pattern vector (built once,
// after all files are read, so the pointers stay valid).
//
// Matching. Match() checks each candidate of the predicate's key against the
// query: required object nouns, prepositional complements, modifiers and the
// xcomp frame; it then locates the target slot. Candidates per key are few
// (tens at most), so this linear check costs far less than parsing did.
// Ranking is by specificity (how many constraints the pattern states), so
// "accuse T of:corruption" (1121) beats "accuse T" (112).
#include "coder/verb_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace dyad::internal {
namespace {

constexpr char kKeySeparator = '\x1f';

std::string VerbKey(std::string_view lemma, std::string_view particle) {
  std::string key(lemma);
  key += kKeySeparator;
  key += particle;
  return key;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string> SplitWhitespace(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos
                                         ? std::string_view::npos
                                         : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// Lemmas are lower-case words: letters, digits, '-', '\'' and '.'.
bool IsWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '\'' || c == '.';
    if (!ok) return false;
  }
  return true;
}

bool Contains(const std::vector<std::string>& set, std::string_view item) {
  return std::find(set.begin(), set.end(), item) != set.end();
}

bool ContainsAll(const std::vector<std::string>& have,
                 const std::vector<std::string>& required) {
  for (const std::string& r : required) {
    if (!Contains(have, r)) return false;
  }
  return true;
}

// Parses one line into patterns (one per head alternative); returns an
// error message instead if the line is bad.
class LineParser {
 public:
  LineParser(const CodeTable* codes) : codes_(codes) {}

  std::string Parse(std::string_view line, std::vector<VerbPattern>* out) {
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) return "";
    std::string_view options_text;
    size_t semicolon = line.find(';');
    if (semicolon != std::string_view::npos) {
      options_text = line.substr(semicolon + 1);
      line = line.substr(0, semicolon);
      if (options_text.find(';') != std::string_view::npos) {
        return "more than one ';'";
      }
    }
    std::vector<std::string> tokens = SplitWhitespace(line);
    if (tokens.size() < 2) return "expected 'CODE pattern'";
    VerbPattern pattern;
    if (std::string error = CheckCode(tokens[0], "code"); !error.empty()) {
      return error;
    }
    pattern.code = tokens[0];

    std::string head = tokens[1];
    if (head.front() == '@') {
      pattern.kind = PredicateKind::kNoun;
      head.erase(0, 1);
    }
    std::vector<std::string> heads = SplitOn(head, '|');
    for (const std::string& h : heads) {
      if (pattern.kind == PredicateKind::kVerb && !IsWord(h)) {
        return "bad verb lemma '" + h + "'";
      }
      if (pattern.kind == PredicateKind::kNoun) {
        for (const std::string& part : SplitOn(h, '_')) {
          if (!IsWord(part)) return "bad noun lemma '" + h + "'";
        }
      }
    }

    Frame* frame = &pattern.frame;
    bool target_seen = false;
    size_t frame_start = 2;  // index of the first token after the frame head
    for (size_t i = 2; i < tokens.size(); ++i) {
      const std::string& token = tokens[i];
      if (token.front() == '+') {
        if (pattern.kind == PredicateKind::kNoun) {
          return "particle '" + token + "' on an event noun";
        }
        if (i != frame_start || !frame->particle.empty()) {
          return "particle '" + token + "' must follow its verb";
        }
        std::string particle = token.substr(1);
        if (!IsWord(particle)) return "bad particle '" + token + "'";
        frame->particle = particle;
      } else if (token.front() == '>') {
        if (pattern.kind == PredicateKind::kNoun) {
          return "xcomp '" + token + "' on an event noun";
        }
        if (pattern.has_xcomp) return "more than one xcomp ('>verb')";
        pattern.has_xcomp = true;
        pattern.xcomp_lemmas = SplitOn(token.substr(1), '|');
        for (const std::string& x : pattern.xcomp_lemmas) {
          if (!IsWord(x)) return "bad xcomp verb '" + x + "'";
        }
        frame = &pattern.xcomp;
        frame_start = i + 1;
      } else if (token == "T") {
        if (pattern.kind == PredicateKind::kNoun) {
          return "event nouns take their target through a preposition "
                 "('of:T'), not 'T'";
        }
        if (target_seen) return "more than one target";
        target_seen = true;
        frame->target = TargetSlot::kObject;
      } else if (token == "poss:T") {
        if (pattern.kind == PredicateKind::kNoun) {
          return "'poss:T' on an event noun (its possessor is the source)";
        }
        if (target_seen) return "more than one target";
        target_seen = true;
        frame->target = TargetSlot::kPossessor;
      } else if (size_t colon = token.find(':'); colon != std::string::npos) {
        std::vector<std::string> preps = SplitOn(token.substr(0, colon), '|');
        for (std::string& p : preps) {
          std::replace(p.begin(), p.end(), '_', ' ');
          if (p.empty()) return "empty preposition in '" + token + "'";
        }
        std::string rhs = token.substr(colon + 1);
        if (rhs == "T") {
          if (target_seen) return "more than one target";
          target_seen = true;
          frame->target = TargetSlot::kPreposition;
          frame->target_preps = std::move(preps);
        } else {
          PrepRequirement requirement;
          requirement.preps = std::move(preps);
          requirement.nouns = SplitOn(rhs, '|');
          for (const std::string& n : requirement.nouns) {
            if (std::string e = CheckNounSpec(n); !e.empty()) {
              return e + " in '" + token + "'";
            }
          }
          frame->prep_requirements.push_back(std::move(requirement));
        }
      } else {
        if (pattern.kind == PredicateKind::kNoun) {
          return "unexpected '" + token + "' after an event noun";
        }
        if (!frame->object_nouns.empty()) {
          return "second object noun '" + token + "'";
        }
        std::vector<std::string> nouns = SplitOn(token, '|');
        for (const std::string& n : nouns) {
          if (std::string e = CheckNounSpec(n); !e.empty()) return e;
        }
        frame->object_nouns = std::move(nouns);
      }
    }
    if ((pattern.frame.target == TargetSlot::kPossessor &&
         pattern.frame.object_nouns.empty()) ||
        (pattern.xcomp.target == TargetSlot::kPossessor &&
         pattern.xcomp.object_nouns.empty())) {
      return "'poss:T' needs an object noun";
    }
    if ((pattern.frame.target == TargetSlot::kObject &&
         !pattern.frame.object_nouns.empty()) ||
        (pattern.xcomp.target == TargetSlot::kObject &&
         !pattern.xcomp.object_nouns.empty())) {
      return "'T' and an object noun in one frame";
    }

    for (const std::string& option : SplitWhitespace(options_text)) {
      if (option == "both") {
        pattern.symmetric = true;
      } else if (option == "swap") {
        pattern.swap = true;
      } else if (option == "req") {
        pattern.target_required = true;
      } else if (option.rfind("neg=", 0) == 0) {
        pattern.neg_code = option.substr(4);
        if (std::string e = CheckCode(pattern.neg_code, "neg"); !e.empty()) {
          return e;
        }
      } else if (option.rfind("intent=", 0) == 0) {
        pattern.intent_code = option.substr(7);
        if (std::string e = CheckCode(pattern.intent_code, "intent");
            !e.empty()) {
          return e;
        }
      } else {
        return "unknown option '" + option + "'";
      }
    }
    if (pattern.symmetric && pattern.swap) return "'both' with 'swap'";
    if (pattern.target_required && pattern.frame.target == TargetSlot::kNone &&
        pattern.xcomp.target == TargetSlot::kNone) {
      return "'req' without a target";
    }

    pattern.specificity = Specificity(pattern);
    for (const std::string& h : heads) {
      VerbPattern expanded = pattern;
      if (pattern.kind == PredicateKind::kNoun) {
        std::vector<std::string> parts = SplitOn(h, '_');
        expanded.frame.lemma = parts.back();
        parts.pop_back();
        expanded.frame.modifiers = parts;
        expanded.specificity += static_cast<int>(parts.size());
      } else {
        expanded.frame.lemma = h;
      }
      out->push_back(std::move(expanded));
    }
    return "";
  }

 private:
  std::string CheckCode(const std::string& code, const char* what) {
    if (!CodeTable::IsWellFormed(code)) {
      return std::string("bad ") + what + " CAMEO code '" + code + "'";
    }
    if (codes_ != nullptr && !codes_->Contains(code)) {
      return std::string("unknown ") + what + " CAMEO code '" + code + "'";
    }
    return "";
  }

  static std::string CheckNounSpec(const std::string& spec) {
    for (const std::string& part : SplitOn(spec, '_')) {
      if (!IsWord(part)) return "bad noun '" + spec + "'";
    }
    return "";
  }

  static int FrameSpecificity(const Frame& f) {
    int s = 0;
    if (!f.particle.empty()) s += 2;
    if (!f.object_nouns.empty()) s += 3;
    // A required complement noun is stronger evidence than a target slot,
    // so "crack +down on:protesters" beats "crack +down on:T".
    s += 3 * static_cast<int>(f.prep_requirements.size());
    return s;  // a target slot scores only when found (Match)
  }

  static int Specificity(const VerbPattern& p) {
    int s = 1 + FrameSpecificity(p.frame);
    if (p.has_xcomp) s += 3 + FrameSpecificity(p.xcomp);
    return s;
  }

  const CodeTable* codes_;
};

// Checks the constraints of `frame` against `query`; on success fills the
// target location into `match` (leaving it kNone if the parse lacks it).
// Number of modifiers a noun spec requires ("humanitarian_aid": 1); a
// matched spec with modifiers is more specific than its bare head.
int ModifierCount(std::string_view spec) {
  return static_cast<int>(std::count(spec.begin(), spec.end(), '_'));
}

bool FrameFits(const Frame& frame, const FrameQuery& query, bool in_xcomp,
               PatternMatch* match) {
  if (!ContainsAll(query.modifiers, frame.modifiers)) return false;
  if (!frame.object_nouns.empty()) {
    if (!query.has_object) return false;
    bool fits = false;
    for (const std::string& spec : frame.object_nouns) {
      if (NounFits(spec, query.object.lemma, query.object.modifiers)) {
        fits = true;
        match->score += ModifierCount(spec);
        break;
      }
    }
    if (!fits) return false;
  }
  for (const PrepRequirement& r : frame.prep_requirements) {
    bool found = false;
    for (const FrameQuery::PrepDependent& p : query.preps) {
      if (!Contains(r.preps, p.prep)) continue;
      for (const std::string& spec : r.nouns) {
        if (NounFits(spec, p.lemma, p.modifiers)) {
          found = true;
          match->score += ModifierCount(spec);
          break;
        }
      }
      if (found) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  if (frame.target == TargetSlot::kPossessor && query.has_object &&
      !query.object.possessor.empty()) {
    match->target = TargetSlot::kPossessor;
    match->target_in_xcomp = in_xcomp;
  } else if (frame.target == TargetSlot::kObject && query.has_object) {
    match->target = TargetSlot::kObject;
    match->target_in_xcomp = in_xcomp;
  } else if (frame.target == TargetSlot::kPreposition) {
    for (size_t i = 0; i < query.preps.size(); ++i) {
      if (Contains(frame.target_preps, query.preps[i].prep)) {
        match->target = TargetSlot::kPreposition;
        match->target_in_xcomp = in_xcomp;
        match->prep_index = static_cast<int>(i);
        break;
      }
    }
  }
  return true;
}

}  // namespace

bool NounFits(std::string_view spec, std::string_view lemma,
              const std::vector<std::string>& modifiers) {
  size_t last = spec.rfind('_');
  std::string_view head =
      last == std::string_view::npos ? spec : spec.substr(last + 1);
  bool head_fits = head == lemma;
  if (!head_fits && head.size() > lemma.size() &&
      head.substr(0, lemma.size()) == lemma) {
    std::string_view ending = head.substr(lemma.size());
    head_fits = ending == "s" || ending == "es";
  }
  if (!head_fits) return false;
  if (last == std::string_view::npos) return true;
  size_t start = 0;
  while (start < last) {
    size_t end = spec.find('_', start);
    if (!Contains(modifiers, spec.substr(start, end - start))) return false;
    start = end + 1;
  }
  return true;
}

std::string Diagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

VerbDictionary VerbDictionary::Parse(std::string_view text,
                                     std::string_view label,
                                     const CodeTable* codes,
                                     std::vector<Diagnostic>* problems) {
  VerbDictionary dict;
  LineParser parser(codes);
  int line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    std::vector<VerbPattern> parsed;
    std::string error = parser.Parse(line, &parsed);
    if (!error.empty()) {
      if (problems != nullptr) {
        problems->push_back({std::string(label), line_number, error});
      }
      continue;
    }
    for (VerbPattern& p : parsed) {
      p.file = std::string(label);
      p.line = line_number;
      dict.patterns_.push_back(std::move(p));
    }
  }
  dict.BuildIndex();
  return dict;
}

StatusOr<VerbDictionary> VerbDictionary::LoadFile(
    const std::string& path, const CodeTable* codes,
    std::vector<Diagnostic>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open verb dictionary");
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), path, codes, problems);
}

StatusOr<VerbDictionary> VerbDictionary::LoadDirectory(
    const std::string& dir, const CodeTable* codes, const Options& options,
    std::vector<Diagnostic>* problems) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    return NotFoundError(
        dir + ": cannot read verb dictionary directory: " + ec.message());
  }
  std::vector<fs::path> files;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::string label_dir = options.label_dir.empty() ? dir : options.label_dir;
  while (label_dir.size() > 1 && label_dir.back() == '/') label_dir.pop_back();
  VerbDictionary all;
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string label = label_dir + "/" + file.filename().string();
    if (!in) {
      if (problems != nullptr) problems->push_back({label, 0, "cannot open"});
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    all.Append(Parse(text.str(), label, codes, problems));
  }
  all.BuildIndex();
  return all;
}

void VerbDictionary::Append(VerbDictionary&& other) {
  for (VerbPattern& p : other.patterns_) patterns_.push_back(std::move(p));
}

void VerbDictionary::BuildIndex() {
  verbs_.clear();
  heads_.clear();
  nouns_.clear();
  verb_lemmas_.clear();
  for (const VerbPattern& p : patterns_) {
    if (p.kind == PredicateKind::kVerb) {
      verbs_[VerbKey(p.frame.lemma, p.frame.particle)].push_back(&p);
      heads_[p.frame.lemma].verbs.push_back(&p);
      verb_lemmas_.insert(p.frame.lemma);
    } else {
      nouns_[p.frame.lemma].push_back(&p);
      heads_[p.frame.lemma].nouns.push_back(&p);
    }
    verb_lemmas_.insert(p.xcomp_lemmas.begin(), p.xcomp_lemmas.end());
  }
  for (auto& [lemma, head] : heads_) {
    auto alone = [](const VerbPattern* p) {
      return !p->has_xcomp && p->frame.particle.empty() &&
             p->frame.modifiers.empty() && p->frame.object_nouns.empty() &&
             p->frame.prep_requirements.empty();
    };
    head.verb_alone = std::any_of(head.verbs.begin(), head.verbs.end(), alone);
    head.noun_alone = std::any_of(head.nouns.begin(), head.nouns.end(), alone);
  }
}

bool VerbDictionary::KnowsVerb(std::string_view lemma) const {
  return verb_lemmas_.find(lemma) != verb_lemmas_.end();
}

std::span<const VerbPattern* const> VerbDictionary::ForVerb(
    std::string_view lemma, std::string_view particle) const {
  auto it = verbs_.find(VerbKey(lemma, particle));
  if (it == verbs_.end()) return {};
  return it->second;
}

std::span<const VerbPattern* const> VerbDictionary::ForNoun(
    std::string_view lemma) const {
  auto it = nouns_.find(std::string(lemma));
  if (it == nouns_.end()) return {};
  return it->second;
}

namespace {

// `words` sorted, for binary search.
bool HasWord(std::span<const std::string_view> words, std::string_view w) {
  return std::binary_search(words.begin(), words.end(), w);
}

// Whether some noun among `words` can fit the noun spec (NounFits with
// every word of the sentence counted as a modifier).
bool NounSpecPresent(std::string_view spec,
                     std::span<const std::string_view> words) {
  size_t last = spec.rfind('_');
  std::string_view head =
      last == std::string_view::npos ? spec : spec.substr(last + 1);
  // A plural head fits its singular lemma ("talks" fits "talk").
  bool head_present = HasWord(words, head) ||
                      (head.ends_with("s") &&
                       HasWord(words, head.substr(0, head.size() - 1))) ||
                      (head.ends_with("es") &&
                       HasWord(words, head.substr(0, head.size() - 2)));
  if (!head_present) return false;
  size_t start = 0;
  while (last != std::string_view::npos && start < last) {
    size_t end = spec.find('_', start);
    if (!HasWord(words, spec.substr(start, end - start))) return false;
    start = end + 1;
  }
  return true;
}

// Whether the words `frame` requires besides its head are all in `words`.
bool WordsPresent(const Frame& frame, std::span<const std::string_view> words) {
  if (!frame.particle.empty() && !HasWord(words, frame.particle)) return false;
  for (const std::string& m : frame.modifiers) {
    if (!HasWord(words, m)) return false;
  }
  auto any_noun_fits = [&](const std::vector<std::string>& specs) {
    return std::any_of(specs.begin(), specs.end(), [&](const std::string& s) {
      return NounSpecPresent(s, words);
    });
  };
  if (!frame.object_nouns.empty() && !any_noun_fits(frame.object_nouns)) {
    return false;
  }
  for (const PrepRequirement& r : frame.prep_requirements) {
    if (!any_noun_fits(r.nouns)) return false;
  }
  return true;
}

}  // namespace

bool VerbDictionary::MayFit(
    std::string_view lemma, bool verb, bool noun,
    std::span<const std::string_view> sentence_lemmas) const {
  auto it = heads_.find(lemma);
  if (it == heads_.end()) return false;
  if ((verb && it->second.verb_alone) || (noun && it->second.noun_alone)) {
    return true;
  }
  auto any_fits = [&](const std::vector<const VerbPattern*>& patterns) {
    for (const VerbPattern* p : patterns) {
      if (!WordsPresent(p->frame, sentence_lemmas)) continue;
      if (!p->has_xcomp) return true;
      for (const std::string& x : p->xcomp_lemmas) {
        if (HasWord(sentence_lemmas, x) &&
            WordsPresent(p->xcomp, sentence_lemmas)) {
          return true;
        }
      }
    }
    return false;
  };
  return (verb && any_fits(it->second.verbs)) ||
         (noun && any_fits(it->second.nouns));
}

std::vector<PatternMatch> VerbDictionary::Match(const FrameQuery& query,
                                                PredicateKind kind) const {
  std::span<const VerbPattern* const> candidates =
      kind == PredicateKind::kVerb ? ForVerb(query.lemma, query.particle)
                                   : ForNoun(query.lemma);
  std::vector<PatternMatch> matches;
  for (const VerbPattern* pattern : candidates) {
    PatternMatch match;
    match.pattern = pattern;
    if (!FrameFits(pattern->frame, query, false, &match)) continue;
    if (pattern->has_xcomp) {
      const FrameQuery* x = query.xcomp;
      // An xcomp without a particle in the pattern accepts any particle
      // ("pledged to step down" fits ">resign|step"); one with a particle
      // requires it.
      if (x == nullptr || !Contains(pattern->xcomp_lemmas, x->lemma) ||
          (!pattern->xcomp.particle.empty() &&
           x->particle != pattern->xcomp.particle) ||
          !FrameFits(pattern->xcomp, *x, true, &match)) {
        continue;
      }
    }
    if (pattern->target_required && match.target == TargetSlot::kNone) {
      continue;
    }
    match.score +=
        pattern->specificity + (match.target != TargetSlot::kNone ? 2 : 0);
    matches.push_back(match);
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const PatternMatch& a, const PatternMatch& b) {
                     return a.score > b.score;
                   });
  return matches;
}

std::vector<std::pair<std::string, int>> VerbDictionary::CountByRoot() const {
  std::map<std::string, int> counts;
  for (const VerbPattern& p : patterns_) ++counts[p.code.substr(0, 2)];
  return {counts.begin(), counts.end()};
}

}  // namespace dyad::internal
