// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "store/sqlite_db.h"

#include <string>

namespace dyad::internal {

Status SqliteStatus(int rc, std::string_view context, sqlite3* db) {
  const int primary = rc & 0xff;
  std::string message(context);
  message += ": ";
  message += (db != nullptr && sqlite3_errcode(db) == rc) ? sqlite3_errmsg(db)
                                                          : sqlite3_errstr(rc);
  switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      return DataLossError(std::move(message));
    case SQLITE_CANTOPEN:
      return NotFoundError(std::move(message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
      return FailedPreconditionError(std::move(message));
    default:
      return InternalError(std::move(message));
  }
}

StatusOr<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const char* sql = sqlite3_sql(stmt_);
  std::string context = "SQL \"";
  context += std::string_view(sql ? sql : "").substr(0, 60);
  context += "\"";
  return SqliteStatus(sqlite3_errcode(db_), context, db_);
}

Status Statement::Run() {
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool row, Step());
    if (!row) return Status::Ok();
  }
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Open(const std::string& path, int flags) {
  path_ = path;
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(rc, path, db_);
  sqlite3_extended_result_codes(db_, 1);
  return Status::Ok();
}

Status Database::Exec(std::string_view sql) {
  char* error = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string detail = error ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  Status s = SqliteStatus(rc, path_, nullptr);
  return Status(s.code(), path_ + ": " + detail);
}

StatusOr<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return SqliteStatus(rc, path_, db_);
  }
  return Statement(stmt, db_);
}

StatusOr<int64_t> Database::QueryInt(std::string_view sql) {
  DYAD_ASSIGN_OR_RETURN(Statement stmt, Prepare(sql));
  DYAD_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return InternalError(std::string(sql) + ": no row");
  return stmt.ColumnInt(0);
}

}  // namespace dyad::internal
