#include "Store.h"

#include "Logging.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QVariant>

namespace wh::db {

namespace {
QAtomicInt g_storeCounter;
QAtomicInt g_threadConnectionCounter;

// The connections the calling thread opened. A finished thread's QThread address can be reused by
// a new thread; the new thread must not be handed the dead thread's connection (Qt refuses to use
// a connection from another thread), so ownership is checked here rather than trusted to the key.
thread_local QSet<QString> t_ownConnections;

Status checkFile(const QString &path, const Store::Options &options)
{
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no store file given (use --db FILE)"));
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error(ErrorCode::NotADatabase, QStringLiteral("the store path is a folder, not a file"),
                         path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io,
                         QStringLiteral("the store file cannot be read: %1").arg(file.errorString()), path);
        const QByteArray header = file.read(16);
        // An empty file is a valid new database; anything else must carry SQLite's magic header.
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return Error(ErrorCode::NotADatabase, QStringLiteral("the file is not an SQLite database"), path);
        if (!options.readOnly && !info.isWritable())
            return Error(ErrorCode::ReadOnly, QStringLiteral("the store file is read-only"), path);
        return {};
    }
    if (!options.create)
        return Error(ErrorCode::NotFound, QStringLiteral("the store file does not exist"), path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        return Error(ErrorCode::NotFound, QStringLiteral("the folder of the store file does not exist"),
                     path);
    if (!dir.isWritable())
        return Error(ErrorCode::ReadOnly, QStringLiteral("the folder of the store file cannot be written"),
                     path);
    return {};
}

// A failure to create or write a new file reads better as "cannot write here" than as SQLite's text.
Error describeOpenFailure(const Error &error, const QString &path, bool existed)
{
    if (!existed && (error.code() == ErrorCode::Io || error.code() == ErrorCode::ReadOnly ||
                     error.code() == ErrorCode::Database))
        return Error(ErrorCode::ReadOnly,
                     QStringLiteral("the store file cannot be created: %1").arg(error.message()), path);
    return error.wrap(path);
}
} // namespace

Store::Store(QString path, QString baseName, const Options &options)
    : m_path(std::move(path))
    , m_baseName(std::move(baseName))
    , m_readOnly(options.readOnly)
    , m_cacheKiB(options.cacheKiB)
    , m_mmapBytes(options.mmapBytes)
    , m_clock(options.clock)
{
}

Store::~Store()
{
    std::lock_guard lock(m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        // Another thread's connection cannot be used (or closed) from here; it is only forgotten.
        if (t_ownConnections.remove(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen() && !m_readOnly && m_ready) {
                // Fold the WAL back into the main file so a copied .sqlite is complete on its own.
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Status Store::configure(QSqlDatabase &db) const
{
    WH_TRY(execDirect(db, QStringLiteral("PRAGMA foreign_keys = ON")));
    // INSERT OR REPLACE deletes the old row without firing DELETE triggers unless this is on: it
    // keeps the events_no_delete trigger from being bypassed by a replace.
    WH_TRY(execDirect(db, QStringLiteral("PRAGMA recursive_triggers = ON")));
    // A 32 MiB page cache and memory-mapped reads: the indexes a punch or a report walks stay in
    // memory instead of costing a read syscall per page (SQLite's default cache is 2 MiB).
    WH_TRY(execDirect(db, QStringLiteral("PRAGMA cache_size = -%1").arg(m_cacheKiB)));
    WH_TRY(execDirect(db, QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmapBytes)));
    if (m_readOnly)
        return {};
    auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::Database, QStringLiteral("the store could not switch to WAL mode"),
                     mode->toString());
    WH_TRY(execDirect(db, QStringLiteral("PRAGMA synchronous = FULL")));
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Options &options)
{
    WH_TRY(checkFile(path, options));
    const bool existed = QFileInfo::exists(path);
    const QString baseName = QStringLiteral("wh-store-%1").arg(g_storeCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Store> store(new Store(QFileInfo(path).absoluteFilePath(), baseName, options));

    const QString name = baseName + QStringLiteral("-main");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        store->m_connections.insert(QThread::currentThread(), name);
        t_ownConnections.insert(name);
        db.setDatabaseName(store->m_path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return describeOpenFailure(sqlError(db.lastError(), path), path, existed);

        // Reading the schema touches the file: a damaged or foreign file fails here, before any write.
        SchemaManager schema(db, store->m_path, options.migrations);
        store->m_schema = schema.inspect();
        if (store->m_schema.outcome == SchemaOutcome::Failed) {
            Error e = store->m_schema.error;
            return describeOpenFailure(e, path, existed);
        }
        if (store->m_schema.outcome == SchemaOutcome::TooNew)
            return store->m_schema.error;
        if (options.readOnly && (store->m_schema.outcome == SchemaOutcome::Fresh ||
                                 store->m_schema.outcome == SchemaOutcome::Upgraded))
            return Error(
                ErrorCode::ReadOnly,
                QStringLiteral("the store needs creating or upgrading, which a read-only open cannot do"),
                path);
        if (auto status = store->configure(db); !status)
            return describeOpenFailure(status.error(), path, existed);
        if (!options.readOnly) {
            store->m_schema = schema.migrate(options.clock->nowMs());
            if (store->m_schema.outcome == SchemaOutcome::Failed)
                return store->m_schema.error;
        }
    }
    store->m_ready = true;
    logging::get("db")->info("opened store {} (schema {}, {})", store->m_path.toStdString(),
                             store->m_schema.resultVersion,
                             schemaOutcomeName(store->m_schema.outcome).toStdString());
    return store;
}

QSqlDatabase Store::connection()
{
    QThread *thread = QThread::currentThread();
    std::lock_guard lock(m_mutex);
    if (auto it = m_connections.find(thread); it != m_connections.end()) {
        if (t_ownConnections.contains(*it))
            return QSqlDatabase::database(*it, false);
        // Left by a finished thread that had the same address: forget it.
        QSqlDatabase::removeDatabase(*it);
        m_connections.erase(it);
    }
    const QString name =
        QStringLiteral("%1-t%2").arg(m_baseName).arg(g_threadConnectionCounter.fetchAndAddRelaxed(1) + 1);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_baseName + QStringLiteral("-main"), name);
    m_connections.insert(thread, name);
    t_ownConnections.insert(name);
    if (!db.open() || !configure(db))
        logging::get("db")->error("cannot open a connection to {} for a new thread", m_path.toStdString());
    return db;
}

void Store::releaseThreadConnection()
{
    QString name;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_connections.find(QThread::currentThread());
        if (it == m_connections.end() || *it == m_baseName + QStringLiteral("-main"))
            return;
        name = *it;
        m_connections.erase(it);
    }
    t_ownConnections.remove(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace wh::db
