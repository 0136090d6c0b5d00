#include "PrinterCommands.h"

#include "CommandGroup.h"
#include "LabelPrinter.h"
#include "LabelPrinterSimulator.h"
#include "Logging.h"
#include "NgSticker.h"
#include "PrintSpool.h"
#include "PrintSpooler.h"
#include "PrinterAddress.h"
#include "ProgramSetup.h"
#include "Store.h"
#include "WhCommands.h"
#include "ZplRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace wh::cli {

namespace {

const QLatin1String kGroup("printer");

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("wh::cli", text, comment, n);
}

void out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &command, const QString &line)
{
    std::fprintf(stderr, "wh printer %s: %s\n", qPrintable(command), qPrintable(line));
}

// The options every printer subcommand shares: --lang and --log-level (logging starts with the
// parse; warnings of the printer driver go to stderr only when asked for).
CommonOptions commonOptions()
{
    return {QString(),
            LogLevelOption{tr("Log level on stderr: trace, debug, info, warn, error or off (default "
                              "error; trace shows the bytes to and from the printer)."),
                           QStringLiteral("error"), tr("unknown --log-level \"%1\"")}};
}

// --width-mm, --height-mm, --dpi: the label for a sticker, or for ZPL without ^PW / ^LL.
struct LabelOptions {
    QCommandLineOption width{QStringLiteral("width-mm"), QCoreApplication::translate("wh::cli", "Label width in millimetres (default 100)."),
                             QStringLiteral("MM"), QStringLiteral("100")};
    QCommandLineOption height{QStringLiteral("height-mm"), QCoreApplication::translate("wh::cli", "Label height in millimetres (default 70)."),
                              QStringLiteral("MM"), QStringLiteral("70")};
    QCommandLineOption dpi{QStringLiteral("dpi"), QCoreApplication::translate("wh::cli", "Printer resolution: 203, 300 or 600 (default 203)."),
                           QStringLiteral("DPI"), QStringLiteral("203")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({width, height, dpi}); }

    std::optional<drivers::LabelFormat> read(const QCommandLineParser &parser, QString *problem) const
    {
        bool okW = false;
        bool okH = false;
        bool okD = false;
        const double w = parser.value(width).toDouble(&okW);
        const double h = parser.value(height).toDouble(&okH);
        const int d = parser.value(dpi).toInt(&okD);
        if (!okW || !okH || w < 10 || h < 10 || w > 400 || h > 1000) {
            *problem = QCoreApplication::translate("wh::cli", "--width-mm and --height-mm must be label sizes from 10 mm, not \"%1\" x \"%2\"")
                           .arg(parser.value(width), parser.value(height));
            return std::nullopt;
        }
        if (!okD || (d != 203 && d != 300 && d != 600)) {
            *problem = QCoreApplication::translate("wh::cli", "--dpi must be 203, 300 or 600, not \"%1\"").arg(parser.value(dpi));
            return std::nullopt;
        }
        return drivers::LabelFormat::fromMillimetres(w, h, d);
    }
};

// OUT.png for the first label, OUT-2.png, OUT-3.png ... for the next ones.
QString numberedPath(const QString &path, int index)
{
    if (index == 0)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-%1").arg(index + 1) + suffix);
}

// Renders ZPL and writes the PNGs; warnings on stderr. Returns the exit code.
int writePreview(const QString &command, const QByteArray &zpl, const drivers::LabelFormat &format,
                 const QString &png)
{
    drivers::ZplRenderer::Options options;
    options.format = format;
    auto preview = drivers::ZplRenderer::render(zpl, options);
    if (!preview) {
        err(command, tr("the labels cannot be drawn: %1").arg(preview.error().toString()));
        return 1;
    }
    for (const QString &w : preview->warnings)
        err(command, tr("warning: %1").arg(w));
    for (size_t i = 0; i < preview->labels.size(); ++i) {
        const QString path = numberedPath(png, static_cast<int>(i));
        const QImage &image = preview->labels[i];
        if (!image.save(path, "PNG")) {
            err(command, tr("%1 cannot be written").arg(path));
            return 1;
        }
        out(tr("%1: %2 x %3 dots, copies: %4")
                .arg(path)
                .arg(image.width())
                .arg(image.height())
                .arg(preview->copies[i]));
    }
    return 0;
}

