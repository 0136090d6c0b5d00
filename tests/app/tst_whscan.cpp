// `wh scan decode`, driven as a user would: a few photos of the shared corpus, a label made with
// ZXing's writer holding characters that must be escaped, broken files (reported, the rest still
// decoded), usage errors.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;
using wh::test::whPath;

QList<QStringList> rows(const QString &out)
{
    QList<QStringList> list;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << line.split(QLatin1Char('\t'));
    return list;
}

QString photo(const char *name)
{
    return wh::test::sharedDataDir() + QStringLiteral("/barcodes/photos/") + QLatin1String(name);
}

} // namespace

class TestWhScan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void decodesCorpusPhotos();
    void escapesText();
    void brokenFilesAreReportedAndTheRestDecoded();
    void tsvHeader();
    void usageErrors();
    void japaneseMessages();

private:
    QTemporaryDir m_dir;
};

void TestWhScan::decodesCorpusPhotos()
{
    if (!wh::test::barcodeCorpusPresent())
        QSKIP("the barcode photo corpus (../shared/data/barcodes/photos) is not on this machine");
    const Run r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), photo("qrcode-1/1.png"),
                         photo("datamatrix-1/gs1-figure-4.15.1-2-32x32.png"), photo("ean13-1/1.png"),
                         photo("upca-3/07.png")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 4);
    for (const QStringList &cols : lines) {
        QCOMPARE(cols.size(), 6);
        bool ok = false;
        QVERIFY(cols[3].toLongLong(&ok) > 0 && ok); // microseconds
    }
    QCOMPARE(lines[0][0], photo("qrcode-1/1.png"));
    QCOMPARE(lines[0][1], QStringLiteral("QRCode"));
    // the text's backslashes are escaped
    QCOMPARE(lines[0][2], QStringLiteral("MEBKM:URL:http\\\\://en.wikipedia.org/wiki/Main_Page;;"));
    QCOMPARE(lines[0][4], QStringLiteral("]Q1"));
    QCOMPARE(lines[0][5], QString()); // not GS1

    QCOMPARE(lines[1][1], QStringLiteral("DataMatrix"));
    QVERIFY(lines[1][2].startsWith(QLatin1String("01095040000591012112345678p901\\x1d10")));
    QCOMPARE(lines[1][4], QStringLiteral("]d2"));
    QVERIFY2(lines[1][5].startsWith(QLatin1String("(01)09504000059101(21)12345678p901(10)1234567p")),
             qPrintable(lines[1][5]));

    QCOMPARE(lines[2][1], QStringLiteral("EAN13"));
    QCOMPARE(lines[2][4], QStringLiteral("]E0"));

    // an over-exposed photo nothing can be read from
    QCOMPARE(lines[3][1], QStringLiteral("None"));
    QCOMPARE(lines[3][2], QString());
}

void TestWhScan::escapesText()
{
    const std::string text = "tab\there\nline\\back\rcr\x01"
                             "end 倉庫";
    std::string error;
    const QImage label =
        wh::drivers::BarcodeImage::toQImage(wh::drivers::encodeBarcode("QRCode", text, 300, 300, 4, &error));
    QVERIFY2(error.empty(), error.c_str());
    const QString path = m_dir.filePath(QStringLiteral("label.png"));
    QVERIFY(label.save(path));
    const QImage code128 =
        wh::drivers::BarcodeImage::toQImage(wh::drivers::encodeBarcode("Code128", "LOC-A01", 600, 150, 10));
    const QString path128 = m_dir.filePath(QStringLiteral("loc.png"));
    QVERIFY(code128.save(path128));

    const Run r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), path, path128});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0][1], QStringLiteral("QRCode"));
    QCOMPARE(lines[0][2], QStringLiteral("tab\\there\\nline\\\\back\\rcr\\x01end 倉庫"));
    QCOMPARE(lines[1][1], QStringLiteral("Code128"));
    QCOMPARE(lines[1][2], QStringLiteral("LOC-A01"));
    QCOMPARE(lines[1][4], QStringLiteral("]C0"));
}

