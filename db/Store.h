#pragma once

#include "Clock.h"
#include "Result.h"
#include "SchemaManager.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <mutex>

class QThread;

namespace wh::db {

// The site's local store: one SQLite file in WAL mode with foreign keys on.
//
// Durability: synchronous=FULL on every connection. In WAL mode NORMAL would be safe against
// corruption but could lose the last commits on a power cut, and a kiosk punch that was confirmed
// to a worker must survive one; the cost is one fsync per commit (see tests/bench).
//
// One connection per thread: connection() opens a clone for the calling thread on first use.
// Repositories take a Store& and must be used on one thread and destroyed before the Store.
class Store {
public:
    struct Options {
        bool create = true;    // create the file when it does not exist
        bool readOnly = false; // open without writing (no migration, no WAL switch)
        const Clock *clock = &Clock::system();
        std::vector<Migration> migrations = builtinMigrations();
        // Memory of each connection (one per thread): SQLite's page cache and its memory-mapped
        // reads. The defaults suit a program with one or two connections that walks large indexes
        // (a kiosk, `wh`); a program with a connection per page (wh-manager) takes less each.
        int cacheKiB = 32768;
        qint64 mmapBytes = 268435456;
    };

    // Opens (and creates or migrates) the store at `path`. Errors name the file and leave it as it
    // was: not an SQLite file, a schema too new, a folder that cannot be written, a full disk.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path, const Options &options);
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path)
    {
        return open(path, Options{});
    }

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The connection of the calling thread.
    [[nodiscard]] QSqlDatabase connection();
    // Closes and forgets the calling thread's connection (not the one Store::open() made). A worker
    // thread calls it before it ends: a connection can only be closed on its own thread, so the
    // destructor cannot close it. Repositories of that thread must be gone by then.
    void releaseThreadConnection();
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const SchemaReport &schemaReport() const { return m_schema; }
    [[nodiscard]] const Clock &clock() const { return *m_clock; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }

private:
    Store(QString path, QString baseName, const Options &options);
    [[nodiscard]] Status configure(QSqlDatabase &db) const;

    QString m_path;
    QString m_baseName;
    bool m_readOnly;
    int m_cacheKiB;
    qint64 m_mmapBytes;
    const Clock *m_clock;
    SchemaReport m_schema;
    bool m_ready = false; // opened and migrated
    std::mutex m_mutex;
    QHash<QThread *, QString> m_connections;
};

} // namespace wh::db
