#include "DeviceCommands.h"

#include "CommandGroup.h"
#include "DeviceLog.h"
#include "HexBytes.h"
#include "ProgramSetup.h"
#include "Store.h"
#include "TapeDecoder.h"
#include "TapeSimulator.h"
#include "TapeWedgeDetector.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

namespace wh::cli {

namespace {

const QLatin1String kGroup("device");

using drivers::TapeFrame;
using drivers::TapeProtocol;

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

void writeLine(const QStringList &fields)
{
    const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
}

// --text: \r \n \t \\ \xHH escapes. nullopt for a bad escape.
std::optional<QByteArray> unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (++i >= in.size())
            return std::nullopt;
        switch (in.at(i)) {
        case 'r': out.append('\r'); break;
        case 'n': out.append('\n'); break;
        case 't': out.append('\t'); break;
        case '\\': out.append('\\'); break;
        case 'x': {
            const QByteArray digits = in.mid(i + 1, 2);
            if (digits.size() != 2 || !std::isxdigit(static_cast<unsigned char>(digits[0])) ||
                !std::isxdigit(static_cast<unsigned char>(digits[1])))
                return std::nullopt;
            out.append(static_cast<char>(digits.toInt(nullptr, 16)));
            i += 2;
            break;
        }
        default: return std::nullopt;
        }
    }
    return out;
}

// The decode format of one frame (see DeviceCommands.h). `counted` numbers the readings without a
// device counter.
QStringList frameColumns(const TapeFrame &f, const QString &first, quint32 &counted)
{
    switch (f.kind) {
    case TapeFrame::Kind::Reading:
    case TapeFrame::Kind::Duplicate: {
        const drivers::TapeReading &r = f.reading;
        const QString sequence =
            r.sequenceFromDevice ? QStringLiteral("#%1").arg(r.sequence) : tr("#%1 (counted)").arg(++counted);
        return {first,
                drivers::tapeFrameKindName(f.kind),
                r.millimetresText() + QStringLiteral(" mm"),
                r.settled ? QStringLiteral("settled") : QStringLiteral("live"),
                sequence,
                QStringLiteral("%1 %2").arg(QString::number(r.value, 'g', 10),
                                            drivers::lengthUnitSymbol(r.unit))};
    }
    case TapeFrame::Kind::Message:
    case TapeFrame::Kind::Rejected: return {first, drivers::tapeFrameKindName(f.kind), f.detail};
    }
    return {first};
}

struct DecodeOptions {
    TapeProtocol protocol = TapeProtocol::LeicaDisto;
    drivers::TapeDecoderOptions decoder;
};

// --protocol and the decoder options shared by decode and simulate; nullopt and a message on error.
struct SharedOptions {
    QCommandLineOption protocol{QStringLiteral("protocol"),
                                QCoreApplication::translate("wh::cli", "The tape's protocol: leica-disto, bosch-glm, es-tape, nus or wedge."),
                                QStringLiteral("PROTOCOL")};
    QCommandLineOption leicaUnit{
        QStringLiteral("leica-unit"),
        QCoreApplication::translate("wh::cli", "leica-disto: the distance float is in metres (default) or in the display "
           "unit (\"display\")."),
        QStringLiteral("metres|display")};
    QCommandLineOption esTapeStep{QStringLiteral("es-tape-step"),
                                  QCoreApplication::translate("wh::cli", "es-tape: millimetres in one step of the four digits (default 1; 0.1 "
                                     "reads them as hundredths of a centimetre)."),
                                  QStringLiteral("MM")};
    QCommandLineOption unit{QStringLiteral("unit"),
                            QCoreApplication::translate("wh::cli", "nus, wedge: the unit of a number sent without one (default mm)."),
                            QStringLiteral("UNIT")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({protocol, leicaUnit, esTapeStep, unit});
    }

