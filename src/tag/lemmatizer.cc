// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Lexicon plus learned suffix rules (see lemmatizer.h).
//
// Learning: each distinct (lowercased form, XPOS, lemma) type gives a
// transformation "strip n bytes, append s" (n and s from the longest common
// prefix of form and lemma). It votes for that transformation under every
// suffix of the form of length max(n, 1) to kMaxSuffix, XPOS included. A
// suffix key keeps the transformation with the most votes if it has at least
// two. Identity transformations vote too, so "-ss" nouns are not stripped.
// Lookup: exact form, then lowercased form, then rules from the longest
// suffix down; else the lowercased form (the form itself for proper nouns).
#include "tag/lemmatizer.h"

#include <algorithm>
#include <map>

#include "tag/hash.h"
#include "tag/irregular_verbs.h"

namespace dyad::internal {
namespace {

constexpr size_t kMaxSuffix = 6;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

uint64_t FormKey(std::string_view form, Xpos xpos, bool lowered) {
  return FeatureKey(lowered ? 1 : 0, HashBytes(form),
                    static_cast<uint64_t>(xpos) + 1);
}

uint64_t SuffixKey(std::string_view suffix, Xpos xpos) {
  return FeatureKey(2, HashBytes(suffix), static_cast<uint64_t>(xpos) + 1);
}

bool IsProperNoun(Xpos xpos) {
  return xpos == Xpos::kNNP || xpos == Xpos::kNNPS;
}

}  // namespace

Lemmatizer Lemmatizer::Train(const std::vector<LemmaExample>& examples) {
  // Most frequent lemma per (form, xpos) and per (lowercased form, xpos).
  std::map<uint64_t, std::map<std::string, int>> lemma_counts;
  std::map<std::tuple<std::string, int, std::string>, int> types;
  for (const LemmaExample& e : examples) {
    if (e.form.empty() || e.lemma.empty() || e.lemma == "_") continue;
    ++lemma_counts[FormKey(e.form, e.xpos, false)][e.lemma];
    std::string lower = AsciiLower(e.form);
    ++lemma_counts[FormKey(lower, e.xpos, true)][e.lemma];
    ++types[{lower, static_cast<int>(e.xpos),
             IsProperNoun(e.xpos) ? AsciiLower(e.lemma) : e.lemma}];
  }
  Lemmatizer out;
  for (const auto& [key, counts] : lemma_counts) {
    auto best = std::max_element(
        counts.begin(), counts.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    out.lexicon_keys_.push_back(key);
    out.lexicon_lemmas_.push_back(best->first);
  }
  // Suffix rule votes.
  std::map<uint64_t, std::map<std::pair<int, std::string>, int>> votes;
  for (const auto& [type, count] : types) {
    const auto& [form, xpos, lemma] = type;
    size_t common = 0;
    while (common < form.size() && common < lemma.size() &&
           form[common] == lemma[common]) {
      ++common;
    }
    const size_t strip = form.size() - common;
    if (strip > kMaxSuffix) continue;
    const std::string append = lemma.substr(common);
    for (size_t k = std::max<size_t>(strip, 1);
         k <= kMaxSuffix && k < form.size(); ++k) {
      ++votes[SuffixKey(std::string_view(form).substr(form.size() - k),
                        static_cast<Xpos>(xpos))]
             [{static_cast<int>(strip), append}];
    }
  }
  for (const auto& [key, rules] : votes) {
    auto best = std::max_element(
        rules.begin(), rules.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->second < 2) continue;
    out.rule_keys_.push_back(key);
    out.rules_.push_back(
        {static_cast<uint8_t>(best->first.first), best->first.second});
  }
  out.Index();
  return out;
}

void Lemmatizer::FlatIndex::Build(const std::vector<uint64_t>& from) {
  size_t cap = 16;
  while (cap < 2 * from.size()) cap <<= 1;
  keys.assign(cap, 0);
  values.assign(cap, 0);
  mask = cap - 1;
  for (uint32_t i = 0; i < from.size(); ++i) {
    if (from[i] == 0) continue;  // never made by FormKey / SuffixKey
    uint64_t slot = (from[i] >> 1) & mask;
    while (keys[slot] != 0 && keys[slot] != from[i]) slot = (slot + 1) & mask;
    keys[slot] = from[i];  // a repeated key keeps its last position
    values[slot] = i;
  }
}

void Lemmatizer::Index() {
  lexicon_index_.Build(lexicon_keys_);
  rule_index_.Build(rule_keys_);
  known_verbs_.clear();
  for (const std::string& lemma : lexicon_lemmas_) {
    const std::string lower = AsciiLower(lemma);
    if (lexicon_index_.Find(FormKey(lower, Xpos::kVB, true)) >= 0 ||
        lexicon_index_.Find(FormKey(lower, Xpos::kVBP, true)) >= 0) {
      known_verbs_.insert(HashBytes(lower));
    }
  }
}

bool Lemmatizer::KnowsForm(std::string_view form, Xpos xpos) const {
  return lexicon_index_.Find(FormKey(form, xpos, false)) >= 0 ||
         lexicon_index_.Find(FormKey(AsciiLower(form), xpos, true)) >= 0;
}

void Lemmatizer::RegularVerbBases(std::string_view lower, Xpos xpos,
                                  std::vector<std::string>& out) {
  out.clear();
  auto ends = [&](std::string_view suffix) {
    return lower.size() > suffix.size() &&
           lower.substr(lower.size() - suffix.size()) == suffix;
  };
  auto add = [&](std::string_view stem, std::string_view tail) {
    out.emplace_back(stem);
    out.back() += tail;
  };
  // "dropped" -> "drop": a doubled final consonant after the stem.
  auto add_undoubled = [&](std::string_view stem) {
    const size_t n = stem.size();
    if (n >= 3 && stem[n - 1] == stem[n - 2] &&
        std::string_view("aeiouywxsl").find(stem[n - 1]) ==
            std::string_view::npos) {
      add(stem.substr(0, n - 1), "");
    }
  };
  // "-ed"/"-ing" off: the stem as is, with an "e", or undoubled.
  auto add_stems = [&](std::string_view suffix) {
    if (!ends(suffix)) return;
    const std::string_view stem = lower.substr(0, lower.size() - suffix.size());
    add(stem, "");
    add(stem, "e");
    add_undoubled(stem);
  };
  switch (xpos) {
    case Xpos::kVBD:
    case Xpos::kVBN:
      if (ends("ied")) add(lower.substr(0, lower.size() - 3), "y");
      add_stems("ed");
      break;
    case Xpos::kVBG:
      if (ends("ying")) add(lower.substr(0, lower.size() - 4), "ie");
      add_stems("ing");
      break;
    case Xpos::kVBZ:
      if (ends("ies")) add(lower.substr(0, lower.size() - 3), "y");
      if (ends("es")) add(lower.substr(0, lower.size() - 2), "");
      if (ends("s") && !ends("ss")) add(lower.substr(0, lower.size() - 1), "");
      break;
    default:
      break;
  }
}

void Lemmatizer::Lemmatize(std::string_view form, Xpos xpos,
                           std::string& out) const {
  if (form.empty()) {
    out.clear();
    return;
  }
  int64_t at = lexicon_index_.Find(FormKey(form, xpos, false));
  if (at >= 0) {
    out = lexicon_lemmas_[at];
    return;
  }
  char buffer[64];
  const bool short_form = form.size() <= sizeof(buffer);
  std::string_view lower = form;
  if (short_form) {
    for (size_t i = 0; i < form.size(); ++i) {
      char c = form[i];
      buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    lower = std::string_view(buffer, form.size());
  }
  at = lexicon_index_.Find(FormKey(lower, xpos, true));
  if (at >= 0) {
    out = lexicon_lemmas_[at];
    return;
  }
  const bool proper = IsProperNoun(xpos);
  if (xpos == Xpos::kNNP || !short_form) {
    out.assign(proper ? form : lower);
    return;
  }
  const std::string_view base = proper ? form : lower;
  // "fled" -> "flee", "withdrew" -> "withdraw": irregular verbs first.
  if (xpos == Xpos::kVBD || xpos == Xpos::kVBN) {
    if (const IrregularVerbForm* verb = FindIrregularVerb(lower)) {
      out.assign(verb->lemma);
      return;
    }
  }
  if (!proper && !known_verbs_.empty()) {
    thread_local std::vector<std::string> bases;
    RegularVerbBases(lower, xpos, bases);
    for (const std::string& b : bases) {
      if (known_verbs_.count(HashBytes(b)) > 0) {
        out = b;
        return;
      }
    }
  }
  for (size_t k = std::min(kMaxSuffix, lower.size() - 1); k >= 1; --k) {
    const int64_t r =
        rule_index_.Find(SuffixKey(lower.substr(lower.size() - k), xpos));
    if (r < 0) continue;
    const Rule& rule = rules_[r];
    if (rule.strip >= base.size()) break;
    out.assign(base.substr(0, base.size() - rule.strip));
    out += rule.append;
    return;
  }
  out.assign(base);
}

void Lemmatizer::Serialize(ByteWriter& out) const {
  out.PutArray(lexicon_keys_);
  for (const std::string& lemma : lexicon_lemmas_) out.PutString(lemma);
  out.PutArray(rule_keys_);
  for (const Rule& rule : rules_) {
    out.Put<uint8_t>(rule.strip);
    out.PutString(rule.append);
  }
}

Status Lemmatizer::Deserialize(ByteReader& in) {
  DYAD_RETURN_IF_ERROR(in.GetArray(lexicon_keys_));
  lexicon_lemmas_.resize(lexicon_keys_.size());
  for (std::string& lemma : lexicon_lemmas_) {
    DYAD_RETURN_IF_ERROR(in.GetString(lemma));
  }
  DYAD_RETURN_IF_ERROR(in.GetArray(rule_keys_));
  rules_.resize(rule_keys_.size());
  for (Rule& rule : rules_) {
    DYAD_RETURN_IF_ERROR(in.Get(rule.strip));
    DYAD_RETURN_IF_ERROR(in.GetString(rule.append));
  }
  Index();
  return Status::Ok();
}

}  // namespace dyad::internal
