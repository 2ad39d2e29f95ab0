// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Thin RAII wrappers over the SQLite C API: a connection and a prepared
// statement, with errors turned into Status. Only src/store includes this.
#ifndef DYAD_STORE_SQLITE_DB_H_
#define DYAD_STORE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/status.h"

namespace dyad::internal {

// Maps a SQLite result code to a Status: corruption and "not a database" to
// kDataLoss, I/O and disk-full to kDataLoss, busy/locked/read-only to
// kFailedPrecondition, a missing file to kNotFound, the rest to kInternal.
Status SqliteStatus(int rc, std::string_view context, sqlite3* db);

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(Statement&& o) noexcept : stmt_(o.stmt_), db_(o.db_) {
    o.stmt_ = nullptr;
  }
  Statement& operator=(Statement&& o) noexcept {
    std::swap(stmt_, o.stmt_);
    std::swap(db_, o.db_);
    return *this;
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Text binds do not copy the bytes (SQLITE_STATIC): the caller keeps the
  // string alive until the statement is stepped and reset.
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()),
                      SQLITE_STATIC);
  }
  // Binds NULL for an empty string: unknown values are stored as NULL.
  void TextOrNull(int i, std::string_view v) {
    if (v.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      Text(i, v);
    }
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  // Binds NULL for NaN.
  void Double(int i, double v) {
    if (v != v) {
      sqlite3_bind_null(stmt_, i);
    } else {
      sqlite3_bind_double(stmt_, i, v);
    }
  }
  void Null(int i) { sqlite3_bind_null(stmt_, i); }

  // Runs one step: true when a row is ready, false when done.
  StatusOr<bool> Step();
  // Steps to completion, ignoring rows.
  Status Run();
  // Makes the statement reusable and clears its bindings.
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  bool IsNull(int c) const {
    return sqlite3_column_type(stmt_, c) == SQLITE_NULL;
  }
  int64_t ColumnInt(int c) const { return sqlite3_column_int64(stmt_, c); }
  // NaN for NULL.
  double ColumnDouble(int c) const {
    return IsNull(c) ? NAN : sqlite3_column_double(stmt_, c);
  }
  // "" for NULL. Valid until the next Step/Reset.
  std::string_view ColumnText(int c) const {
    const unsigned char* p = sqlite3_column_text(stmt_, c);
    if (p == nullptr) return {};
    return {reinterpret_cast<const char*>(p),
            static_cast<size_t>(sqlite3_column_bytes(stmt_, c))};
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// A database connection.
class Database {
 public:
  Database() = default;
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Opens `path`; `flags` are SQLITE_OPEN_* flags.
  Status Open(const std::string& path, int flags);
  // Runs one or more statements without results (schema, pragmas, BEGIN).
  Status Exec(std::string_view sql);
  StatusOr<Statement> Prepare(std::string_view sql);
  // Runs a query returning one integer (e.g. "PRAGMA user_version").
  StatusOr<int64_t> QueryInt(std::string_view sql);

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace dyad::internal

#endif  // DYAD_STORE_SQLITE_DB_H_
