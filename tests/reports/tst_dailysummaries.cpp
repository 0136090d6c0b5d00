// Daily summaries: golden numbers on a hand-computed fixture, and "a dirty rebuild gives exactly
// what a full rebuild gives" after random further punches and units.
#include "DailySummaries.h"
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <random>

using namespace wh;

namespace {

const QDate D(2026, 11, 2); // a Monday; W001 is PT (1,150 yen/h at S1 from 1 Oct) until 15 Nov, then FT

qint64 at(int dayOffset, int h, int m)
{
    return test::tokyoMs(D.addDays(dayOffset), h, m);
}

QStringList rowsOf(db::Store &store, const QString &table)
{
    QSqlQuery q(store.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(table)))
        return {QStringLiteral("error")};
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestDailySummaries : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    db::Store &store() { return m_tmp->store(); }

    Event punch(const char *device, EventKind kind, const char *worker, const char *activity, qint64 ms)
    {
        return test::punchEvent(QString::fromLatin1(device), kind, QString::fromLatin1(worker),
                                QString::fromLatin1(device).startsWith(QLatin1String("K2"))
                                    ? QStringLiteral("S2")
                                    : QStringLiteral("S1"),
                                QString::fromLatin1(activity), ms);
    }

    void append(std::vector<Event> events)
    {
        db::EventStore log(store());
        auto stored = log.appendAll(std::move(events));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        db::EventProjector projector(store());
        auto caught = projector.catchUp();
        QVERIFY2(caught.ok(), qPrintable(caught.ok() ? QString() : caught.error().toString()));
        QCOMPARE(caught->rejectedEvents, 0);
    }

    // One summary row as "units direct indirect break deducted paid overtime latenight base premium".
    QString row(const QDate &day, const char *activity, const char *type)
    {
        QSqlQuery q(store().connection());
        q.prepare(
            QStringLiteral("SELECT units, direct_s, indirect_s, break_s, deducted_s, paid_s, overtime_s, "
                           "late_night_s, base_yen, premium_yen FROM daily_summaries WHERE site = 'S1' AND "
                           "business_day = ? AND activity = ? AND employment_type = ?"));
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(QString::fromLatin1(activity));
        q.addBindValue(QString::fromLatin1(type));
        if (!q.exec() || !q.next())
            return QStringLiteral("no row");
        QStringList f;
        for (int i = 0; i < 10; ++i)
            f << q.value(i).toString();
        return f.join(QLatin1Char(' '));
    }

