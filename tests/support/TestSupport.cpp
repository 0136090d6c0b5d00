#include "TestSupport.h"

#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace wh::test {

TemporaryStore::TemporaryStore(const Clock &clock, const QString &fileName)
    : m_fileName(fileName)
{
    reopen(clock);
}

TemporaryStore::TemporaryStore(const QString &fileName)
    : TemporaryStore(Clock::system(), fileName)
{
}

bool TemporaryStore::reopen(const Clock &clock)
{
    m_store.reset();
    db::Store::Options options;
    options.clock = &clock;
    auto opened = db::Store::open(path(), options);
    if (!opened) {
        m_error = opened.error().toString();
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

QString sharedDataDir()
{
    const QByteArray env = qgetenv("WH_SHARED_DATA");
    return env.isEmpty() ? QStringLiteral("../shared/data") : QString::fromLocal8Bit(env);
}

bool barcodeCorpusPresent()
{
    return QFile::exists(sharedDataDir() + QStringLiteral("/barcodes/photos/truth.tsv"));
}

QByteArray contentDigest(db::Store &store, const QStringList &skipTables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QSqlDatabase db = store.connection();
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        if (skipTables.contains(table))
            continue;
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // Order by every column: independent of insertion order and of rowid.
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList cols;
        while (columns.next())
            cols << columns.value(0).toString();
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, cols.join(QLatin1Char(','))));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace wh::test

namespace wh::test {

QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                          "AND sql IS NOT NULL ORDER BY type, name"));
    while (q.next())
        out << QStringLiteral("%1 %2: %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString().simplified());
    return out;
}

std::vector<db::Migration> builtinsPlus(const std::vector<db::Migration> &extra)
{
    std::vector<db::Migration> all = db::builtinMigrations();
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
}

std::vector<db::Migration> firstBuiltins(int count)
{
    const auto &all = db::builtinMigrations();
    return {all.begin(), all.begin() + std::min<qsizetype>(count, static_cast<qsizetype>(all.size()))};
}

