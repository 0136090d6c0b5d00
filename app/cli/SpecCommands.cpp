#include "SpecCommands.h"

#include "CommandGroup.h"
#include "DemoWarehouse.h"
#include "MeasurementJudgement.h"
#include "MeasurementPoints.h"
#include "ProgramSetup.h"
#include "WhCommands.h"
#include "ZplBuilder.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <optional>

namespace wh::cli {

namespace {

const QLatin1String kGroup("spec");

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

// A failure with the input: "wh spec COMMAND: message" on stderr, exit code 1.
int inputError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "wh spec %s: %s\n", qPrintable(command), qPrintable(message));
    return 1;
}

void out(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
}

// The options every spec subcommand shares: --lang names the names too.
CommonOptions commonOptions()
{
    return {tr("Language of the messages and names: ja or en."), std::nullopt};
}

// Millimetres with at most one decimal as 0.1 mm; nullopt for anything else.
std::optional<qint64> tenthsFromMm(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double tenths = v.toDouble() * 10;
    const double rounded = std::round(tenths);
    if (!std::isfinite(tenths) || std::abs(tenths - rounded) > 1e-6)
        return std::nullopt;
    return static_cast<qint64>(rounded);
}

// The QR code of a label: level M, the smallest version that holds it, no quiet zone.
Result<ZXing::BitMatrix> qrMatrix(const QString &label)
{
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        writer.setEccLevel(3); // 0-8, two steps a level: 3 is M (tst_measurementspec reads it back)
        return writer.encode(label.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        return Error(ErrorCode::InvalidArgument, QString::fromUtf8(e.what()), label);
    }
}

Status writeQrPng(const QString &label, const QString &path, int modulePixels)
{
    auto matrix = qrMatrix(label);
    if (!matrix)
        return matrix.error();
    const int quiet = 4 * modulePixels;
    const int side = matrix->width() * modulePixels + 2 * quiet;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix->height(); ++y)
        for (int x = 0; x < matrix->width(); ++x)
            if (matrix->get(x, y))
                for (int dy = 0; dy < modulePixels; ++dy) {
                    uchar *line = image.scanLine(quiet + y * modulePixels + dy);
                    std::fill_n(line + quiet + x * modulePixels, modulePixels, uchar(0));
                }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the image: %1").arg(file.errorString()),
                     path);
    return {};
}

