// BarcodeDecoder: round trips through ZXing's writer (rotated, scaled, blurred), symbols off the
// centre, every pixel format, bad frames, the format allow-list, the time budget, text escaping.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

#include <cstdlib>
#include <unistd.h>

using namespace wh::drivers;

namespace {

// A decoder with a budget no test machine runs out of: results do not depend on the load.
BarcodeDecoder::Options generous(std::string formats = {})
{
    BarcodeDecoder::Options o;
    o.budgetMs = 20000;
    o.formats = std::move(formats);
    return o;
}

QImage encoded(const char *format, const std::string &text, int width = 0, int height = 0)
{
    std::string error;
    const LumImage img = encodeBarcode(format, text, width, height, -1, &error);
    if (!error.empty())
        qWarning("encodeBarcode: %s", error.c_str());
    return BarcodeImage::toQImage(img);
}

// `symbol` on a white canvas at (x, y).
QImage placed(const QImage &symbol, int canvasWidth, int canvasHeight, int x, int y)
{
    QImage canvas(canvasWidth, canvasHeight, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter p(&canvas);
    p.drawImage(x, y, symbol);
    p.end();
    return canvas;
}

QImage rotatedImage(const QImage &src, double degrees)
{
    // ARGB: the corners the turn uncovers are transparent, and the adapter puts them on white
    return src.convertToFormat(QImage::Format_ARGB32)
        .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
}

QImage scaledImage(const QImage &src, double factor)
{
    return src.scaled(qRound(src.width() * factor), qRound(src.height() * factor), Qt::IgnoreAspectRatio,
                      Qt::SmoothTransformation);
}

// Gaussian-like blur: down to a third and back up, smoothly.
QImage blurredImage(const QImage &src)
{
    return scaledImage(scaledImage(src, 1.0 / 3.0), 3.0);
}

QStringList texts(const BarcodeDecoder::Decoded &d)
{
    QStringList list;
    for (const auto &s : d.symbols)
        list << QString::fromStdString(s.format) + QLatin1Char(':') + QString::fromStdString(s.text);
    return list;
}

} // namespace

class TestBarcodeDecoder : public QObject {
    Q_OBJECT
private slots:
    void escapesText();
    void formatNames();
    void unknownFormatIsInvalid();
    void roundTrip_data();
    void roundTrip();
    void offCentreMatrixSymbols_data();
    void offCentreMatrixSymbols();
    void everyPixelFormat();
    void positionInFrameCoordinates();
    void allowListExcludesOtherFormats();
    void severalSymbols();
    void badFrames();
    void blankAndTinyFramesAreNotFound();
    void budgetStopsTheStrategies();
    void zeroBudgetIsOneCall();
    void writerRejectsWhatItCannotWrite();
    void twinLinearCodesDoNotAbort_data();
    void twinLinearCodesDoNotAbort();
    void isolatedAndInProcessAgree();
    void abortingCallIsIsolated();
    void hangingCallIsKilled();
};

void TestBarcodeDecoder::escapesText()
{
    QCOMPARE(escapeBarcodeText("a\\b\tc\nd\re"), std::string("a\\\\b\\tc\\nd\\re"));
    QCOMPARE(escapeBarcodeText(std::string("01\x1d"
                                           "10",
                                           5)),
             std::string("01\\x1d10"));
    QCOMPARE(escapeBarcodeText(std::string("\x00\x7f", 2)), std::string("\\x00\\x7f"));
    QCOMPARE(escapeBarcodeText("倉庫 ok"), std::string("倉庫 ok")); // UTF-8 as it is
}

void TestBarcodeDecoder::formatNames()
{
    const auto names = BarcodeDecoder::formatNames();
    for (const char *n : {"QRCode", "DataMatrix", "Aztec", "PDF417", "Code128", "Code39", "ITF", "EAN13",
                          "EAN8", "UPCA", "UPCE"})
        QVERIFY2(std::find(names.begin(), names.end(), n) != names.end(), n);
    // ZXing's spellings with dashes and any case are accepted too
    QVERIFY(BarcodeDecoder(generous("ean-13, qrcode|Code128")).formatsValid());
}

void TestBarcodeDecoder::unknownFormatIsInvalid()
{
    const BarcodeDecoder decoder(generous("QRCode,Bogus"));
    QVERIFY(!decoder.formatsValid());
    QVERIFY(decoder.formatsError().find("Bogus") != std::string::npos);
    const QImage qr = encoded("QRCode", "x", 200, 200);
    const auto d = BarcodeImage::decode(decoder, qr);
    QCOMPARE(d.status, BarcodeDecoder::Status::Invalid);
}

void TestBarcodeDecoder::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("transform");
    const QList<std::pair<QString, QString>> symbols = {
        {QStringLiteral("QRCode"), QStringLiteral("W00042 倉庫 市川 – ok")},
        {QStringLiteral("Code128"), QStringLiteral("LOC-S1-A01-03 {x}")},
        {QStringLiteral("DataMatrix"), QStringLiteral("BOX 12345 / lot 7")},
        {QStringLiteral("Aztec"), QStringLiteral("Aztec label 2026")},
        {QStringLiteral("PDF417"), QStringLiteral("PDF417 shipping label")},
        {QStringLiteral("EAN13"), QStringLiteral("4901234567894")},
        {QStringLiteral("Code39"), QStringLiteral("ABC-123")},
    };
    const bool isLinear[] = {false, true, false, false, false, true, true};
    int i = 0;
    for (const auto &[format, text] : symbols) {
        QStringList transforms = {QStringLiteral("none"),      QStringLiteral("rotate90"),
                                  QStringLiteral("rotate180"), QStringLiteral("rotate270"),
                                  QStringLiteral("scale0.6"),  QStringLiteral("scale2.5"),
                                  QStringLiteral("blur"),      QStringLiteral("rotate5")};
        if (!isLinear[i] && format != QLatin1String("PDF417"))
            transforms << QStringLiteral("rotate30") << QStringLiteral("rotate45");
        for (const QString &t : transforms)
            QTest::newRow(qPrintable(format + QLatin1Char('/') + t)) << format << text << t;
        ++i;
    }
}

