// Event: kind names and the punch and units payloads (bad input keeps the raw JSON).
#include "Event.h"

#include <QJsonArray>
#include <QTest>

using namespace wh;

Q_DECLARE_METATYPE(wh::EventKind)
Q_DECLARE_METATYPE(wh::ErrorCode)

class TestEvent : public QObject {
    Q_OBJECT

private slots:
    void kindNames_data()
    {
        QTest::addColumn<EventKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("punch");
        QTest::newRow("clock in") << EventKind::PunchClockIn << QStringLiteral("punch.clock_in") << true;
        QTest::newRow("switch") << EventKind::PunchSwitch << QStringLiteral("punch.switch") << true;
        QTest::newRow("break") << EventKind::PunchBreak << QStringLiteral("punch.break") << true;
        QTest::newRow("clock out") << EventKind::PunchClockOut << QStringLiteral("punch.clock_out") << true;
        QTest::newRow("units") << EventKind::UnitsCounted << QStringLiteral("units.counted") << false;
        QTest::newRow("scan") << EventKind::Scan << QStringLiteral("scan") << false;
        QTest::newRow("measurement") << EventKind::Measurement << QStringLiteral("measurement") << false;
        QTest::newRow("defect") << EventKind::Defect << QStringLiteral("defect") << false;
        QTest::newRow("photo") << EventKind::Photo << QStringLiteral("photo") << false;
        QTest::newRow("stage") << EventKind::StageReached << QStringLiteral("stage.reached") << false;
    }
    void kindNames()
    {
        QFETCH(EventKind, kind);
        QFETCH(QString, name);
        QFETCH(bool, punch);
        QCOMPARE(eventKindName(kind), name);
        QCOMPARE(eventKindFromName(name), std::optional<EventKind>(kind));
        QCOMPARE(isPunch(kind), punch);
    }