int cmdEncode(const QStringList &arguments)
{
    const QString command = QStringLiteral("encode");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Encode a measurement spec (JSON, lengths in mm) as the signed text of a care-label QR code and "
           "print it; --zpl prints a care label in ZPL instead, --png writes the QR code as an image.\n\n"
           "The JSON (lot and due optional; tolerance_mm for both sides, or lower_mm and upper_mm):\n"
           "  {\"item\": \"ITEM-000123\", \"style\": \"ST24-001\", \"size\": \"M\", \"lot\": \"L7\",\n"
           "   \"due\": \"2025-06-30\", \"points\": [\n"
           "    {\"code\": \"BL\", \"target_mm\": 720.0, \"lower_mm\": 1.0, \"upper_mm\": 1.5},\n"
           "    {\"code\": \"CW\", \"target_mm\": 540, \"tolerance_mm\": 1}]}"));
    parser.addPositionalArgument(QStringLiteral("encode"), tr("the subcommand"), QStringLiteral("encode"));
    const QCommandLineOption json(QStringLiteral("json"), tr("The spec as JSON (see wh spec --help)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(
        QStringLiteral("key"), tr("The brand's key, [ID:]SECRET (16 bytes or more)."), QStringLiteral("KEY"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), tr("A file holding the key, [ID:]SECRET."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write the QR code (level M) to this PNG file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption zpl(QStringLiteral("zpl"),
                                 tr("Print the ZPL of a care label instead of the text."));
    const QCommandLineOption module(QStringLiteral("module"),
                                    tr("Size of a QR module: pixels in the PNG (default 8), dots on the "
                                       "label (default 4)."),
                                    QStringLiteral("N"));
    const QCommandLineOption printerFont(
        QStringLiteral("printer-font"),
        tr("A font on the printer for the label's text (e.g. E:ANMDJ.TTF, for Japanese); default font 0."),
        QStringLiteral("FONT"));
    parser.addOptions({json, key, keyFile, png, zpl, module, printerFont});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return groupUsageError(kGroup, command, tr("encode takes no arguments besides its options"), &parser);
    if (!parser.isSet(json))
        return groupUsageError(kGroup, command, tr("--json FILE is needed"), &parser);
    if (parser.isSet(key) == parser.isSet(keyFile) || parser.values(key).size() > 1)
        return groupUsageError(kGroup, command, tr("give one key: --key [ID:]SECRET or --key-file FILE"),
                               &parser);
    int moduleSize = 0;
    if (parser.isSet(module)) {
        bool ok = false;
        moduleSize = parser.value(module).toInt(&ok);
        if (!ok || moduleSize < 1 || moduleSize > 10)
            return groupUsageError(
                kGroup, command,
                tr("--module must be a number from 1 to 10, not \"%1\"").arg(parser.value(module)));
    }

    auto keys = specKeys(parser.values(key), parser.value(keyFile));
    if (!keys)
        return inputError(command, keys.error().toString());
    if (keys->size() != 1)
        return inputError(command, tr("the key file must hold exactly one key to sign with"));
    QFile file(parser.value(json));
    if (!file.open(QIODevice::ReadOnly))
        return inputError(command, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return inputError(command, tr("%1 is not JSON: %2 (at byte %3)")
                                       .arg(file.fileName(), parseError.errorString())
                                       .arg(parseError.offset));
    if (!doc.isObject())
        return inputError(command, tr("%1: the spec must be a JSON object").arg(file.fileName()));
    auto spec = specFromJson(doc.object());
    if (!spec)
        return inputError(command, tr("%1: %2").arg(file.fileName(), spec.error().toString()));
    auto label = MeasurementSpecCodec::encode(*spec, keys->front());
    if (!label)
        return inputError(command, label.error().toString());

    if (parser.isSet(png)) {
        if (auto written = writeQrPng(*label, parser.value(png), moduleSize > 0 ? moduleSize : 8); !written)
            return inputError(command, written.error().toString());
    }
    if (parser.isSet(zpl)) {
        const QByteArray zplText =
            careLabelZpl(*spec, *label, moduleSize > 0 ? moduleSize : 4, parser.value(printerFont));
        std::fwrite(zplText.constData(), 1, static_cast<size_t>(zplText.size()), stdout);
        bool ascii = true;
        for (const QString &t : {spec->itemId, spec->style, spec->size, spec->lot})
            for (QChar c : t)
                ascii = ascii && c.unicode() < 0x80;
        if (!ascii && !parser.isSet(printerFont))
            std::fprintf(
                stderr, "wh spec encode: %s\n",
                qPrintable(tr("the label's text has characters the printer's font 0 cannot print; "
                              "name a printer font with --printer-font (the QR code is not affected)")));
    } else {
        out(*label);
    }
    std::fflush(stdout);
    return 0;
}

int cmdDecode(const QStringList &arguments)
{
    const QString command = QStringLiteral("decode");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Check and show the measurement spec of a care-label QR code: item, style, size, lot, due date and "
        "the points with their names, targets and tolerances. Exit code 1 when the label is refused "
        "(altered, another brand's key, an unknown version, cut off, a field missing or malformed)."));
    parser.addPositionalArgument(QStringLiteral("decode"), tr("the subcommand"), QStringLiteral("decode"));
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 tr("the label's text (quote it), or - to read a line"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 tr("A key of the brand, [ID:]SECRET; repeat it for several key ids."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     tr("A file of keys, one [ID:]SECRET a line."), QStringLiteral("FILE"));
    parser.addOptions({key, keyFile});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    const QStringList texts = parser.positionalArguments().mid(2);
    if (texts.size() != 1)
        return groupUsageError(kGroup, command, tr("give exactly one TEXT (quote it)"), &parser);
    if (!parser.isSet(key) && !parser.isSet(keyFile))
        return groupUsageError(kGroup, command, tr("--key or --key-file is needed"), &parser);
    auto keys = specKeys(parser.values(key), parser.value(keyFile));
    if (!keys)
        return inputError(command, keys.error().toString());
    QString text = texts.front();
    if (text == QLatin1String("-")) {
        QTextStream in(stdin);
        text = in.readLine();
    }
    SpecFailure failure;
    auto spec = MeasurementSpecCodec::decode(text, *keys, &failure);
    if (!spec)
        return inputError(command, describeSpecFailure(failure));
    const QString language = parser.value(QStringLiteral("lang"));
    out(QStringLiteral("item: %1").arg(spec->itemId));
    out(QStringLiteral("style: %1").arg(spec->style));
    out(QStringLiteral("size: %1").arg(spec->size));
    if (!spec->lot.isEmpty())
        out(QStringLiteral("lot: %1").arg(spec->lot));
    if (spec->due.isValid())
        out(QStringLiteral("due: %1").arg(spec->due.toString(Qt::ISODate)));
    out(QStringLiteral("key_id: %1").arg(spec->keyId));
    out(QStringLiteral("points: %1").arg(spec->points.size()));
    // One line a point, tab-separated: code, name, target, tolerances, the range that passes.
    for (const SpecPoint &p : spec->points)
        out(QStringLiteral("point: %1\t%2\t%3\t-%4 / +%5\t%6 .. %7")
                .arg(p.code, MeasurementPoints::name(p.code, language), formatTenths(p.target),
                     formatTenths(p.lower, false), formatTenths(p.upper), formatTenths(p.minimum(), false),
                     formatTenths(p.maximum())));
    std::fflush(stdout);
    return 0;
}

// The demo brand's care labels (what the demo's handhelds take), to scan from a screen or paper.
int cmdDemo(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the demo brand's care labels (signed with the demo key DEMO that `wh demo` gives the "
           "handhelds), one line each: item, then the label's text. With --png DIR, also their QR codes "
           "as DIR/ITEM.png."));
    parser.addPositionalArgument(QStringLiteral("demo"), tr("the subcommand"), QStringLiteral("demo"));
    const QCommandLineOption png(QStringLiteral("png"), tr("Write each label's QR code into this folder."),
                                 QStringLiteral("DIR"));
    parser.addOption(png);
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return groupUsageError(kGroup, command, tr("demo takes no arguments besides its options"), &parser);
    const QString dir = parser.value(png);
    if (!dir.isEmpty() && !QDir().mkpath(dir))
        return inputError(command, tr("the folder %1 cannot be made").arg(dir));
    for (const MeasurementSpec &spec : demo::demoSpecs()) {
        auto label = MeasurementSpecCodec::encode(spec, demo::demoSpecKey());
        if (!label)
            return inputError(command, label.error().toString());
        out(QStringLiteral("%1\t%2").arg(spec.itemId, *label));
        if (!dir.isEmpty())
            if (auto written = writeQrPng(*label, QDir(dir).filePath(spec.itemId + QStringLiteral(".png")), 8);
                !written)
                return inputError(command, written.error().toString());
    }
    std::fflush(stdout);
    return 0;
}

