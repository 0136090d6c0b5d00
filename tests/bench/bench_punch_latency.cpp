// Benchmark: a kiosk punch, from badge id to confirmation, over many punches.
//
//   punch path: PunchService::cardForBadge(badge) (who is it, what are they on) then
//               PunchService::punch(...) (rules, then the event + its outbox row in one durable
//               transaction); the clock stops when punch() returns: the kiosk shows the confirmation.
//               The service runs as in wh-kiosk (deferProjection): the punch intervals are derived
//               by settle() right after, while the confirmation is on screen. settle() runs after
//               every punch, untimed in the punch figure, and is timed on its own ("derive").
//   raw path:   one INSERT of the event row + one INSERT of its outbox row + COMMIT through the SQLite
//               C API with the same pragmas (WAL, synchronous=FULL), on a copy of the same store.
//
// Both run in one process on a demo warehouse (3 business days, 600 workers) so the tables and
// indexes have a realistic size, interleaved (punch i, then raw insert i) so that a busy moment of
// the machine weighs on both alike. The kiosk service runs all along, as at a site: after a
// worker's first tap it answers their card from memory (PunchService::memoStats() is printed). Prints p50,
// p90, p99 and max per punch (and of its two halves: the card after the tap, the punch after the choice), and
// the ratios punch/raw. Usage: bench_punch_latency [--count N] [--dir DIR]

#include "DemoWarehouse.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "PunchService.h"
#include "Store.h"
#include "UuidV7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace wh;

struct Percentiles {
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
    };
    return {at(0.50), at(0.90), at(0.99), ms.back()};
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    std::exit(1);
}

struct PunchTimes {
    std::vector<double> total;  // badge id -> card -> punch committed
    std::vector<double> card;   // badge id -> card
    std::vector<double> commit; // choice -> punch committed (the confirmation)
    std::vector<double> derive; // settle(): the intervals, after the confirmation
    std::vector<double> raw;    // the raw insert + commit of the same iteration
};

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        die(QStringLiteral("raw %1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

// The raw path: the event row and its outbox row through the SQLite C API, one durable commit.
class RawInsert {
public:
    explicit RawInsert(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr), m_db,
              "open");
        check(sqlite3_exec(m_db,
                           "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                           " PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456;",
                           nullptr, nullptr, nullptr),
              m_db, "pragmas");
        check(sqlite3_prepare_v2(
                  m_db,
                  "INSERT INTO events (id, device_id, sequence, kind, occurred_at_ms, "
                  "recorded_at_ms, payload) VALUES (?, 'S1-KIOSK-02', ?, 'punch.switch', ?, ?, ?)",
                  -1, &m_event, nullptr),
              m_db, "prepare");
        check(sqlite3_prepare_v2(m_db, "INSERT INTO outbox (event_id, enqueued_at_ms) VALUES (?, ?)", -1,
                                 &m_outbox, nullptr),
              m_db, "prepare");
        // Sequences continue after whatever the demo left for this kiosk.
        sqlite3_stmt *maxSeq = nullptr;
        check(sqlite3_prepare_v2(
                  m_db, "SELECT COALESCE(MAX(sequence), 0) FROM events WHERE device_id = 'S1-KIOSK-02'", -1,
                  &maxSeq, nullptr),
              m_db, "prepare");
        check(sqlite3_step(maxSeq), m_db, "max sequence");
        m_seq = sqlite3_column_int64(maxSeq, 0);
        sqlite3_finalize(maxSeq);
    }
    ~RawInsert()
    {
        sqlite3_finalize(m_event);
        sqlite3_finalize(m_outbox);
        sqlite3_close(m_db);
    }
    RawInsert(const RawInsert &) = delete;
    RawInsert &operator=(const RawInsert &) = delete;

    // One insert + commit; milliseconds.
    double run()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray id = uuidText(m_ids.next()).toLatin1();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        check(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), m_db, "begin");
        sqlite3_bind_text(m_event, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_event, 2, ++m_seq);
        sqlite3_bind_int64(m_event, 3, now);
        sqlite3_bind_int64(m_event, 4, now);
        sqlite3_bind_text(m_event, 5, m_payload.constData(), static_cast<int>(m_payload.size()),
                          SQLITE_STATIC);
        check(sqlite3_step(m_event), m_db, "insert event");
        sqlite3_reset(m_event);
        sqlite3_bind_text(m_outbox, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_outbox, 2, now);
        check(sqlite3_step(m_outbox), m_db, "insert outbox");
        sqlite3_reset(m_outbox);
        check(sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr), m_db, "commit");
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_event = nullptr;
    sqlite3_stmt *m_outbox = nullptr;
    sqlite3_int64 m_seq = 0;
    UuidV7Generator m_ids;
    const QByteArray m_payload = R"({"activity":"PIC-SGL-PICK","site":"S1","worker":"W00001"})";
};

