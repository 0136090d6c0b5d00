// The handheld's camera scan screen without a camera: stills from the shared photo corpus and codes
// made here with ZXing-C++'s writer go through the view-model's FrameScanner (stills through
// scanImageFile, camera frames through submitFrame as the camera's sink feeds them). Checks the
// decoded text against truth.tsv, the wedge's shape of a scan (AIM identifier, GS as 0x1D), the
// region of interest, the de-duplication of a code seen in many frames (a mock clock), files that
// are not pictures, the answer without a camera, and the page (CameraScanPage.qml): its message,
// the window drawn where the region falls on the picture, the preview, Close.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "CameraScanViewModel.h"
#include "HandheldTestSupport.h"
#include "HomeViewModel.h"
#include "ScannerText.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrameFormat>
#include <QVideoSink>

using namespace wh;
using namespace wh::drivers;

namespace {

QString photosDir()
{
    return test::sharedDataDir() + QStringLiteral("/barcodes/photos");
}

// A 1280 x 720 grey scene with `format` holding `text`, its top-left corner at `at`.
QImage scene(const QString &format, const QString &text, QPoint at, QSize size = {300, 300})
{
    std::string error;
    const LumImage code =
        encodeBarcode(format.toStdString(), text.toStdString(), size.width(), size.height(), 2, &error);
    if (code.pixels.empty())
        qWarning("encodeBarcode %s: %s", qPrintable(format), error.c_str());
    QImage out(1280, 720, QImage::Format_Grayscale8);
    out.fill(200);
    QPainter p(&out);
    p.drawImage(at, BarcodeImage::toQImage(code));
    p.end();
    return out;
}

// As a camera delivers it: NV12, the luminance plane from the image, chroma neutral.
QVideoFrame cameraFrame(const QImage &grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), grey.constScanLine(y),
               grey.width());
    memset(frame.bits(1), 128, static_cast<size_t>(frame.mappedBytes(1)));
    frame.unmap();
    return frame;
}

QString escaped(const QString &text)
{
    return QString::fromStdString(escapeBarcodeText(text.toStdString()));
}

ScannedCode codeAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<ScannedCode>();
}

} // namespace

class TestCameraScanViewModel : public QObject {
    Q_OBJECT

    // Offers `frame` until the scanner takes it: it drops frames while it decodes one, and says
    // nothing when it is free again (the end of a decode without a code has no signal).
    static void feed(CameraScanViewModel &vm, const QVideoFrame &frame)
    {
        QElapsedTimer waited;
        waited.start();
        while (!vm.submitFrame(frame)) {
            if (waited.elapsed() > 20000)
                QFAIL("the scanner did not take the frame within 20 s");
            QTest::qWait(5);
        }
    }

private slots:
    void initTestCase();
    void corpusStills_data();
    void corpusStills();
    void generatedStills_data();
    void generatedStills();
    void sameShapeAsTheWedge();
    void regionOfInterestOnStills();
    void regionOfInterestOnCameraFrames();
    void regionOfInterestRefusesNonsense();
    void deduplication();
    void notAPicture_data();
    void notAPicture();
    void oneStillAtATime();
    void startWithoutCamera();
    void page();

private:
    QTemporaryDir m_dir;
};

void TestCameraScanViewModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void TestCameraScanViewModel::corpusStills_data()
{
    // Photos the decoder reads on its first call (so the frame's time budget does not matter),
    // one or two per symbology; the GS1 Data Matrix carries GS separators.
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"qrcode-2/14.png", "qrcode-2/16.png", "ean13-1/1.png", "upca-1/3.png", "code128-2/10.png",
          "code39-3/14.png", "pdf417-1/11.png", "datamatrix-1/gs1-figure-4.15.1-2-32x32.png"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestCameraScanViewModel::corpusStills()
{
    if (!test::barcodeCorpusPresent())
        QSKIP(qPrintable(QStringLiteral("the barcode photo corpus is not at %1").arg(photosDir())));
    QFETCH(QString, file);
    QString truthText, truthAim;
    QFile truth(photosDir() + QStringLiteral("/truth.tsv"));
    QVERIFY2(truth.open(QIODevice::ReadOnly), qPrintable(truth.fileName()));
    while (!truth.atEnd()) {
        QString line = QString::fromUtf8(truth.readLine());
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 6 || cols[0] != file)
            continue;
        truthText = cols[2];
        for (const QString &param : cols[5].split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (param.startsWith(QLatin1String("symbologyIdentifier=")))
                truthAim = param.section(QLatin1Char('='), 1);
    }
    QVERIFY2(!truthText.isEmpty(), qPrintable(file + QStringLiteral(" is not in truth.tsv")));

    CameraScanViewModel vm;
    vm.setRegionOfInterest(QRectF(0, 0, 1, 1)); // the photos have their codes anywhere
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    QSignalSpy failed(&vm, &CameraScanViewModel::scanFailed);
    QVERIFY(vm.scanImageFile(photosDir() + QLatin1Char('/') + file));
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QCOMPARE(scanned.size(), 1);
    const ScannedCode code = codeAt(scanned, 0);
    QCOMPARE(escaped(code.text), truthText);
    QVERIFY2(isAimIdentifier(code.symbology), qPrintable(code.symbology));
    if (!truthAim.isEmpty())
        QCOMPARE(code.symbology, truthAim);
    QCOMPARE(code.raw, code.symbology + code.text);
    QCOMPARE(vm.lastText(), HomeViewModel::visibleScanText(code.text));
}

void TestCameraScanViewModel::generatedStills_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("aim");
    QTest::newRow("QR, care label") << "QRCode"
                                    << "WH1|S=ST-2041|Z=M|L=LOT7" << QSize(300, 300) << "]Q1";
    QTest::newRow("QR, Japanese") << "QRCode" << QStringLiteral("品番 ST-2041 サイズ M") << QSize(300, 300)
                                  << "]Q1";
    QTest::newRow("Code 128, item") << "Code128"
                                    << "WH-ITEM-000123" << QSize(700, 160) << "]C0";
    QTest::newRow("Data Matrix, badge") << "DataMatrix"
                                        << "W00042" << QSize(240, 240) << "]d1";
    QTest::newRow("EAN-13") << "EAN13"
                            << "4912345678904" << QSize(500, 200) << "]E0";
}

void TestCameraScanViewModel::generatedStills()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QFETCH(QString, aim);
    // Centred in the picture: inside the default region.
    const QPoint at((1280 - size.width()) / 2, (720 - size.height()) / 2);
    const QString path = m_dir.filePath(format + QStringLiteral(".png"));
    QVERIFY(scene(format, text, at, size).save(path));
    CameraScanViewModel vm;
    QCOMPARE(vm.regionOfInterest(), CameraScanViewModel::kDefaultRegion);
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    QSignalSpy failed(&vm, &CameraScanViewModel::scanFailed);
    QSignalSpy lastText(&vm, &CameraScanViewModel::lastTextChanged);
    QVERIFY(vm.scanImageFile(path));
    QTRY_VERIFY_WITH_TIMEOUT(!scanned.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QCOMPARE(codeAt(scanned, 0).text, text);
    QCOMPARE(codeAt(scanned, 0).symbology, aim);
    QCOMPARE(lastText.size(), 1);
    QCOMPARE(vm.lastText(), text);
    // The same still again is a new, deliberate scan (no de-duplication for stills).
    QVERIFY(vm.scanImageFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 2, 20000);
    QCOMPARE(lastText.size(), 1); // the text did not change
}

void TestCameraScanViewModel::sameShapeAsTheWedge()
{
    // What a scanner with AIM identifiers on types for a GS1-128 label, and what the camera reads of
    // the same label, end as the same ScannedCode.
    const QString data = QStringLiteral("0104912345678904") + QChar(0x1D) + QStringLiteral("10LOT7");
    const auto wedge = decodeScannerText(QStringLiteral("]C1") + data, ScannerTextOptions{});
    QVERIFY(wedge);
    ScanPayload scan;
    scan.raw = data.toUtf8();
    scan.text = data;
    scan.format = QStringLiteral("Code128");
    scan.symbologyId = QStringLiteral("]C1");
    scan.source = ScanPayload::Source::Camera;
    QCOMPARE(CameraScanViewModel::toScannedCode(scan), *wedge);
    QCOMPARE(CameraScanViewModel::toScannedCode(scan).withSymbology(), QStringLiteral("]C1") + data);
}

