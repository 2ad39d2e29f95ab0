// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// EventStore: articles, events and their mentions in one SQLite file, with
// queries, dyad time series and cross-article event groups.
//
// Writing. Put() stores an article with all the events coded from it.
// It is idempotent per article id: putting an article again replaces its
// events (and their mentions) and never duplicates them. Puts are grouped
// into batches, one transaction each (`batch_size` articles); Flush()
// commits the open batch. A crash or kill loses at most the open batch and
// never leaves a half-written article: SQLite's write-ahead log makes each
// commit atomic. Re-running the same input then completes the store.
//
// Event groups. Events with the same source, target, CAMEO code, day and
// place are one event reported several times; the store links them in an
// event group and keeps the group's counts of mentions, articles and
// distinct outlets (GDELT's NumMentions, NumArticles, NumSources). Events
// with an unknown date stay in a group of their own.
//
// Files. A store is a SQLite database whose schema version is kept in
// PRAGMA user_version and whose PRAGMA application_id marks it as dyad's.
// Opening for writing creates the file and applies the numbered migrations
// it lacks. Errors: kNotFound (read-only open of a missing file),
// kDataLoss (not a SQLite database, or corrupt), kFailedPrecondition (a
// SQLite database that is not a dyad store, a schema newer than this
// build, or a locked database).
//
//   auto store = dyad::EventStore::Open("events.db", {});
//   if (!store.ok()) return store.status();
//   (*store)->Put(article, events);     // repeat
//   (*store)->Flush();                  // commit the last batch
//   dyad::EventQuery q;  q.either = "USA";  q.cameo = "04";
//   (*store)->Query(q, [](const dyad::StoredEvent& e) { ...; return Ok; });
//
// Threads: one EventStore is used by one thread at a time; open one per
// thread (SQLite serialises writers; readers run beside a writer). It owns
// a database connection and so is not copyable.
#ifndef DYAD_EVENT_STORE_H_
#define DYAD_EVENT_STORE_H_

#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/event_writer.h"
#include "dyad/export.h"
#include "dyad/status.h"

namespace dyad {

struct EventStoreOptions {
  // Open an existing store for reading only: never create or migrate it.
  bool read_only = false;
  // Articles per transaction.
  int batch_size = 500;
  // Keep each article's text (evidence is always kept).
  bool keep_text = true;
};

// Filters of a query; every set filter must hold. Codes are matched case
// insensitively; prefixes work on whole characters ("USA" matches USAGOV).
struct EventQuery {
  std::string source;   // source actor code prefix
  std::string target;   // target actor code prefix
  std::string either;   // actor code prefix on either side
  std::string country;  // 3-letter country prefix on either side
  std::string role;     // role group (GOV, MIL, ...) after the first group
                        // of either actor's code
  std::string cameo;    // CAMEO code prefix: "04" or "043"
  std::string root;     // CAMEO root, "4" or "04"
  std::string plover;   // PLOVER type, e.g. "CONSULT"
  int quad_class = 0;   // 1..4; 0 = any
  std::string from;     // event date >= from (ISO, any precision)
  std::string to;       // event date within or before `to` ("2015-12")
  std::string place;    // place name, case-insensitive
  std::string text;     // FTS5 query over the evidence sentences
  int64_t limit = 0;    // 0 = no limit
  bool unique = false;  // one row per event group (its first event)
};

// One event read back, with its article (text left out) and store facts.
struct StoredEvent {
  Event event;
  Article article;
  EventStoreFacts facts;
};

enum class SeriesPeriod : uint8_t { kDay, kWeek, kMonth };

// Parses "day", "week", "month"; kInvalidArgument otherwise.
DYAD_API StatusOr<SeriesPeriod> ParseSeriesPeriod(std::string_view name);

struct SeriesQuery {
  std::string source;            // source code prefix; empty = any
  std::string target;            // target code prefix; empty = any
  bool both_directions = false;  // count target->source events too
  SeriesPeriod by = SeriesPeriod::kDay;
  std::string from;  // as in EventQuery
  std::string to;
};

// One period of a dyad time series. Events whose date is less precise than
// the period (a month-only date in a daily series) are left out. Weeks are
// ISO weeks, named by their Monday.
struct SeriesPoint {
  std::string period;  // "2015-12-15", "2015-12-14" (week), "2015-12"
  int64_t events = 0;
  double goldstein_sum = 0;           // over events with a known score
  double goldstein_mean = NAN;        // NaN when no event has a score
  int64_t quad[5] = {0, 0, 0, 0, 0};  // [1..4] per QuadClass, [0] unknown
};

struct StoreCounts {
  int64_t articles = 0;
  int64_t events = 0;
  int64_t mentions = 0;  // rows of evidence (tellings)
  int64_t groups = 0;
};

class DYAD_API EventStore {
 public:
  // The schema version this build writes (PRAGMA user_version).
  static constexpr int kSchemaVersion = 1;

  // Opens (and for writing creates and migrates) the store at `path`.
  static StatusOr<std::unique_ptr<EventStore>> Open(
      const std::string& path, const EventStoreOptions& options);

  // Rolls back a batch that was not flushed.
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  enum class PutMode : uint8_t {
    kReplace,  // the article's stored events are replaced by `events`
    kAppend,   // `events` are added to the ones stored (merging shards
               // where one article's events come in several pieces)
  };
  // Stores `article` (upserted by id; fields left empty keep their stored
  // value) and `events`, in the open batch; commits when the batch is full.
  Status Put(const Article& article, const std::vector<Event>& events,
             PutMode mode = PutMode::kReplace);
  // Commits the open batch, if any.
  Status Flush();

  // Calls `visit` for each matching event, in store order. A non-OK status
  // from `visit` stops the query and is returned. kInvalidArgument for a bad
  // filter (e.g. FTS syntax).
  Status Query(const EventQuery& query,
               const std::function<Status(const StoredEvent&)>& visit);

  // A dyad time series, one point per period that has events, in order.
  StatusOr<std::vector<SeriesPoint>> Series(const SeriesQuery& query);

  StatusOr<StoreCounts> Counts();
  // PRAGMA integrity_check: "ok" or SQLite's list of problems.
  StatusOr<std::string> IntegrityCheck();
  // The open file's schema version.
  int schema_version() const;

 private:
  struct Impl;
  explicit EventStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_EVENT_STORE_H_
