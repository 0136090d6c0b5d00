// The corrections page's models (punch list, audit trail, refused import rows) under
// QAbstractItemModelTester, and CorrectionText: every refusal CorrectionService and ViewerQueries
// give, made for real on the small warehouse, reads as a plain sentence (no English log message,
// no milliseconds).
#include "CorrectionModels.h"
#include "CorrectionText.h"
#include "Corrections.h"
#include "ErrorText.h"
#include "TestSupport.h"
#include "ViewerQueries.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace wh;

namespace {
const QDate kDay(2026, 11, 9);
qint64 at(int h, int m)
{
    return test::tokyoMs(kDay, h, m);
}

reports::CellInterval interval(const char *worker, const char *activity, qint64 start,
                               std::optional<qint64> end, const char *status)
{
    reports::CellInterval i;
    i.interval = QUuid::createUuid();
    i.worker = QString::fromLatin1(worker);
    i.workerName = QStringLiteral("山田 太郎");
    i.activity = QString::fromLatin1(activity);
    i.site = QStringLiteral("S1");
    i.businessDay = kDay;
    i.startMs = start;
    i.endMs = end;
    i.status = QString::fromLatin1(status);
    return i;
}

QString name(const QString &code)
{
    return code == QLatin1String("PICK") ? QStringLiteral("Picking") : code;
}
} // namespace

