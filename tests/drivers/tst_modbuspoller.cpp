// The Modbus client (ModbusPoller) against devices on this machine:
//  - Modbus TCP: the in-process simulator (QModbusTcpServer on loopback): values of every type and
//    word order, counters moving, exception responses while the other registers go on being read,
//    a peer that never answers (timeouts, no piling up of requests), a device switched off and on
//    (reconnect), a refused connection (back-off);
//  - Modbus RTU: Qt's RTU client on a real pseudo-terminal pair, the test playing the device on the
//    master side: devices.md's worked request and response byte for byte, an exception, an answer
//    with a wrong CRC, silence, a port that does not exist.
#include "HexBytes.h"
#include "ModbusConfig.h"
#include "ModbusPoller.h"
#include "ModbusRtuFrame.h"
#include "ModbusSimulator.h"
#include "PtyMaster.h"
#include "TestSupport.h"

#include <QHash>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using namespace wh;
using namespace wh::drivers;
using State = ModbusPoller::State;
using wh::test::PtyMaster;

namespace {

ModbusPoller::Options fastRetries()
{
    ModbusPoller::Options o;
    o.reconnectInitialMs = 50;
    o.reconnectMaxMs = 400;
    o.connectTimeoutMs = 3000;
    return o;
}

ModbusDeviceConfig configFrom(const QByteArray &json)
{
    auto config = parseModbusConfig(json);
    if (!config)
        qFatal("bad test register map: %s", qPrintable(config.error().toString()));
    return *config;
}

// What a poller said, by register.
struct Heard {
    QHash<QString, ModbusReading> last;
    QHash<QString, Error> lastError;
    QHash<QString, QByteArray> lastRaw; // what came back with an error
    QList<Error> connectionErrors;
    int readings = 0;
    int errors = 0;

    void listen(ModbusPoller &poller)
    {
        QObject::connect(&poller, &ModbusPoller::reading, &poller, [this](const ModbusReading &r) {
            last.insert(r.name, r);
            ++readings;
        });
        QObject::connect(&poller, &ModbusPoller::readError, &poller,
                         [this](const QString &name, const Error &e, const QByteArray &raw) {
                             lastError.insert(name, e);
                             lastRaw.insert(name, raw);
                             ++errors;
                         });
        QObject::connect(&poller, &ModbusPoller::connectionError, &poller,
                         [this](const Error &e) { connectionErrors << e; });
    }
};

// A free loopback port with nobody listening on it.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A Modbus TCP "device" that accepts connections, keeps what it is sent and never answers.
class SilentPeer : public QObject {
public:
    SilentPeer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { received += s->readAll(); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    QTcpServer m_server;
};

// A Modbus RTU device on the master side of a pty: reads requests, answers from its registers.
class FakeRtuDevice : public QObject {
public:
    enum class Behaviour { Answer, BadCrc, Silent };

    FakeRtuDevice(PtyMaster &pty, quint8 unit)
        : m_pty(pty)
        , m_unit(unit)
        , m_notifier(pty.fd(), QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, [this] { readable(); });
    }

    QHash<quint16, quint16> holding;
    QHash<quint16, Behaviour> behaviourAt; // by the request's start address
    QStringList requests;                  // every request as hex

private:
    void readable()
    {
        char buffer[512];
        const auto n = ::read(m_pty.fd(), buffer, sizeof buffer);
        if (n <= 0) {
            m_notifier.setEnabled(false); // the slave side closed
            return;
        }
        m_buffer.append(buffer, int(n));
        while (m_buffer.size() >= 8) {
            const QByteArray frame = m_buffer.left(8);
            m_buffer.remove(0, 8);
            answer(frame);
        }
    }

    void answer(const QByteArray &frame)
    {
        requests << toHex(frame);
        auto request = decodeRtuReadRequest(frame);
        if (!request || request->unit != m_unit)
            return; // not for this device: a real one stays quiet
        const Behaviour behaviour = behaviourAt.value(request->address, Behaviour::Answer);
        if (behaviour == Behaviour::Silent)
            return;
        QList<quint16> words;
        for (int i = 0; i < request->count; ++i) {
            const quint16 address = quint16(request->address + i);
            if (request->table != ModbusTable::Holding || !holding.contains(address)) {
                m_pty.write(encodeRtuExceptionResponse(m_unit, modbusReadFunction(request->table), 0x02));
                return;
            }
            words << holding.value(address);
        }
        QByteArray response = encodeRtuReadResponse(m_unit, request->table, words);
        if (behaviour == Behaviour::BadCrc)
            response[response.size() - 1] = char(response.back() ^ 0x5A);
        m_pty.write(response);
    }

