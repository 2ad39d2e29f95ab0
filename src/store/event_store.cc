// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// EventStore over SQLite.
//
// Writes. Put() runs inside the open batch transaction (BEGIN IMMEDIATE,
// committed every `batch_size` articles) and inside a savepoint of its own,
// so a failed put leaves the batch as it was. Replacing an article deletes
// its events and their mentions (the FTS index follows by trigger) and
// inserts the new ones. Each event joins the event group of its key
// (source, target, cameo, date, place); the groups touched in a batch get
// their counts recomputed from the events just before the commit, so the
// counts are exact whatever was replaced or appended, at a cost of three
// indexed aggregate queries per touched group.
//
// Durability. The database runs in WAL mode with synchronous=NORMAL: a
// committed batch survives the process being killed at any instant (the
// WAL is replayed or ignored atomically on the next open); only a power
// loss may drop the last commits, never corrupt the file.
//
// Reads. Queries are composed from fixed SQL fragments, one per filter,
// with every value bound as a parameter; actor and CAMEO prefixes become
// index range scans [prefix, prefix+1).
#include "dyad/event_store.h"

#include <ctime>
#include <filesystem>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

#include "store/schema.h"
#include "store/sqlite_db.h"

namespace dyad {

using internal::Database;
using internal::Statement;

namespace {

constexpr int kBusyTimeoutMs = 10000;

std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The smallest string greater than every string starting with `prefix`, or
// "" when there is none (all bytes 0xFF).
std::string PrefixEnd(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char last = static_cast<unsigned char>(prefix.back());
    if (last < 0xFF) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

DatePrecision PrecisionOf(std::string_view iso) {
  if (iso.size() >= 10) return DatePrecision::kDay;
  if (iso.size() >= 7) return DatePrecision::kMonth;
  if (iso.size() >= 4) return DatePrecision::kYear;
  return DatePrecision::kNone;
}

// The cross-article identity of an event; empty (no group) when the event
// has no date, since undated reports cannot be told to be the same event.
std::string GroupKey(const Event& e) {
  if (e.date.iso.empty()) return {};
  std::string key;
  key.reserve(64);
  const char sep = '\x1f';
  key += UpperAscii(e.source.code);
  key += sep;
  key += UpperAscii(e.target.code);
  key += sep;
  key += e.cameo;
  key += sep;
  key += e.date.iso;
  key += sep;
  key += LowerAscii(e.place.name);
  return key;
}

// SQL function dyad_has_role(code, role): true when a 3-character group of
// `code` after the first (the country or generic) equals `role`.
void HasRoleFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const unsigned char* code = sqlite3_value_text(argv[0]);
  const unsigned char* role = sqlite3_value_text(argv[1]);
  if (code == nullptr || role == nullptr) {
    sqlite3_result_int(ctx, 0);
    return;
  }
  std::string_view c(reinterpret_cast<const char*>(code),
                     sqlite3_value_bytes(argv[0]));
  std::string_view r(reinterpret_cast<const char*>(role),
                     sqlite3_value_bytes(argv[1]));
  for (size_t i = 3; r.size() == 3 && i + 3 <= c.size(); i += 3) {
    if (c.substr(i, 3) == r) {
      sqlite3_result_int(ctx, 1);
      return;
    }
  }
  sqlite3_result_int(ctx, 0);
}

// A bound query value.
using Param = std::variant<std::string, int64_t>;

void BindAll(Statement& stmt, const std::vector<Param>& params) {
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    if (const auto* s = std::get_if<std::string>(&params[i])) {
      stmt.Text(index, *s);
    } else {
      stmt.Int(index, std::get<int64_t>(params[i]));
    }
  }
}

// Appends "column >= ? AND column < ?" for a prefix (upper-cased).
std::string PrefixCondition(std::string_view column, std::string_view prefix,
                            std::vector<Param>& params) {
  std::string lower = UpperAscii(prefix);
  std::string upper = PrefixEnd(lower);
  std::string sql = "(" + std::string(column) + " >= ?";
  params.emplace_back(lower);
  if (!upper.empty()) {
    sql += " AND " + std::string(column) + " < ?";
    params.emplace_back(upper);
  }
  return sql + ")";
}

}  // namespace

