// deviceLogEntryOf: every frame a simulated tape signals (readings, a DISTO's replayed duplicate,
// rejections, messages) goes into the device log with its raw bytes, device, protocol, channel,
// time, kind and reason or value, and reads back the same.
#include "DeviceLog.h"
#include "DeviceLogEntry.h"
#include "HexBytes.h"
#include "SimulatedTape.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace wh;

class TestDeviceLogEntry : public QObject {
    Q_OBJECT
private slots:
    void simulatedFramesIntoTheLog();
};

void TestDeviceLogEntry::simulatedFramesIntoTheLog()
{
    test::TemporaryStore tmp;
    QVERIFY2(tmp.ok(), qPrintable(tmp.errorText()));
    db::DeviceLog log(tmp.store());
    test::MockClock clock;

    drivers::SimulatedTape::Options options;
    options.reconnectMs = 10;
    drivers::SimulatedTape tape(drivers::TapeProtocol::LeicaDisto, options, clock);
    QStringList failures;
    connect(&tape, &drivers::TapeDevice::frameReceived, this, [&](const drivers::TapeFrame &f) {
        auto stored = log.append(deviceLogEntryOf(f));
        if (!stored)
            failures << stored.error().toString();
    });
    QSignalSpy frames(&tape, &drivers::TapeDevice::frameReceived);
    tape.start();
    QVERIFY(tape.measure(523.4).ok());
    tape.sendRaw(*drivers::parseHex("00 00 C0 7F")); // NaN
    tape.sendRaw(*drivers::parseHex("03"), QString::fromLatin1("3ab10102-f831-4395-b29d-570977d5bf94"));
    QTRY_COMPARE(frames.count(), 3);
    tape.disconnectDevice();
    QTRY_COMPARE(frames.count(), 4); // the replay after the reconnect
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));

    const auto entries = log.recent();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), size_t(4));
    const auto &e = *entries;
    QCOMPARE(e[0].deviceId, QStringLiteral("sim:leica-disto"));
    QCOMPARE(e[0].protocol, QStringLiteral("leica-disto"));
    QCOMPARE(e[0].channel, QStringLiteral("3ab10101-f831-4395-b29d-570977d5bf94"));
    QCOMPARE(e[0].receivedAtMs, test::MockClock::kDefaultStart);
    QCOMPARE(e[0].kind, QStringLiteral("reading"));
    QCOMPARE(e[0].tenthsOfMillimetre, std::optional<qint64>(5234));
    QCOMPARE(e[0].detail, QStringLiteral("523.4 mm settled #1 (counted)"));
    QCOMPARE(e[1].kind, QStringLiteral("rejected"));
    QCOMPARE(e[1].raw, *drivers::parseHex("00 00 C0 7F"));
    QVERIFY(e[1].detail.contains(QLatin1String("not a number")));
    QCOMPARE(e[1].tenthsOfMillimetre, std::nullopt);
    QCOMPARE(e[2].kind, QStringLiteral("message"));
    QCOMPARE(e[2].detail, QStringLiteral("display unit: mm (code 3)"));
    QCOMPARE(e[3].kind, QStringLiteral("duplicate"));
    QCOMPARE(e[3].raw, e[0].raw);
    QVERIFY(e[3].detail.contains(QLatin1String("replayed")));
}

QTEST_GUILESS_MAIN(TestDeviceLogEntry)
#include "tst_devicelogentry.moc"