// The sticker of a sample item: three points out of tolerance, Japanese names.
drivers::NgStickerData sampleSticker()
{
    drivers::NgStickerData d;
    d.itemId = QStringLiteral("ITM-2026-000123");
    d.style = QStringLiteral("ST-1001");
    d.size = QStringLiteral("M");
    d.lot = QStringLiteral("L2611-07");
    d.pointsMeasured = 16;
    d.failedPoints = {
        {QStringLiteral("B01"), QStringLiteral("身幅"), 5265, 5200, 50, 50},
        {QStringLiteral("B02"), QStringLiteral("着丈"), 7150, 7250, 80, 100},
        {QStringLiteral("B05"), QStringLiteral("袖丈"), 6120, 6000, 50, 50},
    };
    d.recordUri = QStringLiteral("wh://measurement/018f3a2c-7d41-7c3e-9a55-3b1f2e4d5c6a");
    d.worker = QStringLiteral("W00042 山田 太郎");
    d.measuredAt = QStringLiteral("2026-11-02 09:14");
    return d;
}

// wh printer status HOST[:PORT]: the printer's ~HS answer as sentences; exit 0 when it can print.
int cmdStatus(const QStringList &arguments)
{
    const QString command = QStringLiteral("status");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ask a ZPL label printer for its state (~HS over TCP) and say whether it can print, and if not, "
           "what to do. Exit code 0 when it is ready, 1 when it is not or cannot be reached."));
    parser.addPositionalArgument(QStringLiteral("status"), tr("the subcommand"), QStringLiteral("status"));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("the printer (port 9100 by default)"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Seconds to wait for the printer (default 5)."), QStringLiteral("S"),
                                     QStringLiteral("5"));
    parser.addOption(timeout);
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    const QStringList args = parser.positionalArguments().mid(2);
    if (args.size() != 1)
        return groupUsageError(kGroup, command, tr("give the printer as HOST or HOST:PORT"), &parser);
    const auto address = drivers::PrinterAddress::parse(args.front());
    if (!address)
        return groupUsageError(kGroup, command, tr("\"%1\" is not HOST or HOST:PORT").arg(args.front()));
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600)
        return groupUsageError(
            kGroup, command,
            tr("--timeout must be a number of seconds, not \"%1\"").arg(parser.value(timeout)));

    drivers::MemoryPrintSpoolStorage storage;
    drivers::LabelPrinter::Settings settings;
    settings.host = address->host;
    settings.port = address->port;
    settings.connectTimeoutMs = static_cast<int>(seconds * 1000);
    settings.statusTimeoutMs = static_cast<int>(seconds * 1000);
    drivers::LabelPrinter printer(settings, storage);
    QEventLoop loop;
    int code = 1;
    QObject::connect(
        &printer, &drivers::LabelPrinter::statusReceived, &loop, [&](const drivers::PrinterStatus &status) {
            if (status.ready()) {
                out(tr("%1: ready to print").arg(printer.address()));
                code = 0;
            } else {
                for (const QString &m : status.messages())
                    out(tr("%1: %2").arg(printer.address(), m));
            }
            if (status.formatsInBuffer > 0)
                out(tr("%1: %n label(s) in the printer's memory", nullptr, status.formatsInBuffer)
                        .arg(printer.address()));
            loop.quit();
        });
    QObject::connect(&printer, &drivers::LabelPrinter::problem, &loop,
                     [&](drivers::LabelPrinter::Problem, const Error &error) {
                         err(command, error.message());
                         loop.quit();
                     });
    QTimer::singleShot(0, &printer, [&printer] { printer.queryStatus(); });
    loop.exec();
    return code;
}

