// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Assembling, saving and loading the syntax model (see syntax_model.h), and
// the per-sentence analysis: word hashes once, tagging, lemmas, parsing, then
// features derived from tags and tree.
#include "syntax/syntax_model.h"

#include <cctype>
#include <cstdlib>

#include "syntax/morph_features.h"
#include "tag/bytes.h"
#include "tag/irregular_verbs.h"
#include "tag/model_file.h"

namespace dyad::internal {
namespace {

// Self-test sentences: replayed on load; their analyses are stored in the
// model when it is written.
constexpr std::string_view kSelfTestSentences[] = {
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John "
    "Kerry in Moscow on Tuesday .",
    "The embassy was attacked by protesters who demanded that the ambassador "
    "leave .",
    "Iran did not attend the talks , officials said .",
};

std::vector<std::string_view> SplitSpaces(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string ResolveDataDir(const std::string& data_dir) {
  if (!data_dir.empty()) return data_dir;
  if (const char* env = std::getenv("DYAD_DATA"); env != nullptr && *env) {
    return env;
  }
#ifdef DYAD_DEFAULT_DATA_DIR
  return DYAD_DEFAULT_DATA_DIR;
#else
  return "data";
#endif
}

std::string SyntaxModelPath(const std::string& data_dir) {
  return ResolveDataDir(data_dir) + "/" +
         std::string(SyntaxModel::kDefaultFile);
}

SyntaxModel::SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, Parser parser,
                         std::string data_version,
                         std::map<std::string, std::string> metadata)
    : tagger_(std::move(tagger)),
      lemmatizer_(std::move(lemmatizer)),
      parser_(std::move(parser)),
      data_version_(std::move(data_version)),
      metadata_(std::move(metadata)) {}

namespace {

bool IsCapitalisedWord(std::string_view w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  for (char c : w.substr(1)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool IsLowercaseWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool IsClosedClass(Upos upos) {
  return upos == Upos::kDet || upos == Upos::kAux || upos == Upos::kPron ||
         upos == Upos::kAdp || upos == Upos::kCconj || upos == Upos::kSconj ||
         upos == Upos::kPart;
}

}  // namespace

// "kill more than 300 gang members": UD makes "more" (with "than" fixed)
// a modifier of the number, and the counted noun the object. The parser,
// trained on web text where such counts are rare, often makes "more" the
// object and hangs the noun on it as an oblique, which hides the object
// from whoever reads the parse. The noun (or the bare number) takes the
// place "more" had, and "more" modifies the number.
void RepairComparativeCounts(const std::vector<std::string_view>& forms,
                             const std::vector<TagClass>& tags,
                             std::vector<int>& heads,
                             std::vector<Deprel>& labels) {
  const int n = static_cast<int>(forms.size());
  for (int i = 0; i + 2 < n; ++i) {
    const std::string_view w = forms[i];
    if (w != "more" && w != "fewer" && w != "less" && w != "More" &&
        w != "Fewer" && w != "Less") {
      continue;
    }
    if (forms[i + 1] != "than" || heads[i + 1] != i) continue;
    const int num = i + 2;
    if (tags[num].upos != Upos::kNum) continue;
    int counted = num;  // "killed more than 300"
    if (heads[num] != i) {
      const int noun = heads[num];
      if (noun <= num || heads[noun] != i ||
          (tags[noun].upos != Upos::kNoun && tags[noun].upos != Upos::kPropn &&
           tags[noun].upos != Upos::kPron)) {
        continue;
      }
      counted = noun;
    }
    if (heads[i] == counted) continue;
    heads[counted] = heads[i];
    labels[counted] = labels[i];
    heads[i] = num;
    labels[i] = Deprel::kAdvmod;
  }
}

// "demanded that the U.S. seek permission ...": the parser, which saw few
// subjunctive clauses in web text, often takes "that" for a pronoun object
// or the marker of a later clause, and hangs the clause's subject and verb
// on it or on each other. When a "that" right after a verb (or a verb and a
// day) is followed by a noun phrase (determiners, adjectives, numbers,
// possessives, nouns and names) and then a base-form verb it does not
// already mark, that verb is the first verb's clausal complement, "that"
// its marker and the phrase's last noun or name its subject.
void RepairMandativeClauses(const std::vector<std::string_view>& forms,
                            const std::vector<TagClass>& tags,
                            std::vector<int>& heads,
                            std::vector<Deprel>& labels) {
  const int n = static_cast<int>(forms.size());
  for (int i = 1; i + 2 < n; ++i) {
    if (forms[i] != "that" ||
        (tags[i].upos != Upos::kSconj && tags[i].upos != Upos::kPron)) {
      continue;
    }
    // The verb "that" follows ("demanded that", "demanded Friday that").
    int verb = -1;
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
      if (tags[k].upos == Upos::kVerb) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    int subject = -1, clause = -1;
    for (int j = i + 1; j < n && j <= i + 8; ++j) {
      const Upos u = tags[j].upos;
      if (tags[j].xpos == Xpos::kVB && subject >= 0) {
        clause = j;
        break;
      }
      if (u == Upos::kNoun || u == Upos::kPropn) {
        subject = j;
      } else if (u != Upos::kDet && u != Upos::kAdj && u != Upos::kNum &&
                 tags[j].xpos != Xpos::kPRPS && tags[j].xpos != Xpos::kPOS) {
        break;
      }
    }
    if (clause < 0 || subject != clause - 1 ||
        (labels[i] == Deprel::kMark && heads[i] == clause)) {
      continue;
    }
    // The clause may govern the verb ("after demanding that McConnell
    // finish ..." was parsed with "finish" as the root): the verb then
    // takes the clause's place. Deeper below it, the repair would loop.
    if (heads[verb] == clause) {
      heads[verb] = heads[clause];
      labels[verb] = labels[clause];
    } else {
      bool below = false;
      for (int a = heads[verb], steps = 0; a >= 0 && steps < n;
           a = heads[a], ++steps) {
        below = below || a == clause;
      }
      if (below) continue;
    }
    heads[clause] = verb;
    labels[clause] = Deprel::kCcomp;
    heads[i] = clause;
    labels[i] = Deprel::kMark;
    heads[subject] = clause;
    labels[subject] = Deprel::kNsubj;
    for (int k = i + 1; k < subject; ++k) {
      if (heads[k] > i && heads[k] <= subject) continue;  // inside the phrase
      heads[k] = subject;
      switch (tags[k].upos) {
        case Upos::kDet:
          labels[k] =
              tags[k].xpos == Xpos::kPRPS ? Deprel::kNmodPoss : Deprel::kDet;
          break;
        case Upos::kAdj:
          labels[k] = Deprel::kAmod;
          break;
        case Upos::kNum:
          labels[k] = Deprel::kNummod;
          break;
        default:
          labels[k] = Deprel::kCompound;
      }
    }
    // What hung on "that" or on the phrase from after the verb is the
    // verb's ("... seek permission").
    for (int k = clause + 1; k < n; ++k) {
      if (heads[k] >= i && heads[k] <= subject) heads[k] = clause;
    }
  }
}

// "A member of the Kenyan senate, Peter Otieno, started a hunger strike":
// the parser often ends the subject at the name in apposition and
// hangs the sentence's finite verb on the name as a clause (acl), leaving
// the noun phrase as the root. When the root is a noun, its apposition a
// name set off by commas, and that name's acl a finite verb right after the
// second comma with no subject of its own, the verb is the root and the
// noun its subject.
void RepairAppositionSubjects(const std::vector<TagClass>& tags,
                              const std::vector<std::string_view>& forms,
                              std::vector<int>& heads,
                              std::vector<Deprel>& labels) {
  const int n = static_cast<int>(forms.size());
  for (int verb = 3; verb < n; ++verb) {
    const Xpos x = tags[verb].xpos;
    if (tags[verb].upos != Upos::kVerb || labels[verb] != Deprel::kAcl ||
        // A past participle too: with a noun as the root, the sentence
        // has no other verb ("..., Peter Otieno, protested against").
        (x != Xpos::kVBD && x != Xpos::kVBZ && x != Xpos::kVBP &&
         x != Xpos::kVBN) ||
        forms[verb - 1] != ",") {
      continue;
    }
    const int name = heads[verb];
    if (name < 0 || name >= verb || labels[name] != Deprel::kAppos ||
        tags[name].upos != Upos::kPropn) {
      continue;
    }
    // The parse may hang the name on the comma before it.
    const bool on_comma = heads[name] == name - 1 && heads[name - 1] >= 0 &&
                          heads[name - 1] < name - 1;
    const int noun = on_comma ? heads[name - 1] : heads[name];
    if (noun < 0 || noun >= name || heads[noun] != -1 ||
        (tags[noun].upos != Upos::kNoun && tags[noun].upos != Upos::kPropn) ||
        forms[name - 1] != ",") {
      continue;
    }
    bool has_subject = false;
    for (int k = 0; k < n; ++k) {
      has_subject = has_subject ||
                    (heads[k] == verb && (labels[k] == Deprel::kNsubj ||
                                          labels[k] == Deprel::kNsubjPass));
    }
    if (has_subject) continue;
    if (on_comma) {
      heads[name] = noun;
      heads[name - 1] = name;
    }
    heads[verb] = -1;
    labels[verb] = Deprel::kRoot;
    heads[noun] = verb;
    labels[noun] = Deprel::kNsubj;
    // What hung on the noun after the verb (the final full stop) is the
    // verb's.
    for (int k = verb + 1; k < n; ++k) {
      if (heads[k] == noun) heads[k] = verb;
    }
    // The comma closing the apposition belongs to the name.
    if (heads[verb - 1] == verb) heads[verb - 1] = name;
  }
  // The other way round: the name made the subject and the noun phrase
  // before it a bare oblique or dependent ("member obl:unmarked started").
  for (int name = 2; name + 2 < n; ++name) {
    if (labels[name] != Deprel::kNsubj || tags[name].upos != Upos::kPropn ||
        forms[name - 1] != ",") {
      continue;
    }
    const int verb = heads[name];
    if (verb <= name || forms[verb - 1] != "," ||
        tags[verb].upos != Upos::kVerb) {
      continue;
    }
    // The name's phrase runs up to the comma before the verb.
    bool spans = true;
    for (int k = name + 1; k < verb - 1 && spans; ++k) {
      int a = k;
      for (int steps = 0; a >= 0 && a != name && steps < n; ++steps) {
        a = heads[a];
      }
      spans = a == name;
    }
    if (!spans) continue;
    // The noun phrase opens the sentence and ends at the comma before the
    // name.
    int noun = -1;
    for (int k = 0; k < name - 1; ++k) {
      if (heads[k] == verb) {
        if (noun >= 0) noun = n;  // two of them: leave it
        if (noun < 0) noun = k;
      }
    }
    if (noun < 0 || noun >= n ||
        (labels[noun] != Deprel::kOblUnmarked && labels[noun] != Deprel::kDep &&
         labels[noun] != Deprel::kObl) ||
        (tags[noun].upos != Upos::kNoun && tags[noun].upos != Upos::kPropn)) {
      continue;
    }
    bool opens = true;
    for (int k = 0; k < name - 1 && opens; ++k) {
      int a = k;
      for (int steps = 0; a >= 0 && a != noun && steps < n; ++steps) {
        a = heads[a];
      }
      opens = a == noun;
    }
    if (!opens) continue;
    heads[noun] = verb;
    labels[noun] = Deprel::kNsubj;
    heads[name] = noun;
    labels[name] = Deprel::kAppos;
    heads[name - 1] = name;
    labels[name - 1] = Deprel::kPunct;
    heads[verb - 1] = name;
    labels[verb - 1] = Deprel::kPunct;
  }
}

// "Thousands of ethnic Hungarians protested in Slovakia", "Up to 200
// students marched in Belgrade": the tagger reads the past tense after a
// counted noun as a participle, as in the headline "Five people killed in
// blast", and the parser makes it a reduced relative (acl) of the noun,
// which stays the root. Verbs of gathering and protest have no passive
// ("students [were] protested"), so such an acl, with no agent and no
// other verb as root, is the finite main verb and the noun phrase its
// subject.
void RepairIntransitiveParticiples(const std::vector<TagClass>& tags,
                                   const std::vector<std::string_view>& lemmas,
                                   std::vector<Xpos>& xpos,
                                   std::vector<int>& heads,
                                   std::vector<Deprel>& labels) {
  const int n = static_cast<int>(lemmas.size());
  int root = -1;
  for (int k = 0; k < n; ++k) {
    if (heads[k] == -1) root = root < 0 ? k : n;  // two roots: leave it
  }
  if (root < 0 || root >= n) return;
  const Upos r = tags[root].upos;
  if (r != Upos::kNoun && r != Upos::kPropn && r != Upos::kNum &&
      r != Upos::kAdp) {
    return;
  }
  for (int verb = 1; verb < n; ++verb) {
    if (tags[verb].upos != Upos::kVerb || xpos[verb] != Xpos::kVBN ||
        labels[verb] != Deprel::kAcl) {
      continue;
    }
    const std::string_view l = lemmas[verb];
    if (l != "protest" && l != "demonstrate" && l != "rally" && l != "march" &&
        l != "riot" && l != "gather" && l != "clash" && l != "converge" &&
        l != "assemble" && l != "mutiny") {
      continue;
    }
    const int noun = heads[verb];
    if (noun < 0 || noun > verb) continue;
    // The noun is the root or hangs on it ("Thousands of [Hungarians]",
    // "Up to 100 [Albanians]").
    if (noun != root && heads[noun] != root) continue;
    bool agent = false;
    for (int k = verb + 1; k < n; ++k) {
      agent = agent || (heads[k] == verb && labels[k] == Deprel::kOblAgent);
    }
    if (agent) continue;
    int subject = noun;
    if (noun != root && r == Upos::kNoun) subject = root;  // "Thousands of"
    if (subject != root) {
      heads[root] = noun;
      labels[root] = r == Upos::kNum ? Deprel::kNummod : Deprel::kAdvmod;
    }
    heads[verb] = -1;
    labels[verb] = Deprel::kRoot;
    xpos[verb] = Xpos::kVBD;
    heads[subject] = verb;
    labels[subject] = Deprel::kNsubj;
    // What hung on the old root after the verb (the full stop) is the
    // verb's.
    for (int k = verb + 1; k < n; ++k) {
      if (heads[k] == root || heads[k] == subject) heads[k] = verb;
    }
    return;
  }
}

// "Japan was outraged that China seized the boat": a participle of feeling
// in the passive with no agent is the adjective UD annotates ("I am
// disappointed with the results": ADJ, the "be" its copula), a state of its
// subject. Returns the words made adjectives.
std::vector<int> RepairFeelingParticiples(
    const std::vector<std::string_view>& forms,
    const std::vector<std::string_view>& lemmas, std::vector<TagClass>& tags,
    std::vector<Xpos>& xpos, std::vector<int>& heads,
    std::vector<Deprel>& labels) {
  std::vector<int> changed;
  const int n = static_cast<int>(forms.size());
  for (int i = 1; i < n; ++i) {
    const std::string_view l = lemmas[i];
    if (tags[i].upos != Upos::kVerb || xpos[i] != Xpos::kVBN ||
        (l != "outrage" && l != "dismay" && l != "disgust" && l != "appal" &&
         l != "appall" && l != "anger" && l != "incense" && l != "disappoint" &&
         l != "frustrate")) {
      continue;
    }
    int subject = -1;
    bool agent = false;
    for (int k = 0; k < n; ++k) {
      if (heads[k] != i) continue;
      if (labels[k] == Deprel::kNsubjPass) subject = k;
      agent = agent || labels[k] == Deprel::kOblAgent;
    }
    if (subject < 0 || agent) continue;
    tags[i].upos = Upos::kAdj;
    xpos[i] = Xpos::kJJ;
    labels[subject] = Deprel::kNsubj;
    for (int k = 0; k < n; ++k) {
      if (heads[k] == i && labels[k] == Deprel::kAuxPass) {
        labels[k] = Deprel::kCop;
      }
    }
    changed.push_back(i);
  }
  return changed;
}

// "Kim Jong-un", "Lai Ching-te", "Moon Jae-in": the tokenizer splits at the
// hyphen as UD does, and the tagger reads the second syllable as the word
// it resembles ("un" an adjective, "te" the misspelt article "the"). After
// a two-part name, a short lowercase word joined by a hyphen that is a
// function word or unknown with its tag is the end of the name.
// "Saudi-led", "New York-based" are known words and keep their tags.
void SyntaxModel::TagHyphenatedGivenNames(
    const std::vector<std::string_view>& forms,
    std::vector<TagClass>& tags) const {
  for (size_t i = 3; i < forms.size(); ++i) {
    if (forms[i - 1] != "-" || tags[i - 2].upos != Upos::kPropn ||
        tags[i - 3].upos != Upos::kPropn || !IsCapitalisedWord(forms[i - 2]) ||
        !IsCapitalisedWord(forms[i - 3]) || forms[i - 2].size() > 5 ||
        forms[i].size() > 6 || !IsLowercaseWord(forms[i])) {
      continue;
    }
    if (IsClosedClass(tags[i].upos) ||
        !lemmatizer_.KnowsForm(forms[i], tags[i].xpos)) {
      tags[i] = TagClass{Upos::kPropn, Xpos::kNNP};
    }
  }
}

// "Officials withdrew the plan", "Iraqi forces fled": irregular past forms
// the treebank lacks were read as prepositions, adjectives or present
// tenses. A form in the irregular-verb table (tag/irregular_verbs.h) that
// the tagger put in a closed class, a number, an adverb, a present or base
// verb form, or (when it is not also a common noun or adjective) an
// adjective or noun, is a past tense, or a participle after "be", "have"
// or "get" (or when it is only a participle).
void SyntaxModel::TagIrregularVerbs(const std::vector<std::string_view>& forms,
                                    std::vector<TagClass>& tags) const {
  std::string lower;
  for (size_t i = 0; i < forms.size(); ++i) {
    const std::string_view form = forms[i];
    if (form.empty() || form.size() > 16) continue;
    if (form[0] >= 'A' && form[0] <= 'Z' && i > 0) continue;  // a name
    lower.assign(form);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    const IrregularVerbForm* verb = FindIrregularVerb(lower);
    if (verb == nullptr) continue;
    const Upos upos = tags[i].upos;
    const Xpos xpos = tags[i].xpos;
    const bool wrong_verb_form =
        upos == Upos::kVerb && (xpos == Xpos::kVB || xpos == Xpos::kVBP ||
                                xpos == Xpos::kVBZ || xpos == Xpos::kVBG);
    const bool wrong_class =
        IsClosedClass(upos) || upos == Upos::kNum || upos == Upos::kAdv ||
        upos == Upos::kIntj ||
        (!verb->also_nominal && (upos == Upos::kAdj || upos == Upos::kNoun));
    // "gunmen shot the driver", "thieves stole the paintings": a form that
    // is also a noun, between a subject and its object's determiner.
    const bool verb_between =
        verb->also_nominal && (upos == Upos::kAdj || upos == Upos::kNoun) &&
        i > 0 && i + 1 < forms.size() &&
        (tags[i - 1].upos == Upos::kNoun || tags[i - 1].upos == Upos::kPropn ||
         tags[i - 1].upos == Upos::kPron) &&
        (tags[i + 1].upos == Upos::kDet || tags[i + 1].upos == Upos::kNum ||
         tags[i + 1].xpos == Xpos::kPRPS);
    if (!wrong_verb_form && !wrong_class && !verb_between) continue;
    bool after_auxiliary = false;
    for (size_t k = i; k > 0 && k + 3 > i; --k) {
      const std::string_view before = forms[k - 1];
      if (before == "was" || before == "were" || before == "is" ||
          before == "are" || before == "be" || before == "been" ||
          before == "being" || before == "has" || before == "have" ||
          before == "had" || before == "got" || before == "get") {
        after_auxiliary = true;
        break;
      }
      if (tags[k - 1].upos != Upos::kAdv) break;  // "has already fled"
    }
    const bool participle =
        verb->participle && (!verb->past || after_auxiliary);
    tags[i] = TagClass{Upos::kVerb, participle ? Xpos::kVBN : Xpos::kVBD};
  }
}

// "The Houthis claim responsibility for ...", "The Kurds seize ...": in a
// sentence without a finite verb, a base verb read as a noun right after
// "the" and a plural name, before its object, is the present tense of
// that name (the tagger's plural-present rule sees only plural common
// nouns). So is one before the pronoun subject of a reported clause
// ("the Netherlands announce they will ...").
void SyntaxModel::TagGroupPresent(const std::vector<std::string_view>& forms,
                                  std::vector<TagClass>& tags) const {
  const size_t n = forms.size();
  bool finite = false;
  for (const TagClass& t : tags) {
    finite = finite || t.xpos == Xpos::kVBZ || t.xpos == Xpos::kVBP ||
             t.xpos == Xpos::kVBD || t.xpos == Xpos::kMD;
  }
  for (size_t i = 2; i + 1 < n; ++i) {
    // "Iceland and the Netherlands announce they will ...": before the
    // subject of a reported clause, the finite verb found is that clause's.
    const std::string_view after = forms[i + 1];
    const bool clause_subject =
        i + 2 < n &&
        (after == "they" || after == "it" || after == "he" || after == "she" ||
         after == "we") &&
        (tags[i + 2].upos == Upos::kAux || tags[i + 2].upos == Upos::kVerb);
    if (finite && !clause_subject) continue;
    const std::string_view name = forms[i - 1];
    if (tags[i].xpos != Xpos::kNN ||
        (tags[i - 1].xpos != Xpos::kNNP && tags[i - 1].xpos != Xpos::kNNPS) ||
        (forms[i - 2] != "The" && forms[i - 2] != "the") || name.size() < 3 ||
        name[0] < 'A' || name[0] > 'Z' || name.back() != 's' ||
        !IsLowercaseWord(forms[i])) {
      continue;
    }
    const Upos next = tags[i + 1].upos;
    if (next != Upos::kNoun && next != Upos::kDet && next != Upos::kNum &&
        next != Upos::kPropn && next != Upos::kPron) {
      continue;
    }
    if (!lemmatizer_.KnowsForm(forms[i], Xpos::kVB) &&
        !lemmatizer_.KnowsForm(forms[i], Xpos::kVBP)) {
      continue;
    }
    tags[i] = TagClass{Upos::kVerb, Xpos::kVBP};
    return;
  }
}

// "The United States military launches airstrikes": a word the treebank
// knew only as a noun or adjective, read as a base or present verb before a
// plural noun the treebank knew as a VBZ, is the noun phrase's last word,
// and that plural the verb.
void SyntaxModel::TagNominalVerbs(const std::vector<std::string_view>& forms,
                                  std::vector<TagClass>& tags) const {
  for (size_t i = 1; i + 2 < forms.size(); ++i) {
    if (tags[i].upos != Upos::kVerb ||
        (tags[i].xpos != Xpos::kVB && tags[i].xpos != Xpos::kVBP) ||
        tags[i + 1].xpos != Xpos::kNNS ||
        (tags[i - 1].upos != Upos::kPropn && tags[i - 1].upos != Upos::kNoun &&
         tags[i - 1].upos != Upos::kAdj)) {
      continue;
    }
    const std::string_view form = forms[i];
    if (lemmatizer_.KnowsForm(form, Xpos::kVB) ||
        lemmatizer_.KnowsForm(form, Xpos::kVBP) ||
        !lemmatizer_.KnowsForm(forms[i + 1], Xpos::kVBZ)) {
      continue;
    }
    if (lemmatizer_.KnowsForm(form, Xpos::kJJ)) {
      tags[i] = TagClass{Upos::kAdj, Xpos::kJJ};
    } else if (lemmatizer_.KnowsForm(form, Xpos::kNN)) {
      tags[i] = TagClass{Upos::kNoun, Xpos::kNN};
    } else {
      continue;
    }
    tags[i + 1] = TagClass{Upos::kVerb, Xpos::kVBZ};
  }
}

void SyntaxModel::Analyze(const std::vector<std::string_view>& forms,
                          std::vector<WordAnalysis>& out) const {
  TagOnly(forms, out);
  ParseTagged(forms, out);
}

void SyntaxModel::TagOnly(const std::vector<std::string_view>& forms,
                          std::vector<WordAnalysis>& out) const {
  const size_t n = forms.size();
  thread_local std::vector<WordHashes> hashes;
  thread_local std::vector<TagClass> tags;
  hashes.resize(n);
  tags.resize(n);
  out.resize(n);
  for (size_t i = 0; i < n; ++i) ComputeWordHashes(forms[i], i == 0, hashes[i]);
  tagger_.Tag(hashes.data(), n, tags.data());
  TagHyphenatedGivenNames(forms, tags);
  TagIrregularVerbs(forms, tags);
  TagNominalVerbs(forms, tags);
  TagGroupPresent(forms, tags);
  for (size_t i = 0; i < n; ++i) {
    WordAnalysis& w = out[i];
    w.upos = tags[i].upos;
    w.xpos = tags[i].xpos;
    lemmatizer_.Lemmatize(forms[i], w.xpos, w.lemma);
    w.head = -1;
    w.deprel = Deprel::kDep;
    w.feats = 0;
  }
}

void SyntaxModel::ParseTagged(const std::vector<std::string_view>& forms,
                              std::vector<WordAnalysis>& words) const {
  const size_t n = forms.size();
  thread_local std::vector<WordHashes> hashes;
  thread_local std::vector<TagClass> tags;
  thread_local std::vector<Xpos> xpos;
  thread_local std::vector<int> heads;
  thread_local std::vector<Deprel> labels;
  thread_local std::vector<std::string_view> lemmas;
  thread_local std::vector<uint32_t> feats;
  hashes.resize(n);
  tags.resize(n);
  xpos.resize(n);
  heads.resize(n);
  labels.resize(n);
  lemmas.resize(n);
  for (size_t i = 0; i < n; ++i) {
    ComputeWordHashes(forms[i], i == 0, hashes[i]);
    tags[i] = TagClass{words[i].upos, words[i].xpos};
    xpos[i] = words[i].xpos;
    lemmas[i] = words[i].lemma;
  }
  parser_.Parse(hashes.data(), tags.data(), n, heads.data(), labels.data());
  RepairComparativeCounts(forms, tags, heads, labels);
  RepairMandativeClauses(forms, tags, heads, labels);
  RepairAppositionSubjects(tags, forms, heads, labels);
  RepairIntransitiveParticiples(tags, lemmas, xpos, heads, labels);
  const std::vector<int> feelings =
      RepairFeelingParticiples(forms, lemmas, tags, xpos, heads, labels);
  DeriveFeatures(xpos, lemmas, heads, labels, feats);
  for (size_t i = 0; i < n; ++i) {
    words[i].xpos = xpos[i];
    words[i].head = heads[i];
    words[i].deprel = labels[i];
    words[i].feats = feats[i];
  }
  for (int i : feelings) {
    words[i].upos = Upos::kAdj;
    words[i].lemma.clear();
    for (char c : forms[i]) {
      words[i].lemma +=
          static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
}

void SyntaxModel::AnnotateConllu(ConlluSentence& sentence) const {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : sentence.words) forms.push_back(w.form);
  std::vector<WordAnalysis> analysis;
  Analyze(forms, analysis);
  for (size_t i = 0; i < analysis.size(); ++i) {
    ConlluWord& w = sentence.words[i];
    const WordAnalysis& a = analysis[i];
    w.lemma = a.lemma;
    w.upos = UposName(a.upos);
    w.xpos = XposName(a.xpos);
    w.feats = FeaturesToConllu(a.feats);
    w.head = a.head + 1;  // CoNLL-U: 0 is the root
    w.deprel = DeprelName(a.deprel);
    w.deps = "_";
  }
}

std::string SyntaxModel::Serialize() const {
  ModelFileWriter file;
  {
    ByteWriter meta;
    meta.Put<uint32_t>(static_cast<uint32_t>(metadata_.size()));
    for (const auto& [key, value] : metadata_) {
      meta.PutString(key);
      meta.PutString(value);
    }
    file.AddSection("META", std::move(meta.bytes()));
  }
  {
    ByteWriter tagger;
    tagger_.Serialize(tagger);
    file.AddSection("TAGGER", std::move(tagger.bytes()));
  }
  {
    ByteWriter lemmas;
    lemmatizer_.Serialize(lemmas);
    file.AddSection("LEMMAS", std::move(lemmas.bytes()));
  }
  {
    ByteWriter parser;
    parser_.Serialize(parser);
    file.AddSection("PARSER", std::move(parser.bytes()));
  }
  {
    // Expected analyses: per word xpos, head, deprel, lemma.
    ByteWriter test;
    test.Put<uint32_t>(static_cast<uint32_t>(std::size(kSelfTestSentences)));
    std::vector<WordAnalysis> analysis;
    for (std::string_view sentence : kSelfTestSentences) {
      test.PutString(sentence);
      Analyze(SplitSpaces(sentence), analysis);
      test.Put<uint32_t>(static_cast<uint32_t>(analysis.size()));
      for (const WordAnalysis& a : analysis) {
        test.Put<uint8_t>(static_cast<uint8_t>(a.xpos));
        test.Put<int32_t>(a.head);
        test.PutString(DeprelName(a.deprel));
        test.PutString(a.lemma);
      }
    }
    file.AddSection("SELFTEST", std::move(test.bytes()));
  }
  return file.Serialize(kFormatVersion, data_version_);
}

StatusOr<std::unique_ptr<SyntaxModel>> SyntaxModel::Load(
    const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(ModelFile file, ModelFile::Load(path, kFormatVersion));
  return FromFile(file);
}

StatusOr<std::unique_ptr<SyntaxModel>> SyntaxModel::FromBytes(
    std::string bytes, std::string_view origin) {
  DYAD_ASSIGN_OR_RETURN(
      ModelFile file,
      ModelFile::Parse(std::move(bytes), kFormatVersion, origin));
  return FromFile(file);
}

StatusOr<std::unique_ptr<SyntaxModel>> SyntaxModel::FromFile(
    const ModelFile& file) {
  std::unique_ptr<SyntaxModel> model(new SyntaxModel());
  model->data_version_ = file.data_version();
  const std::string where = file.origin() + ": ";
  auto section = [&](std::string_view name, auto&& read) -> Status {
    StatusOr<std::string_view> bytes = file.Section(name);
    if (!bytes.ok()) return bytes.status();
    ByteReader reader(*bytes, name);
    Status s = read(reader);
    if (!s.ok()) return DataLossError(where + s.message());
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(section("META", [&](ByteReader& r) -> Status {
    uint32_t n = 0;
    DYAD_RETURN_IF_ERROR(r.Get(n));
    for (uint32_t i = 0; i < n; ++i) {
      std::string key, value;
      DYAD_RETURN_IF_ERROR(r.GetString(key));
      DYAD_RETURN_IF_ERROR(r.GetString(value));
      model->metadata_[key] = value;
    }
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(section(
      "TAGGER", [&](ByteReader& r) { return model->tagger_.Deserialize(r); }));
  DYAD_RETURN_IF_ERROR(section("LEMMAS", [&](ByteReader& r) {
    return model->lemmatizer_.Deserialize(r);
  }));
  DYAD_RETURN_IF_ERROR(section(
      "PARSER", [&](ByteReader& r) { return model->parser_.Deserialize(r); }));
  StatusOr<std::string_view> selftest = file.Section("SELFTEST");
  if (!selftest.ok()) return selftest.status();
  Status s = model->SelfTest(*selftest);
  if (!s.ok()) return DataLossError(where + s.message());
  return model;
}

Status SyntaxModel::SelfTest(std::string_view bytes) const {
  ByteReader r(bytes, "SELFTEST");
  uint32_t count = 0;
  DYAD_RETURN_IF_ERROR(r.Get(count));
  std::vector<WordAnalysis> analysis;
  for (uint32_t s = 0; s < count; ++s) {
    std::string sentence;
    DYAD_RETURN_IF_ERROR(r.GetString(sentence));
    uint32_t n = 0;
    DYAD_RETURN_IF_ERROR(r.Get(n));
    Analyze(SplitSpaces(sentence), analysis);
    if (analysis.size() != n) {
      return DataLossError("self-test sentence " + std::to_string(s) +
                           ": word count differs");
    }
    for (uint32_t i = 0; i < n; ++i) {
      uint8_t xpos = 0;
      int32_t head = 0;
      std::string deprel, lemma;
      DYAD_RETURN_IF_ERROR(r.Get(xpos));
      DYAD_RETURN_IF_ERROR(r.Get(head));
      DYAD_RETURN_IF_ERROR(r.GetString(deprel));
      DYAD_RETURN_IF_ERROR(r.GetString(lemma));
      const WordAnalysis& a = analysis[i];
      if (static_cast<uint8_t>(a.xpos) != xpos || a.head != head ||
          DeprelName(a.deprel) != deprel || a.lemma != lemma) {
        return DataLossError(
            "self-test failed: the model and this build of dyad disagree on "
            "word " +
            std::to_string(i + 1) + " of \"" + sentence +
            "\"; the model was made for another version of the code");
      }
    }
  }
  return Status::Ok();
}

}  // namespace dyad::internal