StatusOr<SeriesPeriod> ParseSeriesPeriod(std::string_view name) {
  if (name == "day") return SeriesPeriod::kDay;
  if (name == "week") return SeriesPeriod::kWeek;
  if (name == "month") return SeriesPeriod::kMonth;
  return InvalidArgumentError("unknown period \"" + std::string(name) +
                              "\" (expected day, week or month)");
}

struct EventStore::Impl {
  Database db;
  EventStoreOptions options;
  int version = 0;
  bool in_batch = false;
  int batch_articles = 0;
  std::unordered_set<int64_t> touched_groups;

  Statement upsert_article, groups_of_article, delete_mentions, delete_events,
      find_group, insert_group, insert_event, insert_mention, recount_group,
      delete_empty_group, mentions_of_event;

  Status Prepare();
  Status BeginBatch();
  Status PutInSavepoint(const Article& article,
                        const std::vector<Event>& events, PutMode mode);
  StatusOr<int64_t> GroupFor(const Event& e);
};

Status EventStore::Impl::Prepare() {
  struct Item {
    Statement* stmt;
    const char* sql;
  };
  const Item items[] = {
      {&upsert_article,
       "INSERT INTO articles(article_id, date, title, source, url, text, added)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
       " ON CONFLICT(article_id) DO UPDATE SET"
       " date = coalesce(excluded.date, date),"
       " title = coalesce(excluded.title, title),"
       " source = coalesce(excluded.source, source),"
       " url = coalesce(excluded.url, url),"
       " text = coalesce(excluded.text, text),"
       " added = excluded.added"
       " RETURNING id"},
      {&groups_of_article,
       "SELECT DISTINCT group_id FROM events WHERE article = ?1"},
      {&delete_mentions,
       "DELETE FROM event_mentions WHERE event IN"
       " (SELECT id FROM events WHERE article = ?1)"},
      {&delete_events, "DELETE FROM events WHERE article = ?1"},
      {&find_group, "SELECT id FROM event_groups WHERE key = ?1"},
      {&insert_group, "INSERT INTO event_groups(key) VALUES (?1)"},
      {&insert_event,
       "INSERT INTO events(article, group_id, sentence, source_code,"
       " source_text, source_begin, source_end, target_code, target_text,"
       " target_begin, target_end, cameo, root, quad_class, goldstein,"
       " plover_type, plover_mode, date, date_text, place_name, place_country,"
       " place_admin1, place_kind, lat, lon, confidence, mentions)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
       " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"},
      {&insert_mention,
       "INSERT INTO event_mentions(event, ord, sentence, verb, rule,"
       " source_begin, source_end, verb_begin, verb_end, target_begin,"
       " target_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&recount_group,
       "UPDATE event_groups SET"
       " num_mentions = (SELECT total(mentions) FROM events"
       "   WHERE group_id = ?1),"
       " num_articles = (SELECT count(DISTINCT article) FROM events"
       "   WHERE group_id = ?1),"
       " num_sources = (SELECT count(DISTINCT a.source) FROM events e"
       "   JOIN articles a ON a.id = e.article WHERE e.group_id = ?1)"
       " WHERE id = ?1"},
      {&delete_empty_group,
       "DELETE FROM event_groups WHERE id = ?1 AND num_articles = 0"},
      {&mentions_of_event,
       "SELECT sentence, verb, rule, source_begin, source_end, verb_begin,"
       " verb_end, target_begin, target_end FROM event_mentions"
       " WHERE event = ?1 ORDER BY ord"},
  };
  for (const Item& item : items) {
    // Read-only stores need only the read statement.
    if (options.read_only && item.stmt != &mentions_of_event) continue;
    DYAD_ASSIGN_OR_RETURN(*item.stmt, db.Prepare(item.sql));
  }
  return Status::Ok();
}

Status EventStore::Impl::BeginBatch() {
  if (in_batch) return Status::Ok();
  DYAD_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  in_batch = true;
  batch_articles = 0;
  return Status::Ok();
}

