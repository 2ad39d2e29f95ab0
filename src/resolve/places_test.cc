// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "resolve/places.h"

#include <gtest/gtest.h>

#include <string>

#include "resolve/gazetteer.h"
#include "resolve/test_documents.h"

namespace dyad::internal {
namespace {

using testing::TestDocument;
using testing::Tokenization;

const Gazetteer& Bundled() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::LoadFile(std::string(DYAD_SOURCE_DIR) +
                                      "/data/gazetteer/places.tsv");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return loaded->release();
  }();
  return *g;
}

struct PlaceCase {
  const char* text;     // one sentence per line
  const char* mention;  // the mention as written
  const char* name;     // expected gazetteer name
  const char* country;  // ISO alpha-3
  const char* kind;     // city, region, country
  PlaceRole role;
};

constexpr PlaceRole kLoc = PlaceRole::kLocative;
constexpr PlaceRole kDest = PlaceRole::kDestination;
constexpr PlaceRole kOther = PlaceRole::kOther;
constexpr PlaceRole kDateline = PlaceRole::kDateline;

const PlaceCase kCases[] = {
    {"Kerry met Lavrov in Moscow on Tuesday.", "Moscow", "Moscow", "RUS",
     "city", kLoc},
    {"Kerry met Putin at the Kremlin.", "Kremlin", "Moscow", "RUS", "city",
     kLoc},
    {"Russian warplanes struck targets near Aleppo on Monday.", "Aleppo",
     "Aleppo", "SYR", "city", kLoc},
    {"Turkey accused Russia of bombing villages in northern Syria.", "Syria",
     "Syria", "SYR", "country", kLoc},
    {"They met in the Black Sea resort of Sochi in May.", "Sochi", "Sochi",
     "RUS", "city", kLoc},
    {"MOSCOW (Reuters) - Kerry met Lavrov on Tuesday.", "MOSCOW", "Moscow",
     "RUS", "city", kDateline},
    {"WASHINGTON (AP) - The White House said nothing.", "WASHINGTON",
     "Washington D.C.", "USA", "city", kDateline},
    {"BEIRUT, Lebanon (AP) - Gunmen attacked a checkpoint.", "BEIRUT, Lebanon",
     "Beirut", "LBN", "city", kDateline},
    {"The festival took place in Paris, Texas.", "Paris, Texas", "Paris", "USA",
     "city", kLoc},
    {"Protesters marched in Paris on Saturday.", "Paris", "Paris", "FRA",
     "city", kLoc},
    {"Kerry flew to Tripoli for talks.", "Tripoli", "Tripoli", "LBY", "city",
     kDest},
    {"Clashes in Beirut spread north.\nGunmen fought in Tripoli overnight.",
     "Tripoli", "Tripoli", "LBN", "city", kLoc},
    {"Russia and Georgia fought a war in 2008.", "Georgia", "Georgia", "GEO",
     "country", kOther},
    {"The storm hit Atlanta, Georgia, on Monday.", "Atlanta, Georgia",
     "Atlanta", "USA", "city", kOther},
    {"Voters in Florida and Ohio went to the polls.\nTurnout was high in "
     "Georgia.",
     "Georgia", "Georgia", "USA", "region", kLoc},
    {"Fighting raged in Aleppo province.", "Aleppo", "Aleppo Governorate",
     "SYR", "region", kLoc},
    {"Troops were deployed to Texas.", "Texas", "Texas", "USA", "region",
     kDest},
    {"The meeting took place in New York.", "New York", "New York", "USA",
     "city", kLoc},
    {"The U.S. Secretary of State met Lavrov.", "U.S.", "United States", "USA",
     "country", kOther},
    {"Turkey's prime minister accused Russia.", "Turkey", "Turkey", "TUR",
     "country", kOther},
    {"Michael Jordan visited Chicago.", "Chicago", "Chicago", "USA", "city",
     kDest},
    {"King Abdullah of Jordan met Obama.", "Jordan", "Jordan", "JOR", "country",
     kOther},
    {"Gunmen attacked a checkpoint on the outskirts of Damascus.", "Damascus",
     "Damascus", "SYR", "city", kLoc},
    {"Talks on Syria resumed in Geneva.", "Geneva", "Geneva", "CHE", "city",
     kLoc},
    {"Kiev accused Moscow of aggression.", "Kiev", "Kyiv", "UKR", "city",
     kOther},
    {"Heavy fighting was reported in Donetsk.", "Donetsk", "Donetsk", "UKR",
     "city", kLoc},
    {"Officials in Washington, D.C., said the plan failed.", "Washington, D.C.",
     "Washington D.C.", "USA", "city", kLoc},
    {"Police in Mobile arrested two men.", "Mobile", "Mobile", "USA", "city",
     kLoc},
    {"Officials in Lagos said the vote was fair.", "Lagos", "Lagos", "NGA",
     "city", kLoc},
    {"Delegates arrived in Vienna on Sunday.", "Vienna", "Vienna", "AUT",
     "city", kLoc},
    {"The summit was held in Brussels.", "Brussels", "Brussels", "BEL", "city",
     kLoc},
    {"Troops crossed into Ukraine.", "Ukraine", "Ukraine", "UKR", "country",
     kLoc},
    {"Saudi Arabia urged calm.", "Saudi Arabia", "Saudi Arabia", "SAU",
     "country", kOther},
    {"Elections were held in the Democratic Republic of Congo.",
     "Democratic Republic of Congo", "DR Congo", "COD", "country", kLoc},
    {"The ship sank off the coast of Libya.", "Libya", "Libya", "LBY",
     "country", kLoc},
    {"Israeli troops entered the Gaza Strip.", "Gaza Strip", "Gaza Strip",
     "PSE", "region", kDest},
    {"Rebels seized the town of Ramadi.", "Ramadi", "Ramadi", "IRQ", "city",
     kDest},
    {"A car bomb exploded in Kabul.", "Kabul", "Kabul", "AFG", "city", kLoc},
    {"Students protested in the Chinese capital, Beijing.", "Beijing",
     "Beijing", "CHN", "city", kOther},
    {"Talks were held at the White House.", "White House", "Washington D.C.",
     "USA", "city", kLoc},
    {"The Syrian army retook Palmyra.", "Palmyra", "Palmyra", "SYR", "city",
     kDest},
    {"Lavrov said Moscow would host a meeting.", "Moscow", "Moscow", "RUS",
     "city", kOther},
    {"Demonstrators gathered in Tahrir Square in Cairo.", "Cairo", "Cairo",
     "EGY", "city", kLoc},
    {"Britain and France sent jets.", "Britain", "United Kingdom", "GBR",
     "country", kOther},
    {"The plane landed in Moscow, Idaho.", "Moscow, Idaho", "Moscow", "USA",
     "city", kLoc},
    {"BEIRUT, Lebanon (AP) - Gunmen attacked a checkpoint near Tripoli.",
     "Tripoli", "Tripoli", "LBN", "city", kLoc},
    {"WASHINGTON (AP) - Russia and Georgia fought a war in 2008.", "Georgia",
     "Georgia", "GEO", "country", kOther},
    {"ATLANTA (AP) - Voters lined up in Georgia on Tuesday.", "Georgia",
     "Georgia", "USA", "region", kLoc},
    {"Voters lined up in Georgia and Alabama.", "Alabama", "Alabama", "USA",
     "region", kLoc},
    {"Protesters rallied in Lorient, near Paris and Brest in France.",
     "Lorient", "Lorient", "FRA", "city", kLoc},
    {"Ebola killed thousands in Liberia, Guinea and Sierra Leone.", "Guinea",
     "Guinea", "GIN", "country", kLoc},
};

