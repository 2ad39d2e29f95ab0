// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Tests of the cleaner: normalisation and its byte map, boilerplate drops
// and their false-positive guards, captions, headlines, truncation, and
// robustness on hostile input. All article text here is written for these
// tests.
#include "text/cleaner.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace dyad::internal {
namespace {

struct Cleaned {
  Article article;
  Document doc;
  std::vector<Paragraph> paragraphs;

  std::string_view Para(size_t i) const {
    const Paragraph& p = paragraphs.at(i);
    return std::string_view(doc.clean_text)
        .substr(p.clean.begin, p.clean.size());
  }
  // The paragraph whose text contains `needle`, or nullptr.
  const Paragraph* Find(std::string_view needle) const {
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (Para(i).find(needle) != std::string_view::npos) return &paragraphs[i];
    }
    return nullptr;
  }
  // Reason recorded for the dropped span whose original text contains
  // `needle`; empty when nothing matched.
  std::string DropReasonFor(std::string_view needle) const {
    for (const DroppedSpan& d : doc.dropped) {
      std::string_view orig =
          std::string_view(article.text).substr(d.orig.begin, d.orig.size());
      if (orig.find(needle) != std::string_view::npos) return d.reason;
    }
    return "";
  }
};

std::unique_ptr<Cleaned> CleanText(std::string text,
                                   const CleanOptions& options = {},
                                   std::string title = "") {
  auto c = std::make_unique<Cleaned>();
  c->article.text = std::move(text);
  c->article.title = std::move(title);
  c->doc.article = &c->article;
  Clean(options, c->doc, c->paragraphs);
  return c;
}