    void unknownKindNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << QStringLiteral("PUNCH.CLOCK_IN");
        QTest::newRow("trailing space") << QStringLiteral("punch.clock_in ");
        QTest::newRow("prefix only") << QStringLiteral("punch");
        QTest::newRow("japanese") << QStringLiteral("出勤");
    }
    void unknownKindNames()
    {
        QFETCH(QString, name);
        QVERIFY(!eventKindFromName(name).has_value());
    }

    void punchPayload_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<EventKind>("kind");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<QString>("worker");
        QTest::addColumn<QString>("activity");

        QTest::newRow("clock in") << QByteArray(R"({"worker":"W001","site":"S1","activity":"PICK"})")
                                  << EventKind::PunchClockIn << true << QString() << QStringLiteral("W001")
                                  << QStringLiteral("PICK");
        QTest::newRow("clock out needs no activity")
            << QByteArray(R"({"worker":"W001","site":"S1"})") << EventKind::PunchClockOut << true << QString()
            << QStringLiteral("W001") << QString();
        QTest::newRow("japanese codes")
            << QByteArray(R"({"worker":"山田","site":"東京","activity":"ピッキング"})")
            << EventKind::PunchSwitch << true << QString() << QStringLiteral("山田")
            << QStringLiteral("ピッキング");
        QTest::newRow("extra fields are ignored")
            << QByteArray(R"({"worker":"W1","site":"S1","activity":"A","x":[1]})") << EventKind::PunchBreak
            << true << QString() << QStringLiteral("W1") << QStringLiteral("A");
        QTest::newRow("empty object") << QByteArray("{}") << EventKind::PunchClockIn << false
                                      << QStringLiteral("worker") << QString() << QString();
        QTest::newRow("no worker") << QByteArray(R"({"site":"S1","activity":"PICK"})")
                                   << EventKind::PunchClockIn << false << QStringLiteral("worker")
                                   << QString() << QString();
        QTest::newRow("empty worker")
            << QByteArray(R"({"worker":"","site":"S1","activity":"PICK"})") << EventKind::PunchSwitch << false
            << QStringLiteral("worker") << QString() << QString();
        QTest::newRow("worker is a number")
            << QByteArray(R"({"worker":42,"site":"S1","activity":"PICK"})") << EventKind::PunchSwitch << false
            << QStringLiteral("worker") << QString() << QString();
        QTest::newRow("no site") << QByteArray(R"({"worker":"W001","activity":"PICK"})")
                                 << EventKind::PunchSwitch << false << QStringLiteral("site") << QString()
                                 << QString();
        QTest::newRow("clock in without activity")
            << QByteArray(R"({"worker":"W001","site":"S1"})") << EventKind::PunchClockIn << false
            << QStringLiteral("activity") << QString() << QString();
        QTest::newRow("break without activity")
            << QByteArray(R"({"worker":"W001","site":"S1"})") << EventKind::PunchBreak << false
            << QStringLiteral("activity") << QString() << QString();
        QTest::newRow("huge worker code") << QByteArray(R"({"worker":")") + QByteArray(100000, 'W') +
                                                 QByteArray(R"(","site":"S1","activity":"A"})")
                                          << EventKind::PunchSwitch << true << QString()
                                          << QString(100000, QLatin1Char('W')) << QStringLiteral("A");
    }
    void punchPayload()
    {
        QFETCH(QByteArray, json);
        QFETCH(EventKind, kind);
        QFETCH(bool, ok);
        QFETCH(QString, missing);
        QFETCH(QString, worker);
        QFETCH(QString, activity);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        auto parsed = PunchPayload::fromJson(object, kind);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code(), ErrorCode::Parse);
            QVERIFY2(parsed.error().message().contains(missing), qPrintable(parsed.error().message()));
            // The raw payload is kept in the context for whoever has to fix it.
            QCOMPARE(QJsonDocument::fromJson(parsed.error().context().toUtf8()).object(), object);
            return;
        }
        QCOMPARE(parsed->workerCode, worker);
        QCOMPARE(parsed->activityCode, activity);
        // And back: toJson omits an empty activity.
        const QJsonObject again = parsed->toJson();
        QCOMPARE(again.contains(QStringLiteral("activity")), !activity.isEmpty());
        auto reparsed = PunchPayload::fromJson(again, kind);
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->workerCode, parsed->workerCode);
        QCOMPARE(reparsed->siteCode, parsed->siteCode);
        QCOMPARE(reparsed->activityCode, parsed->activityCode);
    }

    void unitsPayload_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("missing");
        QTest::addColumn<qint64>("quantity");

        QTest::newRow("full")
            << QByteArray(
                   R"({"worker":"W001","site":"S1","activity":"PICK","quantity":130,"reference":"B-1"})")
            << true << QString() << qint64(130);
        QTest::newRow("team count without worker")
            << QByteArray(R"({"site":"S1","activity":"PICK","quantity":5})") << true << QString()
            << qint64(5);
        QTest::newRow("zero") << QByteArray(R"({"site":"S1","activity":"PICK","quantity":0})") << true
                              << QString() << qint64(0);
        QTest::newRow("negative correction") << QByteArray(R"({"site":"S1","activity":"PICK","quantity":-3})")
                                             << true << QString() << qint64(-3);
        QTest::newRow("huge (2^53)") << QByteArray(
                                            R"({"site":"S1","activity":"PICK","quantity":9007199254740992})")
                                     << true << QString() << qint64(9007199254740992LL);
        QTest::newRow("no site") << QByteArray(R"({"activity":"PICK","quantity":1})") << false
                                 << QStringLiteral("site") << qint64(0);
        QTest::newRow("no activity") << QByteArray(R"({"site":"S1","quantity":1})") << false
                                     << QStringLiteral("activity") << qint64(0);
        QTest::newRow("no quantity") << QByteArray(R"({"site":"S1","activity":"PICK"})") << false
                                     << QStringLiteral("quantity") << qint64(0);
        QTest::newRow("quantity as text") << QByteArray(R"({"site":"S1","activity":"PICK","quantity":"12"})")
                                          << false << QStringLiteral("quantity") << qint64(0);
        QTest::newRow("quantity null") << QByteArray(R"({"site":"S1","activity":"PICK","quantity":null})")
                                       << false << QStringLiteral("quantity") << qint64(0);
        QTest::newRow("fractional quantity")
            << QByteArray(R"({"site":"S1","activity":"PICK","quantity":1.5})") << false
            << QStringLiteral("quantity") << qint64(0);
        QTest::newRow("empty object") << QByteArray("{}") << false << QStringLiteral("site") << qint64(0);
    }
    void unitsPayload()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, missing);
        QFETCH(qint64, quantity);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        auto parsed = UnitsPayload::fromJson(object);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QCOMPARE(parsed.error().code(), ErrorCode::Parse);
            QVERIFY2(parsed.error().message().contains(missing), qPrintable(parsed.error().message()));
            QCOMPARE(QJsonDocument::fromJson(parsed.error().context().toUtf8()).object(), object);
            return;
        }
        QCOMPARE(parsed->quantity, quantity);
        auto again = UnitsPayload::fromJson(parsed->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->quantity, parsed->quantity);
        QCOMPARE(again->workerCode, parsed->workerCode);
        QCOMPARE(again->reference, parsed->reference);
        QCOMPARE(again->activityCode, parsed->activityCode);
    }

    void unitsToJsonOmitsEmptyOptionalFields()
    {
        const QJsonObject json =
            UnitsPayload{QString(), QStringLiteral("S1"), QStringLiteral("PICK"), 3, QString(), UnitsPayload::Source::Workflow, {}, {}, {}}.toJson();
        QVERIFY(!json.contains(QStringLiteral("worker")));
        QVERIFY(!json.contains(QStringLiteral("reference")));
        QCOMPARE(json.value(QStringLiteral("quantity")).toInteger(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