qint64 tokyoMs(const QDate &date, int hour, int minute, int second)
{
    return QDateTime(date, QTime(hour, minute, second), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
}

Status insertDailySummary(db::Store &store, const SummaryRow &row)
{
    auto q = db::prepare(
        store.connection(),
        QStringLiteral("INSERT INTO daily_summaries (site, business_day, activity, employment_type, "
                       "units, direct_s, indirect_s, break_s, deducted_s, paid_s, base_yen, "
                       "premium_yen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant &v : QVariantList{row.site, row.day.toString(Qt::ISODate), row.activity,
                                          row.employmentType, row.units, row.directS, row.indirectS,
                                          row.breakS, row.deductedS, row.paidS, row.baseYen, row.premiumYen})
        q->addBindValue(v);
    return db::exec(*q, QStringLiteral("daily summary of ") + row.activity);
}

Status seedSmallWarehouse(db::Store &store)
{
    db::SiteRepository sites(store);
    db::EmploymentRepository employment(store);
    db::ActivityRepository activities(store);
    db::WorkerRepository workers(store);
    db::DeviceRepository devices(store);
    db::Transaction tx(store.connection());
    WH_TRY(tx.begun());
    WH_TRY(sites.save({QStringLiteral("S1"), QStringLiteral("東京第一センター"), "Asia/Tokyo", 5 * 60}));
    WH_TRY(sites.save({QStringLiteral("S2"), QStringLiteral("UTC test site"), "UTC", 0}));
    WH_TRY(
        employment.saveType({QStringLiteral("PT"), QStringLiteral("パート"), QStringLiteral("Part-timer")}));
    WH_TRY(
        employment.saveType({QStringLiteral("FT"), QStringLiteral("正社員"), QStringLiteral("Full-time")}));
    WH_TRY(employment.saveWageRate({QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 1, 1), 1100}));
    WH_TRY(employment.saveWageRate({QStringLiteral("PT"), QStringLiteral("S1"), QDate(2026, 10, 1), 1150}));
    WH_TRY(employment.saveWageRate({QStringLiteral("FT"), QStringLiteral("S1"), QDate(2026, 1, 1), 2000}));
    WH_TRY(employment.saveWageRate({QStringLiteral("PT"), QStringLiteral("S2"), QDate(2026, 1, 1), 1000}));
    WH_TRY(activities.saveBlock(
        {QStringLiteral("PIC"), QStringLiteral("ピッキング"), QStringLiteral("Picking"), 1}));
    WH_TRY(
        activities.saveBlock({QStringLiteral("IND"), QStringLiteral("間接"), QStringLiteral("Indirect"), 2}));
    WH_TRY(activities.saveSection({QStringLiteral("PIC-SGL"), QStringLiteral("PIC"),
                                   QStringLiteral("シングル"), QStringLiteral("Single"), 1}));
    WH_TRY(activities.saveSection({QStringLiteral("IND-GEN"), QStringLiteral("IND"), QStringLiteral("一般"),
                                   QStringLiteral("General"), 1}));
    WH_TRY(activities.saveActivity({QStringLiteral("PICK"), QStringLiteral("PIC-SGL"),
                                    QStringLiteral("ピッキング"), QStringLiteral("Picking"),
                                    ActivityKind::Direct, 100.0, 1, true}));
    WH_TRY(activities.saveActivity({QStringLiteral("CART"), QStringLiteral("PIC-SGL"),
                                    QStringLiteral("カート準備"), QStringLiteral("Cart preparation"),
                                    ActivityKind::Direct, 60.0, 2, true}));
    WH_TRY(activities.saveActivity({QStringLiteral("MEET"), QStringLiteral("IND-GEN"), QStringLiteral("朝礼"),
                                    QStringLiteral("Morning meeting"), ActivityKind::Indirect, std::nullopt,
                                    1, true}));
    WH_TRY(
        activities.saveActivity({QStringLiteral("LUNCH"), QStringLiteral("IND-GEN"), QStringLiteral("昼休憩"),
                                 QStringLiteral("Lunch break"), ActivityKind::Break, std::nullopt, 2, true}));
    Worker w1{QStringLiteral("W001"),
              QStringLiteral("山田 太郎"),
              QStringLiteral("B001"),
              QString(),
              QStringLiteral("S1"),
              true,
              {{QDate(2025, 4, 1), QStringLiteral("PT")},
               {QDate::fromString(QLatin1String(SmallWarehouse::kPromotionDate), Qt::ISODate),
                QStringLiteral("FT")}}};
    Worker w2{QStringLiteral("W002"),
              QStringLiteral("佐藤 花子"),
              QStringLiteral("B002"),
              QString(),
              QStringLiteral("S1"),
              true,
              {{QDate(2024, 1, 1), QStringLiteral("FT")}}};
    Worker w3{QStringLiteral("W003"),
              QStringLiteral("Smith"),
              QStringLiteral("B003"),
              QString(),
              QStringLiteral("S2"),
              true,
              {{QDate(2026, 1, 1), QStringLiteral("PT")}}};
    WH_TRY(workers.save(w1));
    WH_TRY(workers.save(w2));
    WH_TRY(workers.save(w3));
    WH_TRY(devices.save(
        {QStringLiteral("K1"), DeviceKind::Kiosk, QStringLiteral("S1"), QStringLiteral("Kiosk 1")}));
    WH_TRY(devices.save(
        {QStringLiteral("H1"), DeviceKind::Handheld, QStringLiteral("S1"), QStringLiteral("HT 1")}));
    WH_TRY(devices.save(
        {QStringLiteral("K2"), DeviceKind::Kiosk, QStringLiteral("S2"), QStringLiteral("Kiosk 2")}));
    return tx.commit();
}

Event punchEvent(const QString &deviceId, EventKind kind, const QString &worker, const QString &site,
                 const QString &activity, qint64 atMs)
{
    Event e;
    e.deviceId = deviceId;
    e.kind = kind;
    e.occurredAtMs = atMs;
    e.payload = PunchPayload{worker, site, activity}.toJson();
    return e;
}

Event unitsEvent(const QString &deviceId, const QString &worker, const QString &site, const QString &activity,
                 qint64 quantity, qint64 atMs)
{
    Event e;
    e.deviceId = deviceId;
    e.kind = EventKind::UnitsCounted;
    e.occurredAtMs = atMs;
    e.payload =
        UnitsPayload{worker, site, activity, quantity, QString(), UnitsPayload::Source::Workflow, {}, {}, {}}
            .toJson();
    return e;
}

std::function<Status(db::EventStore::FaultPoint)> FailAfter::injector() const
{
    return [passes = passes, code = code, calls = calls](db::EventStore::FaultPoint) -> Status {
        if ((*calls)++ < passes)
            return {};
        return Error(code, QStringLiteral("injected failure between the event and its outbox row"));
    };
}

qint64 rowCount(db::Store &store, const QString &table, const QString &where)
{
    QSqlQuery q(store.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 pendingOutboxRows(db::Store &store, const QString &deviceId)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events e JOIN outbox o ON o.event_id = e.id "
                             "WHERE e.device_id = ? AND o.sent_at_ms IS NULL"));
    q.addBindValue(deviceId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace wh::test
