// The camera path without a camera: frames made here (RGB, YUV 4:2:0 planar and NV12, as cameras
// deliver them) are shown on a real QVideoSink and decoded by FrameScanner on its own thread. Checks
// the symbols and their positions, the region of interest, back-pressure (frames offered while one
// decodes are dropped, never queued), frames that cannot be read, and stills. No camera device is
// attached to these machines: CameraSource is checked for its "no camera" answer only.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "CameraScanner.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace wh;
using namespace wh::drivers;

namespace {

const QString kText = QStringLiteral("WH-ITEM-000123");

// A 1280 x 720 grey scene with a QR code whose top-left corner is at `at`.
QImage scene(QPoint at, int side = 300)
{
    std::string error;
    const LumImage qr = encodeBarcode("QRCode", kText.toStdString(), side, side, 2, &error);
    QImage out(1280, 720, QImage::Format_Grayscale8);
    out.fill(200);
    QPainter p(&out);
    p.drawImage(at, BarcodeImage::toQImage(qr));
    p.end();
    return out;
}

QVideoFrame rgbFrame(const QImage &grey)
{
    const QImage rgb = grey.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
               rgb.width() * 4);
    frame.unmap();
    return frame;
}

// Luminance plane from the image, chroma neutral.
QVideoFrame yuvFrame(const QImage &grey, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), grey.constScanLine(y),
               grey.width());
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        memset(frame.bits(plane), 128, static_cast<size_t>(frame.mappedBytes(plane)));
    frame.unmap();
    return frame;
}

} // namespace

class TestCameraScanner : public QObject {
    Q_OBJECT

    // Shows `frame` on a sink wired to a fresh scanner; the reads of that one frame.
    QList<CameraRead> readThroughSink(const QVideoFrame &frame, QRectF roi = {0, 0, 1, 1})
    {
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setRegionOfInterest(roi);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::symbolsFound);
        sink.setVideoFrame(frame);
        scanner.waitForIdle();
        found.wait(200); // the queued result arrives through the event loop
        if (found.isEmpty())
            return {};
        return found.first().first().value<QList<CameraRead>>();
    }

