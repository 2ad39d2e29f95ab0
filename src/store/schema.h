// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The store's schema as numbered migrations. Migration N brings a store
// from schema version N-1 to N; PRAGMA user_version holds the version.
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "dyad/status.h"
#include "store/sqlite_db.h"

namespace dyad::internal {

// PRAGMA application_id of a dyad store: "dyad" in ASCII.
inline constexpr int64_t kStoreApplicationId = 0x64796164;

// The newest schema version this build knows (= number of migrations).
int LatestSchemaVersion();

// Checks that `db` is an empty database or a dyad store no newer than this
// build, and returns its schema version. kDataLoss when it is not a SQLite
// database, kFailedPrecondition when it is another program's database or a
// newer dyad's store.
StatusOr<int> CheckStoreFile(Database& db);

// Applies the migrations after `from_version`, each in its own transaction.
Status Migrate(Database& db, int from_version);

}  // namespace dyad::internal

#endif  // DYAD_STORE_SCHEMA_H_
