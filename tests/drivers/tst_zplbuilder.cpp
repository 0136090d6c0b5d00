// ZplBuilder: the exact ZPL of each kind of field, escapes, label sizes.
#include "ZplBuilder.h"
#include "ZplGraphic.h"

#include <QImage>
#include <QTest>

using namespace wh::drivers;

class TestZplBuilder : public QObject {
    Q_OBJECT

private slots:
    void labelFrame()
    {
        const QByteArray zpl = ZplBuilder(LabelFormat::fromMillimetres(50, 30, 203)).build();
        QCOMPARE(zpl, QByteArray("^XA\n^CI28\n^PW400\n^LL240\n^LH0,0\n^PQ1\n^XZ\n"));
    }

    void labelSizes_data()
    {
        QTest::addColumn<double>("mm");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("dots");
        // Whole dots per millimetre, as the printers count: 8, 12, 24.
        QTest::newRow("100 mm at 203") << 100.0 << 203 << 800;
        QTest::newRow("70 mm at 203") << 70.0 << 203 << 560;
        QTest::newRow("100 mm at 300") << 100.0 << 300 << 1200;
        QTest::newRow("25.4 mm at 600") << 25.4 << 600 << 610;
        QTest::newRow("0.1 mm at 203") << 0.1 << 203 << 1;
    }
    void labelSizes()
    {
        QFETCH(double, mm);
        QFETCH(int, dpi);
        QFETCH(int, dots);
        LabelFormat f;
        f.dpi = dpi;
        QCOMPARE(f.dots(mm), dots);
    }

    void fields()
    {
        ZplBuilder b(LabelFormat{800, 560, 203});
        b.text(10, 20, QStringLiteral("ITEM-0001"), {QString(), 40});
        b.text(10, 70, QStringLiteral("身幅"), {QStringLiteral("E:ANMDJ.TTF"), 28, 24});
        b.text(10, 110, QStringLiteral("NG"), {QString(), 90, 0, true});
        b.qrCode(600, 16, QStringLiteral("wh://m/1"), 4, QrErrorCorrection::Medium);
        b.box(6, 6, 788, 548, 3);
        b.box(6, 6, 150, 120, 120, true);
        b.horizontalLine(6, 140, 788, 3);
        b.verticalLine(300, 140, 100);
        b.copies(2);
        const QByteArray expected = "^XA\n^CI28\n^PW800\n^LL560\n^LH0,0\n"
                                    "^FO10,20^A0N,40,40^FDITEM-0001^FS\n"
                                    "^FO10,70^A@N,28,24,E:ANMDJ.TTF^FD" +
                                    QStringLiteral("身幅").toUtf8() +
                                    "^FS\n"
                                    "^FO10,110^A0N,90,90^FR^FDNG^FS\n"
                                    "^FO600,16^BQN,2,4^FDMA,wh://m/1^FS\n"
                                    "^FO6,6^GB788,548,3^FS\n"
                                    "^FO6,6^GB150,120,120^FR^FS\n"
                                    "^FO6,140^GB788,3,3^FS\n"
                                    "^FO300,140^GB2,100,2^FS\n"
                                    "^PQ2\n^XZ\n";
        QCOMPARE(b.build(), expected);
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << QStringLiteral("A-1 (x)") << QByteArray("^FDA-1 (x)^FS");
        QTest::newRow("caret") << QStringLiteral("a^b") << QByteArray("^FH^FDa_5Eb^FS");
        QTest::newRow("tilde") << QStringLiteral("~HS") << QByteArray("^FH^FD_7EHS^FS");
        QTest::newRow("underscore") << QStringLiteral("ST_1") << QByteArray("^FH^FDST_5F1^FS");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("^FH^FDa_0Ab^FS");
        QTest::newRow("japanese with caret")
            << QStringLiteral("袖^") << QByteArray("^FH^FD\xE8\xA2\x96_5E^FS");
        QTest::newRow("empty") << QString() << QByteArray("^FD^FS");
    }
    void escapes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        QCOMPARE(ZplBuilder::fieldData(text.toUtf8()), field);
    }

    void qrDataIsEscapedToo()
    {
        const QByteArray zpl =
            ZplBuilder().qrCode(0, 0, QStringLiteral("a^b"), 12, QrErrorCorrection::High).build();
        // Magnification is clamped to ZPL's 1-10.
        QVERIFY(zpl.contains("^FO0,0^BQN,2,10^FH^FDHA,a_5Eb^FS\n"));
    }

    void graphicField()
    {
        QImage image(10, 2, QImage::Format_Grayscale8);
        image.fill(255);
        for (int x = 0; x < 10; ++x)
            image.setPixel(x, 0, qRgb(0, 0, 0));
        // Row 1: FF C0 (10 dots), row 2: white. Two bytes a row, 4 in all.
        QCOMPARE(ZplBuilder::graphicField(image), QByteArray("^GFA,4,4,2,FFC0,"));
        const QByteArray zpl = ZplBuilder().graphic(5, 6, image, true).build();
        QVERIFY(zpl.contains("^FO5,6^GFA,4,4,2,FFC0,^FR^FS\n"));
        // A null image adds nothing.
        QCOMPARE(ZplBuilder().graphic(0, 0, QImage()).build(), ZplBuilder().build());
    }
};

QTEST_GUILESS_MAIN(TestZplBuilder)
#include "tst_zplbuilder.moc"