// Sentences whose capitalised words are not places.
const char* const kNoPlaces[] = {
    "Mobile phones were banned at the meeting.",
    "The New York Times reported the attack.",
    "Michael Jordan retired.",
    "Reading the statement, the minister paused.",
    "President Vladimir Putin spoke for three hours.",
    "Elections will be held in March.",
    "The talks collapsed in May.",
    "She is a professor at Columbia Law School.",
    "Critics in the Obama administration objected.",
    "The plan was sent to Obama for approval.",
    "Officials in the West were worried.",
    "The resolution passed at the UN in the spring.",
    "Diplomats expect progress by Spring.",
    "Mary told reporters she was leaving.",
    "The senator met Mary in the lobby.",
    "Critics in Morsi's government resigned.",
    "Talks in Lorient stalled.",
};

class PlaceTableTest : public ::testing::TestWithParam<Tokenization> {};

TEST_P(PlaceTableTest, RecognisesAndDisambiguates) {
  const Gazetteer& g = Bundled();
  int checked = 0;
  for (const PlaceCase& c : kCases) {
    SCOPED_TRACE(c.text);
    TestDocument t(c.text, "2015-12-15", GetParam());
    std::vector<PlaceMention> places = FindPlaces(t.doc(), g);
    const PlaceMention* found = nullptr;
    for (const PlaceMention& m : places) {
      std::string_view text = std::string_view(t.doc().clean_text)
                                  .substr(m.clean.begin, m.clean.size());
      if (text == c.mention) found = &m;
    }
    ASSERT_NE(found, nullptr) << "no mention '" << c.mention << "'";
    ASSERT_GE(found->place, 0);
    const GazetteerPlace& p = g.place(static_cast<uint32_t>(found->place));
    EXPECT_EQ(p.name, c.name);
    EXPECT_EQ(p.country, c.country);
    EXPECT_EQ(PlaceKindName(p.kind), c.kind);
    EXPECT_EQ(PlaceRoleName(found->role), PlaceRoleName(c.role));
    ++checked;
  }
  EXPECT_GE(checked, 40);
}