// Invariants every cleaning result must hold, for any input.
void ExpectInvariants(const Cleaned& c) {
  const std::string& clean = c.doc.clean_text;
  const std::vector<uint32_t>& map = c.doc.clean_to_orig;
  const std::string& orig = c.article.text;
  ASSERT_EQ(map.size(), clean.size() + 1);
  for (size_t i = 0; i < map.size(); ++i) {
    ASSERT_LE(map[i], orig.size()) << "at " << i;
    if (i > 0) {
      ASSERT_LE(map[i - 1], map[i]) << "map decreases at " << i;
    }
  }
  // Paragraphs tile the clean text, separated by single newlines.
  uint32_t expected_begin = 0;
  for (const Paragraph& p : c.paragraphs) {
    ASSERT_EQ(p.clean.begin, expected_begin);
    ASSERT_GT(p.clean.size(), 0u);
    ASSERT_LE(p.clean.end, clean.size());
    std::string_view text(clean.data() + p.clean.begin, p.clean.size());
    EXPECT_EQ(text.find('\n'), std::string_view::npos);
    EXPECT_NE(text.front(), ' ');
    EXPECT_NE(text.back(), ' ');
    EXPECT_EQ(text.find("  "), std::string_view::npos);
    EXPECT_EQ(p.orig.begin, map[p.clean.begin]);
    EXPECT_EQ(p.orig.end, map[p.clean.end]);
    expected_begin = p.clean.end + 1;
  }
  if (!c.paragraphs.empty()) {
    EXPECT_EQ(c.paragraphs.back().clean.end, clean.size());
  } else {
    EXPECT_TRUE(clean.empty());
  }
  // No control characters other than the paragraph newline.
  for (char ch : clean) {
    const auto u = static_cast<unsigned char>(ch);
    ASSERT_TRUE(u >= 0x20 || ch == '\n') << "control byte " << int(u);
    ASSERT_NE(u, 0x7F);
  }
  // Kept text bytes never come from a dropped span.
  for (const DroppedSpan& d : c.doc.dropped) {
    ASSERT_LE(d.orig.begin, d.orig.end);
    ASSERT_LE(d.orig.end, orig.size());
    EXPECT_FALSE(d.reason.empty());
  }
  for (size_t i = 0; i < clean.size(); ++i) {
    if (clean[i] == '\n') continue;
    for (const DroppedSpan& d : c.doc.dropped) {
      ASSERT_FALSE(map[i] >= d.orig.begin && map[i] < d.orig.end)
          << "clean byte " << i << " maps into dropped " << d.reason;
    }
  }
  // A run of ASCII letters and digits in the clean text reads the same in
  // the original wherever the original bytes are plain ASCII.
  size_t i = 0;
  while (i < clean.size()) {
    auto alnum = [](char ch) {
      return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
             (ch >= '0' && ch <= '9');
    };
    if (!alnum(clean[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < clean.size() && alnum(clean[j])) ++j;
    const std::string_view run(clean.data() + i, j - i);
    const std::string_view source(orig.data() + map[i], map[j] - map[i]);
    // Removed control characters may sit inside the run ("a\x01b" -> "ab").
    std::string visible;
    bool ascii = true;
    for (char ch : source) {
      const auto u = static_cast<unsigned char>(ch);
      ascii = ascii && u < 0x80;
      if (u >= 0x20 && u != 0x7F) visible.push_back(ch);
    }
    // A run can end inside a character that continues past it (an ASCII
    // base with a combining mark maps to the same place as the mark).
    if (ascii && visible.size() >= run.size()) {
      EXPECT_EQ(visible.substr(0, run.size()), run);
    }
    i = j;
  }
  // Valid UTF-8 throughout.
  for (size_t k = 0; k < clean.size();) {
    const auto b = static_cast<unsigned char>(clean[k]);
    size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    ASSERT_TRUE(b < 0x80 || (b >= 0xC2 && b <= 0xF4)) << "lead byte " << k;
    ASSERT_LE(k + len, clean.size());
    for (size_t m = 1; m < len; ++m) {
      ASSERT_EQ(static_cast<unsigned char>(clean[k + m]) & 0xC0, 0x80);
    }
    k += len;
  }
}

// ---------------------------------------------------------------------------
// Normalisation

struct NormalizeCase {
  const char* name;
  std::string input;
  std::string expected;
};

class CleanNormalizeTest : public ::testing::TestWithParam<NormalizeCase> {};

TEST_P(CleanNormalizeTest, Normalises) {
  CleanOptions options;
  options.drop_boilerplate = false;
  const auto c = CleanText(GetParam().input, options);
  EXPECT_EQ(c->doc.clean_text, GetParam().expected);
  ExpectInvariants(*c);
}

INSTANTIATE_TEST_SUITE_P(
    Cleaner, CleanNormalizeTest,
    ::testing::Values(
        NormalizeCase{"CurlyDoubleQuotes",
                      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the envoy said.",
                      "\"We are ready,\" the envoy said."},
        NormalizeCase{
            "CurlySingleAndApostrophe",
            "Moscow\xE2\x80\x99s \xE2\x80\x98red line\xE2\x80\x99 held.",
            "Moscow's 'red line' held."},
        NormalizeCase{
            "LowQuotesAndReversed",
            "\xE2\x80\x9EJa\xE2\x80\x9C and \xE2\x80\x9Aso\xE2\x80\x9B"
            " and \xE2\x80\x9Fthat\xE2\x80\x9D",
            "\"Ja\" and 'so' and \"that\""},
        NormalizeCase{"Guillemets",
                      "\xC2\xAB"
                      "Enough"
                      "\xC2\xBB"
                      " he said",
                      "\"Enough\" he said"},
        NormalizeCase{"Primes",
                      "A 6\xE2\x80\xB2"
                      "2\xE2\x80\xB3 guard",
                      "A 6'2\" guard"},
        NormalizeCase{"EnDashAndMinus",
                      "The 2014\xE2\x80\x93"
                      "2015 talks; \xE2\x88\x92"
                      "5 C",
                      "The 2014-2015 talks; -5 C"},
        NormalizeCase{"EmDashAndBar",
                      "Troops\xE2\x80\x94"
                      "and tanks\xE2\x80\x95moved in",
                      "Troops--and tanks--moved in"},
        NormalizeCase{"Ellipsis", "He paused\xE2\x80\xA6 then spoke",
                      "He paused... then spoke"},
        NormalizeCase{"UnicodeSpaces",
                      "Kerry\xC2\xA0met\xE2\x80\x89Lavrov\xE2\x80\xAFin"
                      "\xE3\x80\x80Moscow",
                      "Kerry met Lavrov in Moscow"},
        NormalizeCase{"InvisibleCharsRemoved",
                      "\xEF\xBB\xBFMin\xC2\xADsk ac\xE2\x80\x8B"
                      "cord\xE2\x80\x8D",
                      "Minsk accord"},
        NormalizeCase{"TabsAndRunsOfSpaces", "  Two \t\t  rebels   fled.  ",
                      "Two rebels fled."},
        NormalizeCase{"CrLfAndCr", "First line.\r\nSecond line.\rThird.",
                      "First line.\nSecond line.\nThird."},
        NormalizeCase{"BlankLinesVanish", "One.\n\n  \n\t\nTwo.", "One.\nTwo."},
        NormalizeCase{"NfcComposesAsciiBase",
                      "Jose\xCC\x81 Mari\xCC\x81"
                      "a",
                      "Jos\xC3\xA9 Mar\xC3\xAD"
                      "a"},
        NormalizeCase{"NfcSingletonAngstrom", "10 \xE2\x84\xAB wide",
                      "10 \xC3\x85 wide"},
        NormalizeCase{"NfcReordersMarks", "q\xCC\x87\xCC\xA3",
                      "q\xCC\xA3\xCC\x87"},
        NormalizeCase{"NfcHangulJamo", "\xE1\x84\x80\xE1\x85\xA1",
                      "\xEA\xB0\x80"},
        NormalizeCase{"PrecomposedKept",
                      "Erdo\xC4\x9F"
                      "an in K\xC3\xB6ln",
                      "Erdo\xC4\x9F"
                      "an in K\xC3\xB6ln"},
        NormalizeCase{"LigaturesFolded",
                      "\xEF\xAC\x81nance and \xEF\xAC\x82ows",
                      "finance and flows"},
        NormalizeCase{"FullwidthFolded", "\xEF\xBC\xB5\xEF\xBC\xAE vote",
                      "UN vote"},
        NormalizeCase{"ReplacementCharKept", "Bad \xEF\xBF\xBD byte",
                      "Bad \xEF\xBF\xBD byte"},
        NormalizeCase{"InvalidBytesBecomeReplacement",
                      "A\xFF"
                      "B\xC3",
                      "A\xEF\xBF\xBD"
                      "B\xEF\xBF\xBD"},
        NormalizeCase{"OverlongAndSurrogateRejected", "x\xC0\xAFy\xED\xA0\x80z",
                      "x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD"
                      "\xEF\xBF\xBDz"},
        NormalizeCase{"ControlsRemoved",
                      std::string("Ri\0ga\x01 talks\x7F", 13), "Riga talks"},
        NormalizeCase{"C1ControlRemovedNelIsSpace",
                      "a\xC2\x80"
                      "b\xC2\x85"
                      "c",
                      "ab c"}),
    [](const auto& info) { return info.param.name; });

TEST(CleanMapTest, EachCleanByteMapsToItsSourceCharacter) {
  // “Hi” — ok
  const std::string text = "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x94 ok";
  const auto c = CleanText(text);
  ASSERT_EQ(c->doc.clean_text, "\"Hi\" -- ok");
  const std::vector<uint32_t> expected = {0, 3, 4, 5, 8, 9, 9, 12, 13, 14, 15};
  EXPECT_EQ(c->doc.clean_to_orig, expected);
}

TEST(CleanMapTest, RemovedCharactersLeaveGaps) {
  const auto c = CleanText(
      "ab\xE2\x80\x8B"
      "cd  ef");
  ASSERT_EQ(c->doc.clean_text, "abcd ef");
  const std::vector<uint32_t> expected = {0, 1, 5, 6, 7, 9, 10, 11};
  EXPECT_EQ(c->doc.clean_to_orig, expected);
}

TEST(CleanMapTest, NewlineAndEndMapToEndOfParagraph) {
  const std::string text = "  Talks resumed.  \n\nAdvertisement\nKerry left. ";
  const auto c = CleanText(text);
  ASSERT_EQ(c->doc.clean_text, "Talks resumed.\nKerry left.");
  const auto& map = c->doc.clean_to_orig;
  EXPECT_EQ(map[14], text.find("resumed.") + 8);  // '\n'
  EXPECT_EQ(map[15], text.find("Kerry"));
  EXPECT_EQ(map.back(), text.find("left.") + 5);
}

TEST(CleanMapTest, StrippedCreditIsAGapAndParagraphEndsBeforeIt) {
  const std::string text =
      "Lavrov (L) and Kerry (R) shake hands in Moscow. (Photo: Pool/AP)";
  const auto c = CleanText(text);
  ASSERT_EQ(c->doc.clean_text,
            "Lavrov (L) and Kerry (R) shake hands in Moscow.");
  EXPECT_EQ(c->doc.clean_to_orig.back(), text.find("Moscow.") + 7);
  EXPECT_EQ(c->DropReasonFor("Pool/AP"), "photo-credit");
  ExpectInvariants(*c);
}

// ---------------------------------------------------------------------------
// Dropped lines and false-positive guards

struct DropCase {
  const char* name;
  std::string line;
  std::string reason;  // empty: the line must be kept verbatim
};

class CleanDropTest : public ::testing::TestWithParam<DropCase> {};

TEST_P(CleanDropTest, DropsOrKeeps) {
  // The line sits between two body paragraphs, as in a scraped page.
  const std::string before =
      "Russian and Turkish diplomats met in Geneva on Monday to discuss the "
      "crisis, officials said.";
  const std::string after =
      "The talks are expected to continue later this week, according to the "
      "foreign ministry.";
  const auto c = CleanText(before + "\n" + GetParam().line + "\n" + after);
  ExpectInvariants(*c);
  if (GetParam().reason.empty()) {
    EXPECT_NE(c->Find(GetParam().line), nullptr)
        << "dropped: " << c->DropReasonFor(GetParam().line);
    EXPECT_TRUE(c->doc.dropped.empty());
  } else {
    EXPECT_EQ(c->Find(GetParam().line), nullptr);
    ASSERT_EQ(c->doc.dropped.size(), 1u);
    EXPECT_EQ(c->doc.dropped[0].reason, GetParam().reason);
    EXPECT_EQ(c->article.text.substr(c->doc.dropped[0].orig.begin,
                                     c->doc.dropped[0].orig.size()),
              GetParam().line);
  }
  EXPECT_EQ(c->paragraphs.size(), GetParam().reason.empty() ? 3u : 2u);
}

INSTANTIATE_TEST_SUITE_P(
    Cleaner, CleanDropTest,
    ::testing::Values(
        // Share, ad and link prompts.
        DropCase{"Share", "Share", "boilerplate"},
        DropCase{"ShareThisArticle", "Share this article", "boilerplate"},
        DropCase{"ShareUpper", "SHARE THIS STORY", "boilerplate"},
        DropCase{"Advertisement", "Advertisement", "boilerplate"},
        DropCase{"AdvertisementColon", "ADVERTISEMENT:", "boilerplate"},
        DropCase{"StoryContinues", "Story continues below", "boilerplate"},
        DropCase{"ReadMore", "Read more", "boilerplate"},
        DropCase{"ReadMoreLink",
                 "Read more: Kremlin says new talks with Kyiv "
                 "have stalled",
                 "boilerplate"},
        DropCase{"ReadMoreUpper", "READ MORE: Ankara recalls envoy",
                 "boilerplate"},
        DropCase{"Related", "Related:", "boilerplate"},
        DropCase{"RelatedLink", "RELATED: Turkey downs jet near Syrian border",
                 "boilerplate"},
        DropCase{"BulletedRelated", "- Related coverage", "boilerplate"},
        DropCase{"ClickHere", "Click here to read the full report",
                 "boilerplate"},
        DropCase{"Pullquote", "[pullquote]", "boilerplate"},
        DropCase{"GalleryCounter", "Image 2 of 5", "boilerplate"},
        DropCase{"ArticleAge", "This article is over six years old",
                 "boilerplate"},
        // Subscribe, cookie and social prompts.
        DropCase{"SignUp", "Sign up for our newsletter", "subscribe"},
        DropCase{"SubscribeTo", "Subscribe to our daily briefing newsletter",
                 "subscribe"},
        DropCase{"GetOurNewsletter",
                 "Get our free world news newsletter delivered to your inbox",
                 "subscribe"},
        DropCase{"PrivacyPolicy",
                 "Entering your email means you accept our terms of service "
                 "and privacy policy.",
                 "subscribe"},
        DropCase{
            "Cookies",
            "We use cookies to give you the best experience on our "
            "website. By continuing to browse you accept our cookie policy.",
            "cookie-notice"},
        DropCase{"FollowUs", "Follow us on Twitter @WorldDeskNews", "social"},
        DropCase{"Copyright",
                 "Copyright 2015 The Daily Ledger. All rights reserved.",
                 "copyright"},
        // Bylines and credits lines.
        DropCase{"By", "By Jane Smith", "byline"},
        DropCase{"ByUpperWithOutlet", "By JANE SMITH, Associated Press",
                 "byline"},
        DropCase{"ByTwoAuthors", "By Jane Smith and John Doe, Reuters",
                 "byline"},
        DropCase{"ByNonAsciiName", "By Zo\xC3\xAB \xC3\x89lise Dupont",
                 "byline"},
        DropCase{
            "ReportingBy",
            "Reporting by Maria Ivanova in Moscow; Additional reporting by "
            "Tom Clark in Ankara; Editing by Paul Grant",
            "byline"},
        DropCase{"ReportingByParens",
                 "(Reporting by Maria Ivanova; Editing by Paul Grant)",
                 "byline"},
        DropCase{"ContributedToReport",
                 "The Associated Press contributed to this report.", "byline"},
        DropCase{"WriteTo", "Write to Ann Lee at ann.lee@example.com",
                 "byline"},
        DropCase{"WithAssistance", "-- With assistance by Ivan Petrov",
                 "byline"},
        DropCase{"ByCorrespondent",
                 "By BBC Middle East correspondent Tom Harlow, Jerusalem",
                 "byline"},
        DropCase{"ContributorsList",
                 "Contributors: Ann Lee, Tom Hale, Maria Ivanova, Paul Grant, "
                 "Omar Haddad, Lena Park, Jane Smith, John Doe, Ivan Petrov, "
                 "Mark Ellis, Anna Petrova, Tom Clark, Zoe Dupont",
                 "byline"},
        DropCase{"MediaPlayback",
                 "Media playback is unsupported on your device", "boilerplate"},
        DropCase{
            "JustWatched",
            "JUST WATCHED Rebels retake airport Replay More Videos ... MUST "
            "WATCH Rebels retake airport",
            "boilerplate"},
        DropCase{"AlsoOnLink", "(Also on the Ledger: Senate vote delayed)",
                 "boilerplate"},
        // Photo credits.
        DropCase{"PhotoParens", "(Photo: Pool/AP)", "photo-credit"},
        DropCase{"ReutersSlash", "REUTERS/Maxim Shemetov", "photo-credit"},
        DropCase{"ApPhotoSlash", "AP Photo/Ivan Sekretarev", "photo-credit"},
        DropCase{"NameSlashApPhoto", "Lena Park/AP Photo", "photo-credit"},
        DropCase{"GettyImages", "Getty Images", "photo-credit"},
        DropCase{"ImageCopyright", "Image copyright Getty Images",
                 "photo-credit"},
        DropCase{"PhotoColon", "Photo: Yuri Kadobnov/AFP/Getty Images",
                 "photo-credit"},
        DropCase{"NprToggle",
                 "Enlarge this image toggle caption Omar Haddad/AFP/Getty "
                 "Images Omar Haddad/AFP/Getty Images",
                 "photo-credit"},
        // Lone timestamps.
        DropCase{"UpdatedFull", "Updated 3:45 PM ET, Tue December 15, 2015",
                 "timestamp"},
        DropCase{"PublishedGmt", "Published 10:02 GMT", "timestamp"},
        DropCase{"DayMonthYear", "15 December 2015", "timestamp"},
        DropCase{"UpdatedAtPm", "Updated at 7:18 p.m. EST", "timestamp"},
        DropCase{"MonthDayYearTime", "Dec. 15, 2015 10:02 a.m. ET",
                 "timestamp"},
        DropCase{"LastUpdated", "Last updated: Tuesday, 15 December 2015",
                 "timestamp"},
        DropCase{"HoursAgo", "2 hours ago", "timestamp"},
        DropCase{"IsoStamp", "2015-12-15T10:02:00Z", "timestamp"},
        DropCase{"UpdateBst", "Update: 0915 BST", "timestamp"},
        // Separators.
        DropCase{"Stars", "***", "separator"},
        DropCase{"Underscores", "____", "separator"},
        // False-positive guards: real news sentences stay.
        DropCase{"SharedIntelligence",
                 "Russia shared intelligence with Washington on the militants' "
                 "positions, officials said.",
                 ""},
        DropCase{"SharePrices",
                 "Share prices in Moscow fell 4 percent on Tuesday after the "
                 "announcement.",
                 ""},
        DropCase{
            "ReadTheFullStatement",
            "Read the full statement, Lavrov said, before leaving the room.",
            ""},
        DropCase{
            "ReadMoreInProse",
            "Readers of the report will find more detail in its annex, the "
            "agency said.",
            ""},
        DropCase{"RelatedTalks",
                 "Related talks are planned in Vienna next week.", ""},
        DropCase{
            "ByContrast",
            "By contrast, Turkish officials said the jet had been warned ten "
            "times.",
            ""},
        DropCase{"ByTuesdayEvening",
                 "By Tuesday evening, rebels had seized two more villages near "
                 "Aleppo.",
                 ""},
        DropCase{"ByClockTime", "By 4:15 the convoy had crossed the border.",
                 ""},
        DropCase{"ReportingByInProse",
                 "Reporting by two newspapers said the envoy was outside the "
                 "inner circle of the president.",
                 ""},
        DropCase{"WriteToInProse",
                 "Write to your senator, the group urged its members on "
                 "Tuesday.",
                 ""},
        DropCase{"SmartCookie",
                 "\"He's a smart cookie,\" the senator said of the new envoy.",
                 ""},
        DropCase{"ReutersIpsosPoll",
                 "A Reuters/Ipsos poll showed 54 percent of Americans oppose "
                 "the deal.",
                 ""},
        DropCase{"Subscribers",
                 "Subscribers to the service in Crimea lost access on Monday.",
                 ""},
        DropCase{"AdvertisementInProse",
                 "The ministry said the advertisement campaign would start in "
                 "May.",
                 ""},
        DropCase{"FollowUpTalks",
                 "Follow-up talks on Twitter's role will take place in Vienna.",
                 ""},
        DropCase{"DateInSentence",
                 "December 15, 2015 was the deadline the council set for a "
                 "ceasefire.",
                 ""},
        DropCase{"UpdatedFigures",
                 "Updated figures from the ministry showed 30 dead.", ""},
        DropCase{"PhotoInProse",
                 "The photo shows Assad greeting troops near Damascus, the "
                 "ministry said.",
                 ""},
        DropCase{"ClickInProse",
                 "Clicking through the leaked files, investigators found 40 "
                 "names.",
                 ""},
        DropCase{"NewsletterInProse",
                 "The militants published a newsletter calling for attacks, "
                 "police said.",
                 ""},
        DropCase{"CopyrightInProse",
                 "The court ruled the copyright claim by the state broadcaster "
                 "invalid.",
                 ""},
        DropCase{"MoreThan",
                 "More than 200 people were killed in the attack, a monitoring "
                 "group said.",
                 ""},
        DropCase{"GettyInProse",
                 "Getty Images photographers were barred from the summit, the "
                 "agency said.",
                 ""}),
    [](const auto& info) { return info.param.name; });

TEST(CleanDropTest, DropOptionOffKeepsBoilerplateButNormalises) {
  CleanOptions options;
  options.drop_boilerplate = false;
  const auto c =
      CleanText("Advertisement\nKerry\xE2\x80\x99s plane landed.", options);
  EXPECT_EQ(c->doc.clean_text, "Advertisement\nKerry's plane landed.");
  EXPECT_TRUE(c->doc.dropped.empty());
}

TEST(CleanDropTest, OnlyBoilerplateGivesEmptyText) {
  const auto c =
      CleanText("Share\nAdvertisement\nBy Jane Smith\nREUTERS/Ann Lee\n");
  EXPECT_TRUE(c->doc.clean_text.empty());
  EXPECT_TRUE(c->paragraphs.empty());
  EXPECT_EQ(c->doc.dropped.size(), 4u);
  ASSERT_EQ(c->doc.clean_to_orig.size(), 1u);
  ExpectInvariants(*c);
}

TEST(CleanDropTest, ScraperMarkerIsRemovedAndRecorded) {
  const auto c = CleanText(
      "Putin told reporters the air strikes would go on until the militants "
      "were defeated, the Kremlin said on\xE2\x80\xA6 [+2345 chars]");
  ASSERT_EQ(c->paragraphs.size(), 1u);
  EXPECT_TRUE(c->Para(0).ends_with("the Kremlin said on"));
  EXPECT_TRUE(c->paragraphs[0].truncated);
  EXPECT_EQ(c->DropReasonFor("[+2345 chars]"), "scraper-marker");
  ExpectInvariants(*c);
}

// CNN photo galleries flattened into one line: their captions tell the
// photos' old stories, not the article's news.
TEST(CleanDropTest, FlattenedPhotoGalleryIsDropped) {
  const auto c = CleanText(
      "The senator spoke in Ohio on Monday.\n"
      "Photos: A political life Photos: A political life The senator at a "
      "rally in 1998. Hide Caption 1 of 2 Photos: A political life The "
      "senator meets the Russian president in Moscow. Hide Caption 2 of 2\n"
      "He will travel to Iowa next week.");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_EQ(c->Para(0), "The senator spoke in Ohio on Monday.");
  EXPECT_EQ(c->Para(1), "He will travel to Iowa next week.");
  EXPECT_EQ(c->DropReasonFor("Photos: A political life"), "photo-gallery");
  ExpectInvariants(*c);
}

// ---------------------------------------------------------------------------
// Captions

struct KindCase {
  const char* name;
  std::string line;
  SentenceKind kind;
  std::string clean;  // expected clean text of the line; empty: unchanged
};

class CleanCaptionTest : public ::testing::TestWithParam<KindCase> {};

TEST_P(CleanCaptionTest, MarksKind) {
  const std::string before =
      "Russian and Turkish diplomats met in Geneva on Monday to discuss the "
      "crisis, officials said.";
  const auto c = CleanText(before + "\n" + GetParam().line);
  ExpectInvariants(*c);
  ASSERT_EQ(c->paragraphs.size(), 2u) << c->doc.clean_text;
  EXPECT_EQ(c->paragraphs[1].kind, GetParam().kind) << c->Para(1);
  EXPECT_EQ(c->Para(1),
            GetParam().clean.empty() ? GetParam().line : GetParam().clean);
  EXPECT_FALSE(c->paragraphs[1].truncated);
}

INSTANTIATE_TEST_SUITE_P(
    Cleaner, CleanCaptionTest,
    ::testing::Values(
        KindCase{
            "LeftRightMarkers",
            "Foreign Minister Sergei Lavrov (L) and Secretary of State John "
            "Kerry (R) shake hands as they pose for cameras ahead of talks "
            "in Moscow.",
            SentenceKind::kCaption, ""},
        KindCase{
            "CommaLeft",
            "Kerry, left, speaks with Lavrov during a meeting at the Kremlin "
            "in Moscow Tuesday Dec. 15 2015",
            SentenceKind::kCaption, ""},
        KindCase{
            "SecondLeft",
            "Iraqi Prime Minister Haider al-Abadi (2nd L) visits troops in "
            "Ramadi.",
            SentenceKind::kCaption, ""},
        KindCase{
            "Center",
            "Opposition leader Lilian Tintori (C) marches with supporters in "
            "Caracas.",
            SentenceKind::kCaption, ""},
        KindCase{"PoseForPhoto",
                 "Leaders of the G20 pose for a family photo at the summit in "
                 "Antalya, Turkey.",
                 SentenceKind::kCaption, ""},
        KindCase{"IsSeenWithDate",
                 "Turkish Prime Minister Ahmet Davutoglu is seen during a news "
                 "conference in Ankara, Turkey, December 8, 2015.",
                 SentenceKind::kCaption, ""},
        KindCase{
            "ArrivesForWithDate",
            "Iranian President Hassan Rouhani arrives for a cabinet meeting "
            "in Tehran, Iran, December 13, 2015.",
            SentenceKind::kCaption, ""},
        KindCase{
            "GesturesWithDate",
            "Ukrainian President Petro Poroshenko gestures as he speaks in "
            "Kiev, Ukraine, Nov. 3, 2015.",
            SentenceKind::kCaption, ""},
        KindCase{
            "FilePhotoLabel",
            "FILE PHOTO: Turkish President Tayyip Erdogan attends a news "
            "conference in Ankara, Turkey, October 3, 2015.",
            SentenceKind::kCaption,
            "Turkish President Tayyip Erdogan attends a news conference in "
            "Ankara, Turkey, October 3, 2015."},
        KindCase{
            "FileDash",
            "FILE - In this Oct. 2, 2015 file photo, Syrian refugees wait at "
            "the border near Kilis.",
            SentenceKind::kCaption,
            "In this Oct. 2, 2015 file photo, Syrian refugees wait at the "
            "border near Kilis."},
        KindCase{
            "EndedByPhotoCredit",
            "Rescue workers search the rubble after an air strike in Idlib. "
            "(Photo: Omar Haj Kadour/AFP)",
            SentenceKind::kCaption,
            "Rescue workers search the rubble after an air strike in Idlib."},
        KindCase{"EndedByReutersCredit",
                 "Smoke rises over Kobani, Syria, as seen from the Turkish "
                 "border, October 20, 2014. REUTERS/Kai Pfaffenbach",
                 SentenceKind::kCaption,
                 "Smoke rises over Kobani, Syria, as seen from the Turkish "
                 "border, October 20, 2014."},
        KindCase{
            "EndedByPipeCredit",
            "Protesters march toward parliament in Kiev. | Efrem Lukatsky/AP "
            "Photo",
            SentenceKind::kCaption,
            "Protesters march toward parliament in Kiev."},
        KindCase{
            "EndedByNameSlashAgency",
            "Police guard the embassy in Ankara. Adem Altan/AFP/Getty Images",
            SentenceKind::kCaption, "Police guard the embassy in Ankara."},
        KindCase{"LongParenthesisedCreditWithInitial",
                 "The senator died on Sunday at a hospital in Virginia. He was "
                 "87. (Ann R. Lee/Evansville Courier & Press via AP, File)",
                 SentenceKind::kCaption,
                 "The senator died on Sunday at a hospital in Virginia. He was "
                 "87."},
        KindCase{"BbcImageCaption",
                 "Image copyright Reuters Image caption The talks in Vienna "
                 "ended without agreement",
                 SentenceKind::kCaption,
                 "The talks in Vienna ended without agreement"},
        KindCase{"ShareButtonsBeforeCaption",
                 "Facebook Twitter Pinterest Turkish soldiers patrol a road "
                 "outside Idlib, Syria, on 3 March.",
                 SentenceKind::kCaption,
                 "Turkish soldiers patrol a road outside Idlib, Syria, on 3 "
                 "March."},
        KindCase{"HideCaption",
                 "Hide caption Smoke rises over the old city of Aleppo after "
                 "overnight shelling",
                 SentenceKind::kCaption,
                 "Smoke rises over the old city of Aleppo after overnight "
                 "shelling"},
        KindCase{"MediaPlaybackThenCaption",
                 "Media playback is unsupported on your device Media caption "
                 "Villagers describe the night the dam gave way",
                 SentenceKind::kCaption,
                 "Villagers describe the night the dam gave way"},
        // False-positive guards.
        KindCase{"SeenAs",
                 "Lavrov is seen as a hardliner within the Russian leadership, "
                 "diplomats in Geneva told reporters on Monday.",
                 SentenceKind::kBody, ""},
        KindCase{"AttendsWithSaid",
                 "The prime minister attends the summit in Brussels next week, "
                 "his office said on Monday, December 14, 2015.",
                 SentenceKind::kBody, ""},
        KindCase{"RepublicanMarker",
                 "Senator John Smith (R) called the agreement a mistake and "
                 "vowed to block it in the Senate.",
                 SentenceKind::kBody, ""},
        KindCase{"LeftAsVerb",
                 "The delegation left, angry, after the meeting collapsed over "
                 "the question of Crimea.",
                 SentenceKind::kBody, ""},
        KindCase{"ParenthesisedAcronym",
                 "The report was prepared by the UN refugee agency and the "
                 "International Organization for Migration (UNHCR/IOM).",
                 SentenceKind::kBody, ""}),
    [](const auto& info) { return info.param.name; });

TEST(CleanCaptionTest, LineFollowedByCreditLineWithOneMoreCueIsCaption) {
  const auto c = CleanText(
      "Diplomats met in Geneva on Monday to discuss the crisis, officials "
      "said.\nOpposition supporters gesture during a rally in Caracas.\n"
      "Lena Park/AP Photo\nThe rally ended peacefully, police said.");
  ASSERT_EQ(c->paragraphs.size(), 3u);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kCaption);
  EXPECT_EQ(c->paragraphs[2].kind, SentenceKind::kBody);
}

TEST(CleanCaptionTest, BodyLineBeforeStrayCreditStaysBody) {
  const auto c = CleanText(
      "This is the third incident this year for the airline.\n"
      "Lena Park/AP Photo\nIn July, another jet was lost over Ukraine.");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kBody);
}

