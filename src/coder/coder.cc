// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Event coder. Overview of one sentence:
//
//  1. Index the dependency tree (children per token) and the actor mentions
//     (which mention covers which token; coreferent mentions take their
//     antecedent's code).
//  2. Predicates, in two passes: first verbs and copular adjectives, then
//     event nouns the dictionary knows. For each, describe the dependents in
//     a FrameQuery (lemma, particle, object with modifiers and possessor,
//     obl/nmod with case marker -- also those on the object noun -- and an
//     xcomp as a nested query), and take the best VerbDictionary match
//     whose target slot holds an actor (else the best match).
//  3. Actors. Source: the subject (nsubj), or for passives the "by" agent;
//     a subject-less xcomp/conj/advcl takes its controller's subject (the
//     object of "urge Y to ..."), a relative clause its head noun. Event
//     nouns take their possessor ("U.S. sanctions"), a "by" nmod, or the
//     subject of the verb whose object they are when that verb coded
//     nothing itself. Target: the actor of the pattern's slot. An
//     argument's actor is the mention covering its head, else the nearest
//     mention in its nominal subtree; conj siblings add one actor each.
//     When a weak parse lost an argument, word order stands in: the coded
//     mention right after the verb (or after the slot's preposition) for
//     the target, the nearest coded mention before the verb for the source.
//  4. Modality. Negation (not/never/n't, or under refuse/fail/decline)
//     gives the pattern's neg= code or no event. Intent (will/would/'ll, or
//     under plan/agree/expect/promise/threaten...) gives intent=. A main
//     clause with an if/unless condition and a conflict code becomes a
//     threat (13x). Predicates inside conditions, under may/might/could,
//     and all of a question are not coded.
//  5. Emission: one event per (source, target) pair; `both` patterns and
//     "X and Y met" (several subjects, no target, symmetric or root 04) give
//     both directions; `swap` exchanges the sides; source == target is
//     dropped. Codes, QuadClass, Goldstein and PLOVER come from the code
//     table; confidence is described at Confidence().
#include "coder/coder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>

#include "syntax/deprel.h"
#include "tag/lemmatizer.h"
#include "tag/tagset.h"