StatusOr<int64_t> EventStore::Impl::GroupFor(const Event& e) {
  const std::string key = GroupKey(e);
  if (!key.empty()) {
    find_group.Text(1, key);
    auto row = find_group.Step();
    int64_t id = row.ok() && *row ? find_group.ColumnInt(0) : 0;
    find_group.Reset();
    if (!row.ok()) return row.status();
    if (id != 0) return id;
    insert_group.Text(1, key);
  } else {
    insert_group.Null(1);
  }
  Status s = insert_group.Run();
  insert_group.Reset();
  DYAD_RETURN_IF_ERROR(s);
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db.handle()));
}

namespace {

// Binds an optional span pair; {0,0} is "no span" and stored as NULLs.
void BindSpan(Statement& stmt, int index, const ByteSpan& span) {
  if (span.begin == 0 && span.end == 0) {
    stmt.Null(index);
    stmt.Null(index + 1);
  } else {
    stmt.Int(index, span.begin);
    stmt.Int(index + 1, span.end);
  }
}

ByteSpan ColumnSpan(const Statement& stmt, int column) {
  if (stmt.IsNull(column)) return {};
  return {static_cast<uint32_t>(stmt.ColumnInt(column)),
          static_cast<uint32_t>(stmt.ColumnInt(column + 1))};
}

}  // namespace

Status EventStore::Impl::PutInSavepoint(const Article& article,
                                        const std::vector<Event>& events,
                                        PutMode mode) {
  const std::string added = UtcNow();
  Statement& up = upsert_article;
  up.Text(1, article.id);
  up.TextOrNull(2, article.date);
  up.TextOrNull(3, article.title);
  up.TextOrNull(4, article.source);
  up.TextOrNull(5, article.url);
  up.TextOrNull(6, options.keep_text ? std::string_view(article.text)
                                     : std::string_view());
  up.Text(7, added);
  auto row = up.Step();
  const int64_t article_row = row.ok() && *row ? up.ColumnInt(0) : 0;
  if (row.ok()) row = up.Step();  // finish the RETURNING statement
  up.Reset();
  if (!row.ok()) return row.status();
  if (article_row == 0) return InternalError("article upsert returned no id");

  if (mode == PutMode::kReplace) {
    groups_of_article.Int(1, article_row);
    for (;;) {
      auto more = groups_of_article.Step();
      if (!more.ok()) {
        groups_of_article.Reset();
        return more.status();
      }
      if (!*more) break;
      touched_groups.insert(groups_of_article.ColumnInt(0));
    }
    groups_of_article.Reset();
    delete_mentions.Int(1, article_row);
    Status s = delete_mentions.Run();
    delete_mentions.Reset();
    DYAD_RETURN_IF_ERROR(s);
    delete_events.Int(1, article_row);
    s = delete_events.Run();
    delete_events.Reset();
    DYAD_RETURN_IF_ERROR(s);
  }

  for (const Event& e : events) {
    DYAD_ASSIGN_OR_RETURN(int64_t group, GroupFor(e));
    touched_groups.insert(group);
    Statement& ins = insert_event;
    ins.Int(1, article_row);
    ins.Int(2, group);
    ins.Int(3, e.sentence);
    ins.TextOrNull(4, e.source.code);
    ins.TextOrNull(5, e.source.text);
    BindSpan(ins, 6, e.source.orig);
    ins.TextOrNull(8, e.target.code);
    ins.TextOrNull(9, e.target.text);
    BindSpan(ins, 10, e.target.orig);
    ins.TextOrNull(12, e.cameo);
    ins.TextOrNull(13, e.root);
    if (e.quad_class != 0) {
      ins.Int(14, e.quad_class);
    } else {
      ins.Null(14);
    }
    ins.Double(15, e.goldstein);
    ins.TextOrNull(16, e.plover_type);
    ins.TextOrNull(17, e.plover_mode);
    ins.TextOrNull(18, e.date.iso);
    ins.TextOrNull(19, e.date.text);
    ins.TextOrNull(20, e.place.name);
    ins.TextOrNull(21, e.place.country);
    ins.TextOrNull(22, e.place.admin1);
    ins.TextOrNull(23, e.place.kind);
    ins.Double(24, e.place.lat);
    ins.Double(25, e.place.lon);
    ins.Double(26, e.confidence);
    ins.Int(27, e.mentions);
    Status s = ins.Run();
    ins.Reset();
    DYAD_RETURN_IF_ERROR(s);
    const int64_t event_row = sqlite3_last_insert_rowid(db.handle());

    auto put_mention = [&](int ord, const EventEvidence& ev) {
      Statement& m = insert_mention;
      m.Int(1, event_row);
      m.Int(2, ord);
      m.TextOrNull(3, ev.sentence);
      m.TextOrNull(4, ev.verb);
      m.TextOrNull(5, ev.rule);
      BindSpan(m, 6, ev.source_span);
      BindSpan(m, 8, ev.verb_span);
      BindSpan(m, 10, ev.target_span);
      Status ms = m.Run();
      m.Reset();
      return ms;
    };
    DYAD_RETURN_IF_ERROR(put_mention(0, e.evidence));
    for (size_t i = 0; i < e.more_evidence.size(); ++i) {
      DYAD_RETURN_IF_ERROR(
          put_mention(static_cast<int>(i) + 1, e.more_evidence[i]));
    }
  }
  return Status::Ok();
}

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

