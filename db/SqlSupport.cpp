#include "SqlSupport.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <QHash>
#include <QVariant>

namespace wh::db {

namespace {
// SQLite primary result codes (sqlite3.h).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

ErrorCode mapSqliteCode(int rc)
{
    switch (rc & 0xFF) {
    case kSqliteReadOnly: return ErrorCode::ReadOnly;
    case kSqliteFull: return ErrorCode::DiskFull;
    case kSqliteCantOpen: return ErrorCode::Io;
    case kSqliteConstraint: return ErrorCode::Conflict;
    case kSqliteNotADb: return ErrorCode::NotADatabase;
    default: return ErrorCode::Database;
    }
}
} // namespace

Error sqlError(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const ErrorCode mapped = ok ? mapSqliteCode(code) : ErrorCode::Database;
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return Error(mapped, text, context);
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql.simplified().left(120));
    return query;
}

Status exec(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return sqlError(query.lastError(), context);
    return {};
}

Status execDirect(const QSqlDatabase &db, const QString &sql)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    return exec(*query, sql.simplified().left(120));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    WH_TRY(exec(*query, sql.simplified().left(120)));
    if (!query->next())
        return QVariant();
    return query->value(0);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    m_db = db;
    m_sql = sql;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (!db)
        return Error(ErrorCode::Internal, QStringLiteral("no SQLite connection"), QString::fromUtf8(sql));
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return Error(mapSqliteCode(rc), QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql).simplified().left(120));
    return {};
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Error(mapSqliteCode(rc), QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(m_sql).simplified().left(120));
}

Status SqliteStatement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::textView(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

namespace {

// Transaction control is on every write path (a kiosk punch runs four of these): straight through
// the SQLite C API on Qt's own handle (same connection, same busy timeout), which costs a few
// microseconds instead of a QSqlQuery prepared and thrown away each time.
Status execControl(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return execDirect(db, sql);
    const QByteArray text = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, text.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString what = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error(mapSqliteCode(rc), what, sql);
}


// Open transactions per connection on this thread: an inner Transaction becomes a savepoint, so a
// repository call that writes atomically can run inside a caller's bigger transaction.
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    m_savepoint = depth > 0 ? QStringLiteral("wh_sp_%1").arg(depth) : QString();
    m_begun = execControl(m_db, m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                      : QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_open = m_begun.ok();
    if (m_open)
        ++depth;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error(ErrorCode::Internal, QStringLiteral("commit without an open transaction"));
    auto status = execControl(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                          : QStringLiteral("RELEASE ") + m_savepoint);
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    --t_depth[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --t_depth[m_db.connectionName()];
    if (m_savepoint.isEmpty()) {
        (void)execControl(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)execControl(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)execControl(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace wh::db
