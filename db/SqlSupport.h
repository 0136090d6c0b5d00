#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
