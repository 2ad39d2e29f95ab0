// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/event_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/sample_events.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class EventStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("dyad_store_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<EventStore> OpenStore(EventStoreOptions options = {}) {
    auto store = EventStore::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  // Runs `q` and returns "article:cameo" per event.
  std::vector<std::string> Ids(EventStore& store, const EventQuery& q) {
    std::vector<std::string> ids;
    Status s = store.Query(q, [&](const StoredEvent& e) {
      ids.push_back(e.article.id + ":" + e.event.cameo);
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return ids;
  }

  // Four articles, one event each, from three outlets.
  void PutFourArticles(EventStore& store) {
    using namespace testing;
    ASSERT_TRUE(store
                    .Put(SampleArticle("kerry", "2015-12-15", "Reuters", "u1"),
                         {KerryMeetsLavrov("kerry")})
                    .ok());
    ASSERT_TRUE(store
                    .Put(SampleArticle("aleppo", "2015-10-01", "AP", "u2"),
                         {RussiaStrikesRebels("aleppo")})
                    .ok());
    ASSERT_TRUE(store
                    .Put(SampleArticle("arrests", "2015-11-03", "AFP", "u3"),
                         {PoliceArrestProtesters("arrests")})
                    .ok());
    ASSERT_TRUE(store
                    .Put(SampleArticle("madaya", "2016-01-09", "AP", "u4"),
                         {UnDemandsSyria("madaya")})
                    .ok());
    ASSERT_TRUE(store.Flush().ok());
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(EventStoreTest, CreatesASchemaVersionOneStore) {
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->schema_version(), 1);
    EXPECT_EQ(*store->IntegrityCheck(), "ok");
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(stmt, 0), 1);
  sqlite3_finalize(stmt);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
               "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST_F(EventStoreTest, StoredEventReadsBackWhole) {
  auto store = OpenStore();
  Event kerry = testing::KerryMeetsLavrov("kerry");
  kerry.mentions = 2;
  EventEvidence again = kerry.evidence;
  again.sentence = "The two men met for four hours at the Foreign Ministry.";
  again.verb_span = {300, 303};
  kerry.more_evidence.push_back(again);
  Article article =
      testing::SampleArticle("kerry", "2015-12-15", "Reuters", "https://x/k");
  ASSERT_TRUE(store->Put(article, {kerry}).ok());
  ASSERT_TRUE(store->Flush().ok());
  int rows = 0;
  ASSERT_TRUE(
      store
          ->Query(
              {},
              [&](const StoredEvent& s) {
                ++rows;
                const Event& e = s.event;
                EXPECT_EQ(e.article_id, "kerry");
                EXPECT_EQ(e.source.code, "USAGOV");
                EXPECT_EQ(e.source.text, kerry.source.text);
                EXPECT_EQ(e.source.orig, kerry.source.orig);
                EXPECT_EQ(e.target.orig, kerry.target.orig);
                EXPECT_EQ(e.cameo, "043");
                EXPECT_EQ(e.root, "04");
                EXPECT_EQ(e.quad_class, 1);
                EXPECT_DOUBLE_EQ(e.goldstein, 2.8);
                EXPECT_EQ(e.plover_type, "CONSULT");
                EXPECT_EQ(e.plover_mode, "visit");
                EXPECT_EQ(e.date.iso, "2015-12-15");
                EXPECT_EQ(e.date.precision, DatePrecision::kDay);
                EXPECT_EQ(e.date.text, "on Tuesday");
                EXPECT_EQ(e.place.name, "Moscow");
                EXPECT_DOUBLE_EQ(e.place.lat, 55.7558);
                EXPECT_DOUBLE_EQ(e.confidence, 0.8);
                EXPECT_EQ(e.mentions, 2u);
                EXPECT_EQ(e.evidence.verb, "met");
                EXPECT_EQ(e.evidence.verb_span, (ByteSpan{33, 36}));
                EXPECT_EQ(e.evidence.rule, "data/verbs/04.txt:41");
                EXPECT_EQ(e.more_evidence.size(), 1u);
                EXPECT_EQ(e.more_evidence[0].verb_span, (ByteSpan{300, 303}));
                EXPECT_EQ(s.article.url, "https://x/k");
                EXPECT_EQ(s.article.source, "Reuters");
                EXPECT_EQ(s.facts.num_mentions, 2u);
                EXPECT_EQ(s.facts.num_articles, 1u);
                EXPECT_EQ(s.facts.num_sources, 1u);
                EXPECT_EQ(s.facts.date_added.size(), 14u);
                EXPECT_GT(s.facts.event_id, 0);
                return Status::Ok();
              })
          .ok());
  EXPECT_EQ(rows, 1);
  auto counts = store->Counts();
  EXPECT_EQ(counts->mentions, 2);
}

TEST_F(EventStoreTest, ReingestingAnArticleReplacesItsEvents) {
  auto store = OpenStore();
  Article a = testing::SampleArticle("a1", "2015-12-15", "Reuters", "u");
  ASSERT_TRUE(store
                  ->Put(a, {testing::KerryMeetsLavrov("a1"),
                            testing::RussiaStrikesRebels("a1")})
                  .ok());
  ASSERT_TRUE(store->Flush().ok());
  // Again in a later batch, and twice within one batch.
  ASSERT_TRUE(store
                  ->Put(a, {testing::KerryMeetsLavrov("a1"),
                            testing::RussiaStrikesRebels("a1")})
                  .ok());
  ASSERT_TRUE(store
                  ->Put(a, {testing::KerryMeetsLavrov("a1"),
                            testing::RussiaStrikesRebels("a1")})
                  .ok());
  ASSERT_TRUE(store->Flush().ok());
  auto counts = store->Counts();
  EXPECT_EQ(counts->articles, 1);
  EXPECT_EQ(counts->events, 2);
  EXPECT_EQ(counts->mentions, 2);
  EXPECT_EQ(counts->groups, 2);
  // A re-coded article with one event left keeps just that one; the group
  // of the dropped event goes away.
  ASSERT_TRUE(store->Put(a, {testing::PoliceArrestProtesters("a1")}).ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_THAT(Ids(*store, {}), ElementsAre("a1:173"));
  EXPECT_EQ(store->Counts()->groups, 1);
  // The FTS index followed the deletes.
  EventQuery q;
  q.text = "Kerry";
  EXPECT_TRUE(Ids(*store, q).empty());
}

TEST_F(EventStoreTest, AppendAddsToTheStoredEvents) {
  auto store = OpenStore();
  Article a = testing::SampleArticle("a1", "2015-12-15", "Reuters", "u");
  ASSERT_TRUE(store->Put(a, {testing::KerryMeetsLavrov("a1")}).ok());
  ASSERT_TRUE(store
                  ->Put(a, {testing::RussiaStrikesRebels("a1")},
                        EventStore::PutMode::kAppend)
                  .ok());
  ASSERT_TRUE(store->Flush().ok());
  EXPECT_THAT(Ids(*store, {}), ElementsAre("a1:043", "a1:195"));
}

TEST_F(EventStoreTest, ArticleFieldsLeftEmptyKeepTheirStoredValue) {
  auto store = OpenStore();
  ASSERT_TRUE(
      store
          ->Put(testing::SampleArticle("a1", "2015-12-15", "Reuters", "u1"),
                {testing::KerryMeetsLavrov("a1")})
          .ok());
  Article bare;
  bare.id = "a1";
  ASSERT_TRUE(store->Put(bare, {testing::KerryMeetsLavrov("a1")}).ok());
  ASSERT_TRUE(store->Flush().ok());
  std::string source;
  ASSERT_TRUE(store
                  ->Query({},
                          [&](const StoredEvent& s) {
                            source = s.article.source;
                            return Status::Ok();
                          })
                  .ok());
  EXPECT_EQ(source, "Reuters");
}

TEST_F(EventStoreTest, SameEventInSeveralArticlesIsOneGroup) {
  auto store = OpenStore();
  // Three outlets... two of them AP: 3 articles, 2 sources.
  const char* outlets[] = {"Reuters", "AP", "AP"};
  for (int i = 0; i < 3; ++i) {
    std::string id = "kerry-" + std::to_string(i);
    Event e = testing::KerryMeetsLavrov(id);
    e.mentions = static_cast<uint32_t>(i + 1);  // 1 + 2 + 3 tellings
    if (i == 2) e.place.name = "MOSCOW";  // place names match by case-folding
    ASSERT_TRUE(
        store
            ->Put(testing::SampleArticle(id, "2015-12-16", outlets[i], "u"),
                  {e})
            .ok());
  }
  // An undated report of the same dyad and code is not linked.
  Event undated = testing::KerryMeetsLavrov("undated");
  undated.date = {};
  ASSERT_TRUE(
      store->Put(testing::SampleArticle("undated", "", "AFP", "u"), {undated})
          .ok());
  ASSERT_TRUE(store->Flush().ok());
  std::vector<EventStoreFacts> facts;
  ASSERT_TRUE(store
                  ->Query({},
                          [&](const StoredEvent& s) {
                            facts.push_back(s.facts);
                            return Status::Ok();
                          })
                  .ok());
  ASSERT_EQ(facts.size(), 4u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(facts[i].group_id, facts[0].group_id);
    EXPECT_EQ(facts[i].num_mentions, 6u);
    EXPECT_EQ(facts[i].num_articles, 3u);
    EXPECT_EQ(facts[i].num_sources, 2u);
  }
  EXPECT_NE(facts[3].group_id, facts[0].group_id);
  EXPECT_EQ(facts[3].num_articles, 1u);
  EventQuery unique;
  unique.unique = true;
  EXPECT_THAT(Ids(*store, unique), ElementsAre("kerry-0:043", "undated:043"));

  // Re-coding one article without the event updates the counts.
  ASSERT_TRUE(
      store->Put(testing::SampleArticle("kerry-1", "2015-12-16", "AP", "u"), {})
          .ok());
  ASSERT_TRUE(store->Flush().ok());
  facts.clear();
  ASSERT_TRUE(store
                  ->Query({},
                          [&](const StoredEvent& s) {
                            facts.push_back(s.facts);
                            return Status::Ok();
                          })
                  .ok());
  ASSERT_EQ(facts.size(), 3u);
  EXPECT_EQ(facts[0].num_mentions, 4u);
  EXPECT_EQ(facts[0].num_articles, 2u);
  EXPECT_EQ(facts[0].num_sources, 2u);
}

TEST_F(EventStoreTest, FiltersSelectTheRightEvents) {
  auto store = OpenStore();
  PutFourArticles(*store);
  auto q = [&](auto set) {
    EventQuery query;
    set(query);
    return Ids(*store, query);
  };
  EXPECT_THAT(q([](EventQuery& x) { x.source = "USA"; }),
              ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.source = "rusmil"; }),
              ElementsAre("aleppo:195"));
  EXPECT_THAT(q([](EventQuery& x) { x.target = "SYR"; }),
              ElementsAre("aleppo:195", "madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.target = "SYRGOV"; }),
              ElementsAre("madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.either = "RUS"; }),
              ElementsAre("kerry:043", "aleppo:195"));
  EXPECT_THAT(q([](EventQuery& x) { x.either = "IGO"; }),
              ElementsAre("madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.country = "SYR"; }),
              ElementsAre("aleppo:195", "madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.role = "GOV"; }),
              ElementsAre("kerry:043", "madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.role = "mil"; }),
              ElementsAre("aleppo:195"));
  EXPECT_THAT(q([](EventQuery& x) { x.role = "COP"; }),
              ElementsAre("arrests:173"));
  EXPECT_THAT(q([](EventQuery& x) { x.cameo = "04"; }),
              ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.cameo = "043"; }),
              ElementsAre("kerry:043"));
  EXPECT_TRUE(q([](EventQuery& x) { x.cameo = "042"; }).empty());
  EXPECT_THAT(q([](EventQuery& x) { x.cameo = "104"; }),
              ElementsAre("madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.root = "17"; }),
              ElementsAre("arrests:173"));
  EXPECT_THAT(q([](EventQuery& x) { x.root = "4"; }), ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.plover = "consult"; }),
              ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.quad_class = 4; }),
              ElementsAre("aleppo:195", "arrests:173"));
  EXPECT_THAT(q([](EventQuery& x) { x.from = "2015-11-01"; }),
              ElementsAre("kerry:043", "arrests:173", "madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.to = "2015-11"; }),
              ElementsAre("aleppo:195", "arrests:173"));
  EXPECT_THAT(q([](EventQuery& x) {
                x.from = "2015-11-03";
                x.to = "2015-12-15";
              }),
              ElementsAre("kerry:043", "arrests:173"));
  EXPECT_THAT(q([](EventQuery& x) { x.place = "moscow"; }),
              ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.text = "warplanes"; }),
              ElementsAre("aleppo:195"));
  EXPECT_THAT(q([](EventQuery& x) { x.text = "aid convoys"; }),
              ElementsAre("madaya:1041"));
  EXPECT_THAT(q([](EventQuery& x) { x.text = "\"foreign minister\""; }),
              ElementsAre("kerry:043"));
  EXPECT_THAT(q([](EventQuery& x) { x.limit = 2; }),
              ElementsAre("kerry:043", "aleppo:195"));
  // Filters combine with AND.
  EXPECT_THAT(q([](EventQuery& x) {
                x.either = "SYR";
                x.quad_class = 3;
              }),
              ElementsAre("madaya:1041"));
}

