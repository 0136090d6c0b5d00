// bench_scan_decode: the barcode photo corpus (../shared/data/barcodes/photos, truth.tsv) read by
// our decoder pipeline (BarcodeDecoder, the path `wh scan decode` takes) and by one plain ZXing-C++
// ReadBarcode call (try harder, try rotate: the library's defaults) in the same run, image by
// image. Prints reads per folder and overall for both, and the decode time per image (median, p95,
// max; image loading not counted).
//
//   bench_scan_decode [--photos DIR] [--budget MS] [--limit N] [--misses] [--in-process]
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif

#include "BarcodeDecoder.h"
#include "BarcodeImage.h"

#include <ZXing/ReadBarcode.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace wh::drivers;

namespace {

struct Truth {
    QString file;
    QString format; // without dashes, as we print it
    QString text;   // escaped
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * (v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

struct Tally {
    int total = 0;
    int ours = 0;
    int plain = 0;
    int oursWrong = 0; // a symbol found, but not the one in the picture (a misread)
    int plainWrong = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption photosOpt(QStringLiteral("photos"), QStringLiteral("the corpus folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption budgetOpt(QStringLiteral("budget"),
                                       QStringLiteral("time budget per image in ms (default: the decoder's)"),
                                       QStringLiteral("MS"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("only the first N images"),
                                      QStringLiteral("N"));
    const QCommandLineOption missesOpt(QStringLiteral("misses"), QStringLiteral("list the images we miss"));
    const QCommandLineOption inProcessOpt(
        QStringLiteral("in-process"), QStringLiteral("decode in this process (no child process per image)"));
    parser.addOptions({photosOpt, budgetOpt, limitOpt, missesOpt, inProcessOpt});
    parser.process(app);

    QString photos = parser.value(photosOpt);
    if (photos.isEmpty()) {
        const QByteArray env = qgetenv("WH_SHARED_DATA");
        photos = (env.isEmpty() ? QStringLiteral(WH_SHARED_DATA) : QString::fromLocal8Bit(env)) +
                 QStringLiteral("/barcodes/photos");
    }
    QFile truthFile(photos + QStringLiteral("/truth.tsv"));
    if (!QFileInfo::exists(photos)) {
        // ctest counts this code as skipped (SKIP_RETURN_CODE): a machine without ../shared/data.
        std::fprintf(stderr, "bench_scan_decode: the photo corpus is not at %s\n", qPrintable(photos));
        return 77;
    }
    if (!truthFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_scan_decode: cannot open %s\n", qPrintable(truthFile.fileName()));
        return 1;
    }
    std::vector<Truth> truth;
    bool header = true;
    while (!truthFile.atEnd()) {
        const QString line = QString::fromUtf8(truthFile.readLine()).chopped(1);
        if (header) {
            header = false;
            continue;
        }
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() < 3)
            continue;
        truth.push_back({f[0], QString(f[1]).remove(QLatin1Char('-')), f[2]});
    }
    if (parser.isSet(limitOpt))
        truth.resize(std::min<std::size_t>(truth.size(), parser.value(limitOpt).toUInt()));

    BarcodeDecoder::Options options;
    if (parser.isSet(budgetOpt))
        options.budgetMs = parser.value(budgetOpt).toInt();
    options.isolate = !parser.isSet(inProcessOpt);
    const BarcodeDecoder decoder(options);

    std::map<QString, Tally> folders;
    Tally all;
    std::vector<double> oursMs, plainMs;
    std::map<std::string, int> byStrategy;
    int budgetOut = 0, loadFailures = 0, libraryFailures = 0;
    QStringList misses;
    for (const Truth &t : truth) {
        const QString folder = t.file.section(QLatin1Char('/'), 0, 0);
        Tally &tally = folders[folder];
        ++tally.total;
        ++all.total;
        const auto loaded = BarcodeImage::load(photos + QLatin1Char('/') + t.file);
        if (!loaded.error.isEmpty()) {
            ++loadFailures;
            misses << QStringLiteral("%1 (load: %2)").arg(t.file, loaded.error);
            continue;
        }
        // Plain: one ReadBarcode on the same pixels.
        const QImage rgb = loaded.image.convertToFormat(QImage::Format_RGB32);
        const ZXing::ImageView view(rgb.constBits(), rgb.width(), rgb.height(), ZXing::ImageFormat::BGRX,
                                    static_cast<int>(rgb.bytesPerLine()));
        QElapsedTimer timer;
        timer.start();
        const ZXing::Result plain =
            ZXing::ReadBarcode(view, ZXing::DecodeHints().setTryHarder(true).setTryRotate(true));
        plainMs.push_back(timer.nsecsElapsed() / 1e6);
        QString plainFormat = QString::fromLatin1(ZXing::ToString(plain.format())).remove(QLatin1Char('-'));
        if (plain.isValid() && plainFormat == t.format &&
            QString::fromStdString(escapeBarcodeText(plain.text())) == t.text) {
            ++tally.plain;
            ++all.plain;
        } else if (plain.isValid()) {
            ++tally.plainWrong;
            ++all.plainWrong;
        }

        timer.restart();
        const auto decoded = BarcodeImage::decode(decoder, loaded.image);
        oursMs.push_back(timer.nsecsElapsed() / 1e6);
        budgetOut += decoded.budgetExhausted ? 1 : 0;
        libraryFailures += decoded.failures;
        bool read = false;
        for (const auto &s : decoded.symbols)
            if (QString::fromStdString(s.format) == t.format &&
                QString::fromStdString(escapeBarcodeText(s.text)) == t.text) {
                read = true;
                ++byStrategy[s.strategy];
            }
        if (read) {
            ++tally.ours;
            ++all.ours;
        } else {
            if (!decoded.symbols.empty()) {
                ++tally.oursWrong;
                ++all.oursWrong;
            }
            QString got;
            for (const auto &s : decoded.symbols)
                got += QStringLiteral(" [%1 %2 by %3]")
                           .arg(QString::fromStdString(s.format),
                                QString::fromStdString(escapeBarcodeText(s.text)).left(40),
                                QString::fromStdString(s.strategy));
            misses << QStringLiteral("%1 (%2 attempts)%3").arg(t.file).arg(decoded.attempts).arg(got);
        }
    }

    std::printf("bench_scan_decode: %s, %zu images, budget %d ms per image, %s\n", qPrintable(photos),
                truth.size(), options.budgetMs,
                options.isolate ? "isolated (a child process per image)" : "in this process");
    std::printf("%-14s %6s %14s %14s   (misreads: ours, ReadBarcode)\n", "folder", "images", "ours",
                "ReadBarcode");
    for (const auto &[folder, t] : folders)
        std::printf("%-14s %6d %14d %14d   %d %d\n", qPrintable(folder), t.total, t.ours, t.plain,
                    t.oursWrong, t.plainWrong);
    auto pct = [](int n, int d) { return d ? 100.0 * n / d : 0.0; };
    std::printf("%-14s %6d %8d %5.1f%% %8d %5.1f%%   %d %d\n", "all", all.total, all.ours,
                pct(all.ours, all.total), all.plain, pct(all.plain, all.total), all.oursWrong,
                all.plainWrong);
    std::printf(
        "ms per image   ours: median %.2f p95 %.2f max %.1f   ReadBarcode: median %.2f p95 %.2f max %.1f\n",
        percentile(oursMs, 0.5), percentile(oursMs, 0.95), percentile(oursMs, 1.0), percentile(plainMs, 0.5),
        percentile(plainMs, 0.95), percentile(plainMs, 1.0));
    std::printf(
        "ours: %d images ran out of budget, %d could not be loaded, %d isolated library failures; reads "
        "by strategy:",
        budgetOut, loadFailures, libraryFailures);
    for (const auto &[name, n] : byStrategy)
        std::printf(" %s %d", name.c_str(), n);
    std::printf("\n");
    if (parser.isSet(missesOpt))
        for (const QString &m : misses)
            std::printf("miss: %s\n", qPrintable(m));
    return 0;
}
