// `wh punch` driven as a script would: state, clock-in, no-op, the forgotten-punch guard, break,
// clock-out, refusals (exit 1 with a message) and usage errors (exit 2).
#include "MasterDataRepositories.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace wh;

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;
using wh::test::whPath;

QString value(const QString &out, const QString &name)
{
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    return {};
}

} // namespace

class TestWhPunch : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run punch(QStringList args)
    {
        return runWh(QStringList{QStringLiteral("punch"), QStringLiteral("--db"), m_db} + args);
    }
    qint64 count(const QString &table, const QString &where = {})
    {
        auto store = db::Store::open(m_db);
        return store ? test::rowCount(**store, table, where) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("WH_BIN").isEmpty(), "WH_BIN is not set (ctest sets it to <build>/bin)");
        QVERIFY2(QFileInfo(whPath()).isExecutable(), qPrintable(whPath() + QStringLiteral(" is not built")));
    }

    // A small store: the small warehouse, S2 offering only PICK and LUNCH, workflows on activities.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("punch.sqlite"));
        auto store = db::Store::open(m_db);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        QVERIFY(test::seedSmallWarehouse(**store).ok());
        db::ActivityRepository activities(**store);
        QVERIFY(activities.setSiteActivities(QStringLiteral("S2"), {"PICK", "LUNCH"}).ok());
        QVERIFY(activities.setWorkflows(QStringLiteral("PICK"), {"pick"}).ok());
        QVERIFY(activities.setWorkflows(QStringLiteral("CART"), {"pick", "cart"}).ok());
        QVERIFY(activities.setWorkflows(QStringLiteral("MEET"), {"meeting"}).ok());
    }

    void wholeShift()
    {
        Run r = punch({"--badge", "B001"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "worker"), QStringLiteral("W001 山田 太郎"));
        QCOMPARE(value(r.out, "state"), QStringLiteral("off"));
        QCOMPARE(value(r.out, "site"), QStringLiteral("S1"));
        QCOMPARE(value(r.out, "device"), QStringLiteral("K1"));
        QVERIFY(!value(r.out, "employment_type").isEmpty());
        QCOMPARE(count("events"), 0);

        r = punch({"--badge", "B001", "--workflow", "pick"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("clock-in-needed"));
        QCOMPARE(value(r.out, "suggested"), QStringLiteral("PICK CART"));

        r = punch({"--badge", "B001", "--activity", "PICK"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "result"), QStringLiteral("punch.clock_in"));
        QVERIFY(value(r.out, "event").contains(QStringLiteral("(sequence 1)")));
        QCOMPARE(value(r.out, "state"), QStringLiteral("working"));
        QCOMPARE(value(r.out, "activity"), QStringLiteral("PICK"));

        r = punch({"--badge", "B001", "--activity", "PICK"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(value(r.out, "result").startsWith(QStringLiteral("none")), qPrintable(describe(r)));
        QCOMPARE(count("events"), 1);

        r = punch({"--badge", "B001", "--workflow", "pick"});
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("ok"));
        r = punch({"--badge", "B001", "--workflow", "meeting"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("switch-needed"));
        QCOMPARE(value(r.out, "suggested"), QStringLiteral("MEET"));
        r = punch({"--badge", "B001", "--workflow", "juggling"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("workflow")), qPrintable(describe(r)));

        r = punch({"--worker", "W001", "--activity", "CART"});
        QCOMPARE(value(r.out, "result"), QStringLiteral("punch.switch"));
        r = punch({"--badge", "B001", "--break"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "result"), QStringLiteral("punch.break"));
        QCOMPARE(value(r.out, "state"), QStringLiteral("on-break"));
        QCOMPARE(value(r.out, "activity"), QStringLiteral("LUNCH"));

        r = punch({"--badge", "B001", "--clock-out"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "result"), QStringLiteral("punch.clock_out"));
        QCOMPARE(value(r.out, "state"), QStringLiteral("off"));
        QCOMPARE(count("events", "WHERE kind LIKE 'punch.%'"), 4);
        QCOMPARE(count("outbox"), 4);
        QCOMPARE(count("punch_intervals", "WHERE status = 'closed'"), 3);

        // Off: a clock-out and a break are refused with a message, nothing is written.
        r = punch({"--badge", "B001", "--clock-out"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not clocked in")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(m_db), qPrintable(describe(r)));
        r = punch({"--badge", "B001", "--break"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(count("events"), 4);
    }

    void siteFromDevice()
    {
        Run r = punch({"--badge", "B001", "--device", "K2", "--activity", "PICK"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "site"), QStringLiteral("S2"));
        QCOMPARE(count("punch_intervals", "WHERE site = 'S2'"), 1);
        r = punch({"--badge", "B001", "--device", "K2", "--activity", "CART"}); // not offered at S2
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not offered")), qPrintable(describe(r)));
        r = punch({"--badge", "B001", "--device", "K9"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("K9")), qPrintable(describe(r)));
        QCOMPARE(count("events"), 1);
    }

    void unknownBadge()
    {
        Run r = punch({"--badge", "B999", "--activity", "PICK"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("B999")) || r.err.contains(QStringLiteral("badge")),
                 qPrintable(describe(r)));
        QCOMPARE(count("events", "WHERE kind = 'admin.notice'"), 1);
        QCOMPARE(count("events", "WHERE kind LIKE 'punch.%'"), 0);
        r = punch({"--worker", "W999"});
        QCOMPARE(r.exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("neither --badge nor --worker") << QStringList{};
        QTest::newRow("both --badge and --worker") << QStringList{"--badge", "B001", "--worker", "W001"};
        QTest::newRow("--break and --clock-out") << QStringList{"--badge", "B001", "--break", "--clock-out"};
        QTest::newRow("--activity and --workflow")
            << QStringList{"--badge", "B001", "--activity", "PICK", "--workflow", "pick"};
        QTest::newRow("--activity and --clock-out")
            << QStringList{"--badge", "B001", "--activity", "PICK", "--clock-out"};
        QTest::newRow("--badge without a value") << QStringList{"--badge"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        Run r = punch(args);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(count("events"), 0);
    }

    // The demo warehouse of `wh demo`: a worker of S1 punches at an S1 kiosk, the guard answers
    // with the demo's workflows.
    void demoStore()
    {
        const QString demo = m_dir->filePath(QStringLiteral("demo.sqlite"));
        Run r = runWh({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--days"),
                       QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString badge, device, activity, workflow;
        {
            auto store = db::Store::open(demo);
            QVERIFY(store);
            QSqlQuery q((*store)->connection());
            // An active S1 worker whose last punch lies in the past, an S1 kiosk, an activity
            // offered at S1 that has a workflow.
            QVERIFY(q.exec(QStringLiteral("SELECT w.badge_id FROM workers w WHERE w.active = 1 AND "
                                          "w.home_site = 'S1' AND w.badge_id IS NOT "
                                          "NULL AND NOT EXISTS (SELECT 1 FROM punch_intervals p WHERE "
                                          "p.worker = w.code AND (p.status = 'open' "
                                          "OR COALESCE(p.end_ms, p.start_ms) > CAST(strftime('%s', 'now') AS "
                                          "INTEGER) * 1000)) ORDER BY "
                                          "w.code LIMIT 1")));
            QVERIFY(q.next());
            badge = q.value(0).toString();
            QVERIFY(q.exec(
                QStringLiteral("SELECT id FROM devices WHERE kind = 'kiosk' AND site = 'S1' ORDER BY id")));
            QVERIFY(q.next());
            device = q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT f.activity, f.workflow FROM activity_workflows f JOIN "
                                          "activities a ON a.code = f.activity "
                                          "WHERE a.active = 1 AND a.kind <> 'break' AND (NOT EXISTS (SELECT "
                                          "1 FROM site_activities WHERE "
                                          "site = 'S1') OR f.activity IN (SELECT activity FROM "
                                          "site_activities WHERE site = 'S1')) ORDER BY "
                                          "f.activity, f.workflow LIMIT 1")));
            QVERIFY(q.next());
            activity = q.value(0).toString();
            workflow = q.value(1).toString();
        }
        const QStringList at{QStringLiteral("punch"),
                             QStringLiteral("--db"),
                             demo,
                             QStringLiteral("--device"),
                             device,
                             QStringLiteral("--badge"),
                             badge};
        r = runWh(at);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "state"), QStringLiteral("off"));
        QCOMPARE(value(r.out, "site"), QStringLiteral("S1"));
        r = runWh(at + QStringList{QStringLiteral("--workflow"), workflow});
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("clock-in-needed"));
        QVERIFY2(value(r.out, "suggested").split(QLatin1Char(' ')).contains(activity),
                 qPrintable(describe(r)));
        r = runWh(at + QStringList{QStringLiteral("--activity"), activity});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "result"), QStringLiteral("punch.clock_in"));
        r = runWh(at + QStringList{QStringLiteral("--workflow"), workflow});
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("ok"));
        r = runWh(at + QStringList{QStringLiteral("--break")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "state"), QStringLiteral("on-break"));
        r = runWh(at + QStringList{QStringLiteral("--clock-out")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "state"), QStringLiteral("off"));
        r = runWh(at + QStringList{QStringLiteral("--clock-out")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not clocked in")), qPrintable(describe(r)));
    }

    void missingDb()
    {
        Run r = runWh({QStringLiteral("punch"), QStringLiteral("--badge"), QStringLiteral("B001")});
        QCOMPARE(r.exitCode, 2);
        r = runWh({QStringLiteral("punch"), QStringLiteral("--db"),
                   m_dir->filePath(QStringLiteral("none.sqlite")), QStringLiteral("--badge"),
                   QStringLiteral("B001")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("none.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestWhPunch)
#include "tst_whpunch.moc"