namespace dyad::internal {
namespace {

constexpr int kMaxActorSearchDepth = 3;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool OneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Verbs whose xcomp is only planned, promised or expected ("plans to
// visit"): the complement takes its pattern's intent= code.
// A decision is made: "decided to impose sanctions" reports the sanctions
// (gold convention: decided measures are coded as the act).
bool IsIntentGovernor(std::string_view lemma) {
  return OneOf(
      lemma,
      {"plan",  "intend",     "expect",   "agree",    "promise", "pledge",
       "vow",   "aim",        "hope",     "seek",     "want",    "prepare",
       "offer", "propose",    "schedule", "due",      "ready",   "willing",
       "try",   "attempt",    "threaten", "warn",     "go",      "set",
       "be",    "wish",       "mean",     "consider", "likely",  "poised",
       "eager", "determined", "commit"});
}

// Nouns of intent, threat or refusal whose "to" clause is their owner's
// act in prospect, as after the verb they name ("his threat to impose
// tariffs" as "threatened to impose", "Iran's refusal to negotiate"):
// the verb, or "" for other nouns. A decision is no prospect: "Trump's
// decision to suspend the talks" reports the suspension (gold convention),
// and an attempt is an act that failed.
std::string_view ModalNounVerb(std::string_view noun) {
  static constexpr std::pair<std::string_view, std::string_view> kVerbOf[] = {
      {"threat", "threaten"},
      {"ultimatum", "threaten"},
      {"plan", "plan"},
      {"promise", "promise"},
      {"pledge", "pledge"},
      {"vow", "vow"},
      {"offer", "offer"},
      {"proposal", "propose"},
      {"intention", "intend"},
      {"readiness", "ready"},
      {"willingness", "willing"},
      {"commitment", "commit"},
      {"refusal", "refuse"},
      {"failure", "fail"},
      {"reluctance", "reluctant"},
      {"unwillingness", "unwilling"}};
  for (const auto& [n, verb] : kVerbOf) {
    if (n == noun) return verb;
  }
  return {};
}

// Verbs that tell an act's own start or course ("a boycott would take
// effect", "the embargo will begin"), not a consequence of it.
bool IsCourseVerb(std::string_view lemma) {
  return OneOf(lemma, {"take", "come", "begin", "start", "apply", "last",
                       "continue", "remain", "run", "expire", "end"});
}

// Verbs whose xcomp is refused or not achieved ("refused to meet").
bool IsAppealVerb(std::string_view lemma) {
  return OneOf(lemma, {"call", "appeal", "plead", "urge", "ask", "press",
                       "encourage", "invite", "tell", "order", "demand",
                       "request", "force", "pressure", "persuade"});
}

// Verbs whose "to" clause parsers sometimes make an advcl ("refused to
// meet", "agreed to lift"): it is their complement all the same.
bool TakesToComplement(std::string_view lemma) {
  return OneOf(
      lemma, {"refuse",  "fail",   "decline", "reject",  "agree",    "plan",
              "promise", "pledge", "vow",     "offer",   "threaten", "seek",
              "want",    "intend", "decide",  "prepare", "try",      "attempt",
              "hope",    "expect", "propose", "aim"});
}

// Verbs whose "that" clause says what someone else should do ("demanded
// that Britain release the tanker"): read as object + complement.
bool IsMandativeVerb(std::string_view lemma) {
  return OneOf(lemma, {"demand", "urge", "ask", "insist", "request", "propose",
                       "suggest", "recommend", "order"});
}

// What one meets or fails to meet without meeting anyone.
bool IsGoalNoun(std::string_view lemma) {
  return OneOf(
      lemma,
      {"deadline",  "pledge",      "promise",     "goal",      "target",
       "demand",    "requirement", "standard",    "need",      "criterion",
       "criteria",  "obligation",  "expectation", "condition", "threshold",
       "quota",     "commitment",  "challenge",   "cost",      "payroll",
       "benchmark", "mark",        "test",        "end",       "objective",
       "request",   "burden",      "fate",        "death"});
}

bool IsNegatingGovernor(std::string_view lemma) {
  return OneOf(lemma, {"refuse", "fail", "decline", "reject", "unable",
                       "reluctant", "unwilling", "cease", "stop", "avoid"});
}

// Nouns that only measure or group the noun after "of".
bool IsQuantityNoun(std::string_view lemma) {
  return OneOf(
      lemma, {"ton",    "tonne",  "million", "billion", "thousand", "hundred",
              "lot",    "number", "amount",  "kind",    "package",  "shipment",
              "series", "wave",   "round",   "batch",   "string",   "pair",
              "couple", "dozen",  "host",    "barrage", "volley"});
}

struct Actor {
  int mention = -1;  // index into Document::mentions
  std::string code;
};

bool SameSpan(const Mention& a, const Mention& b) {
  return a.sentence == b.sentence && a.token_begin == b.token_begin &&
         a.token_end == b.token_end;
}

// Armed attacks, assaults and mass violence (roots 18-20).
// Armed roles: military, rebels, police, spies, unidentified gunmen,
// criminals, militant groups.
bool IsArmedSide(const std::string& code) {
  if (code.rfind("IMG", 0) == 0 || code.rfind("UAF", 0) == 0) return true;
  for (std::string_view role :
       {"MIL", "REB", "COP", "SPY", "UAF", "CRM", "INS"}) {
    if (code.size() >= 6 && code.compare(3, 3, role) == 0) return true;
    if (code == role) return true;
  }
  return false;
}

// The country part of an actor code ("NERGOV" -> "NER"), or "" when the
// code starts with a role or a generic group ("ELI", "IGOUNO", "UAF").
std::string CountryOfCode(const std::string& code) {
  if (code.size() < 3) return "";
  const std::string_view first = std::string_view(code).substr(0, 3);
  for (char c : first) {
    if (c < 'A' || c > 'Z') return "";
  }
  if (OneOf(first, {"IGO", "NGO", "IMG", "UAF", "MNC", "ELI", "GOV", "MIL",
                    "REB", "OPP", "CVL", "COP", "JUD", "LEG", "MED", "BUS",
                    "EDU", "REL", "LAB", "AGR", "HLH", "REF", "SPY", "CRM",
                    "INS", "PTY", "UIS", "MOD", "RAD", "SEP"})) {
    return "";
  }
  return std::string(first);
}

bool IsViolentCode(const std::string& code) {
  return code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 ||
         code.rfind("20", 0) == 0;
}

// A sentence that opens with "In <sport>," (news digests file sports
// results that way).
bool IsSportsReport(std::string_view text) {
  if (text.rfind("In ", 0) != 0) return false;
  const size_t comma = text.find(',');
  if (comma == std::string_view::npos || comma > 40) return false;
  const std::string head = Lower(text.substr(3, comma - 3));
  for (std::string_view sport :
       {"football",  "soccer",     "basketball",  "tennis",
        "cricket",   "motorsport", "golf",        "cycling",
        "athletics", "rugby",      "baseball",    "hockey",
        "boxing",    "chess",      "swimming",    "volleyball",
        "handball",  "esports",    "formula one", "sports",
        "sport",     "skiing",     "wrestling",   "mixed martial arts"}) {
    if (head.find(sport) != std::string::npos) return true;
  }
  return false;
}

// Codes whose act is aimed at someone even when the sentence names the
// target only as the one who answers it: requests and demands, aid,
// criticism and accusations, rejections, threats, sanctions.
bool IsDirectedRoot(const std::string& code) {
  for (std::string_view root : {"02", "07", "10", "11", "12", "13", "16"}) {
    if (code.rfind(root, 0) == 0) return true;
  }
  return false;
}

// The 03x code for a promised or planned act of cooperation whose pattern
// names no intent= code ("will increase its military aid" -> 0332); ""
// for other roots, whose announced acts are coded as the act.
std::string DefaultIntentCode(const std::string& code) {
  static constexpr std::pair<std::string_view, std::string_view> kIntent[] = {
      {"0841", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"},
      {"08", "035"},    {"071", "0331"}, {"072", "0332"}, {"073", "0333"},
      {"074", "0334"},  {"07", "033"},   {"061", "0311"}, {"062", "0312"},
      {"063", "0313"},  {"064", "0314"}, {"06", "031"},   {"05", "032"},
      {"04", "036"}};
  for (const auto& [prefix, intent] : kIntent) {
    if (code.rfind(prefix, 0) == 0) return std::string(intent);
  }
  return "";
}

// A code that answers something already done: denials, criticism,
// rejection, threats and protests in return, retaliation.
bool IsReactionCode(const std::string& code) {
  for (std::string_view root : {"016", "11", "12", "13", "14", "160"}) {
    if (code.rfind(root, 0) == 0) return true;
  }
  return false;
}

// True when `owners` has an actor and none of them is among `others`.
bool OthersAct(const std::vector<Actor>& owners,
               const std::vector<Actor>& others) {
  if (owners.empty() || others.empty()) return false;
  for (const Actor& o : owners) {
    for (const Actor& r : others) {
      if (o.code.compare(0, 3, r.code, 0, 3) == 0) return false;
    }
  }
  return true;
}

// A FrameQuery with the token each of its parts came from.
struct BuiltQuery {
  FrameQuery query;
  int object = -1;         // sentence-local token of query.object
  int possessor = -1;      // token of query.object.possessor
  std::vector<int> preps;  // token of each query.preps entry
  std::unique_ptr<BuiltQuery> xcomp;
  int xcomp_token = -1;
};

struct Modality {
  bool negated = false;
  bool intent = false;
  bool hypothetical = false;
  bool conditional = false;  // has an if/unless clause of its own
};

class SentenceCoder {
 public:
  SentenceCoder(const Document& doc, uint32_t sentence_index,
                const VerbDictionary& verbs, const CodeTable& codes,
                std::vector<Event>& events)
      : doc_(doc),
        sentence_(doc.sentences[sentence_index]),
        sentence_index_(sentence_index),
        verbs_(verbs),
        codes_(codes),
        events_(events),
        base_(sentence_.token_begin),
        size_(static_cast<int>(sentence_.token_end - sentence_.token_begin)) {}

  void Run();

 private:
  const Token& Tok(int i) const { return doc_.tokens[base_ + i]; }
  Deprel Rel(int i) const { return rels_[i]; }
  Upos Pos(int i) const { return static_cast<Upos>(Tok(i).upos); }
  int Head(int i) const {
    int h = Tok(i).head;
    return h >= 0 && h < size_ ? h : -1;
  }
  const std::string& Lemma(int i) const { return lemmas_[i]; }
  int Child(int i, Deprel rel) const {
    for (int c : children_[i]) {
      if (Rel(c) == rel) return c;
    }
    return -1;
  }
  bool IsNominal(int i) const {
    Upos p = Pos(i);
    return p == Upos::kNoun || p == Upos::kPropn || p == Upos::kPron ||
           p == Upos::kNum;
  }

  std::string CaseMarker(int i) const;
  bool VerbTaggedAsNoun(int i) const;
  int HeadlineObject(int i) const;
  bool ModifiesEventNoun(int i) const;
  bool IsPassiveParticiple(int i) const;
  bool IsAdjectivalPassive(int i) const;
  bool IsFutureTime(int i) const;
  int ParticipleClauseVerb(int verb) const;
  int ClauseObject(int verb) const;
  bool IsEventNoun(int i) const;
  bool IsViolentEventNoun(int i) const;
  bool IsStateSide(const Actor& actor) const;
  bool IsBareAgentWord(int i) const;
  std::vector<Actor> PlaceOfAttack(int predicate, int object) const;
  std::vector<Actor> EventNounOwnerIn(int verb, Deprel rel) const;
  bool IsHyphenCompound(int i) const;
  bool IsAttributiveParticiple(int i) const;
  bool FollowsClosely(int verb, int phrase) const;
  bool HasMark(int i, std::string_view word) const;
  int GoverningVerb(int noun) const;
  bool IsOpenComplement(int node) const;
  bool IsModalNoun(int i) const;
  bool IsViolentVerb(int i) const;
  bool IsCommemorated(int i) const;
  bool IsPeacefulEventNoun(int i) const;
  bool OrdersOwnForces(int verb) const;
  bool OfficialOrder(int verb) const;
  void RepairVerbLemma(int i);
  void RepairParse();
  int AppealAddressee(int verb, int before) const;
  std::vector<std::string> Modifiers(int i) const;
  int Possessor(int i) const;
  // `complement` >= 0 forces that token as the xcomp.
  void Build(int predicate, PredicateKind kind, bool allow_xcomp,
             BuiltQuery& out, int complement = -1) const;
  int TargetTokenOf(const BuiltQuery& built, const PatternMatch& m) const;
  bool AnyTarget(const BuiltQuery& built,
                 const std::vector<PatternMatch>& matches) const;
  int SubjectToken(int predicate, int depth = 0) const;
  Modality ReadModality(int predicate) const;

  std::string MentionCode(int mention) const;
  // `as_doer`: the actor of a subject, which a place it is in never is.
  Actor ActorOf(int token, bool as_doer = false) const;
  std::vector<Actor> ActorsOf(int token, bool as_doer = false) const;
  std::vector<Actor> NounSource(int noun) const;
  std::vector<Actor> OwnerActors(int noun) const;
  std::vector<Actor> AttributedActors(int noun) const;
  int SharedObject(int verb) const;
  std::vector<Actor> PurposeTargets(int verb, int object) const;
  bool IsTimeWord(int token) const;
  bool FollowsACoup(int verb) const;
  bool DistinctPeopleOfOneCode(const Actor& a, const Actor& b) const;
  int MentionInLostObject(int verb) const;
  bool IsMeasuredSpan(int i) const;
  std::vector<Actor> ConditionTargets(int verb) const;
  std::vector<Actor> HaltedActDoers(int predicate, int object) const;
  std::string AccusationOfArrest(int predicate) const;
  bool IsReaction(int verb) const;
  int PassiveAgent(int verb) const;
  std::vector<Actor> VerbSource(int verb) const;
  int MentionRightAfter(int from) const;
  std::vector<Actor> LinearSource(int verb) const;
  // `violent`: the pattern's code is an attack, a killing, an arrest or an
  // expulsion,
  // whose victims may be a long noun phrase the parse broke up.
  std::vector<Actor> LinearTarget(int verb, const Frame& frame,
                                  bool violent = false) const;

  void CodePredicate(int predicate, PredicateKind kind);
  void CodeImpliedDemands();
  void Emit(const VerbPattern& pattern, const std::string& code, int predicate,
            const Actor& source, const Actor& target, bool derived_code);
  double Confidence(const VerbPattern& pattern, int predicate,
                    const Actor& source, const Actor& target,
                    bool derived_code) const;
  ByteSpan MentionSpan(const Actor& actor) const;

  const Document& doc_;
  const Sentence& sentence_;
  uint32_t sentence_index_;
  const VerbDictionary& verbs_;
  const CodeTable& codes_;
  std::vector<Event>& events_;
  uint32_t base_;
  int size_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string> lemmas_;
  std::vector<Deprel> rels_;     // the parse's relations, after RepairParse
  std::vector<int> mention_at_;  // token -> mention index or -1
  std::vector<bool> consumed_;   // predicates already coded by a parent
  std::vector<bool> coded_;      // predicates that emitted an event
  // Verbs whose pattern asks, promises, demands, rejects or threatens: the
  // event nouns under them did not happen.
  std::vector<bool> unasserting_;
  // The code of the pattern each predicate matched ("" if none).
  std::vector<std::string> pattern_code_;
};

void SentenceCoder::Run() {
  if (size_ <= 0) return;
  // Questions are not coded ("Will Russia attack?").
  std::string_view text = doc_.SentenceText(sentence_);
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' ||
                           text.back() == '\'' || text.back() == ')')) {
    text.remove_suffix(1);
  }
  if (!text.empty() && text.back() == '?') return;
  // "In rugby union, Wales beats Italy 27-10": sports results
  // are no political events.
  if (IsSportsReport(text)) return;

  children_.assign(size_, {});
  lemmas_.resize(size_);
  rels_.resize(size_);
  for (int i = 0; i < size_; ++i) {
    rels_[i] = static_cast<Deprel>(Tok(i).deprel);
  }
  for (int i = 0; i < size_; ++i) {
    int h = Head(i);
    if (h >= 0) children_[h].push_back(i);
    const Token& t = Tok(i);
    lemmas_[i] = Lower(t.lemma.empty() ? doc_.TokenText(t) : t.lemma);
    RepairVerbLemma(i);
  }
  RepairParse();
  mention_at_.assign(size_, -1);
  for (size_t m = 0; m < doc_.mentions.size(); ++m) {
    const Mention& mention = doc_.mentions[m];
    if (mention.sentence != sentence_index_) continue;
    // A plural anaphor's referents share one span: index the first of the
    // run; ActorsOf() adds the rest.
    if (m > 0 && SameSpan(doc_.mentions[m - 1], mention)) continue;
    for (uint32_t t = mention.token_begin; t < mention.token_end; ++t) {
      if (t >= base_ && t < base_ + size_) {
        mention_at_[t - base_] = static_cast<int>(m);
      }
    }
  }
  consumed_.assign(size_, false);
  coded_.assign(size_, false);
  unasserting_.assign(size_, false);
  pattern_code_.assign(size_, std::string());
  for (int i = 0; i < size_; ++i) {
    Upos p = Pos(i);
    // A participle or adjective that only describes a noun ("the
    // internationally recognized government", "Turkish-backed rebels")
    // reports no act of its own.
    if ((Rel(i) == Deprel::kAmod && Head(i) >= 0 && IsNominal(Head(i))) ||
        IsHyphenCompound(i) || IsAttributiveParticiple(i)) {
      continue;
    }
    if (p == Upos::kVerb || p == Upos::kAdj || VerbTaggedAsNoun(i)) {
      CodePredicate(i, PredicateKind::kVerb);
    }
  }
  for (int i = 0; i < size_; ++i) {
    if (Pos(i) == Upos::kNoun && mention_at_[i] < 0 && !VerbTaggedAsNoun(i) &&
        !verbs_.ForNoun(Lemma(i)).empty() && !ModifiesEventNoun(i) &&
        !IsCommemorated(i) && !IsMeasuredSpan(i)) {
      CodePredicate(i, PredicateKind::kNoun);
    }
  }
  CodeImpliedDemands();
}

// "Russia said that Sudan must return the helicopter": a statement that
// someone must act demands it of them (100), from whoever makes the
// statement; saying that they should act appeals to them (020), a
// resolution or declaration that they should act demands it ("parliament
// passed a resolution that security forces should stop using guns"). The
// reported act itself is unasserted.
void SentenceCoder::CodeImpliedDemands() {
  auto first_of = [&](std::string_view lemma, std::string_view code) {
    for (const VerbPattern* p : verbs_.ForVerb(lemma, "")) {
      if (p->code == code) return p;
    }
    return static_cast<const VerbPattern*>(nullptr);
  };
  const VerbPattern* demand = first_of("demand", "100");
  const VerbPattern* appeal = first_of("urge", "020");
  if (demand == nullptr || appeal == nullptr) return;
  for (int v = 0; v < size_; ++v) {
    const bool verb =
        Pos(v) == Upos::kVerb &&
        OneOf(Lemma(v), {"say", "declare", "announce", "reiterate", "insist",
                         "state", "stress", "conclude", "add", "write", "argue",
                         "remind", "tell", "believe"});
    const bool noun =
        Pos(v) == Upos::kNoun &&
        OneOf(Lemma(v), {"resolution", "statement", "declaration", "reminder",
                         "communique", "letter", "message"});
    if ((!verb && !noun) || coded_[v]) continue;
    // The clause, also where a weak parse hangs it on the day ("said on
    // Tuesday that ...") or makes it a relative clause of the noun.
    std::vector<int> clauses;
    for (int c : children_[v]) {
      const Deprel r = Rel(c);
      if (r == Deprel::kCcomp) clauses.push_back(c);
      if (noun && (r == Deprel::kAcl || r == Deprel::kAclRelcl)) {
        const int subject = Child(c, Deprel::kNsubj);
        if (subject >= 0 && !OneOf(Lemma(subject), {"that", "which", "who"})) {
          clauses.push_back(c);
        }
      }
      if (verb && IsTimeWord(c)) {
        for (int g : children_[c]) {
          if (Rel(g) == Deprel::kAclRelcl) clauses.push_back(g);
        }
      }
    }
    for (int c : clauses) {
      // "must" demands (100), "should" appeals (020); not "should have
      // known" (a reproach) nor a judgement ("should be prudent").
      bool must = false, should = false, perfect = false;
      for (int a : children_[c]) {
        if (Rel(a) != Deprel::kAux) continue;
        must = must || Lemma(a) == "must";
        should = should || Lemma(a) == "should";
        perfect = perfect || Lemma(a) == "have";
      }
      if ((!must && !should) || perfect || Child(c, Deprel::kCop) >= 0) {
        continue;
      }
      // A resolution or declaration that someone should act demands it.
      const VerbPattern* pattern = must || noun ? demand : appeal;
      const std::vector<Actor> targets = ActorsOf(SubjectToken(c));
      if (targets.empty()) continue;
      const std::vector<Actor> sources = noun ? NounSource(v) : VerbSource(v);
      for (const Actor& s : sources) {
        for (const Actor& t : targets) {
          Emit(*pattern, pattern->code, c, s, t, true);
        }
      }
    }
  }
}

// "boycotted", "beheaded", "extradited": verbs the treebank never had get
// their lemma from suffix rules, which guess wrong ("boycot", "beheade"); a
// regular base the verb dictionary knows is the lemma instead.
void SentenceCoder::RepairVerbLemma(int i) {
  const Xpos xpos = static_cast<Xpos>(Tok(i).xpos);
  if (xpos != Xpos::kVBD && xpos != Xpos::kVBN && xpos != Xpos::kVBG &&
      xpos != Xpos::kVBZ) {
    return;
  }
  if (verbs_.KnowsVerb(lemmas_[i])) return;
  thread_local std::vector<std::string> bases;
  Lemmatizer::RegularVerbBases(Lower(doc_.TokenText(Tok(i))), xpos, bases);
  for (const std::string& base : bases) {
    if (verbs_.KnowsVerb(base)) {
      lemmas_[i] = base;
      return;
    }
  }
}

// Two parse errors the coder can see and undo on its own copy of the
// relations: "Six Palestinians were killed when ..." read as a copula with
// a participle (the subject is then the patient), and a number made a
// subject or object of its own beside its noun ("[Six] [Palestinians]
// were killed": the number only counts the noun).
void SentenceCoder::RepairParse() {
  for (int i = 0; i + 1 < size_; ++i) {
    const Deprel r = Rel(i);
    if ((Pos(i) != Upos::kNum && Pos(i) != Upos::kDet) || Head(i) < 0 ||
        (r != Deprel::kNsubj && r != Deprel::kNsubjPass && r != Deprel::kObj)) {
      continue;
    }
    // "[Some] 800,000 Iraqi [Kurds] sought refuge": the noun a few words on
    // with the same role is the real one.
    for (int j = i + 1; j < size_ && j <= i + 4; ++j) {
      if (Head(j) == Head(i) && Rel(j) == r && IsNominal(j)) {
        rels_[i] = Pos(i) == Upos::kNum ? Deprel::kNummod : Deprel::kDet;
        break;
      }
      const Upos p = Pos(j);
      if (p != Upos::kAdj && p != Upos::kNum && p != Upos::kNoun &&
          p != Upos::kPropn) {
        break;
      }
    }
  }
  for (int i = 0; i < size_; ++i) {
    if (Pos(i) != Upos::kVerb || static_cast<Xpos>(Tok(i).xpos) != Xpos::kVBN) {
      continue;
    }
    int cop = -1;
    for (int c : children_[i]) {
      if (Rel(c) == Deprel::kCop && Lemma(c) == "be") cop = c;
    }
    if (cop < 0) continue;
    for (int c : children_[i]) {
      if (Rel(c) == Deprel::kNsubj) {
        rels_[c] = Deprel::kNsubjPass;
        rels_[cop] = Deprel::kAuxPass;
      }
    }
  }
}

// True when the case marker of `phrase` comes right after `verb` (or after
// an adverb or particle next to it).
bool SentenceCoder::FollowsClosely(int verb, int phrase) const {
  for (int c : children_[phrase]) {
    if (Rel(c) != Deprel::kCase) continue;
    for (int t = verb + 1; t < c; ++t) {
      if (Pos(t) != Upos::kAdv && Pos(t) != Upos::kPart) return false;
    }
    return c > verb;
  }
  return false;
}

// A one-word generic agent ("military", "police") used as a modifier.
bool SentenceCoder::IsBareAgentWord(int i) const {
  const int m = mention_at_[i];
  return m >= 0 && doc_.mentions[m].kind == MentionKind::kAgent &&
         doc_.mentions[m].token_end == doc_.mentions[m].token_begin + 1;
}

// The country named by an "in"/"across"/"inside" phrase of an attack or of
// its object, when that phrase names a country or a place in one.
std::vector<Actor> SentenceCoder::PlaceOfAttack(int predicate,
                                                int object) const {
  for (int head : {object, predicate}) {
    if (head < 0) continue;
    for (int c : children_[head]) {
      Deprel r = Rel(c);
      if (r != Deprel::kObl && r != Deprel::kNmod) continue;
      if (!OneOf(CaseMarker(c), {"in", "across", "inside", "throughout"})) {
        continue;
      }
      const int m = mention_at_[c];
      if (m < 0) continue;
      const MentionKind kind = doc_.mentions[m].kind;
      if (kind != MentionKind::kCountry && kind != MentionKind::kGovernment) {
        continue;
      }
      std::string code = MentionCode(m);
      if (code.size() >= 3) return {Actor{m, code.substr(0, 3)}};
    }
  }
  return {};
}

// An event noun of an attack, assault or mass violence ("attack",
// "killing", "bombing").
bool SentenceCoder::IsViolentEventNoun(int i) const {
  if (!IsEventNoun(i)) return false;
  for (const VerbPattern* p : verbs_.ForNoun(Lemma(i))) {
    if (IsViolentCode(p->code)) return true;
  }
  return false;
}

bool SentenceCoder::IsEventNoun(int i) const {
  return Pos(i) == Upos::kNoun && mention_at_[i] < 0 &&
         !verbs_.ForNoun(Lemma(i)).empty();
}

// Owners of the event nouns among `verb`'s dependents of relation `rel`.
std::vector<Actor> SentenceCoder::EventNounOwnerIn(int verb, Deprel rel) const {
  for (int c : children_[verb]) {
    if (Rel(c) != rel || !IsEventNoun(c)) continue;
    std::vector<Actor> owners = OwnerActors(c);
    if (!owners.empty()) return owners;
  }
  return {};
}

// "the visiting Chinese president", "Jordan's visiting King": a present
// participle between a determiner or possessive and its noun describes it,
// however the parser attached it.
bool SentenceCoder::IsAttributiveParticiple(int i) const {
  if (i < 1 || i + 1 >= size_ || Pos(i) != Upos::kVerb ||
      static_cast<Xpos>(Tok(i).xpos) != Xpos::kVBG) {
    return false;
  }
  const Upos next = Pos(i + 1);
  if (next != Upos::kPropn && next != Upos::kNoun && next != Upos::kAdj) {
    return false;
  }
  return Pos(i - 1) == Upos::kDet ||
         static_cast<Xpos>(Tok(i - 1).xpos) == Xpos::kPOS;
}

// "Turkish-backed", "U.S.-led", "Iranian-made": the tokenizer splits the
// hyphen off, but the participle still only describes the noun after it.
bool SentenceCoder::IsHyphenCompound(int i) const {
  if (i < 2 || Pos(i) != Upos::kVerb) return false;
  const Token& hyphen = Tok(i - 1);
  return doc_.TokenText(hyphen) == "-" &&
         hyphen.clean.end == Tok(i).clean.begin &&
         Tok(i - 2).clean.end == hyphen.clean.begin;
}

// "Gulen, accused by Turkey of ...", "protesters killed by police": a past
// participle on a noun is a passive whose patient is that noun.
// A participle in a sentence rooted in a noun ("Trump called on Iran ...",
// Trump tagged as a noun) is a misread main clause, not a passive, unless
// it has a "by" agent.
bool SentenceCoder::IsPassiveParticiple(int i) const {
  int head = Head(i);
  if (Rel(i) != Deprel::kAcl || head < 0 || !IsNominal(head) ||
      Pos(i) != Upos::kVerb || static_cast<Xpos>(Tok(i).xpos) != Xpos::kVBN) {
    return false;
  }
  // "an allegation that the group has denied": a perfect with a subject of
  // its own is active.
  if (Child(i, Deprel::kNsubj) >= 0) return false;
  for (int c : children_[i]) {
    if ((Rel(c) == Deprel::kObl || Rel(c) == Deprel::kOblAgent) &&
        CaseMarker(c) == "by") {
      return true;
    }
  }
  // Without an agent, a sentence whose root is a noun has lost its main
  // verb to the participle ("Finance ministers from African countries
  // called for more aid").
  for (int t = 0; t < size_; ++t) {
    if (Head(t) < 0) return Pos(t) != Upos::kNoun && Pos(t) != Upos::kPropn;
  }
  return true;
}

// "next week", "next month", "tomorrow", "later this year" as a modifier.
bool SentenceCoder::IsFutureTime(int i) const {
  Deprel r = Rel(i);
  if (r != Deprel::kNmodUnmarked && r != Deprel::kOblUnmarked &&
      r != Deprel::kNmodTmod && r != Deprel::kOblTmod && r != Deprel::kNmod &&
      r != Deprel::kObl && r != Deprel::kAdvmod) {
    return false;
  }
  if (Lemma(i) == "tomorrow") return true;
  if (!OneOf(Lemma(i), {"week", "month", "year", "weekend", "spring", "summer",
                        "autumn", "fall", "winter"})) {
    return false;
  }
  for (int c : children_[i]) {
    if ((Rel(c) == Deprel::kAmod || Rel(c) == Deprel::kDet) &&
        OneOf(Lemma(c), {"next", "coming", "upcoming"})) {
      return true;
    }
  }
  return false;
}

// "is opposed to", "is committed to": a state the subject is in, not a
// passive (no "by" agent).
bool SentenceCoder::IsAdjectivalPassive(int i) const {
  if (Child(i, Deprel::kNsubjPass) < 0 ||
      !OneOf(Lemma(i), {"oppose", "commit", "dedicate", "devote"})) {
    return false;
  }
  for (int c : children_[i]) {
    if (Rel(c) == Deprel::kOblAgent ||
        (Rel(c) == Deprel::kObl && CaseMarker(c) == "by")) {
      return false;
    }
  }
  return true;
}

// "tariff" in "tariff measures", "drone" in "drone strike": the head noun's
// own patterns (mod_head entries) code the phrase once.
// Also a noun that only classifies another noun ("a combat helicopter",
// "attack helicopters"), unless that noun measures it ("an aid package").
bool SentenceCoder::ModifiesEventNoun(int i) const {
  int head = Head(i);
  return Rel(i) == Deprel::kCompound && head >= 0 && Pos(head) == Upos::kNoun &&
         (!verbs_.ForNoun(Lemma(head)).empty() || !IsQuantityNoun(Lemma(head)));
}

// Headline present tense is often tagged as a plural noun ("Israel kills
// 50 ..."); a noun with a direct object, or a root noun with a subject
// and no copula, is read as the verb it is.
bool SentenceCoder::HasMark(int i, std::string_view word) const {
  for (int c : children_[i]) {
    if (Rel(c) == Deprel::kMark && Lemma(c) == word) return true;
  }
  return false;
}

bool SentenceCoder::VerbTaggedAsNoun(int i) const {
  if (Pos(i) != Upos::kNoun) return false;
  if (Child(i, Deprel::kObj) >= 0) return true;
  if (Head(i) >= 0) return false;
  if (Child(i, Deprel::kNsubj) >= 0 && Child(i, Deprel::kCop) < 0) return true;
  return HeadlineObject(i) >= 0;
}

// "Thailand summons Iran's ambassador": a headline verb read as a plural
// root noun, with the actor before it as a modifier and its object as an
// unmarked nmod. Returns that object, or -1 when `i` is no such verb.
int SentenceCoder::HeadlineObject(int i) const {
  if (Head(i) >= 0 || static_cast<Xpos>(Tok(i).xpos) != Xpos::kNNS ||
      verbs_.ForVerb(Lemma(i), "").empty()) {
    return -1;
  }
  bool actor_before = false;
  int object = -1;
  for (int c : children_[i]) {
    Deprel r = Rel(c);
    if (c < i &&
        (r == Deprel::kAmod || r == Deprel::kCompound || r == Deprel::kNsubj ||
         r == Deprel::kDet) &&
        mention_at_[c] >= 0 && !MentionCode(mention_at_[c]).empty()) {
      actor_before = true;
    }
    if (c > i && object < 0 && r == Deprel::kNmod && CaseMarker(c).empty()) {
      object = c;
    }
  }
  return actor_before ? object : -1;
}

// "with"; multiword markers joined by a space ("in front of").
std::string SentenceCoder::CaseMarker(int i) const {
  for (int c : children_[i]) {
    if (Rel(c) != Deprel::kCase) continue;
    std::string marker = Lemma(c);
    for (int f : children_[c]) {
      if (Rel(f) == Deprel::kFixed) marker += " " + Lemma(f);
    }
    return marker;
  }
  return "";
}

std::vector<std::string> SentenceCoder::Modifiers(int i) const {
  std::vector<std::string> mods;
  for (int c : children_[i]) {
    if (Rel(c) == Deprel::kCompound || Rel(c) == Deprel::kAmod) {
      mods.push_back(Lemma(c));
    }
  }
  return mods;
}

// The owner of a noun: nmod:poss ("Iran's proposal"), or a compound or
// amod that names an actor ("U.S. demands", "Russian airstrikes").
int SentenceCoder::Possessor(int i) const {
  for (int c : children_[i]) {
    if (Rel(c) == Deprel::kNmodPoss) return c;
  }
  // A bare agent word is a description, not an owner ("the military
  // cooperation", "police officers"), unless it carries a name of its own.
  for (int c : children_[i]) {
    if ((Rel(c) == Deprel::kCompound || Rel(c) == Deprel::kAmod) &&
        mention_at_[c] >= 0 && !MentionCode(mention_at_[c]).empty() &&
        !IsBareAgentWord(c)) {
      return c;
    }
  }
  return -1;
}

void SentenceCoder::Build(int predicate, PredicateKind kind, bool allow_xcomp,
                          BuiltQuery& out, int complement) const {
  FrameQuery& q = out.query;
  q.lemma = Lemma(predicate);
  if (kind == PredicateKind::kNoun) q.modifiers = Modifiers(predicate);
  int particle = Child(predicate, Deprel::kCompoundPrt);
  if (particle >= 0) q.particle = Lemma(particle);
  // "Hamas hands over the remains ...": a particle the parser took for the
  // preposition of the next phrase; that phrase is then the object.
  int particle_object = -1;
  if (particle < 0 && kind == PredicateKind::kVerb && predicate + 1 < size_ &&
      Rel(predicate + 1) == Deprel::kCase &&
      OneOf(Lemma(predicate + 1),
            {"over", "out", "up", "off", "down", "back"})) {
    const int phrase = Head(predicate + 1);
    if (phrase >= 0 && Head(phrase) == predicate &&
        (Rel(phrase) == Deprel::kObl || Rel(phrase) == Deprel::kNmod)) {
      q.particle = Lemma(predicate + 1);
      particle_object = phrase;
    }
  }
  const bool passive = Child(predicate, Deprel::kNsubjPass) >= 0 ||
                       IsPassiveParticiple(predicate);
  if (kind == PredicateKind::kVerb && allow_xcomp && complement < 0) {
    for (int c : children_[predicate]) {
      if (complement < 0 && IsOpenComplement(c)) complement = c;
    }
  }
  if (kind == PredicateKind::kVerb) {
    int object = Child(predicate, Deprel::kObj);
    // Parsers often label the addressee of "urged Y to ..." iobj. Not a
    // day ("demanded Friday that ...").
    if (object < 0) object = Child(predicate, Deprel::kIobj);
    if (object >= 0 && IsTimeWord(object)) object = -1;
    if (object < 0) object = particle_object;
    if (object < 0 && Pos(predicate) == Upos::kNoun) {
      object = HeadlineObject(predicate);
    }
    // "called on Iran to release ...", "appealed to Iran to ...": the
    // addressee of an appeal with a complement is its object.
    if (object < 0 && complement >= 0 && IsAppealVerb(q.lemma)) {
      object = AppealAddressee(predicate, complement);
    }
    // "demanded that Britain release the tanker": Britain is the addressee,
    // "release" the act asked for.
    if (object < 0 && complement < 0 && allow_xcomp &&
        IsMandativeVerb(q.lemma)) {
      for (int c : children_[predicate]) {
        int subject = Child(c, Deprel::kNsubj);
        if (Rel(c) == Deprel::kCcomp && Pos(c) == Upos::kVerb && subject >= 0) {
          object = subject;
          complement = c;
          break;
        }
      }
    }
    // "Lyng said he was disappointed Kato rejected the request": whom a
    // feeling about a reported act is about is the act's subject (the act
    // itself is asserted and coded on its own).
    if (object < 0 && complement < 0 &&
        (Pos(predicate) == Upos::kAdj || Pos(predicate) == Upos::kVerb) &&
        OneOf(q.lemma, {"disappointed", "unhappy", "dissatisfied", "displeased",
                        "angry", "dismayed", "outraged", "disgusted",
                        "appalled", "angered", "incensed", "frustrated"})) {
      // (The parse may hang the clause on the verb above: "said he was
      // disappointed [Kato rejected ...]".)
      std::vector<int> clauses = children_[predicate];
      if (Rel(predicate) == Deprel::kCcomp && Head(predicate) >= 0) {
        for (int c : children_[Head(predicate)]) {
          if (c > predicate && c <= predicate + 4) clauses.push_back(c);
        }
      }
      for (int c : clauses) {
        const int subject = Child(c, Deprel::kNsubj);
        if (Rel(c) == Deprel::kCcomp && Pos(c) == Upos::kVerb && subject >= 0 &&
            !ActorsOf(subject).empty()) {
          object = subject;
          break;
        }
      }
    }
    if (object < 0 && passive && !IsAdjectivalPassive(predicate)) {
      object = Child(predicate, Deprel::kNsubjPass);
    }
    if (object < 0 && !passive) object = SharedObject(predicate);
    // "Israel is opposed to French mediation": the "to" phrase is the
    // object of the opposition.
    if (object < 0 && IsAdjectivalPassive(predicate)) {
      for (int c : children_[predicate]) {
        if (Rel(c) == Deprel::kObl && CaseMarker(c) == "to") object = c;
      }
    }
    if (object < 0 && IsPassiveParticiple(predicate)) object = Head(predicate);
    // "a claim (that) Moscow denied": a relative clause with a subject of
    // its own and no object has its noun as object.
    if (Rel(predicate) == Deprel::kAclRelcl && Head(predicate) >= 0 &&
        !IsTimeWord(Head(predicate)) && IsNominal(Head(predicate))) {
      const int subject = Child(predicate, Deprel::kNsubj);
      if (object >= 0 && Rel(object) == Deprel::kObj &&
          Pos(object) == Upos::kPron &&
          OneOf(Lemma(object), {"that", "which", "whom"})) {
        object = Head(predicate);
      } else if (object < 0 && subject >= 0 &&
                 Pos(Head(predicate)) == Upos::kNoun &&
                 mention_at_[Head(predicate)] < 0 &&
                 !OneOf(Lemma(subject), {"that", "which", "who"}) &&
                 Child(predicate, Deprel::kCcomp) < 0 &&
                 Child(predicate, Deprel::kXcomp) < 0) {
        object = Head(predicate);
      }
    }
    // "100 tons of aid", "a series of attacks": the noun that matters is
    // the one the quantity word introduces.
    if (object >= 0 && IsQuantityNoun(Lemma(object))) {
      for (int c : children_[object]) {
        if (Rel(c) == Deprel::kNmod && CaseMarker(c) == "of") object = c;
      }
    }
    // "summoned Niger's ambassador Brah Mohamane": the parse makes the name
    // the object and the role its description; a diplomat's role is what
    // patterns name ("summon ambassador", "expel diplomat").
    if (object >= 0 && Pos(object) == Upos::kPropn) {
      const int role = Child(object, Deprel::kNmodDesc);
      if (role >= 0 && Pos(role) == Upos::kNoun && role < object &&
          OneOf(Lemma(role), {"ambassador", "envoy", "diplomat", "consul",
                              "charge", "attache"})) {
        object = role;
      }
    }
    if (object >= 0) {
      out.object = object;
      q.has_object = true;
      q.object.lemma = Lemma(object);
      q.object.modifiers = Modifiers(object);
      out.possessor = Possessor(object);
      if (out.possessor >= 0) q.object.possessor = Lemma(out.possessor);
    }
  }
  auto add_preps = [&](int head) {
    for (int c : children_[head]) {
      Deprel r = Rel(c);
      if (r != Deprel::kObl && r != Deprel::kNmod && r != Deprel::kOblAgent) {
        continue;
      }
      std::string marker = CaseMarker(c);
      if (marker.empty()) continue;
      // "called on Iran to ..." has "on" next to the verb; in "called the
      // attacks on its platforms an escalation" the phrase is misattached.
      if (head == predicate && kind == PredicateKind::kVerb &&
          q.lemma == "call" && (marker == "on" || marker == "upon") &&
          !FollowsClosely(predicate, c)) {
        continue;
      }
      // The agent of a passive, or "by X" on an event noun, is the source.
      if (marker == "by" &&
          (passive || kind == PredicateKind::kNoun || r == Deprel::kOblAgent)) {
        continue;
      }
      q.preps.push_back({marker, Lemma(c), Modifiers(c)});
      out.preps.push_back(c);
    }
  };
  add_preps(predicate);
  // "condemned Israeli airstrikes on Syria": parsers often hang the phrase
  // of another actor's act on the verb that answers it.
  // So do "its airstrikes on Gaza", "its assistance to the rebels".
  const int owner = kind == PredicateKind::kNoun ? Possessor(predicate) : -1;
  if (kind == PredicateKind::kNoun && Rel(predicate) == Deprel::kObj &&
      Head(predicate) >= 0 && Pos(Head(predicate)) == Upos::kVerb &&
      ((IsReaction(Head(predicate)) && !OwnerActors(predicate).empty()) ||
       (owner >= 0 && Pos(owner) == Upos::kPron))) {
    add_preps(Head(predicate));
  }
  if (out.object >= 0) {
    add_preps(out.object);
    // "aid, equipment and training to Y": the phrase may hang on a conjunct.
    for (int c : children_[out.object]) {
      if (Rel(c) == Deprel::kConj) add_preps(c);
      // "tariffs of 25% on imports from Canada": the phrase may hang on the
      // rate that measures the object.
      if (Rel(c) == Deprel::kNmod && CaseMarker(c) == "of" &&
          (Pos(c) == Upos::kNum || Pos(c) == Upos::kSym ||
           OneOf(Lemma(c), {"percent", "%", "per cent"}))) {
        add_preps(c);
      }
    }
  }
  if (allow_xcomp && kind == PredicateKind::kVerb) {
    int xcomp = complement;
    if (xcomp >= 0 && (Pos(xcomp) == Upos::kVerb || Pos(xcomp) == Upos::kAdj ||
                       Pos(xcomp) == Upos::kNoun)) {
      out.xcomp = std::make_unique<BuiltQuery>();
      out.xcomp_token = xcomp;
      Build(xcomp, PredicateKind::kVerb, false, *out.xcomp);
      q.xcomp = &out.xcomp->query;
    }
  }
}

// An xcomp, or a "to" clause on a verb the tagger took for a noun ("Turkey
// plans to visit": "visit" is then parsed as an acl of "plans").
// The addressee of an appeal as an oblique before token `before`: "called
// on China", "appealed to Iran", "pleaded with the rebels"; else -1.
int SentenceCoder::AppealAddressee(int verb, int before) const {
  for (int c : children_[verb]) {
    if (Rel(c) == Deprel::kObl && c < before &&
        OneOf(CaseMarker(c), {"on", "upon", "to", "with"})) {
      return c;
    }
  }
  return -1;
}

// A verb some pattern codes as an attack ("fires", "attacked", "shelled").
bool SentenceCoder::IsViolentVerb(int i) const {
  for (const VerbPattern* p : verbs_.ForVerb(Lemma(i), "")) {
    if (IsViolentCode(p->code)) return true;
  }
  return false;
}

// "Netanyahu ordered the military to ...": an order from a government to
// forces of its own country.
bool SentenceCoder::OrdersOwnForces(int verb) const {
  if (!OneOf(Lemma(verb), {"order", "instruct", "direct", "command"})) {
    return false;
  }
  const std::vector<Actor> bosses = VerbSource(verb);
  const std::vector<Actor> forces = ActorsOf(Child(verb, Deprel::kObj));
  if (bosses.empty() || forces.empty()) return false;
  for (const Actor& f : forces) {
    if (f.code.size() < 6 || !IsArmedSide(f.code)) return false;
    bool own = false;
    for (const Actor& b : bosses) {
      own = own || b.code.compare(0, 3, f.code, 0, 3) == 0;
    }
    if (!own) return false;
  }
  return true;
}

// "The Supreme Court orders the arrest of Bolsonaro", "Britain ordered the
// expulsion of Russia's ambassador": an order of an act (an event noun as
// its object) is the act, decided, not a demand on the act's target.
bool SentenceCoder::OfficialOrder(int verb) const {
  if (!OneOf(Lemma(verb), {"order", "command", "instruct", "direct", "decree",
                           "authorize", "authorise"})) {
    return false;
  }
  // (Or the passive's subject: "a mandatory evacuation is ordered", "a
  // drone strike ordered by the president".)
  int object = Child(verb, Deprel::kObj);
  if (object < 0) object = Child(verb, Deprel::kNsubjPass);
  if (object < 0 && IsPassiveParticiple(verb)) object = Head(verb);
  return object >= 0 && IsEventNoun(object);
}

// An event noun for a non-violent act ("sanctions", "tariffs"), also
// behind a quantity word ("a series of sanctions").
bool SentenceCoder::IsPeacefulEventNoun(int i) const {
  if (IsQuantityNoun(Lemma(i))) {
    for (int c : children_[i]) {
      if (Rel(c) == Deprel::kNmod && CaseMarker(c) == "of") i = c;
    }
  }
  if (Pos(i) != Upos::kNoun || mention_at_[i] >= 0) return false;
  const auto patterns = verbs_.ForNoun(Lemma(i));
  if (patterns.empty()) return false;
  for (const VerbPattern* p : patterns) {
    if (IsViolentCode(p->code)) return false;
  }
  return true;
}

// "the anniversary of the Russian invasion": an event remembered is
// background, not news.
bool SentenceCoder::IsCommemorated(int i) const {
  const int head = Head(i);
  return head >= 0 && Rel(i) == Deprel::kNmod && CaseMarker(i) == "of" &&
         OneOf(Lemma(head), {"anniversary", "commemoration", "memory",
                             "memorial", "remembrance", "legacy"});
}

// "after eight years of negotiations", "decades of war": an act named as
// what a counted span of months or years was filled with is the background
// of the news, not an event of its own ("after three days of talks" may be
// the news itself).
bool SentenceCoder::IsMeasuredSpan(int i) const {
  const int head = Head(i);
  if (head < 0 || Rel(i) != Deprel::kNmod || CaseMarker(i) != "of" ||
      !OneOf(Lemma(head), {"year", "month", "decade"})) {
    return false;
  }
  for (int c : children_[head]) {
    if (Rel(c) == Deprel::kNummod ||
        (Rel(c) == Deprel::kAmod &&
         OneOf(Lower(Lemma(c)), {"several", "many", "long"}))) {
      return true;
    }
  }
  return Lower(Lemma(head)) == "decade" || Lower(Lemma(head)) == "year";
}

// A real noun of intent, threat or refusal (see ModalNounVerb).
bool SentenceCoder::IsModalNoun(int i) const {
  return Pos(i) == Upos::kNoun && !VerbTaggedAsNoun(i) &&
         !ModalNounVerb(Lemma(i)).empty();
}

// Also the "to" clause of an appeal that parsers make an advcl ("called on
// China to capitulate"): it is the addressee's act all the same.
bool SentenceCoder::IsOpenComplement(int node) const {
  if (Rel(node) == Deprel::kXcomp) return true;
  int head = Head(node);
  if (head < 0 || !HasMark(node, "to")) return false;
  if (Rel(node) == Deprel::kAcl) {
    return VerbTaggedAsNoun(head) || IsModalNoun(head);
  }
  return Rel(node) == Deprel::kAdvcl && Child(node, Deprel::kNsubj) < 0 &&
         (IsAppealVerb(Lemma(head)) || TakesToComplement(Lemma(head)));
}

// Nouns of texts that say things: "a resolution condemning ...".
static bool IsTextNoun(const std::string& lemma) {
  return OneOf(
      lemma,
      {"resolution", "statement",   "report",    "letter",        "bill",
       "motion",     "declaration", "draft",     "text",          "decree",
       "communique", "petition",    "amendment", "document",      "memo",
       "memorandum", "editorial",   "article",   "message",       "tweet",
       "post",       "video",       "ad",        "advertisement", "legislation",
       "law",        "proposal"});
}

// The token whose actors do what `predicate` says, or -1.
int SentenceCoder::SubjectToken(int predicate, int depth) const {
  if (depth > 4) return -1;
  int subject = Child(predicate, Deprel::kNsubj);
  if (subject < 0) subject = Child(predicate, Deprel::kNsubjOuter);
  if (subject >= 0) {
    // "the troops that attacked": the relative pronoun stands for the noun.
    if (Pos(subject) == Upos::kPron && Rel(predicate) == Deprel::kAclRelcl &&
        OneOf(Lemma(subject), {"who", "that", "which"})) {
      return Head(predicate);
    }
    return subject;
  }
  if (Child(predicate, Deprel::kNsubjPass) >= 0) return -1;
  int head = Head(predicate);
  if (head < 0) return -1;
  if (IsOpenComplement(predicate)) {
    {
      // "X urged Y to withdraw": the object controls; else the subject.
      // "summoned the ambassador to protest", "used drones to attack": a
      // purpose is the subject's.
      int object = OneOf(Lemma(head), {"summon", "use", "employ", "convene"})
                       ? -1
                       : Child(head, Deprel::kObj);
      if (object < 0) object = Child(head, Deprel::kIobj);
      // "called on China to ...", "appealed to Iran to ...", "pleaded with
      // the rebels to ...": the addressee of an appeal controls.
      if (object < 0 && OneOf(Lemma(head), {"call", "appeal", "plead",
                                            "prevail", "press", "lean"})) {
        object = AppealAddressee(head, size_);
      }
      // "X was forced to retaliate": the passive subject controls.
      if (object < 0) object = Child(head, Deprel::kNsubjPass);
      if (object >= 0) return object;
      return SubjectToken(head, depth + 1);
    }
  }
  switch (Rel(predicate)) {
    case Deprel::kConj:
      // "X states that the blast was an attack and reports the arrest":
      // a verb the parser conjoined to a copular clause complement goes
      // with the verb that governs it.
      if (Pos(predicate) == Upos::kVerb && Child(head, Deprel::kCop) >= 0 &&
          Rel(head) == Deprel::kCcomp && Head(head) >= 0) {
        return SubjectToken(Head(head), depth + 1);
      }
      return SubjectToken(head, depth + 1);
    case Deprel::kAdvcl: {
      // "Russia blocked a resolution condemning the crackdown": a participle
      // right after a text the verb opposes (no comma between) is the
      // text's content, which the parser may hang on the verb. Who blocks
      // or rejects a text does not say what it says; who passes, posts or
      // signs one does.
      const int object = Child(head, Deprel::kObj);
      if (object >= 0 && object == predicate - 1 &&
          static_cast<Xpos>(Tok(predicate).xpos) == Xpos::kVBG &&
          IsTextNoun(Lemma(object)) &&
          OneOf(Lemma(head),
                {"block",   "veto",     "reject",    "oppose",    "defeat",
                 "dismiss", "denounce", "criticize", "criticise", "condemn",
                 "stall",   "thwart",   "obstruct",  "scuttle",   "derail",
                 "boycott", "ignore",   "deny",      "refute",    "dispute",
                 "vote",    "abstain"})) {
        return object;
      }
      return SubjectToken(head, depth + 1);
    }
    case Deprel::kAclRelcl:
    case Deprel::kAcl:
      // "summoned the ambassador to protest the arms sale": a "to" clause
      // the parse hung on the object of such a verb is the verb's purpose.
      if (Rel(predicate) == Deprel::kAcl && HasMark(predicate, "to") &&
          Rel(head) == Deprel::kObj && Head(head) >= 0 &&
          OneOf(Lemma(Head(head)), {"summon", "use", "employ", "convene"})) {
        return SubjectToken(Head(head), depth + 1);
      }
      // "approved a loan to help Kenya", "sent a team to assist the
      // inquiry": a "to" clause on a resource the verb's subject gives,
      // lends or sends is the subject's purpose, unless someone else
      // receives it ("gave Iraq the money to ...").
      if (Rel(predicate) == Deprel::kAcl && HasMark(predicate, "to") &&
          Rel(head) == Deprel::kObj && Head(head) >= 0 &&
          Child(Head(head), Deprel::kIobj) < 0 && ActorsOf(head).empty() &&
          OneOf(Lemma(head),
                {"loan",    "credit",   "aid",     "assistance", "money",
                 "fund",    "grant",    "package", "troop",      "soldier",
                 "force",   "weapon",   "arm",     "equipment",  "supply",
                 "food",    "medicine", "million", "billion",    "dollar",
                 "ship",    "warship",  "plane",   "aircraft",   "jet",
                 "team",    "mission",  "unit",    "battalion",  "expert",
                 "adviser", "advisor",  "envoy",   "delegation"})) {
        return SubjectToken(Head(head), depth + 1);
      }
      return Head(predicate);
    default:
      return -1;
  }
}

Modality SentenceCoder::ReadModality(int predicate) const {
  Modality m;
  for (int c : children_[predicate]) {
    const std::string& lemma = Lemma(c);
    switch (Rel(c)) {
      case Deprel::kAdvmod:
        if (OneOf(lemma, {"not", "never", "n't"})) m.negated = true;
        break;
      case Deprel::kAux:
        if (OneOf(lemma, {"not", "n't"})) m.negated = true;
        if (OneOf(lemma, {"will", "would", "shall", "'ll", "wo"})) {
          m.intent = true;
        }
        // Possibility and obligation: "could attack", "must release".
        if (OneOf(lemma,
                  {"might", "may", "could", "must", "should", "ought"})) {
          m.hypothetical = true;
        }
        break;
      case Deprel::kMark:
        if (OneOf(lemma, {"if", "unless", "whether"})) m.hypothetical = true;
        // Purposes: "in order (for X) to invest", "so that", "for X to".
        if (lemma == "for" || ((lemma == "in" || lemma == "so") &&
                               (Child(c, Deprel::kFixed) >= 0))) {
          m.hypothetical = true;
        }
        break;
      case Deprel::kAdvcl: {
        for (int g : children_[c]) {
          if (Rel(g) == Deprel::kMark && OneOf(Lemma(g), {"if", "unless"})) {
            m.conditional = true;
          }
        }
        break;
      }
      default:
        break;
    }
  }
  // "in order for companies to invest": however the parser hangs "in
  // order", a purpose is not an act.
  for (int t = predicate - 1; t >= 1 && t >= predicate - 8; --t) {
    if (Pos(t) == Upos::kVerb) break;
    if (Lemma(t) == "order" && Rel(t) == Deprel::kFixed &&
        Lemma(t - 1) == "in") {
      m.hypothetical = true;
      break;
    }
  }
  // Up the chain of open complements: "refused to meet", "plans to visit",
  // "did not agree to meet".
  int node = predicate;
  for (int depth = 0; depth < 4 && IsOpenComplement(node); ++depth) {
    int head = Head(node);
    if (head < 0) break;
    const bool modal_noun = IsModalNoun(head);
    const std::string_view lemma =
        modal_noun ? ModalNounVerb(Lemma(head)) : Lemma(head);
    if (modal_noun) {
      // "his threat to impose tariffs": threatened, as under an if-clause
      // (13x); "no plan to attack": denied.
      if (lemma == "threaten") m.conditional = true;
      for (int c : children_[head]) {
        if (Rel(c) == Deprel::kDet && Lemma(c) == "no") m.negated = !m.negated;
      }
    }
    // "asked Obama to help Iran", "threatened to expel its diplomats": what
    // is asked, demanded or threatened has not happened. What a government
    // orders its own forces to do is decided, so coded as done ("ordered
    // the army to intensify its strikes on Hezbollah"; decided
    // measures are coded as the act).
    const std::string& governing_code = pattern_code_[head];
    if (!modal_noun && OrdersOwnForces(head)) {
      // neither hypothetical nor an intent
    } else if (!modal_noun && lemma == "threaten" && !coded_[head] &&
               (governing_code.empty() || governing_code.rfind("13", 0) == 0)) {
      // "threatened to seize the tankers": a threat no pattern of
      // "threaten" coded is the complement's act as a threat (13x).
      m.conditional = true;
    } else if (!modal_noun && (governing_code.rfind("02", 0) == 0 ||
                               governing_code.rfind("10", 0) == 0 ||
                               governing_code.rfind("13", 0) == 0)) {
      m.hypothetical = true;
    }
    if (IsNegatingGovernor(lemma)) m.negated = !m.negated;
    if (IsIntentGovernor(lemma)) m.intent = true;
    for (int c : children_[head]) {
      // "has yet to agree", "is yet to meet": not done, nor refused.
      if ((lemma == "have" || lemma == "be") && Rel(c) == Deprel::kAdvmod &&
          Lemma(c) == "yet") {
        m.hypothetical = true;
      }
      if ((Rel(c) == Deprel::kAdvmod || Rel(c) == Deprel::kAux) &&
          OneOf(Lemma(c), {"not", "never", "n't"})) {
        m.negated = !m.negated;
      }
      if (Rel(c) == Deprel::kAux && OneOf(Lemma(c), {"will", "would", "'ll"})) {
        m.intent = true;
      }
    }
    node = head;
  }
  // "accused Rwanda of supporting M23", "arrested for spying": the act an
  // accusation or an arrest is about is alleged, not asserted.
  // The parse may hang the clause on the accused ("accused [Rwanda of
  // supporting]").
  int accusing = Head(predicate);
  if (accusing >= 0 && IsNominal(accusing) &&
      (Rel(accusing) == Deprel::kObj || Rel(accusing) == Deprel::kNsubjPass)) {
    accusing = Head(accusing);
  }
  // "sentences six people for kidnapping, torturing and murdering ...":
  // the conjuncts of such an act are alleged too.
  int alleged = predicate;
  if (Rel(alleged) == Deprel::kConj && Head(alleged) >= 0 &&
      Child(alleged, Deprel::kNsubj) < 0) {
    alleged = Head(alleged);
    accusing = Head(alleged);
    if (accusing >= 0 && IsNominal(accusing) &&
        (Rel(accusing) == Deprel::kObj ||
         Rel(accusing) == Deprel::kNsubjPass)) {
      accusing = Head(accusing);
    }
  }
  // A court's sentence names its reasons without a marker too
  // ("sentences six men for kidnapping, torturing and murdering ...").
  const bool judged = accusing >= 0 && Rel(alleged) == Deprel::kAdvcl &&
                      static_cast<Xpos>(Tok(alleged).xpos) == Xpos::kVBG &&
                      Child(alleged, Deprel::kNsubj) < 0 &&
                      OneOf(Lemma(accusing), {"sentence", "convict", "indict",
                                              "charge", "jail", "acquit"});
  if ((Rel(alleged) == Deprel::kAdvcl || Rel(alleged) == Deprel::kAcl) &&
      (HasMark(alleged, "of") || HasMark(alleged, "for") || judged) &&
      accusing >= 0 &&
      OneOf(Lemma(accusing),
            {"accuse",      "charge",    "suspect", "blame",    "allege",
             "indict",      "arrest",    "detain",  "convict",  "sentence",
             "investigate", "prosecute", "jail",    "try",      "condemn",
             "criticize",   "criticise", "punish",  "sanction", "fine"})) {
    m.hypothetical = true;
  }
  // "denied that its forces attacked the tanker", "denied reports that the
  // bank had asked investors ...": what is denied, refuted or dismissed is
  // not asserted.
  if (Rel(node) == Deprel::kCcomp && Head(node) >= 0 &&
      OneOf(Lemma(Head(node)),
            {"deny", "refute", "dispute", "reject", "dismiss"})) {
    m.hypothetical = true;
  }
  if (Rel(node) == Deprel::kAcl && HasMark(node, "that") && Head(node) >= 0 &&
      Rel(Head(node)) == Deprel::kObj && Head(Head(node)) >= 0 &&
      OneOf(Lemma(Head(Head(node))),
            {"deny", "refute", "dispute", "reject", "dismiss"})) {
    m.hypothetical = true;
  }
  // "urges the rebels to disarm and hand over the town": a verb conjoined to a
  // complement shares its modality.
  const int head = Head(predicate);
  if (Rel(predicate) == Deprel::kConj && head >= 0 && IsOpenComplement(head) &&
      Child(predicate, Deprel::kNsubj) < 0) {
    const Modality shared = ReadModality(head);
    m.hypothetical = m.hypothetical || shared.hypothetical;
    m.intent = m.intent || shared.intent;
    m.negated = m.negated != shared.negated;
  }
  return m;
}

std::string SentenceCoder::MentionCode(int mention) const {
  for (int hops = 0; mention >= 0 && hops < 8; ++hops) {
    const Mention& m = doc_.mentions[mention];
    if (!m.code.empty()) return m.code;
    if (m.kind != MentionKind::kCoref) return "";
    mention = m.antecedent;
  }
  return "";
}

// The mention covering `token`, else the nearest coded mention in its
// nominal subtree (breadth first), so "the government of Syria" is SYR and
// "Kerry's counterpart" is the counterpart's mention when there is one.
Actor SentenceCoder::ActorOf(int token, bool as_doer) const {
  std::vector<std::pair<int, int>> queue = {{token, 0}};
  for (size_t next = 0; next < queue.size(); ++next) {
    auto [t, depth] = queue[next];
    int m = mention_at_[t];
    if (m >= 0) {
      std::string code = MentionCode(m);
      // "former Party Secretary of Xinjiang Ma Xingrui": the named person
      // in apposition to a bare role is the actor.
      if (!code.empty() && doc_.mentions[m].kind == MentionKind::kAgent) {
        for (int c : children_[t]) {
          const int p = mention_at_[c];
          if (Rel(c) == Deprel::kAppos && p >= 0 && p != m &&
              doc_.mentions[p].kind == MentionKind::kPerson &&
              MentionCode(p) == code) {
            return {p, std::move(code)};
          }
        }
      }
      if (!code.empty()) return {m, std::move(code)};
    }
    if (depth >= kMaxActorSearchDepth) continue;
    for (int c : children_[t]) {
      switch (Rel(c)) {
        case Deprel::kCompound:
          // "military action", "military exercises": a bare agent word
          // describing an act or a budget names no one.
          if (IsBareAgentWord(c) &&
              OneOf(Lemma(t),
                    {"action", "option", "force", "exercise", "drill",
                     "operation", "intervention", "spending", "budget", "aid",
                     "assistance", "support", "cooperation", "presence"})) {
            break;
          }
          // "a drone strike by the RSF": the weapon of an attack is not
          // its doer (the owner or the "by" phrase is).
          if (IsBareAgentWord(c) && IsEventNoun(t) &&
              OneOf(Lemma(c),
                    {"drone", "warplane", "jet", "artillery", "warship"})) {
            // Its own modifiers may still name the side ("a Rapid
            // Support Forces drone strike").
            for (int g : children_[c]) {
              if (Rel(g) == Deprel::kCompound || Rel(g) == Deprel::kNmodPoss ||
                  Rel(g) == Deprel::kAmod) {
                queue.push_back({g, depth + 1});
              }
            }
            break;
          }
          queue.push_back({c, depth + 1});
          break;
        case Deprel::kFlat:
        case Deprel::kAppos:
        case Deprel::kNmodPoss:
          queue.push_back({c, depth + 1});
          break;
        // "the government of Syria", "the measure in the Security Council",
        // but not "the accords [signed] in Washington": a capital in a
        // locative phrase names where, not who.
        case Deprel::kNmod:
          // "camps with thousands of ISIS fighters", "countries including
          // Iran": what a phrase is with or includes is not the phrase.
          // A deal, talks or ties "with X" are X's too.
          if (OneOf(CaseMarker(c),
                    {"with", "without", "including", "like", "alongside",
                     "besides", "than", "despite", "except", "unlike"}) &&
              !(CaseMarker(c) == "with" &&
                (!verbs_.ForNoun(Lemma(t)).empty() ||
                 OneOf(Lemma(t), {"relation", "relations", "tie", "ties"})))) {
            break;
          }
          // "a series of Russian strikes", "a barrage of Israeli
          // airstrikes": the counted noun stands for the phrase.
          if (CaseMarker(c) == "of" &&
              OneOf(Lemma(t), {"series", "wave", "barrage", "string", "spate",
                               "volley", "salvo", "round"})) {
            queue.push_back({c, depth});
            break;
          }
          // A capital in a locative phrase names where ("the accords
          // signed in Washington"); so does, for a doer, any place phrase
          // of the head ("an explosion in Oudomxay province, Laos, kills"),
          // unless it is an organisation ("the measure in the Security
          // Council").
          if (OneOf(CaseMarker(c), {"in", "at", "near", "outside"}) &&
              ((mention_at_[c] >= 0 && doc_.mentions[mention_at_[c]].kind ==
                                           MentionKind::kGovernment) ||
               (as_doer && depth == 0 &&
                (mention_at_[c] < 0 || doc_.mentions[mention_at_[c]].kind ==
                                           MentionKind::kCountry)))) {
            break;
          }
          queue.push_back({c, depth + 1});
          break;
        // "attacked Syrian positions" names Syria; in "exports of Russian
        // gas" the adjective only describes the goods, and "military" in
        // "military exercises" names no one.
        case Deprel::kAmod:
          if (depth == 0 && !IsBareAgentWord(c))
            queue.push_back({c, depth + 1});
          break;
        default:
          break;
      }
    }
  }
  return {};
}

// The actors of an argument and of its conjuncts ("Russia and Iran").
std::vector<Actor> SentenceCoder::ActorsOf(int token, bool as_doer) const {
  std::vector<Actor> actors;
  if (token < 0) return actors;
  std::vector<int> heads = {token};
  for (size_t i = 0; i < heads.size() && heads.size() < 12; ++i) {
    for (int c : children_[heads[i]]) {
      if (Rel(c) == Deprel::kConj && IsNominal(c)) heads.push_back(c);
    }
    // "The Democratic Republic of the Congo and Angola": the parse may hang
    // the next conjunct on a word inside the first one's name.
    const int m = mention_at_[heads[i]];
    if (m < 0) continue;
    const Mention& mention = doc_.mentions[m];
    for (uint32_t g = mention.token_begin; g < mention.token_end; ++g) {
      const int t = static_cast<int>(g - base_);
      if (t < 0 || t >= size_ || t == heads[i]) continue;
      for (int c : children_[t]) {
        if (Rel(c) == Deprel::kConj && IsNominal(c) && mention_at_[c] != m &&
            std::find(heads.begin(), heads.end(), c) == heads.end()) {
          heads.push_back(c);
        }
      }
    }
  }
  auto add = [&](Actor a) {
    for (const Actor& b : actors) {
      if (b.code == a.code) return;
    }
    actors.push_back(std::move(a));
  };
  for (int h : heads) {
    Actor a = ActorOf(h, as_doer);
    if (a.mention < 0) continue;
    const int first = a.mention;
    // "Russian and Ukrainian officials", "Indian and Pakistani troops": a
    // demonym conjoined to the one inside a role's name is a second party
    // in the same role.
    const std::string role =
        a.code.size() == 6 && doc_.mentions[first].kind == MentionKind::kAgent
            ? a.code.substr(3)
            : std::string();
    std::vector<Actor> paired;
    if (!role.empty()) {
      const Mention& named = doc_.mentions[first];
      for (uint32_t g = named.token_begin; g < named.token_end; ++g) {
        const int t = static_cast<int>(g - base_);
        if (t < 0 || t >= size_) continue;
        // The demonym before the name, conjoined to one inside it.
        int other = -1;
        if (Rel(t) == Deprel::kConj && Head(t) >= 0 &&
            mention_at_[Head(t)] >= 0 && mention_at_[Head(t)] != first) {
          other = Head(t);
        }
        for (int c : children_[t]) {
          if (Rel(c) == Deprel::kConj && mention_at_[c] >= 0 &&
              mention_at_[c] != first) {
            other = c;
          }
        }
        if (other < 0) continue;
        const Mention& o = doc_.mentions[mention_at_[other]];
        if (o.kind != MentionKind::kCountry || o.code.size() != 3 ||
            o.token_end - o.token_begin != 1 ||
            o.token_end > named.token_begin) {
          continue;
        }
        paired.push_back(Actor{mention_at_[other], o.code + role});
      }
    }
    // "tariffs on imports from Canada and Mexico", "officials from Russia
    // and Belarus": the conjuncts of the countries a "from" phrase of the
    // argument names are parties too.
    if (mention_at_[h] != first) {
      const Mention& found = doc_.mentions[first];
      for (uint32_t g = found.token_begin; g < found.token_end; ++g) {
        const int t = static_cast<int>(g - base_);
        if (t < 0 || t >= size_ || Head(t) != h || Rel(t) != Deprel::kNmod ||
            CaseMarker(t) != "from") {
          continue;
        }
        for (int c : children_[t]) {
          if (Rel(c) != Deprel::kConj || !IsNominal(c) || mention_at_[c] < 0 ||
              mention_at_[c] == first) {
            continue;
          }
          Actor more = ActorOf(c, as_doer);
          if (more.mention >= 0) paired.push_back(std::move(more));
        }
      }
    }
    add(std::move(a));
    for (Actor& p : paired) add(std::move(p));
    // "the two countries": one actor per referent.
    for (size_t k = first + 1; k < doc_.mentions.size() &&
                               SameSpan(doc_.mentions[k], doc_.mentions[first]);
         ++k) {
      std::string code = MentionCode(static_cast<int>(k));
      if (!code.empty()) add(Actor{static_cast<int>(k), std::move(code)});
    }
  }
  return actors;
}

// Actors of a verb's subject. A pronoun the actor matcher could not
// resolve, or a missing subject, in a reported or subordinate clause falls
// back on the main clause's subject ("Canadian authorities said that they
// have arrested ...").
// The verb whose clause a participle after a comma adds to ("X summons
// Y, demanding ..."), whether parsed as its advcl or as an acl of its
// object; -1 for other predicates.
int SentenceCoder::ParticipleClauseVerb(int verb) const {
  // After a comma, or introduced by "by" ("shocked leaders in Canada by
  // threatening to pull out of the accord").
  if (static_cast<Xpos>(Tok(verb).xpos) != Xpos::kVBG || verb < 1 ||
      Child(verb, Deprel::kNsubj) >= 0 ||
      (doc_.TokenText(Tok(verb - 1)) != "," && !HasMark(verb, "by"))) {
    return -1;
  }
  const int head = Head(verb);
  if (head < 0) return -1;
  // An advcl on the object noun is the verb's all the same.
  if (Rel(verb) == Deprel::kAdvcl && !IsNominal(head)) return head;
  if (Rel(verb) != Deprel::kAcl && Rel(verb) != Deprel::kAdvcl) return -1;
  const int above = Head(head);
  if (above >= 0 && Rel(head) == Deprel::kObj) return above;
  return -1;
}

// The direct object of a verb, or of a headline verb read as a noun.
int SentenceCoder::ClauseObject(int verb) const {
  int object = Child(verb, Deprel::kObj);
  if (object < 0 && Pos(verb) == Upos::kNoun) object = HeadlineObject(verb);
  return object;
}

std::vector<Actor> SentenceCoder::VerbSource(int verb) const {
  // "X summons Y, demanding ...": the participle is X's act.
  if (Rel(verb) == Deprel::kAcl) {
    const int main_verb = ParticipleClauseVerb(verb);
    if (main_verb >= 0) return VerbSource(main_verb);
  }
  const int head = Head(verb);
  // "Trump renewed his threat to impose tariffs": the owner of the threat,
  // plan or refusal does what its "to" clause says.
  if (head >= 0 && IsModalNoun(head) && IsOpenComplement(verb)) {
    return NounSource(head);
  }
  // "a raid in Jenin targeting Hamas gunmen": the act's doer is the raid's.
  // (Not a clause with a subject of its own: "an allegation that the group
  // has denied".)
  if (Rel(verb) == Deprel::kAcl && head >= 0 && Pos(head) == Upos::kNoun &&
      mention_at_[head] < 0 && !verbs_.ForNoun(Lemma(head)).empty() &&
      Child(verb, Deprel::kNsubj) < 0) {
    std::vector<Actor> actors = OwnerActors(head);
    // "launches a raid ... targeting": the raid is the launcher's when the
    // verb only performs it (not "blocked a resolution condemning ...").
    const int above = Head(head);
    // ("provided $5 million in aid to help ...": the amount's phrase).
    if (actors.empty() && above >= 0 &&
        (Rel(head) == Deprel::kObj ||
         (Rel(head) == Deprel::kObl && CaseMarker(head) == "in")) &&
        OneOf(Lemma(above),
              {"launch", "carry", "conduct", "stage", "mount", "begin", "start",
               "continue", "intensify", "escalate", "expand", "step", "resume",
               "make", "issue", "deliver", "order", "announce",
               // "approved a loan to help Kenya": what a resource given,
               // lent or sent does is its giver's purpose.
               "approve", "sign", "provide", "give", "grant", "offer", "extend",
               "send", "pledge", "disburse", "allocate"})) {
      actors = VerbSource(above);
    }
    return actors;
  }
  // "The Senate passed a bill imposing sanctions on Russia": what a law or
  // decree does, the body that passes or issues it does.
  if (Rel(verb) == Deprel::kAcl && head >= 0 && Pos(head) == Upos::kNoun &&
      OneOf(Lemma(head),
            {"bill", "law", "decree", "order", "resolution", "measure",
             "legislation", "directive", "regulation"}) &&
      Rel(head) == Deprel::kObj && Head(head) >= 0 &&
      OneOf(Lemma(Head(head)), {"pass", "adopt", "approve", "sign", "enact",
                                "introduce", "issue", "unveil", "announce"})) {
    return VerbSource(Head(head));
  }
  int subject = SubjectToken(verb);
  // "A drone strike attributed to the RSF kills 17 people": an act the
  // subject names is done by whoever it is attributed to (not by the
  // strike's place).
  if (subject >= 0 && Pos(subject) == Upos::kNoun) {
    std::vector<Actor> attributed = AttributedActors(subject);
    if (!attributed.empty()) return attributed;
  }
  std::vector<Actor> actors = ActorsOf(subject, /*as_doer=*/true);
  // "The United States, Russia and Jordan reached ...": the parse may give
  // the verb one subject per comma-separated conjunct.
  // Only a subject after the first one's comma or conjunction: in "an
  // attack on Dnipro, Ukraine, kills ..." the second is the attack's place.
  if (subject >= 0 && Head(subject) == verb && Rel(subject) == Deprel::kNsubj) {
    for (int c : children_[verb]) {
      if (c == subject || Rel(c) != Deprel::kNsubj) continue;
      // Back over ", and" (or nothing, when the parse split one noun
      // phrase): the word reached must be the first subject or one of its
      // conjuncts (or inside their names).
      // From the first word of its phrase ("and [the United] States").
      int first = c;
      for (int next = c; next >= 0;) {
        first = next;
        next = -1;
        for (int d : children_[first]) {
          if (d < first && (next < 0 || d < next) &&
              (Rel(d) == Deprel::kDet || Rel(d) == Deprel::kAmod ||
               Rel(d) == Deprel::kCompound)) {
            next = d;
          }
        }
      }
      int before = first - 1;
      while (before >= 0 && (doc_.TokenText(Tok(before)) == "," ||
                             Pos(before) == Upos::kCconj)) {
        --before;
      }
      if (before < 0) continue;
      auto in_subject = [&](int t) {
        for (int hops = 0; t >= 0 && hops < 4; ++hops) {
          if (t == subject) return true;
          if (Rel(t) != Deprel::kConj && Rel(t) != Deprel::kFlat &&
              Rel(t) != Deprel::kCompound) {
            return false;
          }
          t = Head(t);
        }
        return false;
      };
      if (!in_subject(before) &&
          !(mention_at_[before] >= 0 &&
            mention_at_[before] == mention_at_[subject])) {
        continue;
      }
      for (Actor& a : ActorsOf(c)) {
        if (std::none_of(actors.begin(), actors.end(),
                         [&](const Actor& b) { return b.code == a.code; })) {
          actors.push_back(std::move(a));
        }
      }
    }
  }
  int node = verb;
  for (int depth = 0; actors.empty() && depth < 3; ++depth) {
    if (subject >= 0 && Pos(subject) != Upos::kPron) break;
    // A passive without agent has no doer to inherit ("youths were shot
    // ..., the government reported" is not the government's shooting).
    // A pronoun patient still stands for the reporter ("China said it
    // would be forced to retaliate").
    const int patient = Child(node, Deprel::kNsubjPass);
    if (patient >= 0 && Pos(patient) != Upos::kPron) break;
    Deprel rel = Rel(node);
    // acl: a "that" clause a weak parse hung on a noun ("said on
    // Wednesday that they ...").
    // "said on Tuesday it had halted ...": a weak parse hangs the reported
    // clause on the day as a relative clause.
    if (rel != Deprel::kCcomp && rel != Deprel::kConj &&
        rel != Deprel::kAdvcl && rel != Deprel::kXcomp &&
        rel != Deprel::kParataxis &&
        !(rel == Deprel::kAcl && HasMark(node, "that")) &&
        !(rel == Deprel::kAclRelcl && Head(node) >= 0 &&
          IsTimeWord(Head(node)))) {
      break;
    }
    node = Head(node);
    // A misattached clause may hang on a noun ("said Wednesday that ..."):
    // climb to the verb above it.
    while (node >= 0 && Pos(node) != Upos::kVerb && !VerbTaggedAsNoun(node) &&
           Head(node) >= 0) {
      node = Head(node);
    }
    if (node < 0) break;
    subject = SubjectToken(node);
    actors = ActorsOf(subject, /*as_doer=*/true);
    // "The Israeli military launches a raid ..., targeting gunmen": the
    // verb above lost its subject too; its word order still tells it.
    if (actors.empty() && subject < 0) actors = LinearSource(node);
    // "The Houthis claim that they ...": a headline verb read as a noun
    // has its sayer as an owner.
    if (actors.empty() && subject < 0 && IsNominal(node)) {
      actors = OwnerActors(node);
    }
  }
  // A verb that lost its subject in the parse: word order stands in.
  if (actors.empty() && SubjectToken(verb) < 0 &&
      Child(verb, Deprel::kNsubjPass) < 0) {
    actors = LinearSource(verb);
  }
  return actors;
}

// The coded mention that starts within a few tokens after `from`, with
// only determiners, adjectives, numbers or names in between; else none.
int SentenceCoder::MentionRightAfter(int from) const {
  for (int t = from + 1; t < size_ && t <= from + 3; ++t) {
    int m = mention_at_[t];
    if (m >= 0 && !MentionCode(m).empty() &&
        doc_.mentions[m].token_begin == base_ + static_cast<uint32_t>(t)) {
      // "opposed the military intervention": a bare agent word that
      // describes the noun after it names no one.
      if (IsBareAgentWord(t) &&
          (Rel(t) == Deprel::kAmod || Rel(t) == Deprel::kCompound)) {
        return -1;
      }
      return m;
    }
    Upos p = Pos(t);
    if (p != Upos::kDet && p != Upos::kAdj && p != Upos::kNum &&
        p != Upos::kPropn) {
      return -1;
    }
  }
  return -1;
}

// The first coded mention of the noun phrase right after a verb the parse
// gave no object ("kill more than 40 suspected smuggling and
// gun-running gang members": the parser hung "members" on
// "smuggling"): up to ten words of determiners, numbers, adjectives, nouns,
// names, "and", hyphens, comparatives with "than", past participles
// ("suspected") and words joined by a hyphen ("cattle-rustling").
int SentenceCoder::MentionInLostObject(int verb) const {
  for (int t = verb + 1; t < size_ && t <= verb + 10; ++t) {
    const int m = mention_at_[t];
    if (m >= 0 && !MentionCode(m).empty() &&
        doc_.mentions[m].token_begin == base_ + static_cast<uint32_t>(t)) {
      return m;
    }
    const Upos p = Pos(t);
    const bool part =
        p == Upos::kDet || p == Upos::kAdj || p == Upos::kNum ||
        p == Upos::kNoun || p == Upos::kPropn || p == Upos::kCconj ||
        (p == Upos::kPunct && doc_.TokenText(Tok(t)) == "-") ||
        (p == Upos::kAdv && OneOf(Lemma(t), {"more", "nearly", "almost",
                                             "about", "least", "over"})) ||
        (p == Upos::kAdp && Lemma(t) == "than") ||
        (p == Upos::kVerb && (static_cast<Xpos>(Tok(t).xpos) == Xpos::kVBN ||
                              // "cattle-rustling"
                              (t > 0 && doc_.TokenText(Tok(t - 1)) == "-")));
    if (!part) return -1;
  }
  return -1;
}

// Word-order fallback for a verb pattern whose target slot the parse left
// empty: "met Russian Foreign Minister Sergei Lavrov" (object), "met with
// Lavrov" (preposition within six tokens of the verb).
std::vector<Actor> SentenceCoder::LinearTarget(int verb, const Frame& frame,
                                               bool violent) const {
  if (Pos(verb) != Upos::kVerb && !VerbTaggedAsNoun(verb)) return {};
  int m = -1;
  if (frame.target == TargetSlot::kObject && frame.object_nouns.empty()) {
    m = MentionRightAfter(verb);
    if (m < 0 && violent && Child(verb, Deprel::kObj) < 0) {
      m = MentionInLostObject(verb);
    }
  } else if (frame.target == TargetSlot::kPreposition) {
    for (int t = verb + 1; t < size_ && t <= verb + 6 && m < 0; ++t) {
      if (Pos(t) == Upos::kPunct || Pos(t) == Upos::kVerb) break;
      if (Pos(t) == Upos::kAdp &&
          std::find(frame.target_preps.begin(), frame.target_preps.end(),
                    Lemma(t)) != frame.target_preps.end()) {
        m = MentionRightAfter(t);
      }
    }
  }
  if (m < 0) return {};
  return {Actor{m, MentionCode(m)}};
}

// Word-order fallback for a verb whose subject the parse lost: the nearest
// coded mention before it, not inside a prepositional phrase, with no other
// verb or subordinator in between ("Thatcher also met ...").
std::vector<Actor> SentenceCoder::LinearSource(int verb) const {
  if (Pos(verb) != Upos::kVerb && !VerbTaggedAsNoun(verb)) return {};
  for (int t = verb - 1; t >= 0 && t >= verb - 12; --t) {
    Upos p = Pos(t);
    if (p == Upos::kVerb || p == Upos::kSconj) return {};
    int m = mention_at_[t];
    if (m < 0) continue;
    const Mention& mention = doc_.mentions[m];
    int begin = static_cast<int>(mention.token_begin - base_);
    if (begin > 0 && Pos(begin - 1) == Upos::kAdp) return {};
    // "in Oudomxay province, Laos, kills": a country after a comma closes
    // a place name; it is where, not who.
    if (begin > 1 && doc_.TokenText(Tok(begin - 1)) == "," &&
        mention.kind == MentionKind::kCountry &&
        (Pos(begin - 2) == Upos::kPropn ||
         OneOf(Lemma(begin - 2), {"province", "district", "region", "state",
                                  "county", "city", "governorate", "oblast",
                                  "prefecture", "area", "town", "village"}))) {
      return {};
    }
    std::string code = MentionCode(m);
    if (code.empty()) return {};
    // "Ukraine and Russia exchange ...": all the conjoined actors.
    int head = t;
    for (int hops = 0;
         hops < 4 && Rel(head) == Deprel::kConj && Head(head) >= 0; ++hops) {
      head = Head(head);
    }
    std::vector<Actor> conjoined = ActorsOf(head);
    if (conjoined.size() > 1) return conjoined;
    return {Actor{m, std::move(code)}};
  }
  return {};
}

// The agent of a passive verb: obl:agent, a "by" obl, or the "by" agent of
// an event noun in an obl ("were killed in a drone strike by X"); else -1.
int SentenceCoder::PassiveAgent(int verb) const {
  int agent = Child(verb, Deprel::kOblAgent);
  if (agent >= 0) return agent;
  for (int c : children_[verb]) {
    if (Rel(c) == Deprel::kObl && CaseMarker(c) == "by") return c;
  }
  for (int c : children_[verb]) {
    if (Rel(c) != Deprel::kObl) continue;
    for (int g : children_[c]) {
      if (Rel(g) == Deprel::kNmod && CaseMarker(g) == "by") return g;
    }
  }
  return -1;
}

// A day or a span of time ("Tuesday", "today", "last week").
bool SentenceCoder::IsTimeWord(int token) const {
  return OneOf(
      Lower(Lemma(token)),
      {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
       "sunday", "today", "yesterday", "tomorrow", "week", "weekend", "month",
       "year", "day", "night", "morning", "afternoon", "evening"});
}

// "called for a halt to Israel's offensive", "asked for a suspension of
// North Korea's weapons program", "urged the withdrawal of Russian
// troops": an appeal or demand to stop an act is aimed at its doer, the
// owner of the act (or the actor named) in the of/to phrase of the
// stopping noun, and of the phrases coordinated with it.
std::vector<Actor> SentenceCoder::HaltedActDoers(int predicate,
                                                 int object) const {
  std::vector<int> nouns;
  if (object >= 0) nouns.push_back(object);
  for (int c : children_[predicate]) {
    if (Rel(c) == Deprel::kObj || Rel(c) == Deprel::kObl) nouns.push_back(c);
  }
  for (int noun : nouns) {
    if (!OneOf(Lemma(noun),
               {"halt", "end", "stop", "suspension", "cessation", "freeze",
                "withdrawal", "pullout", "pullback", "moratorium",
                "abandonment", "reversal", "rollback"})) {
      continue;
    }
    // The phrase may hang on the verb ("demanded a halt [to] ...").
    std::vector<int> phrases;
    for (int c : children_[noun]) {
      if (Rel(c) == Deprel::kNmod) phrases.push_back(c);
    }
    for (int c : children_[predicate]) {
      if (Rel(c) == Deprel::kObl && c > noun) phrases.push_back(c);
    }
    for (int c : phrases) {
      if (!OneOf(CaseMarker(c), {"of", "to", "on"})) continue;
      // Coordinated acts, and an owned act the parse hung on the first
      // ("of the drills and North Korea's missile launches").
      // (Not "the bombing of Russia's cities", without "and".)
      auto coordinated = [&](int g) {
        for (int t = c + 1; t < g; ++t) {
          if (Rel(t) == Deprel::kCc && Head(t) > t && Head(t) <= g) {
            return true;
          }
        }
        return false;
      };
      std::vector<int> acts = {c};
      for (int g : children_[c]) {
        if ((Rel(g) == Deprel::kConj && IsNominal(g)) ||
            (Rel(g) == Deprel::kNmod && Possessor(g) >= 0 && coordinated(g))) {
          acts.push_back(g);
        }
      }
      std::vector<Actor> doers;
      for (int act : acts) {
        // "the Gaza war", "the Ukraine conflict": a place names where a
        // war is, not who wages it; only an owner does ("Russia's war").
        if (mention_at_[act] < 0 &&
            OneOf(Lemma(act), {"war", "conflict", "crisis", "fighting",
                               "hostilities", "violence", "bloodshed"}) &&
            Child(act, Deprel::kNmodPoss) < 0) {
          continue;
        }
        std::vector<Actor> found =
            mention_at_[act] >= 0 ? ActorsOf(act) : OwnerActors(act);
        // "Israeli settlement construction": the owner of a compound.
        for (int g : children_[act]) {
          if (found.empty() && Rel(g) == Deprel::kCompound) {
            found = OwnerActors(g);
          }
        }
        doers.insert(doers.end(), found.begin(), found.end());
      }
      if (!doers.empty()) return doers;
    }
  }
  return {};
}

// The accusation (1121 crime, 1124 war crimes, 1125 espionage) an arrest,
// detention or charge states: a "for"/"on"/"over" phrase with "alleged" or
// "suspected" ("for alleged war crimes"), "on suspicion/charges of ...",
// or the arrested described as accused or suspected ("a suspect accused
// of helping ..."); "" when it states none.
std::string SentenceCoder::AccusationOfArrest(int predicate) const {
  if (!OneOf(Lemma(predicate),
             {"arrest", "detain", "apprehend", "charge", "indict", "jail",
              "imprison", "nab", "detention", "indictment"})) {
    return "";
  }
  std::vector<int> stated;  // the phrases or clauses naming the crime
  std::vector<int> arrested;
  // The phrase may hang on the arrested or the arrester ("arrested a
  // businessman on suspicion of fraud", "by police ... for alleged ...").
  std::vector<int> phrases;
  for (int c : children_[predicate]) {
    const Deprel r = Rel(c);
    if (r == Deprel::kObj || r == Deprel::kNsubjPass ||
        (r == Deprel::kNmod && CaseMarker(c) == "of")) {
      arrested.push_back(c);
    }
    phrases.push_back(c);
    if (IsNominal(c)) {
      for (int g : children_[c]) phrases.push_back(g);
    }
  }
  for (int c : phrases) {
    if ((Rel(c) == Deprel::kObl || Rel(c) == Deprel::kNmod) &&
        OneOf(CaseMarker(c), {"for", "on", "over"})) {
      bool alleged = OneOf(Lemma(c), {"allegation", "suspicion", "charge"});
      for (int g : children_[c]) {
        if ((Rel(g) == Deprel::kAmod || Rel(g) == Deprel::kAdvmod) &&
            OneOf(Lemma(g),
                  {"alleged", "allege", "suspected", "suspect", "allegedly"})) {
          alleged = true;
        }
      }
      if (alleged) stated.push_back(c);
    }
  }
  for (int a : arrested) {
    for (int c : children_[a]) {
      if ((Rel(c) == Deprel::kAcl || Rel(c) == Deprel::kAclRelcl) &&
          OneOf(Lemma(c), {"accuse", "suspect", "charge"}) &&
          static_cast<Xpos>(Tok(c).xpos) == Xpos::kVBN &&
          // Not "X, who has accused Y of ...": the arrested accuses.
          Child(c, Deprel::kNsubj) < 0) {
        stated.push_back(c);
      }
    }
  }
  if (stated.empty()) return "";
  // The crime, from the words of the stating phrases and their children.
  bool war = false, crime = false;
  for (int p : stated) {
    std::vector<int> words = {p};
    for (int g : children_[p]) {
      words.push_back(g);
      for (int h : children_[g]) words.push_back(h);
    }
    for (int w : words) {
      const std::string& l = Lemma(w);
      if (OneOf(l, {"espionage", "spy", "spying"})) return "1125";
      war = war || l == "war";
      crime = crime || OneOf(l, {"crime", "criminal"});
    }
  }
  return war && crime ? "1124" : "1121";
}

// The subject of an if/unless clause below the verb (on it, its complement
// or a phrase of theirs: "threatened to stop negotiations to reduce
// missiles if the United States goes ahead"): whom a conditional threat is
// aimed at.
std::vector<Actor> SentenceCoder::ConditionTargets(int verb) const {
  std::vector<int> queue = {verb};
  for (size_t i = 0; i < queue.size() && i < 32; ++i) {
    for (int c : children_[queue[i]]) {
      if (Rel(c) == Deprel::kAdvcl) {
        bool condition = false;
        for (int g : children_[c]) {
          condition = condition || (Rel(g) == Deprel::kMark &&
                                    OneOf(Lemma(g), {"if", "unless"}));
        }
        if (condition) {
          std::vector<Actor> actors = ActorsOf(Child(c, Deprel::kNsubj));
          if (!actors.empty()) return actors;
          continue;
        }
      }
      if (Rel(c) != Deprel::kNsubj && Rel(c) != Deprel::kParataxis) {
        queue.push_back(c);
      }
    }
  }
  return {};
}

// Whether a phrase or clause of the verb (within three levels) names a
// coup ("detained following a coup d'état", "ousted in a military coup").
bool SentenceCoder::FollowsACoup(int verb) const {
  // Only a coup the act happened in or after, not one it is charged with
  // ("arrested for plotting a coup", "charged with leading a coup plot").
  std::vector<std::pair<int, int>> queue;
  for (int c : children_[verb]) {
    const bool in_or_after =
        (Rel(c) == Deprel::kObl &&
         OneOf(CaseMarker(c),
               {"in", "after", "following", "during", "amid"})) ||
        ((Rel(c) == Deprel::kAdvcl || Rel(c) == Deprel::kXcomp) &&
         (Lemma(c) == "follow" || HasMark(c, "after")));
    if (in_or_after) queue.push_back({c, 0});
  }
  for (size_t i = 0; i < queue.size() && i < 32; ++i) {
    const auto [t, depth] = queue[i];
    if (OneOf(Lower(Lemma(t)), {"coup", "putsch", "coup-d'etat"})) return true;
    if (depth < 3) {
      for (int g : children_[t]) queue.push_back({g, depth + 1});
    }
  }
  return false;
}

// The actors a protest's purpose clause names: "... staged demonstrations
// to demand reforms by Suharto's government", "Kurds demonstrated in
// Kirkuk calling for independence from Iraq" (the clause may hang on the
// verb, its object or one of its phrases).
std::vector<Actor> SentenceCoder::PurposeTargets(int verb, int object) const {
  std::vector<int> heads = {verb};
  if (object >= 0) heads.push_back(object);
  for (int c : children_[verb]) {
    if (Rel(c) == Deprel::kObl) heads.push_back(c);
  }
  for (int head : heads) {
    for (int c : children_[head]) {
      const Deprel rel = Rel(c);
      if ((rel != Deprel::kAdvcl && rel != Deprel::kXcomp &&
           rel != Deprel::kAcl) ||
          Pos(c) != Upos::kVerb ||
          !OneOf(Lemma(c), {"protest", "demand", "denounce", "oppose",
                            "condemn", "call", "urge", "press", "seek",
                            "criticize", "criticise", "reject"})) {
        continue;
      }
      // The first coded actor below the clause's verb, in its phrases
      // (not its subject: that is the protester), nearest first
      // ("the return of land seized by Moroccan security forces").
      std::vector<int> queue;
      for (int g : children_[c]) {
        const Deprel r = Rel(g);
        if (r == Deprel::kObj || r == Deprel::kObl || r == Deprel::kIobj) {
          queue.push_back(g);
        }
      }
      for (size_t i = 0; i < queue.size() && i < 24; ++i) {
        const int node = queue[i];
        const int m = mention_at_[node];
        if (m >= 0 && !doc_.mentions[m].code.empty()) return ActorsOf(node);
        for (int g : children_[node]) queue.push_back(g);
      }
    }
  }
  return {};
}

// "Police detained and expelled three journalists": the parser hangs an
// object two coordinated verbs share on the second; the first, right
// before "and"/"or", has it too.
int SentenceCoder::SharedObject(int verb) const {
  if (Pos(verb) != Upos::kVerb) return -1;
  for (int c : children_[verb]) {
    if (Rel(c) != Deprel::kConj || Pos(c) != Upos::kVerb || c != verb + 2 ||
        Rel(verb + 1) != Deprel::kCc || Child(c, Deprel::kNsubj) >= 0) {
      continue;
    }
    const int object = Child(c, Deprel::kObj);
    if (object > c) return object;
  }
  return -1;
}

// The actors whose act an event noun names: its possessor ("U.S.
// sanctions", "Iran's proposal") or its "by" phrase.
std::vector<Actor> SentenceCoder::OwnerActors(int noun) const {
  int owner = Possessor(noun);
  if (owner >= 0) return ActorsOf(owner);
  for (int c : children_[noun]) {
    if (Rel(c) == Deprel::kNmod && CaseMarker(c) == "by") return ActorsOf(c);
  }
  return AttributedActors(noun);
}

// "an ambush blamed on Hezbollah", "attacks attributed to the group".
std::vector<Actor> SentenceCoder::AttributedActors(int noun) const {
  for (int c : children_[noun]) {
    if (Rel(c) == Deprel::kAcl &&
        OneOf(Lemma(c), {"blame", "attribute", "claim", "ascribe"})) {
      for (int g : children_[c]) {
        if (Rel(g) == Deprel::kObl &&
            OneOf(CaseMarker(g), {"on", "to", "by"})) {
          return ActorsOf(g);
        }
      }
    }
  }
  return {};
}

bool SentenceCoder::IsReaction(int verb) const {
  return IsReactionCode(pattern_code_[verb]);
}

std::vector<Actor> SentenceCoder::NounSource(int noun) const {
  std::vector<Actor> owners = OwnerActors(noun);
  if (!owners.empty()) return owners;
  // "its military assistance", "their attacks": an unresolved possessive
  // pronoun most often stands for the subject of the clause.
  const int possessor = Possessor(noun);
  const bool pronoun_owner = possessor >= 0 && Pos(possessor) == Upos::kPron;
  if (possessor >= 0 && !pronoun_owner) return {};
  if (pronoun_owner) {
    // "... ahead of her visit to Moscow": the nearest clause's subject.
    int node = noun;
    for (int steps = 0; steps < 5; ++steps) {
      node = Head(node);
      if (node < 0) return {};
      if (Pos(node) == Upos::kVerb || VerbTaggedAsNoun(node)) {
        return VerbSource(node);
      }
    }
    return {};
  }
  // "The Dutch navy, with military help from a Belgian warship, seizes
  // ...": the actor a with-phrase describes has the act.
  if (CaseMarker(noun) == "with" && Head(noun) >= 0 && IsNominal(Head(noun))) {
    std::vector<Actor> actors = ActorsOf(Head(noun));
    if (!actors.empty()) return actors;
  }
  // "approves the extension of conscription amid border clashes with
  // Thailand": what goes on around a clause is not its subject's act.
  if (OneOf(CaseMarker(noun), {"amid", "amidst", "despite"})) return {};
  // "attend a summit on the unrest in Iran", "a report about the
  // killings": the topic of a meeting or text is not its subject's act.
  if (Rel(noun) == Deprel::kNmod && Head(noun) >= 0 &&
      OneOf(Lemma(Head(noun)),
            {"summit",  "conference", "meeting",     "forum",  "session",
             "hearing", "debate",     "briefing",    "report", "study",
             "book",    "article",    "documentary", "film",   "detail",
             "details", "question",   "questions",   "story",  "interview",
             "speech",  "remarks"}) &&
      OneOf(CaseMarker(noun), {"on", "about", "regarding", "concerning"})) {
    return {};
  }
  // "China is in talks with Iran", "Iran is at war with Israel": the
  // subject of a copular clause the noun predicates. Not "under": "the
  // former governor is under investigation" undergoes it; whoever reports
  // it ("China announced that ...") is the source.
  if (Child(noun, Deprel::kCop) >= 0) {
    if (CaseMarker(noun) == "under") {
      // "under attack from Israel", "under pressure from Washington".
      for (int c : children_[noun]) {
        if (Rel(c) == Deprel::kNmod && CaseMarker(c) == "from") {
          return ActorsOf(c);
        }
      }
      // The reporter is the doer unless it is an outlet ("The New York
      // Times reports that ... is under house arrest").
      const int head = Head(noun);
      if (head < 0 || Rel(noun) != Deprel::kCcomp) return {};
      std::vector<Actor> sayers = VerbSource(head);
      for (const Actor& a : sayers) {
        if (a.code.size() >= 6 && a.code.compare(3, 3, "MED") == 0) return {};
      }
      return sayers;
    }
    const int subject = Child(noun, Deprel::kNsubj);
    if (subject >= 0) return ActorsOf(subject, /*as_doer=*/true);
  }
  // "Norway said an arms embargo on Myanmar would begin next month": a
  // measure whose start or course someone announces is the
  // announcer's (not an attack: who says an attack began has not made it).
  if (Rel(noun) == Deprel::kNsubj && Head(noun) >= 0 &&
      !IsViolentEventNoun(noun)) {
    const int course = Head(noun);
    const int announcing = Head(course);
    if (IsCourseVerb(Lemma(course)) && Rel(course) == Deprel::kCcomp &&
        announcing >= 0 &&
        OneOf(Lemma(announcing),
              {"say", "announce", "declare", "state", "confirm", "decide"})) {
      return VerbSource(announcing);
    }
  }
  // "X provides aid and assistance to Y", "left after talks with Y": the
  // subject of the verb the noun phrase hangs on. Not for the direct object
  // of a verb that coded its own event ("X condemned the attack on Y").
  int node = noun;
  for (int steps = 0; steps < 4; ++steps) {
    int head = Head(node);
    if (head < 0) return {};
    Deprel rel = Rel(node);
    if (Pos(head) == Upos::kVerb || VerbTaggedAsNoun(head)) {
      if (rel == Deprel::kObj && node == noun &&
          (coded_[head] || IsReaction(head)) && !pronoun_owner) {
        return {};
      }
      // "protest against the Iran war ... and the wars in Lebanon": the
      // attacks that protesters or critics answer are not theirs. Nor is
      // an act inside what a reaction or concern is about ("expresses
      // concern over the arrest of its citizens in China").
      const bool reaction =
          IsReaction(head) || pattern_code_[head].rfind("012", 0) == 0;
      if (!pronoun_owner &&
          ((IsReaction(head) && IsViolentEventNoun(noun)) ||
           (reaction && node != noun && Rel(noun) == Deprel::kNmod) ||
           (reaction && node == noun && rel == Deprel::kObl &&
            OneOf(CaseMarker(noun), {"over", "about", "at", "against"})))) {
        return {};
      }
      if (rel == Deprel::kNsubjPass) {
        int agent = Child(head, Deprel::kOblAgent);
        return agent >= 0 ? ActorsOf(agent) : std::vector<Actor>{};
      }
      if (rel == Deprel::kObj || rel == Deprel::kObl || rel == Deprel::kIobj ||
          rel == Deprel::kOblUnmarked || rel == Deprel::kOblTmod) {
        return VerbSource(head);
      }
      return {};
    }
    if (rel != Deprel::kConj && rel != Deprel::kCompound &&
        rel != Deprel::kNmod && rel != Deprel::kObj) {
      return {};
    }
    node = head;
  }
  return {};
}

// The verb an event noun's phrase hangs on ("launched [an attack on Y]",
// "asked for [a suspension of ...]"), through conj/compound/nmod/obj, or -1.
int SentenceCoder::GoverningVerb(int noun) const {
  int node = noun;
  for (int steps = 0; steps < 4; ++steps) {
    int head = Head(node);
    if (head < 0) return -1;
    // A headline verb read as a noun governs too ("Germany pledges 500
    // million euros in aid").
    if (Pos(head) == Upos::kVerb || VerbTaggedAsNoun(head)) return head;
    Deprel rel = Rel(node);
    if (rel != Deprel::kConj && rel != Deprel::kCompound &&
        rel != Deprel::kNmod && rel != Deprel::kObj) {
      return -1;
    }
    node = head;
  }
  return -1;
}

void SentenceCoder::CodePredicate(int predicate, PredicateKind kind) {
  if (consumed_[predicate]) return;
  Modality modality = ReadModality(predicate);
  int governing = -1;
  bool reacted_to = false;
  if (kind == PredicateKind::kNoun) {
    // An event noun is as real as the clause that reports it: not under
    // "could sign a deal", negated under "did not launch an attack",
    // planned under "will impose sanctions", and only asked for, promised,
    // demanded, rejected or threatened under such verbs -- unless it is
    // another actor's act the clause reacts to ("China rejected U.S.
    // claims", "vowed to retaliate against European sanctions"), which
    // happened whatever the clause says of it.
    governing = GoverningVerb(predicate);
    if (governing >= 0) {
      Modality clause = ReadModality(governing);
      reacted_to = IsReaction(governing) &&
                   OthersAct(OwnerActors(predicate), VerbSource(governing));
      if (clause.hypothetical && !reacted_to) return;
      // "North Korea poses a threat to Japan", "Iran remains a threat":
      // what something is said to be is no act of threatening.
      if (OneOf(Lemma(predicate), {"threat", "danger", "menace"}) &&
          OneOf(Lemma(governing), {"pose", "remain", "represent", "constitute",
                                   "become", "present"})) {
        return;
      }
      // "A Russian attack on Poland would trigger a NATO response": an act
      // whose consequences a conditional describes is itself supposed.
      // (Not when the clause tells the act's own course: "an embargo on
      // Myanmar would begin next month" announces it.)
      if (Rel(predicate) == Deprel::kNsubj && Head(predicate) == governing &&
          clause.intent && !IsCourseVerb(Lemma(governing))) {
        for (int c : children_[governing]) {
          if (Rel(c) == Deprel::kAux && Lemma(c) == "would") return;
        }
      }
      if (!reacted_to) {
        if (unasserting_[governing] && !OfficialOrder(governing)) return;
        modality.negated = modality.negated != clause.negated;
        modality.intent = modality.intent || clause.intent;
        // "threatened to order mass deportations": threatened, too.
        modality.conditional = modality.conditional || clause.conditional;
      }
    }
  }
  // "planned visit", "threatened sanctions": the act is only in prospect;
  // "possible extradition": not even that.
  bool prospective = false;
  if (kind == PredicateKind::kNoun) {
    for (int c : children_[predicate]) {
      if (Rel(c) != Deprel::kAmod) continue;
      if (OneOf(Lemma(c), {"proposed", "planned", "expected", "looming",
                           "threatened", "future", "upcoming"})) {
        prospective = true;
      }
      if (OneOf(Lemma(c), {"possible", "potential", "prospective",
                           "hypothetical", "eventual", "alleged", "suspected",
                           "purported", "supposed", "rumored", "rumoured"})) {
        modality.hypothetical = true;
      }
    }
    // "her visit to Moscow next week", "talks tomorrow".
    for (int c : children_[predicate]) {
      if (IsFutureTime(c)) prospective = true;
      // "has had no discussions with", "without talks".
      if (Rel(c) == Deprel::kDet && Lemma(c) == "no") {
        modality.negated = !modality.negated;
      }
      // "will respond to any attack on Belarus", "warned against any
      // military action": an act that may never happen, by no one yet.
      if (Rel(c) == Deprel::kDet && Lemma(c) == "any") {
        modality.hypothetical = true;
      }
    }
    // "is considering restrictions on imports", "proposed sanctions": a
    // measure weighed or proposed is not taken.
    if (governing >= 0 &&
        OneOf(Lemma(governing),
              {"consider", "weigh", "mull", "contemplate", "propose", "discuss",
               "debate", "study", "explore", "examine", "review"})) {
      prospective = true;
    }
    if (prospective) modality.intent = true;
  }
  if (modality.hypothetical) return;
  // "the trade war", "a legal battle", "the culture war": no fighting.
  if (kind == PredicateKind::kNoun && IsViolentEventNoun(predicate)) {
    for (int c : children_[predicate]) {
      if ((Rel(c) == Deprel::kCompound || Rel(c) == Deprel::kAmod) &&
          OneOf(Lemma(c),
                {"trade", "price", "tariff", "currency", "culture", "cultural",
                 "political", "legal", "court", "word", "propaganda", "media",
                 "bidding", "budget", "partisan", "legislative", "electoral",
                 "campaign"})) {
        return;
      }
    }
  }
  // "signed into law", "signed the bill": a law is no agreement between
  // parties.
  if (pattern_code_[predicate].empty() && kind == PredicateKind::kVerb &&
      Lemma(predicate) == "sign") {
    const int object = Child(predicate, Deprel::kObj);
    if ((object >= 0 &&
         OneOf(Lemma(object),
               {"law", "bill", "legislation", "decree", "order", "measure",
                "budget", "petition", "executive"})) ||
        std::any_of(children_[predicate].begin(), children_[predicate].end(),
                    [&](int c) {
                      return Rel(c) == Deprel::kObl && Lemma(c) == "law";
                    })) {
      return;
    }
  }
  // "living up to its pact with the US", "withdraw from the deal with
  // Iran": an agreement named in passing is no new one; only one signed,
  // reached, concluded or approved is.
  // One welcomed or praised is new too, and one "between" two parties
  // names them.
  if (kind == PredicateKind::kNoun &&
      OneOf(Lemma(predicate), {"agreement", "pact", "deal", "treaty", "accord",
                               "protocol", "convention"}) &&
      !(governing >= 0 &&
        OneOf(Lemma(governing),
              {"sign",     "reach",    "conclude",  "strike",    "seal",
               "complete", "finalize", "finalise",  "ink",       "approve",
               "ratify",   "endorse",  "agree",     "negotiate", "announce",
               "unveil",   "broker",   "welcome",   "hail",      "praise",
               "applaud",  "laud",     "celebrate", "greet",     "confirm",
               "renew",    "extend",   "hammer"})) &&
      std::none_of(children_[predicate].begin(), children_[predicate].end(),
                   [&](int c) { return CaseMarker(c) == "between"; })) {
    return;
  }
  BuiltQuery built;
  Build(predicate, kind, /*allow_xcomp=*/true, built);
  std::vector<PatternMatch> matches = verbs_.Match(built.query, kind);
  // "threatened to set up a rival administration or respond violently to
  // any win by Ruto": when the first complement's patterns find no party,
  // a coordinated complement's may.
  if (built.xcomp_token >= 0 && !AnyTarget(built, matches)) {
    for (int c : children_[built.xcomp_token]) {
      if (Rel(c) != Deprel::kConj || Pos(c) != Upos::kVerb) continue;
      BuiltQuery alternative;
      Build(predicate, kind, /*allow_xcomp=*/true, alternative, c);
      std::vector<PatternMatch> alternative_matches =
          verbs_.Match(alternative.query, kind);
      if (AnyTarget(alternative, alternative_matches)) {
        built = std::move(alternative);
        matches = std::move(alternative_matches);
        break;
      }
    }
  }
  // The act an order names is coded by its noun (OfficialOrder).
  if (kind == PredicateKind::kVerb && OfficialOrder(predicate)) {
    std::erase_if(matches, [](const PatternMatch& m) {
      return m.pattern->code.rfind("10", 0) == 0;
    });
  }
  if (matches.empty()) return;

  // "captured the village of Topoli in Kharkiv Oblast, Ukraine": when the
  // first phrase a pattern's preposition fits names no actor, a later one
  // with another of its prepositions may.
  auto target_token = [&](const PatternMatch& m) {
    const int token = TargetTokenOf(built, m);
    if (m.target != TargetSlot::kPreposition || m.target_in_xcomp ||
        token < 0 || !ActorsOf(token).empty()) {
      return token;
    }
    const std::vector<std::string>& preps = m.pattern->frame.target_preps;
    for (size_t i = 0; i < built.query.preps.size(); ++i) {
      const int other = built.preps[i];
      if (other == token ||
          std::find(preps.begin(), preps.end(), built.query.preps[i].prep) ==
              preps.end()) {
        continue;
      }
      if (!ActorsOf(other).empty()) return other;
    }
    return token;
  };
  // An object that is a thing: no party named in it or before it ("a
  // U.S.-flagged ship" names one), no event.
  bool object_is_a_thing = built.object >= 0 &&
                           ActorsOf(built.object).empty() &&
                           !IsEventNoun(built.object);
  for (int t = predicate + 1; object_is_a_thing && t < built.object; ++t) {
    if (mention_at_[t] >= 0 && !MentionCode(mention_at_[t]).empty()) {
      object_is_a_thing = false;
    }
  }
  const PatternMatch* chosen = nullptr;
  std::vector<Actor> targets;
  // "received Federal Reserve Board approval": one hosts or receives a
  // party named by the object itself, not by its modifier.
  const bool object_names_a_party =
      built.object >= 0 && mention_at_[built.object] >= 0;
  for (const PatternMatch& m : matches) {
    const int token = target_token(m);
    // "condemned the attack on the U.S. embassy": what is condemned is the
    // attacker's act, so the target is its doer (none here), not its victim.
    const bool answered_attack =
        token >= 0 && IsReactionCode(m.pattern->code) &&
        IsViolentEventNoun(token) && Pos(predicate) == Upos::kVerb;
    // "combating unfair trade practices with China": a phrase that hangs
    // on a violent verb's object, when that object is a thing (no party,
    // no event), names the thing's partner, not the one fought -- unless
    // the pattern names that object ("close the border with Libya").
    if (token >= 0 && IsViolentCode(m.pattern->code) &&
        m.target == TargetSlot::kPreposition && !m.target_in_xcomp &&
        Head(token) == built.object && object_is_a_thing &&
        m.pattern->frame.object_nouns.empty()) {
      continue;
    }
    if (m.target == TargetSlot::kObject && !m.target_in_xcomp &&
        m.pattern->code == "043" && Lemma(predicate) == "receive" &&
        !object_names_a_party && Pos(built.object) == Upos::kNoun) {
      continue;
    }
    std::vector<Actor> found =
        answered_attack ? OwnerActors(token) : ActorsOf(token);
    // "the expulsion of 23 Russian diplomats": an event noun's pattern that
    // names whom it is done to by a required noun ("@expulsion
    // of:diplomats") is aimed at the party that noun phrase names.
    if (token < 0 && kind == PredicateKind::kNoun &&
        m.pattern->frame.target == TargetSlot::kNone && !m.pattern->has_xcomp) {
      for (const PrepRequirement& r : m.pattern->frame.prep_requirements) {
        for (size_t i = 0; i < built.preps.size() && found.empty(); ++i) {
          // The noun itself must name the party ("Russian diplomats"); an
          // act's owner ("U.S. sanctions", "an Iranian attack") is its doer.
          if (std::find(r.preps.begin(), r.preps.end(),
                        built.query.preps[i].prep) != r.preps.end() &&
              mention_at_[built.preps[i]] >= 0) {
            found = ActorsOf(built.preps[i]);
          }
        }
      }
    }
    // "demanded the release of its citizens held by Iran": a demand or
    // appeal for people's release is made of whoever holds them.
    // (The parse may hang the participle on "release".)
    if (token >= 0 && (m.pattern->code.rfind("02", 0) == 0 ||
                       m.pattern->code.rfind("10", 0) == 0)) {
      for (int near : {token, Head(token)}) {
        if (near < 0) continue;
        for (int c : children_[near]) {
          if (Rel(c) == Deprel::kAcl &&
              OneOf(Lemma(c), {"hold", "detain", "imprison", "jail", "kidnap",
                               "abduct", "seize", "capture"})) {
            std::vector<Actor> holders = ActorsOf(PassiveAgent(c));
            if (!holders.empty()) found = std::move(holders);
          }
        }
      }
    }
    if (!found.empty()) {
      chosen = &m;
      targets = std::move(found);
      break;
    }
  }
  if (chosen == nullptr) {
    // A parse that lost the argument: read it off the word order instead.
    for (const PatternMatch& m : matches) {
      if (m.pattern->target_required) continue;
      // "threatened to annihilate North Korea, saying ...": the target of
      // the complement verb, read off its own word order.
      if (m.pattern->has_xcomp &&
          m.pattern->xcomp.target != TargetSlot::kNone) {
        if (built.xcomp_token < 0) continue;
        std::vector<Actor> found =
            LinearTarget(built.xcomp_token, m.pattern->xcomp);
        if (!found.empty()) {
          chosen = &m;
          targets = std::move(found);
          break;
        }
        continue;
      }
      if (IsViolentCode(m.pattern->code) && object_is_a_thing) continue;
      if (m.pattern->code == "043" && Lemma(predicate) == "receive" &&
          built.object >= 0 && !object_names_a_party) {
        continue;
      }
      std::vector<Actor> found =
          LinearTarget(predicate, m.pattern->frame,
                       IsViolentCode(m.pattern->code) ||
                           m.pattern->code.rfind("173", 0) == 0 ||
                           m.pattern->code.rfind("174", 0) == 0);
      if (!found.empty()) {
        chosen = &m;
        targets = std::move(found);
        break;
      }
    }
  }
  if (chosen == nullptr) chosen = &matches.front();
  // "plans to visit Iraq": a complement pattern that names no target of its
  // own takes the target the complement's own best pattern finds.
  if (targets.empty() && chosen->pattern->has_xcomp && built.xcomp) {
    for (const PatternMatch& m :
         verbs_.Match(built.xcomp->query, PredicateKind::kVerb)) {
      PatternMatch inner = m;
      inner.target_in_xcomp = true;
      targets = ActorsOf(target_token(inner));
      if (!targets.empty()) break;
    }
  }
  // What "any use of poison gas by the government" denies is not aimed at
  // the government: the doer of a denied act is whom the denier defends.
  // (A request or a claim "by" someone is theirs: "denies a request by the
  // former president" answers him.)
  if (!targets.empty() && chosen->pattern->code == "016" &&
      chosen->target == TargetSlot::kObject && !chosen->target_in_xcomp &&
      built.object >= 0 && mention_at_[built.object] < 0 &&
      !OneOf(Lemma(built.object),
             {"request", "appeal", "application", "bid", "petition", "demand",
              "proposal", "claim", "allegation", "accusation", "report",
              "charge", "statement", "assertion"})) {
    bool doer = false;
    for (const Actor& a : targets) {
      if (a.mention < 0) continue;
      int t = static_cast<int>(doc_.mentions[a.mention].token_begin - base_);
      for (int steps = 0; t >= 0 && t != built.object && steps < 6; ++steps) {
        doer = doer || CaseMarker(t) == "by";
        t = Head(t);
      }
    }
    if (doer) targets.clear();
  }
  const VerbPattern& pattern = *chosen->pattern;
  // "failed to meet the deadline", "trying to meet a campaign pledge": one
  // meets a goal, not a partner.
  if (pattern.code.rfind("04", 0) == 0 &&
      chosen->target == TargetSlot::kObject) {
    const BuiltQuery* q = chosen->target_in_xcomp ? built.xcomp.get() : &built;
    // (also "the deadline set by ...", parsed as a compound "deadline set")
    auto goal = [&](int object) {
      if (IsGoalNoun(Lemma(object))) return true;
      for (int c : children_[object]) {
        if (Rel(c) == Deprel::kCompound && IsGoalNoun(Lemma(c))) return true;
      }
      return false;
    };
    if (q != nullptr && q->object >= 0 && goal(q->object)) {
      consumed_[q->object] = true;  // nor is the pledge an event of its own
      return;
    }
  }
  pattern_code_[predicate] = pattern.code;
  // "China rejected U.S. claims", "vowed to retaliate against EU
  // sanctions": an owned act of asking, accusing, threatening or
  // sanctioning that names no target of its own is aimed at its answerer.
  if (targets.empty() && reacted_to && IsDirectedRoot(pattern.code)) {
    targets = VerbSource(governing);
  }
  // "Iran strikes four sites in Israel": an attack on unnamed targets hits
  // the country they lie in.
  if (targets.empty() && kind == PredicateKind::kVerb &&
      IsViolentCode(pattern.code)) {
    targets = PlaceOfAttack(predicate, built.object);
  }
  // "threatened to call a national strike unless the government withdrew
  // the decree": a threat with no target of its own aims at the subject of
  // its condition.
  if (targets.empty() && kind == PredicateKind::kVerb &&
      pattern.code.rfind("13", 0) == 0) {
    targets = ConditionTargets(predicate);
  }
  // "the former governor is under investigation": what one is "under" is
  // done to the copular subject.
  if (targets.empty() && kind == PredicateKind::kNoun &&
      CaseMarker(predicate) == "under" && Child(predicate, Deprel::kCop) >= 0 &&
      !OneOf(Lemma(predicate), {"pressure", "threat", "scrutiny", "fire"})) {
    const int subject = Child(predicate, Deprel::kNsubj);
    targets = ActorsOf(subject);
    // "Armenia says it is under attack": the pronoun is the sayer.
    if (targets.empty() && subject >= 0 && Pos(subject) == Upos::kPron &&
        Rel(predicate) == Deprel::kCcomp && Head(predicate) >= 0) {
      targets = VerbSource(Head(predicate));
    }
  }
  // "Students staged demonstrations to demand reforms by Suharto's
  // government": a protest aims at whom its purpose clause names.
  if (targets.empty() && kind == PredicateKind::kVerb &&
      pattern.code.rfind("14", 0) == 0) {
    targets = PurposeTargets(predicate, built.object);
  }
  if (targets.empty() &&
      (pattern.code.rfind("02", 0) == 0 || pattern.code.rfind("10", 0) == 0)) {
    targets = HaltedActDoers(predicate, built.object);
  }
  // "France accused Hezbollah of the attack, an allegation the group
  // denied", "Israel blamed Iran, a charge Tehran rejects": an unowned
  // charge denied next to an accusation answers the accuser.
  if (targets.empty() && kind == PredicateKind::kVerb &&
      (pattern.code == "016" || pattern.code.rfind("12", 0) == 0)) {
    int charge = built.object;
    if (charge < 0 && Rel(predicate) == Deprel::kAclRelcl) {
      charge = Head(predicate);
    }
    if (charge < 0 && Rel(predicate) == Deprel::kAcl && Head(predicate) >= 0 &&
        IsNominal(Head(predicate))) {
      charge = Head(predicate);
    }
    if (charge >= 0 &&
        OneOf(Lemma(charge), {"accusation", "allegation", "charge", "claim"}) &&
        OwnerActors(charge).empty()) {
      int node = Head(predicate);
      for (int step = 0; node >= 0 && step < 8; ++step, node = Head(node)) {
        if (pattern_code_[node].rfind("11", 0) == 0) {
          targets = VerbSource(node);
          break;
        }
      }
    }
  }
  // "Peru summons Chile's ambassador, demanding an explanation": a
  // participle that asks, demands or accuses without a target of its own
  // addresses the main clause's object.
  if (targets.empty() && kind == PredicateKind::kVerb &&
      (pattern.code.rfind("02", 0) == 0 || pattern.code.rfind("10", 0) == 0 ||
       pattern.code.rfind("11", 0) == 0 || pattern.code.rfind("13", 0) == 0)) {
    const int main_verb = ParticipleClauseVerb(predicate);
    if (main_verb >= 0) targets = ActorsOf(ClauseObject(main_verb));
  }
  if (kind == PredicateKind::kVerb &&
      (pattern.code.rfind("02", 0) == 0 || pattern.code.rfind("03", 0) == 0 ||
       pattern.code.rfind("10", 0) == 0 || pattern.code.rfind("12", 0) == 0 ||
       pattern.code.rfind("13", 0) == 0)) {
    unasserting_[predicate] = true;
  }
  if (pattern.has_xcomp && built.xcomp_token >= 0) {
    consumed_[built.xcomp_token] = true;
    // "agreed to stop the airstrikes on Iran": the complement's object
    // noun the pattern names is part of it, not an attack of its own.
    const int xcomp_object = Child(built.xcomp_token, Deprel::kObj);
    if (xcomp_object >= 0 &&
        (!pattern.xcomp.object_nouns.empty() ||
         OneOf(Lemma(built.xcomp_token),
               {"stop", "halt", "cease", "end", "suspend", "pause"}))) {
      consumed_[xcomp_object] = true;
    }
    // "vowed to retaliate against EU sanctions": the complement answers
    // what its phrases name, as the whole pattern does.
    pattern_code_[built.xcomp_token] = pattern.code;
  }
  // The object noun is part of the pattern ("signed an agreement"), unless
  // it is someone else's act the verb answers ("rejected U.S. claims").
  if (!pattern.frame.object_nouns.empty() && built.object >= 0 &&
      !(IsReactionCode(pattern.code) &&
        OthersAct(OwnerActors(built.object), VerbSource(predicate)))) {
    consumed_[built.object] = true;
  }

  // "held no talks with": the object noun the pattern names is denied.
  if (!pattern.frame.object_nouns.empty() && built.object >= 0) {
    for (int c : children_[built.object]) {
      if (Rel(c) == Deprel::kDet && Lemma(c) == "no") {
        modality.negated = !modality.negated;
      }
    }
  }
  // The code, after negation, intent and conditions.
  std::string code = pattern.code;
  bool derived = false;
  // "withdraws from its cooperation agreement with Germany": leaving an
  // agreement reduces relations (160; 1313 when only announced), it is no
  // retreat (0874).
  bool leaves_agreement = false;
  if (code == "0874" && kind == PredicateKind::kVerb) {
    for (int c : children_[predicate]) {
      if (Rel(c) == Deprel::kObl && CaseMarker(c) == "from" &&
          OneOf(Lemma(c), {"agreement", "treaty", "deal", "pact", "accord",
                           "accords", "convention", "alliance"})) {
        leaves_agreement = true;
      }
    }
  }
  if (modality.negated) {
    if (pattern.neg_code.empty()) return;
    code = pattern.neg_code;
    derived = true;
  } else if (modality.conditional &&
             (modality.intent || code.rfind("13", 0) != 0) &&
             code.size() >= 2 && code.substr(0, 2) >= "14") {
    code =
        pattern.intent_code.rfind("13", 0) == 0 ? pattern.intent_code : "130";
    derived = true;
  } else if (modality.intent && !pattern.intent_code.empty()) {
    code = pattern.intent_code;
    derived = true;
  } else if (modality.intent && !DefaultIntentCode(code).empty()) {
    code = DefaultIntentCode(code);
    derived = true;
  } else if (prospective) {
    return;
  }
  if (leaves_agreement && !modality.negated) {
    code = modality.intent || modality.conditional ? "1313" : "160";
    derived = true;
  }

  // Sources.
  std::vector<Actor> sources;
  bool subject_was_attack = false;
  if (kind == PredicateKind::kNoun) {
    sources = NounSource(predicate);
  } else if (IsAdjectivalPassive(predicate)) {
    sources = ActorsOf(Child(predicate, Deprel::kNsubjPass));
  } else if (Child(predicate, Deprel::kNsubjPass) >= 0 ||
             IsPassiveParticiple(predicate)) {
    int agent = PassiveAgent(predicate);
    // "were killed and others injured in a strike by X": coordinated
    // passives share the agent the parse hung on one of them.
    // "Three people are killed and four others hurt by a Russian missile"
    // (the second conjunct may lack its own subject), and the clauses of a
    // coordinated passive share the attack and the when-clause below.
    std::vector<int> clauses = {predicate};
    auto participle = [&](int t) {
      return (Pos(t) == Upos::kVerb &&
              static_cast<Xpos>(Tok(t).xpos) == Xpos::kVBN) ||
             Pos(t) == Upos::kAdj;  // "others are wounded" read as ADJ
    };
    for (int c : children_[predicate]) {
      if (Rel(c) != Deprel::kConj) continue;
      if (participle(c)) clauses.push_back(c);
      // "... and two others injured by X": the parse may conjoin the noun
      // and hang the participle on it.
      if (IsNominal(c)) {
        for (int g : children_[c]) {
          if (Rel(g) == Deprel::kAcl && participle(g)) clauses.push_back(g);
        }
      }
    }
    if (Rel(predicate) == Deprel::kConj && Head(predicate) >= 0 &&
        Child(Head(predicate), Deprel::kNsubjPass) >= 0) {
      clauses.push_back(Head(predicate));
    }
    for (size_t k = 1; k < clauses.size() && agent < 0; ++k) {
      agent = PassiveAgent(clauses[k]);
    }
    // "hit by a series of U.N. sanctions": a measure that hurts does not
    // attack; the measure is the event, coded on its own.
    if (agent >= 0 && IsViolentCode(code) && IsPeacefulEventNoun(agent)) {
      return;
    }
    if (agent >= 0) sources = ActorsOf(agent);
    // "Five people were killed in a Russian drone attack": the owner of an
    // attack in which it happened is the agent.
    for (size_t k = 0; k < clauses.size() && agent < 0 && sources.empty();
         ++k) {
      sources = EventNounOwnerIn(clauses[k], Deprel::kObl);
    }
    // "Four farmers are killed when an army helicopter fires on a
    // market": the attack a when- or after-clause reports did it.
    for (size_t k = 0; k < clauses.size() && sources.empty() && agent < 0 &&
                       IsViolentCode(code);
         ++k) {
      for (int c : children_[clauses[k]]) {
        bool when = HasMark(c, "after") || HasMark(c, "as");
        for (int g : children_[c]) {
          when =
              when || ((Rel(g) == Deprel::kMark || Rel(g) == Deprel::kAdvmod) &&
                       Lemma(g) == "when");
        }
        if (Rel(c) == Deprel::kAdvcl && when && IsViolentVerb(c)) {
          sources = VerbSource(c);
          break;
        }
      }
    }
    // "President X is detained following a coup": the coup's makers, the
    // military of the detained's country, did it.
    if (sources.empty() && agent < 0 && !targets.empty() &&
        (code.rfind("17", 0) == 0 || code.rfind("18", 0) == 0) &&
        FollowsACoup(predicate)) {
      const std::string country = CountryOfCode(targets.front().code);
      if (!country.empty()) sources.push_back(Actor{-1, country + "MIL"});
    }
    // "... after she was arrested in Canada, Canadian officials said": an
    // arrest with no agent in a country its own officials report is
    // theirs.
    if (sources.empty() && agent < 0 && code.rfind("17", 0) == 0) {
      const std::vector<Actor> place = PlaceOfAttack(predicate, -1);
      // The report above the clause, or hung on it ("..., officials
      // said" as a conjunct or parataxis).
      std::vector<int> reports;
      for (int node = Head(predicate), step = 0; node >= 0 && step < 4;
           ++step, node = Head(node)) {
        reports.push_back(node);
      }
      for (int c : children_[predicate]) {
        if (Rel(c) == Deprel::kConj || Rel(c) == Deprel::kParataxis) {
          reports.push_back(c);
        }
      }
      for (int node : reports) {
        if (place.empty() ||
            !OneOf(Lemma(node),
                   {"say", "announce", "report", "confirm", "state", "tell"})) {
          continue;
        }
        // Any subject of the report (a weak parse may give it two).
        for (int c : children_[node]) {
          if (Rel(c) != Deprel::kNsubj) continue;
          for (const Actor& a : ActorsOf(c, /*as_doer=*/true)) {
            if (a.code.rfind(place.front().code, 0) == 0) sources.push_back(a);
          }
        }
        break;
      }
    }
    // "Trump announces that all trade talks with Canada are terminated":
    // a measure announced in the passive is the announcer's own; a killing
    // or an arrest he only reports is not.
    if (sources.empty() && agent < 0 && Rel(predicate) == Deprel::kCcomp &&
        Head(predicate) >= 0 &&
        OneOf(Lemma(Head(predicate)),
              {"announce", "declare", "decree", "decide", "order"}) &&
        !IsViolentCode(code) && code.rfind("17", 0) != 0) {
      sources = VerbSource(Head(predicate));
    }
  } else {
    sources = VerbSource(predicate);
    // "an Israeli airstrike has killed ...": the owner of an event noun
    // subject did it.
    if (sources.empty()) {
      const int subject = SubjectToken(predicate);
      if (subject >= 0 && IsEventNoun(subject)) {
        sources = OwnerActors(subject);
        // "the army said that further airstrikes hit rebel positions": unowned
        // strikes a military reports are its own.
        if (sources.empty() && IsViolentEventNoun(subject) &&
            Rel(predicate) == Deprel::kCcomp && Head(predicate) >= 0) {
          for (const Actor& a : ActorsOf(SubjectToken(Head(predicate)))) {
            if (a.code.size() >= 6 && a.code.compare(3, 3, "MIL") == 0) {
              sources.push_back(a);
            }
          }
        }
        if (!sources.empty()) {
          subject_was_attack = true;
        }
      }
    }
    if (sources.empty() && !subject_was_attack) {
      sources = LinearSource(predicate);
    }
  }
  // "the agreement between Serbia and Kosovo", "clashes between X and Y":
  // the parties of a "between" phrase are both sides, whoever reports it.
  if (kind == PredicateKind::kNoun && targets.size() >= 2 &&
      chosen->target == TargetSlot::kPreposition && !chosen->target_in_xcomp &&
      chosen->prep_index >= 0 &&
      chosen->prep_index < static_cast<int>(built.query.preps.size()) &&
      built.query.preps[chosen->prep_index].prep == "between") {
    sources = targets;
  }
  if (pattern.swap) std::swap(sources, targets);

  const size_t before = events_.size();
  if (!targets.empty()) {
    for (const Actor& s : sources) {
      for (const Actor& t : targets) {
        Emit(pattern, code, predicate, s, t, derived);
        // A promise or plan is the promiser's alone ("X is determined to
        // mend ties with Y" is X's intent, not Y's).
        if (pattern.symmetric && !(derived && modality.intent)) {
          Emit(pattern, code, predicate, t, s, derived);
        }
      }
    }
    if (sources.empty()) {
      for (const Actor& t : targets)
        Emit(pattern, code, predicate, {}, t, derived);
    }
  } else if (sources.size() >= 2 &&
             (pattern.symmetric || code == "040" || code == "041" ||
              code == "046" ||
              // "X and Y agreed to cooperate", "X and Y will meet", "are to
              // hold talks"; not a noun of intent ("restate their
              // commitment to the concept").
              (code.rfind("03", 0) == 0 &&
               (kind == PredicateKind::kVerb ||
                pattern.code.rfind("04", 0) == 0)))) {
    // "X and Y met": every ordered pair.
    for (const Actor& s : sources) {
      for (const Actor& t : sources) {
        if (&s != &t) Emit(pattern, code, predicate, s, t, derived);
      }
    }
  } else if (pattern.frame.target == TargetSlot::kNone &&
             (!pattern.has_xcomp ||
              pattern.xcomp.target == TargetSlot::kNone)) {
    for (const Actor& s : sources)
      Emit(pattern, code, predicate, s, {}, derived);
  }
  // "is arrested by police for alleged war crimes", "the arrest of a
  // suspect accused of ...": an arrest for an alleged crime also accuses
  // (112x) the arrested, from the same side.
  if (events_.size() > before && code.rfind("17", 0) == 0 && !targets.empty()) {
    const std::string accusation = AccusationOfArrest(predicate);
    if (!accusation.empty()) {
      for (const Actor& t : targets) {
        if (sources.empty()) Emit(pattern, accusation, predicate, {}, t, true);
        for (const Actor& s : sources) {
          Emit(pattern, accusation, predicate, s, t, true);
        }
      }
    }
  }
  if (events_.size() > before) coded_[predicate] = true;
  // A verb that coded an event of its own keeps its event-noun object from
  // inheriting its subject.
  if (coded_[predicate] && built.object >= 0) coded_[built.object] = true;
}

// The token of a match's target slot, or -1.
int SentenceCoder::TargetTokenOf(const BuiltQuery& built,
                                 const PatternMatch& m) const {
  const BuiltQuery* q = m.target_in_xcomp ? built.xcomp.get() : &built;
  if (q == nullptr) return -1;
  switch (m.target) {
    case TargetSlot::kObject:
      return q->object;
    case TargetSlot::kPreposition:
      return m.prep_index >= 0 &&
                     m.prep_index < static_cast<int>(q->preps.size())
                 ? q->preps[m.prep_index]
                 : -1;
    case TargetSlot::kPossessor:
      return q->possessor;
    default:
      return -1;
  }
}

// True when some match's target slot holds an actor.
bool SentenceCoder::AnyTarget(const BuiltQuery& built,
                              const std::vector<PatternMatch>& matches) const {
  for (const PatternMatch& m : matches) {
    if (!ActorsOf(TargetTokenOf(built, m)).empty()) return true;
  }
  return false;
}

ByteSpan SentenceCoder::MentionSpan(const Actor& actor) const {
  if (actor.mention < 0) return {};
  return doc_.mentions[actor.mention].orig;
}

// Confidence in [0.05, 0.95], a plain sum (no model):
//   0.35 base
//   + 0.25 when the event has both a source and a target
//   + 0.05 per point of pattern specificity above 1 (at most 0.15)
//   + 0.10 when both actors are named (not a pronoun/role coreference or a
//     generic agent such as "police")
//   + 0.10 when every actor lies within 10 tokens of the predicate
//   - 0.10 when the code was turned by negation, intent or a condition.
double SentenceCoder::Confidence(const VerbPattern& pattern, int predicate,
                                 const Actor& source, const Actor& target,
                                 bool derived_code) const {
  double c = 0.35;
  if (source.mention >= 0 && target.mention >= 0) c += 0.25;
  c += 0.05 * std::clamp(pattern.specificity - 1, 0, 3);
  auto named = [&](const Actor& a) {
    if (a.mention < 0) return false;
    MentionKind k = doc_.mentions[a.mention].kind;
    return k != MentionKind::kCoref && k != MentionKind::kAgent;
  };
  if (named(source) && named(target)) c += 0.10;
  auto near = [&](const Actor& a) {
    if (a.mention < 0) return true;
    const Mention& m = doc_.mentions[a.mention];
    int begin = static_cast<int>(m.token_begin - base_);
    int end = static_cast<int>(m.token_end - base_);
    int distance = predicate < begin  ? begin - predicate
                   : predicate >= end ? predicate - end + 1
                                      : 0;
    return distance <= 10;
  };
  if (near(source) && near(target)) c += 0.10;
  if (derived_code) c -= 0.10;
  // The steps are hundredths; rounding drops the binary residue of the sum
  // (0.7999999999999999) so that output shows 0.8.
  return std::round(std::clamp(c, 0.05, 0.95) * 100) / 100;
}

// A news outlet or journalists: role MED after the country or IGO prefix.
bool IsMediaActor(const std::string& code) {
  return code.size() >= 6 && code.compare(3, 3, "MED") == 0;
}

// A domestic role with no country ("GOV" for "the trade minister" in an
// article that never names the country, "ELI" for "a former president"):
// no party an event can be between. (IGO, NGO, MNC, UAF and IMG codes
// name parties without a country, and the gold codes businesses "BUS".)
bool IsCountrylessRole(const std::string& code) {
  return code.size() >= 3 &&
         OneOf(std::string_view(code).substr(0, 3),
               {"GOV", "MIL", "COP", "OPP", "REB", "CVL", "MED", "EDU",
                "LAB", "JUD", "LEG", "ELI", "REF", "CRM", "HLH", "AGR",
                "REL", "HRI", "SPY", "PTY", "SEP", "INS"});
}

// A government, or a country named as such ("Japan", not "Iranians").
bool SentenceCoder::IsStateSide(const Actor& actor) const {
  const std::string& code = actor.code;
  if (code.size() == 6 && code.compare(3, 3, "GOV") == 0) return true;
  if (code.size() != 3 || code == "IGO") return false;
  const Mention& m = doc_.mentions[actor.mention];
  if (m.kind != MentionKind::kCountry && m.kind != MentionKind::kGovernment) {
    return false;
  }
  if (m.token_end == 0) return false;
  const Token& last = doc_.tokens[m.token_end - 1];
  // "Serbs" tagged as a singular name: a one-word people in -s is plural
  // all the same (not a country named in -s).
  const std::string_view word = doc_.TokenText(last);
  if (m.kind == MentionKind::kCountry && m.token_end == m.token_begin + 1 &&
      word.size() > 3 && word.back() == 's' &&
      !OneOf(std::string(word),
             {"Philippines", "Netherlands", "Bahamas", "Comoros", "Seychelles",
              "Maldives", "Barbados", "Honduras", "Cyprus", "Laos", "Mauritius",
              "Belarus", "States", "Emirates"})) {
    return false;
  }
  return static_cast<Xpos>(last.xpos) != Xpos::kNNPS &&
         static_cast<Xpos>(last.xpos) != Xpos::kNNS;
}

// Verbs a crowd protests by, which an official or a state uses to complain.
bool IsProtestVerb(const std::string& lemma) {
  return OneOf(lemma, {"protest", "demonstrate", "rally", "march"});
}

// True for actor codes of protesters and private people (role OPP, CVL,
// LAB, EDU, ...), who clash as protesters; armed sides fight.
bool IsCivilianSide(const std::string& code) {
  for (std::string_view role : {"OPP", "CVL", "LAB", "EDU", "REL", "HLH"}) {
    if (code.find(role) != std::string::npos) return true;
  }
  return false;
}

// Two actors of one code that are still two parties: a named person and
// another named person or organisation ("the discipline commission
// investigates Party Secretary Ma Xingrui", both CHNGOV), neither standing
// for the other.
bool SentenceCoder::DistinctPeopleOfOneCode(const Actor& a,
                                            const Actor& b) const {
  if (a.mention < 0 || b.mention < 0 || a.mention == b.mention) return false;
  const Mention& ma = doc_.mentions[a.mention];
  const Mention& mb = doc_.mentions[b.mention];
  if (SameSpan(ma, mb) || ma.entry == mb.entry) return false;
  auto named = [](const Mention& m) {
    return m.kind == MentionKind::kPerson ||
           m.kind == MentionKind::kOrganization;
  };
  if (ma.antecedent == b.mention || mb.antecedent == a.mention) return false;
  return named(ma) && mb.kind == MentionKind::kPerson;
}

void SentenceCoder::Emit(const VerbPattern& pattern,
                         const std::string& pattern_code, int predicate,
                         const Actor& named_source, const Actor& named_target,
                         bool derived_code) {
  // Across from a named party, a countryless role is left out ("the trade
  // minister said an embargo on Myanmar ..." with no country in the
  // article: GOV -> MMR is no dyad anyone can count); the event keeps its
  // other side. Between two countryless roles ("the court sentenced the
  // opposition leader") the event is kept as it is.
  const Actor none{-1, ""};
  auto party = [](const std::string& code) {
    return !code.empty() && !IsCountrylessRole(code);
  };
  const Actor& source =
      IsCountrylessRole(named_source.code) && party(named_target.code)
          ? none
          : named_source;
  const Actor& target =
      IsCountrylessRole(named_target.code) && party(named_source.code)
          ? none
          : named_target;
  if (!source.code.empty() && source.code == target.code &&
      !DistinctPeopleOfOneCode(source, target)) {
    return;
  }
  // "Mexico ... with the government": a country and its own government are
  // one side, however the sentence names them twice...
  auto own_government = [](const std::string& a, const std::string& b) {
    return a.size() == 3 && b.size() == 6 && b.compare(0, 3, a) == 0 &&
           b.compare(3, 3, "GOV") == 0;
  };
  // A government may still coerce a place of its own country ("imposed a
  // curfew on Silopi in southeastern Turkey").
  // "Thousands of Iranians protest against the government": a people
  // (a plural demonym) protests its own government.
  const bool people_protest =
      (pattern_code.rfind("14", 0) == 0 || IsProtestVerb(Lemma(predicate))) &&
      source.mention >= 0 && !IsStateSide(source);
  if ((own_government(source.code, target.code) && !people_protest) ||
      (own_government(target.code, source.code) &&
       pattern_code.rfind("17", 0) != 0)) {
    return;
  }
  // Telling reporters or a newspaper is how a statement is made public, not
  // a statement to the media ("told CNN", "told reporters").
  if (pattern_code.rfind("01", 0) == 0 && IsMediaActor(target.code)) return;
  // Nor is a call with reporters or a meeting with an editorial board a
  // consultation between political actors.
  if (pattern_code.rfind("04", 0) == 0 &&
      (IsMediaActor(target.code) || IsMediaActor(source.code))) {
    return;
  }
  // "a legal confrontation between the Senate and the White House",
  // "a fight with the Democrats": fighting words between unarmed bodies of
  // one country are politics, not armed conflict.
  if (pattern_code == "190" && !source.code.empty() && !target.code.empty() &&
      source.code.compare(0, 3, target.code, 0, 3) == 0 &&
      !IsArmedSide(source.code) && !IsArmedSide(target.code)) {
    return;
  }
  // "the president and dozens of ministers gathered at the war memorial":
  // officials who gather or march do not demonstrate.
  if (pattern_code.rfind("14", 0) == 0 &&
      OneOf(Lemma(predicate),
            {"gather", "assemble", "march", "converge", "parade", "mass"}) &&
      source.code.size() >= 6 &&
      OneOf(std::string_view(source.code).substr(3, 3),
            {"GOV", "MIL", "LEG", "JUD", "ELI", "COP", "SPY"})) {
    return;
  }
  // A visit within one's own country ("soldiers attend a ceremony in
  // Zagan, Poland", "warships continued their journey") is no visit between
  // two parties.
  if (pattern_code.rfind("042", 0) == 0 && target.code.size() == 3 &&
      source.code.compare(0, 3, target.code) == 0) {
    return;
  }
  // "orders the deployment of troops": deploying one's own forces is no
  // act toward them.
  if (pattern_code.rfind("15", 0) == 0 && target.code.size() >= 6 &&
      source.code.size() >= 3 &&
      source.code.compare(0, 3, target.code, 0, 3) == 0 &&
      IsArmedSide(target.code)) {
    return;
  }
  // An interview by reporters is no investigation.
  if (pattern_code.rfind("09", 0) == 0 && IsMediaActor(source.code)) return;
  // An order to one's own forces is a command, not a demand between two
  // parties (the act ordered is coded as the government's intent), and an
  // official's order of an act is the act.
  if (pattern_code.rfind("10", 0) == 0 && OrdersOwnForces(predicate)) {
    return;
  }
  // Protest-clash patterns (145) between two armed or official sides are
  // armed clashes (190), as the verb conventions ask the coder to decide.
  std::string code = pattern_code;
  if (code == "145" && !source.code.empty() && !target.code.empty() &&
      !IsCivilianSide(source.code) && !IsCivilianSide(target.code)) {
    code = "190";
  }
  // "Thousands protest against the president": people who protest
  // demonstrate (141); officials who protest complain (11x).
  if (code.rfind("11", 0) == 0 &&
      (IsCivilianSide(source.code) ||
       (source.code.size() == 3 && source.mention >= 0 &&
        !IsStateSide(source))) &&
      IsProtestVerb(Lemma(predicate))) {
    code = "141";
  }
  // "Japan protests China's deployment": a state that protests complains
  // officially (114); crowds demonstrate ("Thousands of Iranians protest",
  // a plural demonym, stays 141).
  if (code == "141" && Lemma(predicate) == "protest" &&
      Pos(predicate) == Upos::kVerb && source.mention >= 0 &&
      IsStateSide(source)) {
    code = "114";
  }
  const CameoCode* info = codes_.Find(code);
  Event e;
  if (doc_.article != nullptr) e.article_id = doc_.article->id;
  e.sentence = sentence_index_;
  const std::string_view original =
      doc_.article != nullptr ? std::string_view(doc_.article->text) : "";
  auto fill = [&](const Actor& a, EventActor& out) {
    // An actor the sentence implies but does not name ("detained following
    // a coup": the military) has a code and no span.
    out.code = a.code;
    if (a.mention < 0) return;
    out.orig = MentionSpan(a);
    const Mention& m = doc_.mentions[a.mention];
    if (out.orig.end <= original.size() && out.orig.end > out.orig.begin) {
      out.text = std::string(original.substr(out.orig.begin, out.orig.size()));
    } else {
      out.text =
          std::string(doc_.clean_text.substr(m.clean.begin, m.clean.size()));
    }
  };
  fill(source, e.source);
  fill(target, e.target);
  e.cameo = code;
  if (info != nullptr) {
    e.root = info->root;
    e.quad_class = info->quad_class;
    e.goldstein = info->goldstein;
    e.plover_type = info->plover_type;
    e.plover_mode = info->plover_mode;
  } else {
    e.root = code.substr(0, 2);
  }
  e.confidence = Confidence(pattern, predicate, source, target, derived_code);
  e.evidence.sentence = std::string(doc_.SentenceText(sentence_));
  const Token& verb = Tok(predicate);
  e.evidence.verb = std::string(doc_.TokenText(verb));
  e.evidence.verb_span = verb.orig;
  e.evidence.source_span = e.source.orig;
  e.evidence.target_span = e.target.orig;
  e.evidence.rule = pattern.Rule();
  events_.push_back(std::move(e));
}

// Engine::Code leaves the sentences MayCode rejects unparsed: every head
// -1 and no relation, where a parsed sentence has its root relation.
bool Parsed(const Document& doc, uint32_t s) {
  const Sentence& sentence = doc.sentences[s];
  for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    if (doc.tokens[i].deprel != 0) return true;
  }
  return false;
}

}  // namespace

