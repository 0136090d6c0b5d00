// DeviceLog on a real store (migration 0009): frames kept with their raw bytes (binary, empty),
// device, protocol, channel, time, kind and reason or value; the newest read back in time order,
// per device or all; bad entries refused and nothing stored; pruning by age.
#include "DeviceLog.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

namespace {

DeviceLogEntry entry(const char *device, qint64 at, const QByteArray &raw, const char *kind,
                     const QString &detail = {}, std::optional<qint64> tenths = std::nullopt)
{
    DeviceLogEntry e;
    e.deviceId = QString::fromLatin1(device);
    e.protocol = QStringLiteral("bosch-glm");
    e.channel = QStringLiteral("02a6c0d1-0451-4000-b000-fb3210111989");
    e.receivedAtMs = at;
    e.raw = raw;
    e.kind = QString::fromLatin1(kind);
    e.detail = detail;
    e.tenthsOfMillimetre = tenths;
    return e;
}

} // namespace

class TestDeviceLog : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TemporaryStore> m_tmp;
    Store &store() { return m_tmp->store(); }
    qint64 rows() { return test::rowCount(store(), QStringLiteral("device_log")); }

private slots:
    void init()
    {
        m_tmp = std::make_unique<test::TemporaryStore>();
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
    }
    void cleanup() { m_tmp.reset(); }

    void keepsEveryFrame();
    void refusesBadEntries_data();
    void refusesBadEntries();
    void perDeviceAndLimit();
    void prune();
    void schemaRefusesInconsistentRows();
};

void TestDeviceLog::keepsEveryFrame()
{
    DeviceLog log(store());
    const QByteArray edc = QByteArray::fromHex("C05510040105 00B6F39D3F0000000000000000 8E");
    const QByteArray badCrc = QByteArray::fromHex("00 04 13 0E 00 00 33");
    const QByteArray withNul("\x00\x00*0523\r", 8);
    auto a = log.append(
        entry("C4:F3:12:00:00:01", 1000, edc, "reading", QStringLiteral("1234 mm settled #5"), 12340));
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
    QVERIFY(log.append(entry("C4:F3:12:00:00:01", 1001, badCrc, "rejected",
                             QStringLiteral("CRC error: the frame ends in 33, its CRC-8 is 32")))
                .ok());
    QVERIFY(log.append(entry("C4:F3:12:00:00:01", 1002, withNul, "rejected", QStringLiteral("値がゼロです")))
                .ok());
    QVERIFY(log.append(entry("C4:F3:12:00:00:01", 1003, QByteArray(), "message",
                             QStringLiteral("an empty frame")))
                .ok());
    QVERIFY(log.append(entry("C4:F3:12:00:00:01", 1004, edc, "duplicate", QStringLiteral("replayed"), 12340))
                .ok());
    QCOMPARE(rows(), 5);

    const auto read = log.recent();
    QVERIFY(read.ok());
    QCOMPARE(read->size(), size_t(5));
    const auto &r = *read;
    QCOMPARE(r[0].id, *a);
    QCOMPARE(r[0].raw, edc);
    QCOMPARE(r[0].kind, QStringLiteral("reading"));
    QVERIFY(r[0].accepted());
    QCOMPARE(r[0].tenthsOfMillimetre, std::optional<qint64>(12340));
    QCOMPARE(r[0].channel, QStringLiteral("02a6c0d1-0451-4000-b000-fb3210111989"));
    QCOMPARE(r[0].protocol, QStringLiteral("bosch-glm"));
    QCOMPARE(r[1].raw, badCrc);
    QVERIFY(!r[1].accepted());
    QVERIFY(r[1].detail.contains(QLatin1String("CRC error")));
    QCOMPARE(r[1].tenthsOfMillimetre, std::nullopt);
    QCOMPARE(r[2].raw, withNul); // binary, NUL bytes and all
    QCOMPARE(r[2].detail, QStringLiteral("値がゼロです"));
    QCOMPARE(r[3].raw, QByteArray());
    QCOMPARE(r[3].receivedAtMs, 1003);
    QCOMPARE(r[4].kind, QStringLiteral("duplicate"));

    // The accepted column follows the kind.
    QSqlQuery q(store().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT group_concat(accepted, '') FROM (SELECT accepted FROM device_log ORDER BY id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("10011"));
}

void TestDeviceLog::refusesBadEntries_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no device") << ""
                               << "nus"
                               << "reading"
                               << ""
                               << "device id";
    QTest::newRow("blank device") << "  "
                                  << "nus"
                                  << "reading"
                                  << ""
                                  << "device id";
    QTest::newRow("no protocol") << "sim:nus"
                                 << ""
                                 << "reading"
                                 << ""
                                 << "protocol";
    QTest::newRow("unknown kind") << "sim:nus"
                                  << "nus"
                                  << "accepted"
                                  << ""
                                  << "unknown device log kind";
    QTest::newRow("rejected without reason") << "sim:nus"
                                             << "nus"
                                             << "rejected"
                                             << ""
                                             << "needs the reason";
}

