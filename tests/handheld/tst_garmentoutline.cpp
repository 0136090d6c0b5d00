// GarmentOutline: the measure screen's outline data. Which outline an item's points call for, and
// a line on it for every catalogue point (core/MeasurementPoints.h), inside the drawing's square.
#include "GarmentOutline.h"
#include "MeasurementPoints.h"

#include <QTest>

using namespace wh;

class TestGarmentOutline : public QObject {
    Q_OBJECT

private slots:
    void kindOf_data();
    void kindOf();
    void everyCataloguePointHasALine();
    void outlines();
    void unknownCodesHaveNoLine();
    void variants();
};

void TestGarmentOutline::kindOf_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("kind");
    QTest::newRow("shirt") << QStringList{"BL", "CW", "SW", "SL", "CU", "HW"} << "top";
    QTest::newRow("trousers") << QStringList{"WA", "HI", "RI", "IN", "TH", "KN", "HW", "OL"} << "bottom";
    QTest::newRow("skirt") << QStringList{"WA", "HI", "SK"} << "bottom";
    QTest::newRow("waist and hip only") << QStringList{"WA", "HI"} << "bottom";
    QTest::newRow("dress (tie: top)") << QStringList{"BU", "WA", "HI", "SK"} << "top";
    QTest::newRow("brand's own codes") << QStringList{"X1", "Z99"} << "other";
    QTest::newRow("empty") << QStringList{} << "other";
    QTest::newRow("own codes with a shirt's") << QStringList{"X1", "BL"} << "top";
}

void TestGarmentOutline::kindOf()
{
    QFETCH(QStringList, codes);
    QFETCH(QString, kind);
    QCOMPARE(GarmentOutline::kindOf(codes), kind);
}

void TestGarmentOutline::everyCataloguePointHasALine()
{
    const QRectF square(0, 0, 1, 1);
    for (const MeasurementPointName &p : MeasurementPoints::all()) {
        const auto top = GarmentOutline::line(GarmentOutline::kTop, p.code);
        const auto bottom = GarmentOutline::line(GarmentOutline::kBottom, p.code);
        QVERIFY2(top || bottom, qPrintable(p.code));
        // On the outline its code calls for.
        const QString kind = GarmentOutline::kindOf({p.code});
        QVERIFY2(GarmentOutline::line(kind, p.code).has_value(),
                 qPrintable(p.code + QStringLiteral(" on ") + kind));
        for (const auto &line : {top, bottom}) {
            if (!line)
                continue;
            QVERIFY2(line->size() >= 2, qPrintable(p.code));
            for (const QPointF &pt : *line)
                QVERIFY2(square.contains(pt), qPrintable(p.code));
            // A line, not a dot.
            QVERIFY2(line->front() != line->back(), qPrintable(p.code));
        }
    }
}

void TestGarmentOutline::outlines()
{
    const QRectF square(0, 0, 1, 1);
    for (const QString &kind : {GarmentOutline::kTop, GarmentOutline::kBottom}) {
        const auto outline = GarmentOutline::outline(kind);
        QVERIFY(outline.size() >= 8);
        for (const QPointF &pt : outline)
            QVERIFY(square.contains(pt));
    }
    QVERIFY(GarmentOutline::outline(GarmentOutline::kOther).isEmpty());
    QVERIFY(GarmentOutline::outline(QStringLiteral("hat")).isEmpty());
}

void TestGarmentOutline::unknownCodesHaveNoLine()
{
    QVERIFY(!GarmentOutline::line(GarmentOutline::kTop, QStringLiteral("X1")));
    QVERIFY(!GarmentOutline::line(GarmentOutline::kBottom, QStringLiteral("X1")));
    QVERIFY(!GarmentOutline::line(GarmentOutline::kOther, QStringLiteral("BL")));
    // A trouser point on a shirt has none either.
    QVERIFY(!GarmentOutline::line(GarmentOutline::kTop, QStringLiteral("IN")));
}

void TestGarmentOutline::variants()
{
    const QVariantList outline = GarmentOutline::outlineVariant(GarmentOutline::kTop);
    QCOMPARE(outline.size(), GarmentOutline::outline(GarmentOutline::kTop).size() * 2);
    const QVariantMap lines = GarmentOutline::linesVariant(GarmentOutline::kTop, {"BL", "X1", "IN", "CW"});
    QCOMPARE(lines.keys(), (QStringList{"BL", "CW"}));
    const QVariantList bl = lines.value(QStringLiteral("BL")).toList();
    QCOMPARE(bl.size(), 4);
    const auto line = *GarmentOutline::line(GarmentOutline::kTop, QStringLiteral("BL"));
    QCOMPARE(bl.at(0).toDouble(), line.at(0).x());
    QCOMPARE(bl.at(3).toDouble(), line.at(1).y());
}

QTEST_GUILESS_MAIN(TestGarmentOutline)
#include "tst_garmentoutline.moc"
