// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Hand-built, realistic events and articles for the tests and benchmarks of
// the writers and the store (the coder does not produce them yet). The
// sentences are written for dyad's tests; codes follow CAMEO.
#ifndef DYAD_EXPORT_SAMPLE_EVENTS_H_
#define DYAD_EXPORT_SAMPLE_EVENTS_H_

#include <string>

#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::testing {

inline Article SampleArticle(std::string id, std::string date,
                             std::string source, std::string url) {
  Article a;
  a.id = std::move(id);
  a.date = std::move(date);
  a.source = std::move(source);
  a.url = std::move(url);
  a.title = "Diplomats meet as fighting goes on";
  a.text =
      "US Secretary of State John Kerry met Russian Foreign Minister Sergei "
      "Lavrov in Moscow on Tuesday.";
  return a;
}

// "US Secretary of State John Kerry met Russian Foreign Minister Sergei
// Lavrov in Moscow on Tuesday."
inline Event KerryMeetsLavrov(std::string article_id) {
  Event e;
  e.article_id = std::move(article_id);
  e.sentence = 0;
  e.source = {"USAGOV", "US Secretary of State John Kerry", {0, 32}};
  e.target = {"RUSGOV", "Russian Foreign Minister Sergei Lavrov", {37, 75}};
  e.cameo = "043";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 2.8;
  e.plover_type = "CONSULT";
  e.plover_mode = "visit";
  e.date = {"2015-12-15", DatePrecision::kDay, "on Tuesday"};
  e.place.name = "Moscow";
  e.place.country = "RUS";
  e.place.kind = "city";
  e.place.lat = 55.7558;
  e.place.lon = 37.6173;
  e.confidence = 0.8;
  e.evidence.sentence =
      "US Secretary of State John Kerry met Russian Foreign Minister Sergei "
      "Lavrov in Moscow on Tuesday.";
  e.evidence.verb = "met";
  e.evidence.source_span = {0, 32};
  e.evidence.verb_span = {33, 36};
  e.evidence.target_span = {37, 75};
  e.evidence.rule = "data/verbs/04.txt:41";
  return e;
}

// "Russian warplanes struck rebel positions near Aleppo, killing at least
// 12 fighters, a monitoring group said."
inline Event RussiaStrikesRebels(std::string article_id) {
  Event e;
  e.article_id = std::move(article_id);
  e.sentence = 2;
  e.source = {"RUSMIL", "Russian warplanes", {120, 137}};
  e.target = {"SYRREB", "rebel positions", {145, 160}};
  e.cameo = "195";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.plover_type = "ASSAULT";
  e.plover_mode = "aerial";
  e.date = {"2015-10-01", DatePrecision::kDay, ""};
  e.place.name = "Aleppo";
  e.place.country = "SYR";
  e.place.kind = "city";
  e.place.lat = 36.2021;
  e.place.lon = 37.1343;
  e.confidence = 0.7;
  e.evidence.sentence =
      "Russian warplanes struck rebel positions near Aleppo, killing at least "
      "12 fighters, a monitoring group said.";
  e.evidence.verb = "struck";
  e.evidence.rule = "data/verbs/19.txt:7";
  return e;
}

// "Israeli police arrested 12 Palestinian protesters in East Jerusalem."
inline Event PoliceArrestProtesters(std::string article_id) {
  Event e;
  e.article_id = std::move(article_id);
  e.sentence = 1;
  e.source = {"ISRCOP", "Israeli police", {}};
  e.target = {"PSECVL", "Palestinian protesters", {}};
  e.cameo = "173";
  e.root = "17";
  e.quad_class = 4;
  e.goldstein = -5;
  e.plover_type = "COERCE";
  e.plover_mode = "arrest";
  e.date = {"2015-11-03", DatePrecision::kDay, ""};
  e.place.name = "East Jerusalem";
  e.confidence = 0.9;
  e.evidence.sentence =
      "Israeli police arrested 12 Palestinian protesters in East Jerusalem.";
  e.evidence.verb = "arrested";
  e.evidence.rule = "data/verbs/17.txt:12";
  return e;
}

// "UN Secretary-General Ban Ki-moon demanded that the Syrian government
// allow aid convoys into Madaya." Month-precision date, no place.
inline Event UnDemandsSyria(std::string article_id) {
  Event e;
  e.article_id = std::move(article_id);
  e.sentence = 3;
  e.source = {"IGOUNO", "UN Secretary-General Ban Ki-moon", {}};
  e.target = {"SYRGOV", "the Syrian government", {}};
  e.cameo = "1041";
  e.root = "10";
  e.quad_class = 3;
  e.goldstein = -5;
  e.plover_type = "DEMAND";
  e.date = {"2016-01", DatePrecision::kMonth, "in January"};
  e.confidence = 0.6;
  e.evidence.sentence =
      "UN Secretary-General Ban Ki-moon demanded that the Syrian government "
      "allow aid convoys into Madaya.";
  e.evidence.verb = "demanded";
  e.evidence.rule = "data/verbs/10.txt:3";
  return e;
}

// The four sample events in turn, for volume tests and benchmarks:
// n % 4 picks the meeting, the strike, the arrest or the demand.
inline Event SampleEventNumber(const std::string& article_id, int n) {
  switch (n % 4) {
    case 0:
      return KerryMeetsLavrov(article_id);
    case 1:
      return RussiaStrikesRebels(article_id);
    case 2:
      return PoliceArrestProtesters(article_id);
    default:
      return UnDemandsSyria(article_id);
  }
}

}  // namespace dyad::testing

#endif  // DYAD_EXPORT_SAMPLE_EVENTS_H_
