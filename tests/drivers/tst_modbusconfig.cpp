// The Modbus register map (JSON): a full map with defaults filled in, TCP and RTU endpoints, and a
// table of bad maps, each with the message that names the problem.
#include "ModbusConfig.h"
#include "ModbusSimulator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

class TestModbusConfig : public QObject {
    Q_OBJECT

private slots:
    void fullMap()
    {
        const QByteArray json = R"({
          "device": "CONV-1",
          "tcp": "192.168.10.20:502",
          "unit_id": 3,
          "poll_ms": 500,
          "timeout_ms": 300,
          "retries": 0,
          "registers": [
            {"name": "outfeed", "kind": "counter", "address": 0, "type": "uint32", "word_order": "low_first",
             "scale": 2, "site": "S1", "activity": "SORT", "max_delta": 1000},
            {"name": "speed", "kind": "gauge", "table": "input", "address": 10, "type": "int16",
             "decimals": 1, "unit": "m/min"},
            {"name": "plain", "kind": "gauge", "address": 65535}
          ]
        })";
        auto config = parseModbusConfig(json);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->device, QStringLiteral("CONV-1"));
        QCOMPARE(config->transport, ModbusDeviceConfig::Transport::Tcp);
        QCOMPARE(config->host, QStringLiteral("192.168.10.20"));
        QCOMPARE(config->port, quint16(502));
        QCOMPARE(config->unitId, 3);
        QCOMPARE(config->pollMs, 500);
        QCOMPARE(config->timeoutMs, 300);
        QCOMPARE(config->retries, 0);
        QCOMPARE(config->endpoint(), QStringLiteral("tcp 192.168.10.20:502"));
        QCOMPARE(config->registers.size(), size_t(3));
        const ModbusRegisterConfig &c = config->registers[0];
        QCOMPARE(c.kind, ModbusRegisterKind::Counter);
        QCOMPARE(c.table, ModbusTable::Holding);
        QCOMPARE(c.format.type, ModbusValueType::UInt32);
        QCOMPARE(c.format.wordOrder, ModbusWordOrder::LowFirst);
        QCOMPARE(c.format.scale, 2.0);
        QCOMPARE(c.site, QStringLiteral("S1"));
        QCOMPARE(c.activity, QStringLiteral("SORT"));
        QCOMPARE(c.maxDelta, 1000u);
        QCOMPARE(c.layout(), QStringLiteral("holding 0-1 uint32 low_first"));
        const ModbusRegisterConfig &g = config->registers[1];
        QCOMPARE(g.kind, ModbusRegisterKind::Gauge);
        QCOMPARE(g.table, ModbusTable::Input);
        QCOMPARE(g.format.type, ModbusValueType::Int16);
        QCOMPARE(g.format.decimals, 1);
        QCOMPARE(g.unit, QStringLiteral("m/min"));
        QCOMPARE(g.layout(), QStringLiteral("input 10 int16"));
        // Defaults: holding, uint16, scale 1, decimals 0; the last address is allowed.
        const ModbusRegisterConfig &p = config->registers[2];
        QCOMPARE(p.table, ModbusTable::Holding);
        QCOMPARE(p.format.type, ModbusValueType::UInt16);
        QCOMPARE(p.format.scale, 1.0);
        QCOMPARE(p.address, quint16(65535));
    }

    void defaults()
    {
        auto config = parseModbusConfig(
            R"({"device": "D", "tcp": "plc.local:1502", "registers": [{"name": "n", "kind": "gauge", "address": 1}]})");
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->host, QStringLiteral("plc.local"));
        QCOMPARE(config->port, quint16(1502));
        QCOMPARE(config->unitId, 1);
        QCOMPARE(config->pollMs, 1000);
        QCOMPARE(config->timeoutMs, 1000);
        QCOMPARE(config->retries, 1);
    }

    void ipv6()
    {
        auto config = parseModbusConfig(
            R"({"device": "D", "tcp": "[::1]:1502", "registers": [{"name": "n", "kind": "gauge", "address": 1}]})");
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->host, QStringLiteral("::1"));
        QCOMPARE(config->endpoint(), QStringLiteral("tcp [::1]:1502"));
    }

    void rtu()
    {
        auto config = parseModbusConfig(R"({"device": "SCALE-2",
            "rtu": {"port": "/dev/ttyUSB0", "baud": 19200, "parity": "even", "data_bits": 8, "stop_bits": 1},
            "unit_id": 247,
            "registers": [{"name": "weight", "kind": "gauge", "address": 0, "type": "int32", "decimals": 2}]})");
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->transport, ModbusDeviceConfig::Transport::Rtu);
        QCOMPARE(config->serial.port, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(config->serial.baudRate, 19200);
        QCOMPARE(config->serial.parity, QSerialPort::EvenParity);
        QCOMPARE(config->endpoint(), QStringLiteral("rtu /dev/ttyUSB0 19200 8E1"));
        // RTU defaults: 9600 8N1.
        auto plain = parseModbusConfig(
            R"({"device": "D", "rtu": {"port": "ttyS0"}, "registers": [{"name": "n", "kind": "gauge", "address": 1}]})");
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().toString()));
        QCOMPARE(plain->endpoint(), QStringLiteral("rtu ttyS0 9600 8N1"));
    }

    void simulatorMapParses()
    {
        auto config = parseModbusConfig(ModbusSimulator::conveyorRegisterMap(
            QStringLiteral("127.0.0.1"), 1502, QStringLiteral("S1"), QStringLiteral("PICK")));
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().toString()));
        QCOMPARE(config->registers.size(), size_t(4));
        QCOMPARE(config->registers[2].format.wordOrder, ModbusWordOrder::LowFirst);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray reg = R"({"name": "n", "kind": "gauge", "address": 1})";
        auto map = [&](const QByteArray &head, const QByteArray &registers) -> QByteArray {
            return "{" + head + R"(, "registers": [)" + registers + "]}";
        };
        const QByteArray tcp = R"("device": "D", "tcp": "h:502")";
        QTest::newRow("not JSON") << QByteArray("{\"device\": ")
                                  << QStringLiteral("not valid JSON: unterminated object at byte 11");
        QTest::newRow("an array") << QByteArray("[]")
                                  << QStringLiteral("the register map must be a JSON object");
        QTest::newRow("no device") << map(R"("tcp": "h:502")", reg)
                                   << QStringLiteral("\"device\" is required");
        QTest::newRow("empty device") << map(R"("device": " ", "tcp": "h:502")", reg)
                                      << QStringLiteral("\"device\" must be a non-empty text, not \" \"");
        QTest::newRow("no endpoint")
            << map(R"("device": "D")", reg)
            << QStringLiteral("give exactly one of \"tcp\" (host:port) and \"rtu\" (a serial line)");
        QTest::newRow("both endpoints")
            << map(R"("device": "D", "tcp": "h:1", "rtu": {"port": "x"})", reg)
            << QStringLiteral("give exactly one of \"tcp\" (host:port) and \"rtu\" (a serial line)");
        QTest::newRow("tcp without port")
            << map(R"("device": "D", "tcp": "plc")", reg)
            << QStringLiteral("\"tcp\" must be host:port (e.g. 192.168.10.20:502), not \"plc\"");
        QTest::newRow("tcp port 0")
            << map(R"("device": "D", "tcp": "plc:0")", reg)
            << QStringLiteral("\"tcp\" must be host:port (e.g. 192.168.10.20:502), not \"plc:0\"");
        QTest::newRow("tcp port too big")
            << map(R"("device": "D", "tcp": "plc:70000")", reg)
            << QStringLiteral("\"tcp\" must be host:port (e.g. 192.168.10.20:502), not \"plc:70000\"");
        QTest::newRow("tcp a number")
            << map(R"("device": "D", "tcp": 502)", reg)
            << QStringLiteral("\"tcp\" must be host:port (e.g. 192.168.10.20:502), not 502");
        QTest::newRow("rtu without port") << map(R"("device": "D", "rtu": {"baud": 9600})", reg)
                                          << QStringLiteral("rtu: \"port\" is required");
        QTest::newRow("rtu bad parity")
            << map(R"("device": "D", "rtu": {"port": "x", "parity": "mark"})", reg)
            << QStringLiteral("rtu: \"parity\" must be one of none, even, odd, not \"mark\"");
        QTest::newRow("rtu bad stop bits")
            << map(R"("device": "D", "rtu": {"port": "x", "stop_bits": 1.5})", reg)
            << QStringLiteral("rtu: \"stop_bits\" must be a whole number from 1 to 2, not 1.5");
        QTest::newRow("rtu unit 0 (broadcast)")
            << map(R"("device": "D", "rtu": {"port": "x"}, "unit_id": 0)", reg)
            << QStringLiteral("\"unit_id\" must be a whole number from 1 to 247, not 0");
        QTest::newRow("tcp unit 256")
            << map(tcp + R"(, "unit_id": 256)", reg)
            << QStringLiteral("\"unit_id\" must be a whole number from 0 to 255, not 256");
        QTest::newRow("poll too fast")
            << map(tcp + R"(, "poll_ms": 5)", reg)
            << QStringLiteral("\"poll_ms\" must be a whole number from 50 to 86400000, not 5");
        QTest::newRow("retries as text")
            << map(tcp + R"(, "retries": "2")", reg)
            << QStringLiteral("\"retries\" must be a whole number from 0 to 10, not \"2\"");
        QTest::newRow("unknown top-level key")
            << map(tcp + R"(, "pol_ms": 100)", reg)
            << QStringLiteral("unknown key \"pol_ms\"; the keys are: device, tcp, rtu, unit_id, "
                              "poll_ms, timeout_ms, retries, registers");
        QTest::newRow("no registers")
            << QByteArray(R"({"device": "D", "tcp": "h:1"})")
            << QStringLiteral("\"registers\" must be an array of registers, not nothing");
        QTest::newRow("empty registers")
            << map(tcp, "") << QStringLiteral("\"registers\" is empty: list at least one register");
        QTest::newRow("register not an object")
            << map(tcp, "3") << QStringLiteral("register 1: must be an object, not 3");
        QTest::newRow("register without name") << map(tcp, R"({"kind": "gauge", "address": 1})")
                                               << QStringLiteral("register 1: \"name\" is required");
        QTest::newRow("register without kind")
            << map(tcp, R"({"name": "n", "address": 1})")
            << QStringLiteral("register 1 (\"n\"): \"kind\" is required (counter or gauge)");
        QTest::newRow("bad kind")
            << map(tcp, R"({"name": "n", "kind": "meter", "address": 1})")
            << QStringLiteral("register 1 (\"n\"): \"kind\" must be one of counter, gauge, not \"meter\"");
        QTest::newRow("misspelt key")
            << map(tcp, reg + R"(, {"name": "m", "kind": "gauge", "adress": 1})")
            << QStringLiteral("register 2 (\"m\"): unknown key \"adress\"; the keys are: name, kind, table, "
                              "address, type, word_order, scale, decimals, unit, site, activity, max_delta");
        QTest::newRow("no address") << map(tcp, R"({"name": "n", "kind": "gauge"})")
                                    << QStringLiteral("register 1 (\"n\"): \"address\" is required");
        QTest::newRow("negative address")
            << map(tcp, R"({"name": "n", "kind": "gauge", "address": -1})")
            << QStringLiteral(
                   "register 1 (\"n\"): \"address\" must be a whole number from 0 to 65535, not -1");
        QTest::newRow("32-bit past the end")
            << map(tcp, R"({"name": "n", "kind": "gauge", "address": 65535, "type": "int32"})")
            << QStringLiteral(
                   "register 1 (\"n\"): \"address\" must be a whole number from 0 to 65534, not 65535");
        QTest::newRow("bad type") << map(tcp,
                                         R"({"name": "n", "kind": "gauge", "address": 1, "type": "float32"})")
                                  << QStringLiteral("register 1 (\"n\"): \"type\" must be one of uint16, "
                                                    "int16, uint32, int32, not \"float32\"");
        QTest::newRow("bad table")
            << map(tcp, R"({"name": "n", "kind": "gauge", "address": 1, "table": "coil"})")
            << QStringLiteral("register 1 (\"n\"): \"table\" must be one of holding, input, not \"coil\"");
        QTest::newRow("word order on 16 bits")
            << map(tcp, R"({"name": "n", "kind": "gauge", "address": 1, "word_order": "low_first"})")
            << QStringLiteral(
                   "register 1 (\"n\"): \"word_order\" is for 32-bit types; uint16 takes one register");
        QTest::newRow("bad word order")
            << map(tcp,
                   R"({"name": "n", "kind": "gauge", "address": 1, "type": "uint32", "word_order": "swapped"})")
            << QStringLiteral("register 1 (\"n\"): \"word_order\" must be one of high_first, low_first, not "
                              "\"swapped\"");
        QTest::newRow("scale 0") << map(tcp, R"({"name": "n", "kind": "gauge", "address": 1, "scale": 0})")
                                 << QStringLiteral(
                                        "register 1 (\"n\"): \"scale\" must be a number other than 0, not 0");
        QTest::newRow("decimals 12")
            << map(tcp, R"({"name": "n", "kind": "gauge", "address": 1, "decimals": 12})")
            << QStringLiteral("register 1 (\"n\"): \"decimals\" must be a whole number from 0 to 9, not 12");
        QTest::newRow("duplicate name")
            << map(tcp, reg + "," + reg) << QStringLiteral("register 2: the name \"n\" is used twice");
        QTest::newRow("signed counter")
            << map(tcp,
                   R"({"name": "c", "kind": "counter", "address": 1, "type": "int32", "site": "S1", "activity": "A"})")
            << QStringLiteral(
                   "register 1 (\"c\"): a counter counts up: its type is uint16 or uint32, not int32");
        QTest::newRow("counter with decimals")
            << map(tcp,
                   R"({"name": "c", "kind": "counter", "address": 1, "decimals": 1, "site": "S1", "activity": "A"})")
            << QStringLiteral("register 1 (\"c\"): a counter counts whole units: \"decimals\" must be 0");
        QTest::newRow("counter with a fractional scale")
            << map(tcp,
                   R"({"name": "c", "kind": "counter", "address": 1, "scale": 0.5, "site": "S1", "activity": "A"})")
            << QStringLiteral("register 1 (\"c\"): a counter's scale is the whole units per count (1 to "
                              "1000000), not 0.5");
        QTest::newRow("counter without site")
            << map(tcp, R"({"name": "c", "kind": "counter", "address": 1, "activity": "A"})")
            << QStringLiteral("register 1 (\"c\"): a counter needs \"site\" and \"activity\": the units are "
                              "counted for them");
        QTest::newRow("counter max_delta past the range")
            << map(tcp,
                   R"({"name": "c", "kind": "counter", "address": 1, "site": "S1", "activity": "A", "max_delta": 65536})")
            << QStringLiteral(
                   "register 1 (\"c\"): \"max_delta\" must be a whole number from 1 to 65535, not 65536");
        QTest::newRow("gauge with a site")
            << map(tcp, R"({"name": "g", "kind": "gauge", "address": 1, "site": "S1"})")
            << QStringLiteral(
                   "register 1 (\"g\"): \"site\" is for counters; a gauge's readings are not units");
        QTest::newRow("Japanese name in the message")
            << map(tcp, R"({"name": "出荷カウンタ", "kind": "counter", "address": 1})")
            << QStringLiteral("register 1 (\"出荷カウンタ\"): a counter needs \"site\" and \"activity\": the "
                              "units are counted for them");
    }
    void bad()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto config = parseModbusConfig(json);
        QVERIFY(!config.ok());
        QCOMPARE(config.error().code(), ErrorCode::Parse);
        QCOMPARE(config.error().message(), message);
    }

    void loadFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        auto none = loadModbusConfig(missing);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        QCOMPARE(none.error().context(), missing);
        const QString path = dir.filePath(QStringLiteral("map.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"device": "D", "tcp": "h:1", "registers": [{"name": "n", "kind": "gauge"}]})");
        file.close();
        auto bad = loadModbusConfig(path);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message(), QStringLiteral("register 1 (\"n\"): \"address\" is required"));
        QCOMPARE(bad.error().context(), path); // the file, so the message says which one
    }
};

QTEST_GUILESS_MAIN(TestModbusConfig)
#include "tst_modbusconfig.moc"