    // The roll-ups are exactly the sums of the daily_summaries rows under them.
    void checkRollups()
    {
        const QString sums =
            QStringLiteral("SUM(units), SUM(direct_s), SUM(indirect_s), SUM(break_s), SUM(paid_s), "
                           "SUM(forgotten_s), SUM(base_yen), SUM(premium_yen)");
        QCOMPARE(
            rowsOf(store(), QStringLiteral("daily_activity_summaries")),
            rowsOf(store(), QStringLiteral("(SELECT site, business_day, activity, %1 FROM daily_summaries "
                                           "GROUP BY site, business_day, activity)")
                                .arg(sums)));
        QCOMPARE(rowsOf(store(), QStringLiteral("monthly_summaries")),
                 rowsOf(store(),
                        QStringLiteral("(SELECT site, substr(business_day, 1, 7), activity, %1 FROM "
                                       "daily_summaries GROUP BY site, substr(business_day, 1, 7), activity)")
                            .arg(sums)));
        QVERIFY(test::rowCount(store(), QStringLiteral("daily_activity_summaries")) > 0);
        // The index by worker is there after every rebuild (a full one builds it again at the end).
        QSqlQuery q(store().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                                      "'worker_daily_by_worker'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>(at(20, 12, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
        QVERIFY(db::execDirect(
                    store().connection(),
                    QStringLiteral("INSERT INTO site_labor_rules (site, premiums_enabled) VALUES ('S1', 1)"))
                    .ok());
        std::vector<Event> events = {
            // W002 (FT, 2,000 yen/h), day D, no break punch: 08:00 meeting, 08:30-18:30 picking.
            punch("K1", EventKind::PunchClockIn, "W002", "MEET", at(0, 8, 0)),
            punch("K1", EventKind::PunchSwitch, "W002", "PICK", at(0, 8, 30)),
            test::unitsEvent(QStringLiteral("H1"), QStringLiteral("W002"), QStringLiteral("S1"),
                             QStringLiteral("PICK"), 900, at(0, 18, 0)),
            punch("K1", EventKind::PunchClockOut, "W002", "", at(0, 18, 30)),
            // W001 (PT, 1,150 yen/h), night shift of day D: 21:00-01:00 picking, 01:00-02:00 lunch,
            // 02:00-06:00 picking.
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(0, 21, 0)),
            punch("K1", EventKind::PunchBreak, "W001", "LUNCH", at(1, 1, 0)),
            punch("K1", EventKind::PunchSwitch, "W001", "PICK", at(1, 2, 0)),
            test::unitsEvent(QStringLiteral("H1"), QStringLiteral("W001"), QStringLiteral("S1"),
                             QStringLiteral("PICK"), 1000, at(1, 5, 30)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(1, 6, 0)),
            // W001 after the promotion (FT from 15 Nov): 16 Nov 09:00-14:00 picking, no break (5 h).
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(14, 9, 0)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(14, 14, 0)),
        };
        append(std::move(events));
        // A manual entry for a team on day D.
        UnitsPayload team;
        team.siteCode = QStringLiteral("S1");
        team.activityCode = QStringLiteral("PICK");
        team.team = QStringLiteral("A班");
        team.quantity = 50;
        team.source = UnitsPayload::Source::Manual;
        team.enteredBy = QStringLiteral("leader");
        team.businessDay = D;
        Event e;
        e.deviceId = QStringLiteral("K1");
        e.kind = EventKind::UnitsCounted;
        e.occurredAtMs = at(3, 10, 0); // entered three days later: counts for D all the same
        e.payload = team.toJson();
        append({e});
    }

    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void golden()
    {
        reports::SummaryBuilder builder(store());
        auto stats = builder.rebuildAll();
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().toString()));
        QCOMPARE(stats->uncostedDays, 0);
        QCOMPARE(stats->missingWages, 0);
        // Columns: units direct indirect break deducted paid overtime late-night base-yen premium-yen.
        //
        // W002, FT 2,000 yen/h, D: meeting 08:00-08:30 (1,800 s indirect), picking 08:30-18:30
        // (36,000 s direct). Work 10.5 h > 8 h and no break punch: 60 min (3,600 s) deducted, all
        // from the only direct interval: picking paid 32,400 s. Paid so far after the meeting
        // 1,800 s; overtime = 1,800 + 32,400 - 28,800 = 5,400 s, all in picking. No late night.
        //   picking base   = 32,400 x 2,000 / 3,600 = 18,000 yen
        //   picking premium = 5,400 x 2,000 x 25 % / 3,600 = 750 yen
        //   meeting base   = 1,800 x 2,000 / 3,600 = 1,000 yen
        QCOMPARE(row(D, "PICK", "FT"), QStringLiteral("900 36000 0 0 3600 32400 5400 0 18000 750"));
        QCOMPARE(row(D, "MEET", "FT"), QStringLiteral("0 0 1800 0 0 1800 0 0 1000 0"));
        // W001, PT 1,150 yen/h (the 1 Oct rate), night shift of D (started 21:00, so business day D):
        // picking 21:00-01:00 and 02:00-06:00 = 28,800 s; lunch punched 01:00-02:00, so nothing is
        // deducted; paid 8 h exactly: no overtime (only time beyond 8 h). Late night 22:00-05:00:
        // 22:00-01:00 (10,800 s) + 02:00-05:00 (10,800 s) = 21,600 s.
        //   base    = 28,800 x 1,150 / 3,600 = 9,200 yen
        //   premium = 21,600 x 1,150 x 25 % / 3,600 = 1,725 yen
        QCOMPARE(row(D, "PICK", "PT"), QStringLiteral("1000 28800 0 0 0 28800 0 21600 9200 1725"));
        QCOMPARE(row(D, "LUNCH", "PT"), QStringLiteral("0 0 0 3600 0 0 0 0 0 0"));
        // The team's manual entry: units on employment type '' (not a person's), no hours.
        QCOMPARE(row(D, "PICK", ""), QStringLiteral("50 0 0 0 0 0 0 0 0 0"));
        // W001 after the promotion: FT at 2,000 yen/h, 09:00-14:00 (18,000 s, 5 h: under 6 h, no
        // deduction): 18,000 x 2,000 / 3,600 = 10,000 yen.
        QCOMPARE(row(D.addDays(14), "PICK", "FT"), QStringLiteral("0 18000 0 0 0 18000 0 0 10000 0"));
        QCOMPARE(row(D.addDays(14), "PICK", "PT"), QStringLiteral("no row"));

        // Per worker: units and paid seconds, never a cost; breaks are not a worker row.
        const QStringList workers = rowsOf(store(), QStringLiteral("worker_daily"));
        QCOMPARE(workers, QStringList({QStringLiteral("S1|2026-11-02|MEET|W002|0|1800"),
                                       QStringLiteral("S1|2026-11-02|PICK|W001|1000|28800"),
                                       QStringLiteral("S1|2026-11-02|PICK|W002|900|32400"),
                                       QStringLiteral("S1|2026-11-16|PICK|W001|0|18000")}));
        QCOMPARE(test::rowCount(store(), QStringLiteral("summary_dirty")), 0);
        // The month's totals are the sums of its days: picking in November at S1 over both types and
        // the team: units 900 + 1,000 + 50, direct 36,000 + 28,800 + 18,000 s, yen 18,000 + 9,200 +
        // 10,000 base and 750 + 1,725 premium.
        QSqlQuery m(store().connection());
        QVERIFY(m.exec(QStringLiteral(
                    "SELECT units, direct_s, base_yen, premium_yen FROM monthly_summaries WHERE "
                    "site = 'S1' AND month = '2026-11' AND activity = 'PICK'")) &&
                m.next());
        QCOMPARE(m.value(0).toLongLong(), 1950);
        QCOMPARE(m.value(1).toLongLong(), 82800);
        QCOMPARE(m.value(2).toLongLong(), 37200);
        QCOMPARE(m.value(3).toLongLong(), 2475);

        // Idempotent: a second full rebuild and a dirty one with nothing dirty change nothing.
        const QStringList summaries = rowsOf(store(), QStringLiteral("daily_summaries"));
        QVERIFY(builder.rebuildAll().ok());
        QCOMPARE(rowsOf(store(), QStringLiteral("daily_summaries")), summaries);
        auto none = builder.rebuildDirty();
        QVERIFY(none.ok());
        QCOMPARE(none->days, 0);
        QCOMPARE(rowsOf(store(), QStringLiteral("daily_summaries")), summaries);
    }

    // Roll-ups after a full rebuild, and the full rebuild with reader threads (the default on a
    // WAL file store) gives the rows it gives on the caller's thread alone.
    void rollupsAndReaderThreads()
    {
        reports::SummaryBuilder builder(store());
        QVERIFY(builder.rebuildAll().ok());
        checkRollups();
        QStringList tables = {QStringLiteral("daily_summaries"), QStringLiteral("worker_daily"),
                              QStringLiteral("daily_activity_summaries"),
                              QStringLiteral("monthly_summaries")};
        std::vector<QStringList> threaded;
        for (const QString &t : tables)
            threaded.push_back(rowsOf(store(), t));
        for (int readers : {0, 1, 3}) {
            builder.setReaderThreads(readers);
            auto stats = builder.rebuildAll();
            QVERIFY(stats.ok());
            QVERIFY(stats->days > 0);
            for (size_t i = 0; i < tables.size(); ++i)
                QCOMPARE(rowsOf(store(), tables[i]), threaded[i]);
        }
        // A caller's statement still reading on the connection: the index cannot be dropped, so it
        // is kept row by row, and the rows are the same.
        QSqlQuery open(store().connection());
        QVERIFY(open.exec(QStringLiteral("SELECT * FROM workers")) && open.next());
        builder.setReaderThreads(2);
        QVERIFY(builder.rebuildAll().ok());
        open.finish();
        for (size_t i = 0; i < tables.size(); ++i)
            QCOMPARE(rowsOf(store(), tables[i]), threaded[i]);
        checkRollups();
    }

    // Random further punches and units, then a dirty rebuild: row for row what a full one gives.
    void dirtyEqualsFull()
    {
        reports::SummaryBuilder builder(store());
        QVERIFY(builder.rebuildAll().ok());
        std::mt19937 rng(20261121);
        const char *acts[] = {"PICK", "CART", "MEET"};
        for (int round = 0; round < 5; ++round) {
            std::vector<Event> events;
            // A few more days, each a day shift per worker with random switches and a random break.
            const int dayOffset = 2 + static_cast<int>(rng() % 10);
            for (const char *worker : {"W001", "W002"}) {
                qint64 t = at(dayOffset, 7 + static_cast<int>(rng() % 3), static_cast<int>(rng() % 60));
                if (test::rowCount(
                        store(), QStringLiteral("punch_intervals"),
                        QStringLiteral("WHERE worker = '%1' AND business_day = '%2'")
                            .arg(QLatin1String(worker), D.addDays(dayOffset).toString(Qt::ISODate))) > 0)
                    continue; // that day is worked already
                events.push_back(punch("K1", EventKind::PunchClockIn, worker, acts[rng() % 3], t));
                const int switches = 1 + static_cast<int>(rng() % 6);
                for (int s = 0; s < switches; ++s) {
                    t += (20 + static_cast<qint64>(rng() % 180)) * 60 * 1000;
                    if (rng() % 4 == 0)
                        events.push_back(punch("K1", EventKind::PunchBreak, worker, "LUNCH", t));
                    else
                        events.push_back(punch("K1", EventKind::PunchSwitch, worker, acts[rng() % 2], t));
                    if (rng() % 2 == 0)
                        events.push_back(test::unitsEvent(QStringLiteral("H1"), QString::fromLatin1(worker),
                                                          QStringLiteral("S1"), QStringLiteral("PICK"),
                                                          1 + static_cast<qint64>(rng() % 300), t + 60000));
                }
                t += (30 + static_cast<qint64>(rng() % 300)) * 60 * 1000;
                events.push_back(punch("K1", EventKind::PunchClockOut, worker, "", t));
            }
            std::stable_sort(events.begin(), events.end(),
                             [](const Event &a, const Event &b) { return a.occurredAtMs < b.occurredAtMs; });
            append(std::move(events));
            QVERIFY(test::rowCount(store(), QStringLiteral("summary_dirty")) > 0 || round > 0);
            auto dirty = builder.rebuildDirty();
            QVERIFY2(dirty.ok(), qPrintable(dirty.ok() ? QString() : dirty.error().toString()));
            QCOMPARE(test::rowCount(store(), QStringLiteral("summary_dirty")), 0);
            const QStringList afterDirty = rowsOf(store(), QStringLiteral("daily_summaries"));
            const QStringList workersAfterDirty = rowsOf(store(), QStringLiteral("worker_daily"));
            const QStringList monthsAfterDirty = rowsOf(store(), QStringLiteral("monthly_summaries"));
            const QStringList activitiesAfterDirty =
                rowsOf(store(), QStringLiteral("daily_activity_summaries"));
            checkRollups();
            QVERIFY(builder.rebuildAll().ok());
            QCOMPARE(afterDirty, rowsOf(store(), QStringLiteral("daily_summaries")));
            QCOMPARE(workersAfterDirty, rowsOf(store(), QStringLiteral("worker_daily")));
            QCOMPARE(monthsAfterDirty, rowsOf(store(), QStringLiteral("monthly_summaries")));
            QCOMPARE(activitiesAfterDirty, rowsOf(store(), QStringLiteral("daily_activity_summaries")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDailySummaries)
#include "tst_dailysummaries.moc"
