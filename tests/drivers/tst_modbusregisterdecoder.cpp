// Modbus register values from register words (16/32-bit, signed or not, both word orders, scale and
// decimals), and the RTU frames of the read functions from hex: devices.md's worked example, CRC
// errors, exceptions, wrong lengths.
#include "HexBytes.h"
#include "ModbusRegisterDecoder.h"
#include "ModbusRtuFrame.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

Q_DECLARE_METATYPE(wh::drivers::ModbusValueType)
Q_DECLARE_METATYPE(wh::drivers::ModbusWordOrder)

namespace {

QByteArray hex(const char *text)
{
    return *parseHex(QString::fromLatin1(text));
}

} // namespace

class TestModbusRegisterDecoder : public QObject {
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QList<quint16>>("words");
        QTest::addColumn<ModbusValueType>("type");
        QTest::addColumn<ModbusWordOrder>("order");
        QTest::addColumn<qint64>("expected");
        const auto H = ModbusWordOrder::HighFirst;
        const auto L = ModbusWordOrder::LowFirst;
        QTest::newRow("uint16 0") << QList<quint16>{0} << ModbusValueType::UInt16 << H << qint64(0);
        QTest::newRow("uint16 max") << QList<quint16>{0xFFFF} << ModbusValueType::UInt16 << H
                                    << qint64(65535);
        QTest::newRow("int16 -1") << QList<quint16>{0xFFFF} << ModbusValueType::Int16 << H << qint64(-1);
        QTest::newRow("int16 min") << QList<quint16>{0x8000} << ModbusValueType::Int16 << H << qint64(-32768);
        QTest::newRow("int16 max") << QList<quint16>{0x7FFF} << ModbusValueType::Int16 << H << qint64(32767);
        QTest::newRow("int16 word order does not matter")
            << QList<quint16>{0xFF85} << ModbusValueType::Int16 << L << qint64(-123);
        // devices.md: response 01 03 04 FB F1 00 09 ..., low word first -> 0x0009FBF1 = 654321.
        QTest::newRow("devices.md low word first")
            << QList<quint16>{0xFBF1, 0x0009} << ModbusValueType::UInt32 << L << qint64(654321);
        QTest::newRow("the same words high first")
            << QList<quint16>{0xFBF1, 0x0009} << ModbusValueType::UInt32 << H << qint64(0xFBF10009LL);
        QTest::newRow("uint32 high first")
            << QList<quint16>{0x0009, 0xFBF1} << ModbusValueType::UInt32 << H << qint64(654321);
        QTest::newRow("uint32 max") << QList<quint16>{0xFFFF, 0xFFFF} << ModbusValueType::UInt32 << H
                                    << qint64(4294967295LL);
        QTest::newRow("int32 -1") << QList<quint16>{0xFFFF, 0xFFFF} << ModbusValueType::Int32 << L
                                  << qint64(-1);
        QTest::newRow("int32 min high first")
            << QList<quint16>{0x8000, 0x0000} << ModbusValueType::Int32 << H << qint64(-2147483648LL);
        QTest::newRow("int32 min low first")
            << QList<quint16>{0x0000, 0x8000} << ModbusValueType::Int32 << L << qint64(-2147483648LL);
        QTest::newRow("int32 -654321 high first")
            << QList<quint16>{0xFFF6, 0x040F} << ModbusValueType::Int32 << H << qint64(-654321);
    }
    void decode()
    {
        QFETCH(QList<quint16>, words);
        QFETCH(ModbusValueType, type);
        QFETCH(ModbusWordOrder, order);
        QFETCH(qint64, expected);
        auto value = decodeModbusRegisters(words, type, order);
        QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().toString()));
        QCOMPARE(*value, expected);
        // And back: the words a simulator would serve for it.
        QCOMPARE(encodeModbusRegisters(expected, type, order), words);
    }

    void decodeWrongCount()
    {
        auto one = decodeModbusRegisters({0x0001}, ModbusValueType::UInt32, ModbusWordOrder::HighFirst);
        QVERIFY(!one.ok());
        QCOMPARE(one.error().code(), ErrorCode::Parse);
        QCOMPARE(one.error().message(), QStringLiteral("a uint32 value takes 2 register(s), not 1"));
        QCOMPARE(one.error().context(), QStringLiteral("0001"));
        auto none = decodeModbusRegisters({}, ModbusValueType::Int16, ModbusWordOrder::HighFirst);
        QVERIFY(!none.ok());
        auto three = decodeModbusRegisters({1, 2, 3}, ModbusValueType::Int32, ModbusWordOrder::LowFirst);
        QVERIFY(!three.ok());
        QCOMPARE(three.error().context(), QStringLiteral("0001 0002 0003"));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("devices.md 6543.21")
            << qint64(654321) << 1.0 << 2 << QStringLiteral("6543.21") << 6543.21;
        QTest::newRow("plain count") << qint64(42) << 1.0 << 0 << QStringLiteral("42") << 42.0;
        QTest::newRow("negative tenths") << qint64(-125) << 1.0 << 1 << QStringLiteral("-12.5") << -12.5;
        QTest::newRow("leading zeros") << qint64(5) << 1.0 << 2 << QStringLiteral("0.05") << 0.05;
        QTest::newRow("negative under one") << qint64(-5) << 1.0 << 3 << QStringLiteral("-0.005") << -0.005;
        QTest::newRow("zero with decimals") << qint64(0) << 1.0 << 2 << QStringLiteral("0.00") << 0.0;
        QTest::newRow("whole scale 2 (pairs)") << qint64(21) << 2.0 << 0 << QStringLiteral("42") << 42.0;
        QTest::newRow("scale 10 with a decimal")
            << qint64(123) << 10.0 << 1 << QStringLiteral("123.0") << 123.0;
        QTest::newRow("negative scale") << qint64(7) << -1.0 << 0 << QStringLiteral("-7") << -7.0;
        QTest::newRow("fractional scale") << qint64(7) << 0.3 << 1 << QStringLiteral("0.2") << 0.21;
        QTest::newRow("32-bit max") << qint64(4294967295LL) << 1.0 << 0 << QStringLiteral("4294967295")
                                    << 4294967295.0;
        QTest::newRow("int32 min, 9 decimals")
            << qint64(-2147483648LL) << 1.0 << 9 << QStringLiteral("-2.147483648") << -2.147483648;
    }
    void format()
    {
        QFETCH(qint64, raw);
        QFETCH(double, scale);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QFETCH(double, value);
        ModbusValueFormat f;
        f.scale = scale;
        f.decimals = decimals;
        QCOMPARE(formatModbusValue(raw, f), text);
        QVERIFY(qAbs(modbusScaledValue(raw, f) - value) < 1e-9);
    }

    void names()
    {
        for (auto t : {ModbusValueType::UInt16, ModbusValueType::Int16, ModbusValueType::UInt32,
                       ModbusValueType::Int32})
            QCOMPARE(modbusValueTypeFromName(modbusValueTypeName(t)), std::optional<ModbusValueType>(t));
        QVERIFY(!modbusValueTypeFromName(QStringLiteral("float32")));
        QCOMPARE(modbusWordOrderFromName(QStringLiteral("low_first")),
                 std::optional(ModbusWordOrder::LowFirst));
        QCOMPARE(modbusTableFromName(QStringLiteral("input")), std::optional(ModbusTable::Input));
        QCOMPARE(modbusReadFunction(ModbusTable::Holding), quint8(3));
        QCOMPARE(modbusReadFunction(ModbusTable::Input), quint8(4));
        QCOMPARE(modbusRegisterCount(ModbusValueType::Int32), 2);
        QCOMPARE(modbusBitWidth(ModbusValueType::Int16), 16);
    }

    // devices.md: request 01 03 00 00 00 02 C4 0B.
    void rtuRequestFromDevicesMd()
    {
        QCOMPARE(toHex(encodeRtuReadRequest({1, ModbusTable::Holding, 0, 2})),
                 QStringLiteral("01 03 00 00 00 02 C4 0B"));
        auto r = decodeRtuReadRequest(hex("01 03 00 00 00 02 C4 0B"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->unit, quint8(1));
        QCOMPARE(r->table, ModbusTable::Holding);
        QCOMPARE(r->address, quint16(0));
        QCOMPARE(r->count, quint16(2));
    }

    // devices.md: response 01 03 04 FB F1 00 09 5A E2, low word first -> 654321 (6543.21).
    void rtuResponseFromDevicesMd()
    {
        auto r = decodeRtuReadResponse(hex("01 03 04 FB F1 00 09 5A E2"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->unit, quint8(1));
        QCOMPARE(r->function, quint8(3));
        QVERIFY(!r->exception);
        QCOMPARE(r->registers, (QList<quint16>{0xFBF1, 0x0009}));
        auto raw = decodeModbusRegisters(r->registers, ModbusValueType::UInt32, ModbusWordOrder::LowFirst);
        QCOMPARE(*raw, qint64(654321));
        ModbusValueFormat f{ModbusValueType::UInt32, ModbusWordOrder::LowFirst, 1.0, 2};
        QCOMPARE(formatModbusValue(*raw, f), QStringLiteral("6543.21"));
        QCOMPARE(toHex(modbusWordsBytes(r->registers)), QStringLiteral("FB F1 00 09"));
        QCOMPARE(toHex(encodeRtuReadResponse(1, ModbusTable::Holding, {0xFBF1, 0x0009})),
                 QStringLiteral("01 03 04 FB F1 00 09 5A E2"));
    }

    void rtuInputRegisters()
    {
        const QByteArray request = encodeRtuReadRequest({17, ModbusTable::Input, 0x0108, 1});
        QCOMPARE(quint8(request[1]), quint8(4));
        auto r = decodeRtuReadRequest(request);
        QCOMPARE(r->unit, quint8(17));
        QCOMPARE(r->table, ModbusTable::Input);
        QCOMPARE(r->address, quint16(0x0108));
        const QByteArray response = encodeRtuReadResponse(17, ModbusTable::Input, {0xFF85});
        auto parsed = decodeRtuReadResponse(response);
        QCOMPARE(parsed->function, quint8(4));
        QCOMPARE(
            *decodeModbusRegisters(parsed->registers, ModbusValueType::Int16, ModbusWordOrder::HighFirst),
            qint64(-123));
    }

    void rtuException()
    {
        const QByteArray frame = encodeRtuExceptionResponse(1, 3, 2);
        QCOMPARE(toHex(frame.left(3)), QStringLiteral("01 83 02"));
        auto r = decodeRtuReadResponse(frame);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->function, quint8(3));
        QCOMPARE(r->exception, std::optional<quint8>(2));
        QVERIFY(r->registers.isEmpty());
        QCOMPARE(modbusExceptionName(2), QStringLiteral("illegal data address"));
        QCOMPARE(modbusExceptionName(0x0B), QStringLiteral("gateway target device failed to respond"));
        QCOMPARE(modbusExceptionName(0x42), QStringLiteral("exception 0x42"));
        QCOMPARE(rtuFrameLength(frame.left(3), false), std::optional<int>(5));
    }

    void rtuBadFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong CRC") << hex("01 03 04 FB F1 00 09 5A E3")
                                   << QStringLiteral("CRC error in a response");
        QTest::newRow("truncated") << hex("01 03 04 FB F1 00 09 5A")
                                   << QStringLiteral("byte count 4 does not match a frame of 8 bytes");
        QTest::newRow("too short") << hex("01 03 04 FB")
                                   << QStringLiteral("a response is at least 5 bytes, not 4");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("a response is at least 5 bytes, not 0");
        QTest::newRow("odd byte count") << withModbusCrc(hex("01 03 03 FB F1 00"))
                                        << QStringLiteral("odd byte count 3 in a register read");
        QTest::newRow("not a read") << withModbusCrc(hex("01 06 00 01 00 03"))
                                    << QStringLiteral("function 6 is not a register read");
        QTest::newRow("exception with wrong CRC")
            << hex("01 83 02 00 00") << QStringLiteral("CRC error in an exception response");
        QTest::newRow("exception too long")
            << withModbusCrc(hex("01 83 02 00")) << QStringLiteral("an exception response is 5 bytes, not 6");
    }
    void rtuBadFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, message);
        auto r = decodeRtuReadResponse(frame);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::Parse);
        QCOMPARE(r.error().message(), message);
        QCOMPARE(r.error().context(), toHex(frame)); // the raw frame, for whoever fixes it
    }

    void rtuBadRequests()
    {
        auto crc = decodeRtuReadRequest(hex("01 03 00 00 00 02 C4 0C"));
        QVERIFY(!crc.ok());
        QCOMPARE(crc.error().message(), QStringLiteral("CRC error in a read request"));
        auto count = decodeRtuReadRequest(withModbusCrc(hex("01 03 00 00 00 00")));
        QVERIFY(!count.ok());
        QCOMPARE(count.error().message(), QStringLiteral("a read asks for 1 to 125 registers, not 0"));
        auto length = decodeRtuReadRequest(hex("01 03 00 00 00"));
        QCOMPARE(length.error().message(), QStringLiteral("a read request is 8 bytes, not 5"));
    }

    void frameLength()
    {
        QCOMPARE(rtuFrameLength(hex("01"), true), std::optional<int>(8));
        QCOMPARE(rtuFrameLength(hex("01 03"), false), std::nullopt);
        QCOMPARE(rtuFrameLength(hex("01 03 04"), false), std::optional<int>(9));
    }

    void crc()
    {
        // The check value of CRC-16/MODBUS over "123456789".
        QCOMPARE(modbusCrc16(QByteArrayLiteral("123456789")), quint16(0x4B37));
        QCOMPARE(modbusCrc16(QByteArray()), quint16(0xFFFF));
    }
};

QTEST_GUILESS_MAIN(TestModbusRegisterDecoder)
#include "tst_modbusregisterdecoder.moc"
