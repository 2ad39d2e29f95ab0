// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Tests of sentence splitting and tokenization. The table cases give an
// input paragraph (or several, one per line) and the expected output: the
// tokens separated by spaces and the sentences by " || ". All sentences
// here were written for these tests.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/internal/abbreviations.h"
#include "text/internal/splitter.h"
#include "text/internal/tokenizer.h"

namespace dyad::internal {
namespace {

// A Document whose clean text is `text` (identity offset map), one
// paragraph per line.
struct Segmented {
  Article article;
  Document doc;
  std::vector<Paragraph> paragraphs;

  explicit Segmented(std::string text, SentenceKind kind = SentenceKind::kBody,
                     bool truncated = false) {
    article.text = text;
    doc.article = &article;
    doc.clean_text = std::move(text);
    doc.clean_to_orig.resize(doc.clean_text.size() + 1);
    for (uint32_t i = 0; i < doc.clean_to_orig.size(); ++i) {
      doc.clean_to_orig[i] = i;
    }
    uint32_t start = 0;
    for (uint32_t i = 0; i <= doc.clean_text.size(); ++i) {
      if (i == doc.clean_text.size() || doc.clean_text[i] == '\n') {
        if (i > start) {
          Paragraph p;
          p.clean = {start, i};
          p.kind = kind;
          p.truncated = truncated;
          paragraphs.push_back(p);
        }
        start = i + 1;
      }
    }
    Segment(paragraphs, doc);
  }

  // "tok tok || tok tok": tokens by spaces, sentences by " || ".
  std::string Rendered() const {
    std::string out;
    for (const Sentence& s : doc.sentences) {
      if (!out.empty()) out += " || ";
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        if (t > s.token_begin) out += ' ';
        out += doc.TokenText(doc.tokens[t]);
      }
    }
    return out;
  }
};

struct Case {
  const char* input;
  const char* expected;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Segmented s(c.input);
    EXPECT_EQ(s.Rendered(), c.expected) << "input: " << c.input;
  }
}

TEST(SegmentTitles, TitlesNeverEndASentence) {
  RunCases({
      {"Mr. Smith arrived.", "Mr. Smith arrived ."},
      {"Mrs. Clinton spoke to Ms. Warren.",
       "Mrs. Clinton spoke to Ms. Warren ."},
      {"Dr. Ahmed treated the wounded.", "Dr. Ahmed treated the wounded ."},
      {"Prof. Li Wei disagreed.", "Prof. Li Wei disagreed ."},
      {"Gen. Qassem Soleimani was killed in January.",
       "Gen. Qassem Soleimani was killed in January ."},
      {"Lt. Col. Mark Ellis led the unit.",
       "Lt. Col. Mark Ellis led the unit ."},
      {"Maj. Gen. Ali Hassan commands the division.",
       "Maj. Gen. Ali Hassan commands the division ."},
      {"Brig. Gen. Saad Maan said the strike hit a depot.",
       "Brig. Gen. Saad Maan said the strike hit a depot ."},
      {"Sgt. Lee and Capt. Ortiz were wounded.",
       "Sgt. Lee and Capt. Ortiz were wounded ."},
      {"Adm. Harris toured the base.", "Adm. Harris toured the base ."},
      {"Sen. Marco Rubio and Rep. Ilhan Omar clashed.",
       "Sen. Marco Rubio and Rep. Ilhan Omar clashed ."},
      {"Gov. Andrew Cuomo signed it.", "Gov. Andrew Cuomo signed it ."},
      {"Pres. Ashraf Ghani left Kabul.", "Pres. Ashraf Ghani left Kabul ."},
      {"Sgt. 1st Class Mike Ruiz died.", "Sgt. 1st Class Mike Ruiz died ."},
      {"The talks included Sens. Graham and Reed.",
       "The talks included Sens. Graham and Reed ."},
      {"MR. PUTIN DECLINED TO COMMENT.", "MR. PUTIN DECLINED TO COMMENT ."},
  });
}