TEST(CleanCaptionTest, OptionOffKeepsBody) {
  CleanOptions options;
  options.detect_captions = false;
  const auto c = CleanText(
      "Talks went on.\nLavrov (L) and Kerry (R) shake hands in Moscow.",
      options);
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
}

// ---------------------------------------------------------------------------
// Headlines and subheads

TEST(CleanHeadlineTest, ShortUnpunctuatedFirstLineIsHeadline) {
  const auto c = CleanText(
      "Putin and Erdogan agree to new talks on Syria\nThe two leaders spoke by "
      "phone on Tuesday, the Kremlin said.");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kHeadline);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
}

TEST(CleanHeadlineTest, FirstLineMatchingTitleIsHeadlineDespitePunctuation) {
  const auto c = CleanText(
      "Will Moscow's gamble in Syria pay off?\nThe Kremlin has bet heavily on "
      "air power, analysts say.",
      {}, "Will Moscow\xE2\x80\x99s gamble in Syria pay off?");
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kHeadline);
}

TEST(CleanHeadlineTest, TitleCaseQuestionIsHeadline) {
  const auto c = CleanText(
      "Is The Ceasefire In Ukraine Over?\nShelling resumed near Donetsk on "
      "Sunday, monitors said.");
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kHeadline);
}

TEST(CleanHeadlineTest, SubheadInsideArticleIsHeadline) {
  const auto c = CleanText(
      "Talks resumed in Geneva on Monday, officials said.\nWhat happens next\n"
      "Both sides will meet again in January, diplomats said.");
  ASSERT_EQ(c->paragraphs.size(), 3u);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kHeadline);
}

