// LabelPrinterSimulator through a plain socket: ~HS answers per state (parsed back), jobs split
// across writes, stray bytes, a stopped printer refusing connections and coming back on its port.
#include "LabelPrinterSimulator.h"
#include "PrinterStatus.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

using State = LabelPrinterSimulator::State;

namespace {

// Connects to the simulator and waits for it.
bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(3000);
}

// The simulator runs in this thread: wait with the event loop running, not in the socket.
QByteArray readStatus(QTcpSocket &socket)
{
    QByteArray answer;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    while (!PrinterStatus::completeLength(answer)) {
        if (socket.bytesAvailable() == 0 && !ready.wait(3000))
            return answer;
        answer += socket.readAll();
    }
    return answer;
}

} // namespace

class TestLabelPrinterSimulator : public QObject {
    Q_OBJECT

private slots:
    void answersWithItsState_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("conditions");
        QTest::newRow("ready") << int(State::Ready) << QStringList{};
        QTest::newRow("paper out") << int(State::PaperOut) << QStringList{"paper-out"};
        QTest::newRow("paused") << int(State::Paused) << QStringList{"paused"};
        QTest::newRow("head open") << int(State::HeadOpen) << QStringList{"head-open"};
        QTest::newRow("ribbon out") << int(State::RibbonOut) << QStringList{"ribbon-out"};
    }
    void answersWithItsState()
    {
        QFETCH(int, state);
        QFETCH(QStringList, conditions);
        LabelPrinterSimulator sim;
        QVERIFY(sim.setState(static_cast<State>(state)).ok());
        auto port = sim.start();
        QVERIFY(port.ok());
        QTcpSocket socket;
        QVERIFY(connectTo(socket, *port));
        socket.write("~HS");
        const QByteArray answer = readStatus(socket);
        QCOMPARE(answer, LabelPrinterSimulator::statusResponse(static_cast<State>(state)));
        auto status = PrinterStatus::parse(answer);
        QVERIFY(status.ok());
        QStringList got;
        for (PrinterCondition c : status->conditions())
            got << QString::fromLatin1(printerConditionName(c));
        QCOMPARE(got, conditions);
        QCOMPARE(sim.statusRequests(), 1);
    }

    void recordsJobsAndStrayBytes()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        QSignalSpy jobs(&sim, &LabelPrinterSimulator::jobReceived);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, *port));
        // A job in three writes, with garbage and a status request between jobs.
        socket.write("^XA^FO0,0^FDon");
        socket.flush();
        QTest::qWait(50);
        socket.write("e^FS");
        socket.flush();
        QTest::qWait(50);
        socket.write("^XZ\r\nhello~H");
        socket.flush();
        QTest::qWait(50);
        socket.write("S^XA^FDtwo^FS^XZ");
        QTRY_COMPARE(jobs.count(), 2);
        QCOMPARE(sim.jobTexts(), (QList<QByteArray>{"^XA^FO0,0^FDone^FS^XZ", "^XA^FDtwo^FS^XZ"}));
        QCOMPARE(sim.statusRequests(), 1);
        QCOMPARE(sim.strayBytes(), QByteArray("hello"));
        QCOMPARE(sim.jobs().front().connection, 1);
        // A job cut by the connection closing is stray, not a job.
        socket.write("^XA^FDcut");
        socket.flush();
        QTest::qWait(50);
        QSignalSpy closed(&sim, &LabelPrinterSimulator::connectionClosed);
        socket.disconnectFromHost();
        QVERIFY(closed.wait(3000));
        QCOMPARE(sim.jobs().size(), size_t(2));
        QCOMPARE(sim.strayBytes(), QByteArray("hello^XA^FDcut"));
    }

    void stoppedRefusesThenComesBack()
    {
        LabelPrinterSimulator sim;
        auto port = sim.start();
        QVERIFY(port.ok());
        QTcpSocket before;
        QVERIFY(connectTo(before, *port));
        QVERIFY(sim.setState(State::Stopped).ok());
        // The open connection is dropped, a new one refused.
        QTRY_COMPARE(before.state(), QAbstractSocket::UnconnectedState);
        QTcpSocket refused;
        QVERIFY(!connectTo(refused, *port));
        QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);
        // Stopped answers nothing; on again, the same port.
        QCOMPARE(LabelPrinterSimulator::statusResponse(State::Stopped), QByteArray());
        QVERIFY(sim.setState(State::Ready).ok());
        QCOMPARE(sim.port(), *port);
        QTcpSocket after;
        QVERIFY(connectTo(after, *port));
    }

    void silentPrinter()
    {
        LabelPrinterSimulator sim;
        sim.setAnswersStatus(false);
        auto port = sim.start();
        QVERIFY(port.ok());
        QTcpSocket socket;
        QVERIFY(connectTo(socket, *port));
        QSignalSpy asked(&sim, &LabelPrinterSimulator::statusRequested);
        socket.write("~HS");
        QVERIFY(asked.wait(3000));
        QTest::qWait(200);
        QCOMPARE(socket.bytesAvailable(), 0);
    }

    void portInUse()
    {
        LabelPrinterSimulator first;
        auto port = first.start();
        QVERIFY(port.ok());
        LabelPrinterSimulator second;
        auto again = second.start(*port);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Io);
        QVERIFY(again.error().message().contains(QString::number(*port)));
    }
};

QTEST_GUILESS_MAIN(TestLabelPrinterSimulator)
#include "tst_labelprintersimulator.moc"
