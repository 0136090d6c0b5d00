// BarcodeImage, the Qt adapter: image files that are not images, truncated, empty or huge give the
// reason and no decode; transparent PNGs read on white; every QImage pixel format decodes.
#include "BarcodeImage.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace wh::drivers;

namespace {

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(data.size()), out.data());
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return out + crc;
}

// A PNG whose header says width x height (8-bit grey) and whose pixel data is a few bytes: what a
// huge image looks like before it is decoded.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 0; // grey
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
           chunk("IDAT", QByteArray("\x78\x9c\x03\x00", 4)) + chunk("IEND", {});
}

QImage qrImage(const char *text = "adapter")
{
    return BarcodeImage::toQImage(encodeBarcode("QRCode", text, 200, 200));
}

QByteArray pngBytes(const QImage &img)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

BarcodeDecoder decoder()
{
    BarcodeDecoder::Options o;
    o.budgetMs = 20000;
    return BarcodeDecoder(o);
}

} // namespace

class TestBarcodeImage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void badFiles_data();
    void badFiles();
    void hugeImageRefusedFromItsHeader();
    void transparentPngReadsOnWhite();
    void everyQImageFormat_data();
    void everyQImageFormat();
    void jpegFile();
    void toQImageCopiesPixels();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestBarcodeImage::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray png = pngBytes(qrImage());
    QTest::newRow("text") << "notes.png" << QByteArray("this is not an image\n") << "not an image";
    QTest::newRow("empty file") << "empty.png" << QByteArray() << "not an image";
    QTest::newRow("truncated png") << "cut.png" << png.left(png.size() / 2) << "cannot read";
    QTest::newRow("png signature only") << "sig.png" << png.left(8) << "";
    QTest::newRow("0x0 png") << "zero.png" << pngHeaderOnly(0, 0) << "";
    QTest::newRow("png header without pixels") << "nopix.png" << pngHeaderOnly(300, 200) << "cannot read";
}

void TestBarcodeImage::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto loaded = BarcodeImage::load(write(name, bytes));
    QVERIFY(loaded.image.isNull());
    QVERIFY(!loaded.error.isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(loaded.error.contains(reason), qPrintable(loaded.error));
    // a missing file and a folder
    QCOMPARE(BarcodeImage::load(m_dir.filePath(QStringLiteral("missing.png"))).error,
             QStringLiteral("no such file"));
    QCOMPARE(BarcodeImage::load(m_dir.path()).error, QStringLiteral("not a file"));
}

void TestBarcodeImage::hugeImageRefusedFromItsHeader()
{
    const QString path = write(QStringLiteral("huge.png"), pngHeaderOnly(20000, 20000));
    QElapsedTimer timer;
    timer.start();
    const auto loaded = BarcodeImage::load(path);
    QVERIFY2(loaded.error.contains(QLatin1String("too large")), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(QLatin1String("20000 x 20000")));
    QVERIFY(timer.elapsed() < 5000); // nothing was allocated or decoded
}

void TestBarcodeImage::transparentPngReadsOnWhite()
{
    // black modules on a transparent background: read as black-on-nothing would be black-on-black
    const QImage qr = qrImage("transparent");
    QImage argb(qr.size(), QImage::Format_ARGB32);
    for (int y = 0; y < qr.height(); ++y)
        for (int x = 0; x < qr.width(); ++x)
            argb.setPixel(x, y, qGray(qr.pixel(x, y)) < 128 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
    const auto loaded = BarcodeImage::load(write(QStringLiteral("alpha.png"), pngBytes(argb)));
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    const auto d = BarcodeImage::decode(decoder(), loaded.image);
    QCOMPARE(d.symbols.size(), std::size_t(1));
    QCOMPARE(d.symbols.front().text, std::string("transparent"));
    // the same QImage handed over directly
    const auto direct = BarcodeImage::decode(decoder(), argb);
    QCOMPARE(direct.symbols.size(), std::size_t(1));
}

void TestBarcodeImage::everyQImageFormat_data()
{
    QTest::addColumn<int>("format");
    for (int f = QImage::Format_Mono; f < QImage::NImageFormats; ++f)
        QTest::newRow(qPrintable(QString::number(f))) << f;
}

void TestBarcodeImage::everyQImageFormat()
{
    QFETCH(int, format);
    const QImage img = qrImage("formats").convertToFormat(static_cast<QImage::Format>(format));
    if (img.isNull())
        QSKIP("Qt cannot convert to this format");
    if (format == QImage::Format_Alpha8)
        QSKIP("an alpha mask has no colours: an opaque symbol is all black");
    const auto d = BarcodeImage::decode(decoder(), img);
    QCOMPARE(d.status, BarcodeDecoder::Status::Found);
    QCOMPARE(d.symbols.front().text, std::string("formats"));
}

void TestBarcodeImage::jpegFile()
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (!qrImage("jpeg").save(&buf, "JPG", 60))
        QSKIP("no JPEG writer in this Qt");
    const auto loaded = BarcodeImage::load(write(QStringLiteral("photo.jpg"), bytes));
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    const auto d = BarcodeImage::decode(decoder(), loaded.image);
    QCOMPARE(d.symbols.size(), std::size_t(1));
    QCOMPARE(d.symbols.front().text, std::string("jpeg"));
    // cut in half: not read, with the reason
    const auto cut = BarcodeImage::load(write(QStringLiteral("cut.jpg"), bytes.left(bytes.size() / 3)));
    if (cut.error.isEmpty()) {
        // Qt's JPEG reader gives the rows it had (grey below): still a valid frame, decoded safely
        QVERIFY(BarcodeImage::decode(decoder(), cut.image).status != BarcodeDecoder::Status::Invalid);
    }
}

void TestBarcodeImage::toQImageCopiesPixels()
{
    LumImage lum;
    lum.width = 3;
    lum.height = 2;
    lum.pixels = {0, 128, 255, 10, 20, 30};
    const QImage img = BarcodeImage::toQImage(lum);
    QCOMPARE(img.format(), QImage::Format_Grayscale8);
    QCOMPARE(img.constScanLine(0)[1], uchar(128));
    QCOMPARE(img.constScanLine(1)[2], uchar(30));
    lum.pixels.pop_back();
    QVERIFY(BarcodeImage::toQImage(lum).isNull()); // too few pixels for its size
}

QTEST_GUILESS_MAIN(TestBarcodeImage)
#include "tst_barcodeimage.moc"