TEST(SegmentAbbreviations, KeepTheirPeriod) {
  RunCases({
      {"The embassy is on Pennsylvania Ave. in Washington.",
       "The embassy is on Pennsylvania Ave. in Washington ."},
      {"The church on St. Mark's Square was shut.",
       "The church on St. Mark 's Square was shut ."},
      {"Talks resume on Jan. 12 in Geneva.",
       "Talks resume on Jan. 12 in Geneva ."},
      {"The vote was set for Sept. 30.", "The vote was set for Sept. 30 ."},
      {"Elections are due in Oct. 2020.", "Elections are due in Oct. 2020 ."},
      {"Fighting resumed Feb. 3 and Mar. 7.",
       "Fighting resumed Feb. 3 and Mar. 7 ."},
      {"U.S. troops left Syria.", "U.S. troops left Syria ."},
      {"The U.N. Security Council met on Friday.",
       "The U.N. Security Council met on Friday ."},
      {"The U.K. and the E.U. agreed.", "The U.K. and the E.U. agreed ."},
      {"Apple Inc. reported higher profits.",
       "Apple Inc. reported higher profits ."},
      {"Exxon Mobil Corp. and Chevron Co. fell.",
       "Exxon Mobil Corp. and Chevron Co. fell ."},
      {"He works for Acme Ltd. in London.",
       "He works for Acme Ltd. in London ."},
      {"He wore No. 10 for the team.", "He wore No. 10 for the team ."},
      {"It was Russia vs. Ukraine in the final.",
       "It was Russia vs. Ukraine in the final ."},
      {"They brought food, water, etc. to the camp.",
       "They brought food , water , etc. to the camp ."},
      {"The meeting starts at 9 a.m. and ends at 5 p.m. on Monday.",
       "The meeting starts at 9 a.m. and ends at 5 p.m. on Monday ."},
      {"Martin Luther King Jr. spoke here.",
       "Martin Luther King Jr. spoke here ."},
      {"Hank Williams Sr. was a singer.", "Hank Williams Sr. was a singer ."},
      {"He met John Smith Jr. The two talked.",
       "He met John Smith Jr. || The two talked ."},
      {"The firm is based in Sacramento, Calif., and Austin, Tex.",
       "The firm is based in Sacramento , Calif. , and Austin , Tex."},
      {"The report, by Smith et al., was cited.",
       "The report , by Smith et al. , was cited ."},
      {"The site dates from ca. 1200 B.C. and was rebuilt.",
       "The site dates from ca. 1200 B.C. and was rebuilt ."},
      {"He said no. The talks ended.", "He said no . || The talks ended ."},
      {"No. The answer is no.", "No . || The answer is no ."},
      {"He fell ill. Doctors were called.",
       "He fell ill . || Doctors were called ."},
      {"The rally drew approx. 500 people.",
       "The rally drew approx. 500 people ."},
  });
}

TEST(SegmentInitials, StayInsideNames) {
  RunCases({
      {"George W. Bush visited Iraq.", "George W. Bush visited Iraq ."},
      {"J.R.R. Tolkien wrote novels.", "J.R.R. Tolkien wrote novels ."},
      {"The report was written by A. B. Carter.",
       "The report was written by A. B. Carter ."},
      {"John F. Kennedy Airport was closed.",
       "John F. Kennedy Airport was closed ."},
      {"Franklin D. Roosevelt signed it.", "Franklin D. Roosevelt signed it ."},
      {"Ph.D. students protested.", "Ph.D. students protested ."},
  });
}

TEST(TokenizeNumbers, DecimalsCurrenciesTimesDates) {
  RunCases({
      {"Growth slowed to 3.5 percent.", "Growth slowed to 3.5 percent ."},
      {"About 1,200,000 people fled.", "About 1,200,000 people fled ."},
      {"Unemployment rose to 7.8%.", "Unemployment rose to 7.8 % ."},
      {"The deal is worth $1.5 billion.", "The deal is worth $ 1.5 billion ."},
      {"Tickets cost \xE2\x82\xAC"
       "20 each.",
       "Tickets cost \xE2\x82\xAC 20 each ."},
      {"Prices rose \xC2\xA3"
       "3.50 on average.",
       "Prices rose \xC2\xA3 3.50 on average ."},
      {"The blast occurred at 3:45 in the morning.",
       "The blast occurred at 3:45 in the morning ."},
      {"The ceasefire began at 12:01 a.m. Tuesday.",
       "The ceasefire began at 12:01 a.m. Tuesday ."},
      {"The order was signed on 2015-12-15 by the minister.",
       "The order was signed on 2015-12-15 by the minister ."},
      {"The summit opened Dec. 15, 2015, in Paris.",
       "The summit opened Dec. 15 , 2015 , in Paris ."},
      {"The attacks of 9/11 changed everything.",
       "The attacks of 9/11 changed everything ."},
      {"Turnout was 64.3 percent, up from 58.1 percent.",
       "Turnout was 64.3 percent , up from 58.1 percent ."},
      {"The war lasted from 1980-1988.", "The war lasted from 1980 - 1988 ."},
      {"Call 555-0123 for details.", "Call 555-0123 for details ."},
      {"He earned $2bn last year.", "He earned $ 2 bn last year ."},
      {"The meeting is at 10am.", "The meeting is at 10 am ."},
      {"The 1990s were calm.", "The 1990s were calm ."},
      {"A 30-year-old man was arrested.",
       "A 30 - year - old man was arrested ."},
      {"The score was 3-2.", "The score was 3 - 2 ."},
      {"He won 52% of the vote.", "He won 52 % of the vote ."},
      {"Oil traded at $45.20 a barrel.", "Oil traded at $ 45.20 a barrel ."},
      {"The vote (51-49) passed.", "The vote ( 51 - 49 ) passed ."},
      {"Officials said 12 people died. 15 more were hurt.",
       "Officials said 12 people died . || 15 more were hurt ."},
      {"He was born in 1950. He died in 2010.",
       "He was born in 1950 . || He died in 2010 ."},
      {"The road is 5km long.", "The road is 5 km long ."},
  });
}