void TestCameraScanViewModel::regionOfInterestOnStills()
{
    // A code in the top-left corner, outside the default band: not read, and said so.
    const QString path = m_dir.filePath(QStringLiteral("corner.png"));
    QVERIFY(scene(QStringLiteral("QRCode"), QStringLiteral("CORNER-1"), QPoint(10, 10), QSize(200, 200))
                .save(path));
    CameraScanViewModel vm;
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    QSignalSpy failed(&vm, &CameraScanViewModel::scanFailed);
    QVERIFY(vm.scanImageFile(path));
    QVERIFY(failed.wait(20000));
    QVERIFY(scanned.isEmpty());
    QCOMPARE(failed.first().first().toString(),
             CameraScanViewModel::tr("No code was found in the frame of the picture %1.").arg("corner.png"));
    // A region over the corner reads it.
    QSignalSpy roiChanged(&vm, &CameraScanViewModel::regionOfInterestChanged);
    vm.setRegionOfInterest(QRectF(0, 0, 0.3, 0.4));
    QCOMPARE(roiChanged.size(), 1);
    QCOMPARE(vm.frameScanner().regionOfInterest(), QRectF(0, 0, 0.3, 0.4));
    QVERIFY(vm.scanImageFile(path));
    QVERIFY(scanned.wait(20000));
    QCOMPARE(codeAt(scanned, 0).text, QStringLiteral("CORNER-1"));
    QCOMPARE(failed.size(), 1);
}

void TestCameraScanViewModel::regionOfInterestOnCameraFrames()
{
    // Frames one after the other: the first (a code outside the band) is decoded to the end before
    // the second (a code inside) is taken, so a read of the first would arrive first.
    CameraScanViewModel vm;
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    const QVideoFrame outside = cameraFrame(
        scene(QStringLiteral("QRCode"), QStringLiteral("OUTSIDE-1"), QPoint(1020, 20), {240, 240}));
    const QVideoFrame inside = cameraFrame(
        scene(QStringLiteral("QRCode"), QStringLiteral("INSIDE-2"), QPoint(500, 230), {260, 260}));
    QVERIFY(outside.isValid() && inside.isValid());
    feed(vm, outside);
    QTRY_COMPARE_WITH_TIMEOUT(vm.frameScanner().stats().decoded, 1, 20000);
    feed(vm, inside);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 20000);
    QCOMPARE(codeAt(scanned, 0).text, QStringLiteral("INSIDE-2"));
    QCOMPARE(codeAt(scanned, 0).symbology, QStringLiteral("]Q1"));
    QCOMPARE(vm.frameScanner().stats().found, 1);
}

void TestCameraScanViewModel::regionOfInterestRefusesNonsense()
{
    CameraScanViewModel vm;
    QSignalSpy changed(&vm, &CameraScanViewModel::regionOfInterestChanged);
    vm.setRegionOfInterest(QRectF());                   // empty
    vm.setRegionOfInterest(QRectF(0.5, 0.5, 0.8, 0.8)); // beyond the frame
    vm.setRegionOfInterest(QRectF(2, 2, 0.1, 0.1));     // outside
    QCOMPARE(changed.size(), 0);
    QCOMPARE(vm.regionOfInterest(), CameraScanViewModel::kDefaultRegion);
    QCOMPARE(vm.frameScanner().regionOfInterest(), CameraScanViewModel::kDefaultRegion);
    // The default band sits in the middle and suits a wide linear code as well as a square one.
    const QRectF band = CameraScanViewModel::kDefaultRegion;
    QCOMPARE(band.center(), QPointF(0.5, 0.5));
    QVERIFY(band.width() > band.height());
}

void TestCameraScanViewModel::deduplication()
{
    test::MockClock clock;
    CameraScanViewModel vm(clock);
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    const QVideoFrame item = cameraFrame(
        scene(QStringLiteral("Code128"), QStringLiteral("WH-ITEM-7"), QPoint(290, 280), {700, 160}));
    const QVideoFrame other =
        cameraFrame(scene(QStringLiteral("QRCode"), QStringLiteral("OTHER-8"), QPoint(520, 240), {240, 240}));
    // Feeds `frame` and waits until it has been decoded and found (its read, if any, is posted then).
    auto sight = [&](const QVideoFrame &frame) {
        const qint64 found = vm.frameScanner().stats().found;
        feed(vm, frame);
        QTRY_COMPARE_WITH_TIMEOUT(vm.frameScanner().stats().found, found + 1, 20000);
    };
    // Reads still on their way are flushed by a read that is not a repeat (frames are decoded and
    // their reads delivered in order).
    auto expectScans = [&](int count) {
        sight(other);
        QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), count, 20000);
        QCOMPARE(codeAt(scanned, count - 1).text, QStringLiteral("OTHER-8"));
    };

    sight(item);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 20000);
    QCOMPARE(codeAt(scanned, 0).text, QStringLiteral("WH-ITEM-7"));
    QCOMPARE(codeAt(scanned, 0).symbology, QStringLiteral("]C0"));
    // The same code in the next frames: nothing more, however long it stays in view.
    for (int i = 0; i < 3; ++i) {
        clock.advance(1000);
        sight(item);
    }
    expectScans(2); // only OTHER-8 came
    // Out of sight for longer than the repeat time: a new scan.
    clock.advance(CameraScanViewModel::kRepeatMs);
    sight(item);
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 3, 20000);
    QCOMPARE(codeAt(scanned, 2).text, QStringLiteral("WH-ITEM-7"));
}

