// ScanClassifier: what a scanned code is (care label, badge, worker code, activity, GS1 item,
// other), against a real demo store through the punch service, and the plain-words message a
// step gives for the wrong kind.
#include "MeasurementSpec.h"
#include "PunchTestStore.h"
#include "ScanClassifier.h"

#include <QTest>

using namespace wh;
using Kind = ScanClassifier::Kind;

Q_DECLARE_METATYPE(wh::ScanClassifier::Kind)

class TestScanClassifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void classify_data();
    void classify();
    void unknownBadgeLeavesNoNotice();
    void kindNames();
    void wrongKindMessage();
    void wrongKindMessageForEveryPair();

private:
    test::PunchTestStore m_fixture;
    QString m_label;
    QString m_badge;
    QString m_worker;
};

void TestScanClassifier::initTestCase()
{
    const QString problem = m_fixture.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A real care label: the spec's worked example, signed with its key.
    MeasurementSpec spec;
    spec.itemId = QStringLiteral("ITEM-000123");
    spec.style = QStringLiteral("ST24-001");
    spec.size = QStringLiteral("M");
    spec.lot = QStringLiteral("L7");
    spec.due = QDate(2025, 6, 30);
    spec.points = {{QStringLiteral("BL"), 7200, 10, 15}, {QStringLiteral("CW"), 5400, 10, 10}};
    auto key = SpecKey::fromText(QStringLiteral("K1:brand-secret-00001"));
    QVERIFY(key);
    auto label = MeasurementSpecCodec::encode(spec, *key);
    QVERIFY2(label, qPrintable(label ? QString() : label.error().toString()));
    m_label = *label;
    QCOMPARE(m_label, QStringLiteral(
                          "WM1*K1*ITEM-000123*ST24-001*M*L7*20250630*BL:5K00A0FCW:4600A0A*5GW3ZRHJGORHSBBB"));
    QVERIFY(MeasurementSpecCodec::decode(m_label, {*key}));
    const db::WorkerCard card = m_fixture.offWorker();
    QVERIFY(!card.worker.code.isEmpty());
    m_badge = card.worker.badgeId;
    m_worker = m_fixture.offWorker({card.worker.code}).worker.code;
    QVERIFY(!m_worker.isEmpty());
}

void TestScanClassifier::classify_data()
{
    QTest::addColumn<QString>("symbology");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    const QString gs = QString(QChar(0x1D));

    QTest::newRow("care label (QR)") << "]Q1" << m_label << Kind::CareLabel;
    QTest::newRow("care label, no identifier, line end")
        << "" << m_label + QStringLiteral("\r\n") << Kind::CareLabel;
    QString tampered = m_label;
    tampered.replace(QStringLiteral("ITEM-000123"), QStringLiteral("ITEM-000124"));
    QTest::newRow("tampered care label") << "]Q1" << tampered << Kind::CareLabel;
    QTest::newRow("care label cut off") << "]Q1" << m_label.left(30) << Kind::CareLabel;
    QTest::newRow("care label of another version") << "]Q1" << QStringLiteral("WM2*K1*X") << Kind::CareLabel;
    QTest::newRow("GS1 DataMatrix") << "]d2"
                                    << QStringLiteral("0104912345678904") + gs + QStringLiteral("10LOT7")
                                    << Kind::Gs1Item;
    QTest::newRow("GS1-128 with a wrong check digit")
        << "]C1" << QStringLiteral("0104912345678905") << Kind::Gs1Item;
    QTest::newRow("GS1 QR") << "]Q3" << QStringLiteral("0104912345678904") << Kind::Gs1Item;
    QTest::newRow("EAN-13") << "]E0" << QStringLiteral("4912345678904") << Kind::Gs1Item;
    QTest::newRow("element string without identifier")
        << "" << QStringLiteral("0104912345678904") + gs + QStringLiteral("10LOT7") << Kind::Gs1Item;
    QTest::newRow("badge") << "" << m_badge << Kind::Badge;
    QTest::newRow("badge as Code 128") << "]C0" << m_badge << Kind::Badge;
    QTest::newRow("worker code") << "]C0" << m_worker << Kind::WorkerCode;
    QTest::newRow("activity") << "]C0" << QStringLiteral("MEA-MSR-GARMENT") << Kind::Activity;
    QTest::newRow("break activity") << "" << QStringLiteral("BRK-LUNCH") << Kind::Activity;
    QTest::newRow("unknown badge") << "" << QStringLiteral("0000000001") << Kind::Other;
    QTest::newRow("WM but no spec") << "]C0" << QStringLiteral("WMS-LOC-01") << Kind::Other;
    QTest::newRow("garbage") << "" << QStringLiteral("hello world") << Kind::Other;
    QTest::newRow("Japanese text") << "]Q1" << QStringLiteral("採寸ラベル") << Kind::Other;
    QTest::newRow("empty") << "" << QString() << Kind::Other;
    QTest::newRow("white space") << "" << QStringLiteral(" \t") << Kind::Other;
    QTest::newRow("lower-case worker code") << "" << m_worker.toLower() << Kind::Other;
}