TEST_F(EventStoreTest, BadFiltersAreInvalidArguments) {
  auto store = OpenStore();
  PutFourArticles(*store);
  EventQuery q;
  q.text = "\"unterminated";
  Status s = store->Query(q, [](const StoredEvent&) { return Status::Ok(); });
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.ToString();
  q = {};
  q.country = "US";
  s = store->Query(q, [](const StoredEvent&) { return Status::Ok(); });
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
}

TEST_F(EventStoreTest, VisitorErrorStopsTheQuery) {
  auto store = OpenStore();
  PutFourArticles(*store);
  int calls = 0;
  Status s = store->Query({}, [&](const StoredEvent&) {
    ++calls;
    return DataLossError("output closed");
  });
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_EQ(calls, 1);
}

TEST_F(EventStoreTest, SeriesCountsPerPeriod) {
  auto store = OpenStore();
  // USA->RUS: two consults on 2015-12-15 (Tue), a threat on 2015-12-17
  // (Thu, same ISO week), a consult on 2016-01-04; RUS->USA one on
  // 2015-12-15; one month-precision event.
  auto event = [](std::string id, std::string src, std::string tgt,
                  std::string date, std::string cameo, int quad, double g) {
    Event e = testing::KerryMeetsLavrov(id);
    e.source.code = src;
    e.target.code = tgt;
    e.date.iso = date;
    e.cameo = cameo;
    e.root = cameo.substr(0, 2);
    e.quad_class = quad;
    e.goldstein = g;
    return e;
  };
  ASSERT_TRUE(
      store
          ->Put(testing::SampleArticle("s1", "", "", ""),
                {event("s1", "USAGOV", "RUSGOV", "2015-12-15", "043", 1, 2.8),
                 event("s1", "USA", "RUSMIL", "2015-12-15", "042", 1, 1.9),
                 event("s1", "USAGOV", "RUS", "2015-12-17", "138", 3, -7),
                 event("s1", "USAGOV", "RUSGOV", "2016-01-04", "043", 1, 2.8),
                 event("s1", "RUSGOV", "USAGOV", "2015-12-15", "043", 1, 2.8),
                 event("s1", "USAGOV", "RUSGOV", "2016-01", "043", 1, 2.8),
                 event("s1", "USAGOV", "CHNGOV", "2015-12-15", "043", 1, 2.8)})
          .ok());
  ASSERT_TRUE(store->Flush().ok());
  SeriesQuery q;
  q.source = "USA";
  q.target = "RUS";
  auto days = store->Series(q);
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  ASSERT_EQ(days->size(), 3u);
  EXPECT_EQ((*days)[0].period, "2015-12-15");
  EXPECT_EQ((*days)[0].events, 2);
  EXPECT_DOUBLE_EQ((*days)[0].goldstein_sum, 4.7);
  EXPECT_DOUBLE_EQ((*days)[0].goldstein_mean, 2.35);
  EXPECT_EQ((*days)[0].quad[1], 2);
  EXPECT_EQ((*days)[1].period, "2015-12-17");
  EXPECT_EQ((*days)[1].quad[3], 1);
  EXPECT_EQ((*days)[2].period, "2016-01-04");

  // Many one-decimal scores add up without binary noise.
  std::vector<Event> many(
      300, event("s2", "USAGOV", "CHNGOV", "2015-03-02", "043", 1, 2.8));
  ASSERT_TRUE(store->Put(testing::SampleArticle("s2", "", "", ""), many).ok());
  ASSERT_TRUE(store->Flush().ok());
  SeriesQuery china;
  china.target = "CHN";
  china.by = SeriesPeriod::kMonth;
  auto march = store->Series(china);
  ASSERT_EQ(march->size(), 2u);
  EXPECT_EQ((*march)[0].goldstein_sum, 840.0);
  EXPECT_EQ((*march)[0].goldstein_mean, 2.8);

  q.by = SeriesPeriod::kWeek;
  auto weeks = store->Series(q);
  ASSERT_EQ(weeks->size(), 2u);
  EXPECT_EQ((*weeks)[0].period, "2015-12-14");  // the Monday
  EXPECT_EQ((*weeks)[0].events, 3);
  EXPECT_DOUBLE_EQ((*weeks)[0].goldstein_sum, -2.3);
  EXPECT_EQ((*weeks)[1].period, "2016-01-04");  // a Monday is its own week

  q.by = SeriesPeriod::kMonth;
  auto months = store->Series(q);
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2015-12");
  EXPECT_EQ((*months)[0].events, 3);
  EXPECT_EQ((*months)[1].period, "2016-01");
  EXPECT_EQ((*months)[1].events, 2);  // the month-precision event counts

  q.by = SeriesPeriod::kDay;
  q.both_directions = true;
  auto both = store->Series(q);
  EXPECT_EQ((*both)[0].events, 3);

  q.both_directions = false;
  q.from = "2015-12-16";
  q.to = "2015-12";
  auto ranged = store->Series(q);
  ASSERT_EQ(ranged->size(), 1u);
  EXPECT_EQ((*ranged)[0].period, "2015-12-17");
}