// wh printer send HOST[:PORT] [FILE...]: ZPL files through the spool to the printer.
int cmdSend(const QStringList &arguments)
{
    const QString command = QStringLiteral("send");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Print ZPL files on a label printer. The printer is asked for its state first and nothing is sent "
        "while it reports a problem (paper out, head open, ...); the files wait and go out, in order, as "
        "soon as it is ready. With --db they wait in the store's print spool, also after this command "
        "ends: run it again (without files) to send what waits. Exit code 0 when everything was printed."));
    parser.addPositionalArgument(QStringLiteral("send"), tr("the subcommand"), QStringLiteral("send"));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"), tr("the printer (port 9100 by default)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("ZPL files"), QStringLiteral("[FILE.zpl...]"));
    const QCommandLineOption db(QStringLiteral("db"), tr("Keep the jobs in this store's print spool."),
                                QStringLiteral("FILE"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        tr("The job's key (one file): a key already in the spool is not printed again."),
        QStringLiteral("KEY"));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Seconds to wait for the printer (default 30)."),
                                  QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption noStatus(
        QStringLiteral("no-status"),
        tr("Do not ask the printer for its state (~HS): for printers that do not "
           "answer it."));
    parser.addOptions({db, key, wait, noStatus});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    const QStringList args = parser.positionalArguments().mid(2);
    if (args.isEmpty())
        return groupUsageError(kGroup, command, tr("give the printer as HOST or HOST:PORT"), &parser);
    const auto address = drivers::PrinterAddress::parse(args.front());
    if (!address)
        return groupUsageError(kGroup, command, tr("\"%1\" is not HOST or HOST:PORT").arg(args.front()));
    const QStringList files = args.mid(1);
    if (files.isEmpty() && !parser.isSet(db))
        return groupUsageError(kGroup, command,
                               tr("give ZPL files to print (or --db to send what waits in its spool)"));
    if (parser.isSet(key) && files.size() != 1)
        return groupUsageError(kGroup, command, tr("--key names one file's job"));
    bool ok = false;
    const double seconds = parser.value(wait).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400)
        return groupUsageError(kGroup, command,
                               tr("--wait must be a number of seconds, not \"%1\"").arg(parser.value(wait)));

    // Read every file before anything is spooled: a bad name spools nothing.
    std::vector<QByteArray> contents;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            err(command, tr("%1 cannot be read: %2").arg(f, file.errorString()));
            return 1;
        }
        const QByteArray zpl = file.readAll();
        if (!zpl.contains("^XA") || !zpl.contains("^XZ")) {
            err(command, tr("%1 holds no ZPL label (^XA ... ^XZ)").arg(f));
            return 1;
        }
        contents.push_back(zpl);
    }

    std::unique_ptr<db::Store> store;
    std::unique_ptr<PrintSpoolStorage> storage;
    if (parser.isSet(db)) {
        auto opened = db::Store::open(parser.value(db));
        if (!opened) {
            err(command, opened.error().toString());
            return 1;
        }
        store = std::move(opened).value();
        storage = std::make_unique<db::PrintSpool>(*store);
    } else {
        storage = std::make_unique<drivers::MemoryPrintSpoolStorage>();
    }
    drivers::LabelPrinter::Settings settings;
    settings.host = address->host;
    settings.port = address->port;
    settings.checkStatus = !parser.isSet(noStatus);
    drivers::LabelPrinter printer(settings, *storage);
    for (size_t i = 0; i < contents.size(); ++i) {
        // Without --key every run prints: a key of its own.
        const QString jobKey =
            parser.isSet(key)
                ? parser.value(key)
                : QStringLiteral("%1 %2").arg(QFileInfo(files[int(i)]).fileName(),
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto added = printer.print(jobKey, contents[i]);
        if (!added) {
            err(command, tr("%1 cannot be spooled: %2").arg(files[int(i)], added.error().toString()));
            return 1;
        }
        if (added->existed)
            out(tr("%1: the job \"%2\" is in the spool already; it is not printed again")
                    .arg(files[int(i)], jobKey));
    }

    QEventLoop loop;
    QString lastProblem;
    QObject::connect(&printer, &drivers::LabelPrinter::jobSent, &loop,
                     [&](qint64, const QString &k) { out(tr("printed: %1").arg(k)); });
    QObject::connect(&printer, &drivers::LabelPrinter::problem, &loop,
                     [&](drivers::LabelPrinter::Problem, const Error &error) {
                         // The same problem again on every retry: said once.
                         if (error.message() != lastProblem)
                             err(command, error.message());
                         lastProblem = error.message();
                     });
    QObject::connect(&printer, &drivers::LabelPrinter::idle, &loop, [&] { loop.quit(); });
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, [&] { loop.quit(); });
    QTimer::singleShot(0, &printer, [&printer] { printer.start(); });
    loop.exec();
    printer.stop();
    const qsizetype left = printer.waiting().valueOr(0);
    if (left == 0)
        return 0;
    if (store)
        err(command,
            tr("%n label(s) not printed yet: they wait in the print spool of %1 and go out with the next "
               "`wh printer send %2 --db %1`",
               nullptr, static_cast<int>(left))
                .arg(parser.value(db), args.front()));
    else
        err(command, tr("%n label(s) not printed: the printer was not ready within %1 seconds", nullptr,
                        static_cast<int>(left))
                         .arg(seconds));
    return 1;
}