const Subcommand kSpecCommands[] = {
    {"encode", &cmdEncode},
    {"decode", &cmdDecode},
    {"demo", &cmdDemo},
};

} // namespace

Result<MeasurementSpec> specFromJson(const QJsonObject &json)
{
    auto bad = [](const QString &field, const QString &why) {
        return Error(ErrorCode::Parse, QStringLiteral("%1: %2").arg(field, why));
    };
    MeasurementSpec spec;
    for (const auto &[key, slot, required] :
         {std::tuple{"item", &spec.itemId, true}, std::tuple{"style", &spec.style, true},
          std::tuple{"size", &spec.size, true}, std::tuple{"lot", &spec.lot, false}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return bad(QLatin1String(key), QStringLiteral("missing"));
            continue;
        }
        if (!v.isString())
            return bad(QLatin1String(key), QStringLiteral("must be a string"));
        *slot = v.toString();
    }
    if (json.contains(QStringLiteral("due"))) {
        const QString due = json.value(QStringLiteral("due")).toString();
        spec.due = QDate::fromString(due, Qt::ISODate);
        if (!spec.due.isValid())
            return bad(QStringLiteral("due"), QStringLiteral("not a date YYYY-MM-DD"));
    }
    const QJsonValue points = json.value(QStringLiteral("points"));
    if (!points.isArray())
        return bad(QStringLiteral("points"), QStringLiteral("missing, or not a list"));
    const QJsonArray list = points.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("points[%1]").arg(i);
        if (!list[i].isObject())
            return bad(where, QStringLiteral("not an object"));
        const QJsonObject p = list[i].toObject();
        SpecPoint point;
        point.code = p.value(QStringLiteral("code")).toString();
        if (point.code.isEmpty())
            return bad(where + QStringLiteral(".code"), QStringLiteral("missing"));
        auto length = [&](const char *name) -> Result<qint64> {
            const auto v = tenthsFromMm(p.value(QLatin1String(name)));
            if (!v)
                return bad(where + QLatin1Char('.') + QLatin1String(name),
                           p.contains(QLatin1String(name))
                               ? QStringLiteral("a length in mm with at most one decimal")
                               : QStringLiteral("missing"));
            return *v;
        };
        auto target = length("target_mm");
        if (!target)
            return target.error();
        point.target = *target;
        const bool symmetric = p.contains(QStringLiteral("tolerance_mm"));
        if (symmetric && (p.contains(QStringLiteral("lower_mm")) || p.contains(QStringLiteral("upper_mm"))))
            return bad(where, QStringLiteral("tolerance_mm, or lower_mm and upper_mm, not both"));
        auto lower = length(symmetric ? "tolerance_mm" : "lower_mm");
        if (!lower)
            return lower.error();
        auto upper = length(symmetric ? "tolerance_mm" : "upper_mm");
        if (!upper)
            return upper.error();
        point.lower = *lower;
        point.upper = *upper;
        spec.points.push_back(point);
    }
    return spec;
}