TEST(SplitQuotes, QuotesAndBracketsAroundSentenceEnds) {
  RunCases({
      {"He said \"no.\" Then he left.", "He said \" no . \" || Then he left ."},
      {"(It was late.) The guards had gone.",
       "( It was late . ) || The guards had gone ."},
      {"\"Why now?\" she asked.", "\" Why now ? \" she asked ."},
      {"\"Is this over?\" Kerry asked reporters.",
       "\" Is this over ? \" Kerry asked reporters ."},
      {"\"We will not give up,\" the minister said.",
       "\" We will not give up , \" the minister said ."},
      {"\"Stop!\" the officer shouted. Nobody moved.",
       "\" Stop ! \" the officer shouted . || Nobody moved ."},
      {"The ministry called it 'unacceptable.' Talks continued.",
       "The ministry called it ' unacceptable . ' || Talks continued ."},
      {"He left (for good). Nobody followed.",
       "He left ( for good ) . || Nobody followed ."},
      {"\"It is over.\" The crowd cheered.",
       "\" It is over . \" || The crowd cheered ."},
      {"She said: \"We are ready.\"", "She said : \" We are ready . \""},
      {"The group (known as ISIS) claimed it.",
       "The group ( known as ISIS ) claimed it ."},
      {"\"What?\" \"Nothing.\"", "\" What ? \" || \" Nothing . \""},
      {"\xE2\x80\x9CWe won,\xE2\x80\x9D he said. \xE2\x80\x9CNow we "
       "rest.\xE2\x80\x9D",
       "\xE2\x80\x9C We won , \xE2\x80\x9D he said . || \xE2\x80\x9C Now we "
       "rest . \xE2\x80\x9D"},
      {"He called it a \xE2\x80\x98"
       "disaster\xE2\x80\x99.",
       "He called it a \xE2\x80\x98 disaster \xE2\x80\x99 ."},
      {"[The statement was later withdrawn.] Officials declined to comment.",
       "[ The statement was later withdrawn . ] || Officials declined to "
       "comment ."},
      {"He said it was \"a mistake\".", "He said it was \" a mistake \" ."},
      {"\"Where is the money?\" The question went unanswered.",
       "\" Where is the money ? \" || The question went unanswered ."},
      {"The plan was backed by the U.N. \"We welcome it,\" he said.",
       "The plan was backed by the U.N. || \" We welcome it , \" he said ."},
  });
}

TEST(SplitEllipses, EllipsesEndOnlyBeforeCapitals) {
  RunCases({
      {"He paused... then continued.", "He paused ... then continued ."},
      {"We waited ... Nothing happened.",
       "We waited ... || Nothing happened ."},
      {"\"I don't know...\" he said.", "\" I do n't know ... \" he said ."},
      {"It went on and on\xE2\x80\xA6", "It went on and on \xE2\x80\xA6"},
      {"The list goes on.... Next item.",
       "The list goes on .... || Next item ."},
      {"Wait\xE2\x80\xA6 Then came the shelling.",
       "Wait \xE2\x80\xA6 || Then came the shelling ."},
  });
}