void TestCameraScanViewModel::notAPicture_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text as png") << "notes.png" << QByteArray("not a picture\n");
    QTest::newRow("truncated png") << "cut.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("empty") << "empty.jpg" << QByteArray();
    QTest::newRow("missing") << "missing.png" << QByteArray();
}

void TestCameraScanViewModel::notAPicture()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(name);
    if (name != QLatin1String("missing.png")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    CameraScanViewModel vm;
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    QSignalSpy failed(&vm, &CameraScanViewModel::scanFailed);
    QVERIFY(!vm.scanImageFile(path));
    QCOMPARE(failed.size(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(name), qPrintable(reason));            // names the file
    QVERIFY2(reason.size() > name.size() + 30, qPrintable(reason)); // and why
    QVERIFY(scanned.isEmpty());
    // The view-model goes on: a picture after it is read.
    const QString good = m_dir.filePath(QStringLiteral("after.png"));
    QVERIFY(scene(QStringLiteral("QRCode"), QStringLiteral("AFTER"), QPoint(540, 220)).save(good));
    QVERIFY(vm.scanImageFile(good));
    QVERIFY(scanned.wait(20000));
    QCOMPARE(failed.size(), 1);
}

void TestCameraScanViewModel::oneStillAtATime()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.png"));
    QVERIFY(scene(QStringLiteral("QRCode"), QStringLiteral("BUSY"), QPoint(540, 220)).save(path));
    CameraScanViewModel vm;
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    QSignalSpy failed(&vm, &CameraScanViewModel::scanFailed);
    QVERIFY(vm.scanImageFile(path));
    // A second still while the first is decoded is refused (nothing queues), and said so.
    QVERIFY(!vm.scanImageFile(path));
    QCOMPARE(failed.size(), 1);
    QVERIFY(scanned.wait(20000));
    QCOMPARE(scanned.size(), 1);
    // Another still from the slot that hears the first is taken.
    bool again = false;
    connect(&vm, &CameraScanViewModel::scanned, this, [&] {
        if (!again)
            again = vm.scanImageFile(path);
    });
    QVERIFY(vm.scanImageFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 3, 20000);
    QVERIFY(again);
    QCOMPARE(failed.size(), 1);
}

void TestCameraScanViewModel::startWithoutCamera()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("this machine has a camera; the no-camera answer cannot be checked");
    CameraScanViewModel vm;
    QVERIFY(!vm.isAvailable());
    QCOMPARE(vm.message(), CameraScanViewModel::tr("No camera on this device. Type the code or use the "
                                                   "hardware scanner."));
    QSignalSpy active(&vm, &CameraScanViewModel::activeChanged);
    QVERIFY(!vm.start());
    QVERIFY(!vm.isActive());
    QVERIFY(!vm.isAvailable());
    QVERIFY(!vm.message().isEmpty());
    vm.stop(); // harmless
    QCOMPARE(active.size(), 0);
}