EventStore::~EventStore() {
  if (impl_ && impl_->in_batch) (void)impl_->db.Exec("ROLLBACK");
}

int EventStore::schema_version() const { return impl_->version; }

StatusOr<std::unique_ptr<EventStore>> EventStore::Open(
    const std::string& path, const EventStoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (impl->options.batch_size < 1) impl->options.batch_size = 1;
  std::error_code ec;
  if (options.read_only && !std::filesystem::exists(path, ec)) {
    return NotFoundError(path + ": no such store");
  }
  if (std::filesystem::is_directory(path, ec)) {
    return InvalidArgumentError(path + ": is a directory, not a store");
  }
  const int flags = options.read_only
                        ? SQLITE_OPEN_READONLY
                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  DYAD_RETURN_IF_ERROR(impl->db.Open(path, flags | SQLITE_OPEN_NOMUTEX));
  sqlite3_busy_timeout(impl->db.handle(), kBusyTimeoutMs);
  DYAD_ASSIGN_OR_RETURN(int version, internal::CheckStoreFile(impl->db));
  // A 64 MiB page cache keeps the index pages of a batch in memory (the
  // default 2 MiB made ingest spend most of its time re-reading pages).
  DYAD_RETURN_IF_ERROR(impl->db.Exec("PRAGMA cache_size = -65536"));
  DYAD_RETURN_IF_ERROR(impl->db.Exec("PRAGMA temp_store = MEMORY"));
  if (options.read_only) {
    if (version == 0) {
      return FailedPreconditionError(path +
                                     ": not a dyad store (empty database)");
    }
    if (version < internal::LatestSchemaVersion()) {
      return FailedPreconditionError(
          path + ": store schema version " + std::to_string(version) +
          " is older than this dyad's; run `dyad ingest` on it to migrate");
    }
  } else {
    DYAD_RETURN_IF_ERROR(impl->db.Exec("PRAGMA journal_mode = WAL"));
    DYAD_RETURN_IF_ERROR(impl->db.Exec("PRAGMA synchronous = NORMAL"));
    DYAD_RETURN_IF_ERROR(impl->db.Exec("PRAGMA foreign_keys = ON"));
    DYAD_RETURN_IF_ERROR(internal::Migrate(impl->db, version));
    version = internal::LatestSchemaVersion();
  }
  impl->version = version;
  sqlite3_create_function_v2(impl->db.handle(), "dyad_has_role", 2,
                             SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                             HasRoleFunction, nullptr, nullptr, nullptr);
  DYAD_RETURN_IF_ERROR(impl->Prepare());
  return std::unique_ptr<EventStore>(new EventStore(std::move(impl)));
}