TEST(TokenizeHyphens, SplitBetweenWordsKeptAfterPrefixes) {
  RunCases({
      {"The cease-fire held.", "The cease - fire held ."},
      {"The war-ravaged city was quiet.", "The war - ravaged city was quiet ."},
      {"The U.S.-backed forces advanced.",
       "The U.S. - backed forces advanced ."},
      {"The U.S.-led coalition struck again.",
       "The U.S. - led coalition struck again ."},
      {"It was a non-binding resolution.", "It was a non-binding resolution ."},
      {"He sent an e-mail to the embassy.",
       "He sent an e-mail to the embassy ."},
      {"The anti-government protests spread.",
       "The anti-government protests spread ."},
      {"The talks resume in mid-July.", "The talks resume in mid-July ."},
      {"He is a co-founder of the group.", "He is a co-founder of the group ."},
      {"The ex-president was detained.", "The ex-president was detained ."},
      {"The pro-Russian rebels held Donetsk.",
       "The pro-Russian rebels held Donetsk ."},
      {"The self-declared caliphate collapsed.",
       "The self - declared caliphate collapsed ."},
      {"A well-known figure spoke.", "A well - known figure spoke ."},
      {"The Kerry-Lavrov talks failed.", "The Kerry - Lavrov talks failed ."},
      {"His re-election bid failed.", "His re-election bid failed ."},
      {"Crowds chanted anti-U.S. slogans.",
       "Crowds chanted anti-U.S. slogans ."},
      {"The post-war order is fragile.", "The post-war order is fragile ."},
  });
}

TEST(TokenizeDashes, DashesAreTokens) {
  RunCases({
      {"The attack -- the third this week -- killed five.",
       "The attack -- the third this week -- killed five ."},
      {"The attack--the third this week--killed five.",
       "The attack -- the third this week -- killed five ."},
      {"He was \xE2\x80\x94 as always \xE2\x80\x94 late.",
       "He was \xE2\x80\x94 as always \xE2\x80\x94 late ."},
      {"The 2014\xE2\x80\x93"
       "2016 period was calm.",
       "The 2014 \xE2\x80\x93 2016 period was calm ."},
      {"The U.S. and Iran -- long foes -- met.",
       "The U.S. and Iran -- long foes -- met ."},
      {"Officials - including the mayor - resigned.",
       "Officials - including the mayor - resigned ."},
  });
}

TEST(SegmentDatelines, SplitOffAsTheirOwnUnit) {
  RunCases({
      {"MOSCOW (AP) -- Russia said on Monday it would respond.",
       "MOSCOW ( AP ) -- || Russia said on Monday it would respond ."},
      {"WASHINGTON (Reuters) - The Senate voted on Tuesday.",
       "WASHINGTON ( Reuters ) - || The Senate voted on Tuesday ."},
      {"BEIRUT, Lebanon (AP) -- Airstrikes hit the city.",
       "BEIRUT , Lebanon ( AP ) -- || Airstrikes hit the city ."},
      {"LONDON - Britain's prime minister resigned.",
       "LONDON - || Britain 's prime minister resigned ."},
      {"NEW YORK (AP) -- Stocks fell.", "NEW YORK ( AP ) -- || Stocks fell ."},
      {"KABUL, Afghanistan \xE2\x80\x94 A bomb exploded.",
       "KABUL , Afghanistan \xE2\x80\x94 || A bomb exploded ."},
      {"UNITED NATIONS (AP) -- The council met.",
       "UNITED NATIONS ( AP ) -- || The council met ."},
      {"Washington (AFP) - Officials met.",
       "Washington ( AFP ) - || Officials met ."},
      {"GAZA CITY, Gaza Strip (AP) -- Israeli jets struck.",
       "GAZA CITY , Gaza Strip ( AP ) -- || Israeli jets struck ."},
      {"PARIS, Dec. 15 (Reuters) - France said it would act.",
       "PARIS , Dec. 15 ( Reuters ) - || France said it would act ."},
      {"Washington (CNN)President Trump left.",
       "Washington ( CNN ) || President Trump left ."},
      {"Washington (D.C.) officials met.",
       "Washington ( D.C. ) officials met ."},
      {"NATO allies met - and disagreed.", "NATO allies met - and disagreed ."},
      {"Kerry - who arrived late - spoke.",
       "Kerry - who arrived late - spoke ."},
  });
}

TEST(SegmentDatelines, KindIsDateline) {
  Segmented s("MOSCOW (AP) -- Russia said it would respond. It did not.");
  ASSERT_EQ(s.doc.sentences.size(), 3u);
  EXPECT_EQ(s.doc.sentences[0].kind, SentenceKind::kDateline);
  EXPECT_EQ(s.doc.SentenceText(s.doc.sentences[0]), "MOSCOW (AP) --");
  EXPECT_EQ(s.doc.sentences[1].kind, SentenceKind::kBody);
  EXPECT_EQ(s.doc.SentenceText(s.doc.sentences[1]),
            "Russia said it would respond.");
  EXPECT_EQ(s.doc.sentences[2].kind, SentenceKind::kBody);
}