    Result<DecodeOptions> read(const QCommandLineParser &parser) const
    {
        DecodeOptions o;
        if (!parser.isSet(protocol))
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("wh::cli", "--protocol is required (leica-disto, bosch-glm, es-tape, nus or wedge)"));
        const auto p = drivers::parseTapeProtocol(parser.value(protocol));
        if (!p)
            return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("wh::cli", "unknown --protocol \"%1\" (leica-disto, bosch-glm, "
                                                        "es-tape, nus or wedge)")
                                                         .arg(parser.value(protocol)));
        o.protocol = *p;
        if (parser.isSet(leicaUnit)) {
            const QString v = parser.value(leicaUnit);
            if (v == QLatin1String("metres"))
                o.decoder.leicaValueUnit = drivers::TapeDecoderOptions::LeicaValueUnit::Metres;
            else if (v == QLatin1String("display"))
                o.decoder.leicaValueUnit = drivers::TapeDecoderOptions::LeicaValueUnit::DisplayUnit;
            else
                return Error(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("wh::cli", "--leica-unit must be metres or display, not \"%1\"").arg(v));
        }
        if (parser.isSet(esTapeStep)) {
            bool ok = false;
            const double step = parser.value(esTapeStep).toDouble(&ok);
            if (!ok || !(step > 0) || step > 100)
                return Error(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("wh::cli", "--es-tape-step must be a number of millimetres above 0, not \"%1\"")
                                 .arg(parser.value(esTapeStep)));
            o.decoder.esTapeMetricStepMm = step;
        }
        if (parser.isSet(unit)) {
            const auto u = drivers::parseLengthUnit(parser.value(unit));
            if (!u)
                return Error(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("wh::cli", "--unit must be mm, cm, m, in or ft, not \"%1\"").arg(parser.value(unit)));
            o.decoder.defaultUnit = *u;
        }
        return o;
    }
};

// Decodes one frame's worth of bytes (fed, then flushed: a frame is whole or it is truncated).
std::vector<TapeFrame> decodeBytes(drivers::TapeDecoder &decoder, const QByteArray &bytes)
{
    std::vector<TapeFrame> frames = decoder.feed(bytes, {});
    auto rest = decoder.flush();
    frames.insert(frames.end(), rest.begin(), rest.end());
    return frames;
}

// A wedge tape's typed text, as fast keys and Enter, through the wedge detector.
std::vector<TapeFrame> decodeTyped(drivers::TapeWedgeDetector &detector, const QString &text, qint64 &clockMs)
{
    clockMs += 10000; // each text is its own burst
    const auto keys = drivers::simulatedKeys(text, drivers::WedgeTerminator::Enter, clockMs, 2, 12, 1);
    std::vector<TapeFrame> frames;
    bool typed = false;
    auto take = [&](const std::vector<drivers::TapeWedgeDetector::Output> &outputs) {
        for (const auto &o : outputs) {
            if (o.kind == drivers::TapeWedgeDetector::Output::Kind::Frame)
                frames.push_back(o.frame);
            else
                typed = true;
        }
    };
    for (const auto &k : keys)
        take(detector.keyPressed(k));
    take(detector.silence());
    if (!keys.empty())
        clockMs = keys.back().timestampMs;
    if (frames.empty() && typed)
        frames.push_back(TapeFrame::rejected(TapeProtocol::Wedge, text.toUtf8(),
                                             tr("not a tape's reading (a number and an optional unit)")));
    return frames;
}

