// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Golden tests of the shipped syntax model on hand-written news sentences.
// Each case asserts only the arcs event coding depends on (subject, objects
// and obliques of the predicate, passive, negation, xcomp/ccomp, conj,
// apposition, relative clauses), not every arc, so retraining the model does
// not break them over a punctuation attachment.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "syntax/syntax_model.h"

namespace dyad::internal {
namespace {

struct GoldenCase {
  const char* sentence;  // tokens separated by single spaces
  // "dependent label head": e.g. "embassy nsubj:pass attacked"; head ROOT for
  // the root. Words are found by their first occurrence.
  std::vector<const char*> arcs;
};

// Arcs the shipped model (en-ewt-2.16-syntax-2) gets wrong on these
// sentences are left out here and listed in docs/models.md ("Known errors"):
// mostly prepositional phrases attached to the nearest noun ("signed an
// agreement in Tehran" -> nmod of agreement), object-control objects labelled
// iobj ("asked Congress to ..."), and headline-like readings of short
// sentences ("Police arrested three men ..." as a noun phrase).
const GoldenCase kCases[] = {
    {"The U.S. embassy in Baghdad was attacked by protesters on Tuesday .",
     {"embassy nsubj:pass attacked", "was aux:pass attacked",
      "protesters obl:agent attacked", "attacked root ROOT"}},
    {"Foreign Minister Sergei Lavrov said that Russia would respond to the "
     "sanctions .",
     {"said root ROOT", "respond ccomp said", "that mark respond",
      "Russia nsubj respond", "sanctions obl respond"}},
    {"Iran and Iraq signed a security agreement in Tehran .",
     {"Iran nsubj signed", "Iraq conj Iran", "and cc Iraq",
      "agreement obj signed"}},
    {"The opposition leader did not attend the meeting .",
     {"leader nsubj attend", "not advmod attend", "did aux attend",
      "meeting obj attend"}},
    {"Russia 's foreign minister met his Chinese counterpart in Beijing .",
     {"Russia nmod:poss minister", "'s case Russia", "minister nsubj met",
      "counterpart obj met"}},
    {"The European Union agreed to lift sanctions on Iran .",
     {"Union nsubj agreed", "lift xcomp agreed", "to mark lift",
      "sanctions obj lift"}},
    {"The United Nations urged both sides to end the fighting .",
     {"Nations nsubj urged", "sides obj urged", "fighting obj end"}},
    {"Sergei Lavrov , Russia 's foreign minister , met John Kerry in Geneva .",
     {"Sergei nsubj met", "minister appos Sergei", "John obj met",
      "Geneva obl met"}},
    {"Police arrested three men who attacked a mosque in the city .",
     {"men obj arrested", "attacked acl:relcl men", "who nsubj attacked",
      "mosque obj attacked"}},
    {"Israeli troops killed two Palestinian gunmen in the West Bank .",
     {"troops nsubj killed", "gunmen obj killed"}},
    {"The president condemned the attack and promised to punish those "
     "responsible .",
     {"president nsubj condemned", "attack obj condemned",
      "punish xcomp promised"}},
    {"North Korea fired a missile into the sea , officials said .",
     {"Korea nsubj fired", "missile obj fired", "sea obl fired",
      "officials nsubj said"}},
    {"China has warned the United States not to interfere in Taiwan .",
     {"China nsubj warned", "has aux warned", "interfere xcomp warned",
      "not advmod interfere"}},
    {"Turkey was accused of shelling Kurdish positions in Syria .",
     {"Turkey nsubj:pass accused", "was aux:pass accused",
      "positions obj shelling"}},
    {"The rebels rejected the peace proposal .",
     {"rebels nsubj rejected", "proposal obj rejected",
      "peace compound proposal"}},
    {"Germany and France will send troops to Mali .",
     {"Germany nsubj send", "France conj Germany", "will aux send",
      "troops obj send", "Mali obl send"}},
    {"The minister said the talks had failed .",
     {"minister nsubj said", "failed ccomp said", "talks nsubj failed",
      "had aux failed"}},
    {"Protesters clashed with police outside the parliament in Kiev .",
     {"Protesters nsubj clashed", "police obl clashed", "with case police"}},
    {"The government denied that its forces had used chemical weapons .",
     {"government nsubj denied", "used ccomp denied", "forces nsubj used",
      "weapons obj used", "its nmod:poss forces"}},
    {"Obama asked Congress to approve military action against Syria .",
     {"Obama nsubj asked", "approve xcomp asked", "action obj approve"}},
    {"The talks between Israel and the Palestinians collapsed in April .",
     {"talks nsubj collapsed", "Israel nmod talks", "Palestinians conj Israel",
      "April obl collapsed"}},
    {"Egypt 's army ousted the president on Wednesday .",
     {"Egypt nmod:poss army", "army nsubj ousted", "president obj ousted",
      "Wednesday obl ousted"}},
    {"The ambassador was not invited to the ceremony .",
     {"ambassador nsubj:pass invited", "not advmod invited",
      "was aux:pass invited", "ceremony obl invited"}},
    {"Hamas fired rockets at Israel after the soldiers entered Gaza .",
     {"Hamas nsubj fired", "rockets obj fired", "Gaza obj entered"}},
    {"The prime minister resigned after weeks of protests .",
     {"weeks obl resigned"}},
    {"Officials in Washington expressed concern about the arrests .",
     {"Officials nsubj expressed", "concern obj expressed"}},
    {"The ceasefire , which was brokered by Egypt , collapsed on Friday .",
     {"brokered acl:relcl ceasefire", "which nsubj:pass brokered"}},
    {"Japan 's prime minister visited the shrine despite protests from China .",
     {"Japan nmod:poss minister", "minister nsubj visited",
      "shrine obj visited"}},
    {"The militants threatened to kill the hostages .",
     {"militants nsubj threatened", "kill xcomp threatened",
      "hostages obj kill"}},
    {"Venezuela expelled two American diplomats and accused them of plotting a "
     "coup .",
     {"Venezuela nsubj expelled", "diplomats obj expelled",
      "accused conj expelled", "them obj accused"}},
    {"The talks were postponed because the delegation did not arrive .",
     {"talks nsubj:pass postponed", "arrive advcl postponed",
      "because mark arrive", "delegation nsubj arrive", "not advmod arrive"}},
    {"Kerry met with Lavrov and discussed the crisis in Ukraine .",
     {"Kerry nsubj met", "Lavrov obl met", "discussed conj met",
      "crisis obj discussed"}},
    {"NATO said it would not deploy ground troops .",
     {"NATO nsubj said", "deploy ccomp said", "it nsubj deploy",
      "not advmod deploy", "troops obj deploy"}},
    {"India and Pakistan agreed to resume peace talks .",
     {"India nsubj agreed", "Pakistan conj India", "resume xcomp agreed",
      "talks obj resume"}},
    // RepairComparativeCounts: the counted noun, not "more", is the object.
    {"Nigerian troops kill more than 300 gang members in Zamfara State .",
     {"troops nsubj kill", "members obj kill", "more advmod 300",
      "than fixed more", "300 nummod members"}},
    {"Israeli forces kill more than 30 in Gaza .",
     {"forces nsubj kill", "30 obj kill", "more advmod 30"}},
    // RepairMandativeClauses: the subjunctive verb is the complement.
    {"On Friday , the Iranian government demanded that the U.N. send "
     "inspectors before imposing any sanctions on its oil exports , but did "
     "not name a deadline .",
     {"send ccomp demanded", "that mark send", "U.N. nsubj send",
      "inspectors obj send"}},
    {"Beijing demanded that the United States cancel the arms sales .",
     {"cancel ccomp demanded", "that mark cancel", "States nsubj cancel",
      "sales obj cancel"}},
    // RepairAppositionSubjects: the noun phrase before the name in
    // apposition is the subject, the verb after it the root.
    {"A member of the Kenyan senate , Peter Otieno , protested against the "
     "government .",
     {"member nsubj protested", "Peter appos member", "protested root ROOT"}},
    {"A member of the Kenyan senate , Peter Otieno , started a hunger strike "
     "yesterday .",
     {"member nsubj started", "Peter appos member", "strike obj started"}},
    // RepairIntransitiveParticiples: a verb of protest after a counted
    // noun is the main verb, not a reduced relative.
    {"Thousands of ethnic Hungarians protested in Slovakia .",
     {"Thousands nsubj protested", "protested root ROOT"}},
    {"Up to 200 students marched in Belgrade .",
     {"students nsubj marched", "marched root ROOT"}},
    // A headline participle that can be passive stays one.
    {"Five people killed in Kabul blast .", {"killed acl people"}},
    // RepairFeelingParticiples: a feeling in the passive with no agent is an
    // adjective with its copula.
    {"Seoul was outraged that Tokyo restricted the exports .",
     {"Seoul nsubj outraged", "was cop outraged",
      "restricted ccomp outraged"}}};

std::vector<std::string_view> Words(const char* sentence) {
  std::vector<std::string_view> out;
  std::string_view s(sentence);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

const SyntaxModel* ShippedModel() {
  static std::unique_ptr<SyntaxModel> model = [] {
    auto loaded = SyntaxModel::Load(std::string(DYAD_SOURCE_DIR) + "/data/" +
                                    std::string(SyntaxModel::kDefaultFile));
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? std::move(*loaded) : nullptr;
  }();
  return model.get();
}

class NewsGoldenTest : public testing::TestWithParam<GoldenCase> {};

TEST_P(NewsGoldenTest, KeyArcs) {
  const SyntaxModel* model = ShippedModel();
  ASSERT_NE(model, nullptr);
  const GoldenCase& c = GetParam();
  std::vector<std::string_view> words = Words(c.sentence);
  std::vector<WordAnalysis> analysis;
  model->Analyze(words, analysis);
  auto index_of = [&](std::string_view w) -> int {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == w) return static_cast<int>(i);
    }
    return -2;
  };
  // The whole parse, shown on failure.
  std::string parse;
  for (size_t i = 0; i < words.size(); ++i) {
    const int h = analysis[i].head;
    parse += std::string(words[i]) + " " +
             std::string(DeprelName(analysis[i].deprel)) + " " +
             (h < 0 ? "ROOT" : std::string(words[h])) + "\n";
  }
  for (const char* arc : c.arcs) {
    std::istringstream in(arc);
    std::string dependent, label, head;
    in >> dependent >> label >> head;
    const int d = index_of(dependent);
    ASSERT_GE(d, 0) << "no word '" << dependent << "' in: " << c.sentence;
    const int h = head == "ROOT" ? -1 : index_of(head);
    ASSERT_NE(h, -2) << "no word '" << head << "' in: " << c.sentence;
    EXPECT_EQ(analysis[d].head, h)
        << arc << "\nin: " << c.sentence << "\nparse:\n"
        << parse;
    EXPECT_EQ(DeprelName(analysis[d].deprel), label)
        << arc << "\nin: " << c.sentence << "\nparse:\n"
        << parse;
  }
}

INSTANTIATE_TEST_SUITE_P(Shipped, NewsGoldenTest, testing::ValuesIn(kCases));

TEST(NewsFeaturesTest, PassiveVoiceAndNegationAreMarked) {
  const SyntaxModel* model = ShippedModel();
  ASSERT_NE(model, nullptr);
  std::vector<WordAnalysis> a;
  model->Analyze(Words("The embassy was attacked by protesters ."), a);
  EXPECT_TRUE(a[3].feats & kVoicePass);
  EXPECT_TRUE(a[3].feats & kVerbFormPart);
  EXPECT_EQ(a[3].lemma, "attack");
  model->Analyze(Words("Protesters attacked the embassy ."), a);
  EXPECT_FALSE(a[1].feats & kVoicePass);
  EXPECT_TRUE(a[1].feats & kTensePast);
  model->Analyze(Words("Iran did not attend the talks ."), a);
  EXPECT_TRUE(a[2].feats & kPolarityNeg);
  EXPECT_EQ(a[1].lemma, "do");
  EXPECT_EQ(a[5].lemma, "talk");
}

TEST(NewsFeaturesTest, EveryParseHasOneRootAndHeadsInRange) {
  const SyntaxModel* model = ShippedModel();
  ASSERT_NE(model, nullptr);
  std::vector<WordAnalysis> a;
  for (const GoldenCase& c : kCases) {
    std::vector<std::string_view> words = Words(c.sentence);
    model->Analyze(words, a);
    int roots = 0;
    for (const WordAnalysis& w : a) {
      roots += w.head == -1;
      EXPECT_LT(w.head, static_cast<int>(words.size()));
    }
    EXPECT_EQ(roots, 1) << c.sentence;
  }
  model->Analyze({}, a);
  EXPECT_TRUE(a.empty());
}

}  // namespace
}  // namespace dyad::internal