void TestScanClassifier::classify()
{
    QFETCH(QString, symbology);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    ScanClassifier classifier(*m_fixture.punch);
    drivers::ScannedCode code;
    code.symbology = symbology;
    code.text = text;
    code.raw = symbology + text;
    const Kind got = classifier.classify(code);
    QVERIFY2(got == kind, qPrintable(QStringLiteral("got %1, expected %2")
                                         .arg(ScanClassifier::kindKey(got), ScanClassifier::kindKey(kind))));
}

void TestScanClassifier::unknownBadgeLeavesNoNotice()
{
    // Classifying only asks; an admin notice is left by signing in with the badge, not by scanning.
    const qint64 notices = m_fixture.events(EventKind::AdminNotice);
    const qint64 punches = m_fixture.punchEvents();
    ScanClassifier classifier(*m_fixture.punch);
    drivers::ScannedCode code;
    code.text = QStringLiteral("0000000002");
    QCOMPARE(classifier.classify(code), Kind::Other);
    QCOMPARE(m_fixture.events(EventKind::AdminNotice), notices);
    QCOMPARE(m_fixture.punchEvents(), punches);
}

void TestScanClassifier::kindNames()
{
    QSet<QString> names;
    QSet<QString> keys;
    for (Kind k :
         {Kind::CareLabel, Kind::Badge, Kind::WorkerCode, Kind::Activity, Kind::Gs1Item, Kind::Other}) {
        QVERIFY(!ScanClassifier::kindName(k).isEmpty());
        names.insert(ScanClassifier::kindName(k));
        keys.insert(ScanClassifier::kindKey(k));
    }
    QCOMPARE(names.size(), 6);
    QCOMPARE(keys.size(), 6);
    QCOMPARE(ScanClassifier::kindName(Kind::Badge), QStringLiteral("a worker badge"));
    QCOMPARE(ScanClassifier::kindName(Kind::CareLabel), QStringLiteral("a care label's measuring code"));
}

void TestScanClassifier::wrongKindMessage()
{
    QCOMPARE(ScanClassifier::wrongKindMessage(Kind::Badge, {Kind::CareLabel}),
             QStringLiteral("That was a worker badge. Here, scan the care label's QR code."));
    QCOMPARE(ScanClassifier::wrongKindMessage(Kind::Gs1Item, {Kind::Badge, Kind::WorkerCode}),
             QStringLiteral("That was an item barcode. Here, scan your badge."));
    QCOMPARE(
        ScanClassifier::wrongKindMessage(Kind::CareLabel, {Kind::Activity}),
        QStringLiteral("That was a care label's measuring code. Here, scan an activity code or choose one "
                       "from the list."));
    QCOMPARE(ScanClassifier::wrongKindMessage(Kind::Other, {Kind::Gs1Item}),
             QStringLiteral("That was a code this app does not know. Here, scan the item's barcode."));
    QCOMPARE(ScanClassifier::wrongKindMessage(Kind::Badge, {}),
             QStringLiteral("That was a worker badge. This screen does not take a scan."));
    // A kind the step takes, first or not: no message.
    QVERIFY(ScanClassifier::wrongKindMessage(Kind::CareLabel, {Kind::CareLabel}).isEmpty());
    QVERIFY(ScanClassifier::wrongKindMessage(Kind::WorkerCode, {Kind::Badge, Kind::WorkerCode}).isEmpty());
}

void TestScanClassifier::wrongKindMessageForEveryPair()
{
    const QList<Kind> all = {Kind::CareLabel, Kind::Badge,   Kind::WorkerCode,
                             Kind::Activity,  Kind::Gs1Item, Kind::Other};
    for (Kind expected : all) {
        QSet<QString> messages;
        for (Kind got : all) {
            const QString message = ScanClassifier::wrongKindMessage(got, {expected});
            if (got == expected) {
                QVERIFY(message.isEmpty());
                continue;
            }
            QVERIFY2(message.contains(ScanClassifier::kindName(got)), qPrintable(message));
            QVERIFY(!message.contains(QLatin1Char('%')));
            messages.insert(message);
        }
        QCOMPARE(messages.size(), all.size() - 1); // each wrong kind is named differently
    }
}

QTEST_GUILESS_MAIN(TestScanClassifier)
#include "tst_scanclassifier.moc"