TEST(SegmentHeadlines, EndAtTheParagraphEnd) {
  RunCases({
      {"Syria rebels seize key town", "Syria rebels seize key town"},
      {"Kerry arrives in Moscow\nThe visit is the first in a year.",
       "Kerry arrives in Moscow || The visit is the first in a year ."},
      {"Iran says talks \"constructive\"",
       "Iran says talks \" constructive \""},
      {"UPDATE: Blast hits Kabul", "UPDATE : Blast hits Kabul"},
      {"Talks fail\n\nBoth sides walk out",
       "Talks fail || Both sides walk out"},
  });
}

TEST(SegmentProperties, ParagraphIsTheCleanTextLine) {
  Segmented s("Talks fail\n\nBoth sides walk out. Nobody won.");
  ASSERT_EQ(s.doc.sentences.size(), 3u);
  EXPECT_EQ(s.doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(s.doc.sentences[1].paragraph, 2u);
  EXPECT_EQ(s.doc.sentences[2].paragraph, 2u);
}

TEST(SegmentHeadlines, KindAndTruncationComeFromTheParagraph) {
  Segmented headline("Rebels seize town", SentenceKind::kHeadline);
  ASSERT_EQ(headline.doc.sentences.size(), 1u);
  EXPECT_EQ(headline.doc.sentences[0].kind, SentenceKind::kHeadline);

  Segmented cut("The army moved in. It tried to restore stabil",
                SentenceKind::kBody, /*truncated=*/true);
  ASSERT_EQ(cut.doc.sentences.size(), 2u);
  EXPECT_FALSE(cut.doc.sentences[0].truncated);
  EXPECT_TRUE(cut.doc.sentences[1].truncated);
  EXPECT_EQ(cut.doc.sentences[1].paragraph, 0u);
}

TEST(TokenizePossessives, SplitLikeUdEwt) {
  RunCases({
      {"Russia's foreign minister spoke.",
       "Russia 's foreign minister spoke ."},
      {"Kerry's visit ended.", "Kerry 's visit ended ."},
      {"The ministers' meeting was delayed.",
       "The ministers ' meeting was delayed ."},
      {"The U.N.'s envoy arrived.", "The U.N. 's envoy arrived ."},
      {"Assad's forces and Hezbollah's fighters advanced.",
       "Assad 's forces and Hezbollah 's fighters advanced ."},
      {"The country\xE2\x80\x99s leader resigned.",
       "The country \xE2\x80\x99s leader resigned ."},
      {"The O'Brien family fled.", "The O'Brien family fled ."},
      {"The Jones' house burned.", "The Jones ' house burned ."},
      {"RUSSIA'S ARMY ADVANCES", "RUSSIA 'S ARMY ADVANCES"},
  });
}

TEST(TokenizeClitics, SplitLikeUdEwt) {
  RunCases({
      {"We don't know.", "We do n't know ."},
      {"They can't stay.", "They ca n't stay ."},
      {"He cannot stay.", "He can not stay ."},
      {"We're ready.", "We 're ready ."},
      {"It's over.", "It 's over ."},
      {"I'll go.", "I 'll go ."},
      {"They've left.", "They 've left ."},
      {"He'd agreed.", "He 'd agreed ."},
      {"I'm sure.", "I 'm sure ."},
      {"It won't work.", "It wo n't work ."},
      {"She isn't here.", "She is n't here ."},
      {"DON'T SHOOT", "DO N'T SHOOT"},
      {"We\xE2\x80\x99re not leaving.", "We \xE2\x80\x99re not leaving ."},
      {"They're gonna lose.", "They 're gon na lose ."},
      {"Let's talk.", "Let 's talk ."},
      {"You shouldn't have come.", "You should n't have come ."},
  });
}

TEST(TokenizeWebForms, UrlsEmailsHandlesHashtags) {
  RunCases({
      {"See https://www.example.org/report?id=5 for details.",
       "See https://www.example.org/report?id=5 for details ."},
      {"Visit www.un.org.", "Visit www.un.org ."},
      {"Write to press@example.com for comment.",
       "Write to press@example.com for comment ."},
      {"Email info@ministry.gov.", "Email info@ministry.gov ."},
      {"Trump wrote on Twitter @realDonaldTrump.",
       "Trump wrote on Twitter @realDonaldTrump ."},
      {"The #MeToo movement grew.", "The #MeToo movement grew ."},
      {"(see http://example.com/a_b)", "( see http://example.com/a_b )"},
      {"@UN_News reported it.", "@UN_News reported it ."},
      {"Details at \"http://example.com/x.html\".",
       "Details at \" http://example.com/x.html \" ."},
      {"pic.twitter.com/xQ2isIPzos -- Rudy (@rudy) May 2, 2019",
       "pic.twitter.com/xQ2isIPzos -- Rudy ( @rudy ) May 2 , 2019"},
      {"See bbc.co.uk/news/world.", "See bbc.co.uk/news/world ."},
      {"The story ran on Amazon.com and Salon.com.",
       "The story ran on Amazon.com and Salon.com ."},
  });
}

TEST(SplitAbbreviationAtEnd, SplitsOnlyBeforeASentenceStart) {
  RunCases({
      {"Talks were held in the U.S. The results were mixed.",
       "Talks were held in the U.S. || The results were mixed ."},
      {"Talks were held in the U.S.", "Talks were held in the U.S."},
      {"He moved to Washington, D.C. He never returned.",
       "He moved to Washington , D.C. || He never returned ."},
      {"The firm is Acme Inc. Its shares rose.",
       "The firm is Acme Inc. || Its shares rose ."},
      {"The meeting ended at 5 p.m. The talks resume today.",
       "The meeting ended at 5 p.m. || The talks resume today ."},
      {"U.S. officials said the U.S. would respond.",
       "U.S. officials said the U.S. would respond ."},
      {"They sold books, maps, etc. The shop closed.",
       "They sold books , maps , etc. || The shop closed ."},
      {"He arrived at 9 p.m. local time.", "He arrived at 9 p.m. local time ."},
      {"Talks were held in the U.S. Officials said little.",
       "Talks were held in the U.S. || Officials said little ."},
      {"U.S. Officials Say Talks Failed", "U.S. Officials Say Talks Failed"},
      {"The aid came from the E.U. Police escorted the convoy.",
       "The aid came from the E.U. || Police escorted the convoy ."},
      {"Aid reached the U.K. But it was late.",
       "Aid reached the U.K. || But it was late ."},
      {"Troops returned to the U.S. (They had served a year.)",
       "Troops returned to the U.S. ( They had served a year . )"},
  });
}

TEST(SplitPunctuation, QuestionsExclamationsAndOthers) {
  RunCases({
      {"Really? Yes.", "Really ? || Yes ."},
      {"Stop! Now!", "Stop ! || Now !"},
      {"What?! No way.", "What ?! || No way ."},
      {"where are you? home?", "where are you ? || home ?"},
      {"Troops left; others stayed.", "Troops left ; others stayed ."},
      {"The vote: 12 for, 3 against.", "The vote : 12 for , 3 against ."},
      {"AT&T and S&P fell.", "AT&T and S&P fell ."},
      {"  Spaces   everywhere .  ", "Spaces everywhere ."},
      {"Ten\xC2\xA0people died.", "Ten people died ."},
      {"It rained. it was cold.", "It rained . || it was cold ."},
      {"He went home. Then he slept. Then he woke.",
       "He went home . || Then he slept . || Then he woke ."},
      {"Is it true?\" he wondered.", "Is it true ? \" he wondered ."},
      {"The blast (in Kabul!) killed 10.",
       "The blast ( in Kabul ! ) killed 10 ."},
      {"Hamas, Fatah and Islamic Jihad / PIJ met.",
       "Hamas , Fatah and Islamic Jihad / PIJ met ."},
      {"Tuesday's vote", "Tuesday 's vote"},
      {"...and then silence.", "... and then silence ."},
      {"Yes.No.", "Yes.No ."},
      {"!!!", "!!!"},
      {"He said ''no'' twice.", "He said '' no '' twice ."},
      {"Great news :) See you :-( ok", "Great news :) || See you :-( ok"},
      {"We won. :) Next week we play again.",
       "We won . :) || Next week we play again ."},
      {"*** Breaking *** Talks fail", "*** Breaking *** Talks fail"},
      {"Note:Details follow.", "Note : Details follow ."},
      {"He said (again:) no.", "He said ( again : ) no ."},
  });
}

// ---------------------------------------------------------------- properties

// Checks the invariants of a segmentation of `text` (one paragraph per line).
void ExpectWellFormed(const std::string& text) {
  Segmented s(text);
  const Document& d = s.doc;
  const uint32_t size = static_cast<uint32_t>(d.clean_text.size());
  uint32_t previous_end = 0;
  for (const Token& t : d.tokens) {
    ASSERT_LT(t.clean.begin, t.clean.end) << "empty token";
    ASSERT_LE(t.clean.end, size);
    ASSERT_GE(t.clean.begin, previous_end) << "tokens overlap or go back";
    ASSERT_EQ(d.TokenText(t),
              d.clean_text.substr(t.clean.begin, t.clean.size()));
    ASSERT_EQ(t.orig.begin, t.clean.begin);  // identity offset map
    ASSERT_EQ(t.orig.end, t.clean.end);
    for (uint32_t i = t.clean.begin; i < t.clean.end; ++i) {
      ASSERT_NE(d.clean_text[i], ' ') << "token holds a space";
      ASSERT_NE(d.clean_text[i], '\n') << "token crosses a paragraph";
    }
    previous_end = t.clean.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& sentence : d.sentences) {
    ASSERT_EQ(sentence.token_begin, next_token) << "sentences skip tokens";
    ASSERT_LT(sentence.token_begin, sentence.token_end);
    ASSERT_LE(sentence.token_end, d.tokens.size());
    for (uint32_t k = sentence.token_begin; k < sentence.token_end; ++k) {
      ASSERT_GE(d.tokens[k].clean.begin, sentence.clean.begin);
      ASSERT_LE(d.tokens[k].clean.end, sentence.clean.end);
    }
    ASSERT_LE(sentence.clean.end, size);
    next_token = sentence.token_end;
  }
  ASSERT_EQ(next_token, d.tokens.size());
}

TEST(SegmentProperties, WellFormedOnNewsText) {
  ExpectWellFormed(
      "MOSCOW (AP) -- Russia's Foreign Ministry said Monday it \"won't "
      "accept\" the U.S.-backed plan. Lt. Gen. Igor Konashenkov, a "
      "spokesman, said 1,200 troops -- about 3.5% of the force -- left at "
      "3:45 a.m.\nHeadline without stop\n(Reuters) ... and more?! Yes.");
}

TEST(SegmentProperties, NoCrashOnHostileInput) {
  ExpectWellFormed("");
  ExpectWellFormed(" ");
  ExpectWellFormed("\n\n\n");
  ExpectWellFormed(std::string("a\0b. C\0.", 8));
  ExpectWellFormed("\xFF\xFE\xC3 \xE2\x80 \xF0\x9F\x98 broken. \xC3\x28 yes.");
  ExpectWellFormed("\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x99s \xE2\x80\x99");
  ExpectWellFormed("'''''''' \"\"\"\" ((((( ))))) .....!!!!????");
  ExpectWellFormed("-- - --- -a- a-- --a 1- -1 1-2-3-");
  ExpectWellFormed("@ # @@ ## #1 @a@b@c a@ @. x@y. http:// www. www.x.");
  ExpectWellFormed("'s 't n't 'll can't' o'' ' s'");
  ExpectWellFormed("U.S.. U.S.- .U.S. ... A. B. C. a.b.c.d.e.f.");
  ExpectWellFormed("1,2 1,234, 1,2345 ,123 3: :3 3:: 9// /9 $ % $$ %%");
  ExpectWellFormed(
      "\t\r\v\f mixed\twhitespace\r\n and\x7F"
      "del");
}

TEST(SegmentProperties, OnlyPunctuation) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += ".,;:!?'\"()[]{}-";
  ExpectWellFormed(text);
}

