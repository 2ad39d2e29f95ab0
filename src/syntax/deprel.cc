// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "syntax/deprel.h"

#include <array>

namespace dyad::internal {
namespace {

constexpr std::array<std::string_view, static_cast<int>(Deprel::kCount)>
    kNames = {"_",
              "acl",
              "acl:relcl",
              "advcl",
              "advcl:relcl",
              "advmod",
              "amod",
              "appos",
              "aux",
              "aux:pass",
              "case",
              "cc",
              "cc:preconj",
              "ccomp",
              "clf",
              "compound",
              "compound:prt",
              "conj",
              "cop",
              "csubj",
              "csubj:outer",
              "csubj:pass",
              "dep",
              "det",
              "det:predet",
              "discourse",
              "dislocated",
              "expl",
              "fixed",
              "flat",
              "flat:foreign",
              "goeswith",
              "iobj",
              "list",
              "mark",
              "nmod",
              "nmod:desc",
              "nmod:poss",
              "nmod:tmod",
              "nmod:npmod",
              "nmod:unmarked",
              "nsubj",
              "nsubj:outer",
              "nsubj:pass",
              "nummod",
              "obj",
              "obl",
              "obl:agent",
              "obl:tmod",
              "obl:npmod",
              "obl:unmarked",
              "orphan",
              "parataxis",
              "punct",
              "reparandum",
              "root",
              "vocative",
              "xcomp"};

}  // namespace

std::string_view DeprelName(Deprel label) {
  auto i = static_cast<size_t>(label);
  return i < kNames.size() ? kNames[i] : "_";
}

Deprel DeprelFromName(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Deprel>(i);
  }
  return Deprel::kUnset;
}

Deprel UniversalDeprel(Deprel label) {
  std::string_view name = DeprelName(label);
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return label;
  return DeprelFromName(name.substr(0, colon));
}

}  // namespace dyad::internal
