// Corrections on the demo warehouse: each is an event (the audit trail), changes the intervals,
// marks its keys dirty; a dirty rebuild then gives, row for row, what a full rebuild gives.
// Bad corrections are refused with nothing recorded.
#include "Corrections.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <random>

using namespace wh;

namespace {

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

struct Target {
    QUuid id;
    QString worker;
    QString site;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace

class TestCorrections : public QObject {
    Q_OBJECT

    test::MockClock m_clock{test::tokyoMs(QDate(2026, 11, 10), 12, 0)};
    std::unique_ptr<test::TemporaryStore> m_tmp;

    db::Store &store() { return m_tmp->store(); }

    std::vector<Target> closedIntervals(const QString &where)
    {
        std::vector<Target> out;
        QSqlQuery q(store().connection());
        if (!q.exec(QStringLiteral("SELECT start_event_id, worker, site, start_ms, end_ms FROM punch_intervals p "
                                   "JOIN activities a ON a.code = p.activity WHERE status = 'closed' ") +
                    where + QStringLiteral(" ORDER BY start_event_id")))
            return out;
        while (q.next())
            out.push_back({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toLongLong()});
        return out;
    }

private slots:
    void initTestCase()
    {
        m_tmp = std::make_unique<test::TemporaryStore>(m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        demo::DemoOptions options;
        options.days = 6;
        options.workers = 60;
        options.punchesPerDay = 600;
        options.seed = 5;
        options.start = QDate(2026, 11, 3);
        auto report = demo::generateDemo(store(), options, m_clock);
        QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
        QVERIFY(report->summaryRows > 0);
    }

    void randomCorrectionsDirtyEqualsFull()
    {
        reports::SummaryBuilder builder(store());
        db::CorrectionService corrections(store(), m_clock, QStringLiteral("S1-MGR-01"));
        std::mt19937 rng(424242);
        const QStringList activities = {QStringLiteral("PIC-SGL-PICK"), QStringLiteral("PAC-SGL-PACK"),
                                        QStringLiteral("SHP-INS-SCAN")};
        int applied = 0;
        for (int round = 0; round < 6; ++round) {
            const qint64 eventsBefore = test::rowCount(store(), QStringLiteral("events"));
            for (int k = 0; k < 4; ++k) {
                auto candidates = closedIntervals(QStringLiteral("AND a.kind = 'direct' AND p.site = 'S1'"));
                QVERIFY(!candidates.empty());
                const Target t = candidates[rng() % candidates.size()];
                CorrectionPayload c;
                c.reason = QStringLiteral("random test correction %1").arg(round);
                c.by = QStringLiteral("tester");
                switch (rng() % 3) {
                case 0: // another activity
                    c.action = CorrectionPayload::Action::Change;
                    c.interval = t.id;
                    c.activityCode = activities[static_cast<int>(rng() % 3)];
                    break;
                case 1: // shorter at both ends
                    c.action = CorrectionPayload::Action::Change;
                    c.interval = t.id;
                    c.startMs = t.startMs + (t.endMs - t.startMs) / 4;
                    c.endMs = t.endMs - (t.endMs - t.startMs) / 4;
                    break;
                default:
                    c.action = CorrectionPayload::Action::Remove;
                    c.interval = t.id;
                    break;
                }
                auto stored = corrections.apply(c);
                QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
                ++applied;
            }
            // Every correction is an event (the audit trail) and the dirty keys wait.
            QCOMPARE(test::rowCount(store(), QStringLiteral("events")), eventsBefore + 4);
            QVERIFY(test::rowCount(store(), QStringLiteral("summary_dirty")) > 0);
            auto dirty = builder.rebuildDirty();
            QVERIFY2(dirty.ok(), qPrintable(dirty.ok() ? QString() : dirty.error().toString()));
            QVERIFY(dirty->days >= 1);
            QCOMPARE(dirty->uncostedDays, 0);
            const QStringList afterDirty = rowsOf(store(), QStringLiteral("daily_summaries"));
            const QStringList workersAfterDirty = rowsOf(store(), QStringLiteral("worker_daily"));
            const QStringList monthsAfterDirty = rowsOf(store(), QStringLiteral("monthly_summaries"));
            auto full = builder.rebuildAll();
            QVERIFY(full.ok());
            QCOMPARE(afterDirty, rowsOf(store(), QStringLiteral("daily_summaries")));
            QCOMPARE(workersAfterDirty, rowsOf(store(), QStringLiteral("worker_daily")));
            QCOMPARE(monthsAfterDirty, rowsOf(store(), QStringLiteral("monthly_summaries")));
        }
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_corrections")), qint64(applied));
        QVERIFY(test::rowCount(store(), QStringLiteral("punch_intervals"), QStringLiteral("WHERE corrected_by IS NOT NULL")) > 0);

        // A rebuild of the derived tables from the events gives the corrected intervals again.
        const QStringList intervals = rowsOf(store(), QStringLiteral("punch_intervals"));
        db::EventProjector projector(store());
        auto rebuilt = projector.rebuild(m_clock.nowMs());
        QVERIFY(rebuilt.ok());
        QCOMPARE(rowsOf(store(), QStringLiteral("punch_intervals")), intervals);
    }

    void changeMovesHoursBetweenActivities()
    {
        reports::SummaryBuilder builder(store());
        QVERIFY(builder.rebuildAll().ok());
        auto candidates = closedIntervals(QStringLiteral("AND p.activity = 'PIC-SGL-PICK' AND p.site = 'S1'"));
        QVERIFY(!candidates.empty());
        const Target t = candidates.front();
        QSqlQuery q(store().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT business_day, COALESCE(employment_type, '') FROM punch_intervals WHERE "
                                      "start_event_id = '%1'").arg(uuidText(t.id))) && q.next());
        const QString day = q.value(0).toString();
        auto directOf = [&](const char *activity) {
            QSqlQuery s(store().connection());
            s.exec(QStringLiteral("SELECT COALESCE(SUM(direct_s), 0) FROM daily_summaries WHERE site = 'S1' AND "
                                  "business_day = '%1' AND activity = '%2'").arg(day, QLatin1String(activity)));
            return s.next() ? s.value(0).toLongLong() : -1;
        };
        const qint64 pickBefore = directOf("PIC-SGL-PICK");
        const qint64 packBefore = directOf("PAC-SGL-PACK");
        db::CorrectionService corrections(store(), m_clock, QStringLiteral("S1-MGR-01"));
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Change;
        c.interval = t.id;
        c.activityCode = QStringLiteral("PAC-SGL-PACK");
        c.reason = QStringLiteral("was packing, punched picking");
        c.by = QStringLiteral("leader");
        auto stored = corrections.apply(c);
        QVERIFY(stored.ok());
        // The event records what the interval was before it (the audit trail's "before").
        auto recorded = CorrectionPayload::fromJson(stored->payload);
        QVERIFY(recorded.ok());
        QVERIFY(recorded->before.has_value());
        QCOMPARE(recorded->before->activityCode, QStringLiteral("PIC-SGL-PICK"));
        QCOMPARE(recorded->before->startMs, t.startMs);
        QCOMPARE(recorded->before->endMs, std::optional<qint64>(t.endMs));
        QVERIFY(builder.rebuildDirty().ok());
        const qint64 seconds = (t.endMs - t.startMs) / 1000;
        QCOMPARE(directOf("PIC-SGL-PICK"), pickBefore - seconds);
        QCOMPARE(directOf("PAC-SGL-PACK"), packBefore + seconds);
    }