void TestCameraScanViewModel::page()
{
    CameraScanViewModel vm;
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setInitialProperties({{QStringLiteral("model"), QVariant::fromValue(&vm)}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(360, 640);
    view.setSource(QUrl(QStringLiteral("qrc:/Wh/Handheld/CameraScanPage.qml")));
    QVERIFY2(view.status() == QQuickView::Ready,
             qPrintable(view.errors().isEmpty() ? QString() : view.errors().first().toString()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QQuickItem *root = view.rootObject();
    auto find = [root](const char *name) { return root->findChild<QQuickItem *>(QLatin1String(name)); };
    QQuickItem *viewfinder = find("viewfinder");
    QQuickItem *window = find("scanWindow");
    QQuickItem *close = find("closeButton");
    QQuickItem *message = find("cameraMessage");
    QQuickItem *hint = find("hint");
    QVERIFY(viewfinder && window && close && message && hint);
    QCOMPARE(vm.videoOutput(), viewfinder); // the page hands its viewfinder over

    // This machine has no camera: the page said start, the message shows instead of the hint.
    if (!vm.isAvailable()) {
        QVERIFY(message->isVisible());
        QVERIFY(!hint->isVisible());
        QVERIFY(!window->isVisible());
        QVERIFY(!find("retryButton")->isVisible());
        bool shown = false;
        for (QObject *o : message->children())
            shown = shown || o->property("text").toString() == vm.message();
        QVERIFY(shown);
    }

    // The window is the region of interest on the picture: before a frame, on the whole viewfinder.
    auto windowRect = [window] {
        return QRectF(window->x(), window->y(), window->width(), window->height());
    };
    const QRectF roi = vm.regionOfInterest();
    auto expected = [&](const QRectF &content) {
        return QRectF(content.x() + roi.x() * content.width(), content.y() + roi.y() * content.height(),
                      roi.width() * content.width(), roi.height() * content.height());
    };
    QCOMPARE(windowRect(), expected(QRectF(0, 0, viewfinder->width(), viewfinder->height())));

    // A camera frame shows in the viewfinder (its sink gets it), and the window follows the
    // picture's place (16:9 in a portrait viewfinder: a band across the middle).
    auto *sink = viewfinder->property("videoSink").value<QVideoSink *>();
    QVERIFY(sink);
    QSignalSpy previewed(sink, &QVideoSink::videoFrameChanged);
    const QVideoFrame frame = cameraFrame(
        scene(QStringLiteral("QRCode"), QStringLiteral("ON-SCREEN"), QPoint(540, 220), {200, 200}));
    QSignalSpy scanned(&vm, &CameraScanViewModel::scanned);
    feed(vm, frame);
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(sink->videoSize(), QSize(1280, 720));
    auto contentRect = [viewfinder] { return viewfinder->property("contentRect").toRectF(); };
    QTRY_VERIFY2(qAbs(contentRect().height() - viewfinder->width() * 720 / 1280) < 1,
                 qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                .arg(contentRect().x())
                                .arg(contentRect().y())
                                .arg(contentRect().width())
                                .arg(contentRect().height())
                                .arg(viewfinder->width())
                                .arg(viewfinder->height())));
    QCOMPARE(contentRect().width(), viewfinder->width());
    QTRY_COMPARE(windowRect(), expected(contentRect()));
    QTRY_COMPARE_WITH_TIMEOUT(scanned.size(), 1, 20000); // it may have come while the picture settled
    QQuickItem *lastRead = find("lastRead");
    QTRY_VERIFY(lastRead->isVisible());
    QStringList lastReadTexts;
    for (QObject *o : lastRead->children())
        lastReadTexts << o->property("text").toString();
    QVERIFY2(lastReadTexts.join(QLatin1Char(' ')).contains(QStringLiteral("ON-SCREEN")),
             qPrintable(lastReadTexts.join(QLatin1Char(' '))));

    // Touch targets at least 48 px, Close at the bottom; Close asks the shell to close the page.
    QVERIFY(close->height() >= 48);
    QVERIFY(close->mapToScene(QPointF(0, close->height())).y() > view.height() - 80);
    QSignalSpy closed(root, SIGNAL(closed()));
    QTest::mouseClick(&view, Qt::LeftButton, {},
                      close->mapToScene(QPointF(close->width() / 2, close->height() / 2)).toPoint());
    QCOMPARE(closed.size(), 1);

    // WH_HANDHELD_GRAB_DIR=folder keeps a picture of the screen.
    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty())
        QVERIFY(view.grabWindow().save(grabDir + QStringLiteral("/camera-scan.png")));

    // The page gone, the view-model forgets its viewfinder and is stopped.
    view.setSource(QUrl());
    QVERIFY(!vm.isActive());
    QCOMPARE(vm.videoOutput(), nullptr);
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestCameraScanViewModel)
#include "tst_camerascanviewmodel.moc"
