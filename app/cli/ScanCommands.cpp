#include "ScanCommands.h"

#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "CommandGroup.h"
#include "Gs1.h"
#include "Gs1Command.h"
#include "ProgramSetup.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>
#include <string>

namespace wh::cli {

namespace {

const QLatin1String kGroup("scan");

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

void writeLine(const QStringList &fields)
{
    const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
}

QString escaped(const QString &text)
{
    return QString::fromStdString(drivers::escapeBarcodeText(text.toStdString()));
}

QString escaped(const std::string &utf8)
{
    return QString::fromStdString(drivers::escapeBarcodeText(utf8));
}

// The decoder's format names, joined with `separator`.
QString formatNames(const QString &separator)
{
    QStringList names;
    for (const auto &n : drivers::BarcodeDecoder::formatNames())
        names << QString::fromStdString(n);
    return names.join(separator);
}

// The reason an image file cannot be decoded, in the user's language. `english` comes from the
// decoder or the image adapter; the known forms get a translated sentence, the rest stays as it is.
QString invalidReason(const QString &english)
{
    if (english == QLatin1String("no such file"))
        return tr("no such file");
    if (english == QLatin1String("not a file"))
        return tr("not a file");
    if (english.startsWith(QLatin1String("not an image")))
        return tr("not an image, or a format that cannot be read");
    if (english.startsWith(QLatin1String("cannot read the image")))
        return tr("the image cannot be read (truncated or damaged file)");
    if (english.startsWith(QLatin1String("empty image")))
        return tr("the image is empty (no pixels)");
    if (english.startsWith(QLatin1String("image too large")))
        return tr("the image is too large (at most %1 pixels a side and %2 megapixels): %3")
            .arg(drivers::BarcodeDecoder::kMaxSide)
            .arg(drivers::BarcodeDecoder::kMaxPixels >> 20)
            .arg(english);
    if (english.startsWith(QLatin1String("unsupported pixel format")))
        return tr("unsupported pixel format");
    return english;
}

// wh scan decode: one line per symbol, tab-separated: file, format, text (escaped), microseconds
// spent on the file (reading it and decoding), AIM identifier, GS1 HRI. A file without a symbol
// gives the format None; one that is not a usable image gives Invalid and the reason in the text
// column (and on stderr), and the command goes on with the next file.
int cmdDecode(const QStringList &arguments)
{
    const QString command = QStringLiteral("decode");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decode the barcodes in image files: one line per symbol, tab-separated: file, format, text "
           "(\\\\ \\t \\n \\r and \\xHH escaped), microseconds spent on the file, AIM symbology "
           "identifier, GS1 HRI. A file without a symbol prints the format None, a file that cannot be "
           "read prints Invalid and the reason."));
    parser.addPositionalArgument(QStringLiteral("decode"), tr("the subcommand"), QStringLiteral("decode"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("image files (PNG, JPEG, ...)"),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption tsv(QStringLiteral("tsv"), tr("Print a header line first (a TSV table)."));
    const QCommandLineOption formats(
        QStringLiteral("formats"),
        tr("Only these formats, comma-separated (e.g. QRCode,Code128,EAN13); default all: %1.")
            .arg(formatNames(QStringLiteral(","))),
        QStringLiteral("LIST"));
    const QCommandLineOption budget(QStringLiteral("budget"),
                                    tr("Time budget per image in milliseconds (default %1).")
                                        .arg(drivers::BarcodeDecoder::Options{}.budgetMs),
                                    QStringLiteral("MS"));
    const QCommandLineOption maxSymbols(QStringLiteral("max-symbols"),
                                        tr("Look for up to N different symbols per image (default 1)."),
                                        QStringLiteral("N"));
    parser.addOptions({tsv, formats, budget, maxSymbols});
    if (auto exit = parseCommon(parser, arguments, kGroup, command))
        return *exit;

    QStringList files = parser.positionalArguments();
    files.removeFirst(); // "scan"
    files.removeFirst(); // "decode"
    if (files.isEmpty())
        return groupUsageError(kGroup, command, tr("give one or more image files"), &parser);

    drivers::BarcodeDecoder::Options options;
    options.formats = parser.value(formats).toStdString();
    if (parser.isSet(budget)) {
        bool ok = false;
        options.budgetMs = parser.value(budget).toInt(&ok);
        if (!ok || options.budgetMs < 0 || options.budgetMs > 600000)
            return groupUsageError(
                kGroup, command,
                tr("--budget must be a number of milliseconds, not \"%1\"").arg(parser.value(budget)));
    }
    if (parser.isSet(maxSymbols)) {
        bool ok = false;
        options.maxSymbols = parser.value(maxSymbols).toInt(&ok);
        if (!ok || options.maxSymbols < 1 || options.maxSymbols > 100)
            return groupUsageError(
                kGroup, command,
                tr("--max-symbols must be a number from 1 to 100, not \"%1\"").arg(parser.value(maxSymbols)));
    }
    const drivers::BarcodeDecoder decoder(options);
    if (!decoder.formatsValid())
        return groupUsageError(kGroup, command,
                               tr("unknown barcode format in --formats \"%1\"; the formats are %2")
                                   .arg(parser.value(formats), formatNames(QStringLiteral(", "))));

    if (parser.isSet(tsv))
        writeLine({QStringLiteral("file"), QStringLiteral("format"), QStringLiteral("text"),
                   QStringLiteral("microseconds"), QStringLiteral("aim"), QStringLiteral("hri")});
    int invalid = 0;
    for (const QString &file : files) {
        QElapsedTimer timer;
        timer.start();
        const auto loaded = drivers::BarcodeImage::load(file);
        drivers::BarcodeDecoder::Decoded decoded;
        QString reason;
        if (!loaded.error.isEmpty()) {
            reason = invalidReason(loaded.error);
        } else {
            decoded = drivers::BarcodeImage::decode(decoder, loaded.image);
            if (decoded.status == drivers::BarcodeDecoder::Status::Invalid)
                reason = invalidReason(QString::fromStdString(decoded.reason));
            else if (decoded.failures > 0)
                std::fprintf(
                    stderr, "wh scan decode: %s: %s\n", qPrintable(file),
                    qPrintable(tr("the barcode library failed on this image and was restarted without "
                                  "that step (%1)")
                                   .arg(QString::fromStdString(decoded.reason))));
        }
        const QString micros = QString::number(timer.nsecsElapsed() / 1000);
        const QString name = escaped(file);
        if (!reason.isEmpty()) {
            ++invalid;
            std::fprintf(stderr, "wh scan decode: %s: %s\n", qPrintable(file), qPrintable(reason));
            writeLine({name, QStringLiteral("Invalid"), escaped(reason), micros, QString(), QString()});
            continue;
        }
        if (decoded.symbols.empty()) {
            writeLine({name, QStringLiteral("None"), QString(), micros, QString(), QString()});
            continue;
        }
        for (const auto &s : decoded.symbols) {
            QString hri;
            if (s.gs1) {
                const Gs1Parse gs1 = parseGs1(QString::fromStdString(s.symbologyIdentifier + s.text));
                if (gs1.isValid())
                    hri = escaped(gs1.hri());
            }
            writeLine({name, QString::fromStdString(s.format), escaped(s.text), micros,
                       QString::fromStdString(s.symbologyIdentifier), hri});
        }
    }
    std::fflush(stdout);
    return invalid ? 1 : 0;
}

// wh scan gs1 TEXT: the elements of a GS1 element string, bracketed HRI or Digital Link URI (see
// Gs1Command.h for the output).
int cmdGs1(const QStringList &arguments)
{
    const QString command = QStringLiteral("gs1");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show what a GS1 barcode's text holds: one line per element (AI and value, title, typed value, "
           "problems), then the HRI. TEXT is an element string (GS written as <GS>, optionally after an AIM "
           "identifier such as ]C1), bracketed HRI such as (01)09506000134352(10)ABC or a GS1 Digital Link "
           "URI. Exit code 1 when the text is not valid GS1 data."));
    parser.addPositionalArgument(QStringLiteral("gs1"), tr("the subcommand"), QStringLiteral("gs1"));
    parser.addPositionalArgument(QStringLiteral("TEXT"), tr("the scanned text"));
    const QCommandLineOption gs(QStringLiteral("gs"),
                                tr("A character that stands for GS in TEXT (such as |)."),
                                QStringLiteral("CHAR"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("Judge two-digit years against this date (YYYY-MM-DD; default today)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({gs, today});
    if (auto exit = parseCommon(parser, arguments, kGroup, command))
        return *exit;
    const QStringList texts = parser.positionalArguments().mid(2); // after "scan gs1"
    if (texts.size() != 1)
        return groupUsageError(kGroup, command, tr("give exactly one TEXT (quote it)"), &parser);
    Gs1Options options;
    if (parser.isSet(gs)) {
        if (parser.value(gs).size() != 1)
            return groupUsageError(kGroup, command,
                                   tr("--gs must be one character, not \"%1\"").arg(parser.value(gs)));
        options.separatorSubstitute = parser.value(gs).at(0);
    }
    if (parser.isSet(today)) {
        options.referenceDate = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.referenceDate.isValid())
            return groupUsageError(
                kGroup, command,
                tr("--today must be a date YYYY-MM-DD, not \"%1\"").arg(parser.value(today)));
    }
    return runGs1Report(texts.first(), options);
}

// The subcommands of `wh scan`, by their word (the second on the command line).
const Subcommand kScanCommands[] = {
    {"decode", &cmdDecode},
    {"gs1", &cmdGs1},
};

} // namespace

bool isScanCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("scan");
}

int runScan(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kScanCommands, arguments);
}

} // namespace wh::cli