TEST(SegmentProperties, HugeLineWithoutSpaces) {
  std::string text(1 << 20, 'a');
  for (size_t i = 0; i < text.size(); i += 97) text[i] = '.';
  for (size_t i = 50; i < text.size(); i += 89) text[i] = '-';
  ExpectWellFormed(text);
  Segmented one_token(std::string(1 << 20, 'x'));
  ASSERT_EQ(one_token.doc.tokens.size(), 1u);
  EXPECT_EQ(one_token.doc.tokens[0].clean.size(), 1u << 20);
}

// Inputs that would take quadratic time if a look-ahead scan were repeated
// from every position of a long run.
TEST(SegmentProperties, LongRunsStayLinear) {
  auto repeat = [](std::string_view unit, size_t times) {
    std::string s;
    for (size_t i = 0; i < times; ++i) s += unit;
    return s;
  };
  ExpectWellFormed(repeat("1-", 200000) + "1x");
  ExpectWellFormed(repeat("a+", 200000) + "!@");
  ExpectWellFormed(repeat("1/", 200000) + "a");
  ExpectWellFormed(repeat("a.", 200000) + "com/");
  ExpectWellFormed(repeat("x'", 200000));
  ExpectWellFormed(repeat("a@", 200000));
  ExpectWellFormed(repeat("1,", 200000));
  ExpectWellFormed(repeat("(", 200000) + repeat(")", 200000));
  ExpectWellFormed(repeat("A. ", 100000));
}

