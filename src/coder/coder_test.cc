// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Coder rules on hand-written news sentences, through the whole Engine
// (the coder needs tagged, parsed sentences with actor mentions). Skipped
// when the syntax model is not in the data directory. Assertions check the
// CAMEO root and the dyad's country prefixes, which small parser changes
// should not move.
#include "coder/coder.h"

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <memory>
#include <string>
#include <vector>

#include "dict/actors.h"
#include "dyad/engine.h"
#include "dyad/pipeline.h"
#include "gtest/gtest.h"

namespace dyad {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string dir = DefaultDataDir();
    if (!std::filesystem::exists(dir + "/models/syntax-en-ewt.dmdl")) return;
    auto engine = Engine::Create({});
    ASSERT_TRUE(engine.ok()) << engine.status().message();
    engine_ = std::move(*engine).release();
  }
  static void TearDownTestSuite() {
    delete engine_;
    engine_ = nullptr;
  }
  void SetUp() override {
    if (engine_ == nullptr) {
      GTEST_SKIP() << "no syntax model in " << DefaultDataDir() << "/models";
    }
  }

  std::vector<Event> Code(const std::string& text,
                          const std::string& date = "2019-06-12") {
    article_.id = "test";
    article_.date = date;
    article_.text = text;
    std::vector<Event> events;
    Status status = engine_->Code(article_, doc_, events);
    EXPECT_TRUE(status.ok()) << status.message();
    return events;
  }

  static std::string Describe(const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events) {
      out += e.source.code + " -" + e.cameo + "-> " + e.target.code + " (" +
             e.evidence.rule + ")\n";
    }
    return out.empty() ? "(no events)\n" : out;
  }

  // True if some event has this root and actor codes starting with the
  // given prefixes ("" matches an absent actor only when prefix is "-").
  static bool Has(const std::vector<Event>& events, const std::string& source,
                  const std::string& root, const std::string& target) {
    for (const Event& e : events) {
      if (e.root == root && e.source.code.rfind(source, 0) == 0 &&
          e.target.code.rfind(target, 0) == 0 && !e.source.code.empty() &&
          !e.target.code.empty()) {
        return true;
      }
    }
    return false;
  }
  // True if some event has this root and the given side's code starts
  // with the prefix (the other side may be absent).
  static bool HasTarget(const std::vector<Event>& events,
                        const std::string& root, const std::string& target) {
    for (const Event& e : events) {
      if (e.root == root && !e.target.code.empty() &&
          e.target.code.rfind(target, 0) == 0) {
        return true;
      }
    }
    return false;
  }
  static bool HasSource(const std::vector<Event>& events,
                        const std::string& source, const std::string& root) {
    for (const Event& e : events) {
      if (e.root == root && !e.source.code.empty() &&
          e.source.code.rfind(source, 0) == 0) {
        return true;
      }
    }
    return false;
  }
  static bool HasRoot(const std::vector<Event>& events,
                      const std::string& root) {
    for (const Event& e : events) {
      if (e.root == root) return true;
    }
    return false;
  }

  static Engine* engine_;
  Article article_;
  Document doc_;
};

Engine* CoderTest::engine_ = nullptr;

// `dyad code` segments with a syntax-free Pipeline and lets the engine tag
// and parse (so the model is loaded once): that path must code the same.
TEST_F(CoderTest, CodeSegmentedMatchesCode) {
  const std::string text =
      "Ukraine was attacked by Russia on Tuesday. Germany urged Russia to "
      "withdraw its troops.";
  std::vector<Event> direct = Code(text);
  PipelineOptions segment_only;
  segment_only.syntax = false;
  auto pipeline = Pipeline::Create(segment_only);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  Document doc;
  ASSERT_TRUE((*pipeline)->Run(article_, doc).ok());
  std::vector<Event> segmented;
  ASSERT_TRUE(engine_->CodeSegmented(doc, segmented).ok());
  EXPECT_EQ(Describe(segmented), Describe(direct));
  EXPECT_TRUE(Has(segmented, "RUS", "19", "UKR")) << Describe(segmented);
}

// Engine::Code tags only the sentences that name an actor (or whose tags
// the matcher asks for) and parses only those that can give an event (a
// coded actor or a place, and a word some pattern is headed by); the
// events are those of a full parse.
TEST_F(CoderTest, CodeParsesOnlySentencesWithActors) {
  const std::string text =
      "Ukraine was attacked by Russia on Tuesday. It was a cold and rainy "
      "day. The Kremlin is a fortified complex in the centre of Moscow. "
      "Germany urged Russia to withdraw its troops.";
  std::vector<Event> lazy = Code(text);
  ASSERT_GE(doc_.sentences.size(), 4u);
  for (int s : {1, 2}) {  // no actor; actors but no event word
    const Sentence& unparsed = doc_.sentences[s];
    for (uint32_t t = unparsed.token_begin; t < unparsed.token_end; ++t) {
      EXPECT_EQ(doc_.tokens[t].head, -1) << doc_.TokenText(doc_.tokens[t]);
      // A sentence with no actor is not even tagged; one with actors is.
      if (s == 1) {
        EXPECT_EQ(doc_.tokens[t].upos, 0) << doc_.TokenText(doc_.tokens[t]);
      } else {
        EXPECT_NE(doc_.tokens[t].upos, 0) << doc_.TokenText(doc_.tokens[t]);
      }
    }
  }
  const Sentence& attack = doc_.sentences[0];
  bool parsed = false;
  for (uint32_t t = attack.token_begin; t < attack.token_end; ++t) {
    parsed |= doc_.tokens[t].head >= 0;
  }
  EXPECT_TRUE(parsed);
  PipelineOptions options;
  auto pipeline = Pipeline::Create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  Document full;
  ASSERT_TRUE((*pipeline)->Run(article_, full).ok());
  std::vector<Event> parsed_everywhere;
  ASSERT_TRUE(engine_->CodeDocument(full, parsed_everywhere).ok());
  EXPECT_EQ(Describe(lazy), Describe(parsed_everywhere));
  EXPECT_TRUE(Has(lazy, "DEU", "02", "RUS")) << Describe(lazy);
}

// Confidence is a sum of 0.05 steps; it must come out as a clean two-decimal
// number (0.8, not 0.7999999999999999) so that output stays readable.
TEST_F(CoderTest, ConfidenceIsRoundedToHundredths) {
  auto events = Code(
      "U.S. Secretary of State John Kerry met Russian Foreign Minister "
      "Sergei Lavrov in Moscow on Tuesday.",
      "2015-12-15");
  ASSERT_FALSE(events.empty()) << Describe(events);
  for (const Event& e : events) {
    // Exact comparison on purpose: the printed form must be the short one.
    EXPECT_EQ(e.confidence, std::round(e.confidence * 100) / 100)
        << std::setprecision(17) << e.confidence;
  }
}

