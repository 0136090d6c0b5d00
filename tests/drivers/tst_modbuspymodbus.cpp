// The Modbus client (ModbusPoller) against an outside peer: Debian's pymodbus (python3-pymodbus 3.0)
// serving known registers (tests/drivers/modbus_peer.py), started here on a free loopback port. It
// checks the Qt client against a Modbus stack other than Qt's own: every type and word order, a
// 32-bit counter, a 16-bit counter that wraps (booked by the counter rule), exception responses,
// requests nobody answers (a unit id the peer does not serve), the peer going away and coming back.
//
// The peer runs under /usr/bin/python3 (Debian's interpreter: a pyenv python3 on PATH does not see
// Debian's packages). The test skips, saying so, only when that interpreter cannot import pymodbus.
#include "CounterDelta.h"
#include "ModbusConfig.h"
#include "ModbusPoller.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wh;
using namespace wh::drivers;
using State = ModbusPoller::State;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kPeerScript = QStringLiteral(WH_MODBUS_PEER);

// The pymodbus peer as a child process: started, talked to over stdin/stdout, stopped.
class Peer {
public:
    ~Peer() { stop(); }

    // Starts it (on `port`, 0: a free one) and waits until it listens. Empty on success, else why.
    QString start(quint16 port = 0)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(kPython);
        m_process->setArguments({kPeerScript, QStringLiteral("--port"), QString::number(port)});
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_out += m_process->readAllStandardOutput(); });
        m_process->start();
        if (!m_process->waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(kPython, m_process->errorString());
        // "listening PORT" once the server accepts connections.
        const QString line = waitForLine(QByteArrayLiteral("listening "), 20000);
        if (line.isEmpty())
            return QStringLiteral("the peer did not say it listens; stdout: %1 stderr: %2")
                .arg(QString::fromUtf8(m_out), QString::fromUtf8(m_process->readAllStandardError()));
        m_port = quint16(line.section(QLatin1Char(' '), 1, 1).toUInt());
        return m_port == 0 ? QStringLiteral("the peer gave no port: %1").arg(line) : QString();
    }

    // Sends one command and waits for its "ok ..." line.
    QString command(const QByteArray &text)
    {
        m_process->write(text + '\n');
        return waitForLine(QByteArrayLiteral("ok ") + text.split(' ').front(), 10000);
    }

    void stop()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        m_process->write("quit\n");
        m_process->closeWriteChannel();
        QSignalSpy finished(m_process.get(), &QProcess::finished);
        if (!finished.wait(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    [[nodiscard]] quint16 port() const { return m_port; }

private:
    // The first unread line starting with `prefix` (lines before it are dropped), waiting for it
    // with the event loop running; empty after `timeoutMs`.
    QString waitForLine(const QByteArray &prefix, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            while (m_out.contains('\n')) {
                const qsizetype end = m_out.indexOf('\n');
                const QByteArray line = m_out.left(end);
                m_out.remove(0, end + 1);
                if (line.startsWith(prefix))
                    return QString::fromUtf8(line);
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || m_process->state() == QProcess::NotRunning)
                return {};
            QSignalSpy more(m_process.get(), &QProcess::readyReadStandardOutput);
            more.wait(int(left));
        }
    }

    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

ModbusDeviceConfig peerMap(quint16 port, int unitId, const QByteArray &registers, int timeoutMs = 1000)
{
    const QByteArray json = QStringLiteral(R"({"device": "PYMODBUS", "tcp": "127.0.0.1:%1", "unit_id": %2,
        "poll_ms": 60000, "timeout_ms": %3, "retries": 0, "registers": [)")
                                .arg(port)
                                .arg(unitId)
                                .arg(timeoutMs)
                                .toUtf8() +
                            registers + "]}";
    auto config = parseModbusConfig(json);
    if (!config)
        qFatal("bad test register map: %s", qPrintable(config.error().toString()));
    return *config;
}

const QByteArray kEveryType = R"(
    {"name": "outfeed", "kind": "counter", "address": 0, "type": "uint32", "site": "S1", "activity": "PICK"},
    {"name": "infeed", "kind": "counter", "address": 2, "type": "uint16", "site": "S1", "activity": "PICK"},
    {"name": "weight", "kind": "gauge", "address": 4, "type": "int32", "word_order": "low_first", "decimals": 2, "unit": "kg"},
    {"name": "level", "kind": "gauge", "address": 6, "type": "int16", "decimals": 1},
    {"name": "temp", "kind": "gauge", "table": "input", "address": 0, "type": "int16"},
    {"name": "top", "kind": "gauge", "table": "input", "address": 1, "type": "uint32"})";

struct Heard {
    QHash<QString, ModbusReading> last;
    QHash<QString, Error> lastError;
    QList<Error> connectionErrors;

    void listen(ModbusPoller &poller)
    {
        QObject::connect(&poller, &ModbusPoller::reading, &poller,
                         [this](const ModbusReading &r) { last.insert(r.name, r); });
        QObject::connect(&poller, &ModbusPoller::readError, &poller,
                         [this](const QString &name, const Error &e) { lastError.insert(name, e); });
        QObject::connect(&poller, &ModbusPoller::connectionError, &poller,
                         [this](const Error &e) { connectionErrors << e; });
    }
};

ModbusPoller::Options fastRetries()
{
    ModbusPoller::Options o;
    o.reconnectInitialMs = 50;
    o.reconnectMaxMs = 400;
    return o;
}

} // namespace

