// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "tag/irregular_verbs.h"

#include <string>
#include <unordered_map>

namespace dyad::internal {
namespace {

// base, simple past, past participle ("-" when the form equals the base or
// is too ambiguous to list), and the forms that are also common nouns or
// adjectives.
struct Row {
  std::string_view base, past, participle, nominal;
};

constexpr Row kRows[] = {
    {"arise", "arose", "arisen", ""},
    {"awake", "awoke", "awoken", ""},
    {"bear", "bore", "borne", "bore"},
    {"beat", "-", "beaten", ""},
    {"become", "became", "-", ""},
    {"begin", "began", "begun", ""},
    {"bend", "bent", "bent", "bent"},
    {"bind", "bound", "bound", "bound"},
    {"bite", "bit", "bitten", "bit"},
    {"bleed", "bled", "bled", ""},
    {"blow", "blew", "blown", ""},
    {"break", "broke", "broken", "broke broken"},
    {"breed", "bred", "bred", ""},
    {"bring", "brought", "brought", ""},
    {"build", "built", "built", ""},
    {"buy", "bought", "bought", ""},
    {"catch", "caught", "caught", ""},
    {"choose", "chose", "chosen", ""},
    {"cling", "clung", "clung", ""},
    {"come", "came", "-", ""},
    {"creep", "crept", "crept", ""},
    {"deal", "dealt", "dealt", ""},
    {"dig", "dug", "dug", ""},
    {"draw", "drew", "drawn", ""},
    {"drink", "drank", "drunk", "drunk"},
    {"drive", "drove", "driven", "drove"},
    {"eat", "ate", "eaten", ""},
    {"fall", "fell", "fallen", "fallen"},
    {"feed", "fed", "fed", ""},
    {"feel", "felt", "felt", "felt"},
    {"fight", "fought", "fought", ""},
    {"find", "found", "found", "found"},
    {"flee", "fled", "fled", ""},
    {"fling", "flung", "flung", ""},
    {"fly", "flew", "flown", ""},
    {"forbid", "forbade", "forbidden", "forbidden"},
    {"foresee", "foresaw", "foreseen", ""},
    {"forget", "forgot", "forgotten", "forgotten"},
    {"forgive", "forgave", "forgiven", ""},
    {"forsake", "forsook", "forsaken", ""},
    {"freeze", "froze", "frozen", "frozen"},
    {"give", "gave", "given", "given"},
    {"go", "went", "gone", "gone"},
    {"grind", "ground", "ground", "ground"},
    {"grow", "grew", "grown", "grown"},
    {"hang", "hung", "hung", "hung"},
    {"hear", "heard", "heard", ""},
    {"hide", "hid", "hidden", "hidden"},
    {"hold", "held", "held", ""},
    {"keep", "kept", "kept", ""},
    {"kneel", "knelt", "knelt", ""},
    {"know", "knew", "known", "known"},
    {"lay", "laid", "laid", ""},
    {"lead", "led", "led", ""},
    {"leap", "leapt", "leapt", ""},
    {"leave", "left", "left", "left"},
    {"lend", "lent", "lent", "lent"},
    {"lie", "-", "lain", ""},
    {"light", "lit", "lit", "lit"},
    {"lose", "lost", "lost", "lost"},
    {"make", "made", "made", ""},
    {"mean", "meant", "meant", ""},
    {"meet", "met", "met", ""},
    {"mislead", "misled", "misled", ""},
    {"mistake", "mistook", "mistaken", "mistaken"},
    {"overcome", "overcame", "-", ""},
    {"overrun", "overran", "-", ""},
    {"oversee", "oversaw", "overseen", ""},
    {"overtake", "overtook", "overtaken", ""},
    {"overthrow", "overthrew", "overthrown", ""},
    {"pay", "paid", "paid", "paid"},
    {"rebuild", "rebuilt", "rebuilt", ""},
    {"ride", "rode", "ridden", ""},
    {"ring", "rang", "rung", "rung"},
    {"rise", "rose", "risen", "rose"},
    {"run", "ran", "-", ""},
    {"say", "said", "said", "said"},
    {"see", "saw", "seen", "saw"},
    {"seek", "sought", "sought", ""},
    {"sell", "sold", "sold", ""},
    {"send", "sent", "sent", ""},
    {"shake", "shook", "shaken", ""},
    {"shine", "shone", "shone", ""},
    {"shoot", "shot", "shot", "shot"},
    {"show", "showed", "shown", ""},
    {"shrink", "shrank", "shrunk", ""},
    {"sing", "sang", "sung", ""},
    {"sink", "sank", "sunk", "sunk"},
    {"sit", "sat", "sat", ""},
    {"slay", "slew", "slain", "slew"},
    {"sleep", "slept", "slept", ""},
    {"slide", "slid", "slid", ""},
    {"speak", "spoke", "spoken", "spoken"},  // "spoke" of a wheel: rare in news
    {"speed", "sped", "sped", ""},
    {"spend", "spent", "spent", "spent"},
    {"spin", "spun", "spun", ""},
    {"spring", "sprang", "sprung", ""},
    {"stand", "stood", "stood", ""},
    {"steal", "stole", "stolen", "stole stolen"},
    {"stick", "stuck", "stuck", "stuck"},
    {"sting", "stung", "stung", ""},
    {"stride", "strode", "stridden", ""},
    {"strike", "struck", "stricken", "stricken"},
    {"strive", "strove", "striven", ""},
    {"swear", "swore", "sworn", "sworn"},
    {"sweep", "swept", "swept", ""},
    {"swim", "swam", "swum", ""},
    {"swing", "swung", "swung", ""},
    {"take", "took", "taken", ""},
    {"teach", "taught", "taught", ""},
    {"tear", "tore", "torn", "torn"},
    {"tell", "told", "told", ""},
    {"think", "thought", "thought", "thought"},
    {"throw", "threw", "thrown", ""},
    {"tread", "trod", "trodden", ""},
    {"undergo", "underwent", "undergone", ""},
    {"understand", "understood", "understood", ""},
    {"undertake", "undertook", "undertaken", ""},
    {"uphold", "upheld", "upheld", ""},
    {"wake", "woke", "woken", ""},
    {"wear", "wore", "worn", "worn"},
    {"weave", "wove", "woven", "woven"},
    {"weep", "wept", "wept", ""},
    {"win", "won", "won", "won"},
    {"wind", "wound", "wound", "wound"},
    {"withdraw", "withdrew", "withdrawn", "withdrawn"},
    {"withhold", "withheld", "withheld", ""},
    {"withstand", "withstood", "withstood", ""},
    {"write", "wrote", "written", "written"},
};

// "struck" is both past and participle of "strike"; a table keyed by form.
class Table {
 public:
  Table() {
    for (const Row& r : kRows) {
      Add(r.past, r, /*past=*/true);
      Add(r.participle, r, /*past=*/false);
    }
    // "struck" also serves as the participle ("was struck").
    forms_["struck"].participle = true;
  }
  const IrregularVerbForm* Find(std::string_view form) const {
    auto it = forms_.find(std::string(form));
    return it == forms_.end() ? nullptr : &it->second;
  }

 private:
  void Add(std::string_view form, const Row& r, bool past) {
    if (form == "-" || form.empty()) return;
    IrregularVerbForm& f = forms_[std::string(form)];
    f.form = form;
    f.lemma = r.base;
    (past ? f.past : f.participle) = true;
    // Is `form` one of the nominal forms (space-separated)?
    std::string_view rest = r.nominal;
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      const std::string_view word = rest.substr(0, space);
      if (word == form) f.also_nominal = true;
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
  }
  std::unordered_map<std::string, IrregularVerbForm> forms_;
};

}  // namespace

const IrregularVerbForm* FindIrregularVerb(std::string_view form) {
  static const Table* table = new Table();
  return table->Find(form);
}

}  // namespace dyad::internal
