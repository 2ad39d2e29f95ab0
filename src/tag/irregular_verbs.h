// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// English irregular verbs: past and past-participle forms with their base.
// The treebank the tagger and lemmatizer learn from lacks many that news
// uses ("withdrew", "overthrew", "fled", "fought" as a lemma), and suffix
// rules cannot guess them: "withdrew" was tagged a preposition and "fled"
// lemmatized "fl". Written by the dyad team from English grammar.
#ifndef DYAD_TAG_IRREGULAR_VERBS_H_
#define DYAD_TAG_IRREGULAR_VERBS_H_

#include <cstdint>
#include <string_view>

namespace dyad::internal {

struct IrregularVerbForm {
  std::string_view form;    // lowercase
  std::string_view lemma;   // base form
  bool past = false;        // a simple past ("withdrew")
  bool participle = false;  // a past participle ("withdrawn")
  // Also a common noun or adjective ("shot", "left", "bound", "rose"):
  // only a closed-class reading is overruled for it.
  bool also_nominal = false;
};

// The entry for lowercase `form`, or nullptr.
const IrregularVerbForm* FindIrregularVerb(std::string_view form);

}  // namespace dyad::internal

#endif  // DYAD_TAG_IRREGULAR_VERBS_H_