// wh device decode
int cmdDecode(const QStringList &arguments)
{
    const QString command = QStringLiteral("decode");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Decode tape-measure frames pasted from a device log: one tab-separated line per frame: the frame in "
        "hex, then \"reading\", the value in mm, settled or live, the sequence and the value as sent; or "
        "\"message\" and what it said; or \"rejected\" and why. Exit code 1 when a frame was rejected."));
    parser.addPositionalArgument(QStringLiteral("decode"), tr("the subcommand"), QStringLiteral("decode"));
    parser.addPositionalArgument(QStringLiteral("FRAME"),
                                 tr("frames in hex (quote each one; single bytes make one frame together), "
                                    "or - to read one frame per line from stdin"),
                                 QStringLiteral("FRAME...|-"));
    SharedOptions shared;
    shared.addTo(parser);
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("The frames are text with \\r \\n \\t \\\\ \\xHH escapes, not hex."));
    parser.addOption(text);
    if (auto exit = parseCommon(parser, arguments, kGroup, command))
        return *exit;
    const auto options = shared.read(parser);
    if (!options)
        return groupUsageError(kGroup, command, options.error().message(), &parser);

    QStringList inputs = parser.positionalArguments().mid(2); // after "device decode"
    if (inputs == QStringList{QStringLiteral("-")}) {
        inputs.clear();
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line))
            if (!line.trimmed().isEmpty())
                inputs << line;
    }
    if (inputs.isEmpty())
        return groupUsageError(kGroup, command, tr("give one or more frames (or - to read them from stdin)"),
                               &parser);

    const bool asText = parser.isSet(text) || options->protocol == TapeProtocol::Wedge;
    // The frames' bytes: each argument one frame, unless every argument is one byte (an unquoted paste).
    QList<QByteArray> frames;
    for (const QString &input : inputs) {
        if (asText) {
            const auto bytes = unescape(input);
            if (!bytes)
                return groupUsageError(kGroup, command,
                                       tr("a bad escape in \"%1\" (\\r \\n \\t \\\\ \\xHH)").arg(input));
            frames << *bytes;
            continue;
        }
        const auto bytes = drivers::parseHex(input);
        if (!bytes)
            return groupUsageError(
                kGroup, command,
                tr("\"%1\" is not hex: %2 (use --text for text frames)").arg(input, bytes.error().message()));
        frames << *bytes;
    }
    const bool singleBytes =
        !asText && frames.size() > 1 &&
        std::all_of(frames.begin(), frames.end(), [](const QByteArray &b) { return b.size() == 1; });
    if (singleBytes)
        frames = {frames.join()};

    std::unique_ptr<drivers::TapeDecoder> decoder;
    std::optional<drivers::TapeWedgeDetector> wedge;
    if (options->protocol == TapeProtocol::Wedge) {
        drivers::TapeWedgeDetector::Options w;
        w.defaultUnit = options->decoder.defaultUnit;
        wedge.emplace(w);
    } else {
        auto made = drivers::makeTapeDecoder(options->protocol, options->decoder);
        if (!made)
            return groupUsageError(kGroup, command, made.error().message());
        decoder = std::move(made).value();
    }

    int rejected = 0;
    int total = 0;
    quint32 counted = 0;
    qint64 clockMs = 0;
    for (const QByteArray &bytes : frames) {
        const auto decoded =
            wedge ? decodeTyped(*wedge, QString::fromUtf8(bytes), clockMs) : decodeBytes(*decoder, bytes);
        for (const TapeFrame &f : decoded) {
            ++total;
            if (!f.accepted())
                ++rejected;
            writeLine(frameColumns(f, wedge ? QString::fromUtf8(f.raw) : drivers::toHex(f.raw), counted));
        }
    }
    std::fflush(stdout);
    if (rejected > 0)
        std::fprintf(stderr, "wh device decode: %s\n",
                     qPrintable(tr("%1 of %2 frames rejected").arg(rejected).arg(total)));
    return rejected > 0 ? 1 : 0;
}