// Punch i, then raw insert i: both paths see the same machine at the same moment (a busy disk or
// CPU slows both), on two copies of the same store so neither sees the other's writes.
PunchTimes run(const QString &path, const QString &rawPath, int count)
{
    auto opened = db::Store::open(path);
    if (!opened)
        die(opened.error().toString());
    auto store = std::move(opened).value();
    db::WorkerRepository workerRepo(*store);
    auto workers = workerRepo.all();
    if (!workers)
        die(workers.error().toString());
    db::PunchService::Options options;
    options.deferProjection = true; // as wh-kiosk runs it
    auto service = db::PunchService::open(*store, Clock::system(), QStringLiteral("S1-KIOSK-01"), options);
    if (!service)
        die(service.error().toString());
    RawInsert raw(rawPath);
    std::vector<QString> badges;
    for (const Worker &w : *workers)
        if (w.homeSiteCode == QLatin1String("S1"))
            badges.push_back(w.badgeId);
    const QString activities[] = {QStringLiteral("PIC-SGL-PICK"), QStringLiteral("PAC-SGL-PACK"),
                                  QStringLiteral("SHP-INS-SCAN")};
    PunchTimes times;
    QElapsedTimer timer;
    auto ms = [](qint64 ns) { return static_cast<double>(ns) / 1e6; };
    for (int i = 0; i < count; ++i) {
        const QString &badge = badges[static_cast<size_t>(i) % badges.size()];
        const int round = i / static_cast<int>(badges.size());
        timer.start();
        auto card = (*service)->cardForBadge(badge);
        if (!card)
            die(card.error().toString());
        const qint64 cardNs = timer.nsecsElapsed();
        auto outcome =
            (*service)->punch(card->worker.code, PunchAction::StartActivity, activities[round % 3]);
        const qint64 ns = timer.nsecsElapsed();
        if (!outcome || !outcome->event)
            die(outcome ? QStringLiteral("punch %1 recorded nothing").arg(i) : outcome.error().toString());
        times.total.push_back(ms(ns));
        times.card.push_back(ms(cardNs));
        times.commit.push_back(ms(ns - cardNs));
        timer.start();
        if (auto settled = (*service)->settle(); !settled)
            die(settled.error().toString());
        times.derive.push_back(ms(timer.nsecsElapsed()));
        times.raw.push_back(raw.run());
    }
    const auto &memo = (*service)->memoStats();
    std::printf("worker state: %lld taps from memory, %lld workers read from the store, %lld resets\n",
                static_cast<long long>(memo.hits), static_cast<long long>(memo.loads),
                static_cast<long long>(memo.resets));
    // Every punch was derived: one open interval per worker punched, on the last activity.
    QSqlQuery q(store->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM punch_intervals WHERE status = 'open' AND device_id = "
                               "'S1-KIOSK-01'")) ||
        !q.next())
        die(QStringLiteral("cannot count the derived intervals"));
    std::printf("derived: %lld open intervals at S1-KIOSK-01 after the run\n", q.value(0).toLongLong());
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::Options log;
    log.program = QStringLiteral("bench");
    log.level = QStringLiteral("warn");
    (void)logging::init(log);
    int count = 10000;
    QString dir = QDir::tempPath();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--count") && i + 1 < args.size())
            count = args[++i].toInt();
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_punch_latency [--count N] [--dir DIR]\n");
            return 2;
        }
    }
    if (count <= 0)
        die(QStringLiteral("--count must be positive"));
    QTemporaryDir temp(dir + QStringLiteral("/wh-bench-XXXXXX"));
    if (!temp.isValid())
        die(QStringLiteral("cannot create a temporary folder"));
    const QString path = temp.filePath(QStringLiteral("store.sqlite"));
    {
        auto store = db::Store::open(path);
        if (!store)
            die(store.error().toString());
        demo::DemoOptions options;
        options.days = 3;
        options.seed = 11;
        options.start = QDate::currentDate().addDays(-10);
        auto report = demo::generateDemo(**store, options, Clock::system());
        if (!report)
            die(report.error().toString());
        std::printf("bench_punch_latency: demo store with %lld punches over 3 days in %s\n",
                    static_cast<long long>(report->punchEvents), qPrintable(path));
    }
    // The raw path writes to a copy of the same store (same schema, indexes and size).
    const QString rawPath = temp.filePath(QStringLiteral("raw.sqlite"));
    if (!QFile::copy(path, rawPath))
        die(QStringLiteral("cannot copy the store to ") + rawPath);
    std::printf(
        "%d punches, badge id -> card -> punch committed (WAL, synchronous=FULL), each followed by a raw "
        "insert + commit on a copy of the store\n",
        count);
    std::fflush(stdout);
    const PunchTimes times = run(path, rawPath, count);
    const Percentiles punch = percentiles(times.total);
    const Percentiles card = percentiles(times.card);
    const Percentiles commit = percentiles(times.commit);
    const Percentiles derive = percentiles(times.derive);
    const Percentiles raw = percentiles(times.raw);
    auto line = [](const char *what, const Percentiles &p) {
        std::printf("%-34s p50 %.3f  p90 %.3f  p99 %.3f  max %.3f\n", what, p.p50, p.p90, p.p99, p.max);
    };
    line("punch path ms (badge -> confirmed):", punch);
    line("  card ms (badge -> card):", card);
    line("  commit ms (choice -> confirmed):", commit);
    line("derive ms (after the confirmation):", derive);
    line("raw insert+commit ms:", raw);
    std::printf("ratio punch/raw: p50 %.2f  p99 %.2f; commit/raw: p50 %.2f  p99 %.2f "
                "(goal: p99 <= 20 ms, ratio <= 1.5)\n",
                punch.p50 / raw.p50, punch.p99 / raw.p99, commit.p50 / raw.p50, commit.p99 / raw.p99);
    return 0;
}