TEST_F(EventStoreTest, UnflushedBatchIsRolledBack) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store
                    ->Put(testing::SampleArticle("a1", "", "", ""),
                          {testing::KerryMeetsLavrov("a1")})
                    .ok());
  }
  auto store = OpenStore();
  EXPECT_EQ(store->Counts()->articles, 0);
}

TEST_F(EventStoreTest, FullBatchCommitsByItself) {
  EventStoreOptions options;
  options.batch_size = 2;
  {
    auto store = OpenStore(options);
    for (const char* id : {"a1", "a2", "a3"}) {
      ASSERT_TRUE(store
                      ->Put(testing::SampleArticle(id, "", "", ""),
                            {testing::KerryMeetsLavrov(id)})
                      .ok());
    }
  }  // a3 was in the open batch
  auto store = OpenStore();
  EXPECT_EQ(store->Counts()->articles, 2);
}

TEST_F(EventStoreTest, ArticleWithoutIdIsRejected) {
  auto store = OpenStore();
  Article a;
  EXPECT_EQ(store->Put(a, {}).code(), StatusCode::kInvalidArgument);
}

TEST_F(EventStoreTest, ReadOnlyStoreRefusesWrites) {
  { OpenStore(); }
  EventStoreOptions ro;
  ro.read_only = true;
  auto store = OpenStore(ro);
  EXPECT_EQ(store->Put(testing::SampleArticle("a1", "", "", ""), {}).code(),
            StatusCode::kFailedPrecondition);
}