private slots:
    void readsEveryCameraPixelFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("BGRX8888") << int(QVideoFrameFormat::Format_BGRX8888);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
    }

    void readsEveryCameraPixelFormat()
    {
        QFETCH(int, format);
        const QImage image = scene(QPoint(800, 200));
        const auto pf = static_cast<QVideoFrameFormat::PixelFormat>(format);
        const QVideoFrame frame =
            pf == QVideoFrameFormat::Format_BGRX8888 ? rgbFrame(image) : yuvFrame(image, pf);
        QVERIFY(frame.isValid());
        const QList<CameraRead> reads = readThroughSink(frame);
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.front().scan.text, kText);
        QCOMPARE(reads.front().scan.raw, kText.toUtf8());
        QCOMPARE(reads.front().scan.format, QStringLiteral("QRCode"));
        QCOMPARE(reads.front().scan.symbologyId, QStringLiteral("]Q1"));
        QCOMPARE(reads.front().scan.source, ScanPayload::Source::Camera);
        // The corners lie on the code, in whole-frame pixels.
        const QRect box = reads.front().position.boundingRect();
        QVERIFY2(
            QRect(790, 190, 320, 320).contains(box),
            qPrintable(
                QStringLiteral("%1,%2 %3x%4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
    }

    void regionOfInterest()
    {
        const QVideoFrame frame = yuvFrame(scene(QPoint(800, 200)), QVideoFrameFormat::Format_NV12);
        QVERIFY(readThroughSink(frame, QRectF(0, 0, 0.5, 1)).isEmpty()); // the code is in the right half
        const QList<CameraRead> right = readThroughSink(frame, QRectF(0.5, 0, 0.5, 1));
        QCOMPARE(right.size(), 1);
        QVERIFY(right.front().position.boundingRect().left() >= 790); // offset back to the frame
        // A rectangle outside the frame means the whole frame.
        FrameScanner scanner;
        scanner.setRegionOfInterest(QRectF(2, 2, 1, 1));
        QCOMPARE(scanner.regionOfInterest(), QRectF(0, 0, 1, 1));
    }

    void framesOfferedWhileDecodingAreDropped()
    {
        QVideoSink sink;
        BarcodeDecoder::Options slow;
        slow.budgetMs = 400;
        slow.maxSymbols = 8; // every strategy runs: a frame takes a while
        FrameScanner scanner(slow);
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::symbolsFound);
        // Forty distinct frames (a sink shows a frame equal to the one it has only once).
        const QImage image = scene(QPoint(100, 100));
        std::vector<QVideoFrame> frames;
        for (int i = 0; i < 41; ++i)
            frames.push_back(yuvFrame(image, QVideoFrameFormat::Format_YUV420P));
        for (int i = 0; i < 40; ++i)
            sink.setVideoFrame(frames[static_cast<size_t>(i)]); // a camera at full speed
        const FrameScanner::Stats during = scanner.stats();
        scanner.waitForIdle();
        QTRY_VERIFY(!found.isEmpty());
        const FrameScanner::Stats after = scanner.stats();
        QCOMPARE(after.frames, 40);
        QVERIFY2(after.dropped >= 30, qPrintable(QString::number(after.dropped)));
        QCOMPARE(after.decoded + after.dropped + after.rejected, after.frames); // nothing waits in a queue
        QVERIFY(during.decoded <= 1);
        // The scanner takes the next frame once it is free.
        sink.setVideoFrame(frames.back());
        scanner.waitForIdle();
        QCOMPARE(scanner.stats().decoded, after.decoded + 1);
    }

    void framesThatCannotBeRead()
    {
        FrameScanner scanner;
        QSignalSpy rejected(&scanner, &FrameScanner::frameRejected);
        QVERIFY(!scanner.submitFrame(QVideoFrame()));
        QCOMPARE(rejected.size(), 1);
        // A compressed frame holding garbage: refused with the reason, the scanner goes on.
        QVideoFrame jpeg(QVideoFrameFormat(QSize(640, 480), QVideoFrameFormat::Format_Jpeg));
        if (jpeg.isValid() && jpeg.map(QVideoFrame::WriteOnly)) {
            memset(jpeg.bits(0), 0x5a, static_cast<size_t>(jpeg.mappedBytes(0)));
            jpeg.unmap();
            QVERIFY(scanner.submitFrame(jpeg));
            scanner.waitForIdle();
            QTRY_COMPARE(rejected.size(), 2);
            QVERIFY2(rejected.last().first().toString().contains(QStringLiteral("Jpeg"), Qt::CaseInsensitive),
                     qPrintable(rejected.last().first().toString()));
        }
        const QVideoFrame good = yuvFrame(scene(QPoint(500, 300)), QVideoFrameFormat::Format_YUV420P);
        QSignalSpy found(&scanner, &FrameScanner::symbolsFound);
        QVERIFY(scanner.submitFrame(good));
        scanner.waitForIdle();
        QTRY_COMPARE(found.size(), 1);
    }

    void stills()
    {
        FrameScanner scanner;
        QSignalSpy found(&scanner, &FrameScanner::symbolsFound);
        QSignalSpy rejected(&scanner, &FrameScanner::frameRejected);
        QVERIFY(!scanner.submitImage(QImage()));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(scanner.submitImage(scene(QPoint(20, 20)).convertToFormat(QImage::Format_ARGB32)));
        scanner.waitForIdle();
        QTRY_COMPARE(found.size(), 1);
        const auto reads = found.first().first().value<QList<CameraRead>>();
        QCOMPARE(reads.front().scan.source, ScanPayload::Source::Image);
        QCOMPARE(reads.front().scan.text, kText);
    }

    void noCamera()
    {
        if (!CameraSource::availableCameras().isEmpty())
            QSKIP("this machine has a camera; the no-camera answer cannot be checked");
        CameraSource camera;
        QVERIFY(!camera.start());
        QVERIFY(!camera.errorString().isEmpty());
        QVERIFY(!camera.isActive());
        QVERIFY(!camera.start("no-such-camera"));
        QVERIFY(camera.errorString().contains(QStringLiteral("no-such-camera")));
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