TEST(SegmentProperties, RandomBytes) {
  uint32_t state = 12345;
  const std::string alphabet =
      "aA1. ,'\"-:/@#&$%()?!\n\xC2\xA0\xE2\x80\x99\xE2\x80\x94\xFF";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 300; ++i) {
      state = state * 1664525u + 1013904223u;
      text += alphabet[(state >> 16) % alphabet.size()];
    }
    ExpectWellFormed(text);
  }
}

TEST(SegmentProperties, OffsetsMapToTheOriginal) {
  // Clean text shifted by 10 bytes of dropped boilerplate in the original.
  Article article;
  article.text = "Advertise\nHe left. She stayed.";
  Document doc;
  doc.article = &article;
  doc.clean_text = "He left. She stayed.";
  for (uint32_t i = 0; i <= doc.clean_text.size(); ++i) {
    doc.clean_to_orig.push_back(i + 10);
  }
  std::vector<Paragraph> paragraphs = {
      {{0, static_cast<uint32_t>(doc.clean_text.size())}}};
  Segment(paragraphs, doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  const Sentence& second = doc.sentences[1];
  EXPECT_EQ(article.text.substr(second.orig.begin, second.orig.size()),
            "She stayed.");
  for (const Token& t : doc.tokens) {
    EXPECT_EQ(article.text.substr(t.orig.begin, t.orig.size()),
              doc.TokenText(t));
  }
}

TEST(SegmentProperties, SpaceAfter) {
  Segmented s("He said \"no.\" Then left.");
  std::string marks;
  for (const Token& t : s.doc.tokens) marks += t.space_after ? '_' : '.';
  // He_ said_ "(no) no(no) .(no) "_ Then_ left(no) ._
  EXPECT_EQ(marks, "__...__._");
}

TEST(SegmentProperties, ParagraphRangeOutOfBoundsIsClamped) {
  Article article;
  article.text = "Short text.";
  Document doc;
  doc.article = &article;
  doc.clean_text = article.text;
  std::vector<Paragraph> paragraphs = {{{5, 400}}, {{300, 200}}};
  Segment(paragraphs, doc);
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.TokenText(doc.tokens[0]), "text");
}