// wh device simulate
int cmdSimulate(const QStringList &arguments)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the frames a simulated tape of the protocol sends for each value, decoded as `wh device "
           "decode` "
           "decodes them: a \"# VALUE mm\" line, then one line per frame (a wedge tape: its keys as text)."));
    parser.addPositionalArgument(QStringLiteral("simulate"), tr("the subcommand"),
                                 QStringLiteral("simulate"));
    SharedOptions shared;
    shared.addTo(parser);
    const QCommandLineOption values(QStringLiteral("values"),
                                    tr("The lengths measured, in mm, comma-separated (default 523,1234.5)."),
                                    QStringLiteral("MM,..."), QStringLiteral("523,1234.5"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  tr("Send the live frames a tape sends while it moves, too (es-tape)."));
    parser.addOptions({values, live});
    if (auto exit = parseCommon(parser, arguments, kGroup, command))
        return *exit;
    const auto options = shared.read(parser);
    if (!options)
        return groupUsageError(kGroup, command, options.error().message(), &parser);
    if (parser.positionalArguments().size() > 2)
        return groupUsageError(kGroup, command, tr("no arguments besides the options"), &parser);
    std::vector<double> lengths;
    for (const QString &v : parser.value(values).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double mm = v.trimmed().toDouble(&ok);
        if (!ok)
            return groupUsageError(kGroup, command, tr("--values must be numbers of mm, not \"%1\"").arg(v));
        lengths.push_back(mm);
    }
    if (lengths.empty())
        return groupUsageError(kGroup, command, tr("--values needs at least one length"));

    const drivers::TapeSimulator sim(options->protocol, options->decoder);
    std::unique_ptr<drivers::TapeDecoder> decoder;
    std::optional<drivers::TapeWedgeDetector> wedge;
    if (options->protocol == TapeProtocol::Wedge) {
        drivers::TapeWedgeDetector::Options w;
        w.defaultUnit = options->decoder.defaultUnit;
        wedge.emplace(w);
    } else {
        decoder = std::move(drivers::makeTapeDecoder(options->protocol, options->decoder)).value();
    }
    int problems = 0;
    quint32 sequence = 0;
    quint32 counted = 0;
    qint64 clockMs = 0;
    for (double mm : lengths) {
        ++sequence;
        writeLine({QStringLiteral("# %1 mm").arg(QString::number(mm, 'g', 10))});
        const auto emissions = sim.measurement(mm, sequence, parser.isSet(live));
        if (!emissions) {
            ++problems;
            std::fprintf(stderr, "wh device simulate: %s\n", qPrintable(emissions.error().toString()));
            continue;
        }
        for (const auto &e : *emissions) {
            if (wedge) {
                const QString typed = QString::fromUtf8(e.bytes);
                for (const TapeFrame &f : decodeTyped(*wedge, typed, clockMs)) {
                    problems += f.accepted() ? 0 : 1;
                    writeLine(frameColumns(f, typed + QStringLiteral("⏎"), counted));
                }
                continue;
            }
            auto frames = decoder->feed(e.bytes, e.channel);
            auto rest = decoder->flush();
            frames.insert(frames.end(), rest.begin(), rest.end());
            for (const TapeFrame &f : frames) {
                problems += f.accepted() ? 0 : 1;
                writeLine(frameColumns(f, drivers::toHex(f.raw), counted));
            }
        }
    }
    std::fflush(stdout);
    return problems > 0 ? 1 : 0;
}

// wh device log
int cmdLog(const QStringList &arguments)
{
    const QString command = QStringLiteral("log");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the newest frames of the device log, oldest first: time "
                                        "(UTC), device, protocol, kind, the frame "
                                        "in hex, detail."));
    parser.addPositionalArgument(QStringLiteral("log"), tr("the subcommand"), QStringLiteral("log"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The store (an SQLite file)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption device(QStringLiteral("device"), tr("Only this device's frames."),
                                    QStringLiteral("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N frames (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({db, device, limit});
    if (auto exit = parseCommon(parser, arguments, kGroup, command))
        return *exit;
    if (!parser.isSet(db))
        return groupUsageError(kGroup, command, tr("--db FILE is required"), &parser);
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return groupUsageError(kGroup, command,
                               tr("--limit must be a number from 1, not \"%1\"").arg(parser.value(limit)));
    const QString path = parser.value(db);
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "wh device log: %s\n", qPrintable(tr("error: no such store: %1").arg(path)));
        return 1;
    }
    db::Store::Options storeOptions;
    storeOptions.create = false;
    storeOptions.readOnly = true;
    auto store = db::Store::open(path, storeOptions);
    if (!store) {
        std::fprintf(stderr, "wh device log: %s\n",
                     qPrintable(tr("error: %1").arg(store.error().toString())));
        return 1;
    }
    db::DeviceLog log(**store);
    const auto entries = log.recent(parser.value(device), n);
    if (!entries) {
        std::fprintf(stderr, "wh device log: %s\n",
                     qPrintable(tr("error: %1").arg(entries.error().toString())));
        return 1;
    }
    for (const auto &e : *entries)
        writeLine({QDateTime::fromMSecsSinceEpoch(e.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs),
                   e.deviceId, e.protocol, e.kind, drivers::toHex(e.raw), e.detail});
    std::fflush(stdout);
    return 0;
}

// The subcommands of `wh device`, by their word (the second on the command line).
const Subcommand kDeviceCommands[] = {
    {"decode", &cmdDecode},
    {"simulate", &cmdSimulate},
    {"log", &cmdLog},
};

} // namespace

bool isDeviceCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("device");
}

int runDevice(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kDeviceCommands, arguments);
}

} // namespace wh::cli
