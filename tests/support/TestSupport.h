#pragma once

#include "Clock.h"
#include "Event.h"
#include "EventStore.h"
#include "MasterData.h"
#include "Result.h"
#include "SchemaManager.h"
#include "Store.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace wh::test {

// The mock clock of the tests: a ManualClock that starts at a fixed, documented instant
// (2026-11-02 00:00 UTC = 09:00 in Tokyo, a Monday) unless told otherwise.
class MockClock final : public Clock {
public:
    static constexpr qint64 kDefaultStart = 1793577600000LL;
    explicit MockClock(qint64 startMs = kDefaultStart)
        : m_inner(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_inner.nowMs(); }
    void set(qint64 ms) { m_inner.set(ms); }
    void advance(qint64 ms) { m_inner.advance(ms); }

private:
    ManualClock m_inner;
};

// A real SQLite store file in a fresh temporary folder, removed with the object.
class TemporaryStore {
public:
    explicit TemporaryStore(const Clock &clock, const QString &fileName = QStringLiteral("store.sqlite"));
    explicit TemporaryStore(const QString &fileName = QStringLiteral("store.sqlite"));

    [[nodiscard]] bool ok() const { return m_store != nullptr; }
    [[nodiscard]] QString errorText() const { return m_error; }
    db::Store &store() { return *m_store; }
    [[nodiscard]] QString path() const { return m_dir.filePath(m_fileName); }
    [[nodiscard]] QString dirPath() const { return m_dir.path(); }
    // Closes the store (the file stays until the object goes).
    void close() { m_store.reset(); }
    // Opens it again with the default options.
    bool reopen(const Clock &clock);

private:
    QTemporaryDir m_dir;
    QString m_fileName;
    std::unique_ptr<db::Store> m_store;
    QString m_error;
};

// A directory with the shared test data (../shared/data), from WH_SHARED_DATA.
[[nodiscard]] QString sharedDataDir();
// Whether the barcode photo corpus (sharedDataDir()/barcodes/photos/truth.tsv) is there. The tests
// that read it skip, saying where they looked, on a machine that has no copy of ../shared/data.
[[nodiscard]] bool barcodeCorpusPresent();

// SHA-256 of every row of every table (in primary-key order), for "is the store the same" checks.
[[nodiscard]] QByteArray contentDigest(db::Store &store, const QStringList &skipTables = {});

// SHA-256 of a file's bytes.
[[nodiscard]] QByteArray fileDigest(const QString &path);

// The schema as SQLite keeps it: "type name: sql" for every table, index and trigger (not SQLite's
// own), sorted by name. Two stores with the same list have the same schema.
[[nodiscard]] QStringList schemaOf(const QSqlDatabase &db);

// The built-in migrations followed by `extra` (synthetic steps on top, for upgrade and failure
// tests), or only the first `count` built-ins (a file "at version count").
[[nodiscard]] std::vector<db::Migration> builtinsPlus(const std::vector<db::Migration> &extra);
[[nodiscard]] std::vector<db::Migration> firstBuiltins(int count);

// UTC ms of a wall-clock time in Tokyo (the demo's and the small warehouse's zone).
[[nodiscard]] qint64 tokyoMs(const QDate &date, int hour, int minute, int second = 0);

// A small, known warehouse for repository, event and report tests:
//  sites     S1 "東京第一センター" Asia/Tokyo, day starts 05:00; S2 "UTC test site" UTC, day starts 00:00
//  types     PT (パート), FT (正社員); wages PT@S1 1100 from 2026-01-01 and 1150 from 2026-10-01,
//            FT@S1 2000 from 2026-01-01, PT@S2 1000 from 2026-01-01
//  tree      block PIC > section PIC-SGL > PICK (direct, 100/h), CART (direct, 60/h);
//            block IND > section IND-GEN > MEET (indirect), LUNCH (break)
//  workers   W001 山田 太郎 badge B001 PT, FT from 2026-11-15 (a promotion mid-month), home S1;
//            W002 佐藤 花子 badge B002 FT, home S1; W003 Smith badge B003 PT, home S2
//  devices   K1 (kiosk S1), H1 (handheld S1), K2 (kiosk S2)
struct SmallWarehouse {
    static constexpr const char *kPromotionDate = "2026-11-15";
};
[[nodiscard]] Status seedSmallWarehouse(db::Store &store);

// One hand-made daily_summaries row, for the queries' tests (their roll-ups follow with
// reports::SummaryBuilder::rebuildRollups()). Seconds and yen as the columns hold them.
struct SummaryRow {
    QString site;
    QDate day;
    QString activity;
    QString employmentType;
    qint64 units = 0;
    qint64 directS = 0;
    qint64 indirectS = 0;
    qint64 breakS = 0;
    qint64 deductedS = 0;
    qint64 paidS = 0;
    qint64 baseYen = 0;
    qint64 premiumYen = 0;
};
[[nodiscard]] Status insertDailySummary(db::Store &store, const SummaryRow &row);

// Events for the small warehouse (null id: the store assigns one).
[[nodiscard]] Event punchEvent(const QString &deviceId, EventKind kind, const QString &worker,
                               const QString &site, const QString &activity, qint64 atMs);
[[nodiscard]] Event unitsEvent(const QString &deviceId, const QString &worker, const QString &site,
                               const QString &activity, qint64 quantity, qint64 atMs);

// A fault injector for EventStore that lets `passes` appends through and then fails every call
// with `code` (a failing device between the event row and its outbox row). `calls` counts calls.
struct FailAfter {
    int passes = 0;
    ErrorCode code = ErrorCode::Io;
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    [[nodiscard]] std::function<Status(db::EventStore::FaultPoint)> injector() const;
};

// Row count of `table` (or -1 when it cannot be read).
[[nodiscard]] qint64 rowCount(db::Store &store, const QString &table, const QString &where = {});

// Outbox rows not yet sent of the events `deviceId` recorded (or -1 when they cannot be read); the
// tests' own count, written apart from the code they check.
[[nodiscard]] qint64 pendingOutboxRows(db::Store &store, const QString &deviceId);

} // namespace wh::test