// wh printer simulate: a ZPL printer on loopback until interrupted (or --count jobs).
int cmdSimulate(const QStringList &arguments)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Run a ZPL label printer simulator on this computer: it takes jobs on a TCP port as a Zebra printer "
        "does and answers ~HS with its state. Type a state and Enter while it runs to change it: ready, "
        "paper-out, paused, head-open, ribbon-out, stopped (the port closes: connections are refused), "
        "quit. One line per job on stdout."));
    parser.addPositionalArgument(QStringLiteral("simulate"), tr("the subcommand"),
                                 QStringLiteral("simulate"));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port (default 9100; 0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("9100"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption state(QStringLiteral("state"), tr("The state to start in (default ready)."),
                                   QStringLiteral("STATE"), QStringLiteral("ready"));
    const QCommandLineOption save(
        QStringLiteral("save"),
        tr("Write each job to this folder as job-0001.zpl and its picture job-0001.png."),
        QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Stop after N jobs."), QStringLiteral("N"));
    const QCommandLineOption noStatus(QStringLiteral("no-status"), tr("Do not answer ~HS."));
    parser.addOptions({port, listen, state, save, count, noStatus});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return groupUsageError(kGroup, command, tr("simulate takes no arguments besides its options"),
                               &parser);

    using State = drivers::LabelPrinterSimulator::State;
    const QList<QPair<QString, State>> states = {
        {QStringLiteral("ready"), State::Ready},          {QStringLiteral("paper-out"), State::PaperOut},
        {QStringLiteral("paused"), State::Paused},        {QStringLiteral("head-open"), State::HeadOpen},
        {QStringLiteral("ribbon-out"), State::RibbonOut}, {QStringLiteral("stopped"), State::Stopped}};
    auto stateNamed = [&](const QString &name) -> std::optional<State> {
        for (const auto &[n, s] : states)
            if (n == name)
                return s;
        return std::nullopt;
    };
    auto nameOf = [&](State s) {
        for (const auto &[n, v] : states)
            if (v == s)
                return n;
        return QString();
    };
    const auto initial = stateNamed(parser.value(state));
    if (!initial)
        return groupUsageError(kGroup, command,
                               tr("--state must be ready, paper-out, paused, head-open, ribbon-out or "
                                  "stopped, not \"%1\"")
                                   .arg(parser.value(state)));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return groupUsageError(kGroup, command,
                               tr("--port must be a TCP port number, not \"%1\"").arg(parser.value(port)));
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return groupUsageError(kGroup, command,
                               tr("--listen must be an IP address, not \"%1\"").arg(parser.value(listen)));
    int maxJobs = 0;
    if (parser.isSet(count)) {
        maxJobs = parser.value(count).toInt(&ok);
        if (!ok || maxJobs < 1)
            return groupUsageError(
                kGroup, command,
                tr("--count must be a positive number, not \"%1\"").arg(parser.value(count)));
    }
    const QString saveDir = parser.value(save);
    if (!saveDir.isEmpty() && !QDir().mkpath(saveDir)) {
        err(command, tr("the folder %1 cannot be made").arg(saveDir));
        return 1;
    }

    drivers::LabelPrinterSimulator sim;
    (void)sim.setState(*initial);
    sim.setAnswersStatus(!parser.isSet(noStatus));
    auto started = sim.start(static_cast<quint16>(portNumber), address);
    if (!started) {
        err(command, started.error().toString());
        return 1;
    }
    out(tr("printer simulator on %1:%2, %3").arg(address.toString()).arg(*started).arg(nameOf(*initial)));

    QEventLoop loop;
    int jobs = 0;
    int code = 0;
    QObject::connect(&sim, &drivers::LabelPrinterSimulator::jobReceived, &loop, [&](const QByteArray &zpl) {
        ++jobs;
        out(tr("job %1: %2 bytes (%3)").arg(jobs).arg(zpl.size()).arg(nameOf(sim.state())));
        if (!saveDir.isEmpty()) {
            const QString base =
                QDir(saveDir).filePath(QStringLiteral("job-%1").arg(jobs, 4, 10, QLatin1Char('0')));
            QFile f(base + QStringLiteral(".zpl"));
            if (!f.open(QIODevice::WriteOnly) || f.write(zpl) != zpl.size()) {
                err(command, tr("%1 cannot be written").arg(f.fileName()));
                code = 1;
            }
            drivers::ZplRenderer::Options options;
            auto preview = drivers::ZplRenderer::render(zpl, options);
            if (preview && !preview->labels.front().save(base + QStringLiteral(".png"), "PNG"))
                err(command, tr("%1 cannot be written").arg(base + QStringLiteral(".png")));
        }
        // The last job: once its connection closes (the client has had its answers), or 2 s.
        if (maxJobs > 0 && jobs >= maxJobs)
            QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    });
    QObject::connect(&sim, &drivers::LabelPrinterSimulator::connectionClosed, &loop, [&] {
        if (maxJobs > 0 && jobs >= maxJobs)
            loop.quit();
    });
    // States typed on stdin; end of input just stops listening to it (a simulator run in the
    // background has none).
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray typed;
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        typed.append(buffer, n);
        qsizetype nl;
        while ((nl = typed.indexOf('\n')) >= 0) {
            const QString word = QString::fromUtf8(typed.left(nl)).trimmed();
            typed.remove(0, nl + 1);
            if (word.isEmpty())
                continue;
            if (word == QLatin1String("quit")) {
                loop.quit();
                return;
            }
            const auto s = stateNamed(word);
            if (!s) {
                err(command,
                    tr("unknown state \"%1\": ready, paper-out, paused, head-open, ribbon-out, stopped, quit")
                        .arg(word));
                continue;
            }
            if (auto set = sim.setState(*s); !set)
                err(command, set.error().toString());
            else
                out(tr("printer: %1").arg(word));
        }
    });
    loop.exec();
    return code;
}