    PtyMaster &m_pty;
    quint8 m_unit;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

QByteArray rtuMap(const QString &port, const QByteArray &registers, int timeoutMs = 200)
{
    return QStringLiteral(R"({"device": "SCALE-RTU", "rtu": {"port": "%1", "baud": 9600}, "unit_id": 1,
                              "poll_ms": 60000, "timeout_ms": %2, "retries": 0, "registers": [)")
               .arg(port)
               .arg(timeoutMs)
               .toUtf8() +
           registers + "]}";
}

} // namespace

class TestModbusPoller : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ModbusReading>(); }

    // Every type and word order through a real TCP connection; counters move between rounds.
    void tcpSimulator()
    {
        ModbusSimulator sim({QStringLiteral("127.0.0.1"), 0, 0, 100});
        sim.addConveyorLayout();
        auto port = sim.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().toString()));
        QVERIFY(*port > 0);
        test::MockClock clock;
        // A long interval: the rounds here are started by pollNow().
        ModbusPoller poller(configFrom(ModbusSimulator::conveyorRegisterMap(QStringLiteral("127.0.0.1"),
                                                                            *port, QStringLiteral("S1"),
                                                                            QStringLiteral("PICK"), 60000)),
                            fastRetries(), clock);
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        QSignalSpy states(&poller, &ModbusPoller::stateChanged);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 5000);
        QCOMPARE(rounds[0][0].toLongLong(), qint64(1));
        QCOMPARE(rounds[0][1].toInt(), 4);
        QCOMPARE(rounds[0][2].toInt(), 0);
        QCOMPARE(states[0][0].value<State>(), State::Connecting);
        QCOMPARE(states[1][0].value<State>(), State::Connected);

        const ModbusReading outfeed = heard.last.value(QStringLiteral("outfeed"));
        QCOMPARE(outfeed.device, QStringLiteral("SIM-CONVEYOR"));
        QCOMPARE(outfeed.kind, ModbusRegisterKind::Counter);
        QCOMPARE(outfeed.raw, qint64(1000000));
        QCOMPARE(outfeed.words, (QList<quint16>{0x000F, 0x4240})); // high word first
        QCOMPARE(outfeed.text, QStringLiteral("1000000"));
        QCOMPARE(outfeed.atMs, clock.nowMs());
        QCOMPARE(heard.last.value(QStringLiteral("infeed")).raw, qint64(65500));
        const ModbusReading weight = heard.last.value(QStringLiteral("weight"));
        QCOMPARE(weight.words, (QList<quint16>{0xFBF1, 0x0009})); // low word first, as devices.md
        QCOMPARE(weight.raw, qint64(654321));
        QCOMPARE(weight.text, QStringLiteral("6543.21"));
        QCOMPARE(weight.unit, QStringLiteral("kg"));
        QCOMPARE(weight.kind, ModbusRegisterKind::Gauge);
        const ModbusReading temp = heard.last.value(QStringLiteral("belt_temp"));
        QCOMPARE(temp.raw, qint64(-50)); // a signed input register
        QCOMPARE(temp.text, QStringLiteral("-5.0"));
        QCOMPARE(temp.value, -5.0);

        sim.tick();
        clock.advance(1000);
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 5000);
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(1000003));
        QCOMPARE(heard.last.value(QStringLiteral("infeed")).raw, qint64(65505));
        QCOMPARE(heard.last.value(QStringLiteral("belt_temp")).text, QStringLiteral("-4.3"));
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).atMs, clock.nowMs());
        // The 16-bit counter wraps in the device: the poller reports the raw value as it is (the
        // counter rule books the wrap, see core/CounterDelta.h).
        for (int i = 0; i < 7; ++i)
            sim.tick();
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 3, 5000);
        QCOMPARE(heard.last.value(QStringLiteral("infeed")).raw, qint64((65505 + 35) % 65536));
        QCOMPARE(heard.errors, 0);
        poller.stop();
        QCOMPARE(poller.state(), State::Stopped);
    }

    // The interval drives the rounds by itself.
    void pollsAtTheInterval()
    {
        ModbusSimulator sim({QStringLiteral("127.0.0.1"), 0, 0, 100});
        sim.addConveyorLayout();
        auto port = sim.start();
        QVERIFY(port.ok());
        ModbusPoller poller(configFrom(ModbusSimulator::conveyorRegisterMap(
            QStringLiteral("127.0.0.1"), *port, QStringLiteral("S1"), QStringLiteral("PICK"), 50)));
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 4, 5000);
        QCOMPARE(poller.config().pollMs, 50);
    }

    // An exception response fails that register, with its raw PDU; the others are read, and the
    // next round reads them all again.
    void exceptionKeepsTheOthers()
    {
        ModbusSimulator sim({QStringLiteral("127.0.0.1"), 0, 0, 100});
        sim.addConveyorLayout();
        auto port = sim.start();
        QVERIFY(port.ok());
        const QByteArray map = QStringLiteral(R"({"device": "SIM", "tcp": "127.0.0.1:%1", "poll_ms": 60000,
            "registers": [
              {"name": "outfeed", "kind": "gauge", "address": 0, "type": "uint32"},
              {"name": "missing", "kind": "gauge", "address": 500},
              {"name": "off_the_end", "kind": "gauge", "address": 99, "type": "uint32"},
              {"name": "belt_temp", "kind": "gauge", "table": "input", "address": 0, "type": "int16"}
            ]})")
                                   .arg(*port)
                                   .toUtf8();
        ModbusPoller poller(configFrom(map), fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 5000);
        QCOMPARE(rounds[0][1].toInt(), 2);
        QCOMPARE(rounds[0][2].toInt(), 2);
        const Error missing = heard.lastError.value(QStringLiteral("missing"));
        QCOMPARE(missing.code(), ErrorCode::Io);
        QCOMPARE(missing.message(),
                 QStringLiteral("Modbus device SIM refused the read of \"missing\" (holding 500 "
                                "uint16, unit 1): exception 2 (illegal data address)"));
        QCOMPARE(missing.context(), QStringLiteral("PDU 83 02"));
        QCOMPARE(heard.lastRaw.value(QStringLiteral("missing")), QByteArray("\x83\x02"));
        QCOMPARE(heard.lastError.value(QStringLiteral("off_the_end")).context(), QStringLiteral("PDU 83 02"));
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(1000000));
        QCOMPARE(heard.last.value(QStringLiteral("belt_temp")).raw, qint64(-50));
        QCOMPARE(poller.state(), State::Connected);

        sim.tick();
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 5000);
        QCOMPARE(rounds[1][1].toInt(), 2);
        QCOMPARE(rounds[1][2].toInt(), 2);
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(1000003));
    }

    // A device that takes the request and never answers: each register times out, with the
    // register and the wait named; rounds do not pile up while they wait.
    void timeout()
    {
        SilentPeer peer;
        QVERIFY(peer.listen());
        const QByteArray map = QStringLiteral(R"({"device": "DEAF", "tcp": "127.0.0.1:%1", "poll_ms": 50,
            "timeout_ms": 300, "retries": 0, "unit_id": 7, "registers": [
              {"name": "a", "kind": "gauge", "address": 0},
              {"name": "b", "kind": "gauge", "table": "input", "address": 3, "type": "int32"}]})")
                                   .arg(peer.port())
                                   .toUtf8();
        ModbusPoller poller(configFrom(map), fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        QList<int> errorsAtRoundEnd;
        connect(&poller, &ModbusPoller::roundFinished, this, [&] { errorsAtRoundEnd << heard.errors; });
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 5000);
        QCOMPARE(rounds[0][1].toInt(), 0);
        QCOMPARE(rounds[0][2].toInt(), 2);
        const Error a = heard.lastError.value(QStringLiteral("a"));
        QCOMPARE(a.code(), ErrorCode::Io);
        QCOMPARE(a.message(),
                 QStringLiteral("no answer from Modbus device DEAF to the read of \"a\" (holding 0 "
                                "uint16, unit 7) within 300 ms (1 attempt(s))"));
        QCOMPARE(a.context(), QStringLiteral("tcp 127.0.0.1:%1").arg(peer.port()));
        QVERIFY(heard.lastRaw.value(QStringLiteral("a")).isEmpty()); // nothing came back
        QVERIFY(heard.lastError.contains(QStringLiteral("b")));
        // The requests as sent: MBAP (transaction, protocol 0, length 6, unit 7), then the PDU.
        QVERIFY(peer.received.size() >= 24);
        QCOMPARE(toHex(peer.received.mid(2, 10)), QStringLiteral("00 00 00 06 07 03 00 00 00 01"));
        QCOMPARE(toHex(peer.received.mid(14, 10)), QStringLiteral("00 00 00 06 07 04 00 03 00 02"));
        // Polled every 50 ms but answered never: one round at a time, each register once a round.
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 3, 5000);
        for (int i = 0; i < errorsAtRoundEnd.size(); ++i)
            QCOMPARE(errorsAtRoundEnd[i], 2 * (i + 1));
        QCOMPARE(poller.state(), State::Connected);
        QVERIFY(heard.connectionErrors.isEmpty());
    }

    // The device goes away (switched off) and comes back on the same port: the poller says the
    // connection was lost, retries, and reads again.
    void reconnect()
    {
        ModbusSimulator sim({QStringLiteral("127.0.0.1"), 0, 0, 100});
        sim.addConveyorLayout();
        auto port = sim.start();
        QVERIFY(port.ok());
        ModbusPoller poller(configFrom(ModbusSimulator::conveyorRegisterMap(QStringLiteral("127.0.0.1"),
                                                                            *port, QStringLiteral("S1"),
                                                                            QStringLiteral("PICK"), 100)),
                            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 1, 5000);

        sim.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!heard.connectionErrors.isEmpty(), 5000);
        const Error lost = heard.connectionErrors.front();
        QCOMPARE(lost.code(), ErrorCode::Io);
        QVERIFY2(lost.message().startsWith(
                     QStringLiteral("the connection to Modbus device SIM-CONVEYOR was lost")),
                 qPrintable(lost.message()));
        QCOMPARE(lost.context(), QStringLiteral("tcp 127.0.0.1:%1").arg(*port));
        QVERIFY(poller.state() == State::Reconnecting || poller.state() == State::Connecting);
        // While it is off, attempts fail and are said.
        QTRY_VERIFY_WITH_TIMEOUT(poller.failedAttempts() >= 2, 5000);
        QVERIFY(heard.connectionErrors.last().message().startsWith(
            QStringLiteral("cannot connect to Modbus device SIM-CONVEYOR")));

        sim.tick();
        QVERIFY(sim.start().ok());
        QCOMPARE(sim.port(), *port);
        QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Connected, 5000);
        QCOMPARE(poller.failedAttempts(), 0);
        const qsizetype before = rounds.size();
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() > before && rounds.last()[1].toInt() == 4, 5000);
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(1000003));
    }

    // Nobody listens: every attempt fails with the reason, the delay doubles up to its cap.
    void refusedBacksOff()
    {
        const quint16 port = closedPort();
        const QByteArray map =
            QStringLiteral(
                R"({"device": "GONE", "tcp": "127.0.0.1:%1", "registers": [{"name": "a", "kind": "gauge", "address": 0}]})")
                .arg(port)
                .toUtf8();
        ModbusPoller poller(configFrom(map), fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!heard.connectionErrors.isEmpty(), 5000);
        const Error first = heard.connectionErrors.front();
        QCOMPARE(first.code(), ErrorCode::Io);
        QVERIFY2(first.message().startsWith(QStringLiteral("cannot connect to Modbus device GONE: ")),
                 qPrintable(first.message()));
        QVERIFY2(first.message().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(first.message()));
        QCOMPARE(first.context(), QStringLiteral("tcp 127.0.0.1:%1").arg(port));
        QTRY_VERIFY_WITH_TIMEOUT(poller.failedAttempts() >= 4, 5000);
        QCOMPARE(poller.nextReconnectDelayMs(), 400); // 50, 100, 200, 400, 400, ...
        QVERIFY(poller.state() == State::Reconnecting || poller.state() == State::Connecting);
        QCOMPARE(rounds.size(), 0);
        poller.stop();
        QCOMPARE(poller.state(), State::Stopped);
        const int attempts = poller.failedAttempts();
        QTest::qWait(300); // stopped means no more attempts (nothing to wait on but time here)
        QCOMPARE(poller.failedAttempts(), attempts);
    }

    // devices.md's worked example over a real serial line: the request goes out byte for byte,
    // the low-word-first answer becomes 6543.21.
    void rtuDevicesMdExample()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        FakeRtuDevice device(pty, 1);
        device.holding = {{0, 0xFBF1}, {1, 0x0009}};
        ModbusPoller poller(
            configFrom(rtuMap(pty.slavePath(),
                              R"({"name": "weight", "kind": "gauge", "address": 0, "type": "uint32",
                                                  "word_order": "low_first", "decimals": 2, "unit": "kg"})")),
            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 5000);
        QCOMPARE(device.requests.value(0), QStringLiteral("01 03 00 00 00 02 C4 0B"));
        const ModbusReading weight = heard.last.value(QStringLiteral("weight"));
        QCOMPARE(weight.words, (QList<quint16>{0xFBF1, 0x0009}));
        QCOMPARE(weight.raw, qint64(654321));
        QCOMPARE(weight.text, QStringLiteral("6543.21"));
        QCOMPARE(heard.errors, 0);
    }

    // On RTU: an exception (raw PDU kept), an answer with a wrong CRC (discarded, then a timeout that
    // says so), silence (a timeout), each for its own register while the others are read.
    void rtuErrorsKeepTheOthers()
    {
        PtyMaster pty;
        QVERIFY2(pty.ok(), qPrintable(pty.error()));
        FakeRtuDevice device(pty, 1);
        device.holding = {{0, 0x0102}, {8, 0x0001}, {9, 0x0002}, {10, 0xFFFE}};
        device.behaviourAt = {{8, FakeRtuDevice::Behaviour::BadCrc}, {9, FakeRtuDevice::Behaviour::Silent}};
        ModbusPoller poller(configFrom(rtuMap(pty.slavePath(), R"(
                                {"name": "ok", "kind": "gauge", "address": 0},
                                {"name": "missing", "kind": "gauge", "address": 7},
                                {"name": "bad_crc", "kind": "gauge", "address": 8},
                                {"name": "silent", "kind": "gauge", "address": 9},
                                {"name": "signed", "kind": "gauge", "address": 10, "type": "int16"})",
                                              150)),
                            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 10000);
        QCOMPARE(rounds[0][1].toInt(), 2);
        QCOMPARE(rounds[0][2].toInt(), 3);
        QCOMPARE(heard.last.value(QStringLiteral("ok")).raw, qint64(0x0102));
        QCOMPARE(heard.last.value(QStringLiteral("signed")).raw, qint64(-2));
        const Error missing = heard.lastError.value(QStringLiteral("missing"));
        QCOMPARE(missing.message(),
                 QStringLiteral("Modbus device SCALE-RTU refused the read of \"missing\" (holding 7 "
                                "uint16, unit 1): exception 2 (illegal data address)"));
        QCOMPARE(missing.context(), QStringLiteral("PDU 83 02"));
        const Error badCrc = heard.lastError.value(QStringLiteral("bad_crc"));
        QVERIFY2(badCrc.message().startsWith(
                     QStringLiteral("no answer from Modbus device SCALE-RTU to the read of "
                                    "\"bad_crc\" (holding 8 uint16, unit 1) within 150 ms")),
                 qPrintable(badCrc.message()));
        QVERIFY2(badCrc.message().endsWith(QStringLiteral("; answers with a wrong CRC were discarded")),
                 qPrintable(badCrc.message()));
        const Error silent = heard.lastError.value(QStringLiteral("silent"));
        QCOMPARE(silent.message(),
                 QStringLiteral("no answer from Modbus device SCALE-RTU to the read of \"silent\" "
                                "(holding 9 uint16, unit 1) within 150 ms (1 attempt(s))"));
        QCOMPARE(silent.context(), QStringLiteral("rtu %1 9600 8N1").arg(pty.slavePath()));
        // The next round reads them all again.
        device.holding[0] = 0x0103;
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 10000);
        QCOMPARE(heard.last.value(QStringLiteral("ok")).raw, qint64(0x0103));
        QCOMPARE(rounds[1][2].toInt(), 3);
        QCOMPARE(poller.state(), State::Connected);
    }

    // A serial port that is not there: a clear connection error, then retries.
    void rtuPortMissing()
    {
        ModbusPoller poller(configFrom(rtuMap(QStringLiteral("/dev/wh-no-such-port"),
                                              R"({"name": "a", "kind": "gauge", "address": 0})")),
                            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!heard.connectionErrors.isEmpty(), 5000);
        const Error e = heard.connectionErrors.front();
        QVERIFY2(e.message().startsWith(QStringLiteral("cannot connect to Modbus device SCALE-RTU: ")),
                 qPrintable(e.message()));
        QCOMPARE(e.context(), QStringLiteral("rtu /dev/wh-no-such-port 9600 8N1"));
        QTRY_VERIFY_WITH_TIMEOUT(poller.failedAttempts() >= 2, 5000);
    }
};

QTEST_GUILESS_MAIN(TestModbusPoller)
#include "tst_modbuspoller.moc"