TEST_P(PlaceTableTest, IgnoresNamesThatAreNotPlaces) {
  const Gazetteer& g = Bundled();
  for (const char* text : kNoPlaces) {
    SCOPED_TRACE(text);
    TestDocument t(text, "2015-12-15", GetParam());
    std::vector<PlaceMention> places = FindPlaces(t.doc(), g);
    for (const PlaceMention& m : places) {
      ADD_FAILURE() << "unexpected place "
                    << g.place(static_cast<uint32_t>(m.place)).name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BothTokenizations, PlaceTableTest,
                         ::testing::Values(Tokenization::kUd,
                                           Tokenization::kWhitespace));

TEST(PlacesTest, DatelineSentenceKindIsRead) {
  TestDocument t("DATELINE|ALEPPO, Syria (AP) -\nRebels shelled the city.",
                 "2015-12-15");
  std::vector<PlaceMention> places = FindPlaces(t.doc(), Bundled());
  ASSERT_FALSE(places.empty());
  EXPECT_EQ(places[0].role, PlaceRole::kDateline);
  EXPECT_EQ(Bundled().place(static_cast<uint32_t>(places[0].place)).name,
            "Aleppo");
}

TEST(PlacesTest, OnlyTheFirstBodyUnitCanHaveADateline) {
  TestDocument t("Kerry arrived.\nMOSCOW (AP) - This is not a dateline.",
                 "2015-12-15");
  for (const PlaceMention& m : FindPlaces(t.doc(), Bundled())) {
    EXPECT_NE(m.role, PlaceRole::kDateline);
  }
}

TEST(PlacesTest, EventPlaceCarriesCoordinates) {
  const Gazetteer& g = Bundled();
  TestDocument t("Kerry met Lavrov in Moscow.", "2015-12-15");
  std::vector<PlaceMention> places = FindPlaces(t.doc(), g);
  ASSERT_EQ(places.size(), 1u);
  EventPlace p = ToEventPlace(g, static_cast<uint32_t>(places[0].place));
  EXPECT_EQ(p.name, "Moscow");
  EXPECT_EQ(p.country, "RUS");
  EXPECT_EQ(p.kind, "city");
  EXPECT_NEAR(p.lat, 55.75, 0.05);
  EXPECT_NEAR(p.lon, 37.62, 0.05);
}

TEST(GazetteerTest, ParsesAndReportsErrorsWithLine) {
  auto ok = Gazetteer::Parse(
      "# dyad gazetteer format 1 data test\n"
      "Testville\tcity\tUSA\tTexas\t30.0\t-97.0\t20000\t0\tTest Ville|TV\n",
      "mem");
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ((*ok)->data_version(), "test");
  EXPECT_EQ((*ok)->Lookup("test ville").size(), 1u);
  EXPECT_EQ((*ok)->Lookup("tv").size(), 1u);

  auto bad = Gazetteer::Parse("X\tcity\tUSA\t\tnorth\t0\t0\t0\t\n", "mem");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("mem:1"), std::string::npos);

  auto newer = Gazetteer::Parse("# dyad gazetteer format 9 data x\n", "mem");
  EXPECT_EQ(newer.status().code(), StatusCode::kFailedPrecondition);

  auto missing = Gazetteer::LoadFile("/nonexistent/places.tsv");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(GazetteerTest, NormalizesKeys) {
  std::string key;
  Gazetteer::NormalizeKey("The  Netherlands", key);
  EXPECT_EQ(key, "netherlands");
  Gazetteer::NormalizeKey("Cote d\xE2\x80\x99Ivoire", key);
  EXPECT_EQ(key, "cote d'ivoire");
}

TEST(GazetteerTest, BundledGazetteerHasCountriesRegionsAndCities) {
  const Gazetteer& g = Bundled();
  EXPECT_GT(g.size(), 25000u);
  const GazetteerPlace* syria = g.Country("SYR");
  ASSERT_NE(syria, nullptr);
  EXPECT_EQ(syria->name, "Syria");
  EXPECT_NE(g.Region("USA", "Texas"), nullptr);
  EXPECT_EQ(g.Lookup("moscow").size() >= 2, true);
}

}  // namespace
}  // namespace dyad::internal