// wh printer preview FILE.zpl --png OUT.png
int cmdPreview(const QStringList &arguments)
{
    const QString command = QStringLiteral("preview");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Draw the labels of a ZPL file as PNG pictures, one pixel per printer dot (OUT.png, then OUT-2.png "
        "... for more labels). Printer fonts are drawn with fonts of this computer, so the picture shows "
        "the layout, not the printer's exact letters. What cannot be drawn is listed on stderr."));
    parser.addPositionalArgument(QStringLiteral("preview"), tr("the subcommand"), QStringLiteral("preview"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("a ZPL file"), QStringLiteral("FILE.zpl"));
    const QCommandLineOption png(QStringLiteral("png"), tr("The picture to write."),
                                 QStringLiteral("OUT.png"));
    parser.addOption(png);
    const LabelOptions label;
    label.addTo(parser);
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    const QStringList args = parser.positionalArguments().mid(2);
    if (args.size() != 1)
        return groupUsageError(kGroup, command, tr("give one ZPL file"), &parser);
    if (!parser.isSet(png))
        return groupUsageError(kGroup, command, tr("--png OUT.png is needed"), &parser);
    QString problem;
    const auto format = label.read(parser, &problem);
    if (!format)
        return groupUsageError(kGroup, command, problem);
    QFile file(args.front());
    if (!file.open(QIODevice::ReadOnly)) {
        err(command, tr("%1 cannot be read: %2").arg(args.front(), file.errorString()));
        return 1;
    }
    return writePreview(command, file.readAll(), *format, parser.value(png));
}

