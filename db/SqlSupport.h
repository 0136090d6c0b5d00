#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;
struct sqlite3_stmt;

namespace wh::db {

// Turns a Qt Sql error into a wh::Error, keeping SQLite's meaning (disk full, read-only, not a
// database, constraint) so the programs can say the right thing.
[[nodiscard]] Error sqlError(const QSqlError &error, const QString &context);

// Prepares `sql` on `db`. Every statement in the store goes through here: prepared statements only.
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
// Runs a prepared query (values already bound).
[[nodiscard]] Status exec(QSqlQuery &query, const QString &context);
// Prepares and runs a statement without parameters (DDL, pragmas).
[[nodiscard]] Status execDirect(const QSqlDatabase &db, const QString &sql);
// The first column of the first row of a parameterless query.
[[nodiscard]] Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql);

// The sqlite3 handle under a QSQLITE connection (Qt's own: same connection, same transaction, same
// busy timeout), else nullptr.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement straight on the SQLite C API, for bulk paths where QSqlQuery's per-row
// QVariant work dominates (the daily totals read and write millions of rows a year). Text passed to
// bindText must outlive the step (it is bound without a copy).
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] Status prepare(sqlite3 *db, const char *sql);
    void bindText(int index, const QByteArray &utf8); // 1-based, as SQLite counts
    void bindInt64(int index, qint64 value);
    // Steps once: true with a row, false when done; an error as Status.
    [[nodiscard]] Result<bool> step();
    // Runs to completion (an INSERT, a DELETE) and resets.
    [[nodiscard]] Status run();
    void reset();
    [[nodiscard]] qint64 int64(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset (no copy).
    [[nodiscard]] QByteArray textView(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
};

// RAII write transaction: BEGIN IMMEDIATE (takes the write lock up front, so two writers never
// deadlock on a lock upgrade); rolls back in the destructor unless commit() succeeded. Nested in
// another Transaction on the same connection it is a SAVEPOINT.
// Use on the thread that owns `db`.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] const Status &begun() const { return m_begun; }
    [[nodiscard]] Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begun;
    bool m_open = false;
};

} // namespace wh::db