TEST(CleanHeadlineTest, ShortSentencesAndLongFirstLinesAreBody) {
  const auto c = CleanText(
      "Putin spoke first.\nRussian President Vladimir Putin and Turkish "
      "President Tayyip Erdogan agreed on Tuesday to resume talks on the "
      "future of Syria after months of tension");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kBody);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
}

// ---------------------------------------------------------------------------
// Truncation

TEST(CleanTruncationTest, CutOffLastParagraphIsTruncated) {
  const auto c = CleanText(
      "Putin and Erdogan agree to new talks\nThe two leaders agreed to meet "
      "again in January to discuss a plan to end Syria's civil war and restore "
      "stabilit");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_FALSE(c->paragraphs[0].truncated);
  EXPECT_TRUE(c->paragraphs[1].truncated);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
}

TEST(CleanTruncationTest, EllipsisAfterLongParagraphIsTruncated) {
  const auto c = CleanText(
      "The foreign ministers of Russia, Turkey and Iran said in a joint "
      "statement on Wednesday that they would press the warring sides to "
      "accept\xE2\x80\xA6");
  ASSERT_EQ(c->paragraphs.size(), 1u);
  EXPECT_TRUE(c->paragraphs[0].truncated);
}

TEST(CleanTruncationTest, ShortLastLineStoppingMidSentenceIsTruncated) {
  const auto c = CleanText(
      "Talks resumed in Geneva on Monday, officials said.\nThe two sides also "
      "agreed to");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_TRUE(c->paragraphs[1].truncated);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
}

