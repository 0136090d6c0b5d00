// ZplRenderer: the local picture of ZPL labels, checked pixel by pixel for boxes, lines, reversed
// fields and graphic fields, by reading back QR codes (with their error correction level), and for
// what it cannot draw.
#define ZX_USE_UTF8
#include "HostTextRenderer.h"
#include "ZplBuilder.h"
#include "ZplRenderer.h"

#include <ZXing/ReadBarcode.h>

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

bool black(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

int inkIn(const QImage &image, const QRect &r)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += black(image, x, y) ? 1 : 0;
    return n;
}

QImage renderOne(const QByteArray &zpl, QStringList *warnings = nullptr)
{
    auto preview = ZplRenderer::render(zpl);
    if (!preview)
        qFatal("%s", qPrintable(preview.error().toString()));
    if (warnings)
        *warnings = preview->warnings;
    return preview->labels.front();
}

} // namespace

class TestZplRenderer : public QObject {
    Q_OBJECT

private slots:
    void sizeFromTheLabel()
    {
        const QImage image = renderOne(ZplBuilder(LabelFormat{400, 240, 203}).build());
        QCOMPARE(image.size(), QSize(400, 240));
        QCOMPARE(inkIn(image, image.rect()), 0);
    }

    void boxesAndLines()
    {
        const QImage image = renderOne(ZplBuilder(LabelFormat{200, 100, 203})
                                           .box(10, 10, 50, 40, 3)
                                           .box(100, 10, 30, 30, 30)
                                           .horizontalLine(0, 80, 200, 2)
                                           .verticalLine(180, 0, 60, 4)
                                           .build());
        // Outline: 3 dots of ink on each side, nothing inside.
        QVERIFY(black(image, 10, 10) && black(image, 12, 30) && !black(image, 13, 30));
        QVERIFY(black(image, 59, 49) && !black(image, 60, 49) && !black(image, 59, 50));
        QCOMPARE(inkIn(image, QRect(13, 13, 44, 34)), 0);
        // Filled, and exactly its size.
        QCOMPARE(inkIn(image, QRect(100, 10, 30, 30)), 900);
        QCOMPARE(inkIn(image, QRect(99, 9, 32, 32)), 900);
        QCOMPARE(inkIn(image, QRect(0, 80, 200, 2)), 400);
        QCOMPARE(inkIn(image, QRect(0, 79, 200, 4)), 400);
        QCOMPARE(inkIn(image, QRect(180, 0, 4, 60)), 240);
    }

    void reversedFieldsInvert()
    {
        // A black bar, and a reversed box across half of it: white on black, black on white.
        const QImage image = renderOne(ZplBuilder(LabelFormat{100, 40, 203})
                                           .box(0, 0, 50, 40, 40)
                                           .box(25, 10, 50, 20, 20, true)
                                           .build());
        QVERIFY(black(image, 10, 20));
        QVERIFY(!black(image, 30, 20));
        QVERIFY(black(image, 60, 20));
        QVERIFY(!black(image, 80, 20));
    }

    void whiteBoxes()
    {
        const QImage image = renderOne("^XA^PW50^LL50^FO0,0^GB50,50,50^FS^FO10,10^GB10,10,10,W^FS^XZ");
        QVERIFY(black(image, 5, 5));
        QVERIFY(!black(image, 15, 15));
    }

    void graphicFieldsArePixelExact()
    {
        QImage logo(37, 23, QImage::Format_Grayscale8);
        logo.fill(255);
        QPainter p(&logo);
        p.fillRect(0, 0, 37, 3, Qt::black);
        p.fillRect(5, 5, 10, 10, Qt::black);
        p.drawLine(0, 22, 36, 0);
        p.end();
        const QImage image = renderOne(ZplBuilder(LabelFormat{100, 60, 203}).graphic(30, 20, logo).build());
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < 100; ++x) {
                const bool inLogo = x >= 30 && x < 67 && y >= 20 && y < 43;
                const bool expected = inLogo && qGray(logo.pixel(x - 30, y - 20)) < 128;
                QVERIFY2(black(image, x, y) == expected, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            }
    }

