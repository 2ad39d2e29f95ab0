// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Schema history. Never edit a migration that has shipped: add the next
// one. Each runs in one transaction together with the user_version bump, so
// a store is always at exactly one version.
//
//   1  initial schema: articles, event_groups, events, event_mentions and
//      the FTS5 index over the evidence sentences.
#include "store/schema.h"

#include <array>
#include <string>

namespace dyad::internal {
namespace {

// Unknown values are NULL. Dates are ISO text at the precision known
// ("2015-12-15", "2015-12", "2015"), so that text order is date order.
constexpr std::string_view kMigration1 = R"sql(
PRAGMA application_id = 1685676388;

CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL UNIQUE,   -- the input's id
  date        TEXT,
  title       TEXT,
  source      TEXT,                   -- outlet
  url         TEXT,
  text        TEXT,
  added       TEXT NOT NULL           -- UTC YYYYMMDDHHMMSS of the last put
);

-- The same event told by several articles: same source and target code,
-- CAMEO code, date and place. `key` is NULL for undated events, which
-- stay alone. Counts are kept up to date at each commit.
CREATE TABLE event_groups (
  id            INTEGER PRIMARY KEY,
  key           TEXT UNIQUE,
  num_mentions  INTEGER NOT NULL DEFAULT 0,
  num_articles  INTEGER NOT NULL DEFAULT 0,
  num_sources   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  article         INTEGER NOT NULL REFERENCES articles(id),
  group_id        INTEGER NOT NULL REFERENCES event_groups(id),
  sentence        INTEGER NOT NULL,
  source_code     TEXT,
  source_text     TEXT,
  source_begin    INTEGER,
  source_end      INTEGER,
  target_code     TEXT,
  target_text     TEXT,
  target_begin    INTEGER,
  target_end      INTEGER,
  cameo           TEXT,
  root            TEXT,
  quad_class      INTEGER,
  goldstein       REAL,
  plover_type     TEXT,
  plover_mode     TEXT,
  date            TEXT,
  date_text       TEXT,
  place_name      TEXT,
  place_country   TEXT,
  place_admin1    TEXT,
  place_kind      TEXT,
  lat             REAL,
  lon             REAL,
  confidence      REAL,
  mentions        INTEGER NOT NULL    -- tellings within the article
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_group ON events(group_id);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(date);

-- Every telling of an event in its article: the evidence. ord 0 is the
-- event's main evidence, 1.. the further tellings.
CREATE TABLE event_mentions (
  id            INTEGER PRIMARY KEY,
  event         INTEGER NOT NULL REFERENCES events(id),
  ord           INTEGER NOT NULL,
  sentence      TEXT,
  verb          TEXT,
  rule          TEXT,
  source_begin  INTEGER,
  source_end    INTEGER,
  verb_begin    INTEGER,
  verb_end      INTEGER,
  target_begin  INTEGER,
  target_end    INTEGER
);
CREATE INDEX event_mentions_event ON event_mentions(event, ord);

-- Full-text index over the evidence sentences (external content: the
-- text lives once, in event_mentions; triggers keep the index in step).
CREATE VIRTUAL TABLE event_mentions_fts USING fts5(
  sentence, content='event_mentions', content_rowid='id');
CREATE TRIGGER event_mentions_fts_insert AFTER INSERT ON event_mentions BEGIN
  INSERT INTO event_mentions_fts(rowid, sentence)
  VALUES (new.id, new.sentence);
END;
CREATE TRIGGER event_mentions_fts_delete AFTER DELETE ON event_mentions BEGIN
  INSERT INTO event_mentions_fts(event_mentions_fts, rowid, sentence)
  VALUES ('delete', old.id, old.sentence);
END;
)sql";

constexpr std::array<std::string_view, 1> kMigrations = {kMigration1};

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

StatusOr<int> CheckStoreFile(Database& db) {
  // The first read of the header tells a non-database file (SQLITE_NOTADB).
  auto app_id = db.QueryInt("PRAGMA application_id");
  if (!app_id.ok()) {
    if (app_id.status().code() == StatusCode::kDataLoss) {
      return DataLossError(db.path() +
                           ": not a SQLite database (or it is corrupt)");
    }
    return app_id.status();
  }
  DYAD_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  DYAD_ASSIGN_OR_RETURN(int64_t objects,
                        db.QueryInt("SELECT count(*) FROM sqlite_schema"));
  const bool empty = *app_id == 0 && version == 0 && objects == 0;
  if (!empty && *app_id != kStoreApplicationId) {
    return FailedPreconditionError(db.path() +
                                   ": a SQLite database, but not a dyad store");
  }
  if (version > LatestSchemaVersion()) {
    return FailedPreconditionError(
        db.path() + ": store schema version " + std::to_string(version) +
        " is newer than this dyad understands (" +
        std::to_string(LatestSchemaVersion()) + "); use a newer dyad");
  }
  return static_cast<int>(version);
}

Status Migrate(Database& db, int from_version) {
  for (int v = from_version + 1; v <= LatestSchemaVersion(); ++v) {
    DYAD_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    // Another process may have migrated while this one waited for the lock.
    auto current = db.QueryInt("PRAGMA user_version");
    if (current.ok() && *current >= v) {
      DYAD_RETURN_IF_ERROR(db.Exec("COMMIT"));
      continue;
    }
    Status s = current.ok() ? db.Exec(kMigrations[v - 1]) : current.status();
    if (s.ok()) s = db.Exec("PRAGMA user_version = " + std::to_string(v));
    if (s.ok()) s = db.Exec("COMMIT");
    if (!s.ok()) {
      (void)db.Exec("ROLLBACK");
      return Status(s.code(),
                    "migration " + std::to_string(v) + ": " + s.message());
    }
  }
  return Status::Ok();
}

}  // namespace dyad::internal