void TestBarcodeDecoder::roundTrip()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, transform);
    const bool linear = format == QLatin1String("Code128") || format == QLatin1String("EAN13") ||
                        format == QLatin1String("Code39");
    // labels as printed: 3 to 4 pixels a module before the transformation
    const bool pdf = format == QLatin1String("PDF417");
    QImage img = encoded(qPrintable(format), text.toStdString(),
                         linear ? 760
                         : pdf  ? 480
                                : 240,
                         linear ? 160 : 240);
    QVERIFY(!img.isNull());
    // a quiet margin round it, as on a label
    img = placed(img, img.width() + 80, img.height() + 80, 40, 40);
    if (transform.startsWith(QLatin1String("rotate")))
        img = rotatedImage(img, transform.mid(6).toDouble());
    else if (transform.startsWith(QLatin1String("scale")))
        img = scaledImage(img, transform.mid(5).toDouble());
    else if (transform == QLatin1String("blur"))
        img = blurredImage(img);

    const BarcodeDecoder decoder(generous());
    const auto d = BarcodeImage::decode(decoder, img);
    QCOMPARE(d.status, BarcodeDecoder::Status::Found);
    QCOMPARE(texts(d), QStringList{format + QLatin1Char(':') + text});
    QVERIFY(!d.symbols.front().symbologyIdentifier.empty());
    QCOMPARE(d.symbols.front().symbologyIdentifier.front(), ']');
}

void TestBarcodeDecoder::offCentreMatrixSymbols_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("DataMatrix") << QStringLiteral("DataMatrix");
    QTest::newRow("Aztec") << QStringLiteral("Aztec");
    QTest::newRow("QRCode") << QStringLiteral("QRCode");
}

