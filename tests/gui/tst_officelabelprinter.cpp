// OfficeLabelPrinter through QPrinter's PDF output, rasterized again with pdftoppm: the NG sticker
// at its real size (100 x 70 mm), its QR readable from the PDF, the same dots as the preview;
// copies and several labels as pages; a label on an A4 sheet; what cannot be printed.
// WH_PREVIEW_DIR=folder keeps the rasterized sticker page there.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "NgSticker.h"
#include "OfficeLabelPrinter.h"
#include "ZplRenderer.h"

#include <QApplication>
#include <QDir>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

NgStickerData sticker()
{
    NgStickerData d;
    d.itemId = QStringLiteral("ITM-2026-000123");
    d.style = QStringLiteral("ST-1001");
    d.size = QStringLiteral("M");
    d.pointsMeasured = 16;
    d.failedPoints = {{QStringLiteral("B01"), QStringLiteral("身幅"), 5265, 5200, 50, 50},
                      {QStringLiteral("B02"), QStringLiteral("着丈"), 7150, 7250, 80, 100}};
    d.recordUri = QStringLiteral("wh://measurement/018f3a2c-7d41-7c3e-9a55-3b1f2e4d5c6a");
    return d;
}

// The pages of a PDF as pictures at `dpi` (pdftoppm), in order.
QList<QImage> rasterize(const QString &pdf, int dpi)
{
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                         QStringLiteral("-png"), pdf, prefix});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QDir dir = QFileInfo(pdf).dir();
    QList<QImage> pages;
    const QStringList files =
        dir.entryList({QFileInfo(prefix).fileName() + QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        pages << QImage(dir.filePath(f));
    return pages;
}

QStringList qrTexts(const QImage &image)
{
    BarcodeDecoder::Options o;
    o.formats = "QRCode";
    o.isolate = false;
    QStringList out;
    for (const auto &s : BarcodeImage::decode(BarcodeDecoder(o), image).symbols)
        out << QString::fromStdString(s.text);
    return out;
}

QPrinter *pdfPrinter(const QString &path)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    return printer;
}

} // namespace