TEST(TokenizeRaw, MultiwordPartsAreMarked) {
  std::string text = "We can't go to Russia's capital.";
  std::vector<RawToken> tokens;
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), tokens);
  std::string joined;
  for (const RawToken& t : tokens) {
    joined += (t.flags & kJoinsPrevious) ? "+" : " ";
    joined += text.substr(t.begin, t.end - t.begin);
  }
  EXPECT_EQ(joined, " We ca+n't go to Russia+'s capital .");
}

TEST(SegmentWordLists, Lookups) {
  EXPECT_EQ(LookupAbbreviation("Gen"), AbbreviationKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("GEN"), AbbreviationKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("gen"), AbbreviationKind::kNone);
  EXPECT_EQ(LookupAbbreviation("Dec"), AbbreviationKind::kMonth);
  EXPECT_EQ(LookupAbbreviation("etc"), AbbreviationKind::kGeneral);
  EXPECT_EQ(LookupAbbreviation("Ill"), AbbreviationKind::kGeneral);
  EXPECT_EQ(LookupAbbreviation("ill"), AbbreviationKind::kNone);
  EXPECT_EQ(LookupAbbreviation("No"), AbbreviationKind::kNumberSign);
  EXPECT_EQ(LookupAbbreviation("Baghdad"), AbbreviationKind::kNone);
  EXPECT_EQ(LookupAbbreviation(std::string(100, 'x')), AbbreviationKind::kNone);
  EXPECT_TRUE(IsHyphenPrefix("Anti"));
  EXPECT_FALSE(IsHyphenPrefix("self"));
  EXPECT_TRUE(IsSentenceStarter("The"));
  EXPECT_FALSE(IsSentenceStarter("the"));
  EXPECT_FALSE(IsSentenceStarter("Obama"));
  EXPECT_EQ(SentenceStarterKind("Police"), StarterKind::kNoun);
  EXPECT_EQ(SentenceStarterKind("But"), StarterKind::kFunctionWord);
}

}  // namespace
}  // namespace dyad::internal
