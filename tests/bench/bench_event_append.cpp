// Benchmark: appending punch events with a durable commit each.
//
//   store path: wh::db::EventStore::append() (Qt Sql, event + outbox row in one transaction,
//               per-device sequence looked up in the transaction, UUIDv7 id, JSON payload)
//   raw path:   the same statements through the SQLite C API on a store with the same schema and
//               the same pragmas (WAL, synchronous=FULL, foreign_keys=ON)
//
// Both run in the same process, one after the other, on fresh files in the same folder; the ratio
// is raw rate / store rate (how many times slower the store path is than the floor).
// Usage: bench_event_append [--count N] [--dir DIR]

#include "Event.h"
#include "EventStore.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "Store.h"
#include "UuidV7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace wh;

constexpr int kWorkers = 600;

PunchPayload payloadFor(int i)
{
    static const char *activities[] = {"A-PICK", "A-PACK", "A-SHIP", "A-BRK"};
    return {QStringLiteral("W%1").arg(i % kWorkers, 5, 10, QLatin1Char('0')), QStringLiteral("S1"),
            QLatin1String(activities[i % 4])};
}

EventKind kindFor(int i)
{
    return i % 4 == 3 ? EventKind::PunchBreak : EventKind::PunchSwitch;
}

// A store with the real schema and the master data the events refer to.
std::unique_ptr<db::Store> makeStore(const QString &path)
{
    auto opened = db::Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(opened.error().toString()));
        std::exit(1);
    }
    auto store = std::move(opened).value();
    db::DeviceRepository devices(*store);
    db::SiteRepository sites(*store);
    if (!sites.save({QStringLiteral("S1"), QStringLiteral("Bench site")}) ||
        !devices.save(
            {QStringLiteral("K1"), DeviceKind::Kiosk, QStringLiteral("S1"), QStringLiteral("Kiosk")})) {
        std::fprintf(stderr, "bench: cannot write master data\n");
        std::exit(1);
    }
    return store;
}

double runStore(const QString &path, int count)
{
    auto store = makeStore(path);
    db::EventStore events(*store);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        Event e;
        e.deviceId = QStringLiteral("K1");
        e.kind = kindFor(i);
        e.occurredAtMs = 1'790'000'000'000LL + i * 1000LL;
        e.payload = payloadFor(i).toJson();
        auto stored = events.append(std::move(e));
        if (!stored) {
            std::fprintf(stderr, "bench: store append failed: %s\n", qPrintable(stored.error().toString()));
            std::exit(1);
        }
    }
    return static_cast<double>(count) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "bench: raw %s failed: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

double runRaw(const QString &path, int count)
{
    makeStore(path).reset(); // same schema and master data, then closed
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db, "open");
    check(sqlite3_exec(db,
                       "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                           " PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456;"
                       " PRAGMA busy_timeout = 5000;",
                       nullptr, nullptr, nullptr),
          db, "pragmas");
    sqlite3_stmt *begin = nullptr;
    sqlite3_stmt *commit = nullptr;
    sqlite3_stmt *maxSeq = nullptr;
    sqlite3_stmt *insertEvent = nullptr;
    sqlite3_stmt *insertOutbox = nullptr;
    check(sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr), db, "prepare");
    check(sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr), db, "prepare");
    check(sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(sequence), 0) FROM events WHERE device_id = ?", -1,
                             &maxSeq, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO events (id, device_id, sequence, kind, occurred_at_ms, recorded_at_ms, "
              "payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
              -1, &insertEvent, nullptr),
          db, "prepare");
    check(sqlite3_prepare_v2(db, "INSERT INTO outbox (event_id, enqueued_at_ms) VALUES (?, ?)", -1,
                             &insertOutbox, nullptr),
          db, "prepare");

    UuidV7Generator ids;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        // The same work per event as the store path: an id, a JSON payload, the sequence lookup.
        const QByteArray id = uuidText(ids.next()).toLatin1();
        const QByteArray payload = QJsonDocument(payloadFor(i).toJson()).toJson(QJsonDocument::Compact);
        const QByteArray kind = eventKindName(kindFor(i)).toLatin1();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        check(sqlite3_step(begin), db, "begin");
        sqlite3_reset(begin);
        sqlite3_bind_text(maxSeq, 1, "K1", -1, SQLITE_STATIC);
        check(sqlite3_step(maxSeq), db, "max sequence");
        const sqlite3_int64 seq = sqlite3_column_int64(maxSeq, 0) + 1;
        sqlite3_reset(maxSeq);
        sqlite3_bind_text(insertEvent, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insertEvent, 2, "K1", -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertEvent, 3, seq);
        sqlite3_bind_text(insertEvent, 4, kind.constData(), static_cast<int>(kind.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insertEvent, 5, 1'790'000'000'000LL + i * 1000LL);
        sqlite3_bind_int64(insertEvent, 6, now);
        sqlite3_bind_text(insertEvent, 7, payload.constData(), static_cast<int>(payload.size()),
                          SQLITE_STATIC);
        check(sqlite3_step(insertEvent), db, "insert event");
        sqlite3_reset(insertEvent);
        sqlite3_bind_text(insertOutbox, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insertOutbox, 2, now);
        check(sqlite3_step(insertOutbox), db, "insert outbox");
        sqlite3_reset(insertOutbox);
        check(sqlite3_step(commit), db, "commit");
        sqlite3_reset(commit);
    }
    const double rate = static_cast<double>(count) / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
    for (sqlite3_stmt *s : {begin, commit, maxSeq, insertEvent, insertOutbox})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::Options log;
    log.program = QStringLiteral("bench");
    log.level = QStringLiteral("warn");
    (void)logging::init(log);
    int count = 100000;
    QString dir;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size()) {
            count = args[++i].toInt();
        } else if (args[i] == QLatin1String("--dir") && i + 1 < args.size()) {
            dir = args[++i];
        } else {
            std::fprintf(stderr, "usage: bench_event_append [--count N] [--dir DIR]\n");
            return 2;
        }
    }
    if (count <= 0) {
        std::fprintf(stderr, "bench: --count must be positive\n");
        return 2;
    }
    QTemporaryDir temp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/wh-bench-XXXXXX")
                                     : dir + QStringLiteral("/wh-bench-XXXXXX"));
    if (!temp.isValid()) {
        std::fprintf(stderr, "bench: cannot create a temporary folder\n");
        return 1;
    }
    std::printf(
        "bench_event_append: %d punch events, one durable commit each (WAL, synchronous=FULL), in %s\n",
        count, qPrintable(temp.path()));
    std::fflush(stdout);
    const double store = runStore(temp.filePath(QStringLiteral("store.sqlite")), count);
    std::printf("store path (EventStore::append): %.0f events/s\n", store);
    std::fflush(stdout);
    const double raw = runRaw(temp.filePath(QStringLiteral("raw.sqlite")), count);
    std::printf("raw SQLite C API, same statements: %.0f events/s\n", raw);
    std::printf("ratio raw/store: %.2f (store path takes %.2fx the time of the raw path)\n", raw / store,
                raw / store);
    return 0;
}