// ZXing-C++ 1.4 alone finds Data Matrix and Aztec only across the image centre; a small symbol in
// a corner of a large frame is read through the regions.
void TestBarcodeDecoder::offCentreMatrixSymbols()
{
    QFETCH(QString, format);
    const QImage symbol = encoded(qPrintable(format), "corner 42", 150, 150);
    for (const QPoint corner : {QPoint(30, 30), QPoint(1000, 30), QPoint(30, 700), QPoint(1000, 700)}) {
        const QImage frame = placed(symbol, 1200, 900, corner.x(), corner.y());
        const auto d = BarcodeImage::decode(BarcodeDecoder(generous()), frame);
        QCOMPARE(texts(d), QStringList{format + QStringLiteral(":corner 42")});
        // the reported corners are in the frame, round where the symbol was put
        const auto &pos = d.symbols.front().position;
        int cx = 0, cy = 0;
        for (const auto &p : pos)
            cx += p.x, cy += p.y;
        QVERIFY2(std::abs(cx / 4 - (corner.x() + 75)) < 40 && std::abs(cy / 4 - (corner.y() + 75)) < 40,
                 qPrintable(QStringLiteral("centre %1,%2 for a symbol at %3,%4")
                                .arg(cx / 4)
                                .arg(cy / 4)
                                .arg(corner.x())
                                .arg(corner.y())));
    }
}

void TestBarcodeDecoder::everyPixelFormat()
{
    const LumImage lum = encodeBarcode("QRCode", "pixel formats", 160, 160);
    QVERIFY(lum.width > 0);
    const int n = lum.width * lum.height;
    struct Case {
        BarcodeDecoder::PixelFormat format;
        int bpp;
        int r, g, b; // byte offsets
    };
    const Case cases[] = {
        {BarcodeDecoder::PixelFormat::Lum8, 1, 0, 0, 0},  {BarcodeDecoder::PixelFormat::Rgb8, 3, 0, 1, 2},
        {BarcodeDecoder::PixelFormat::Bgr8, 3, 2, 1, 0},  {BarcodeDecoder::PixelFormat::Rgbx8, 4, 0, 1, 2},
        {BarcodeDecoder::PixelFormat::Bgrx8, 4, 2, 1, 0}, {BarcodeDecoder::PixelFormat::Xrgb8, 4, 1, 2, 3},
    };
    const BarcodeDecoder decoder(generous());
    for (const Case &c : cases) {
        // a padded row stride as camera buffers have; the unused byte set to noise
        const int stride = lum.width * c.bpp + 16;
        std::vector<std::uint8_t> buf(static_cast<std::size_t>(stride) * lum.height, 0x5A);
        for (int i = 0; i < n; ++i) {
            const int x = i % lum.width, y = i / lum.width;
            std::uint8_t *p = buf.data() + static_cast<std::size_t>(y) * stride + x * c.bpp;
            const std::uint8_t v = lum.pixels[static_cast<std::size_t>(i)];
            // coloured so a wrong channel order shows: dark blue on yellow
            const bool dark = v < 128;
            p[c.r] = dark ? 0 : 250;
            p[c.g] = dark ? 0 : 240;
            p[c.b] = dark ? 120 : 40;
            if (c.bpp == 1)
                p[0] = v;
        }
        BarcodeDecoder::Frame f{buf.data(), buf.size(), lum.width, lum.height, stride, c.format};
        const auto d = decoder.decode(f);
        QCOMPARE(texts(d), QStringList{QStringLiteral("QRCode:pixel formats")});
    }
}

void TestBarcodeDecoder::positionInFrameCoordinates()
{
    const QImage symbol = encoded("QRCode", "where", 200, 200);
    const QImage frame = placed(symbol, 800, 600, 500, 300);
    const auto d = BarcodeImage::decode(BarcodeDecoder(generous()), frame);
    QCOMPARE(texts(d), QStringList{QStringLiteral("QRCode:where")});
    for (const auto &p : d.symbols.front().position) {
        QVERIFY(p.x >= 500 && p.x <= 700);
        QVERIFY(p.y >= 300 && p.y <= 500);
    }
}