class TestCorrectionModels : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;
    db::Store &store() { return m_tmp->store(); }

    Event punch(EventKind kind, const char *worker, const char *activity, qint64 ms)
    {
        return test::punchEvent(QStringLiteral("K1"), kind, QString::fromLatin1(worker), QStringLiteral("S1"),
                                QString::fromLatin1(activity), ms);
    }
    QUuid intervalOf(const char *worker, const char *activity)
    {
        QSqlQuery q(store().connection());
        q.prepare(
            QStringLiteral("SELECT start_event_id FROM punch_intervals WHERE worker = ? AND activity = ?"));
        q.addBindValue(QString::fromLatin1(worker));
        q.addBindValue(QString::fromLatin1(activity));
        return q.exec() && q.next() ? QUuid::fromString(q.value(0).toString()) : QUuid();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_clock = std::make_unique<test::MockClock>(at(18, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
        // W001: PICK 9:00-10:00, CART 10:00-12:00, out. W002: PICK from 8:30, still on it.
        db::EventStore log(store());
        QVERIFY(log.appendAll({punch(EventKind::PunchClockIn, "W001", "PICK", at(9, 0)),
                               punch(EventKind::PunchSwitch, "W001", "CART", at(10, 0)),
                               punch(EventKind::PunchClockOut, "W001", "", at(12, 0)),
                               punch(EventKind::PunchClockIn, "W002", "PICK", at(8, 30))})
                    .ok());
        QVERIFY(db::EventProjector(store()).catchUp().ok());
    }
    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void punchList()
    {
        PunchListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone tokyo("Asia/Tokyo");
        auto closed = interval("W001", "PICK", at(9, 0), at(10, 0), "closed");
        auto night = interval("W001", "CART", at(22, 0), at(22, 0) + 5 * 3600 * 1000, "closed");
        auto open = interval("W002", "PICK", at(8, 30), std::nullopt, "open");
        closed.corrected = true;
        model.setIntervals({closed, night, open}, tokyo, name);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PunchListModel::Activity).data().toString(), QStringLiteral("Picking"));
        QCOMPARE(model.index(0, PunchListModel::Start).data().toString(), QStringLiteral("09:00"));
        QCOMPARE(model.index(0, PunchListModel::Duration).data().toString(), QStringLiteral("1:00"));
        QCOMPARE(model.index(0, PunchListModel::Corrected).data().toString(), QStringLiteral("✎ corrected"));
        // A night shift's end after midnight names its calendar day.
        QCOMPARE(model.index(1, PunchListModel::End).data().toString(), QStringLiteral("11/10 03:00"));
        QCOMPARE(model.index(2, PunchListModel::End).data().toString(), QStringLiteral("…"));
        QCOMPARE(model.index(2, PunchListModel::Status).data().toString(), QStringLiteral("open"));
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("still on")));
        QCOMPARE(model.index(1, 0).data(PunchListModel::IntervalRole).toUuid(), night.interval);
        QCOMPARE(model.rowOf(open.interval), 2);

        // A correction read back in: the row keeps its place; a removal takes its row only.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        closed.endMs = at(9, 45);
        model.setIntervals({closed, open}, tokyo, name);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PunchListModel::End).data().toString(), QStringLiteral("09:45"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void auditTrailBeforeAndAfter()
    {
        // Two corrections of W001's PICK interval, then the trail through the query layer.
        const QUuid pick = intervalOf("W001", "PICK");
        QVERIFY(!pick.isNull());
        const reports::ViewerQueries leader(
            store(), {QStringLiteral("山田リーダー"), reports::Role::Leader, {QStringLiteral("S1")}});
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Change;
        c.interval = pick;
        c.endMs = at(9, 45);
        c.reason = QStringLiteral("left for the meeting at 9:45");
        QVERIFY(leader.correct(c, *m_clock, QStringLiteral("K1")).ok());
        m_clock->advance(60000); // a minute later (the trail is in time order)
        c.endMs.reset();
        c.activityCode = QStringLiteral("CART");
        c.reason = QStringLiteral("was on the cart");
        auto second = leader.correct(c, *m_clock, QStringLiteral("K1"));
        QVERIFY(second.ok());
        auto trail = leader.auditTrail(pick);
        QVERIFY(trail.ok());
        QCOMPARE(trail->size(), size_t(2));

        AuditTrailModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrail(*trail, QTimeZone("Asia/Tokyo"), name);
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, AuditTrailModel::By), QStringLiteral("山田リーダー"));
        QCOMPARE(cell(0, AuditTrailModel::Action), QStringLiteral("Changed"));
        QCOMPARE(cell(0, AuditTrailModel::Source), QStringLiteral("By hand"));
        QCOMPARE(cell(0, AuditTrailModel::Reason), QStringLiteral("left for the meeting at 9:45"));
        QCOMPARE(cell(0, AuditTrailModel::When), QStringLiteral("2026-11-09 18:00"));
        QCOMPARE(cell(0, AuditTrailModel::Before), QStringLiteral("Picking, 11/9 09:00 – 10:00"));
        QCOMPARE(cell(0, AuditTrailModel::After), QStringLiteral("Picking, 11/9 09:00 – 09:45"));
        QCOMPARE(cell(1, AuditTrailModel::Before), QStringLiteral("Picking, 11/9 09:00 – 09:45"));
        QCOMPARE(cell(1, AuditTrailModel::After), QStringLiteral("CART, 11/9 09:00 – 09:45"));

        // An added punch and a removal; an event that is no correction stays in the list, unreadable.
        Event odd;
        odd.id = QUuid::createUuid();
        odd.kind = EventKind::Scan;
        odd.occurredAtMs = at(18, 0);
        CorrectionPayload added;
        added.action = CorrectionPayload::Action::Add;
        added.workerCode = QStringLiteral("W001");
        added.siteCode = QStringLiteral("S1");
        added.activityCode = QStringLiteral("PICK");
        added.startMs = at(13, 0);
        added.endMs = at(14, 0);
        added.reason = QStringLiteral("worked without punching");
        added.by = QStringLiteral("leader");
        added.source = CorrectionPayload::Source::Attendance;
        Event addEvent;
        addEvent.kind = EventKind::PunchCorrection;
        addEvent.occurredAtMs = at(18, 5);
        addEvent.payload = added.toJson();
        CorrectionPayload removed = added;
        removed.action = CorrectionPayload::Action::Remove;
        removed.interval = QUuid::createUuid();
        Event removeEvent = addEvent;
        removeEvent.payload = removed.toJson();
        model.setTrail({addEvent, removeEvent, odd}, QTimeZone("Asia/Tokyo"), name);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(0, AuditTrailModel::Action), QStringLiteral("Added"));
        QCOMPARE(cell(0, AuditTrailModel::Source), QStringLiteral("Official attendance"));
        QCOMPARE(cell(0, AuditTrailModel::Before), QStringLiteral("(none)"));
        QCOMPARE(cell(0, AuditTrailModel::After), QStringLiteral("Picking, 11/9 13:00 – 14:00"));
        QCOMPARE(cell(1, AuditTrailModel::Action), QStringLiteral("Removed"));
        QCOMPARE(cell(1, AuditTrailModel::Before),
                 QStringLiteral("(not recorded)")); // hand-made: no "before"
        QCOMPARE(cell(1, AuditTrailModel::After), QStringLiteral("(removed)"));
        QCOMPARE(cell(2, AuditTrailModel::Action), QStringLiteral("unreadable"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void importErrors()
    {
        ImportErrorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setErrors(
            {{3, QStringLiteral("bad clock-in time \"25:99\""),
              QStringLiteral("W001,2026-11-09,25:99,18:00")},
             {7, QStringLiteral("unknown worker"), QStringLiteral("W999,2026-11-09,9:00,18:00")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportErrorModel::Line).data().toInt(), 3);
        QCOMPARE(model.index(1, ImportErrorModel::Raw).data().toString(),
                 QStringLiteral("W999,2026-11-09,9:00,18:00"));
        const auto records = model.csvRecords();
        QCOMPARE(records.size(), size_t(3));
        QCOMPARE(records[0].size(), 3);
        QCOMPARE(records[1],
                 (QStringList{"3", "bad clock-in time \"25:99\"", "W001,2026-11-09,25:99,18:00"}));
    }

    void refusalsInPlainWords()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        db::CorrectionService service(store(), *m_clock, QStringLiteral("K1"));
        auto refuse = [&](CorrectionPayload c) -> QString {
            if (c.reason.isNull())
                c.reason = QStringLiteral("test");
            if (c.by.isNull())
                c.by = QStringLiteral("leader");
            auto applied = service.apply(c);
            if (applied.ok()) {
                qWarning("the correction was accepted");
                return {};
            }
            const QString text = CorrectionText::refusal(applied.error(), tokyo, name);
            // Never the log message, never the fallback of ErrorText.
            if (text == ErrorText::describe(applied.error()) || text.contains(applied.error().message()))
                qWarning("not plain: %s", qPrintable(text));
            return text;
        };
        const QUuid pick = intervalOf("W001", "PICK");
        const QUuid open = intervalOf("W002", "PICK");
        CorrectionPayload change;
        change.action = CorrectionPayload::Action::Change;
        change.interval = pick;

        CorrectionPayload c = change;
        c.endMs = at(11, 0); // into the cart interval 10:00-12:00
        QCOMPARE(refuse(c),
                 QStringLiteral("The new times overlap the worker's other punch on CART from "
                                "2026-11-09 10:00 to 2026-11-09 12:00. Correct that punch first, or "
                                "choose times that do not overlap it."));
        c = change;
        c.endMs = at(19, 0);
        QVERIFY(refuse(c).startsWith(QLatin1String("The end is in the future.")));
        c = change;
        c.endMs = at(8, 0);
        QCOMPARE(refuse(c), QStringLiteral("The end must be after the start."));
        c = change;
        c.startMs = at(9, 0) - 17LL * 3600 * 1000;
        QVERIFY(refuse(c).contains(QLatin1String("16 hours")));
        c = change;
        c.endMs = at(9, 50);
        c.reason = QStringLiteral("  ");
        QVERIFY(refuse(c).startsWith(QLatin1String("Give a reason")));
        c = change;
        c.activityCode = QStringLiteral("NOPE");
        QCOMPARE(refuse(c), QStringLiteral("NOPE is not offered at site S1. Choose another activity."));
        c = change;
        c.interval = open;
        c.endMs = at(9, 0);
        QVERIFY(refuse(c).startsWith(QLatin1String("The worker is still on this punch")));
        c = change;
        c.interval = QUuid::createUuid();
        c.endMs = at(9, 50);
        QVERIFY(refuse(c).startsWith(QLatin1String("This punch is no longer there")));
        CorrectionPayload add;
        add.action = CorrectionPayload::Action::Add;
        add.workerCode = QStringLiteral("W999");
        add.siteCode = QStringLiteral("S1");
        add.activityCode = QStringLiteral("PICK");
        add.startMs = at(14, 0);
        add.endMs = at(15, 0);
        QCOMPARE(refuse(add), QStringLiteral("There is no worker with the code “W999”."));

        // The query layer's refusal of another site.
        const reports::ViewerQueries leader(
            store(), {QStringLiteral("leader"), reports::Role::Leader, {QStringLiteral("S2")}});
        c = change;
        c.endMs = at(9, 50);
        c.reason = QStringLiteral("x");
        auto denied = leader.correct(c, *m_clock, QStringLiteral("K1"));
        QVERIFY(!denied.ok());
        QCOMPARE(CorrectionText::refusal(denied.error(), tokyo, name),
                 QStringLiteral("Your account may not correct punches at site S1."));
        // Anything else: ErrorText's sentence.
        const Error other(ErrorCode::DiskFull, QStringLiteral("disk full"),
                          QStringLiteral("/srv/store.sqlite"));
        QCOMPARE(CorrectionText::refusal(other, tokyo, name), ErrorText::describe(other));
    }
};

QTEST_GUILESS_MAIN(TestCorrectionModels)
#include "tst_correctionmodels.moc"
