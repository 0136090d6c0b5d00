// The barcode photo corpus (../shared/data/barcodes/photos, 675 real photos; truth.tsv scores 670)
// as a black box: at least the measured number of reads per folder (a regression fails), no
// misread beyond the one the plain library call makes too, the AIM identifiers truth.tsv gives, and
// every image file of the corpus decoded in-process without a crash.
//
// The minimums are what the pipeline read when they were set (630 of 670, 6 of them by zbar; one plain
// ZXing-C++ ReadBarcode reads 557: see bench_scan_decode). The budget here is large so that the result does
// not depend on how busy the machine is: every strategy runs on every image it misses.
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <map>

using namespace wh::drivers;

namespace {

const std::map<QString, int> kMinimumReads = {
    {QStringLiteral("aztec-1"), 21},      {QStringLiteral("aztec-2"), 13},
    {QStringLiteral("code128-1"), 6},     {QStringLiteral("code128-2"), 21},
    {QStringLiteral("code128-3"), 2},     {QStringLiteral("code39-1"), 4},
    {QStringLiteral("code39-2"), 2},      {QStringLiteral("code39-3"), 12},
    {QStringLiteral("datamatrix-1"), 25}, {QStringLiteral("datamatrix-2"), 13},
    {QStringLiteral("datamatrix-3"), 18}, {QStringLiteral("datamatrix-4"), 21},
    {QStringLiteral("ean13-1"), 29},      {QStringLiteral("ean13-2"), 23},
    {QStringLiteral("ean13-3"), 21},      {QStringLiteral("ean13-4"), 20},
    {QStringLiteral("ean8-1"), 8},        {QStringLiteral("itf-1"), 11},
    {QStringLiteral("itf-2"), 6},         {QStringLiteral("pdf417-1"), 16},
    {QStringLiteral("pdf417-2"), 24},     {QStringLiteral("pdf417-3"), 16},
    {QStringLiteral("qrcode-1"), 16},     {QStringLiteral("qrcode-2"), 45},
    {QStringLiteral("qrcode-3"), 28},     {QStringLiteral("qrcode-4"), 33},
    {QStringLiteral("qrcode-5"), 16},     {QStringLiteral("qrcode-6"), 15},
    {QStringLiteral("upca-1"), 12},       {QStringLiteral("upca-2"), 30},
    {QStringLiteral("upca-3"), 17},       {QStringLiteral("upca-4"), 16},
    {QStringLiteral("upca-5"), 30},       {QStringLiteral("upce-1"), 3},
    {QStringLiteral("upce-2"), 27},       {QStringLiteral("upce-3"), 10},
};
constexpr int kMinimumTotal = 630;
constexpr int kMaximumMisreads = 1;

struct Truth {
    QString file;
    QString format; // without dashes
    QString text;   // escaped as escapeBarcodeText does
    QString aim;    // from params, when given
};

QString photosDir()
{
    return wh::test::sharedDataDir() + QStringLiteral("/barcodes/photos");
}

BarcodeDecoder::Options generous()
{
    BarcodeDecoder::Options o;
    o.budgetMs = 60000;
    return o;
}

} // namespace

class TestBarcodeCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readsPerFolder();
    void everyImageDecodesInProcess();

private:
    std::vector<Truth> m_truth;
};

void TestBarcodeCorpus::initTestCase()
{
    if (!wh::test::barcodeCorpusPresent())
        QSKIP(qPrintable(QStringLiteral("the barcode photo corpus is not at %1").arg(photosDir())));
    QFile f(photosDir() + QStringLiteral("/truth.tsv"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    f.readLine(); // header
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        const QStringList cols = line.split(QLatin1Char('\t'));
        QVERIFY(cols.size() >= 6);
        Truth t{cols[0], QString(cols[1]).remove(QLatin1Char('-')), cols[2], {}};
        for (const QString &param : cols[5].split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (param.startsWith(QLatin1String("symbologyIdentifier=")))
                t.aim = param.section(QLatin1Char('='), 1);
        m_truth.push_back(t);
    }
    QCOMPARE(m_truth.size(), std::size_t(670));
}

void TestBarcodeCorpus::readsPerFolder()
{
    const BarcodeDecoder decoder(generous());
    std::map<QString, int> reads;
    int total = 0, misreads = 0, aimChecked = 0;
    QStringList aimMismatches;
    for (const Truth &t : m_truth) {
        const auto loaded = BarcodeImage::load(photosDir() + QLatin1Char('/') + t.file);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(t.file + QStringLiteral(": ") + loaded.error));
        const auto d = BarcodeImage::decode(decoder, loaded.image);
        QVERIFY(d.status != BarcodeDecoder::Status::Invalid);
        bool read = false;
        for (const auto &s : d.symbols) {
            if (QString::fromStdString(s.format) != t.format ||
                QString::fromStdString(escapeBarcodeText(s.text)) != t.text)
                continue;
            read = true;
            if (!t.aim.isEmpty()) {
                ++aimChecked;
                if (QString::fromStdString(s.symbologyIdentifier) != t.aim)
                    aimMismatches << t.file + QStringLiteral(": ") +
                                         QString::fromStdString(s.symbologyIdentifier) +
                                         QStringLiteral(" != ") + t.aim;
            }
        }
        if (read) {
            ++reads[t.file.section(QLatin1Char('/'), 0, 0)];
            ++total;
        } else if (!d.symbols.empty()) {
            ++misreads;
        }
    }
    QStringList below;
    for (const auto &[folder, minimum] : kMinimumReads)
        if (reads[folder] < minimum)
            below << QStringLiteral("%1: %2 < %3").arg(folder).arg(reads[folder]).arg(minimum);
    qInfo("read %d of %zu, %d misreads, %d AIM identifiers checked", total, m_truth.size(), misreads,
          aimChecked);
    QVERIFY2(below.isEmpty(), qPrintable(below.join(QStringLiteral("; "))));
    QVERIFY(total >= kMinimumTotal);
    QVERIFY2(misreads <= kMaximumMisreads, qPrintable(QString::number(misreads)));
    QVERIFY(aimChecked > 10);
    QVERIFY2(aimMismatches.isEmpty(), qPrintable(aimMismatches.join(QStringLiteral("; "))));
}

// Every image file of the corpus (also those truth.tsv does not score), through the same path as
// `wh scan decode`, in this process: none aborts it, every one gives an answer.
void TestBarcodeCorpus::everyImageDecodesInProcess()
{
    const BarcodeDecoder decoder(generous());
    int images = 0;
    QDirIterator it(photosDir(),
                    {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                     QStringLiteral("*.gif"), QStringLiteral("*.bmp"), QStringLiteral("*.pgm")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const auto loaded = BarcodeImage::load(path);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + loaded.error));
        const auto d = BarcodeImage::decode(decoder, loaded.image);
        QVERIFY2(d.status != BarcodeDecoder::Status::Invalid, qPrintable(path));
        ++images;
    }
    QCOMPARE(images, 675);
}

QTEST_GUILESS_MAIN(TestBarcodeCorpus)
#include "tst_barcodecorpus.moc"
