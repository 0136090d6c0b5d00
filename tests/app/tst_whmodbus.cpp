// `wh modbus poll` and `wh modbus simulate`, driven as a user would, against the Modbus simulator
// running in this test's process on loopback: the readings printed in the register map's order, the
// counters' moves recorded as units with --db (kept over runs: no double count, the wrap booked),
// exceptions and a device that is not there (exit 1, the others still read, --count still ends),
// bad register maps and usage errors.
#include "MasterDataRepositories.h"
#include "ModbusConfig.h"
#include "ModbusSimulator.h"
#include "SqlSupport.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::WhRun;

namespace {

// `wh args...` with this process's event loop running meanwhile (the simulator answers from it),
// in the C locale (English messages).
WhRun runWhLive(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANG"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(test::whPath(), args);
    WhRun r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = finished.wait(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<QStringList> rows(const QString &out)
{
    QList<QStringList> list;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << line.split(QLatin1Char('\t'));
    return list;
}

} // namespace

class TestWhModbus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ModbusSimulator> m_sim;
    quint16 m_port = 0;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    QString conveyorMap()
    {
        return writeFile(QStringLiteral("conveyor.json"),
                         ModbusSimulator::conveyorRegisterMap(QStringLiteral("127.0.0.1"), m_port,
                                                              QStringLiteral("S1"), QStringLiteral("PICK"),
                                                              100));
    }

    // A store with the small warehouse (S1 with PICK; devices K1, H1 at S1).
    QString smallStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_stores));
        auto store = db::Store::open(path);
        if (!store || !test::seedSmallWarehouse(**store))
            qFatal("cannot create the test store %s", qPrintable(path));
        return path;
    }
    int m_stores = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ModbusSimulator::Options options;
        options.tickMs = 0; // the test moves the counters
        m_sim = std::make_unique<ModbusSimulator>(options);
        m_sim->addConveyorLayout();
        auto port = m_sim->start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().toString()));
        m_port = *port;
    }

    void cleanup() { m_sim.reset(); }

    void pollPrintsReadings()
    {
        const WhRun r =
            runWhLive({QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"),
                       conveyorMap(), QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        const auto lines = rows(r.out);
        QCOMPARE(lines.size(), 8);
        // Round, register, kind, value, raw, registers as read, booked (empty without --db).
        QCOMPARE(lines[0], (QStringList{QStringLiteral("1"), QStringLiteral("outfeed"),
                                        QStringLiteral("counter"), QStringLiteral("1000000"),
                                        QStringLiteral("1000000"), QStringLiteral("000F 4240"), QString()}));
        QCOMPARE(lines[1].mid(1, 5),
                 (QStringList{QStringLiteral("infeed"), QStringLiteral("counter"), QStringLiteral("65500"),
                              QStringLiteral("65500"), QStringLiteral("FFDC")}));
        QCOMPARE(lines[2].mid(1, 5),
                 (QStringList{QStringLiteral("weight"), QStringLiteral("gauge"), QStringLiteral("6543.21 kg"),
                              QStringLiteral("654321"), QStringLiteral("FBF1 0009")}));
        QCOMPARE(lines[3].mid(1, 4), (QStringList{QStringLiteral("belt_temp"), QStringLiteral("gauge"),
                                                  QStringLiteral("-5.0 °C"), QStringLiteral("-50")}));
        QCOMPARE(lines[4][0], QStringLiteral("2"));
        QCOMPARE(lines[7][1], QStringLiteral("belt_temp"));
        QVERIFY2(r.err.contains(QStringLiteral("2 round(s), 8 reading(s), 0 error(s)")), qPrintable(r.err));
    }

    // With --db: the first run sets the baselines, later runs book the moves since (a restart in
    // between counts nothing twice), the 16-bit counter's wrap is booked as the counts it made.
    void pollRecordsCounterUnits()
    {
        const QString store = smallStore();
        const QString map = conveyorMap();
        const QStringList poll{QStringLiteral("modbus"),   QStringLiteral("poll"),
                               QStringLiteral("--config"), map,
                               QStringLiteral("--db"),     store,
                               QStringLiteral("--count"),  QStringLiteral("1")};
        WhRun r = runWhLive(poll + QStringList{QStringLiteral("--device"), QStringLiteral("H1")});
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        auto lines = rows(r.out);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0][6], QStringLiteral("baseline"));
        QCOMPARE(lines[1][6], QStringLiteral("baseline"));
        QCOMPARE(lines[2][6], QString()); // a gauge books nothing
        QVERIFY2(r.err.contains(QStringLiteral("0 unit(s) recorded in 0 event(s) at H1")), qPrintable(r.err));

        for (int i = 0; i < 3; ++i)
            m_sim->tick(); // outfeed +9, infeed 65500 -> 65515
        r = runWhLive(poll + QStringList{QStringLiteral("--device"), QStringLiteral("H1")});
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        lines = rows(r.out);
        QCOMPARE(lines[0][6], QStringLiteral("+9 units (advanced)"));
        QCOMPARE(lines[1][6], QStringLiteral("+15 units (advanced)"));
        // The same values again: nothing more.
        r = runWhLive(poll + QStringList{QStringLiteral("--device"), QStringLiteral("H1")});
        lines = rows(r.out);
        QCOMPARE(lines[0][6], QStringLiteral("unchanged"));
        QCOMPARE(lines[1][6], QStringLiteral("unchanged"));

        for (int i = 0; i < 5; ++i)
            m_sim->tick();   // outfeed +15, infeed 65515 -> 65540 = 4 (past the top)
        r = runWhLive(poll); // the site's first device records when none is named
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        lines = rows(r.out);
        QCOMPARE(lines[1][4], QStringLiteral("4"));
        QCOMPARE(lines[0][6], QStringLiteral("+15 units (advanced)"));
        QCOMPARE(lines[1][6], QStringLiteral("+25 units (wrapped)"));
        QVERIFY2(r.err.contains(QStringLiteral("40 unit(s) recorded in 2 event(s)")), qPrintable(r.err));

        db::Store::Options options;
        options.create = false;
        auto opened = db::Store::open(store, options);
        QVERIFY(opened.ok());
        db::Store &s = **opened;
        QCOMPARE(test::rowCount(
                     s, QStringLiteral("events"),
                     QStringLiteral(
                         "WHERE kind = 'units.counted' AND json_extract(payload, '$.source') = 'counter'")),
                 qint64(4));
        QCOMPARE(test::rowCount(s, QStringLiteral("outbox")), test::rowCount(s, QStringLiteral("events")));
        // Derived into the units table by the command itself.
        auto outfeed = db::scalar(
            s.connection(),
            QStringLiteral("SELECT SUM(quantity) FROM units WHERE reference = 'SIM-CONVEYOR/outfeed' "
                           "AND site = 'S1' AND activity = 'PICK' AND worker IS NULL"));
        QVERIFY(outfeed.ok());
        QCOMPARE(outfeed->toLongLong(), qint64(24));
        auto infeed = db::scalar(
            s.connection(),
            QStringLiteral("SELECT SUM(quantity) FROM units WHERE reference = 'SIM-CONVEYOR/infeed'"));
        QCOMPARE(infeed->toLongLong(), qint64(40));
        auto kept = db::scalar(s.connection(),
                               QStringLiteral("SELECT last_value FROM modbus_counters WHERE "
                                              "device = 'SIM-CONVEYOR' AND register_name = 'infeed'"));
        QCOMPARE(kept->toLongLong(), qint64(4));
        // Plain readings stay out of the device log.
        QCOMPARE(test::rowCount(s, QStringLiteral("device_log")), qint64(0));
        opened->reset();

        // Someone presets the counter far ahead: nothing booked, the new value kept, and the device
        // log says what happened with the registers as read.
        m_sim->setValue(ModbusTable::Holding, 0, 900000000, ModbusValueType::UInt32);
        r = runWhLive(poll);
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        lines = rows(r.out);
        QCOMPARE(lines[0][6], QStringLiteral("0 units (jump)"));
        auto again = db::Store::open(store, options);
        QVERIFY(again.ok());
        QCOMPARE(
            test::rowCount(
                **again, QStringLiteral("device_log"),
                QStringLiteral("WHERE device_id = 'SIM-CONVEYOR' AND protocol = 'modbus-tcp' AND kind = "
                               "'message' AND raw = x'35A4E900' AND detail = 'counter outfeed: jump from "
                               "1000024 to 900000000: 0 units (jump)'")),
            qint64(1));
        auto total = db::scalar(
            (*again)->connection(),
            QStringLiteral("SELECT SUM(quantity) FROM units WHERE reference = 'SIM-CONVEYOR/outfeed'"));
        QCOMPARE(total->toLongLong(), qint64(24));
    }

    // A register the device does not have: said with the raw PDU, exit 1, the others still printed.
    void exceptionKeepsTheOthers()
    {
        const QString map = writeFile(
            QStringLiteral("missing.json"),
            QStringLiteral(R"({"device": "SIM", "tcp": "127.0.0.1:%1", "poll_ms": 100, "registers": [
                {"name": "outfeed", "kind": "gauge", "address": 0, "type": "uint32"},
                {"name": "missing", "kind": "gauge", "address": 500}]})")
                .arg(m_port)
                .toUtf8());
        const QString store = smallStore();
        const WhRun r =
            runWhLive({QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"), map,
                       QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--db"), store});
        QCOMPARE(r.exitCode, 1);
        const auto lines = rows(r.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][1], QStringLiteral("outfeed"));
        QCOMPARE(lines[1][1], QStringLiteral("outfeed"));
        QVERIFY2(r.err.contains(QStringLiteral(
                     "wh modbus poll: error: Modbus device SIM refused the read of \"missing\" "
                     "(holding 500 uint16, unit 1): exception 2 (illegal data address) (PDU 83 02)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 round(s), 2 reading(s), 2 error(s)")), qPrintable(r.err));
        // Each refusal is in the device log with the PDU as it came.
        auto opened = db::Store::open(store);
        QVERIFY(opened.ok());
        QCOMPARE(test::rowCount(
                     **opened, QStringLiteral("device_log"),
                     QStringLiteral("WHERE device_id = 'SIM' AND protocol = 'modbus-tcp' AND channel = 'tcp "
                                    "127.0.0.1:%1' AND kind = 'rejected' AND raw = x'8302' AND detail LIKE "
                                    "'%exception 2 (illegal data address)%'")
                         .arg(m_port)),
                 qint64(2));
    }

    // Nobody at the address: each failed attempt is said and counts as a round, so --count ends.
    void deviceNotThere()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString map = writeFile(
            QStringLiteral("gone.json"),
            QStringLiteral(
                R"({"device": "GONE", "tcp": "127.0.0.1:%1", "registers": [{"name": "a", "kind": "gauge", "address": 0}]})")
                .arg(port)
                .toUtf8());
        const WhRun r =
            runWhLive({QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"), map,
                       QStringLiteral("--count"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(
            r.err.count(
                QStringLiteral("cannot connect to Modbus device GONE: TCP socket error (Connection refused) "
                               "(tcp 127.0.0.1:%1)")
                    .arg(port)),
            2);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString poll = QStringLiteral("poll");
        const QString modbus = QStringLiteral("modbus");
        QTest::newRow("no --config") << QStringList{modbus, poll} << 2
                                     << QStringLiteral(
                                            "wh modbus poll: --config FILE is needed: the register map");
        QTest::newRow("--count 0") << QStringList{modbus,
                                                  poll,
                                                  QStringLiteral("--config"),
                                                  QStringLiteral("x.json"),
                                                  QStringLiteral("--count"),
                                                  QStringLiteral("0")}
                                   << 2
                                   << QStringLiteral("--count must be a whole number above zero, not \"0\"");
        QTest::newRow("--device without --db") << QStringList{modbus,
                                                              poll,
                                                              QStringLiteral("--config"),
                                                              QStringLiteral("x.json"),
                                                              QStringLiteral("--device"),
                                                              QStringLiteral("K1")}
                                               << 2 << QStringLiteral("--device is for --db");
        QTest::newRow("unknown subcommand")
            << QStringList{modbus, QStringLiteral("read")} << 2
            << QStringLiteral("unknown command \"read\"; the commands: poll, simulate");
        QTest::newRow("no subcommand")
            << QStringList{modbus} << 2
            << QStringLiteral("usage: wh modbus COMMAND ...; the commands: poll, simulate");
        QTest::newRow("bad log level")
            << QStringList{modbus, poll, QStringLiteral("--log-level"), QStringLiteral("loud")} << 2
            << QStringLiteral("--log-level must be trace, debug, info, warn, error or off");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const WhRun r = runWhLive(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(test::describe(r)));
    }

    void badRegisterMap()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.json"));
        WhRun r = runWhLive(
            {QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot read the register map")) && r.err.contains(missing),
                 qPrintable(r.err));
        const QString bad = writeFile(
            QStringLiteral("bad.json"),
            R"({"device": "D", "tcp": "127.0.0.1:1502", "registers": [{"name": "c", "kind": "counter", "address": 0, "type": "int16"}]})");
        r = runWhLive({QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("register 1 (\"c\"): a counter counts up: its type is uint16 or uint32, "
                                    "not int16 (%1)")
                         .arg(bad)),
                 qPrintable(r.err));
    }

    // --db with a counter for an activity the store does not have: refused before any polling.
    void counterForUnknownActivity()
    {
        const QString store = smallStore();
        const QString map =
            writeFile(QStringLiteral("unknown.json"),
                      ModbusSimulator::conveyorRegisterMap(QStringLiteral("127.0.0.1"), m_port,
                                                           QStringLiteral("S1"), QStringLiteral("SORT")));
        const WhRun r =
            runWhLive({QStringLiteral("modbus"), QStringLiteral("poll"), QStringLiteral("--config"), map,
                       QStringLiteral("--db"), store, QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("counter SIM-CONVEYOR/outfeed: unknown activity (SORT)")),
                 qPrintable(r.err));
    }

    // The simulator as a program: says where it listens, then a register map for itself.
    void simulateCommand()
    {
        m_sim.reset();
        const WhRun r =
            runWhLive({QStringLiteral("modbus"), QStringLiteral("simulate"), QStringLiteral("--seconds"),
                       QStringLiteral("1"), QStringLiteral("--site"), QStringLiteral("S2")});
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        const QString first = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("listening 127.0.0.1:")), qPrintable(first));
        auto map = parseModbusConfig(r.out.section(QLatin1Char('\n'), 1).toUtf8());
        QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().toString()));
        QCOMPARE(QString::number(map->port), first.section(QLatin1Char(':'), 1));
        QCOMPARE(map->registers.front().site, QStringLiteral("S2"));
    }
};

QTEST_GUILESS_MAIN(TestWhModbus)
#include "tst_whmodbus.moc"