QByteArray careLabelZpl(const MeasurementSpec &spec, const QString &label, int moduleDots,
                        const QString &printerFont)
{
    // The QR code top left, the ids beside it, one line each; the label as large as they need.
    auto matrix = qrMatrix(label);
    const int modules = matrix ? matrix->width() : 57; // version 10 when the writer cannot say
    const int margin = 16;
    const int qrDots = modules * moduleDots;
    drivers::ZplFont font;
    font.printerFont = printerFont;
    font.heightDots = 24;
    QStringList lines{spec.itemId, spec.style + QLatin1Char(' ') + spec.size};
    if (!spec.lot.isEmpty())
        lines << QStringLiteral("LOT ") + spec.lot;
    if (spec.due.isValid())
        lines << QStringLiteral("DUE ") + spec.due.toString(Qt::ISODate);
    const int lineDots = font.heightDots + 8;
    int textWidth = 0;
    for (const QString &l : lines)
        textWidth = std::max(textWidth, static_cast<int>(l.size()) * font.heightDots * 2 / 3);
    drivers::LabelFormat format;
    format.widthDots = margin + qrDots + margin + textWidth + margin;
    format.heightDots = margin + std::max(qrDots, static_cast<int>(lines.size()) * lineDots) + margin;
    format.dpi = 203;
    drivers::ZplBuilder zpl(format);
    zpl.qrCode(margin, margin, label, moduleDots, drivers::QrErrorCorrection::Medium);
    for (qsizetype i = 0; i < lines.size(); ++i)
        zpl.text(margin + qrDots + margin, margin + static_cast<int>(i) * lineDots, lines[i], font);
    return zpl.build();
}

Result<std::vector<SpecKey>> specKeys(const QStringList &keyTexts, const QString &keyFile)
{
    std::vector<SpecKey> keys;
    QStringList texts = keyTexts;
    if (!keyFile.isEmpty()) {
        QFile file(keyFile);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error(ErrorCode::Io,
                         QStringLiteral("cannot read the key file: %1").arg(file.errorString()), keyFile);
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
                texts << t;
        }
        if (texts.size() == keyTexts.size())
            return Error(ErrorCode::Parse, QStringLiteral("the key file holds no key"), keyFile);
    }
    for (const QString &t : texts) {
        auto key = SpecKey::fromText(t);
        if (!key)
            return key.error();
        for (const SpecKey &k : keys)
            if (k.id == key->id)
                return Error(ErrorCode::InvalidArgument, QStringLiteral("two keys with the id %1").arg(k.id));
        keys.push_back(*key);
    }
    return keys;
}

bool isSpecCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("spec");
}

int runSpec(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kSpecCommands, arguments);
}

} // namespace wh::cli
