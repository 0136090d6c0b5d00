// Crash test: a child process punches in a loop on a real store and prints each punch it saw
// confirmed; it is killed with SIGKILL at a random point; every confirmed punch must be in the
// store with its outbox row, the file must pass integrity_check, the intervals must equal a
// rebuild, and the next run must carry on from there.
#include "DerivedRepositories.h"
#include "Store.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace wh;

namespace {
QString helperPath()
{
    return QStringLiteral(WH_PUNCH_LOOP);
}

QStringList intervalRows(db::Store &store)
{
    QSqlQuery q(store.connection());
    q.exec(QStringLiteral("SELECT * FROM punch_intervals ORDER BY start_event_id"));
    QStringList rows;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < 13; ++i)
            cols << q.value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

class TestPunchCrash : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(helperPath()), qPrintable(helperPath() + QStringLiteral(" is not built")));
    }

    void killDuringPunchLoop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = db::Store::open(path);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
            QVERIFY(test::seedSmallWarehouse(**store).ok());
        }
        quint32 seed = QRandomGenerator::global()->generate();
        if (!qEnvironmentVariableIsEmpty("WH_CRASH_SEED"))
            seed = qEnvironmentVariable("WH_CRASH_SEED").toUInt();
        qInfo("seed %u (set WH_CRASH_SEED to repeat)", seed);
        QRandomGenerator rng(seed);

        QStringList confirmed;
        const int rounds = 4;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < rounds; ++round) {
            const int killAfter = rng.bounded(20, 1500); // anywhere in the first three quarters of the loop
            QProcess child;
            child.setStandardErrorFile(dir.filePath(QStringLiteral("child-%1.err").arg(round)));
            child.start(helperPath(), {path, QStringLiteral("2000")});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            int seen = 0;
            QByteArray pending;
            auto takeLines = [&] {
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    if (line.startsWith("confirmed ")) {
                        confirmed << QString::fromLatin1(line.mid(10));
                        ++seen;
                    }
                }
            };
            QElapsedTimer timer;
            timer.start();
            while (seen < killAfter && child.state() == QProcess::Running && timer.elapsed() < 60000) {
                child.waitForReadyRead(1000);
                takeLines();
            }
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("the punch loop ended by itself after %1 punches").arg(seen)));
            QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            takeLines(); // lines flushed before the kill are confirmed too
            qInfo("round %d: killed after %d confirmed punches (asked for %d)", round, seen, killAfter);

            auto store = db::Store::open(path);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
            QSqlQuery q((*store)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<QString> events;
            QVERIFY(q.exec(QStringLiteral("SELECT e.id FROM events e JOIN outbox o ON o.event_id = e.id")));
            while (q.next())
                events.insert(q.value(0).toString());
            for (const QString &id : confirmed)
                QVERIFY2(events.contains(id),
                         qPrintable(QStringLiteral("confirmed punch %1 is missing").arg(id)));
            QCOMPARE(test::rowCount(**store, QStringLiteral("events")), qint64(events.size()));
            // No half-written punch: after the catch-up that opening a punch service runs (the kill
            // may fall between a punch's commit and its derivation), the intervals are exactly
            // what the events give.
            db::EventProjector projector(**store);
            auto caughtUp = projector.catchUp();
            QVERIFY2(caughtUp, qPrintable(caughtUp ? QString() : caughtUp.error().toString()));
            QCOMPARE(caughtUp->rejectedEvents, 0);
            const QStringList incremental = intervalRows(**store);
            auto rebuilt = projector.rebuild(Clock::system().nowMs());
            QVERIFY(rebuilt);
            QCOMPARE(rebuilt->rejectedEvents, 0);
            QCOMPARE(intervalRows(**store), incremental);
        }
        qInfo("%lld confirmed punches survived %d kills in %lld ms", qint64(confirmed.size()), rounds,
              total.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPunchCrash)
#include "tst_punchcrash.moc"