void TestBarcodeDecoder::allowListExcludesOtherFormats()
{
    const QImage qr = placed(encoded("QRCode", "allow", 200, 200), 300, 300, 50, 50);
    QCOMPARE(BarcodeImage::decode(BarcodeDecoder(generous("Code128,EAN13")), qr).status,
             BarcodeDecoder::Status::NotFound);
    QCOMPARE(texts(BarcodeImage::decode(BarcodeDecoder(generous("QRCode")), qr)),
             QStringList{QStringLiteral("QRCode:allow")});
}

void TestBarcodeDecoder::severalSymbols()
{
    QImage frame(900, 400, QImage::Format_RGB32);
    frame.fill(Qt::white);
    QPainter p(&frame);
    p.drawImage(40, 80, encoded("QRCode", "left", 240, 240));
    p.drawImage(420, 140, encoded("Code128", "RIGHT-1", 420, 120));
    p.end();
    auto options = generous();
    options.maxSymbols = 5;
    const auto d = BarcodeImage::decode(BarcodeDecoder(options), frame);
    QStringList got = texts(d);
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("Code128:RIGHT-1"), QStringLiteral("QRCode:left")}));
    // a scanner's trigger: the first one only
    QCOMPARE(BarcodeImage::decode(BarcodeDecoder(generous()), frame).symbols.size(), std::size_t(1));
}

void TestBarcodeDecoder::badFrames()
{
    const BarcodeDecoder decoder(generous());
    std::vector<std::uint8_t> pixels(100 * 100, 255);
    auto check = [&](BarcodeDecoder::Frame f, const char *reasonPart) {
        const auto d = decoder.decode(f);
        QCOMPARE(d.status, BarcodeDecoder::Status::Invalid);
        QVERIFY2(d.reason.find(reasonPart) != std::string::npos, d.reason.c_str());
        QVERIFY(d.symbols.empty());
    };
    using PF = BarcodeDecoder::PixelFormat;
    check({pixels.data(), pixels.size(), 0, 0, 0, PF::Lum8}, "empty image");
    check({pixels.data(), pixels.size(), 100, 0, 0, PF::Lum8}, "empty image");
    check({pixels.data(), pixels.size(), -5, 100, 0, PF::Lum8}, "empty image");
    // 20000 x 20000: refused from its size alone (the buffer is never read)
    check({pixels.data(), pixels.size(), 20000, 20000, 0, PF::Lum8}, "too large");
    check({pixels.data(), pixels.size(), 16000, 16000, 0, PF::Lum8}, "too large"); // > 64 megapixels
    check({nullptr, 0, 100, 100, 0, PF::Lum8}, "no pixel data");
    check({pixels.data(), pixels.size(), 100, 100, 0, PF::Rgb8}, "too short");
    check({pixels.data(), pixels.size() - 1, 100, 100, 0, PF::Lum8}, "too short");
    check({pixels.data(), pixels.size(), 100, 100, 50, PF::Lum8}, "stride");
    check({pixels.data(), pixels.size(), 100, 100, 0, static_cast<PF>(99)}, "pixel format");
    // the adapter: a null QImage, Format_Invalid
    QCOMPARE(BarcodeImage::decode(decoder, QImage()).status, BarcodeDecoder::Status::Invalid);
    // and the decoder still works after all of them
    QCOMPARE(texts(BarcodeImage::decode(decoder, encoded("QRCode", "after", 200, 200))),
             QStringList{QStringLiteral("QRCode:after")});
}

