// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Rule-based features from tags, lemmas and the tree (rules in the header).
// One pass collects per-word facts about dependents, a second sets bits.
#include "syntax/morph_features.h"

#include <string_view>

namespace dyad::internal {
namespace {

uint32_t PronounFeatures(std::string_view lemma) {
  if (lemma == "I") return kPerson1 | kNumberSing;
  if (lemma == "we") return kPerson1 | kNumberPlur;
  if (lemma == "you") return kPerson2;
  if (lemma == "he" || lemma == "she" || lemma == "it") {
    return kPerson3 | kNumberSing;
  }
  if (lemma == "they") return kPerson3 | kNumberPlur;
  return 0;
}

}  // namespace

void DeriveFeatures(const std::vector<Xpos>& xpos,
                    const std::vector<std::string_view>& lemmas,
                    const std::vector<int>& heads,
                    const std::vector<Deprel>& labels,
                    std::vector<uint32_t>& feats) {
  const size_t n = xpos.size();
  std::vector<uint8_t> passive(n, 0), has_subject_or_aux(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const int h = heads[i];
    if (h < 0 || static_cast<size_t>(h) >= n) continue;
    switch (labels[i]) {
      case Deprel::kAuxPass:
      case Deprel::kNsubjPass:
      case Deprel::kCsubjPass:
        passive[h] = 1;
        has_subject_or_aux[h] = 1;
        break;
      case Deprel::kNsubj:
      case Deprel::kCsubj:
      case Deprel::kAux:
      case Deprel::kMark:
      case Deprel::kExpl:
        has_subject_or_aux[h] = 1;
        break;
      default:
        break;
    }
  }
  feats.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    uint32_t f = 0;
    const Deprel u = UniversalDeprel(labels[i]);
    switch (xpos[i]) {
      case Xpos::kNN:
      case Xpos::kNNP:
        f = kNumberSing;
        break;
      case Xpos::kNNS:
      case Xpos::kNNPS:
        f = kNumberPlur;
        break;
      case Xpos::kVBZ:
        f = kMoodInd | kNumberSing | kPerson3 | kTensePres | kVerbFormFin;
        break;
      case Xpos::kVBP:
        f = kMoodInd | kTensePres | kVerbFormFin;
        break;
      case Xpos::kVBD:
        f = kMoodInd | kTensePast | kVerbFormFin;
        break;
      case Xpos::kVBN:
        f = kTensePast | kVerbFormPart;
        if (passive[i]) f |= kVoicePass;
        break;
      case Xpos::kVBG:
        if (u == Deprel::kNsubj || u == Deprel::kObj || u == Deprel::kObl ||
            u == Deprel::kNmod || u == Deprel::kCsubj) {
          f = kVerbFormGer;
        } else {
          f = kTensePres | kVerbFormPart;
        }
        break;
      case Xpos::kVB:
        if ((labels[i] == Deprel::kRoot || u == Deprel::kParataxis) &&
            !has_subject_or_aux[i]) {
          f = kMoodImp | kVerbFormFin;
        } else {
          f = kVerbFormInf;
        }
        break;
      case Xpos::kMD:
        f = kVerbFormFin;
        break;
      case Xpos::kJJR:
      case Xpos::kRBR:
        f = kDegreeCmp;
        break;
      case Xpos::kJJS:
      case Xpos::kRBS:
        f = kDegreeSup;
        break;
      case Xpos::kPRP:
        f = PronounFeatures(lemmas[i]);
        break;
      case Xpos::kPRPS:
        f = PronounFeatures(lemmas[i]) | kPossYes;
        break;
      case Xpos::kWPS:
        f = kPossYes;
        break;
      default:
        break;
    }
    const std::string_view lemma = lemmas[i];
    if (lemma == "not" || lemma == "never" ||
        (lemma == "no" && xpos[i] == Xpos::kDT)) {
      f |= kPolarityNeg;
    }
    feats[i] = f;
  }
}

}  // namespace dyad::internal
