// PrintSpool: the print spool in the store (migration 0010). Rows in order, one job per printer and
// key, sent and failed marks, pruning; and the whole path across a restart: jobs printed while the
// printer is off wait in the SQLite file, the program ends, a new one opens the store and sends
// them once each, in order, when the printer is back.
#include "LabelPrinter.h"
#include "LabelPrinterSimulator.h"
#include "PrintSpool.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace wh;
using namespace wh::db;
using namespace wh::drivers;

namespace {

LabelPrinter::Settings settingsFor(quint16 port)
{
    LabelPrinter::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.statusTimeoutMs = 400;
    s.retryInitialMs = 50;
    s.retryMaxMs = 200;
    s.notReadyPollMs = 100;
    return s;
}

QByteArray job(const char *name)
{
    return QByteArray("^XA^FO10,10^A0N,30,30^FD") + name + "^FS^XZ";
}

} // namespace

class TestPrintSpool : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<LabelPrinter::Problem>(); }

    void rows()
    {
        test::TemporaryStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.errorText()));
        PrintSpool spool(temp.store());
        auto a = spool.add(QStringLiteral("p1"), QStringLiteral("a"), "A\0\xff" + QByteArray(1, '\0'), 100);
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().toString()));
        QVERIFY(!a->existed);
        auto b = spool.add(QStringLiteral("p1"), QStringLiteral("b"), "B", 200);
        auto other = spool.add(QStringLiteral("p2"), QStringLiteral("a"), "X", 300);
        QVERIFY(b.ok() && other.ok() && !other->existed);
        QVERIFY(b->job.id > a->job.id);
        // The same key for the same printer: the job already there.
        auto again = spool.add(QStringLiteral("p1"), QStringLiteral("a"), "changed", 400);
        QVERIFY(again.ok() && again->existed);
        QCOMPARE(again->job.id, a->job.id);
        QCOMPARE(again->job.payload, a->job.payload);

        auto pending = spool.pending(QStringLiteral("p1"));
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), size_t(2));
        QCOMPARE(pending->at(0).key, QStringLiteral("a"));
        QCOMPARE(pending->at(0).payload, a->job.payload); // binary-safe
        QCOMPARE(pending->at(0).queuedAtMs, 100);

        QVERIFY(spool.noteFailure(a->job.id, QStringLiteral("refused")).ok());
        QVERIFY(spool.noteFailure(a->job.id, QStringLiteral("paper-out")).ok());
        QVERIFY(spool.markSent(a->job.id, 500).ok());
        QVERIFY(spool.markSent(a->job.id, 900).ok()); // sent already: the first time stands
        pending = spool.pending(QStringLiteral("p1"));
        QCOMPARE(pending->size(), size_t(1));
        QCOMPARE(pending->at(0).key, QStringLiteral("b"));
        auto all = spool.all(QStringLiteral("p1"));
        QCOMPARE(all->size(), size_t(2));
        QCOMPARE(all->at(0).attempts, 2);
        QCOMPARE(all->at(0).lastError, QStringLiteral("paper-out"));
        QCOMPARE(all->at(0).sentAtMs, std::optional<qint64>(500));
        QCOMPARE(spool.all()->size(), size_t(3));

        QCOMPARE(spool.markSent(9999, 1).error().code(), ErrorCode::NotFound);
        QCOMPARE(spool.noteFailure(9999, {}).error().code(), ErrorCode::NotFound);

        // Pruning removes sent jobs only, and ids are not used again after it.
        QCOMPARE(*spool.pruneSent(1000), 1);
        QCOMPARE(spool.all()->size(), size_t(2));
        auto c = spool.add(QStringLiteral("p1"), QStringLiteral("c"), "C", 1100);
        QVERIFY(c->job.id > other->job.id);
    }

    void jobsWaitAcrossARestart()
    {
        test::TemporaryStore temp;
        QVERIFY2(temp.ok(), qPrintable(temp.errorText()));
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(LabelPrinterSimulator::State::Stopped).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        {
            // The first run: the printer is off; three stickers are asked for and wait.
            PrintSpool spool(temp.store());
            LabelPrinter printer(settingsFor(*port), spool);
            QSignalSpy problems(&printer, &LabelPrinter::problem);
            printer.start();
            for (const char *k : {"a", "b", "c"})
                QVERIFY(printer.print(QString::fromLatin1(k), job(k)).ok());
            QVERIFY(problems.wait(3000));
            QCOMPARE(problems.at(0).at(0).value<LabelPrinter::Problem>(),
                     LabelPrinter::Problem::ConnectionRefused);
            QCOMPARE(*printer.waiting(), 3);
        }
        temp.close();
        QCOMPARE(sim.jobs().size(), size_t(0));

        // The program starts again with the printer back on.
        test::MockClock clock;
        QVERIFY(temp.reopen(clock));
        QVERIFY(sim.setState(LabelPrinterSimulator::State::Ready).ok());
        PrintSpool spool(temp.store());
        LabelPrinter printer(settingsFor(*port), spool);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy idle(&printer, &LabelPrinter::idle);
        printer.start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 5000);
        QVERIFY(idle.wait(3000) || idle.count() > 0);
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{job("a"), job("b"), job("c")}));
        QCOMPARE(spool.pending(printer.address())->size(), size_t(0));
        const auto jobs = spool.all();
        QVERIFY(jobs.ok());
        for (const SpooledPrintJob &j : *jobs)
            QVERIFY(j.sentAtMs.has_value());
        // The first one was tried while the printer was off; the others waited behind it.
        QVERIFY(jobs->front().attempts >= 1);
        QVERIFY(jobs->front().lastError.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive));
        // Asked again after the restart (a re-sent request): nothing prints twice.
        QVERIFY(printer.print(QStringLiteral("b"), job("b"))->existed);
        QTest::qWait(200);
        QCOMPARE(sim.jobs().size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestPrintSpool)
#include "tst_printspool.moc"