    void qrCodesReadBack_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("letter");
        QTest::newRow("L") << int(QrErrorCorrection::Low) << QStringLiteral("L");
        QTest::newRow("M") << int(QrErrorCorrection::Medium) << QStringLiteral("M");
        QTest::newRow("Q") << int(QrErrorCorrection::Quality) << QStringLiteral("Q");
        QTest::newRow("H") << int(QrErrorCorrection::High) << QStringLiteral("H");
    }
    void qrCodesReadBack()
    {
        QFETCH(int, level);
        QFETCH(QString, letter);
        const QString data = QStringLiteral("wh://measurement/0190-a^b_c 身幅");
        const QImage image = renderOne(ZplBuilder(LabelFormat{300, 300, 203})
                                           .qrCode(40, 40, data, 5, static_cast<QrErrorCorrection>(level))
                                           .build())
                                 .convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                    static_cast<int>(image.bytesPerLine()));
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        const ZXing::Result r = ZXing::ReadBarcode(view, hints);
        QVERIFY(r.isValid());
        QCOMPARE(QString::fromStdString(r.text()), data);
        QCOMPARE(QString::fromStdString(r.ecLevel()), letter);
        // The symbol starts at the field origin, 5 dots a module (the finder's corner is black).
        QVERIFY(black(image, 40, 40) && black(image, 44, 44) && !black(image, 39, 40) &&
                !black(image, 40, 39));
    }

    void textSitsInItsLine()
    {
        const QImage image = renderOne(ZplBuilder(LabelFormat{400, 100, 203})
                                           .text(10, 30, QStringLiteral("Hg 520.0"), {QString(), 40})
                                           .build());
        QVERIFY(inkIn(image, QRect(10, 30, 300, 40)) > 300);
        QCOMPARE(inkIn(image, QRect(0, 0, 400, 30)), 0);
        QCOMPARE(inkIn(image, QRect(0, 70, 400, 30)), 0);
        QCOMPARE(inkIn(image, QRect(0, 0, 10, 100)), 0);
    }

    void escapedTextIsUnescaped()
    {
        // "a^b" reaches the printer as ^FH^FDa_5Eb: the preview draws "a^b", as the printer font
        // would (the same pixels as the text drawn directly).
        const QImage escaped =
            renderOne(ZplBuilder(LabelFormat{200, 50, 203})
                          .text(0, 0, QStringLiteral("a^b~_"), {QStringLiteral("E:X.TTF"), 30})
                          .build());
        HostFont font;
        font.heightDots = 30;
        auto direct = HostTextRenderer::render(QStringLiteral("a^b~_"), font);
        QVERIFY(direct.ok());
        for (int y = 0; y < direct->height(); ++y)
            for (int x = 0; x < direct->width(); ++x)
                QCOMPARE(black(escaped, x, y), qGray(direct->pixel(x, y)) < 128);
    }

    void severalLabelsAndCopies()
    {
        auto preview = ZplRenderer::render(ZplBuilder(LabelFormat{100, 50, 203}).copies(3).build() + "~HS" +
                                           ZplBuilder(LabelFormat{120, 60, 203}).build());
        QVERIFY(preview.ok());
        QCOMPARE(preview->labels.size(), size_t(2));
        QCOMPARE(preview->copies, (std::vector<int>{3, 1}));
        QCOMPARE(preview->labels[1].size(), QSize(120, 60));
        QVERIFY2(preview->warnings.isEmpty(), qPrintable(preview->warnings.join('\n')));
    }

    void whatItCannotDraw()
    {
        QStringList warnings;
        const QImage image = renderOne(
            "^XA^PW100^LL100^FO10,10^BCN,50,Y,N,N^FD123^FS^FO0,0^GFB,2,2,1,xx^FS^FO0,0^GFA,2,2,1,FQ^FS"
            "^FO0,0^A0R,20,20^FDx^FS^XZ^XA",
            &warnings);
        QCOMPARE(image.size(), QSize(100, 100));
        const QString all = warnings.join('\n');
        QVERIFY2(all.contains(QLatin1String("^BC at byte")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("only ASCII hex graphic fields")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("neither a hex digit")) ||
                     all.contains(QLatin1String("cut short")) || all.contains(QLatin1String("repeat count")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("only upright text")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("no ^XZ")), qPrintable(all));
    }

    void noLabelIsAnError()
    {
        for (const QByteArray &zpl :
             {QByteArray(), QByteArray("hello"), QByteArray("~HS"), QByteArray("^XA^FO0,0")}) {
            auto preview = ZplRenderer::render(zpl);
            QVERIFY(!preview.ok());
            QCOMPARE(preview.error().code(), ErrorCode::Parse);
            QVERIFY(preview.error().message().contains(QLatin1String("no label")));
        }
    }
};

QTEST_MAIN(TestZplRenderer)
#include "tst_zplrenderer.moc"