Status EventStore::Put(const Article& article, const std::vector<Event>& events,
                       PutMode mode) {
  Impl& s = *impl_;
  if (s.options.read_only) {
    return FailedPreconditionError(s.db.path() + ": store opened read-only");
  }
  if (article.id.empty()) {
    return InvalidArgumentError("article without an id cannot be stored");
  }
  DYAD_RETURN_IF_ERROR(s.BeginBatch());
  DYAD_RETURN_IF_ERROR(s.db.Exec("SAVEPOINT put_article"));
  Status put = s.PutInSavepoint(article, events, mode);
  if (!put.ok()) {
    (void)s.db.Exec("ROLLBACK TO put_article");
    (void)s.db.Exec("RELEASE put_article");
    return Status(put.code(), "article " + article.id + ": " + put.message());
  }
  DYAD_RETURN_IF_ERROR(s.db.Exec("RELEASE put_article"));
  if (++s.batch_articles >= s.options.batch_size) return Flush();
  return Status::Ok();
}

Status EventStore::Flush() {
  Impl& s = *impl_;
  if (!s.in_batch) return Status::Ok();
  for (int64_t group : s.touched_groups) {
    s.recount_group.Int(1, group);
    Status st = s.recount_group.Run();
    s.recount_group.Reset();
    if (st.ok()) {
      s.delete_empty_group.Int(1, group);
      st = s.delete_empty_group.Run();
      s.delete_empty_group.Reset();
    }
    if (!st.ok()) {
      (void)s.db.Exec("ROLLBACK");
      s.in_batch = false;
      s.touched_groups.clear();
      return st;
    }
  }
  s.touched_groups.clear();
  Status commit = s.db.Exec("COMMIT");
  if (!commit.ok()) {
    (void)s.db.Exec("ROLLBACK");
  }
  s.in_batch = false;
  s.batch_articles = 0;
  return commit;
}

