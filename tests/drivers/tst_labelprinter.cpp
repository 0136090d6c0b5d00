// LabelPrinter on loopback: the NG sticker byte for byte at a bare TCP listener and at the printer
// simulator (golden file), jobs held while the printer is off, refuses the connection or reports
// paper out / head open / pause, then sent once each and in order; a connection dropped mid-job;
// a printer that does not answer ~HS; the messages an operator sees.
#include "LabelPrinter.h"
#include "LabelPrinterSimulator.h"
#include "NgSticker.h"
#include "NgStickerFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

using Problem = LabelPrinter::Problem;
using SimState = LabelPrinterSimulator::State;

namespace {

QByteArray golden()
{
    QFile f(QStringLiteral(WH_GOLDEN_DIR "/ng_sticker.zpl"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no golden file at %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Short timers: the same logic as the defaults, in a fraction of the time.
LabelPrinter::Settings settingsFor(quint16 port)
{
    LabelPrinter::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.connectTimeoutMs = 2000;
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

Problem kindOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<Problem>();
}

Error errorOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).value<Error>();
}

QStringList keysOf(const QSignalSpy &sent)
{
    QStringList keys;
    for (const auto &args : sent)
        keys << args.at(1).toString();
    return keys;
}

} // namespace

class TestLabelPrinter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Problem>();
        qRegisterMetaType<Error>();
        qRegisterMetaType<PrinterStatus>();
    }

    void goldenAtABareListener()
    {
        // A plain TCP listener (no ZPL, no ~HS): the printer with its status check off sends the
        // sticker and closes; what arrives is the golden file, byte for byte.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QByteArray received;
        bool closed = false;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = listener.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] { received += s->readAll(); });
            connect(s, &QTcpSocket::disconnected, s, [&] { closed = true; });
        });
        auto zpl = buildNgStickerZpl(test::ngStickerFixture(), NgStickerOptions{});
        QVERIFY(zpl.ok());
        QCOMPARE(*zpl, golden());

        MemoryPrintSpoolStorage storage;
        LabelPrinter::Settings s = settingsFor(listener.serverPort());
        s.checkStatus = false;
        LabelPrinter printer(s, storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("ITM-2026-000123"), *zpl).ok());
        QVERIFY(sent.wait(5000));
        QTRY_VERIFY(closed);
        QCOMPARE(received, golden());
        QCOMPARE(*printer.waiting(), 0);
        QTRY_COMPARE(printer.state(), LabelPrinter::State::Idle);
    }

    void goldenAtTheSimulator()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy statuses(&printer, &LabelPrinter::statusReceived);
        QSignalSpy idle(&printer, &LabelPrinter::idle);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("ITM-2026-000123"), golden()).ok());
        QVERIFY(sent.wait(5000));
        // Asked before the job and after it (the answer after it confirms the printer read it all).
        QCOMPARE(sim.statusRequests(), 2);
        QCOMPARE(statuses.count(), 2);
        QCOMPARE(sim.jobs().size(), size_t(1));
        QCOMPARE(sim.jobs().front().zpl, golden().trimmed());
        QCOMPARE(sim.strayBytes(), QByteArray());
        QTRY_VERIFY(idle.count() >= 1);
    }

    void severalJobsOneConnectionInOrder()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        for (const char *k : {"a", "b", "c"})
            QVERIFY(printer.print(QString::fromLatin1(k), job(k)).ok());
        printer.start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 5000);
        QCOMPARE(keysOf(sent), (QStringList{"a", "b", "c"}));
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{job("a"), job("b"), job("c")}));
        // The answer after each job was the check before the next: one connection, four ~HS.
        QCOMPARE(sim.connections(), 1);
        QCOMPARE(sim.statusRequests(), 4);
    }

    void printerOffThenBack()
    {
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(SimState::Stopped).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.start();
        for (const char *k : {"a", "b", "c"})
            QVERIFY(printer.print(QString::fromLatin1(k), job(k)).ok());
        QTRY_VERIFY(problems.count() >= 2); // it keeps trying
        QCOMPARE(kindOf(problems, 0), Problem::ConnectionRefused);
        QVERIFY2(errorOf(problems, 0).message().contains(QLatin1String("refused the connection")),
                 qPrintable(errorOf(problems, 0).message()));
        QVERIFY(errorOf(problems, 0).message().contains(QString::number(*port)));
        QCOMPARE(printer.state(), LabelPrinter::State::Waiting);
        QCOMPARE(sent.count(), 0);
        QCOMPARE(*printer.waiting(), 3);
        // Back on: everything goes, once each, in order.
        QVERIFY(sim.setState(SimState::Ready).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 5000);
        QCOMPARE(keysOf(sent), (QStringList{"a", "b", "c"}));
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{job("a"), job("b"), job("c")}));
        QCOMPARE(*printer.waiting(), 0);
        // The failed attempts are on the job's record.
        QVERIFY(storage.all().front().attempts >= 2);
        QTRY_COMPARE(printer.state(), LabelPrinter::State::Idle);
        QTest::qWait(300); // nothing more goes out later
        QCOMPARE(sim.jobs().size(), size_t(3));
    }

    void conditionsHoldTheJobs_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("name");
        QTest::newRow("paper out") << int(SimState::PaperOut) << QStringLiteral("out of labels")
                                   << QStringLiteral("paper-out");
        QTest::newRow("head open") << int(SimState::HeadOpen) << QStringLiteral("head is open")
                                   << QStringLiteral("head-open");
        QTest::newRow("paused") << int(SimState::Paused) << QStringLiteral("paused")
                                << QStringLiteral("paused");
        QTest::newRow("ribbon out") << int(SimState::RibbonOut) << QStringLiteral("ribbon")
                                    << QStringLiteral("ribbon-out");
    }
    void conditionsHoldTheJobs()
    {
        QFETCH(int, state);
        QFETCH(QString, message);
        QFETCH(QString, name);
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(static_cast<SimState>(state)).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("a"), job("a")).ok());
        QVERIFY(printer.print(QStringLiteral("b"), job("b")).ok());
        QTRY_VERIFY(problems.count() >= 2); // asked again while it stays so
        QCOMPARE(kindOf(problems, 0), Problem::NotReady);
        const Error e = errorOf(problems, 0);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("wait in the spool")), qPrintable(e.message()));
        QVERIFY2(e.context().startsWith(name), qPrintable(e.context())); // and the raw answer as hex
        QVERIFY(printer.lastStatus().has_value() && !printer.lastStatus()->ready());
        // Nothing was sent to a printer that cannot print.
        QCOMPARE(sim.jobs().size(), size_t(0));
        QCOMPARE(sent.count(), 0);
        QVERIFY(sim.setState(SimState::Ready).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 5000);
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{job("a"), job("b")}));
        for (const auto &j : sim.jobs())
            QCOMPARE(j.state, SimState::Ready);
    }

    void paperRunsOutAfterAJob()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        // The first job empties the roll: the answer after it says paper out; the job counts as
        // sent (the printer has it), the next one waits.
        connect(&sim, &LabelPrinterSimulator::jobReceived, &sim,
                [&] { (void)sim.setState(SimState::PaperOut); });
        printer.start();
        QVERIFY(printer.print(QStringLiteral("a"), job("a")).ok());
        QVERIFY(printer.print(QStringLiteral("b"), job("b")).ok());
        QTRY_COMPARE(problems.count(), 1);
        QCOMPARE(kindOf(problems, 0), Problem::NotReady);
        QCOMPARE(keysOf(sent), QStringList{"a"});
        QCOMPARE(sim.jobs().size(), size_t(1));
        sim.disconnect(&sim);
        QVERIFY(sim.setState(SimState::Ready).ok());
        QTRY_COMPARE(sent.count(), 2);
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{job("a"), job("b")}));
    }

    void connectionDroppedMidJob()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        sim.dropConnectionAfterJobBytes(40);
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("long"), golden()).ok());
        QVERIFY(printer.print(QStringLiteral("next"), job("next")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 5000);
        QCOMPARE(kindOf(problems, 0), Problem::ConnectionLost);
        QVERIFY2(errorOf(problems, 0).message().contains(QLatin1String("sent again")),
                 qPrintable(errorOf(problems, 0).message()));
        // The cut job went again whole, before the next one; each arrived once.
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{golden().trimmed(), job("next")}));
        QVERIFY(sim.strayBytes().startsWith("^XA"));
        QCOMPARE(keysOf(sent), (QStringList{"long", "next"}));
    }

    void noStatusAnswer()
    {
        LabelPrinterSimulator sim;
        sim.setAnswersStatus(false);
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("a"), job("a")).ok());
        QVERIFY(problems.wait(3000));
        QCOMPARE(kindOf(problems, 0), Problem::NoStatusAnswer);
        QVERIFY2(errorOf(problems, 0).message().contains(QLatin1String("did not answer the status request")),
                 qPrintable(errorOf(problems, 0).message()));
        QCOMPARE(sim.jobs().size(), size_t(0));
        QCOMPARE(*printer.waiting(), 1);
        // It answers again: the job goes.
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        sim.setAnswersStatus(true);
        QVERIFY(sent.wait(5000));
        QCOMPARE(sim.jobTexts(), QList<QByteArray>{job("a")});
    }

    void notAZplPrinter()
    {
        // Something that answers ~HS with text: a clear message, the job waits.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = listener.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(QByteArray(5000, 'x'));
            });
        });
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(listener.serverPort()), storage);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.start();
        QVERIFY(printer.print(QStringLiteral("a"), job("a")).ok());
        QVERIFY(problems.wait(3000));
        QCOMPARE(kindOf(problems, 0), Problem::BadStatusAnswer);
        QVERIFY(errorOf(problems, 0).message().contains(QLatin1String("not a ZPL status")));
        QVERIFY(errorOf(problems, 0).context().startsWith(QLatin1String("78 78")));
        QCOMPARE(*printer.waiting(), 1);
    }

    void aKeyGivenTwicePrintsOnce()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage);
        QSignalSpy sent(&printer, &LabelPrinter::jobSent);
        printer.start();
        QVERIFY(!printer.print(QStringLiteral("item-7"), job("x"))->existed);
        QVERIFY(printer.print(QStringLiteral("item-7"), job("x"))->existed);
        QVERIFY(sent.wait(5000));
        QVERIFY(printer.print(QStringLiteral("item-7"), job("x"))->existed);
        QTest::qWait(200);
        QCOMPARE(sim.jobs().size(), size_t(1));
    }

    void statusOnRequest()
    {
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(SimState::HeadOpen).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        LabelPrinter printer(settingsFor(*port), storage); // not started: the spool is left alone
        QSignalSpy statuses(&printer, &LabelPrinter::statusReceived);
        printer.queryStatus();
        QVERIFY(statuses.wait(3000));
        const auto status = statuses.at(0).at(0).value<PrinterStatus>();
        QVERIFY(status.headOpen);
        QCOMPARE(status.messages(), QStringList{printerConditionText(PrinterCondition::HeadOpen)});
        QCOMPARE(printer.state(), LabelPrinter::State::Stopped);
        // Off: a problem, nothing scheduled.
        QVERIFY(sim.setState(SimState::Stopped).ok());
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.queryStatus();
        QVERIFY(problems.wait(3000));
        QCOMPARE(kindOf(problems, 0), Problem::ConnectionRefused);
        QCOMPARE(printer.state(), LabelPrinter::State::Stopped);
    }

    void unknownHost()
    {
        MemoryPrintSpoolStorage storage;
        LabelPrinter::Settings s = settingsFor(9100);
        s.host = QStringLiteral("no-such-printer.invalid");
        LabelPrinter printer(s, storage);
        QSignalSpy problems(&printer, &LabelPrinter::problem);
        printer.queryStatus();
        QVERIFY(problems.wait(10000));
        QCOMPARE(kindOf(problems, 0), Problem::HostNotFound);
        QVERIFY(errorOf(problems, 0).message().contains(QLatin1String("no-such-printer.invalid")));
    }

    void stopKeepsTheJob()
    {
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(SimState::PaperOut).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        MemoryPrintSpoolStorage storage;
        {
            LabelPrinter printer(settingsFor(*port), storage);
            QSignalSpy problems(&printer, &LabelPrinter::problem);
            printer.start();
            QVERIFY(printer.print(QStringLiteral("a"), job("a")).ok());
            QVERIFY(problems.wait(3000));
            printer.stop();
            QCOMPARE(printer.state(), LabelPrinter::State::Stopped);
        }
        // A new printer object over the same storage (a restarted program) sends it.
        QVERIFY(sim.setState(SimState::Ready).ok());
        LabelPrinter again(settingsFor(*port), storage);
        QSignalSpy sent(&again, &LabelPrinter::jobSent);
        again.start();
        QVERIFY(sent.wait(5000));
        QCOMPARE(sim.jobTexts(), QList<QByteArray>{job("a")});
    }
};

QTEST_GUILESS_MAIN(TestLabelPrinter)
#include "tst_labelprinter.moc"