TEST(CleanTruncationTest, HeadlineOnlyArticleIsNotTruncated) {
  const auto c = CleanText("Putin and Erdogan agree to new talks on Syria");
  ASSERT_EQ(c->paragraphs.size(), 1u);
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kHeadline);
  EXPECT_FALSE(c->paragraphs[0].truncated);
}

TEST(CleanTruncationTest, CompleteArticleAndTrailingBoilerplateNotTruncated) {
  const auto c = CleanText(
      "Talks resumed in Geneva on Monday, officials said.\n\"We are ready,\" "
      "Lavrov told reporters.\nAdvertisement\nBy Jane Smith\n");
  ASSERT_EQ(c->paragraphs.size(), 2u);
  EXPECT_FALSE(c->paragraphs[1].truncated);
}

TEST(CleanTruncationTest, SubheadAtEndIsNotTruncated) {
  const auto c = CleanText(
      "Talks resumed in Geneva on Monday, officials said.\nReaction From "
      "Ankara And Tehran");
  EXPECT_FALSE(c->paragraphs.back().truncated);
  EXPECT_EQ(c->paragraphs.back().kind, SentenceKind::kHeadline);
}

TEST(CleanTruncationTest, LinkOrAddressAtEndIsNotTruncated) {
  for (const std::string last :
       {"Full results of the vote in all 28 districts are posted on the "
        "commission's website at example.org/results2015",
        "Readers with information about the convoy can reach the newsroom "
        "any time at tips@example.com"}) {
    const auto c = CleanText(
        "Talks resumed in Geneva on Monday, officials said.\n" + last);
    EXPECT_FALSE(c->paragraphs.back().truncated) << last;
  }
}