class TestOfficeLabelPrinter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the printed PDF cannot be checked");
    }

    void labelSizePages()
    {
        QTemporaryDir dir;
        auto zpl = buildNgStickerZpl(sticker(), NgStickerOptions{});
        QVERIFY(zpl.ok());
        auto preview = ZplRenderer::render(*zpl);
        QVERIFY(preview.ok());
        const QString pdf = dir.filePath(QStringLiteral("sticker.pdf"));
        std::unique_ptr<QPrinter> printer(pdfPrinter(pdf));
        const Status printed = OfficeLabelPrinter::print(*printer, preview->labels, 203);
        QVERIFY2(printed.ok(), qPrintable(printed ? QString() : printed.error().toString()));
        printer.reset();

        const QList<QImage> pages = rasterize(pdf, 203);
        QCOMPARE(pages.size(), 1);
        // WH_PREVIEW_DIR=folder keeps the page to look at.
        if (const QString keep = qEnvironmentVariable("WH_PREVIEW_DIR"); !keep.isEmpty())
            pages.front().save(QDir(keep).filePath(QStringLiteral("ng-sticker-office-pdf.png")));
        // 100 x 70 mm at 203 dpi (pdftoppm rounds the page's points): the label's own 800 x 560.
        const QImage page = pages.front();
        QVERIFY2(qAbs(page.width() - 800) <= 2 && qAbs(page.height() - 560) <= 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        QCOMPARE(qrTexts(page), QStringList{sticker().recordUri});
        // Dot for dot like the preview (a pixel of slack at the edges of shapes).
        const QImage label = preview->labels.front().convertToFormat(QImage::Format_Grayscale8);
        const QImage printedPage = page.convertToFormat(QImage::Format_Grayscale8);
        int same = 0;
        int total = 0;
        for (int y = 0; y < std::min(label.height(), printedPage.height()); ++y)
            for (int x = 0; x < std::min(label.width(), printedPage.width()); ++x, ++total)
                same += (qGray(label.pixel(x, y)) < 128) == (qGray(printedPage.pixel(x, y)) < 128) ? 1 : 0;
        QVERIFY2(same > total * 97 / 100,
                 qPrintable(QStringLiteral("%1 of %2 pixels alike").arg(same).arg(total)));
    }

    void copiesAndLabelsArePages()
    {
        QTemporaryDir dir;
        auto first = buildNgStickerZpl(sticker(), NgStickerOptions{});
        NgStickerData other = sticker();
        other.itemId = QStringLiteral("ITM-2026-000124");
        NgStickerOptions two;
        two.copies = 2; // ^PQ2
        auto second = buildNgStickerZpl(other, two);
        QVERIFY(first.ok() && second.ok());
        const QString pdf = dir.filePath(QStringLiteral("job.pdf"));
        std::unique_ptr<QPrinter> printer(pdfPrinter(pdf));
        OfficeLabelPrinter::Options options;
        options.copies = 2;
        const Status printed = OfficeLabelPrinter::printZpl(*printer, *first + *second,
                                                            LabelFormat::fromMillimetres(100, 70), options);
        QVERIFY2(printed.ok(), qPrintable(printed ? QString() : printed.error().toString()));
        printer.reset();
        // (1 + 2 ^PQ copies) x 2 copies each.
        const QList<QImage> pages = rasterize(pdf, 100);
        QCOMPARE(pages.size(), 6);
    }

    void onASheet()
    {
        QTemporaryDir dir;
        auto preview = ZplRenderer::render(*buildNgStickerZpl(sticker(), NgStickerOptions{}));
        QVERIFY(preview.ok());
        const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
        std::unique_ptr<QPrinter> printer(pdfPrinter(pdf));
        printer->setPageSize(QPageSize(QPageSize::A4));
        printer->setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        OfficeLabelPrinter::Options options;
        options.page = OfficeLabelPrinter::Page::Sheet;
        QVERIFY(OfficeLabelPrinter::print(*printer, preview->labels, 203, options).ok());
        printer.reset();
        const QList<QImage> pages = rasterize(pdf, 100);
        QCOMPARE(pages.size(), 1);
        const QImage page = pages.front();
        // A4 at 100 dpi is 827 x 1169; the label's 100 x 70 mm sit at 10 mm from the top left.
        QVERIFY(qAbs(page.width() - 827) <= 2 && qAbs(page.height() - 1169) <= 2);
        auto ink = [&](const QRect &r) {
            int n = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    n += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
            return n;
        };
        QCOMPARE(ink(QRect(0, 0, 827, 36)), 0);           // above the label
        QVERIFY(ink(QRect(40, 40, 394, 276)) > 1000);     // the label: 39 .. 433 x 39 .. 315
        QCOMPARE(ink(QRect(0, 330, 827, 1169 - 330)), 0); // below it
        QCOMPARE(qrTexts(rasterize(pdf, 300).front()), QStringList{sticker().recordUri});
    }

    void whatCannotBePrinted()
    {
        QTemporaryDir dir;
        std::unique_ptr<QPrinter> printer(pdfPrinter(dir.filePath(QStringLiteral("x.pdf"))));
        QCOMPARE(OfficeLabelPrinter::print(*printer, {}, 203).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(OfficeLabelPrinter::print(*printer, {QImage()}, 203).error().code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(OfficeLabelPrinter::printZpl(*printer, "not zpl", LabelFormat{}, {}).error().code(),
                 ErrorCode::Parse);
        // A label larger than an A6 sheet.
        printer->setPageSize(QPageSize(QPageSize::A6));
        OfficeLabelPrinter::Options sheet;
        sheet.page = OfficeLabelPrinter::Page::Sheet;
        QImage big(2000, 1000, QImage::Format_Grayscale8);
        big.fill(255);
        const Status tooBig = OfficeLabelPrinter::print(*printer, {big}, 203, sheet);
        QCOMPARE(tooBig.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(tooBig.error().message().contains(QLatin1String("larger than the printer's page")));
        // A PDF that cannot be written.
        std::unique_ptr<QPrinter> nowhere(pdfPrinter(QStringLiteral("/nonexistent-folder/x.pdf")));
        const Status cannot = OfficeLabelPrinter::print(*nowhere, {big}, 203);
        QCOMPARE(cannot.error().code(), ErrorCode::Io);
        QVERIFY(cannot.error().context().contains(QLatin1String("/nonexistent-folder/x.pdf")));
    }
};

QTEST_MAIN(TestOfficeLabelPrinter)
#include "tst_officelabelprinter.moc"