Status EventStore::Query(
    const EventQuery& q,
    const std::function<Status(const StoredEvent&)>& visit) {
  Impl& s = *impl_;
  std::vector<Param> params;
  std::string where;
  auto add = [&where](const std::string& condition) {
    where += where.empty() ? " WHERE " : " AND ";
    where += condition;
  };
  if (!q.source.empty())
    add(PrefixCondition("e.source_code", q.source, params));
  if (!q.target.empty())
    add(PrefixCondition("e.target_code", q.target, params));
  auto either = [&](std::string_view prefix) {
    std::string a = PrefixCondition("e.source_code", prefix, params);
    std::string b = PrefixCondition("e.target_code", prefix, params);
    add("(" + a + " OR " + b + ")");
  };
  if (!q.either.empty()) either(q.either);
  if (!q.country.empty()) {
    if (q.country.size() != 3) {
      return InvalidArgumentError("--country wants a 3-letter code, got \"" +
                                  q.country + "\"");
    }
    either(q.country);
  }
  if (!q.role.empty()) {
    if (q.role.size() != 3) {
      return InvalidArgumentError("--role wants a 3-letter role code, got \"" +
                                  q.role + "\"");
    }
    add("(dyad_has_role(e.source_code, ?) OR dyad_has_role(e.target_code, ?))");
    params.emplace_back(UpperAscii(q.role));
    params.emplace_back(UpperAscii(q.role));
  }
  if (!q.cameo.empty()) add(PrefixCondition("e.cameo", q.cameo, params));
  if (!q.root.empty()) {
    std::string root = q.root.size() == 1 ? "0" + q.root : q.root;
    add("e.root = ?");
    params.emplace_back(root);
  }
  if (!q.plover.empty()) {
    add("e.plover_type = ? COLLATE NOCASE");
    params.emplace_back(q.plover);
  }
  if (q.quad_class != 0) {
    add("e.quad_class = ?");
    params.emplace_back(static_cast<int64_t>(q.quad_class));
  }
  if (!q.from.empty()) {
    add("e.date >= ?");
    params.emplace_back(q.from);
  }
  if (!q.to.empty()) {
    add("e.date < ?");
    params.emplace_back(PrefixEnd(q.to));
  }
  if (!q.place.empty()) {
    add("e.place_name = ? COLLATE NOCASE");
    params.emplace_back(q.place);
  }
  if (!q.text.empty()) {
    add("e.id IN (SELECT m.event FROM event_mentions m WHERE m.id IN"
        " (SELECT rowid FROM event_mentions_fts WHERE event_mentions_fts"
        " MATCH ?))");
    params.emplace_back(q.text);
  }
  if (q.unique) {
    add("e.id = (SELECT min(id) FROM events WHERE group_id = e.group_id)");
  }
  std::string sql =
      "SELECT e.id, e.group_id, e.sentence, e.source_code, e.source_text,"
      " e.source_begin, e.source_end, e.target_code, e.target_text,"
      " e.target_begin, e.target_end, e.cameo, e.root, e.quad_class,"
      " e.goldstein, e.plover_type, e.plover_mode, e.date, e.date_text,"
      " e.place_name, e.place_country, e.place_admin1, e.place_kind, e.lat,"
      " e.lon, e.confidence, e.mentions, a.article_id, a.date, a.title,"
      " a.source, a.url, a.added, g.num_mentions, g.num_articles,"
      " g.num_sources"
      " FROM events e JOIN articles a ON a.id = e.article"
      " JOIN event_groups g ON g.id = e.group_id" +
      where + " ORDER BY e.id";
  if (q.limit > 0) {
    sql += " LIMIT ?";
    params.emplace_back(q.limit);
  }
  auto prepared = s.db.Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  Statement& stmt = *prepared;
  BindAll(stmt, params);
  StoredEvent out;
  for (;;) {
    auto row = stmt.Step();
    if (!row.ok()) {
      if (!q.text.empty()) {
        return InvalidArgumentError("query failed (check the --text search " +
                                    std::string("syntax): ") +
                                    row.status().message());
      }
      return row.status();
    }
    if (!*row) break;
    Event& e = out.event;
    e = Event{};
    e.sentence = static_cast<uint32_t>(stmt.ColumnInt(2));
    e.source.code = stmt.ColumnText(3);
    e.source.text = stmt.ColumnText(4);
    e.source.orig = ColumnSpan(stmt, 5);
    e.target.code = stmt.ColumnText(7);
    e.target.text = stmt.ColumnText(8);
    e.target.orig = ColumnSpan(stmt, 9);
    e.cameo = stmt.ColumnText(11);
    e.root = stmt.ColumnText(12);
    e.quad_class = static_cast<int>(stmt.ColumnInt(13));
    e.goldstein = stmt.ColumnDouble(14);
    e.plover_type = stmt.ColumnText(15);
    e.plover_mode = stmt.ColumnText(16);
    e.date.iso = stmt.ColumnText(17);
    e.date.precision = PrecisionOf(e.date.iso);
    e.date.text = stmt.ColumnText(18);
    e.place.name = stmt.ColumnText(19);
    e.place.country = stmt.ColumnText(20);
    e.place.admin1 = stmt.ColumnText(21);
    e.place.kind = stmt.ColumnText(22);
    e.place.lat = stmt.ColumnDouble(23);
    e.place.lon = stmt.ColumnDouble(24);
    e.confidence = stmt.IsNull(25) ? 0.0 : stmt.ColumnDouble(25);
    e.mentions = static_cast<uint32_t>(stmt.ColumnInt(26));
    Article& a = out.article;
    a = Article{};
    a.id = stmt.ColumnText(27);
    e.article_id = a.id;
    a.date = stmt.ColumnText(28);
    a.title = stmt.ColumnText(29);
    a.source = stmt.ColumnText(30);
    a.url = stmt.ColumnText(31);
    out.facts.event_id = stmt.ColumnInt(0);
    out.facts.group_id = stmt.ColumnInt(1);
    out.facts.date_added = stmt.ColumnText(32);
    out.facts.num_mentions = static_cast<uint32_t>(stmt.ColumnInt(33));
    out.facts.num_articles = static_cast<uint32_t>(stmt.ColumnInt(34));
    out.facts.num_sources = static_cast<uint32_t>(stmt.ColumnInt(35));

    Statement& m = s.mentions_of_event;
    m.Int(1, out.facts.event_id);
    for (int ord = 0;; ++ord) {
      auto mrow = m.Step();
      if (!mrow.ok()) {
        m.Reset();
        return mrow.status();
      }
      if (!*mrow) break;
      EventEvidence& ev =
          ord == 0 ? e.evidence : e.more_evidence.emplace_back();
      ev.sentence = m.ColumnText(0);
      ev.verb = m.ColumnText(1);
      ev.rule = m.ColumnText(2);
      ev.source_span = ColumnSpan(m, 3);
      ev.verb_span = ColumnSpan(m, 5);
      ev.target_span = ColumnSpan(m, 7);
    }
    m.Reset();
    DYAD_RETURN_IF_ERROR(visit(out));
  }
  return Status::Ok();
}