void Coder::Code(const Document& doc, std::vector<Event>& events) const {
  // A sentence that names no coded actor gives no event (Engine::Code
  // leaves it unparsed).
  thread_local std::vector<bool> named;
  named.assign(doc.sentences.size(), false);
  for (const Mention& m : doc.mentions) {
    if (m.sentence < named.size() &&
        (!m.code.empty() || m.kind == MentionKind::kCoref)) {
      named[m.sentence] = true;
    }
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (named[s] && Parsed(doc, s)) {
      SentenceCoder(doc, s, verbs_, codes_, events).Run();
    }
  }
}

bool Coder::MayCode(const Document& doc, uint32_t s) const {
  if (s >= doc.sentences.size()) return false;
  const Sentence& sentence = doc.sentences[s];
  // The lemmas SentenceCoder looks patterns up by (RepairVerbLemma's).
  thread_local std::vector<std::string> lemmas;
  thread_local std::vector<std::string_view> sorted;
  thread_local std::vector<std::string> bases;
  const uint32_t n = sentence.token_end - sentence.token_begin;
  lemmas.resize(n);
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = doc.tokens[sentence.token_begin + k];
    // Lower() in place: the buffers are reused from sentence to sentence.
    lemmas[k].assign(t.lemma.empty() ? doc.TokenText(t) : t.lemma);
    for (char& c : lemmas[k]) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const Xpos xpos = static_cast<Xpos>(t.xpos);
    if ((xpos != Xpos::kVBD && xpos != Xpos::kVBN && xpos != Xpos::kVBG &&
         xpos != Xpos::kVBZ) ||
        verbs_.KnowsVerb(lemmas[k])) {
      continue;
    }
    Lemmatizer::RegularVerbBases(Lower(doc.TokenText(t)), xpos, bases);
    for (const std::string& base : bases) {
      if (verbs_.KnowsVerb(base)) {
        lemmas[k] = base;
        break;
      }
    }
  }
  sorted.assign(lemmas.begin(), lemmas.end());
  std::sort(sorted.begin(), sorted.end());
  // Predicates are verbs, adjectives and nouns (SentenceCoder::Run); a
  // noun may be a headline verb.
  for (uint32_t k = 0; k < n; ++k) {
    const Upos pos =
        static_cast<Upos>(doc.tokens[sentence.token_begin + k].upos);
    const bool noun = pos == Upos::kNoun;
    if ((noun || pos == Upos::kVerb || pos == Upos::kAdj) &&
        verbs_.MayFit(lemmas[k], /*verb=*/true, noun, sorted)) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad::internal
