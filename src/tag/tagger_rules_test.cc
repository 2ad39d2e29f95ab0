// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The tagger's decoding rules on news text, through the shipped model:
// capitalised names are never function words, and a present-tense headline
// keeps its verb. Skipped when the model is not in data/models.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/pipeline.h"
#include "tag/tagset.h"

namespace dyad {
namespace {

using internal::Upos;

class TaggerRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string dir = std::string(DYAD_SOURCE_DIR) + "/data";
    if (!std::filesystem::exists(dir + "/models/syntax-en-ewt.dmdl")) {
      GTEST_SKIP() << "no syntax model in " << dir << "/models";
    }
    PipelineOptions options;
    options.data_dir = dir;
    auto pipeline = Pipeline::Create(options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = std::move(*pipeline);
  }

  // The UPOS of the first token spelt `word` in `text`.
  Upos UposOf(const std::string& text, std::string_view word) {
    article_.text = text;
    EXPECT_TRUE(pipeline_->Run(article_, doc_).ok());
    for (const Token& t : doc_.tokens) {
      if (doc_.TokenText(t) == word) return static_cast<Upos>(t.upos);
    }
    ADD_FAILURE() << word << " not in " << text;
    return Upos::kUnset;
  }

  std::unique_ptr<Pipeline> pipeline_;
  Article article_;
  Document doc_;
};

// Without the rule the model read "Beijing" as an auxiliary (like "being")
// and "Thatcher" as a determiner (like "that").
TEST_F(TaggerRulesTest, CapitalisedNameIsNoFunctionWord) {
  for (const auto& [text, word] :
       {std::pair<std::string, std::string_view>{
            "Beijing rejected U.S. accusations of currency manipulation.",
            "Beijing"},
        {"Thatcher left Bonn early yesterday evening.", "Thatcher"}}) {
    Upos upos = UposOf(text, word);
    EXPECT_NE(upos, Upos::kAux) << text;
    EXPECT_NE(upos, Upos::kDet) << text;
  }
  // Real function words keep their class.
  EXPECT_EQ(UposOf("The talks ended on Monday.", "The"), Upos::kDet);
}

// Headlines in the present tense: the verb the model read as a plural noun.
TEST_F(TaggerRulesTest, VerblessHeadlineGetsItsVerb) {
  EXPECT_EQ(UposOf("A court in Cairo sentences an activist to five years in "
                   "prison.",
                   "sentences"),
            Upos::kVerb);
  // A participle is no finite verb: the headline still lacks one.
  EXPECT_EQ(UposOf("The Romanian intelligence service arrests two men on "
                   "suspicion of spying for Russia.",
                   "arrests"),
            Upos::kVerb);
  // A particle may follow the headline verb.
  EXPECT_EQ(UposOf("Hamas hands over the remains of an Israeli hostage to the "
                   "Red Cross.",
                   "hands"),
            Upos::kVerb);
  // A coordinated verb after "and" in a VBZ sentence.
  EXPECT_EQ(UposOf("Italy offers naval support to Tunisia and shares radar "
                   "data with Libya.",
                   "shares"),
            Upos::kVerb);
  // The plural present after a plural subject, read as an adverb or noun.
  EXPECT_EQ(UposOf("Islamist insurgents kill 18 people in an attack on a "
                   "church in eastern Congo.",
                   "kill"),
            Upos::kVerb);
  EXPECT_EQ(UposOf("Thousands of people protest in Tbilisi against the "
                   "government.",
                   "protest"),
            Upos::kVerb);
  // ... but not a quantified noun ("thousands of people").
  EXPECT_NE(UposOf("Thousands of people protest in Tbilisi against the "
                   "government.",
                   "people"),
            Upos::kVerb);
  // Two finite verbs in a row: the first is the plural subject.
  EXPECT_EQ(UposOf("The Israeli army said that airstrikes hit Hezbollah "
                   "positions in southern Lebanon.",
                   "airstrikes"),
            Upos::kNoun);
  // A verbless fragment without an object stays a noun phrase.
  EXPECT_NE(UposOf("No physical pledge cards.", "cards"), Upos::kVerb);
}

// Nouns in -al that name an act ("refusal", "withdrawal", "denial") were
// read as adjectives, like "national" and "political".
TEST_F(TaggerRulesTest, ActNounsInAlAreNouns) {
  for (const auto& [text, word] :
       {std::pair<std::string, std::string_view>{
            "Iran's refusal to negotiate with the United States angered "
            "Washington.",
            "refusal"},
        {"Its withdrawal from the treaty surprised its allies.", "withdrawal"},
        {"The ministry issued a denial on Monday.", "denial"}}) {
    EXPECT_EQ(UposOf(text, word), Upos::kNoun) << text;
  }
  // Real adjectives keep their tag.
  EXPECT_EQ(UposOf("The national army entered the town.", "national"),
            Upos::kAdj);
}

// "granted asylum to five Venezuelan opposition figures": a number word is
// no verb, and "to" before a noun phrase is a preposition, not the
// infinitive marker.
TEST_F(TaggerRulesTest, NumberWordsAreNumbersAndToBeforeThemAPreposition) {
  const std::string text =
      "Ecuador has granted political asylum to five Venezuelan opposition "
      "figures.";
  EXPECT_EQ(UposOf(text, "five"), Upos::kNum);
  EXPECT_EQ(UposOf(text, "to"), Upos::kAdp);
  // The infinitive keeps its marker.
  EXPECT_EQ(
      UposOf("Ecuador agreed to grant asylum to the opposition figures.", "to"),
      Upos::kPart);
}

// "cancels his planned visit": a past form after a possessive or an
// article describes the noun; it is no finite verb, so the headline keeps
// "cancels" as its verb.
TEST_F(TaggerRulesTest, PastFormAfterBeIsAParticiple) {
  article_.text =
      "Six Palestinians were killed when an Israeli tank fired at a wedding.";
  ASSERT_TRUE(pipeline_->Run(article_, doc_).ok());
  for (const Token& t : doc_.tokens) {
    if (doc_.TokenText(t) == "killed") {
      EXPECT_EQ(static_cast<internal::Xpos>(t.xpos), internal::Xpos::kVBN);
    }
  }
}

TEST_F(TaggerRulesTest, PastFormAfterPossessiveIsAParticiple) {
  const std::string text =
      "The president cancels his planned visit to Eswatini.";
  EXPECT_EQ(UposOf(text, "cancels"), Upos::kVerb);
  article_.text = text;
  ASSERT_TRUE(pipeline_->Run(article_, doc_).ok());
  for (const Token& t : doc_.tokens) {
    if (doc_.TokenText(t) == "planned") {
      EXPECT_NE(static_cast<internal::Xpos>(t.xpos), internal::Xpos::kVBD);
    }
  }
}

// Korean and Chinese given names are split at their hyphen ("Kim Jong - un",
// "Lai Ching - te"); their second syllable is part of the name, not the
// adjective "un" or the misspelt article "te".
TEST_F(TaggerRulesTest, SecondSyllableOfHyphenatedGivenNameIsAName) {
  EXPECT_EQ(UposOf("Kim Jong-un met Moon Jae-in in Panmunjom.", "un"),
            Upos::kPropn);
  EXPECT_EQ(UposOf("Kim Jong-un met Moon Jae-in in Panmunjom.", "in"),
            Upos::kPropn);
  EXPECT_EQ(UposOf("President Lai Ching-te cancels his visit.", "te"),
            Upos::kPropn);
  // Compounds after a name stay what they are.
  EXPECT_EQ(UposOf("The Saudi-led coalition struck Sanaa.", "led"),
            Upos::kVerb);
  EXPECT_NE(UposOf("A New York-based group sued.", "based"), Upos::kPropn);
}

// "amid", "despite", "via": prepositions the treebank rarely has, which the
// model read as adjectives from their shape.
TEST_F(TaggerRulesTest, RarePrepositionsArePrepositions) {
  EXPECT_EQ(UposOf("Gunshots are reported at the senate building amid "
                   "tensions over the arrest.",
                   "amid"),
            Upos::kAdp);
  EXPECT_EQ(UposOf("Aid reached Gaza via Egypt.", "via"), Upos::kAdp);
}

// "Javier Milei announces all export duties ... are abolished": a
// headline verb right after the name that does it, before the object's
// determiner, even when a later clause has a finite verb of its own.
TEST_F(TaggerRulesTest, HeadlineVerbAfterNameBeforeDeterminer) {
  EXPECT_EQ(UposOf("Javier Milei announces all export duties on grain are "
                   "abolished.",
                   "announces"),
            Upos::kVerb);
  // A plural noun after a name before a preposition stays a noun.
  EXPECT_EQ(UposOf("The Trump tariffs on China are rising.", "tariffs"),
            Upos::kNoun);
}

// "The Ukrainian navy announces that it has sunk ...": the headline
// verb after a common noun too, before "that".
TEST_F(TaggerRulesTest, HeadlineVerbAfterCommonNounBeforeThat) {
  EXPECT_EQ(UposOf("The Ukrainian navy announces that it has sunk a Russian "
                   "patrol boat.",
                   "announces"),
            Upos::kVerb);
  EXPECT_EQ(UposOf("The Lebanese health ministry reports that Israeli "
                   "strikes killed eight people.",
                   "reports"),
            Upos::kVerb);
  // A plural noun that heads the subject stays a noun.
  EXPECT_EQ(UposOf("The peace talks that began in May have stalled.",
                   "talks"),
            Upos::kNoun);
}

// "Nigerian troops kill more than 300 suspected gang members": the plural
// present before a participle the verbless-sentence rule could also pick.
TEST_F(TaggerRulesTest, PluralPresentBeforeALaterParticiple) {
  EXPECT_EQ(UposOf("Nigerian troops kill more than 300 suspected gang "
                   "members.",
                   "kill"),
            Upos::kVerb);
}

// "The Sudanese Armed Forces recapture Khartoum": a capitalised word is a
// name, never the verb a verbless headline is given; the verb follows it.
TEST_F(TaggerRulesTest, CapitalisedPluralIsNoForcedVerb) {
  const std::string text =
      "The Sudanese Armed Forces recapture Khartoum from the Rapid Support "
      "Forces.";
  EXPECT_NE(UposOf(text, "Forces"), Upos::kVerb);
  EXPECT_EQ(UposOf(text, "recapture"), Upos::kVerb);
}

// "The Houthis claim responsibility for ...": a base verb read as a noun
// after "the" and a plural name, in a sentence without a finite verb, is
// the name's present tense.
TEST_F(TaggerRulesTest, PresentAfterAPluralName) {
  EXPECT_EQ(UposOf("The Houthis claim responsibility for a missile attack "
                   "on Tel Aviv.",
                   "claim"),
            Upos::kVerb);
  // With a finite verb elsewhere, nothing changes.
  EXPECT_NE(UposOf("The Houthis claim responsibility was disputed by Israel.",
                   "claim"),
            Upos::kVerb);
}

// A verbless headline whose likeliest verb candidate is before a comma
// ("... kills at least 18 people, including ...") gets the first candidate
// before an object instead, and the plural noun coordinated with it is a
// verb too.
TEST_F(TaggerRulesTest, HeadlineVerbBeforeItsObject) {
  const std::string expel =
      "The Ethiopian government detains and expels three Kenyan journalists "
      "for alleged espionage.";
  EXPECT_EQ(UposOf(expel, "expels"), Upos::kVerb);
  EXPECT_EQ(UposOf(expel, "detains"), Upos::kVerb);
  const std::string damage =
      "A Russian drone hits and damages a power substation in Sumy, Ukraine.";
  EXPECT_EQ(UposOf(damage, "damages"), Upos::kVerb);
  EXPECT_EQ(UposOf(damage, "hits"), Upos::kVerb);
  // A counted object is no verb coordinated with the next one.
  EXPECT_NE(UposOf("A Russian missile strike on a bus depot in Zaporizhzhia, "
                   "Ukraine, kills four people and wounds 23 others.",
                   "people"),
            Upos::kVerb);
}

// A plural name's present before the pronoun subject of the clause it
// reports, and a floating quantifier, which is never a verb.
TEST_F(TaggerRulesTest, ReportingPresentAndFloatingQuantifier) {
  const std::string text =
      "Chile and the Philippines announce they will both join the case "
      "against Myanmar at the court.";
  EXPECT_EQ(UposOf(text, "announce"), Upos::kVerb);
  EXPECT_NE(UposOf(text, "both"), Upos::kVerb);
  EXPECT_EQ(UposOf(text, "join"), Upos::kVerb);
}

// "to southern Lebanon": a compass adjective is never a verb, and the "to"
// before an adjective and its noun is a preposition.
TEST_F(TaggerRulesTest, CompassAdjectiveAfterTo) {
  const std::string text = "Turkey deploys troops to northern Syria.";
  EXPECT_EQ(UposOf(text, "northern"), Upos::kAdj);
  EXPECT_EQ(UposOf(text, "to"), Upos::kAdp);
}

// A word the model reads as an auxiliary that is none takes its best open
// class ("warplanes" after a parenthesised acronym was an AUX).
TEST_F(TaggerRulesTest, NoAuxiliaryThatIsNone) {
  const std::string text =
      "Qatar Emiri Air Force (QEAF) warplanes carried out strikes on the "
      "camp.";
  EXPECT_EQ(UposOf(text, "warplanes"), Upos::kNoun);
  EXPECT_EQ(UposOf(text, "carried"), Upos::kVerb);
}

// The present of two names joined by "and" ("Armenia and Azerbaijan
// exchange prisoners"), unless the word is far likelier a noun ("police").
TEST_F(TaggerRulesTest, PresentAfterConjoinedNames) {
  EXPECT_EQ(UposOf("Armenia and Azerbaijan exchange prisoners of war at the "
                   "border.",
                   "exchange"),
            Upos::kVerb);
  EXPECT_NE(UposOf("Thai and Malaysian police arrest 12 suspects in a "
                   "smuggling ring.",
                   "police"),
            Upos::kVerb);
}

// "after" followed by a noun phrase and a finite verb opens a clause; a
// participle there without an auxiliary is its past tense.
TEST_F(TaggerRulesTest, AfterOpensAClause) {
  EXPECT_EQ(UposOf("The minister cancelled his trip to Lima after a state of "
                   "emergency was declared in the capital.",
                   "after"),
            Upos::kSconj);
  // Still a preposition before a plain noun phrase.
  EXPECT_EQ(UposOf("The minister returned to Lima after the summit in "
                   "Quito.",
                   "after"),
            Upos::kAdp);
}

// "A Russian glide bomb kills at least nine civilians": a count ("at
// least", "more than", "nearly", "dozens of") opens the object of a
// headline verb as a number or determiner does.
TEST_F(TaggerRulesTest, HeadlineVerbBeforeACount) {
  EXPECT_EQ(UposOf("A Russian glide bomb kills at least nine civilians at a "
                   "bus stop in Kostiantynivka.",
                   "kills"),
            Upos::kVerb);
  EXPECT_EQ(UposOf("A Russian missile strike kills more than 14 "
                   "people in Poltava.",
                   "kills"),
            Upos::kVerb);
  // "over" opens no count: "fighters over the past month" is no verb.
  EXPECT_NE(UposOf("The Pakistani army claims to have killed more than 30 "
                   "Taliban fighters over the past month who tried to cross "
                   "the border from Afghanistan.",
                   "fighters"),
            Upos::kVerb);
}

// "The Nigerian military launches airstrikes": a word the treebank
// knew only as a noun or adjective is no verb before a plural it knew as a
// VBZ; the plural is the verb.
TEST_F(TaggerRulesTest, NominalWordBeforeAVbzIsNoVerb) {
  const std::string text =
      "The Nigerian military launches airstrikes against bandit camps in "
      "Zamfara State.";
  EXPECT_NE(UposOf(text, "military"), Upos::kVerb);
  EXPECT_EQ(UposOf(text, "launches"), Upos::kVerb);
  // A real verb before a plural stays one.
  EXPECT_EQ(UposOf("The rebels attack convoys near the border.", "attack"),
            Upos::kVerb);
}

// Irregular past forms the treebank lacks: "withdrew" was read as a
// preposition, "overthrew" as an adjective, "stole" as a noun.
TEST_F(TaggerRulesTest, IrregularPastFormsAreVerbs) {
  for (const auto& [text, word] :
       {std::pair<std::string, std::string_view>{
            "Russia withdrew its ambassador from Kyiv.", "withdrew"},
        {"The army overthrew the president in 1987.", "overthrew"},
        {"The thieves stole the paintings from the museum.", "stole"},
        {"Iraqi forces fled the city on Sunday.", "fled"},
        {"Macron spoke by phone with Zelensky.", "spoke"}}) {
    EXPECT_EQ(UposOf(text, word), Upos::kVerb) << text;
  }
  // A noun stays a noun: "a shot in the dark", "the rose garden".
  EXPECT_EQ(UposOf("He fired a shot in the dark.", "shot"), Upos::kNoun);
}

// ... and take their base as lemma.
TEST_F(TaggerRulesTest, IrregularPastFormsTakeTheirBase) {
  article_.text = "Iraqi forces fled after rebels overthrew the governor.";
  ASSERT_TRUE(pipeline_->Run(article_, doc_).ok());
  for (const Token& t : doc_.tokens) {
    if (doc_.TokenText(t) == "fled") {
      EXPECT_EQ(t.lemma, "flee");
    }
    if (doc_.TokenText(t) == "overthrew") {
      EXPECT_EQ(t.lemma, "overthrow");
    }
  }
}

// "Israeli forces kill six Palestinians": the opening adjective's noun is
// the subject, not a VBZ with "kill" as a noun.
TEST_F(TaggerRulesTest, AdjectiveNounVerbHeadline) {
  const std::string text =
      "Israeli forces kill six Palestinians by shelling in Gaza City.";
  EXPECT_EQ(UposOf(text, "forces"), Upos::kNoun);
  EXPECT_EQ(UposOf(text, "kill"), Upos::kVerb);
}

}  // namespace
}  // namespace dyad