TEST_F(EventStoreTest, MissingStoreIsNotFoundWhenReading) {
  EventStoreOptions ro;
  ro.read_only = true;
  auto store = EventStore::Open(path_, ro);
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound);
}

TEST_F(EventStoreTest, NonSqliteFileIsDataLoss) {
  std::ofstream(path_) << "{\"id\": \"a1\", \"text\": \"not a database, "
                          "but long enough to look like a header ......\"}\n";
  for (bool read_only : {false, true}) {
    EventStoreOptions options;
    options.read_only = read_only;
    auto store = EventStore::Open(path_, options);
    EXPECT_EQ(store.status().code(), StatusCode::kDataLoss);
    EXPECT_THAT(store.status().message(), HasSubstr("not a SQLite database"));
  }
}

TEST_F(EventStoreTest, NewerSchemaIsRefused) {
  { OpenStore(); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "PRAGMA user_version = 9", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  auto store = EventStore::Open(path_, {});
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("schema version 9 is newer"));
}

TEST_F(EventStoreTest, OtherProgramsDatabaseIsRefused) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = EventStore::Open(path_, {});
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("not a dyad store"));
}

TEST_F(EventStoreTest, ParsesSeriesPeriods) {
  EXPECT_EQ(*ParseSeriesPeriod("week"), SeriesPeriod::kWeek);
  EXPECT_EQ(ParseSeriesPeriod("year").status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace dyad
