// ZplGraphic: ^GFA data both ways, with Zebra's compression codes.
#include "ZplGraphic.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

ZplGraphic fromRows(int bytesPerRow, const QByteArray &hex)
{
    ZplGraphic g;
    g.bytesPerRow = bytesPerRow;
    g.bits = QByteArray::fromHex(hex);
    g.rows = static_cast<int>(g.bits.size()) / bytesPerRow;
    return g;
}

} // namespace

class TestZplGraphic : public QObject {
    Q_OBJECT

private slots:
    void compressesRows_data()
    {
        QTest::addColumn<int>("bytesPerRow");
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("compressed");
        QTest::newRow("white row") << 4 << QByteArray("00000000") << QByteArray(",");
        QTest::newRow("black row") << 4 << QByteArray("FFFFFFFF") << QByteArray("!");
        QTest::newRow("one trailing zero kept") << 1 << QByteArray("F0") << QByteArray("F0");
        QTest::newRow("run then white") << 4 << QByteArray("FFF00000") << QByteArray("IF,");
        QTest::newRow("no runs") << 2 << QByteArray("1234") << QByteArray("1234");
        QTest::newRow("same row again") << 2
                                        << QByteArray("8001"
                                                      "8001"
                                                      "8001")
                                        << QByteArray("8001::");
        // 45 = 40 (h) + 5 (K), and a run over 419 splits.
        QTest::newRow("lower and upper counts")
            << 23 << QByteArray(QByteArray(45, 'A') + "0") << QByteArray("hKA0");
        QTest::newRow("long run splits") << 215 << QByteArray(QByteArray(430, 'A')) << QByteArray("zYAQA");
    }
    void compressesRows()
    {
        QFETCH(int, bytesPerRow);
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, compressed);
        const ZplGraphic g = fromRows(bytesPerRow, hex);
        QCOMPARE(g.compressedHex(), compressed);
        auto back = ZplGraphic::fromHex(compressed, g.totalBytes(), bytesPerRow);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->bits.toHex().toUpper(), hex.toUpper());
    }

    void readsUncompressedAndLowerCase()
    {
        auto g = ZplGraphic::fromHex("ff00\n0a0b", 4, 2);
        QVERIFY(g.ok());
        QCOMPARE(g->bits, QByteArray::fromHex("ff000a0b"));
        QCOMPARE(g->rows, 2);
    }

    void roundTripsRandomImages()
    {
        QRandomGenerator random(7);
        for (int n = 0; n < 50; ++n) {
            const int w = 1 + random.bounded(300);
            const int h = 1 + random.bounded(60);
            QImage image(w, h, QImage::Format_Grayscale8);
            image.fill(255);
            // Blocks and stripes (runs, repeated rows) and noise (no runs).
            QPainter p(&image);
            for (int k = 0; k < 6; ++k)
                p.fillRect(random.bounded(w), random.bounded(h), random.bounded(w) + 1, random.bounded(h) + 1,
                           Qt::black);
            p.end();
            for (int k = 0; k < 30; ++k)
                image.setPixel(random.bounded(w), random.bounded(h),
                               random.bounded(2) ? 0xFF000000 : 0xFFFFFFFF);
            const ZplGraphic g = ZplGraphic::fromImage(image);
            QCOMPARE(g.bytesPerRow, (w + 7) / 8);
            QCOMPARE(g.rows, h);
            auto back = ZplGraphic::fromHex(g.compressedHex(), g.totalBytes(), g.bytesPerRow);
            QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
            QCOMPARE(back->bits, g.bits);
            // Pixel for pixel: dark pixels are dots.
            const QImage out = back->toImage().convertToFormat(QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x)
                    QCOMPARE(qGray(out.pixel(x, y)) < 128, qGray(image.pixel(x, y)) < 128);
        }
    }

    void transparentIsWhite()
    {
        QImage image(8, 1, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        image.setPixel(0, 0, qRgba(0, 0, 0, 255));
        image.setPixel(1, 0, qRgba(0, 0, 0, 40)); // faint: white on paper
        QCOMPARE(ZplGraphic::fromImage(image).bits, QByteArray::fromHex("80"));
    }

    void rejectsBadData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("perRow");
        QTest::addColumn<QString>("message");
        QTest::newRow("not hex") << QByteArray("FFZ0") << 2 << 2 << QStringLiteral("neither a hex digit");
        QTest::newRow("row too long") << QByteArray("KF") << 2 << 2 << QStringLiteral("runs past");
        QTest::newRow("colon first") << QByteArray(":") << 2 << 1 << QStringLiteral("first row");
        QTest::newRow("cut short") << QByteArray("FFF") << 2 << 2 << QStringLiteral("cut short");
        QTest::newRow("too few rows")
            << QByteArray("FFFF") << 4 << 2 << QStringLiteral("not the 4 announced");
        QTest::newRow("dangling count") << QByteArray("FFFFI") << 2 << 2 << QStringLiteral("repeat count");
        QTest::newRow("size not rows")
            << QByteArray("FF") << 3 << 2 << QStringLiteral("whole number of rows");
    }
    void rejectsBadData()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, total);
        QFETCH(int, perRow);
        QFETCH(QString, message);
        auto g = ZplGraphic::fromHex(data, total, perRow);
        QVERIFY(!g.ok());
        QCOMPARE(g.error().code(), ErrorCode::Parse);
        QVERIFY2(g.error().message().contains(message), qPrintable(g.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestZplGraphic)
#include "tst_zplgraphic.moc"