// wh printer sample: the NG sticker of a sample item, as ZPL and / or a picture.
int cmdSample(const QStringList &arguments)
{
    const QString command = QStringLiteral("sample");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Make the NG sticker of a sample item (three points out of tolerance, Japanese point names), to try "
        "a printer or its settings: --zpl writes the label, --png its picture; without either the ZPL goes "
        "to "
        "stdout. Japanese text uses a font on the printer (--printer-font) unless --host-text draws it here "
        "and sends it as graphics."));
    parser.addPositionalArgument(QStringLiteral("sample"), tr("the subcommand"), QStringLiteral("sample"));
    const QCommandLineOption zplOut(QStringLiteral("zpl"), tr("Write the ZPL to this file."),
                                    QStringLiteral("OUT.zpl"));
    const QCommandLineOption pngOut(QStringLiteral("png"), tr("Write the picture to this file."),
                                    QStringLiteral("OUT.png"));
    const QCommandLineOption hostText(QStringLiteral("host-text"),
                                      tr("Draw Japanese text here and send it as graphics (for printers "
                                         "without a Japanese font)."));
    const QCommandLineOption printerFont(QStringLiteral("printer-font"),
                                         tr("The printer's Japanese font, drive and file (default %1).")
                                             .arg(drivers::NgStickerOptions{}.printerFont),
                                         QStringLiteral("FONT"));
    parser.addOptions({zplOut, pngOut, hostText, printerFont});
    const LabelOptions label;
    label.addTo(parser);
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return groupUsageError(kGroup, command, tr("sample takes no arguments besides its options"), &parser);
    QString problem;
    const auto format = label.read(parser, &problem);
    if (!format)
        return groupUsageError(kGroup, command, problem);
    drivers::NgStickerOptions options;
    options.label = *format;
    options.japanese = parser.isSet(hostText) ? drivers::JapaneseTextMode::HostGraphic
                                              : drivers::JapaneseTextMode::PrinterFont;
    if (parser.isSet(printerFont))
        options.printerFont = parser.value(printerFont);
    auto zpl = drivers::buildNgStickerZpl(sampleSticker(), options);
    if (!zpl) {
        err(command, zpl.error().toString());
        return 1;
    }
    if (!parser.isSet(zplOut) && !parser.isSet(pngOut)) {
        std::fwrite(zpl->constData(), 1, static_cast<size_t>(zpl->size()), stdout);
        return 0;
    }
    if (parser.isSet(zplOut)) {
        QFile f(parser.value(zplOut));
        if (!f.open(QIODevice::WriteOnly) || f.write(*zpl) != zpl->size()) {
            err(command, tr("%1 cannot be written").arg(parser.value(zplOut)));
            return 1;
        }
        out(tr("%1: %2 bytes of ZPL").arg(parser.value(zplOut)).arg(zpl->size()));
    }
    if (parser.isSet(pngOut))
        return writePreview(command, *zpl, *format, parser.value(pngOut));
    return 0;
}

// The subcommands of `wh printer`, by their word (the second on the command line).
const Subcommand kPrinterCommands[] = {
    {"status", &cmdStatus},   {"send", &cmdSend},     {"simulate", &cmdSimulate},
    {"preview", &cmdPreview}, {"sample", &cmdSample},
};

} // namespace

bool isPrinterCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("printer");
}

int runPrinter(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kPrinterCommands, arguments);
}

} // namespace wh::cli