TEST(CleanTruncationTest, MissingPeriodAfterAttributionIsNotTruncated) {
  const auto c = CleanText(
      "Talks resumed in Geneva on Monday, officials said.\nThe navy has "
      "signed a 40 million dollar deal to refit two patrol ships before the "
      "end of next year, the defence ministry said");
  EXPECT_FALSE(c->paragraphs.back().truncated);
}

TEST(CleanTruncationTest, CommaAfterFinalPeriodIsNotTruncated) {
  const auto c = CleanText(
      "The president appoints a new prime minister three days after the "
      "previous one resigned over a dispute with the ruling party.,");
  EXPECT_FALSE(c->paragraphs.back().truncated);
}

TEST(CleanTruncationTest, OptionOff) {
  CleanOptions options;
  options.detect_truncation = false;
  const auto c = CleanText(
      "The two leaders agreed to meet again in January to discuss a plan to "
      "end Syria's civil war and restore stabilit",
      options);
  EXPECT_FALSE(c->paragraphs[0].truncated);
}

// ---------------------------------------------------------------------------
// Robustness

TEST(CleanRobustnessTest, EmptyAndBlankInputs) {
  for (const std::string text : {"", " ", "\n", "\r\n\r\n", "\t \xC2\xA0\n"}) {
    const auto c = CleanText(text);
    EXPECT_TRUE(c->doc.clean_text.empty());
    EXPECT_TRUE(c->paragraphs.empty());
    ExpectInvariants(*c);
  }
}