StatusOr<std::vector<SeriesPoint>> EventStore::Series(const SeriesQuery& q) {
  Impl& s = *impl_;
  std::vector<Param> params;
  std::string period;
  std::string precise;
  switch (q.by) {
    case SeriesPeriod::kDay:
      period = "substr(date, 1, 10)";
      precise = "length(date) >= 10";
      break;
    case SeriesPeriod::kWeek:
      // The Monday on or before the day.
      period = "date(substr(date, 1, 10), '-6 days', 'weekday 1')";
      precise = "length(date) >= 10";
      break;
    case SeriesPeriod::kMonth:
      period = "substr(date, 1, 7)";
      precise = "length(date) >= 7";
      break;
  }
  auto direction = [&](std::string_view from_code, std::string_view to_code) {
    std::string cond = "1";
    if (!from_code.empty()) {
      cond += " AND " + PrefixCondition("source_code", from_code, params);
    }
    if (!to_code.empty()) {
      cond += " AND " + PrefixCondition("target_code", to_code, params);
    }
    return "(" + cond + ")";
  };
  std::string dyad = direction(q.source, q.target);
  if (q.both_directions) dyad += " OR " + direction(q.target, q.source);
  // Sums are rounded to 6 decimals: scores have one decimal, and adding
  // 300 times 2.8 in binary floating point should still print 840.
  std::string sql = "SELECT " + period +
                    " AS period, count(*), round(total(goldstein), 6),"
                    " round(avg(goldstein), 6),"
                    " sum(quad_class IS NULL), sum(quad_class = 1),"
                    " sum(quad_class = 2), sum(quad_class = 3),"
                    " sum(quad_class = 4) FROM events WHERE " +
                    precise + " AND (" + dyad + ")";
  if (!q.from.empty()) {
    sql += " AND date >= ?";
    params.emplace_back(q.from);
  }
  if (!q.to.empty()) {
    sql += " AND date < ?";
    params.emplace_back(PrefixEnd(q.to));
  }
  sql += " GROUP BY period ORDER BY period";
  DYAD_ASSIGN_OR_RETURN(Statement stmt, s.db.Prepare(sql));
  BindAll(stmt, params);
  std::vector<SeriesPoint> points;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    if (stmt.IsNull(0)) continue;  // a malformed date: no period
    SeriesPoint& p = points.emplace_back();
    p.period = stmt.ColumnText(0);
    p.events = stmt.ColumnInt(1);
    p.goldstein_sum = stmt.ColumnDouble(2);
    p.goldstein_mean = stmt.ColumnDouble(3);
    for (int i = 0; i < 5; ++i) p.quad[i] = stmt.ColumnInt(4 + i);
  }
  return points;
}

StatusOr<StoreCounts> EventStore::Counts() {
  DYAD_ASSIGN_OR_RETURN(
      Statement stmt,
      impl_->db.Prepare("SELECT (SELECT count(*) FROM articles),"
                        " (SELECT count(*) FROM events),"
                        " (SELECT count(*) FROM event_mentions),"
                        " (SELECT count(*) FROM event_groups)"));
  DYAD_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return InternalError("count query returned no row");
  StoreCounts c;
  c.articles = stmt.ColumnInt(0);
  c.events = stmt.ColumnInt(1);
  c.mentions = stmt.ColumnInt(2);
  c.groups = stmt.ColumnInt(3);
  return c;
}

StatusOr<std::string> EventStore::IntegrityCheck() {
  DYAD_ASSIGN_OR_RETURN(Statement stmt,
                        impl_->db.Prepare("PRAGMA integrity_check"));
  std::string result;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    if (!result.empty()) result += '\n';
    result += stmt.ColumnText(0);
  }
  return result;
}

}  // namespace dyad