void TestWhScan::brokenFilesAreReportedAndTheRestDecoded()
{
    if (!wh::test::barcodeCorpusPresent())
        QSKIP("the barcode photo corpus (../shared/data/barcodes/photos) is not on this machine");
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.png"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image at all");
    }
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.png"));
    {
        QFile in(photo("qrcode-1/1.png"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
    }
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    const Run r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), garbage, photo("qrcode-1/1.png"),
                         truncated, missing});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0][0], garbage);
    QCOMPARE(lines[0][1], QStringLiteral("Invalid"));
    QVERIFY2(lines[0][2].contains(QLatin1String("not an image")), qPrintable(lines[0][2]));
    QCOMPARE(lines[1][1], QStringLiteral("QRCode")); // the next file is still decoded
    QCOMPARE(lines[2][1], QStringLiteral("Invalid"));
    QVERIFY2(lines[2][2].contains(QLatin1String("truncated")), qPrintable(lines[2][2]));
    QCOMPARE(lines[3][1], QStringLiteral("Invalid"));
    QCOMPARE(lines[3][2], QStringLiteral("no such file"));
    // and each one named on stderr
    QVERIFY(r.err.contains(garbage));
    QVERIFY(r.err.contains(truncated));
    QVERIFY(r.err.contains(missing));
}

void TestWhScan::tsvHeader()
{
    if (!wh::test::barcodeCorpusPresent())
        QSKIP("the barcode photo corpus (../shared/data/barcodes/photos) is not on this machine");
    const Run r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--tsv"),
                         photo("code128-1/2.png")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
             (QStringList{QStringLiteral("file"), QStringLiteral("format"), QStringLiteral("text"),
                          QStringLiteral("microseconds"), QStringLiteral("aim"), QStringLiteral("hri")}));
    QCOMPARE(lines[1][1], QStringLiteral("Code128"));
    QCOMPARE(lines[1][2], QStringLiteral("Code 128"));
    // the allow-list: a Code 128 photo read for QR codes only finds nothing
    const Run qrOnly = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--formats"),
                              QStringLiteral("QRCode"), photo("code128-1/2.png")});
    QVERIFY2(qrOnly.exitCode == 0, qPrintable(describe(qrOnly)));
    QCOMPARE(rows(qrOnly.out).value(0).value(1), QStringLiteral("None"));
}

void TestWhScan::usageErrors()
{
    if (!wh::test::barcodeCorpusPresent())
        QSKIP("the barcode photo corpus (../shared/data/barcodes/photos) is not on this machine");
    Run r = runWh({QStringLiteral("scan")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("decode")), qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("frobnicate")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("frobnicate")), qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("decode")});
    QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--formats"),
               QStringLiteral("Bogus"), photo("qrcode-1/1.png")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Bogus")) && r.out.isEmpty(),
             qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--budget"),
               QStringLiteral("soon"), photo("qrcode-1/1.png")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("soon")), qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--nope"),
               photo("qrcode-1/1.png")});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("nope")), qPrintable(describe(r)));
    r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--help")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("--formats")), qPrintable(describe(r)));
}

void TestWhScan::japaneseMessages()
{
    const QString missing = m_dir.filePath(QStringLiteral("nothing-here.png"));
    const Run r = runWh({QStringLiteral("scan"), QStringLiteral("decode"), QStringLiteral("--lang"),
                         QStringLiteral("ja"), missing});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0][1], QStringLiteral("Invalid")); // the format column stays machine-readable
    QVERIFY2(lines[0][2] != QLatin1String("no such file") && !lines[0][2].isEmpty(), qPrintable(lines[0][2]));
}

QTEST_GUILESS_MAIN(TestWhScan)
#include "tst_whscan.moc"
