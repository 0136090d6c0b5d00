// The Measurement event's payload: JSON round trip, optional fields left out, and every required
// or malformed field refused by name.
#include "Event.h"

#include <QTest>

using namespace wh;

namespace {
MeasurementPayload full()
{
    MeasurementPayload m;
    m.itemId = QStringLiteral("ITEM-7");
    m.style = QStringLiteral("紺ジャケット");
    m.size = QStringLiteral("M");
    m.lot = QStringLiteral("L7");
    m.pointCode = QStringLiteral("CW");
    m.value = 5411;
    m.target = 5400;
    m.lower = 10;
    m.upper = 10;
    m.pass = false;
    m.reading = QStringLiteral("54.11 cm");
    m.tapeDevice = QStringLiteral("AA:BB:CC:DD:EE:FF");
    m.protocol = QStringLiteral("nus");
    m.workerCode = QStringLiteral("W001");
    m.siteCode = QStringLiteral("S1");
    m.attempt = 2;
    m.supersedes = QUuid::fromString(QStringLiteral("0190e8a4-1c2d-7000-8000-000000000001"));
    m.itemVerdict = QStringLiteral("fail");
    return m;
}

bool same(const MeasurementPayload &a, const MeasurementPayload &b)
{
    return a.toJson() == b.toJson();
}
} // namespace

class TestMeasurementPayload : public QObject {
    Q_OBJECT

private slots:
    void kindName()
    {
        QCOMPARE(eventKindName(EventKind::Measurement), QStringLiteral("measurement"));
        QCOMPARE(eventKindFromName(QStringLiteral("measurement")), EventKind::Measurement);
    }

    void roundTrip()
    {
        const MeasurementPayload m = full();
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value("deviation").toInteger(), 11);
        QCOMPARE(json.value("verdict").toString(), QStringLiteral("fail"));
        QCOMPARE(json.value("supersedes").toString(), QStringLiteral("0190e8a4-1c2d-7000-8000-000000000001"));
        auto back = MeasurementPayload::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QVERIFY(same(*back, m));
        QCOMPARE(back->attempt, 2);
        QCOMPARE(back->supersedes, m.supersedes);
    }

    void optionalFieldsLeftOut()
    {
        MeasurementPayload m = full();
        m.lot.clear();
        m.reading.clear();
        m.tapeDevice.clear();
        m.workerCode.clear();
        m.supersedes = QUuid();
        m.itemVerdict.clear();
        m.attempt = 1;
        m.pass = true;
        const QJsonObject json = m.toJson();
        for (const char *key : {"lot", "reading", "tape_device", "worker", "supersedes", "item_verdict"})
            QVERIFY2(!json.contains(QLatin1String(key)), key);
        auto back = MeasurementPayload::fromJson(json);
        QVERIFY(back);
        QVERIFY(same(*back, m));
        QVERIFY(back->pass);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: removed
        QTest::addColumn<QString>("message");
        const QJsonValue removed(QJsonValue::Undefined);
        for (const char *key :
             {"item", "point", "protocol", "site", "value", "target", "lower", "upper", "attempt", "verdict"})
            QTest::newRow(key) << key << removed << key;
        QTest::newRow("fractional value") << "value" << QJsonValue(541.5) << "value";
        QTest::newRow("text value") << "value" << QJsonValue("5411") << "value";
        QTest::newRow("zero value") << "value" << QJsonValue(0) << "positive";
        QTest::newRow("negative tolerance") << "lower" << QJsonValue(-1) << "positive";
        QTest::newRow("attempt 0") << "attempt" << QJsonValue(0) << "positive";
        QTest::newRow("unknown verdict") << "verdict" << QJsonValue("maybe") << "verdict";
        QTest::newRow("bad supersedes") << "supersedes" << QJsonValue("not-a-uuid") << "supersedes";
        QTest::newRow("bad item verdict") << "item_verdict" << QJsonValue("ok") << "item_verdict";
    }
    void refused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject json = full().toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        auto parsed = MeasurementPayload::fromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::Parse);
        QVERIFY2(parsed.error().message().contains(message), qPrintable(parsed.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestMeasurementPayload)
#include "tst_measurementpayload.moc"