void TestBarcodeDecoder::blankAndTinyFramesAreNotFound()
{
    const BarcodeDecoder decoder(generous());
    for (const QSize size :
         {QSize(1, 1), QSize(7, 7), QSize(8, 8), QSize(1, 3000), QSize(3000, 1), QSize(64, 64)}) {
        for (const int value : {0, 255, 128}) {
            std::vector<std::uint8_t> pixels(static_cast<std::size_t>(size.width()) * size.height(),
                                             static_cast<std::uint8_t>(value));
            const auto d = decoder.decode({pixels.data(), pixels.size(), size.width(), size.height(), 0,
                                           BarcodeDecoder::PixelFormat::Lum8});
            QCOMPARE(d.status, BarcodeDecoder::Status::NotFound);
        }
    }
    // noise
    std::vector<std::uint8_t> noise(640 * 480);
    QRandomGenerator rng(7);
    for (auto &v : noise)
        v = static_cast<std::uint8_t>(rng.bounded(256));
    const auto d =
        decoder.decode({noise.data(), noise.size(), 640, 480, 0, BarcodeDecoder::PixelFormat::Lum8});
    QVERIFY(d.status != BarcodeDecoder::Status::Invalid);
}

void TestBarcodeDecoder::budgetStopsTheStrategies()
{
    // A large noisy frame with nothing to read: every strategy would run without the budget.
    const int w = 2400, h = 1800;
    std::vector<std::uint8_t> noise(static_cast<std::size_t>(w) * h);
    QRandomGenerator rng(11);
    for (auto &v : noise)
        v = static_cast<std::uint8_t>(rng.bounded(256));
    const BarcodeDecoder::Frame frame{noise.data(), noise.size(), w, h, 0, BarcodeDecoder::PixelFormat::Lum8};

    BarcodeDecoder::Options tight;
    tight.budgetMs = 30;
    const auto d = BarcodeDecoder(tight).decode(frame);
    QVERIFY(d.budgetExhausted);
    auto unlimited = generous();
    unlimited.budgetMs = 600000;
    const auto all = BarcodeDecoder(unlimited).decode(frame);
    QVERIFY(!all.budgetExhausted);
    QVERIFY2(d.attempts < all.attempts,
             qPrintable(QStringLiteral("%1 vs %2").arg(d.attempts).arg(all.attempts)));
    // the budget ends within the call that was running: far less than the whole pipeline
    QVERIFY2(d.microseconds < all.microseconds,
             qPrintable(QStringLiteral("%1 us vs %2 us").arg(d.microseconds).arg(all.microseconds)));
}

void TestBarcodeDecoder::zeroBudgetIsOneCall()
{
    BarcodeDecoder::Options o;
    o.budgetMs = 0;
    std::vector<std::uint8_t> white(300 * 300, 255);
    const auto d = BarcodeDecoder(o).decode(
        {white.data(), white.size(), 300, 300, 0, BarcodeDecoder::PixelFormat::Lum8});
    QCOMPARE(d.attempts, 1);
    QCOMPARE(d.status, BarcodeDecoder::Status::NotFound);
}

void TestBarcodeDecoder::writerRejectsWhatItCannotWrite()
{
    std::string error;
    QVERIFY(encodeBarcode("Bogus", "x", 100, 100, -1, &error).pixels.empty());
    QVERIFY(!error.empty());
    error.clear();
    QVERIFY(encodeBarcode("EAN13", "not digits", 200, 100, -1, &error).pixels.empty());
    QVERIFY(!error.empty());
    error.clear();
    const LumImage ok = encodeBarcode("Code128", "OK", 0, 0, -1, &error);
    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(ok.width > 0 && ok.height > 0);
}

void TestBarcodeDecoder::twinLinearCodesDoNotAbort_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("Code128") << QStringLiteral("Code128") << QStringLiteral("ABC123");
    QTest::newRow("EAN13") << QStringLiteral("EAN13") << QStringLiteral("4901234567894");
}