TEST_F(CoderTest, SubjectVerbObject) {
  auto events = Code("Russia attacked Ukraine on Tuesday, officials said.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

TEST_F(CoderTest, PassiveWithAgent) {
  auto events = Code("Ukraine was attacked by Russia on Tuesday.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
  EXPECT_FALSE(Has(events, "UKR", "19", "RUS")) << Describe(events);
}

TEST_F(CoderTest, CoordinatedSubjects) {
  auto events = Code("France and Germany condemned Iran on Monday.");
  EXPECT_TRUE(Has(events, "FRA", "11", "IRN")) << Describe(events);
  EXPECT_TRUE(Has(events, "DEU", "11", "IRN")) << Describe(events);
}

TEST_F(CoderTest, CoordinatedTargets) {
  auto events = Code("Saudi Arabia condemned Iran and Syria.");
  EXPECT_TRUE(Has(events, "SAU", "11", "IRN")) << Describe(events);
  EXPECT_TRUE(Has(events, "SAU", "11", "SYR")) << Describe(events);
}

TEST_F(CoderTest, JointMeetingBothDirections) {
  auto events = Code("Japan and China met in Beijing on Friday.");
  EXPECT_TRUE(Has(events, "JPN", "04", "CHN")) << Describe(events);
  EXPECT_TRUE(Has(events, "CHN", "04", "JPN")) << Describe(events);
}

TEST_F(CoderTest, XcompAgreedToLiftSanctions) {
  auto events = Code("The United States agreed to lift sanctions on Iran.");
  EXPECT_TRUE(Has(events, "USA", "03", "IRN")) << Describe(events);
}

TEST_F(CoderTest, CcompReportedEvent) {
  auto events = Code("Officials said that Syria attacked Turkey.");
  EXPECT_TRUE(Has(events, "SYR", "19", "TUR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "01")) << Describe(events);
}

TEST_F(CoderTest, AccusedOf) {
  auto events = Code("Pakistan accused India of violating the ceasefire.");
  EXPECT_TRUE(Has(events, "PAK", "11", "IND")) << Describe(events);
}

TEST_F(CoderTest, UrgedTo) {
  auto events = Code("Germany urged Russia to withdraw its troops.");
  EXPECT_TRUE(Has(events, "DEU", "02", "RUS")) << Describe(events);
}

TEST_F(CoderTest, NegationSuppressesMeeting) {
  auto events = Code("Iran did not meet with France on Monday.");
  EXPECT_FALSE(Has(events, "IRN", "04", "FRA")) << Describe(events);
}

TEST_F(CoderTest, FutureMeetingIsIntent) {
  auto events = Code("Egypt will meet with Israel next week.");
  EXPECT_TRUE(Has(events, "EGY", "03", "ISR")) << Describe(events);
  EXPECT_FALSE(Has(events, "EGY", "04", "ISR")) << Describe(events);
}

TEST_F(CoderTest, PlannedVisitIsIntent) {
  auto events = Code("Turkey plans to visit Iraq in March.");
  EXPECT_TRUE(Has(events, "TUR", "03", "IRQ")) << Describe(events);
}

TEST_F(CoderTest, ConditionalAttackIsThreat) {
  auto events = Code("Russia would attack Ukraine if it joined the alliance.");
  EXPECT_TRUE(Has(events, "RUS", "13", "UKR")) << Describe(events);
  EXPECT_FALSE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

TEST_F(CoderTest, QuestionNotCoded) {
  auto events = Code("Will China attack Taiwan?");
  EXPECT_TRUE(events.empty()) << Describe(events);
}

TEST_F(CoderTest, HeadlineVerbTaggedAsNoun) {
  auto events =
      Code("Israel kills 20 Palestinians in Gaza, health officials say.");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
}

TEST_F(CoderTest, ArmedSidesClashIsFighting) {
  auto events =
      Code("Gunmen clashed with Libyan soldiers near Tripoli on Monday.");
  EXPECT_FALSE(HasRoot(events, "14")) << Describe(events);
}

TEST_F(CoderTest, PassiveWithAgentOfEventNoun) {
  auto events = Code(
      "Five Syrian soldiers were killed in an airstrike by Turkey on Sunday.");
  EXPECT_TRUE(Has(events, "TUR", "19", "SYR")) << Describe(events);
}

TEST_F(CoderTest, CoordinatedPassivesShareTheAgent) {
  auto events = Code(
      "Three Malian soldiers were killed and four others were wounded by "
      "Algerian troops near the border on Friday.");
  EXPECT_TRUE(Has(events, "DZA", "19", "MLI")) << Describe(events);
}

TEST_F(CoderTest, PronounSubjectOfReportedClause) {
  auto events = Code(
      "Canadian authorities said on Wednesday that they had arrested a Chinese "
      "businessman.");
  EXPECT_TRUE(Has(events, "CAN", "17", "CHN")) << Describe(events);
}

TEST_F(CoderTest, EventNounUnderHypotheticalVerbNotCoded) {
  auto events =
      Code("Analysts said Japan could sign a trade deal with Vietnam.");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "06")) << Describe(events);
}

TEST_F(CoderTest, EventNounThatIsOnlyAskedForNotCoded) {
  auto events = Code(
      "Brazil and Chile asked for a suspension of the military exercises "
      "by Argentina.");
  EXPECT_FALSE(HasRoot(events, "17")) << Describe(events);
}

TEST_F(CoderTest, SymmetricPatternUnderIntentIsOneWay) {
  auto events = Code("Peru said it was determined to mend ties with Ecuador.");
  EXPECT_FALSE(Has(events, "ECU", "03", "PER")) << Describe(events);
}

TEST_F(CoderTest, ControllerOfXcompUnderPassive) {
  auto events =
      Code("Iran said it would be forced to retaliate against Israel.");
  EXPECT_TRUE(Has(events, "IRN", "13", "ISR")) << Describe(events);
}

// Another actor's act that the clause answers happened whatever the clause
// says of it, and is aimed at the one who answers.
TEST_F(CoderTest, RejectedAccusationIsStillAnAccusation) {
  auto events = Code(
      "China on Monday rejected U.S. accusations of currency "
      "manipulation.");
  EXPECT_TRUE(Has(events, "CHN", "01", "USA")) << Describe(events);
  EXPECT_TRUE(Has(events, "USA", "11", "CHN")) << Describe(events);
}

TEST_F(CoderTest, SanctionsAnsweredByAThreatTargetTheThreatener) {
  auto events = Code(
      "Moscow vowed to retaliate against the new European Union sanctions.");
  EXPECT_TRUE(Has(events, "RUS", "13", "IGO")) << Describe(events);
  EXPECT_TRUE(Has(events, "IGO", "16", "RUS")) << Describe(events);
}

TEST_F(CoderTest, ReceivedAidComesFromItsOwner) {
  auto events = Code("Pakistan has received American military aid for years.");
  EXPECT_TRUE(Has(events, "USA", "07", "PAK")) << Describe(events);
  EXPECT_FALSE(Has(events, "PAK", "07", "USA")) << Describe(events);
}

// The parser hangs "on Syria" on the verb; it belongs to the airstrikes.
TEST_F(CoderTest, CondemnedActKeepsItsOwnTarget) {
  auto events = Code("Iran condemned Israeli airstrikes on Syria.");
  EXPECT_TRUE(Has(events, "IRN", "11", "ISR")) << Describe(events);
  EXPECT_TRUE(Has(events, "ISR", "19", "SYR")) << Describe(events);
}

// "internationally recognized", "Turkish-backed": participles that only
// describe a noun report no recognition or support.
TEST_F(CoderTest, DescriptiveParticiplesAreNotEvents) {
  auto events = Code(
      "Yemen's internationally recognized government said the rebels "
      "attacked a ship.");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  events = Code("Turkish-backed Syrian rebels entered the town on Sunday.");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
}

// "The two countries" stands for both actors named before it: one event
// each (the actor matcher gives one mention per referent on one span).
TEST_F(CoderTest, PluralAnaphorGivesOneEventPerReferent) {
  auto events = Code(
      "Ethiopia and Eritrea signed a peace deal in July. The two countries "
      "later accused Egypt of interference.");
  EXPECT_TRUE(Has(events, "ETH", "11", "EGY")) << Describe(events);
  EXPECT_TRUE(Has(events, "ERI", "11", "EGY")) << Describe(events);
  events = Code(
      "Kim Jong Un met Donald Trump in Singapore. The two leaders signed a "
      "statement on denuclearization.");
  EXPECT_TRUE(Has(events, "PRK", "05", "USA")) << Describe(events);
  EXPECT_TRUE(Has(events, "USA", "05", "PRK")) << Describe(events);
}

// "possible extradition": an act only in prospect is not coded as done.
TEST_F(CoderTest, ProspectiveEventNounIsNotCoded) {
  auto events = Code(
      "Canadian police arrested the executive for possible extradition to "
      "the United States.");
  EXPECT_TRUE(Has(events, "CAN", "17", "CAN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "06")) << Describe(events);
}

// "any attack", "any deal": an act that may never happen is not coded;
// the clause's own act still is.
TEST_F(CoderTest, EventNounUnderAnyIsNotCoded) {
  auto respond = Code(
      "Russian President Vladimir Putin said Moscow would respond to any "
      "attack on Belarus.");
  EXPECT_FALSE(HasRoot(respond, "19")) << Describe(respond);
  auto deal = Code(
      "Any deal between Israel and Hamas would need the approval of the "
      "Israeli cabinet.");
  EXPECT_FALSE(HasRoot(deal, "05")) << Describe(deal);
  EXPECT_FALSE(HasRoot(deal, "03")) << Describe(deal);
  auto talks = Code("Iran ruled out any talks with the United States.");
  EXPECT_TRUE(Has(talks, "IRN", "12", "USA")) << Describe(talks);
}

// Taken off a blacklist or a register of offenders: an easing, not an
// expulsion.
TEST_F(CoderTest, RemovalFromAListIsNoExpulsion) {
  auto events = Code(
      "The United Nations removes Myanmar from its yearly blacklist of states "
      "that recruit minors into armed forces.");
  EXPECT_FALSE(HasRoot(events, "17")) << Describe(events);
  EXPECT_TRUE(Has(events, "IGOUNO", "08", "MMR")) << Describe(events);
  auto expelled = Code("Niger expelled the French ambassador.");
  EXPECT_TRUE(Has(expelled, "NER", "16", "FRA")) << Describe(expelled);
}

// "acknowledged the grievances of people in Hong Kong" admits a fact; it
// does not recognise a state (054).
TEST_F(CoderTest, AcknowledgingIsNoRecognition) {
  auto events = Code(
      "President Barack Obama acknowledged the concerns of the Irish "
      "government.");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  auto recognized = Code("Germany recognized Kosovo's independence.");
  EXPECT_TRUE(Has(recognized, "DEU", "05", "KSV")) << Describe(recognized);
}

// One meets a deadline, a pledge or a demand without meeting anyone.
TEST_F(CoderTest, MeetingAGoalIsNoConsultation) {
  auto deadline =
      Code("Iran failed to meet the deadline set by the European Union.");
  EXPECT_FALSE(HasRoot(deadline, "04")) << Describe(deadline);
  EXPECT_FALSE(HasRoot(deadline, "12")) << Describe(deadline);
  auto requirements = Code(
      "Lavrov said Kyiv's proposal on the prisoner swap does not meet Russian "
      "requirements.");
  EXPECT_FALSE(HasRoot(requirements, "12")) << Describe(requirements);
  auto met = Code("Pompeo met the Iraqi prime minister in Baghdad.");
  EXPECT_TRUE(Has(met, "USA", "04", "IRQ")) << Describe(met);
}

// Who blocks a resolution does not say what it says; who passes a bill
// does.
TEST_F(CoderTest, ABlockedResolutionIsNotTheBlockersWord) {
  auto blocked = Code(
      "When Russia and China blocked a draft resolution condemning the "
      "violence in Myanmar, the British envoy said on Friday that London was "
      "appalled.");
  EXPECT_FALSE(Has(blocked, "RUS", "11", "MMR")) << Describe(blocked);
  EXPECT_FALSE(Has(blocked, "CHN", "11", "MMR")) << Describe(blocked);
  auto passed = Code("Congress passed a bill condemning China.");
  EXPECT_TRUE(Has(passed, "USA", "11", "CHN")) << Describe(passed);
}

// Declaring a diplomat persona non grata expels them (161), aimed at the
// diplomat's government.
TEST_F(CoderTest, PersonaNonGrataIsAnExpulsion) {
  auto events = Code(
      "The Kenyan foreign minister declares the Tanzanian ambassador persona "
      "non grata.",
      "2025-03-15");
  EXPECT_TRUE(Has(events, "KEN", "16", "TZA")) << Describe(events);
}

// A pattern that names its object takes the phrase on that object: "closed
// the border with Libya" closes it to Libya (a regression of the rule that
// what a fought thing is "with" is not the one fought).
TEST_F(CoderTest, ClosingTheBorderWithACountry) {
  auto events = Code("Egypt closed the border with Libya.");
  EXPECT_TRUE(Has(events, "EGY", "19", "LBY")) << Describe(events);
  auto crossings = Code(
      "Israel closes the border crossings with the Gaza Strip for the Jewish "
      "holidays.",
      "2025-10-02");
  EXPECT_TRUE(Has(crossings, "ISR", "19", "PSE")) << Describe(crossings);
}

// A bare role of a place belongs to the place's country, not to the
// country named before it: "the mayor of Kherson", "the government of the
// Central African Republic".
TEST_F(CoderTest, RoleOfAPlaceTakesThePlacesCountry) {
  auto kherson = Code("Russia detained the mayor of Kherson.", "2023-05-02");
  EXPECT_TRUE(Has(kherson, "RUS", "17", "UKR")) << Describe(kherson);
  auto hebron = Code(
      "Israel on Friday released the mayor of the southern West Bank town of "
      "Hebron after four months in administrative detention.",
      "2008-08-08");
  EXPECT_TRUE(Has(hebron, "ISR", "08", "PSE")) << Describe(hebron);
  auto car = Code(
      "Seleka rebels and the government of the Central African Republic sign "
      "a peace accord in Khartoum.",
      "2019-02-06");
  EXPECT_TRUE(Has(car, "CAF", "05", "CAF")) << Describe(car);
  EXPECT_FALSE(Has(car, "PSE", "05", "")) << Describe(car);
  EXPECT_FALSE(Has(car, "SDN", "05", "")) << Describe(car);
  // The province of 11 million, not Ontario, California, though the
  // sentence names the United States.
  auto ontario = Code(
      "U.S. President Donald Trump criticized the government of Ontario.",
      "2025-03-10");
  EXPECT_TRUE(Has(ontario, "USA", "11", "CAN")) << Describe(ontario);
}

// "provide Y with X": the recipient is the object, the goods follow.
TEST_F(CoderTest, ProvideRecipientWithGoods) {
  auto tanks = Code("Germany provided Ukraine with tanks.", "2023-06-12");
  EXPECT_TRUE(Has(tanks, "DEU", "07", "UKR")) << Describe(tanks);
  auto pledge = Code(
      "France will provide Ukraine with additional air "
      "defense systems.",
      "2023-06-12");
  EXPECT_TRUE(Has(pledge, "FRA", "03", "UKR")) << Describe(pledge);
}

// Demanding the release of people is a demand (10), made of whoever
// holds them.
TEST_F(CoderTest, DemandForReleaseIsMadeOfTheHolder) {
  auto demand = Code(
      "The United States demanded the release of its "
      "citizens held by Iran.",
      "2019-06-12");
  EXPECT_TRUE(Has(demand, "USA", "10", "IRN")) << Describe(demand);
  EXPECT_FALSE(Has(demand, "USA", "08", "")) << Describe(demand);
}

// A retreat "from" or "out of" a town concerns the town's country.
TEST_F(CoderTest, RetreatFromATown) {
  auto kherson = Code("Russia withdrew its troops from Kherson.", "2022-11-12");
  EXPECT_TRUE(Has(kherson, "RUS", "08", "UKR")) << Describe(kherson);
  auto goma =
      Code("Rwanda withdraws its remaining troops from Goma.", "2025-12-08");
  EXPECT_TRUE(Has(goma, "RWA", "08", "COD")) << Describe(goma);
}

// Handing over or extraditing someone is aimed at the receiving state.
TEST_F(CoderTest, ExtraditionIsAimedAtTheReceivingState) {
  auto extradited = Code(
      "Paraguay extradites a Brazilian gang leader to Brazil.", "2025-02-28");
  EXPECT_TRUE(Has(extradited, "PRY", "06", "BRA")) << Describe(extradited);
  auto handed = Code(
      "Venezuela handed over the opposition leader to "
      "Colombia.",
      "2019-06-12");
  EXPECT_TRUE(Has(handed, "VEN", "06", "COL")) << Describe(handed);
}

// What a reaction or concern is about is another's act: "expresses concern
// over the arrest of its citizens in China" is no arrest by Canada.
TEST_F(CoderTest, ConcernOverAnArrestIsNotTheArrest) {
  auto concern = Code(
      "Canada expresses concern over the arrest of its "
      "citizens in China.",
      "2019-01-10");
  for (const Event& e : concern) {
    if (e.root == "17") {
      EXPECT_NE(e.source.code, "CAN") << Describe(concern);
    }
  }
}

// A state that protests complains officially (114); a people that
// protests demonstrates (141), also against its own government.
TEST_F(CoderTest, StatesComplainPeoplesDemonstrate) {
  auto state = Code(
      "Japan protests China's deployment of an aircraft "
      "carrier near its islands.",
      "2025-06-12");
  EXPECT_TRUE(Has(state, "JPN", "11", "CHN")) << Describe(state);
  EXPECT_FALSE(Has(state, "JPN", "14", "CHN")) << Describe(state);
  auto people = Code("Thousands of Iranians protest against the government.",
                     "2025-06-12");
  EXPECT_TRUE(Has(people, "IRN", "14", "IRN")) << Describe(people);
}

// "capture the town of X in Donetsk Oblast, Ukraine": when the first
// phrase a pattern's preposition fits names no actor, a later one with
// another of its prepositions names the target (192, not the arrest
// reading of "capture").
TEST_F(CoderTest, LaterPrepositionalPhraseGivesTheTarget) {
  auto captured = Code(
      "Russian units capture the mining town of Toretsk in eastern Donetsk "
      "Oblast, Ukraine, after months of fighting.",
      "2025-07-12");
  EXPECT_TRUE(Has(captured, "RUS", "19", "UKR")) << Describe(captured);
  EXPECT_FALSE(Has(captured, "RUS", "17", "UKR")) << Describe(captured);
}

// "tariffs of 25% on imports from Canada and Mexico": the phrase hung on
// the rate is the tariffs', and both countries of the "from" phrase are
// targets.
TEST_F(CoderTest, TariffsOnImportsFromTwoCountries) {
  auto tariffs = Code(
      "The United States announces tariffs of 25% on imports from Canada and "
      "Mexico.",
      "2025-02-01");
  EXPECT_TRUE(Has(tariffs, "USA", "16", "CAN")) << Describe(tariffs);
  EXPECT_TRUE(Has(tariffs, "USA", "16", "MEX")) << Describe(tariffs);
}

// A "to" clause after the object of "summon" or "use" is the subject's
// purpose, not the object's act.
TEST_F(CoderTest, PurposeOfSummoningIsTheSummoners) {
  auto summoned = Code(
      "China summoned the U.S. ambassador to protest the arms sale to Taiwan.",
      "2019-07-09");
  EXPECT_TRUE(Has(summoned, "CHN", "11", "USA")) << Describe(summoned);
  EXPECT_FALSE(Has(summoned, "USA", "11", "TWN")) << Describe(summoned);
  auto used = Code(
      "The Indian authorities have used the lockdown to arrest "
      "activists.",
      "2020-05-01");
  EXPECT_TRUE(Has(used, "IND", "17", "IND")) << Describe(used);
}

// "Russian and Ukrainian officials", "Armenian and Azerbaijani soldiers": the
// first demonym names a second party in the role of the second's name.
TEST_F(CoderTest, ConjoinedDemonymsBeforeARoleAreTwoParties) {
  auto talks = Code("Russian and Ukrainian officials held talks in Istanbul.",
                    "2022-03-10");
  EXPECT_TRUE(Has(talks, "RUS", "04", "UKR")) << Describe(talks);
  EXPECT_TRUE(Has(talks, "UKR", "04", "RUS")) << Describe(talks);
  auto fire = Code(
      "Armenian and Azerbaijani soldiers exchange fire near the village of "
      "Sotk.",
      "2022-09-13");
  EXPECT_TRUE(Has(fire, "ARM", "19", "AZE")) << Describe(fire);
  EXPECT_TRUE(Has(fire, "AZE", "19", "ARM")) << Describe(fire);
  auto negotiators =
      Code("Israeli and Palestinian negotiators met in Cairo.", "2014-08-10");
  EXPECT_TRUE(Has(negotiators, "ISR", "04", "PSE")) << Describe(negotiators);
  auto strike =
      Code("French and British warplanes struck Libyan targets.", "2011-03-20");
  EXPECT_TRUE(Has(strike, "FRA", "19", "LBY")) << Describe(strike);
  EXPECT_TRUE(Has(strike, "GBR", "19", "LBY")) << Describe(strike);
}

// A bare role of an armed group or force is of its code: "Israel killed a
// commander of Hezbollah" was ISRGOV, the country named first.
TEST_F(CoderTest, RoleOfAnArmedGroupTakesItsCode) {
  auto hezbollah = Code(
      "Israel killed a commander of Hezbollah in southern "
      "Lebanon.",
      "2026-05-10");
  EXPECT_TRUE(Has(hezbollah, "ISR", "19", "LBN")) << Describe(hezbollah);
  auto quds = Code("Israel killed a commander of the Quds Force in Damascus.",
                   "2026-05-10");
  EXPECT_TRUE(Has(quds, "ISR", "19", "IRN")) << Describe(quds);
  auto army =
      Code("Russia arrested a spokesman of the Ukrainian army.", "2023-05-10");
  EXPECT_TRUE(Has(army, "RUS", "17", "UKR")) << Describe(army);
}

// "a series of Russian strikes", "a wave of Israeli airstrikes": the doer
// is the counted attacks'.
TEST_F(CoderTest, SeriesOfStrikesIsTheStrikesDoer) {
  auto series = Code(
      "A series of Russian strikes on Odesa and Sumy kills at least five "
      "people.",
      "2025-08-05");
  EXPECT_TRUE(Has(series, "RUS", "19", "UKR")) << Describe(series);
  auto wave = Code("A wave of Israeli airstrikes killed 20 people in Gaza.",
                   "2024-03-01");
  EXPECT_TRUE(Has(wave, "ISR", "19", "PSE")) << Describe(wave);
}

// Private people without a country word are of the place the sentence
// puts them in, not of the attacker whose demonym the sentence names; a
// country the sentence names as their place stays theirs.
TEST_F(CoderTest, VictimsAreOfTheirTown) {
  auto kharkiv = Code(
      "Five people were killed in a Russian drone attack on "
      "Kharkiv.",
      "2023-06-09");
  EXPECT_TRUE(Has(kharkiv, "RUS", "19", "UKR")) << Describe(kharkiv);
  auto kherson = Code(
      "Two civilians were killed by Russian artillery in "
      "Kherson.",
      "2023-06-09");
  EXPECT_TRUE(Has(kherson, "RUS", "19", "UKR")) << Describe(kherson);
  auto khan_younis = Code(
      "Israeli tank fire kills three people in Khan Younis.", "2026-05-22");
  EXPECT_TRUE(Has(khan_younis, "ISR", "19", "PSE")) << Describe(khan_younis);
  auto aurora = Code(
      "Eight people are killed when a truck hits two vans in Aurora, Isabela "
      "province, Philippines, police say.",
      "2025-07-19");
  for (const Event& e : aurora) {
    EXPECT_NE(e.target.code.substr(0, 3), "USA") << Describe(aurora);
  }
}

// A second subject the parse gives the verb counts from the first word of
// its phrase ("Japan and [the United] States began talks"); a noun of
// intent pairs no subjects ("stated their commitment to the plan").
TEST_F(CoderTest, SecondSubjectWithDeterminerIsAParty) {
  auto talks = Code("Japan and the United States began talks.", "1987-03-01");
  EXPECT_TRUE(Has(talks, "JPN", "04", "USA")) << Describe(talks);
  EXPECT_TRUE(Has(talks, "USA", "04", "JPN")) << Describe(talks);
  auto commitment = Code(
      "The African Union, the European Union, China and Brazil have each "
      "stated their commitment to the ceasefire plan.",
      "2017-02-15");
  EXPECT_FALSE(HasRoot(commitment, "03")) << Describe(commitment);
}

// The nationality of goods names their origin, not the target.
TEST_F(CoderTest, AdjectiveDeepInsideAnArgumentIsNotItsActor) {
  auto events = Code("Gazprom halted exports of Russian gas to Ukraine.");
  EXPECT_FALSE(Has(events, "RUS", "16", "RUS")) << Describe(events);
}

// "called on X to release": an appeal for release to X, and the release
// itself did not happen.
TEST_F(CoderTest, AppealWithToClauseOnAddressee) {
  auto events = Code("Trump called on Iran to release the American sailors.");
  EXPECT_TRUE(Has(events, "USA", "02", "IRN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "08")) << Describe(events);
}

TEST_F(CoderTest, DemandThatClause) {
  auto events = Code("Iran demanded that Britain release the tanker.");
  EXPECT_TRUE(Has(events, "IRN", "10", "GBR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "08")) << Describe(events);
}

// A past participle on a noun is a passive: the "by" phrase is the source,
// the noun the target.
TEST_F(CoderTest, PassiveParticipleOnNoun) {
  auto events = Code(
      "Fethullah Gulen, accused by Turkey of orchestrating the coup, lives in "
      "Pennsylvania.");
  EXPECT_TRUE(Has(events, "TUR", "11", "TUR")) << Describe(events);
}

// "its" stands for the clause's subject, and the phrase the parser hung on
// the verb belongs to the event noun.
TEST_F(CoderTest, PronounOwnerOfEventNoun) {
  auto events = Code("Israel defended its airstrikes on Gaza.");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
}

// A promised act of aid is an intent (03x) even where the pattern has no
// intent= code of its own.
TEST_F(CoderTest, PromisedAidIsIntent) {
  auto events = Code("Russia will increase its economic aid to Belarus.");
  EXPECT_TRUE(Has(events, "RUS", "03", "BLR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "07")) << Describe(events);
}

// Headline present tense the tagger reads as a plural noun.
TEST_F(CoderTest, HeadlineVerbReadAsPluralNoun) {
  auto events = Code("Thailand summons Iran's ambassador over the attack.");
  EXPECT_TRUE(Has(events, "THA", "11", "IRN")) << Describe(events);
}

// "a raid ... targeting X": the raid's doer targets X, not a place named in
// between.
TEST_F(CoderTest, ParticipleOnEventNounTakesItsDoer) {
  auto events = Code(
      "The Israeli military launches a raid in Jenin, Palestine, targeting "
      "Hamas gunmen and killing three.");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
  EXPECT_FALSE(Has(events, "PSE", "19", "PSE")) << Describe(events);
}

// What is asked for or threatened has not happened.
TEST_F(CoderTest, ComplementOfAppealOrThreatIsNotDone) {
  auto events = Code("Congress asked President Trump to help Ukraine.");
  EXPECT_TRUE(Has(events, "USA", "02", "USA")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "07")) << Describe(events);
  events = Code("Iran threatened to expel British diplomats.");
  EXPECT_TRUE(Has(events, "IRN", "13", "GBR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "16")) << Describe(events);
}

TEST_F(CoderTest, PromisedResponseIsAThreat) {
  auto events = Code(
      "Taiwan's defence minister promised a firm military response to any "
      "Chinese incursion.");
  EXPECT_TRUE(Has(events, "TWN", "13", "CHN")) << Describe(events);
}

TEST_F(CoderTest, RetaliationToAnotherActorsMeasures) {
  auto events =
      Code("China would be forced to retaliate to the U.S. tariff measures.");
  EXPECT_TRUE(Has(events, "CHN", "13", "USA")) << Describe(events);
  EXPECT_TRUE(Has(events, "USA", "16", "CHN")) << Describe(events);
}

TEST_F(CoderTest, RefusedToRenewAnAgreement) {
  auto events =
      Code("Ukraine refused to renew the transit agreement with Gazprom.");
  EXPECT_TRUE(Has(events, "UKR", "12", "RUS")) << Describe(events);
}

// A visit "next month" is planned (036), and "her" is the clause's subject.
TEST_F(CoderTest, EventNounWithFutureTimeIsIntent) {
  auto events = Code(
      "Theresa May held talks with Merkel ahead of her visit to Beijing next "
      "month.");
  EXPECT_TRUE(Has(events, "GBR", "04", "DEU")) << Describe(events);
  bool planned_visit = false;
  for (const Event& e : events) {
    planned_visit = planned_visit ||
                    (e.cameo == "036" && e.source.code.rfind("GBR", 0) == 0 &&
                     e.target.code.rfind("CHN", 0) == 0);
  }
  EXPECT_TRUE(planned_visit) << Describe(events);
}

// The parser takes "called" for a participle on "states"; with no "by"
// agent and no verb at the root, it is the main verb, not a passive.
TEST_F(CoderTest, ParticipleInVerblessSentenceIsNotPassive) {
  auto events = Code(
      "Health ministers from African states called for urgent aid from the "
      "World Health Organization.");
  for (const Event& e : events) {
    EXPECT_NE(e.target.code.substr(0, 3), "AFR") << Describe(events);
  }
}

// Telling the media is how a statement is made, not a statement event.
TEST_F(CoderTest, StatementToTheMediaIsNotAnEvent) {
  auto events = Code("Netanyahu told CNN on Sunday that the talks had failed.");
  EXPECT_FALSE(HasRoot(events, "01")) << Describe(events);
}

// Idioms of the motion and treatment verbs are not visits or aid.
TEST_F(CoderTest, GenericVerbIdiomsAreNotEvents) {
  auto events = Code(
      "When it comes to the State Department, the president says the United "
      "States is treated unfairly by China.");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "07")) << Describe(events);
}

// "no discussions": the act the object names did not take place.
TEST_F(CoderTest, ObjectWithNoIsNegated) {
  auto events = Code(
      "The Pentagon envoy has held no talks with his Chinese counterparts "
      "since the summer.");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
}

// People who protest demonstrate (141); the codebook's 116 is for rulings
// against non-individuals, and a person sentenced to prison is 173.
TEST_F(CoderTest, ProtestersDemonstrateAndSentencedPeopleAreDetained) {
  auto events = Code(
      "Thousands of people gather in Berlin to protest against Chancellor "
      "Friedrich Merz.",
      "2025-06-01");
  EXPECT_TRUE(Has(events, "DEU", "14", "DEU")) << Describe(events);
  events = Code(
      "The court sentenced the opposition leader to five years in prison.");
  EXPECT_TRUE(HasRoot(events, "17")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "11")) << Describe(events);
}

// "X summons Y, demanding ...": the participle after the comma is X's
// demand of Y, however the parser attached it.
TEST_F(CoderTest, ParticipleAfterCommaAddressesTheObject) {
  auto events = Code(
      "Poland summons Russia's envoy, demanding an explanation for the drone "
      "incursion.");
  EXPECT_TRUE(Has(events, "POL", "10", "RUS")) << Describe(events);
  EXPECT_FALSE(Has(events, "RUS", "10", "")) << Describe(events);
}

// An attack's owner did what the attack did: as the subject ("an Israeli
// airstrike killed ...") or as the setting of a passive ("were killed in a
// Russian drone attack").
TEST_F(CoderTest, OwnerOfAnAttackIsTheDoer) {
  auto events =
      Code("An Israeli airstrike killed three Hamas commanders in Gaza.");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
  events = Code(
      "Five Ukrainian soldiers were killed in a Russian drone attack on "
      "Monday.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// A town no actor dictionary knows stands for its country when it is what
// an act is aimed at; a surname that is also a town name does not.
TEST_F(CoderTest, TownAsTargetIsItsCountry) {
  auto events = Code("Israel launched new strikes on Rafah on Tuesday.");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
  events = Code("Russian missiles struck Kharkiv overnight.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
  events = Code("Democrats criticized Warren on Monday.");
  EXPECT_FALSE(HasRoot(events, "11")) << Describe(events);
}

// A passive without agent has no doer: the reporter did not do it.
TEST_F(CoderTest, ReporterIsNotTheAgentOfAPassive) {
  auto events = Code(
      "Seven youths were killed in a massacre near Durban, the South African "
      "government reported.");
  EXPECT_FALSE(Has(events, "ZAF", "20", "")) << Describe(events);
  EXPECT_FALSE(Has(events, "ZAF", "19", "")) << Describe(events);
  // A pronoun patient still stands for the one who speaks.
  events =
      Code("Turkey has said it would be obliged to retaliate against Greece.");
  EXPECT_TRUE(Has(events, "TUR", "13", "GRC")) << Describe(events);
}

// Obligations and purposes are not acts: "must release", "in order for
// companies to invest".
TEST_F(CoderTest, ObligationAndPurposeAreNotCoded) {
  auto events = Code("Iran should release the British tanker.");
  EXPECT_FALSE(HasRoot(events, "08")) << Describe(events);
  events = Code(
      "Congress must repeal the law in order for American companies to "
      "invest in North Korea.");
  EXPECT_FALSE(HasRoot(events, "06")) << Describe(events);
}

// The tagger read "attacked" as a participle on "troops" and left the
// sentence without a finite verb; its decoding rule gives it back.
TEST_F(CoderTest, PastTenseReadAsParticipleIsTheVerb) {
  auto events = Code("Russian troops attacked Ukrainian military positions.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// "refused to meet" parsed as an advcl is still a refused meeting.
TEST_F(CoderTest, RefusalWithAdverbialToClause) {
  auto events = Code(
      "Egyptian President Hosni Mubarak has refused to meet Sudan's visiting "
      "President Omar al-Bashir in Cairo, saying he would only receive him in "
      "Sharm el-Sheikh, his spokesman said Monday.",
      "2004-05-04");
  EXPECT_TRUE(Has(events, "EGY", "12", "SDN")) << Describe(events);
  for (const Event& e : events) {
    EXPECT_NE(e.cameo, "040") << Describe(events);
  }
  // "visiting" only describes the guest: no visit by Egypt to him.
  EXPECT_FALSE(Has(events, "EGY", "04", "SDN")) << Describe(events);
}

// Codebook 161: expelling diplomats reduces relations with their country.
// Denying bail keeps someone detained (173).
TEST_F(CoderTest, ExpelledDiplomatsAndDeniedBail) {
  auto events = Code("Russia expels two British diplomats.");
  EXPECT_TRUE(Has(events, "RUS", "16", "GBR")) << Describe(events);
  events = Code(
      "The Kenya High Court denies bail to opposition activist Boniface "
      "Mwangi.");
  EXPECT_TRUE(Has(events, "KEN", "17", "KEN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "01")) << Describe(events);
}

// A prisoner exchange goes both ways, also when the parse lost the subject
// of "exchange" and word order finds "Ukraine and Russia".
TEST_F(CoderTest, PrisonerExchangeBothWays) {
  auto events = Code("Ukraine and Russia exchange 300 prisoners of war.");
  EXPECT_TRUE(Has(events, "UKR", "08", "RUS")) << Describe(events);
  EXPECT_TRUE(Has(events, "RUS", "08", "UKR")) << Describe(events);
}

// A pledge is an intent (03x), and the aid it names is not yet given, also
// when the headline verb was tagged as a noun.
TEST_F(CoderTest, PledgedAidIsIntentOnly) {
  auto events = Code("Germany pledges 500 million euros in aid to Ukraine.");
  EXPECT_TRUE(Has(events, "DEU", "03", "UKR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "07")) << Describe(events);
}

// Capturing a town is occupying territory of its country (192).
TEST_F(CoderTest, CapturedVillageIsTerritoryOfItsCountry) {
  auto events =
      Code("Russian forces capture the village of Pokrovsk in Donetsk Oblast.");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// An attack on unnamed targets hits the country they lie in.
TEST_F(CoderTest, AttackOnUnnamedTargetsHitsTheirCountry) {
  auto events =
      Code("Ukraine strikes two oil depots in western and central Russia.");
  EXPECT_TRUE(Has(events, "UKR", "19", "RUS")) << Describe(events);
}

// Retaking a place from someone is fighting them.
TEST_F(CoderTest, RetakingFromTheHolderIsFighting) {
  auto events = Code(
      "Sudan's army retakes the presidential palace in Khartoum from the "
      "Rapid Support Forces.",
      "2025-03-21");
  EXPECT_TRUE(Has(events, "SDN", "19", "SDN")) << Describe(events);
}

// "is opposed to" is the subject's stance, not a passive.
TEST_F(CoderTest, AdjectivalPassiveKeepsTheSubjectAsSource) {
  auto events = Code(
      "India is opposed to American mediation in its dispute with "
      "Pakistan.");
  EXPECT_TRUE(Has(events, "IND", "11", "USA")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "11", "IND")) << Describe(events);
}

// A capital in a locative phrase names where ("signed ... in Washington"),
// and an agreement named after a capital is not its government.
TEST_F(CoderTest, CapitalAsPlaceIsNoParty) {
  auto events =
      Code("Israel and the UAE signed the Abraham Accords in Washington.");
  EXPECT_TRUE(Has(events, "ISR", "05", "ARE")) << Describe(events);
  EXPECT_FALSE(Has(events, "ISR", "05", "USA")) << Describe(events);
  events = Code("Russia is committed to the Minsk agreement with Ukraine.");
  EXPECT_FALSE(Has(events, "RUS", "03", "BLR")) << Describe(events);
}

// A verb the parser conjoined to a copular complement ("... was an attack
// and report the arrest") belongs to the clause that governs it.
TEST_F(CoderTest, VerbConjoinedToCopularComplementTakesTheMainSubject) {
  auto events = Code(
      "Kenya's interior ministry says that the blast in Nairobi was a "
      "terrorist attack and reports the arrest of two suspects.");
  EXPECT_TRUE(Has(events, "KENGOV", "17", "KEN")) << Describe(events);
}

// Condemning an attack is aimed at the attacker, not the victim; and the
// condemner did not do the attack.
TEST_F(CoderTest, CondemnedAttackTargetsTheAttacker) {
  auto events = Code(
      "The White House condemned the attack on the American embassy in "
      "Kabul.");
  EXPECT_FALSE(Has(events, "USA", "11", "USA")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "19", "USA")) << Describe(events);
}

// What a law does, the body that passes it does.
TEST_F(CoderTest, BillPassedByALegislature) {
  auto events =
      Code("The U.S. House passed a bill imposing tougher sanctions on "
           "Venezuela.");
  bool sanction = false;
  for (const Event& e : events) {
    sanction = sanction || (e.root == "16" && !e.source.code.empty() &&
                            e.target.code == "VEN");
  }
  EXPECT_TRUE(sanction) << Describe(events);
}

// The parties of "between" are both sides of the event, whoever reports
// it; and Serbia, Croatia and Slovenia are countries.
TEST_F(CoderTest, BetweenPartiesAreBothSides) {
  auto events = Code(
      "The European Union welcomed the agreement between Serbia and Kosovo.");
  EXPECT_TRUE(Has(events, "SRB", "05", "KSV")) << Describe(events);
  EXPECT_TRUE(Has(events, "KSV", "05", "SRB")) << Describe(events);
  EXPECT_FALSE(Has(events, "IGO", "05", "KSV")) << Describe(events);
  events = Code("Croatia and Slovenia signed a border deal in Zagreb.");
  EXPECT_TRUE(Has(events, "HRV", "05", "SVN")) << Describe(events);
}

// A bare role takes no country from the one the clause acts on (with the
// tags of the full pipeline: "asked" is a verb).
TEST_F(CoderTest, BareRoleDoesNotBelongToTheCountryItActsOn) {
  auto events = Code("The government asked Saudi Arabia for help.");
  EXPECT_FALSE(Has(events, "SAU", "02", "SAU")) << Describe(events);
}

// A verb conjoined to a complement shares its modality: asked for, not
// done; agreed to, an intent.
TEST_F(CoderTest, ConjoinedComplementSharesModality) {
  auto events = Code(
      "The statement urges the Houthis to disarm and give up control of the "
      "port of Hodeidah.");
  EXPECT_FALSE(HasRoot(events, "08")) << Describe(events);
  events = Code(
      "Iran agreed to halt enrichment and allow inspectors into its "
      "sites.");
  for (const Event& e : events) {
    EXPECT_EQ(e.root, "03") << Describe(events);
  }
}

// Damage done in someone's attack: the patient of the passive is the
// target, the attack's owner the source.
TEST_F(CoderTest, DamagedInAnAttackIsTheTarget) {
  auto events =
      Code("Two Russian tanks were destroyed in a Ukrainian drone attack.");
  EXPECT_TRUE(Has(events, "UKR", "19", "RUS")) << Describe(events);
}

// Unowned strikes a military reports are its own; those reported by
// others stay without a source.
TEST_F(CoderTest, StrikesReportedByAMilitaryAreItsOwn) {
  auto events = Code(
      "The Israeli army said that the airstrikes hit Hezbollah positions in "
      "southern Lebanon.");
  EXPECT_TRUE(Has(events, "ISR", "19", "LBN")) << Describe(events);
  events = Code(
      "Syrian activists said that the airstrikes hit Hezbollah positions in "
      "southern Lebanon.");
  EXPECT_FALSE(Has(events, "SYR", "19", "LBN")) << Describe(events);
}

// Idioms of "add to" and "kick" are no statements or assaults.
TEST_F(CoderTest, AddToAndKickIdiomsAreNotEvents) {
  auto events =
      Code("Republicans are adding $36 billion to President Obama's request.",
           "2015-06-01");
  EXPECT_FALSE(HasRoot(events, "01")) << Describe(events);
  events = Code(
      "The plan would kick millions of Americans off their "
      "insurance.");
  EXPECT_FALSE(HasRoot(events, "18")) << Describe(events);
}

// Sports results filed as "In <sport>, ..." are no political events.
TEST_F(CoderTest, SportsResultsAreNotEvents) {
  auto events = Code(
      "In basketball, Serbia beats Germany 88-81 in the bronze medal game.");
  EXPECT_TRUE(events.empty()) << Describe(events);
}

// "his threat to impose tariffs", "Russia's plan to attack", "Iran's
// refusal to negotiate": the "to" clause of a noun of intent, threat or
// refusal is its owner's act, only threatened, planned or refused.
TEST_F(CoderTest, NounOfIntentGovernsItsToClause) {
  auto events = Code("Trump renewed his threat to impose tariffs on Mexico.");
  EXPECT_TRUE(Has(events, "USA", "13", "MEX")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "16")) << Describe(events);
  events = Code("Russia's plan to attack Ukraine worried NATO.");
  EXPECT_TRUE(Has(events, "RUS", "13", "UKR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  // A decision is made, not planned.
  events = Code(
      "Kabul criticised Pakistan's decision to suspend trade talks with "
      "Afghanistan.");
  EXPECT_TRUE(Has(events, "PAK", "16", "AFG")) << Describe(events);
  events = Code("The EU decided to impose sanctions on Russia.");
  EXPECT_TRUE(Has(events, "IGOEU", "16", "RUS")) << Describe(events);
  events = Code(
      "Iran's refusal to negotiate with the United States angered "
      "Washington.");
  EXPECT_FALSE(Has(events, "IRN", "04", "USA")) << Describe(events);
}

// Verbs the treebank lacks keep their meaning: suffix rules made
// "blamed" "blam" and "declined" "declin", so neither was coded.
TEST_F(CoderTest, UnseenRegularVerbsAreCoded) {
  auto events = Code("Russia blamed Ukraine for the attack on the bridge.");
  EXPECT_TRUE(Has(events, "RUS", "11", "UKR")) << Describe(events);
  events = Code("Egypt declined to meet Israel.");
  EXPECT_FALSE(Has(events, "EGY", "04", "ISR")) << Describe(events);
  events = Code("Saudi Arabia and Egypt boycotted Qatar.");
  EXPECT_TRUE(Has(events, "SAU", "14", "QAT")) << Describe(events);
}

// Hyphenated given names stay names through tagging and parsing.
TEST_F(CoderTest, HyphenatedGivenNamesAreActors) {
  auto events = Code("Kim Jong-un met Moon Jae-in in Panmunjom.");
  EXPECT_TRUE(Has(events, "PRK", "04", "KOR")) << Describe(events);
  events = Code(
      "Taiwanese president Tsai Ing-wen cancels a planned visit to Honduras.",
      "2019-06-01");
  EXPECT_TRUE(Has(events, "TWN", "16", "HND")) << Describe(events);
}

// "Trump announces all trade talks with Brazil are suspended":
// the one who announces a measure in the passive takes it, but not a
// violent act he only reports.
TEST_F(CoderTest, AnnouncedPassiveMeasureIsTheAnnouncers) {
  auto events = Code(
      "President Trump announces all trade talks with Brazil are suspended.",
      "2025-07-10");
  EXPECT_TRUE(Has(events, "USA", "16", "BRA")) << Describe(events);
  events = Code(
      "The Iranian government announced that five protesters were killed in "
      "Tehran.");
  EXPECT_FALSE(Has(events, "IRN", "19", "IRN")) << Describe(events);
}

// Talking to reporters or an editorial board is how news is made, not a
// meeting or a phone call between political actors.
TEST_F(CoderTest, TalksWithTheMediaAreNoConsultations) {
  auto events = Code(
      "Senator Lindsey Graham told a conference call with reporters on "
      "Thursday that the sanctions package had the votes.");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
  events = Code("Trump met with the New York Times editorial board.");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
}

// What a clause denies is not asserted: "denied that House Democrats
// were preparing to impeach President Donald Trump" codes no impeachment.
TEST_F(CoderTest, DeniedClauseIsNotAnEvent) {
  auto events = Code(
      "Iran denied that its forces attacked the tanker near Saudi Arabia.");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  events = Code(
      "Pelosi denied that House Democrats were preparing to impeach "
      "President Donald Trump.",
      "2019-05-22");
  EXPECT_FALSE(HasRoot(events, "11")) << Describe(events);
}

// "has yet to agree": not agreed.
TEST_F(CoderTest, YetToIsNotDone) {
  auto events = Code(
      "The Biden administration has yet to agree with Iran on a framework for "
      "new nuclear talks.");
  EXPECT_FALSE(Has(events, "USA", "01", "IRN")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "03", "IRN")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "05", "IRN")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "12", "IRN")) << Describe(events);
}

// An event noun that only classifies another noun ("a joint combat
// aircraft programme", "attack helicopters") reports no event.
TEST_F(CoderTest, EventNounModifyingAnotherNounIsNoEvent) {
  auto events = Code(
      "Spain and Italy have reached a broad accord on a joint combat "
      "aircraft programme.",
      "1987-03-22");
  EXPECT_TRUE(Has(events, "ESP", "05", "ITA")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
}

// A measure only considered, proposed or weighed is not taken.
TEST_F(CoderTest, ConsideredMeasureIsNotTaken) {
  auto events = Code(
      "The United States is considering restrictions on imports from "
      "Argentina.");
  EXPECT_FALSE(Has(events, "USA", "17", "ARG")) << Describe(events);
  EXPECT_FALSE(Has(events, "USA", "16", "ARG")) << Describe(events);
}

// A country and its own government are one actor, not two sides.
TEST_F(CoderTest, CountryAndItsGovernmentAreNoDyad) {
  auto events =
      Code("Mexico has concluded eight bilateral accords with the government.",
           "1987-03-20");
  EXPECT_FALSE(Has(events, "MEX", "05", "MEX")) << Describe(events);
}

// "The Democratic Republic of the Congo and Burundi sign ...": the parse
// hangs the second party on the last word of the first one's name.
TEST_F(CoderTest, ConjunctInsideAMultiWordNameIsAParty) {
  auto events = Code(
      "The Democratic Republic of the Congo and Burundi sign a joint security "
      "accord in Bujumbura.",
      "2025-06-19");
  EXPECT_TRUE(Has(events, "COD", "05", "BDI")) << Describe(events);
  EXPECT_TRUE(Has(events, "BDI", "05", "COD")) << Describe(events);
}

// "farmers are killed when an army helicopter fires on a market": the
// doer of an agentless killing is the one whose attack the when-clause
// reports.
TEST_F(CoderTest, AgentOfPassiveKillingFromWhenClause) {
  auto events = Code(
      "Six Palestinians were killed when an Israeli tank fired at a wedding "
      "in Gaza City.",
      "2025-12-19");
  EXPECT_TRUE(Has(events, "ISR", "19", "PSE")) << Describe(events);
  events = Code(
      "Three police officers are killed after gunmen attacked them at a "
      "checkpoint in Zamfara State, Nigeria.",
      "2026-05-31");
  EXPECT_TRUE(Has(events, "UAF", "19", "NGA")) << Describe(events);
  // A when-clause that reports no attack gives no doer.
  events = Code(
      "Four Nigerian soldiers are killed when their helicopter crashes near "
      "Abuja.",
      "2025-07-02");
  EXPECT_FALSE(Has(events, "NGA", "19", "NGA")) << Describe(events);
}

// "accused the United Arab Emirates of supporting the Rapid Support
// Forces": the alleged act is not asserted; the accusation is.
TEST_F(CoderTest, ActOfAnAccusationIsNotAsserted) {
  auto events = Code(
      "Sudan accused the United Arab Emirates of supporting the Rapid "
      "Support Forces in Darfur.",
      "2025-03-17");
  EXPECT_TRUE(Has(events, "SDN", "11", "ARE")) << Describe(events);
  EXPECT_FALSE(Has(events, "ARE", "05", "SDN")) << Describe(events);
  EXPECT_FALSE(Has(events, "ARE", "07", "SDN")) << Describe(events);
}

// "the anniversary of the Russian invasion of Ukraine": a commemorated
// event is background, not news.
TEST_F(CoderTest, AnniversaryOfAnEventIsNoEvent) {
  auto events = Code(
      "Protests are held across Europe to mark the third anniversary of the "
      "Russian invasion of Ukraine.",
      "2025-02-23");
  EXPECT_FALSE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// What an argument is "with", "including" or "like" is not the argument:
// guarding prisons with ISIS members in them is no protection of ISIS.
TEST_F(CoderTest, ActorInAWithPhraseIsNotTheArgument) {
  auto events = Code(
      "The SDF is guarding overcrowded prisons with hundreds of suspected "
      "ISIS members.",
      "2019-10-16");
  EXPECT_FALSE(Has(events, "SYR", "07", "IMG")) << Describe(events);
}

// "Iran has been hit by U.S. sanctions": sanctions hurt, they do not
// attack; the sanctions are the event.
TEST_F(CoderTest, HitBySanctionsIsNoAttack) {
  auto events =
      Code("Iran has been hit by several rounds of U.S. sanctions since 2018.",
           "2019-05-06");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
}

// "combating unfair competition with China": a fight against a thing
// is no fight with the party the thing is with.
TEST_F(CoderTest, FightingAThingIsNoFightWithItsPartner) {
  auto events = Code(
      "The new government made combating unfair competition with China the "
      "centrepiece of its industrial policy.",
      "2017-12-18");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  // An attack "on" a party still hangs on the attack the verb launches.
  events = Code("Russia launched an attack on Ukraine.", "2022-02-24");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// An agreement named in passing ("living up to its steel agreement with
// the US", "withdraw from the nuclear deal with Tehran") is no new
// agreement; one signed,
// reached or concluded is.
TEST_F(CoderTest, AgreementNamedInPassingIsNoAgreement) {
  auto events = Code(
      "A senior Korean trade official insisted that Seoul was living up to "
      "its steel agreement with the US.",
      "1987-04-03");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  events = Code(
      "Iran is expanding uranium enrichment after Washington's decision to "
      "withdraw from the nuclear deal with Tehran.",
      "2019-07-08");
  EXPECT_FALSE(Has(events, "USA", "05", "IRN")) << Describe(events);
  events = Code(
      "The United States, Russia and Jordan reached a ceasefire agreement on "
      "Friday.",
      "2017-07-07");
  EXPECT_TRUE(Has(events, "USA", "05", "RUS")) << Describe(events);
  // ... by every party the parse gives the verb as a subject of its own.
  EXPECT_TRUE(Has(events, "JOR", "05", "USA")) << Describe(events);
}

// "vowed to continue its programme and retaliate against Israel": the
// coordinated complement names the party.
TEST_F(CoderTest, CoordinatedComplementNamesTheTarget) {
  auto events =
      Code("Iran vowed to continue its programme and retaliate against Israel.",
           "2014-07-09");
  EXPECT_TRUE(Has(events, "IRN", "13", "ISR")) << Describe(events);
}

// The participle after the comma demands of the summoned envoy, however
// the parse hangs it on the object.
TEST_F(CoderTest, ParticipleOnTheObjectAddressesIt) {
  auto events = Code(
      "Japan summons China's ambassador, demanding an apology and "
      "compensation for the seizure of a fishing boat.",
      "2025-11-12");
  EXPECT_TRUE(Has(events, "JPN", "11", "CHN")) << Describe(events);
  EXPECT_TRUE(Has(events, "JPN", "10", "CHN")) << Describe(events);
}

// "with military assistance from a Finnish coast guard ship": the one named
// after "from" helps the actor the with-phrase describes.
TEST_F(CoderTest, AssistanceFromAHelper) {
  auto events = Code(
      "The Estonian navy, with military assistance from a Finnish coast guard "
      "ship, detains a Russian shadow fleet tanker in the Gulf of Finland.",
      "2025-10-01");
  EXPECT_TRUE(Has(events, "FIN", "06", "EST")) << Describe(events);
  EXPECT_TRUE(Has(events, "EST", "17", "RUS")) << Describe(events);
}

// Irregular verbs the treebank lacks are coded ("withdrew" was a
// preposition, "fought" had no lemma to match).
TEST_F(CoderTest, IrregularVerbsAreCoded) {
  auto events = Code("Russia withdrew its ambassador from Ukraine.");
  EXPECT_TRUE(Has(events, "RUS", "16", "UKR")) << Describe(events);
  events = Code("Kurdish forces fought Islamic State militants near Mosul.");
  EXPECT_TRUE(HasTarget(events, "19", "IMG")) << Describe(events);
}

// "X are killed and Y are wounded in an Israeli airstrike": the attack
// the parse hangs on the second clause did both.
TEST_F(CoderTest, CoordinatedCasualtiesShareTheAttack) {
  auto events = Code(
      "Four civilians are killed and eleven more are wounded in an Israeli "
      "drone strike in Tyre, Lebanon.",
      "2025-06-01");
  EXPECT_TRUE(Has(events, "ISR", "19", "LBN")) << Describe(events);
  events = Code(
      "An elderly woman is killed and three others injured by a Russian glide "
      "bomb attack on a bus stop in Kherson, Ukraine.",
      "2025-06-01");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// The complement's target read off its word order when the parse makes it
// an oblique ("threatened to wipe out Israel, saying ...").
TEST_F(CoderTest, ComplementTargetByWordOrder) {
  auto events = Code(
      "Mr Khamenei has previously threatened to wipe out Israel, saying the "
      "country's prime minister, Benjamin Netanyahu, \"will pay a heavy "
      "price\".");
  EXPECT_TRUE(Has(events, "IRN", "13", "ISR")) << Describe(events);
}

// A country closing a place name ("in Dnipro, Ukraine", "in Luang Prabang
// province, Laos") is where an act happens, never its doer.
TEST_F(CoderTest, CountryClosingAPlaceIsNoDoer) {
  auto events = Code(
      "A Russian drone attack on a power substation in Dnipro, Ukraine, "
      "kills two workers.",
      "2025-06-01");
  EXPECT_FALSE(Has(events, "UKR", "19", "UKR")) << Describe(events);
  events = Code(
      "A gas explosion at a market in Luang Prabang province, Laos, kills "
      "three vendors.",
      "2025-06-01");
  EXPECT_FALSE(Has(events, "LAO", "19", "LAO")) << Describe(events);
}

// Fighting words that are politics: a trade war, a legal confrontation
// between two bodies of one government; a received threat is no hosting.
TEST_F(CoderTest, FigurativeFightsAreNoArmedConflict) {
  auto events = Code(
      "The trade war between Canada and the United States has hurt "
      "lumber mills in British Columbia.",
      "2019-06-01");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  events = Code(
      "The ruling may trigger a constitutional confrontation between the "
      "Supreme Court and the Senate.",
      "2019-04-03");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  events = Code(
      "Several journalists and their relatives had received anonymous death "
      "threats.");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
  // Armed sides of one country still fight.
  events = Code("The Syrian army clashed with Syrian rebels near Aleppo.");
  EXPECT_TRUE(Has(events, "SYR", "19", "SYR")) << Describe(events);
}

// A government's order to its own forces is decided: the act is coded
// for the forces, and no demand between the two.
TEST_F(CoderTest, OrderToOwnForcesIsTheAct) {
  auto events = Code(
      "Zelensky said he had ordered the armed forces to intensify drone "
      "strikes against Russian refineries.",
      "2025-03-01");
  EXPECT_TRUE(Has(events, "UKR", "19", "RUS")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "10")) << Describe(events);
  // An order to another country stays a demand.
  events = Code("Trump ordered Iran to release the prisoners.");
  EXPECT_TRUE(Has(events, "USA", "10", "IRN")) << Describe(events);
}

// "angered officials in Brazil and Argentina by threatening to block the
// agreement": the by-gerund's threat addresses the main clause's object.
TEST_F(CoderTest, ByGerundAddressesTheObject) {
  auto events = Code(
      "Macron angered officials in Brazil and Argentina by threatening to "
      "block the trade agreement.",
      "2024-11-20");
  EXPECT_TRUE(Has(events, "FRA", "13", "BRA")) << Describe(events);
  EXPECT_TRUE(Has(events, "FRA", "13", "ARG")) << Describe(events);
}

// "an ambush blamed on Hezbollah" is Hezbollah's ambush.
TEST_F(CoderTest, AttackBlamedOnAGroupIsItsAttack) {
  auto events = Code(
      "The ambush on the Irish patrol, blamed on Hezbollah, killed a "
      "peacekeeper.",
      "2022-12-20");
  EXPECT_TRUE(Has(events, "LBN", "19", "")) << Describe(events);
}

// The wars protesters protest against are not the protesters' wars.
TEST_F(CoderTest, ProtestedWarsAreNotTheProtesters) {
  auto events = Code(
      "Hundreds of demonstrators rally outside the Israeli embassy in Madrid "
      "to protest against the war in Gaza.",
      "2026-03-01");
  for (const Event& e : events) {
    EXPECT_FALSE(e.root == "19" && !e.source.code.empty()) << Describe(events);
  }
}

// Officials who gather do not demonstrate; a visit in one's own country
// is no visit between two parties; an interview by reporters is no
// investigation.
TEST_F(CoderTest, GatheringsVisitsAndInterviewsOfTheWrongKind) {
  auto events = Code(
      "Biden and dozens of world leaders gathered at a cemetery in Normandy "
      "for the D-Day anniversary.",
      "2024-06-06");
  EXPECT_FALSE(HasRoot(events, "14")) << Describe(events);
  events = Code(
      "Polish soldiers attend the inauguration ceremony of a training "
      "centre in Zagan, Poland.",
      "2017-05-01");
  EXPECT_FALSE(Has(events, "POL", "04", "POL")) << Describe(events);
  events = Code("An American woman was interviewed by Sky television.");
  EXPECT_FALSE(HasRoot(events, "09")) << Describe(events);
  // Protesters who gather still demonstrate.
  events = Code("Thousands of protesters gathered outside the U.S. embassy.");
  EXPECT_TRUE(HasRoot(events, "14")) << Describe(events);
}

// Alleged acts, the conjuncts of a sentenced act, what happens "amid" a
// clause, and signing a law are no events of the clause's actors.
TEST_F(CoderTest, AllegedAndCircumstantialActsAreNotCoded) {
  auto events = Code(
      "Hungary bans the Irish band for three years over their alleged "
      "support for Hamas.",
      "2025-04-01");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  events = Code(
      "A Thai court sentences four Myanmar nationals for abducting, beating "
      "and killing a Japanese tourist.",
      "2025-06-01");
  EXPECT_FALSE(HasRoot(events, "18")) << Describe(events);
  events = Code(
      "The Cambodian parliament approves longer conscription amid border "
      "clashes with Thailand.",
      "2025-08-01");
  EXPECT_FALSE(Has(events, "KHM", "19", "THA")) << Describe(events);
  events = Code("Putin signed the bill into law on Monday.", "2025-08-01");
  EXPECT_FALSE(HasRoot(events, "05")) << Describe(events);
  events = Code("Russia and China signed a trade agreement.");
  EXPECT_TRUE(Has(events, "RUS", "05", "CHN")) << Describe(events);
}

// Economic news: receiving an approval hosts no one, trade volumes are
// no events, a denied report is not asserted, and the Social Democrats
// of another country are no US party.
TEST_F(CoderTest, EconomicNewsIsNoEvent) {
  auto events = Code(
      "First Midwest Bancorp said it has received Federal Reserve approval to "
      "buy Heritage Savings Bank.",
      "1987-03-30");
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
  events = Code("French trade with Yugoslavia has grown little.", "1987-03-05");
  EXPECT_FALSE(HasRoot(events, "06")) << Describe(events);
  events = Code(
      "The economy ministry denied reports that the central bank had asked "
      "commercial banks to limit their yen purchases.",
      "1987-04-02");
  EXPECT_FALSE(HasRoot(events, "02")) << Describe(events);
  events = Code(
      "President Mauno Koivisto asked the coalition of Social Democrats and "
      "Centrists to stay on.",
      "1987-04-03");
  EXPECT_FALSE(Has(events, "FIN", "02", "USA")) << Describe(events);
  // Hosting a summit of others still is.
  events = Code(
      "Qatar will host an extraordinary summit of the Gulf "
      "Cooperation Council.",
      "2025-02-10");
  EXPECT_TRUE(HasRoot(events, "03")) << Describe(events);
}

// An official's order of an act is the act, decided ("the court ordered
// the arrest of the opposition leader" -> 173).
TEST_F(CoderTest, OfficialOrderOfAnActIsTheAct) {
  auto events =
      Code("A Turkish court ordered the arrest of the opposition leader.",
           "2025-03-19");
  EXPECT_TRUE(Has(events, "TUR", "17", "TUR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "10")) << Describe(events);
  // Deploying one's own troops is no act toward them.
  events = Code("Trump orders the deployment of U.S. troops to Portland.",
                "2025-09-27");
  EXPECT_FALSE(Has(events, "USA", "15", "USA")) << Describe(events);
}

// "detained and expelled three journalists": the parser hangs the object
// two coordinated verbs share on the second; both acts are coded.
TEST_F(CoderTest, CoordinatedVerbsShareTheirObject) {
  auto events = Code(
      "Ugandan police arrested and deported two Rwandan "
      "activists.");
  EXPECT_TRUE(Has(events, "UGA", "17", "RWA")) << Describe(events);
  bool arrested = false, deported = false;
  for (const Event& e : events) {
    arrested = arrested || e.evidence.verb == "arrested";
    deported = deported || e.evidence.verb == "deported";
  }
  EXPECT_TRUE(arrested && deported) << Describe(events);
  // Each verb with its own subject keeps its own arguments.
  events = Code("China criticized the plan and Russia rejected the proposal.");
  EXPECT_FALSE(Has(events, "CHN", "12", "")) << Describe(events);
}

// An attack the subject names is done by whoever it is attributed or
// blamed on, not by the military of the place it hit.
TEST_F(CoderTest, AttackAttributedToAGroupIsItsAct) {
  auto events = Code(
      "A drone attack attributed to the Rapid Support Forces "
      "killed 12 people near El Obeid, Sudan.",
      "2025-11-02");
  EXPECT_TRUE(Has(events, "SDNREB", "19", "")) << Describe(events);
  EXPECT_FALSE(Has(events, "SDNMIL", "19", "")) << Describe(events);
}

// A report whose only finite verb is its attribution after the last comma
// keeps its own past tense ("... called for more loans ..., the ministry
// said"): the tagger read "called" as a participle of "countries". A
// participle the attribution does not follow ("..., in October killed")
// stays one.
TEST_F(CoderTest, ReportedPastBeforeItsAttribution) {
  auto events = Code(
      "Trade ministers from Asian countries appealed for more loans from "
      "the banking community at a conference in Manila, the Japanese trade "
      "ministry said.",
      "1987-04-08");
  EXPECT_TRUE(Has(events, "ASA", "02", "")) << Describe(events);
  events = Code(
      "A car bombing blamed on the Islamic State near a market in Baghdad, "
      "in March killed 40 people.",
      "2016-05-01");
  EXPECT_TRUE(Has(events, "IMGMUSISI", "19", "IRQ")) << Describe(events);
}

TEST_F(CoderTest, DeploymentToARegionOfACountry) {
  auto events = Code("Turkey deploys troops to northern Syria.", "2019-10-09");
  EXPECT_TRUE(Has(events, "TUR", "15", "SYR")) << Describe(events);
}

// The subject of a copular clause an event noun predicates is its source.
TEST_F(CoderTest, SubjectOfACopularEventNoun) {
  auto events =
      Code("Turkey is in talks with Egypt over gas exploration.", "2021-05-05");
  EXPECT_TRUE(Has(events, "TUR", "04", "EGY")) << Describe(events);
  events = Code("Armenia is at war with Azerbaijan.", "2020-10-01");
  EXPECT_TRUE(Has(events, "ARM", "19", "AZE")) << Describe(events);
}

// A verbless headline's verb after an adverb the tagger read as a plural
// present ("lenders abruptly cut off"): the adverb takes nothing, so the
// verb is still forced; lenders are business.
TEST_F(CoderTest, HeadlineVerbAfterAnAdverb) {
  auto events = Code("Foreign banks abruptly cut off credit lines to Ecuador.",
                     "1999-12-01");
  EXPECT_TRUE(Has(events, "BUS", "16", "ECU")) << Describe(events);
}

// A protest without a target of its own aims at whom its purpose clause
// names.
TEST_F(CoderTest, ProtestAimsAtItsPurposeClauseActor) {
  auto events = Code(
      "Thousands of Bangladeshi students staged protests in Dhaka to demand "
      "an apology from Prime Minister Sheikh Hasina's government.",
      "2024-07-20");
  EXPECT_TRUE(Has(events, "BGD", "14", "BGDGOV")) << Describe(events);
}

// "said on Tuesday it had ...": the parse hangs the reported clause on the
// day as a relative clause; its pronoun subject is still the sayer.
TEST_F(CoderTest, ReportedClauseHungOnTheDay) {
  auto events = Code(
      "Canada said on Wednesday it had suspended economic aid to Haiti until "
      "the army restores the elected government.",
      "1993-05-01");
  EXPECT_TRUE(Has(events, "CAN", "16", "HTI")) << Describe(events);
}

// A threat with no target of its own aims at the subject of its condition.
TEST_F(CoderTest, ConditionalThreatAimsAtTheCondition) {
  auto events = Code(
      "Mexico threatened to close its northern border if Washington refuses "
      "to lift the steel tariffs.",
      "2019-04-01");
  EXPECT_TRUE(Has(events, "MEX", "13", "USA")) << Describe(events);
}

// An appeal or demand to stop an act is aimed at its doer: the owner of
// the act in the phrase of "halt", "end", "suspension" (also when the
// parse hangs the phrase on the verb, and for coordinated acts); a place
// naming a war is not its doer.
TEST_F(CoderTest, AppealToHaltAnActAimsAtItsDoer) {
  auto events = Code(
      "Japan and South Korea asked for a suspension of the joint drills and "
      "North Korea's missile launches.",
      "2019-04-01");
  EXPECT_TRUE(Has(events, "JPN", "02", "PRK")) << Describe(events);
  EXPECT_TRUE(Has(events, "KOR", "02", "PRK")) << Describe(events);
  events = Code("Egypt demanded a halt to Israeli settlement expansion.",
                "2019-04-01");
  EXPECT_TRUE(Has(events, "EGY", "10", "ISR")) << Describe(events);
  events = Code("Turkey called for an immediate end to the Russian bombing "
                "of Idlib.",
                "2019-04-01");
  EXPECT_TRUE(Has(events, "TUR", "02", "RUS")) << Describe(events);
  events = Code("Norway called for an end to the Sudan war.", "2024-04-01");
  EXPECT_FALSE(Has(events, "NOR", "02", "SDN")) << Describe(events);
}

// A "to" clause on what the subject gives, lends or sends is the giver's
// purpose ("approved a loan to help ..."), not the thing's.
TEST_F(CoderTest, PurposeOfAGivenResourceIsTheGivers) {
  auto events = Code(
      "Germany approved a 50 million euro loan to help Moldova rebuild its "
      "power grid.",
      "2023-04-01");
  EXPECT_TRUE(Has(events, "DEU", "07", "MDA")) << Describe(events);
  events = Code(
      "Norway provided $10 million in aid to help Malawi recover from the "
      "floods.",
      "2023-04-01");
  EXPECT_TRUE(Has(events, "NOR", "07", "MWI")) << Describe(events);
  events = Code(
      "Britain sent a team of forensic experts to assist the Kenyan police.",
      "2023-04-01");
  EXPECT_TRUE(Has(events, "GBR", "07", "KEN")) << Describe(events);
}

// An arrest for an alleged crime also accuses the arrested, from the
// arrester: 1124 for war crimes, 1125 for espionage, else 1121; not when
// the arrested is the one who accuses.
TEST_F(CoderTest, ArrestForAllegedCrimeAccuses) {
  auto has_code = [](const std::vector<Event>& events, const std::string& code,
                     const std::string& source, const std::string& target) {
    for (const Event& e : events) {
      if (e.cameo == code && e.source.code.rfind(source, 0) == 0 &&
          e.target.code.rfind(target, 0) == 0 && !e.target.code.empty()) {
        return true;
      }
    }
    return false;
  };
  auto events = Code(
      "A former Bosnian army commander is arrested by police in Sarajevo for "
      "alleged war crimes.",
      "2024-04-01");
  EXPECT_TRUE(Has(events, "BIH", "17", "BIH")) << Describe(events);
  EXPECT_TRUE(has_code(events, "1124", "BIH", "BIH")) << Describe(events);
  events = Code(
      "Police in Lagos arrested a Nigerian banker on suspicion of fraud.",
      "2024-04-01");
  EXPECT_TRUE(has_code(events, "1121", "NGA", "NGA")) << Describe(events);
  events = Code("Russia detained a Dutch engineer on spying charges.",
                "2024-04-01");
  EXPECT_TRUE(has_code(events, "1125", "RUS", "NLD")) << Describe(events);
  events = Code(
      "Georgia detains a former Armenian adviser who has accused the "
      "Armenian prime minister of corruption.",
      "2024-04-01");
  EXPECT_FALSE(Has(events, "GEO", "11", "ARM")) << Describe(events);
}

// A charge denied or rejected next to an accusation answers the accuser,
// whether the parse makes the denial a relative clause, a "that" clause
// (with a subject of its own: active, not a passive participle) or a
// parataxis.
TEST_F(CoderTest, DeniedChargeAnswersTheAccuser) {
  auto events = Code(
      "Ukraine accused Russia of shelling the dam, a claim Moscow denied.",
      "2023-04-01");
  EXPECT_TRUE(Has(events, "RUS", "01", "UKR")) << Describe(events);
  events = Code(
      "Germany has accused Hamas of the kidnapping, an allegation that the "
      "group has denied.",
      "2023-04-01");
  EXPECT_TRUE(Has(events, "PSE", "01", "DEU")) << Describe(events);
  events = Code("Israel blamed Iran for the explosion, a charge Tehran rejects.",
                "2023-04-01");
  EXPECT_TRUE(Has(events, "IRN", "01", "ISR")) << Describe(events);
}

// A relative clause with a subject of its own and no object has its noun
// as object ("the tariffs China placed on ..."); a headline verb read as
// a noun lends its owner to a pronoun in its "that" clause.
TEST_F(CoderTest, RelativeClauseObjectAndHeadlineSayer) {
  auto events = Code(
      "The tariffs that India imposed on American almonds hurt growers in "
      "California.",
      "2019-04-01");
  EXPECT_TRUE(Has(events, "IND", "16", "USA")) << Describe(events);
  events = Code(
      "The Houthis claim that they struck a British cargo ship with two "
      "missiles.",
      "2024-04-01");
  EXPECT_TRUE(Has(events, "YEM", "19", "GBR")) << Describe(events);
}

// A named person in apposition to a bare role is the actor, so an
// organisation acting on one of its own people is coded ("expelled a
// provincial secretary, Wang Yi" is the party's act on a person, not a
// self-event of one code).
TEST_F(CoderTest, PersonInAppositionToARole) {
  auto events = Code(
      "The Communist Party of China expelled a provincial secretary, Wang Yi, "
      "on Monday.",
      "2024-01-01");
  EXPECT_TRUE(Has(events, "CHNGOV", "17", "CHNGOV")) << Describe(events);
}

// "she" with no person named stands for a one-person role of its own
// sentence; an arrest with no agent in a country whose own officials
// report it is theirs (not when officials of another country report it).
TEST_F(CoderTest, AgentlessArrestReportedByTheCountrysOfficials) {
  auto events = Code(
      "The chief executive of a Russian bank faces trial after she was "
      "detained in Latvia, Latvian officials said.",
      "2022-04-01");
  EXPECT_TRUE(Has(events, "LVA", "17", "")) << Describe(events);
  events = Code("Two Danes were arrested in Iran, the Danish foreign ministry "
                "said.",
                "2022-04-01");
  EXPECT_FALSE(Has(events, "DNK", "17", "DNK")) << Describe(events);
  EXPECT_FALSE(Has(events, "IRN", "17", "DNK")) << Describe(events);
}

// "at the request of X": X asked whoever acts (020, source and target
// swapped); military advisers or trainers sent are military aid (072).
TEST_F(CoderTest, AtTheRequestOfAndAdvisersSent) {
  auto events = Code(
      "At the request of the Somali government, Turkey sent 200 military "
      "advisers to Mogadishu.",
      "2020-04-01");
  EXPECT_TRUE(Has(events, "SOM", "02", "TUR")) << Describe(events);
  EXPECT_TRUE(Has(events, "TUR", "07", "SOM")) << Describe(events);
}

// The topic of a meeting or a text is not its subject's act.
TEST_F(CoderTest, TopicOfASummitIsNoAct) {
  auto events = Code(
      "Macron will attend a summit on the unrest in Venezuela next week.",
      "2019-04-01");
  EXPECT_FALSE(Has(events, "FRA", "14", "VEN")) << Describe(events);
}

// A diplomat named after the role ("summoned Togo's ambassador Kofi
// Mensah") is summoned as a diplomat: a protest (114), not an arrest.
TEST_F(CoderTest, SummonedAmbassadorWithAName) {
  auto events = Code(
      "Ghana summoned Togo's ambassador Kofi Mensah over the border incident.",
      "2020-04-01");
  EXPECT_TRUE(Has(events, "GHA", "11", "TGO")) << Describe(events);
  EXPECT_FALSE(Has(events, "GHA", "17", "TGO")) << Describe(events);
}

// "X said Y must ..." demands (100), "X said Y should ..." appeals (020),
// a resolution that Y should act demands; not "should have" (a reproach).
TEST_F(CoderTest, SaidThatSomeoneMustOrShouldAct) {
  auto events = Code(
      "Norway said on Monday that Russia must release the detained fishermen.",
      "2021-04-01");
  EXPECT_TRUE(Has(events, "NOR", "10", "RUS")) << Describe(events);
  events = Code("Japan said China should resume imports of Japanese seafood.",
                "2023-09-01");
  EXPECT_TRUE(Has(events, "JPN", "02", "CHN")) << Describe(events);
  events = Code(
      "The Lithuanian parliament passed a resolution that Belarus should "
      "free all political prisoners.",
      "2021-04-01");
  EXPECT_TRUE(Has(events, "LTU", "10", "BLR")) << Describe(events);
  events = Code("Poland said Germany should have acted sooner.", "2022-04-01");
  EXPECT_FALSE(HasRoot(events, "02")) << Describe(events);
}

// Boycotting contact with someone reduces relations (161; "would" makes it
// a threat, 1313); cutting off electricity is an embargo (163).
TEST_F(CoderTest, BoycottContactAndCutElectricity) {
  auto events = Code(
      "The Kurdish leaders said they would boycott all official contact with "
      "Baghdad.",
      "2010-04-01");
  EXPECT_TRUE(HasTarget(events, "13", "IRQ")) << Describe(events);
  events = Code("Russia cut off electricity to Georgia.", "2008-04-01");
  EXPECT_TRUE(Has(events, "RUS", "16", "GEO")) << Describe(events);
  // A blow dealt is mostly a setback, not force.
  events = Code("The court ruling dealt another blow to the government.",
                "2008-04-01");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
}

// A one-word people in -s is a people even when tagged as a singular name
// ("Serbs"): it protests its own government.
TEST_F(CoderTest, PluralPeopleProtestTheirGovernment) {
  auto events =
      Code("Thousands of Serbs protested against the government in Belgrade.",
           "2010-04-01");
  EXPECT_TRUE(Has(events, "SRB", "14", "SRBGOV")) << Describe(events);
}

// Instituting or prolonging a curfew coerces (1723).
TEST_F(CoderTest, InstitutedCurfew) {
  auto events = Code("The army instituted a curfew in Bamako.", "2012-04-01");
  EXPECT_TRUE(Has(events, "MLI", "17", "MLI")) << Describe(events);
}

// What is threatened with a verb no threat pattern names is a threat all
// the same (13x), never the act.
TEST_F(CoderTest, ThreatenedActIsAThreat) {
  auto events = Code("Iran threatened to seize British tankers in the Gulf.",
                     "2019-07-01");
  EXPECT_TRUE(Has(events, "IRN", "13", "GBR")) << Describe(events);
  EXPECT_FALSE(Has(events, "IRN", "17", "GBR")) << Describe(events);
}

// What one agrees or vows to stop is no act of its own: "agreed to stop
// the airstrikes on Iran" is the promise (0356), not an airstrike.
TEST_F(CoderTest, AgreedToStopAttacksIsNoAttack) {
  auto events = Code("Turkey agreed to halt its airstrikes on Syria.",
                     "2019-10-20");
  EXPECT_TRUE(Has(events, "TUR", "03", "SYR")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
}

// Leaving or suspending an agreement with someone reduces relations (160);
// withdrawing from a town is still a retreat (0874).
TEST_F(CoderTest, LeavingAnAgreementReducesRelations) {
  auto events = Code(
      "Belarus has withdrawn from its border cooperation agreement with "
      "Poland.",
      "2024-04-01");
  EXPECT_TRUE(Has(events, "BLR", "16", "POL")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "08")) << Describe(events);
  events = Code("Mali suspended its defence pact with France.", "2022-04-01");
  EXPECT_TRUE(Has(events, "MLI", "16", "FRA")) << Describe(events);
  events = Code("Russian troops withdrew from Kherson.", "2022-11-11");
  EXPECT_TRUE(HasRoot(events, "08")) << Describe(events);
}

// A bare agent word describing the noun after the verb ("the military
// intervention", "any military cooperation") is no target by word order;
// a demonym still is ("Ukrainian military positions").
TEST_F(CoderTest, BareAgentWordBeforeANounIsNoTarget) {
  auto events = Code("Canada opposed the military intervention.", "2019-01-01");
  EXPECT_FALSE(Has(events, "CAN", "11", "CANMIL")) << Describe(events);
  events = Code("Russia attacked Ukrainian military positions.", "2023-01-01");
  EXPECT_TRUE(Has(events, "RUS", "19", "UKR")) << Describe(events);
}

// A weapon is not the doer of its attack: "a drone strike by the RSF" is
// the RSF's, and a bare drone takes no country from the article.
TEST_F(CoderTest, WeaponIsNotTheDoer) {
  auto events = Code(
      "A drone strike by the Rapid Support Forces hits a market in El Obeid, "
      "killing nine people.",
      "2026-06-01");
  EXPECT_TRUE(HasSource(events, "SDNREB", "19")) << Describe(events);
  EXPECT_FALSE(HasSource(events, "SDNMIL", "19")) << Describe(events);
  events = Code(
      "Russia launched strikes across Ukraine overnight. A drone attack on "
      "Dnipro kills two people.",
      "2025-04-16");
  EXPECT_FALSE(Has(events, "UKRMIL", "19", "UKR")) << Describe(events);
}

// An act whose consequences a "would" clause describes is supposed, not
// reported.
TEST_F(CoderTest, ActAsSubjectOfWouldIsSupposed) {
  auto events = Code(
      "A Turkish attack on Syria would destabilise the region.",
      "2019-10-01");
  EXPECT_FALSE(HasRoot(events, "19")) << Describe(events);
  events = Code("The Turkish attack on Syria destabilised the region.",
                "2019-10-01");
  EXPECT_TRUE(Has(events, "TUR", "19", "SYR")) << Describe(events);
}

// What a country is said to be ("poses a threat", "remains a danger") is no
// act of threatening; the verb "threaten" still is.
TEST_F(CoderTest, BeingAThreatIsNoThreat) {
  auto events = Code("Pyongyang poses a serious threat to Tokyo, officials said.",
                     "2017-09-01");
  EXPECT_FALSE(HasRoot(events, "13")) << Describe(events);
  events = Code("North Korea threatened Japan with a missile strike.",
                "2017-09-01");
  EXPECT_TRUE(HasRoot(events, "13")) << Describe(events);
}

// What a government orders is the act it decided, not a demand: "ordered
// the expulsion of the ambassador" is the expulsion (161), and the people
// an expulsion names ("of 12 Chinese diplomats") are whom it is aimed at.
TEST_F(CoderTest, OrderedActIsTheAct) {
  auto events = Code(
      "Canada ordered the expulsion of Beijing's ambassador on Monday.",
      "2023-05-08");
  EXPECT_TRUE(Has(events, "CAN", "16", "CHN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "10")) << Describe(events);
  events = Code("Canada announced the expulsion of 12 Chinese diplomats.",
                "2023-05-08");
  EXPECT_TRUE(Has(events, "CAN", "16", "CHN")) << Describe(events);
  // Under "threaten", the ordered act is only threatened.
  events = Code(
      "Washington threatened to order the expulsion of Venezuelan diplomats.",
      "2019-02-01");
  EXPECT_TRUE(Has(events, "USA", "13", "VEN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "16")) << Describe(events);
}

// Denying the permissions a flight needs is a refusal (1245).
TEST_F(CoderTest, DeniedOverflightPermissions) {
  auto events = Code(
      "Sri Lanka denied overflight permissions to the Pakistani prime minister's "
      "aircraft.",
      "2021-02-20");
  EXPECT_TRUE(Has(events, "LKA", "12", "PAK")) << Describe(events);
}

// "A member of X, Name, verb ...": the role before the name in apposition
// is the subject, however the parser split the phrase.
TEST_F(CoderTest, RoleBeforeNameInApposition) {
  auto events = Code(
      "A member of the Egyptian parliament, Ahmed Tantawy, protested "
      "against the government.",
      "2023-03-01");
  EXPECT_TRUE(Has(events, "EGYLEG", "11", "EGY")) << Describe(events);
}

// Across from a named party, a role with no country is no party: the
// event keeps its other side. Between two such roles it stays as it is.
TEST_F(CoderTest, CountrylessRoleAcrossFromAParty) {
  auto events = Code(
      "Trade Minister Lena Borg said a trade boycott of Chile and "
      "neighbouring Bolivia would begin on July 1.",
      "1987-06-01");
  EXPECT_TRUE(HasTarget(events, "16", "CHL")) << Describe(events);
  EXPECT_TRUE(HasTarget(events, "16", "BOL")) << Describe(events);
  for (const Event& e : events) EXPECT_NE(e.source.code, "GOV");
  events = Code(
      "The court sentenced the opposition leader to five years in prison.");
  EXPECT_TRUE(Has(events, "JUD", "17", "OPP")) << Describe(events);
}

// A measure whose start someone announces is the announcer's.
TEST_F(CoderTest, AnnouncedMeasureIsTheAnnouncers) {
  auto events = Code(
      "Norway said an arms embargo on Myanmar and neighbouring Laos would "
      "take effect next month.",
      "1990-03-01");
  EXPECT_TRUE(Has(events, "NOR", "16", "MMR")) << Describe(events);
  EXPECT_TRUE(Has(events, "NOR", "16", "LAO")) << Describe(events);
}

// Ratifying an agreement is one side's act; signing one is both sides'.
TEST_F(CoderTest, RatificationIsOneSided) {
  auto events =
      Code("Moldova ratified a trade agreement with the European Union.",
           "2014-07-02");
  EXPECT_TRUE(Has(events, "MDA", "05", "IGO")) << Describe(events);
  EXPECT_FALSE(Has(events, "IGO", "05", "MDA")) << Describe(events);
}

// Whoever is angered, outraged or disgusted disapproves of whom it is
// about: the subject of an adjectival passive ("was outraged that ..."),
// the object of the active verb ("... angered Seoul").
TEST_F(CoderTest, FeelingsOfDisapproval) {
  auto events = Code(
      "South Korea was outraged that Japan restricted exports of chemicals.",
      "2019-07-10");
  EXPECT_TRUE(Has(events, "KOR", "11", "JPN")) << Describe(events);
  events = Code("Tokyo's export curbs angered Seoul.", "2019-07-10");
  EXPECT_TRUE(Has(events, "KOR", "11", "JPN")) << Describe(events);
  EXPECT_FALSE(Has(events, "JPN", "11", "KOR")) << Describe(events);
  events = Code("Seoul was angered by Tokyo's export curbs.", "2019-07-10");
  EXPECT_TRUE(Has(events, "KOR", "11", "JPN")) << Describe(events);
}

// The clause "after" opens keeps its verb and subject ("after lenders
// suddenly cut off credit to the country").
TEST_F(CoderTest, ClauseAfterAfter) {
  auto events = Code(
      "Exports to Europe fell sharply in 1998 after foreign banks abruptly "
      "cut off credit lines to Ecuador.",
      "1999-01-10");
  EXPECT_TRUE(Has(events, "BUS", "16", "ECU")) << Describe(events);
}

// Talks a span of years was filled with are background; the signing is
// the news.
TEST_F(CoderTest, YearsOfTalksAreBackground) {
  auto events = Code(
      "Chile and Japan sign a fisheries agreement after six years of "
      "negotiations.",
      "2025-07-01");
  EXPECT_TRUE(Has(events, "CHL", "05", "JPN")) << Describe(events);
  EXPECT_FALSE(HasRoot(events, "04")) << Describe(events);
}

// A violent act or an expulsion whose object the parse lost takes the
// first actor of the noun phrase after the verb ("expelled nearly two
// dozen Belarusian diplomats").
TEST_F(CoderTest, VictimsOfALostObjectPhrase) {
  auto events = Code(
      "Poland earlier this month expelled nearly two dozen Belarusian "
      "diplomats after a border incident.",
      "2025-09-01");
  EXPECT_TRUE(Has(events, "POL", "17", "BLR")) << Describe(events);
}

// Launching an invasion "of" a country and waging a counterinsurgency
// "against" a group are attacks on them.
TEST_F(CoderTest, InvasionOfAndCounterinsurgencyAgainst) {
  auto events =
      Code("Iraq mounted its long-planned invasion of Kuwait at dawn.",
           "1990-08-02");
  EXPECT_TRUE(Has(events, "IRQ", "19", "KWT")) << Describe(events);
  events = Code(
      "The Colombian army has waged a counterinsurgency against leftist "
      "guerrillas for decades.",
      "2001-05-01");
  EXPECT_TRUE(Has(events, "COLMIL", "19", "")) << Describe(events);
}

// What one is "under" is done to the copular subject, by whoever reports
// it (not an outlet) or the "from" phrase.
TEST_F(CoderTest, UnderInvestigationOrAttack) {
  auto events = Code(
      "Beijing announced that the former mayor of Shanghai is under "
      "investigation for bribery.",
      "2025-09-01");
  EXPECT_TRUE(Has(events, "CHN", "09", "CHN")) << Describe(events);
  events =
      Code("Armenia says it is under attack from Azerbaijan.", "2020-09-27");
  EXPECT_TRUE(Has(events, "AZE", "19", "ARM")) << Describe(events);
  events = Code("Iran and Venezuela are under U.S. sanctions.", "2020-01-01");
  EXPECT_TRUE(Has(events, "USA", "16", "VEN")) << Describe(events);
}

// Two named people of one code are two parties; a country and itself are
// not.
TEST_F(CoderTest, TwoPeopleOfOneGovernment) {
  auto events = Code(
      "Peruvian President Dina Boluarte dismisses Prime Minister Alberto "
      "Otarola.",
      "2024-03-06");
  EXPECT_TRUE(Has(events, "PERGOV", "12", "PERGOV")) << Describe(events);
  events = Code("Peru said Peru would not attack Peru.", "2024-03-06");
  EXPECT_TRUE(events.empty()) << Describe(events);
}

// "from neighboring Lebanon", "the government of neighboring Turkey": the
// adjective before a name is no verb and no break in the phrase.
TEST_F(CoderTest, NeighboringBeforeAName) {
  auto events = Code(
      "Vietnam says it is willing to withdraw its troops from neighboring "
      "Cambodia.",
      "1989-01-06");
  EXPECT_TRUE(Has(events, "VNM", "03", "KHM")) << Describe(events);
  events = Code("Greece criticized the government of neighboring Albania.",
                "1994-01-06");
  EXPECT_TRUE(Has(events, "GRC", "11", "ALBGOV")) << Describe(events);
}

// A denial of an act "by" someone is not aimed at its doer; a denied
// request "by" someone answers them.
TEST_F(CoderTest, DeniedActsAndRequestsBySomeone) {
  auto events =
      Code("Libyan state radio denied any shelling of the port by the army.",
           "2019-05-01");
  EXPECT_FALSE(Has(events, "LBY", "01", "LBY")) << Describe(events);
  events = Code(
      "Judge Carlos Ruiz denies a request by former president Evo Morales.",
      "2022-05-01");
  EXPECT_TRUE(Has(events, "BOL", "01", "BOL")) << Describe(events);
}

// A feeling about a reported act is about the act's subject.
TEST_F(CoderTest, DisappointedThatSomeoneActed) {
  auto events = Code(
      "The French minister said he was angry that Germany blocked the deal.",
      "2019-03-01");
  EXPECT_TRUE(Has(events, "FRA", "11", "DEU")) << Describe(events);
}

// A leader detained or ousted in or after a coup was seized by the
// country's military, which the sentence implies without naming; a coup
// someone is charged with is no such source.
TEST_F(CoderTest, DetainedInACoup) {
  auto events = Code(
      "Gabonese President Ali Bongo is detained following a coup on "
      "Wednesday.",
      "2023-08-30");
  EXPECT_TRUE(Has(events, "GABMIL", "17", "GAB")) << Describe(events);
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(events.front().source.text.empty());
  events = Code("A retired Peruvian general is arrested for plotting a coup.",
                "2023-08-30");
  EXPECT_FALSE(Has(events, "PERMIL", "17", "")) << Describe(events);
}

TEST_F(CoderTest, EvidenceAndCodeTableFields) {
  auto events = Code("Russia attacked Ukraine on Tuesday.");
  ASSERT_FALSE(events.empty());
  const Event& e = events.front();
  EXPECT_EQ(e.article_id, "test");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_LT(e.goldstein, 0);
  EXPECT_EQ(e.plover_type, "ASSAULT");
  EXPECT_EQ(e.evidence.verb, "attacked");
  EXPECT_EQ(article_.text.substr(e.evidence.source_span.begin,
                                 e.evidence.source_span.size()),
            "Russia");
  EXPECT_NE(e.evidence.rule.find("19_fight.txt:"), std::string::npos);
  EXPECT_GT(e.confidence, 0.0);
  EXPECT_LE(e.confidence, 1.0);
}

}  // namespace
}  // namespace dyad