    void badCorrectionsAreRefused()
    {
        db::CorrectionService corrections(store(), m_clock, QStringLiteral("S1-MGR-01"));
        const qint64 events = test::rowCount(store(), QStringLiteral("events"));
        auto candidates = closedIntervals(QStringLiteral("AND a.kind = 'direct'"));
        QVERIFY(candidates.size() >= 2);
        const Target t = candidates.front();
        auto refused = [&](CorrectionPayload c, ErrorCode code) {
            auto r = corrections.apply(c);
            if (r.ok())
                return QStringLiteral("accepted");
            return r.error().code() == code ? QString() : r.error().toString();
        };
        CorrectionPayload noReason;
        noReason.interval = t.id;
        noReason.activityCode = QStringLiteral("PAC-SGL-PACK");
        noReason.by = QStringLiteral("leader");
        QCOMPARE(refused(noReason, ErrorCode::InvalidArgument), QString());
        CorrectionPayload unknown = noReason;
        unknown.reason = QStringLiteral("x");
        unknown.interval = QUuid::createUuid();
        QCOMPARE(refused(unknown, ErrorCode::NotFound), QString());
        CorrectionPayload backwards = noReason;
        backwards.reason = QStringLiteral("x");
        backwards.activityCode.clear();
        backwards.startMs = t.endMs;
        backwards.endMs = t.startMs;
        QCOMPARE(refused(backwards, ErrorCode::InvalidArgument), QString());
        CorrectionPayload future = backwards;
        future.startMs = m_clock.nowMs() + 3600000;
        future.endMs = m_clock.nowMs() + 7200000;
        QCOMPARE(refused(future, ErrorCode::InvalidArgument), QString());
        // Stretching the interval over the worker's next one.
        CorrectionPayload overlap = backwards;
        overlap.startMs = t.startMs;
        overlap.endMs = t.endMs + 3600000;
        QCOMPARE(refused(overlap, ErrorCode::Conflict), QString());
        CorrectionPayload notOffered = noReason;
        notOffered.reason = QStringLiteral("x");
        notOffered.activityCode = QStringLiteral("NO-SUCH-ACTIVITY");
        QCOMPARE(refused(notOffered, ErrorCode::InvalidArgument), QString());
        QCOMPARE(test::rowCount(store(), QStringLiteral("events")), events); // nothing recorded
    }
};

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