// The same linear symbol twice side by side (a sheet of labels): ZXing-C++ 1.4's ReadBarcodes
// aborts the process on it (assertion `lineCount() == 1' in Result::operator==); the pipeline's
// single-symbol calls read it.
void TestBarcodeDecoder::twinLinearCodesDoNotAbort()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    const QImage symbol = encoded(qPrintable(format), text.toStdString(), 400, 100);
    QImage frame(symbol.width() * 2 + 120, symbol.height() + 80, QImage::Format_RGB32);
    frame.fill(Qt::white);
    QPainter p(&frame);
    p.drawImage(40, 40, symbol);
    p.drawImage(symbol.width() + 80, 40, symbol);
    p.end();
    auto options = generous();
    options.isolate = false; // in this process: it must not abort it
    const auto d = BarcodeImage::decode(BarcodeDecoder(options), frame);
    QCOMPARE(texts(d), QStringList{format + QLatin1Char(':') + text});
}

// Isolation: a library call that aborts kills only its child; the pipeline goes on from the next
// call in a new child and the frame is still read.
void TestBarcodeDecoder::abortingCallIsIsolated()
{
    auto options = generous();
    options.beforeCall = [](int call) {
        if (call == 0)
            std::abort();
    };
    const QImage frame = placed(encoded("QRCode", "survivor", 200, 200), 300, 300, 50, 50);
    const auto d = BarcodeImage::decode(BarcodeDecoder(options), frame);
    QCOMPARE(d.failures, 1);
    QVERIFY2(d.reason.find("abort") != std::string::npos && d.reason.find("call 0") != std::string::npos,
             d.reason.c_str());
    QCOMPARE(texts(d), QStringList{QStringLiteral("QRCode:survivor")});
    QVERIFY(d.symbols.front().strategy != "plain");
    // every call aborting: not read, with the reason, and this process goes on
    options.beforeCall = [](int) { std::abort(); };
    const auto none = BarcodeImage::decode(BarcodeDecoder(options), frame);
    QCOMPARE(none.status, BarcodeDecoder::Status::NotFound);
    QCOMPARE(none.failures, BarcodeDecoder::kMaxIsolatedRestarts + 1);
}

// A call that never returns: the child is killed at the hard deadline (the budget plus as much
// again, at least a second) and decode() returns.
void TestBarcodeDecoder::hangingCallIsKilled()
{
    BarcodeDecoder::Options options;
    options.budgetMs = 200;
    options.beforeCall = [](int call) {
        if (call == 0)
            for (;;)
                ::pause();
    };
    const QImage frame = placed(encoded("QRCode", "late", 200, 200), 300, 300, 50, 50);
    QElapsedTimer timer;
    timer.start();
    const auto d = BarcodeImage::decode(BarcodeDecoder(options), frame);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() >= 1000);
    QCOMPARE(d.status, BarcodeDecoder::Status::NotFound);
    QCOMPARE(d.failures, 1);
    QVERIFY(d.budgetExhausted);
    QVERIFY2(d.reason.find("did not finish in time") != std::string::npos, d.reason.c_str());
}

void TestBarcodeDecoder::isolatedAndInProcessAgree()
{
    auto in = generous();
    in.isolate = false;
    const QImage frames[] = {
        placed(encoded("QRCode", "same", 200, 200), 600, 400, 350, 150),
        placed(encoded("Aztec", "same", 150, 150), 900, 700, 20, 500),
        rotatedImage(placed(encoded("Code128", "SAME-1", 600, 150), 700, 250, 50, 50), 90)};
    for (const QImage &f : frames) {
        const auto a = BarcodeImage::decode(BarcodeDecoder(generous()), f);
        const auto b = BarcodeImage::decode(BarcodeDecoder(in), f);
        QCOMPARE(texts(a), texts(b));
        QCOMPARE(a.attempts, b.attempts);
        QCOMPARE(a.failures, 0);
        QCOMPARE(a.symbols.front().strategy, b.symbols.front().strategy);
        QCOMPARE(a.symbols.front().position[2].x, b.symbols.front().position[2].x);
        QCOMPARE(a.symbols.front().symbologyIdentifier, b.symbols.front().symbologyIdentifier);
    }
}

QTEST_GUILESS_MAIN(TestBarcodeDecoder)
#include "tst_barcodedecoder.moc"