TEST(CleanRobustnessTest, NullArticleDoesNotCrash) {
  Document doc;
  std::vector<Paragraph> paragraphs(3);
  Clean({}, doc, paragraphs);
  EXPECT_TRUE(paragraphs.empty());
  EXPECT_EQ(doc.clean_to_orig.size(), 1u);
}

TEST(CleanRobustnessTest, EveryByteValue) {
  std::string text;
  for (int b = 0; b < 256; ++b) {
    text.push_back(static_cast<char>(b));
    text.push_back('a');
  }
  const auto c = CleanText(text);
  ExpectInvariants(*c);
}

TEST(CleanRobustnessTest, RandomBytesKeepInvariants) {
  std::mt19937 rng(20151215);
  // Bytes biased toward the interesting ones: UTF-8 leads, continuations,
  // spaces, newlines, brackets of the marker and credit rules.
  const std::string alphabet =
      "ab (L)/[+9 chars]...\n\r\t\xC2\xA0\xE2\x80\x9C\x94\xCC\x81\xF0\x9F\xFF";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int length = static_cast<int>(rng() % 400);
    for (int i = 0; i < length; ++i) {
      text.push_back(rng() % 4 == 0 ? static_cast<char>(rng() % 256)
                                    : alphabet[rng() % alphabet.size()]);
    }
    const auto c = CleanText(text);
    ExpectInvariants(*c);
  }
}

