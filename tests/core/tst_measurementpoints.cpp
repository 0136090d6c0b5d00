// The point-name catalogue: names by code in both languages, unknown codes shown as the code.
#include "MeasurementPoints.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wh;

class TestMeasurementPoints : public QObject {
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("ja");
        QTest::addColumn<QString>("en");
        QTest::newRow("body length") << "BL"
                                     << "着丈"
                                     << "Body length";
        QTest::newRow("chest width") << "CW"
                                     << "身幅"
                                     << "Chest width";
        QTest::newRow("shoulder") << "SW"
                                  << "肩幅"
                                  << "Shoulder width";
        QTest::newRow("sleeve") << "SL"
                                << "袖丈"
                                << "Sleeve length";
        QTest::newRow("waist") << "WA"
                               << "ウエスト"
                               << "Waist";
        QTest::newRow("hip") << "HI"
                             << "ヒップ"
                             << "Hip";
        QTest::newRow("inseam") << "IN"
                                << "股下"
                                << "Inseam";
        QTest::newRow("rise") << "RI"
                              << "股上"
                              << "Rise";
        QTest::newRow("thigh") << "TH"
                               << "わたり"
                               << "Thigh";
        QTest::newRow("hem") << "HW"
                             << "裾幅"
                             << "Hem width";
        QTest::newRow("neck") << "NW"
                              << "衿ぐり"
                              << "Neck width";
        QTest::newRow("cuff") << "CU"
                              << "袖口"
                              << "Cuff width";
        QTest::newRow("armhole") << "AH"
                                 << "袖ぐり"
                                 << "Armhole";
        QTest::newRow("unknown code") << "ZZ9"
                                      << "ZZ9"
                                      << "ZZ9";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void names()
    {
        QFETCH(QString, code);
        QFETCH(QString, ja);
        QFETCH(QString, en);
        QCOMPARE(MeasurementPoints::name(code, QStringLiteral("ja")), ja);
        QCOMPARE(MeasurementPoints::name(code, QStringLiteral("en")), en);
        QCOMPARE(MeasurementPoints::name(code, QStringLiteral("fr")), en); // other languages: English
        QCOMPARE(MeasurementPoints::known(code), code != ja || ja != en);
    }

    // Every catalogue code can go on a label (1-4 of A-Z 0-9, a letter first), once, with both names.
    void catalogueIsUsable()
    {
        static const QRegularExpression labelCode(QStringLiteral("^[A-Z][A-Z0-9]{0,3}$"));
        QSet<QString> seen;
        QVERIFY(MeasurementPoints::all().size() >= 16);
        for (const auto &p : MeasurementPoints::all()) {
            QVERIFY2(labelCode.match(p.code).hasMatch(), qPrintable(p.code));
            QVERIFY2(!seen.contains(p.code), qPrintable(p.code));
            seen.insert(p.code);
            QVERIFY(!p.japanese.isEmpty());
            QVERIFY(!p.english.isEmpty());
            QVERIFY(p.japanese != p.english);
        }
    }
};

QTEST_GUILESS_MAIN(TestMeasurementPoints)
#include "tst_measurementpoints.moc"