class TestModbusPymodbus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ModbusReading>();
        QVERIFY2(QFile::exists(kPeerScript), qPrintable(kPeerScript));
        if (!QFile::exists(kPython))
            QSKIP("no /usr/bin/python3 on this machine: the pymodbus peer cannot run "
                  "(apt-get install python3-pymodbus, see scripts/install-deps.sh)");
        // What the peer imports (its server module needs the serial modules, even for TCP).
        QProcess probe;
        probe.start(kPython, {QStringLiteral("-c"),
                              QStringLiteral(
                                  "import pymodbus, pymodbus.server.async_io; print(pymodbus.__version__)")});
        QVERIFY(probe.waitForStarted(10000));
        QVERIFY(probe.waitForFinished(30000));
        if (probe.exitCode() != 0)
            QSKIP(qPrintable(
                QStringLiteral("/usr/bin/python3 cannot import pymodbus, so the outside Modbus peer "
                               "cannot run (apt-get install python3-pymodbus, see "
                               "scripts/install-deps.sh): %1")
                    .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed())));
        qInfo("pymodbus %s", probe.readAllStandardOutput().trimmed().constData());
    }

    // Every type and word order as pymodbus serves them; counters moving between rounds, the
    // 16-bit one past its top (the counter rule books the wrap, not 65,000 units).
    void everyType()
    {
        Peer peer;
        const QString started = peer.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ModbusPoller poller(peerMap(peer.port(), 1, kEveryType), fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds[0][1].toInt(), 6);
        QCOMPARE(rounds[0][2].toInt(), 0);
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(70000));
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).words, (QList<quint16>{0x0001, 0x1170}));
        QCOMPARE(heard.last.value(QStringLiteral("infeed")).raw, qint64(65530));
        QCOMPARE(heard.last.value(QStringLiteral("weight")).words, (QList<quint16>{0xFBF1, 0x0009}));
        QCOMPARE(heard.last.value(QStringLiteral("weight")).text, QStringLiteral("6543.21"));
        QCOMPARE(heard.last.value(QStringLiteral("level")).raw, qint64(-1234));
        QCOMPARE(heard.last.value(QStringLiteral("level")).text, QStringLiteral("-123.4"));
        QCOMPARE(heard.last.value(QStringLiteral("temp")).raw, qint64(-5));
        QCOMPARE(heard.last.value(QStringLiteral("top")).raw, qint64(4294967295LL));

        const quint32 infeedBefore = quint32(heard.last.value(QStringLiteral("infeed")).raw);
        const quint32 outfeedBefore = quint32(heard.last.value(QStringLiteral("outfeed")).raw);
        QCOMPARE(peer.command("tick"), QStringLiteral("ok tick 1"));
        QCOMPARE(peer.command("tick"), QStringLiteral("ok tick 2"));
        poller.pollNow();
        QVERIFY(rounds.wait(10000));
        const quint32 infeedNow = quint32(heard.last.value(QStringLiteral("infeed")).raw);
        QCOMPARE(infeedNow, 2u); // 65530 + 8, past the top
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(70006));
        const CounterStep wrap = counterStep(infeedBefore, infeedNow, 16);
        QCOMPARE(wrap.change, CounterChange::Wrapped);
        QCOMPARE(wrap.counts, 8u);
        const CounterStep advance = counterStep(outfeedBefore, 70006, 32);
        QCOMPARE(advance.change, CounterChange::Advanced);
        QCOMPARE(advance.counts, 6u);

        // A value set by hand shows at the next round (the peer is live, not a replay).
        QCOMPARE(peer.command("set h 6 100"), QStringLiteral("ok set"));
        poller.pollNow();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(heard.last.value(QStringLiteral("level")).text, QStringLiteral("10.0"));
        QVERIFY(heard.lastError.isEmpty());
    }

    // pymodbus refuses addresses it does not have with exception 2; the others are read.
    void exceptions()
    {
        Peer peer;
        const QString started = peer.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ModbusPoller poller(peerMap(peer.port(), 1, R"(
            {"name": "ok", "kind": "gauge", "address": 6, "type": "int16"},
            {"name": "past_holding", "kind": "gauge", "address": 100},
            {"name": "past_input", "kind": "gauge", "table": "input", "address": 99, "type": "uint32"})"),
                            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds[0][1].toInt(), 1);
        QCOMPARE(rounds[0][2].toInt(), 2);
        QCOMPARE(heard.last.value(QStringLiteral("ok")).raw, qint64(-1234));
        const Error holding = heard.lastError.value(QStringLiteral("past_holding"));
        QCOMPARE(holding.code(), ErrorCode::Io);
        QCOMPARE(holding.message(),
                 QStringLiteral("Modbus device PYMODBUS refused the read of \"past_holding\" "
                                "(holding 100 uint16, unit 1): exception 2 (illegal data address)"));
        QCOMPARE(holding.context(), QStringLiteral("PDU 83 02"));
        QCOMPARE(heard.lastError.value(QStringLiteral("past_input")).context(), QStringLiteral("PDU 84 02"));
        // And again the next round: an exception does not stop the polling.
        poller.pollNow();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds[1][1].toInt(), 1);
        QCOMPARE(rounds[1][2].toInt(), 2);
        QCOMPARE(poller.state(), State::Connected);
    }

    // A unit id the peer does not serve gets no answer at all: a timeout per register.
    void timeouts()
    {
        Peer peer;
        const QString started = peer.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ModbusPoller poller(peerMap(peer.port(), 9, R"({"name": "a", "kind": "gauge", "address": 0},
                                                     {"name": "b", "kind": "gauge", "address": 2})",
                                    300),
                            fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QVERIFY(rounds.wait(10000));
        QCOMPARE(rounds[0][1].toInt(), 0);
        QCOMPARE(rounds[0][2].toInt(), 2);
        QCOMPARE(heard.lastError.value(QStringLiteral("a")).message(),
                 QStringLiteral(
                     "no answer from Modbus device PYMODBUS to the read of \"a\" (holding 0 uint16, unit 9) "
                     "within 300 ms (1 attempt(s))"));
        QCOMPARE(poller.state(), State::Connected);
    }

    // The peer stops (the connection is lost and said so) and a new one starts on the same port:
    // the poller reconnects and reads again.
    void peerGoesAwayAndComesBack()
    {
        auto peer = std::make_unique<Peer>();
        QString started = peer->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const quint16 port = peer->port();
        ModbusPoller poller(peerMap(port, 1, kEveryType), fastRetries(), Clock::system());
        Heard heard;
        heard.listen(poller);
        QSignalSpy rounds(&poller, &ModbusPoller::roundFinished);
        poller.start();
        QVERIFY(rounds.wait(10000));

        peer.reset(); // quit
        QTRY_VERIFY_WITH_TIMEOUT(!heard.connectionErrors.isEmpty(), 10000);
        QVERIFY2(heard.connectionErrors.front().message().startsWith(
                     QStringLiteral("the connection to Modbus device PYMODBUS was lost")),
                 qPrintable(heard.connectionErrors.front().message()));
        QTRY_VERIFY_WITH_TIMEOUT(poller.failedAttempts() >= 1, 10000);

        const qsizetype before = rounds.size();
        peer = std::make_unique<Peer>();
        started = peer->start(port);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTRY_COMPARE_WITH_TIMEOUT(poller.state(), State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() > before && rounds.last()[1].toInt() == 6, 10000);
        QCOMPARE(heard.last.value(QStringLiteral("outfeed")).raw, qint64(70000)); // a fresh peer
    }
};

QTEST_GUILESS_MAIN(TestModbusPymodbus)
#include "tst_modbuspymodbus.moc"