TEST(CleanRobustnessTest, OneMegabyteSingleLine) {
  std::string text;
  const std::string sentence =
      "Rebels and government forces exchanged fire near Aleppo on Tuesday, "
      "monitors said. ";
  while (text.size() < (1u << 20)) text += sentence;
  const auto c = CleanText(text);
  ASSERT_EQ(c->paragraphs.size(), 1u);
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kBody);
  EXPECT_FALSE(c->paragraphs[0].truncated);
  ExpectInvariants(*c);
}

TEST(CleanRobustnessTest, LongRunOfCombiningMarks) {
  std::string text = "Zalgo e";
  for (int i = 0; i < 5000; ++i) text += "\xCC\x81";
  text += " end.";
  const auto c = CleanText(text);
  ExpectInvariants(*c);
  EXPECT_TRUE(c->doc.clean_text.starts_with("Zalgo \xC3\xA9"));
  EXPECT_TRUE(c->doc.clean_text.ends_with(" end."));
}

TEST(CleanRobustnessTest, ReusedDocumentIsReset) {
  auto c = CleanText("Share\nTalks resumed.");
  c->article.text = "Kerry left.";
  Clean({}, c->doc, c->paragraphs);
  EXPECT_EQ(c->doc.clean_text, "Kerry left.");
  EXPECT_TRUE(c->doc.dropped.empty());
  ExpectInvariants(*c);
}

TEST(CleanRobustnessTest, ComposedArticleKeepsInvariants) {
  const auto c = CleanText(
      "\xEF\xBB\xBFPutin and Erdogan agree to new talks\r\n"
      "By Jane Smith and John Doe, Reuters\r\n"
      "Updated 3:45 PM ET, Tue December 15, 2015\r\n"
      "MOSCOW (Reuters) \xE2\x80\x93 Russia\xE2\x80\x99s foreign minister said "
      "on Tuesday \xE2\x80\x9Cprogress\xE2\x80\x9D had been made\xE2\x80\x94"
      "but not enough.\r\n"
      "Lavrov (L) and Kerry (R) shake hands in Moscow, December 15, 2015. "
      "(Photo: Pool/AP)\r\nAdvertisement\r\n"
      "FILE PHOTO: Erdogan attends a ceremony in Ankara. REUTERS/Umit "
      "Bektas\r\n"
      "The two sides agreed to meet again in January to discuss a plan to end "
      "the war\xE2\x80\xA6 [+2345 chars]");
  ExpectInvariants(*c);
  ASSERT_EQ(c->paragraphs.size(), 5u) << c->doc.clean_text;
  EXPECT_EQ(c->paragraphs[0].kind, SentenceKind::kHeadline);
  EXPECT_EQ(c->paragraphs[1].kind, SentenceKind::kBody);
  EXPECT_EQ(c->paragraphs[2].kind, SentenceKind::kCaption);
  EXPECT_EQ(c->paragraphs[3].kind, SentenceKind::kCaption);
  EXPECT_EQ(c->paragraphs[3].orig.begin,
            c->article.text.find("Erdogan attends"));
  EXPECT_TRUE(c->paragraphs[4].truncated);
  EXPECT_EQ(c->Para(4).substr(c->Para(4).size() - 7), "the war");
}

// Real news from the shared corpus: invariants hold on every article.
TEST(CleanCorpusTest, InvariantsHoldOnRealNews) {
  const std::filesystem::path path = std::filesystem::path(DYAD_SHARED_DIR) /
                                     "corpora/allsides_abp/"
                                     "allsides_abp-part-000.jsonl.gz";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "shared corpus not found at " << path;
  }
  gzFile file = gzopen(path.c_str(), "rb");
  ASSERT_NE(file, nullptr);
  std::string line;
  std::vector<char> buffer(1 << 16);
  int articles = 0;
  size_t dropped = 0, captions = 0;
  while (articles < 300 && gzgets(file, buffer.data(), buffer.size())) {
    line += buffer.data();
    if (line.empty() || line.back() != '\n') continue;
    const auto json = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (json.is_discarded() || !json.contains("text")) continue;
    const auto c = CleanText(json["text"].get<std::string>());
    ExpectInvariants(*c);
    dropped += c->doc.dropped.size();
    for (const Paragraph& p : c->paragraphs) {
      captions += p.kind == SentenceKind::kCaption;
    }
    ++articles;
  }
  gzclose(file);
  EXPECT_EQ(articles, 300);
  EXPECT_GT(dropped, 0u);
  EXPECT_GT(captions, 0u);
}

}  // namespace
}  // namespace dyad::internal