void TestDeviceLog::refusesBadEntries()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, protocol);
    QFETCH(QString, kind);
    QFETCH(QString, detail);
    QFETCH(QString, problem);
    DeviceLogEntry e;
    e.deviceId = deviceId;
    e.protocol = protocol;
    e.kind = kind;
    e.detail = detail;
    e.raw = "x";
    DeviceLog log(store());
    const auto r = log.append(e);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(r.error().message().contains(problem), qPrintable(r.error().message()));
    QCOMPARE(rows(), 0);
}

void TestDeviceLog::perDeviceAndLimit()
{
    DeviceLog log(store());
    for (int i = 0; i < 10; ++i)
        QVERIFY(log.append(entry(i % 2 ? "A" : "B", 100 + i, QByteArray(1, char(i)), "message",
                                 QStringLiteral("m")))
                    .ok());
    const auto a = log.recent(QStringLiteral("A"), 3);
    QVERIFY(a.ok());
    QCOMPARE(a->size(), size_t(3));
    // The newest three of A (105, 107, 109), oldest first.
    QCOMPARE(a->at(0).receivedAtMs, 105);
    QCOMPARE(a->at(2).receivedAtMs, 109);
    for (const auto &e : *a)
        QCOMPARE(e.deviceId, QStringLiteral("A"));
    QCOMPARE(log.recent(QStringLiteral("nobody"))->size(), size_t(0));
    QCOMPARE(log.recent(QString(), 100)->size(), size_t(10));
}

void TestDeviceLog::prune()
{
    DeviceLog log(store());
    for (int i = 0; i < 5; ++i)
        QVERIFY(log.append(entry("A", 1000 * i, "x", "message", QStringLiteral("m"))).ok());
    const auto pruned = log.prune(2500);
    QVERIFY(pruned.ok());
    QCOMPARE(*pruned, 3);
    QCOMPARE(rows(), 2);
    QCOMPARE(log.recent()->front().receivedAtMs, 3000);
}

void TestDeviceLog::schemaRefusesInconsistentRows()
{
    QSqlQuery q(store().connection());
    // accepted must follow the kind; a rejection needs its reason.
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO device_log (device_id, protocol, received_at_ms, raw, kind, accepted) "
                       "VALUES ('A', 'nus', 1, x'00', 'rejected', 1)")));
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO device_log (device_id, protocol, received_at_ms, raw, kind, accepted) "
                       "VALUES ('A', 'nus', 1, x'00', 'rejected', 0)")));
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO device_log (device_id, protocol, received_at_ms, raw, kind, accepted) "
                       "VALUES ('A', 'nus', 1, NULL, 'reading', 1)")));
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO device_log (device_id, protocol, received_at_ms, raw, kind, accepted, "
                       "detail) VALUES ('A', 'nus', 1, x'00', 'rejected', 0, 'why')")));
    QCOMPARE(rows(), 1);
}

QTEST_GUILESS_MAIN(TestDeviceLog)
#include "tst_devicelog.moc"
