#include "MeasureCommand.h"

#include "Clock.h"
#include "DeviceLog.h"
#include "DeviceLogEntry.h"
#include "LabelPrinter.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "MeasurementJudgement.h"
#include "MeasurementPoints.h"
#include "MeasurementRecorder.h"
#include "NgSticker.h"
#include "PrintSpool.h"
#include "ProgramSetup.h"
#include "SimulatedTape.h"
#include "SpecCommands.h"
#include "Store.h"
#include "UuidV7.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

namespace wh::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

void out(const QString &line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

void warn(const QString &line)
{
    std::fprintf(stderr, "wh measure: %s\n", qPrintable(line));
}

int failWith(const QString &message)
{
    warn(tr("error: %1").arg(message));
    return 1;
}

// What the command line asked for, checked.
struct MeasureRequest {
    QString db;
    QString specText;
    std::vector<SpecKey> keys;
    drivers::TapeProtocol protocol = drivers::TapeProtocol::LeicaDisto;
    QString worker;
    QString station;
    QString activity;
    QSet<QString> failPoints;
    QHash<QString, double> values; // point -> mm
    QString printerHost;
    quint16 printerPort = 9100;
    QString printerFont;
    bool hostText = false;
    int printerTimeoutMs = 10000;
    int readingTimeoutMs = 5000;
    QString language;
};

// The walk through one item: a point is shown, the simulated person measures it, the reading is
// judged and recorded, the next point follows; then the sticker. Driven by the tape's signals and
// timers from the event loop; finished() carries the exit code.
class MeasureRun : public QObject {
    Q_OBJECT

public:
    MeasureRun(const MeasureRequest &request, db::Store &store, MeasurementSession &session,
               db::MeasurementRecorder &recorder, const Site &site)
        : m_request(request)
        , m_store(store)
        , m_session(session)
        , m_recorder(recorder)
        , m_site(site)
        , m_tape(request.protocol)
    {
        m_readingTimer.setSingleShot(true);
        connect(&m_readingTimer, &QTimer::timeout, this, &MeasureRun::readingTimedOut);
        connect(&m_tape, &drivers::TapeDevice::readingReceived, this, &MeasureRun::onReading);
        connect(&m_tape, &drivers::TapeDevice::frameReceived, this, &MeasureRun::onFrame);
        connect(&m_tape, &drivers::TapeDevice::deviceError, this, [](const Error &e) {
            warn(QCoreApplication::translate("wh::cli", "tape: %1").arg(e.message()));
        });
    }

    void start()
    {
        m_tape.start();
        out(QStringLiteral("device: %1 (%2)")
                .arg(m_tape.deviceId(), drivers::tapeProtocolName(m_request.protocol)));
        nextPoint();
    }

signals:
    void finished(int exitCode);

private:
    // The value the simulated person reads off the garment for `point`, in mm.
    double simulatedMm(const SpecPoint &point) const
    {
        if (m_request.values.contains(point.code))
            return m_request.values.value(point.code);
        if (m_request.failPoints.contains(point.code))
            return static_cast<double>(point.maximum() + 20) / 10.0;
        return static_cast<double>(point.target) / 10.0;
    }

    void nextPoint()
    {
        const SpecPoint *point = m_session.current();
        if (!point) {
            itemDone();
            return;
        }
        const int index = *m_session.currentIndex() + 1;
        out(QStringLiteral("point: %1/%2\t%3\t%4\ttarget %5\t-%6 / +%7")
                .arg(index)
                .arg(m_session.spec().points.size())
                .arg(point->code, MeasurementPoints::name(point->code, m_request.language),
                     formatTenths(point->target), formatTenths(point->lower, false),
                     formatTenths(point->upper)));
        auto measured = m_tape.measure(simulatedMm(*point));
        if (!measured) {
            finish(failWith(QCoreApplication::translate("wh::cli", "the tape cannot send %1 mm for %2: %3")
                                .arg(simulatedMm(*point))
                                .arg(point->code, measured.error().message())));
            return;
        }
        m_waiting = true;
        m_readingTimer.start(m_request.readingTimeoutMs);
    }

    void onFrame(const drivers::TapeFrame &frame)
    {
        // Every frame goes to the device log with its bytes (a technician reads it back with
        // `wh device log`); a rejected one is shown here too.
        if (auto logged = db::DeviceLog(m_store).append(deviceLogEntryOf(frame)); !logged)
            warn(QCoreApplication::translate("wh::cli", "the device log cannot be written: %1")
                     .arg(logged.error().toString()));
        if (frame.kind == drivers::TapeFrame::Kind::Rejected)
            warn(QCoreApplication::translate("wh::cli", "frame rejected: %1 (%2)")
                     .arg(frame.detail, QString::fromLatin1(frame.raw.toHex(' '))));
    }

    void onReading(const drivers::TapeReading &reading)
    {
        if (!reading.settled)
            return; // the tape is still moving
        if (!m_waiting) {
            warn(QCoreApplication::translate("wh::cli", "a reading while no point is active was ignored: %1")
                     .arg(reading.summary()));
            return;
        }
        const SpecPoint *point = m_session.current();
        auto tenths = toTenthsOfMm(reading.value, drivers::lengthUnitSymbol(reading.unit));
        if (!tenths) {
            // Bad input (a reading in feet, 0): the point stays open, nothing is recorded.
            warn(QCoreApplication::translate("wh::cli", "reading for %1 refused: %2 (%3)")
                     .arg(point->code, tenths.error().message(), reading.summary()));
            return;
        }
        m_waiting = false;
        m_readingTimer.stop();
        auto recorded = m_session.record(*tenths);
        if (!recorded) {
            finish(failWith(recorded.error().toString()));
            return;
        }
        db::MeasurementRecorder::Source source;
        source.reading =
            QStringLiteral("%1 %2; raw %3")
                .arg(QString::number(reading.value, 'g', 10), drivers::lengthUnitSymbol(reading.unit),
                     QString::fromLatin1(reading.raw.toHex(' ')));
        source.tapeDevice = reading.deviceId;
        source.protocol = drivers::tapeProtocolName(reading.protocol);
        auto outcome = m_recorder.record(m_session, *recorded, source, m_request.worker);
        if (!outcome) {
            finish(failWith(
                QCoreApplication::translate("wh::cli", "the measurement of %1 could not be recorded: %2")
                    .arg(point->code, outcome.error().toString())));
            return;
        }
        const PointJudgement &j = recorded->entry.judgement;
        out(QStringLiteral("measured: %1\t%2\t%3\t%4")
                .arg(recorded->entry.code, formatTenths(j.value),
                     j.pass ? QStringLiteral("pass") : QStringLiteral("fail"), formatDeviation(j.deviation)));
        m_lastEvent = outcome->measurement.id;
        if (outcome->units)
            m_unit = QStringLiteral("%1 %2 %3")
                         .arg(outcome->units->payload.value(QStringLiteral("worker")).toString(),
                              outcome->units->payload.value(QStringLiteral("activity")).toString(),
                              outcome->units->payload.value(QStringLiteral("site")).toString());
        if (outcome->notice)
            m_notCounted = outcome->notCounted;
        // The next point from the event loop: the tape's frames of this one are all out first.
        QTimer::singleShot(0, this, &MeasureRun::nextPoint);
    }

    void readingTimedOut()
    {
        const SpecPoint *point = m_session.current();
        m_waiting = false;
        finish(failWith(
            QCoreApplication::translate(
                "wh::cli", "no reading for %1 from %2 within %3 s; the values before it are recorded")
                .arg(point ? point->code : QString(), m_tape.deviceId())
                .arg(m_request.readingTimeoutMs / 1000.0)));
    }

    void itemDone()
    {
        m_tape.stop();
        const ItemVerdict verdict = m_session.verdict();
        out(QStringLiteral("verdict: %1").arg(itemVerdictName(verdict)));
        drivers::NgStickerData sticker = drivers::ngStickerFor(m_session, m_request.language);
        for (const drivers::NgStickerPoint &s : sticker.failedPoints)
            out(QStringLiteral("failed: %1\t%2\t%3")
                    .arg(s.code, formatTenths(s.measuredTenthMm), formatDeviation(s.deviationTenthMm())));
        if (!m_unit.isEmpty())
            out(QStringLiteral("unit: %1").arg(m_unit));
        else
            out(QStringLiteral("unit: not counted (%1)").arg(m_notCounted));
        if (verdict != ItemVerdict::Fail) {
            finish(0);
            return;
        }
        if (m_request.printerHost.isEmpty()) {
            out(QStringLiteral("sticker: none (no --printer)"));
            finish(0);
            return;
        }
        const MeasurementSpec &spec = m_session.spec();
        // The QR links to the record: the item and the event of its last value.
        sticker.recordUri = drivers::ngStickerRecordUri(spec.itemId, m_lastEvent);
        sticker.worker = m_request.worker;
        sticker.measuredAt = QDateTime::currentDateTimeUtc()
                                 .toTimeZone(m_site.timeZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        drivers::NgStickerOptions options;
        if (m_request.hostText)
            options.japanese = drivers::JapaneseTextMode::HostGraphic;
        if (!m_request.printerFont.isEmpty())
            options.printerFont = m_request.printerFont;
        auto zpl = drivers::buildNgStickerZpl(sticker, options);
        if (!zpl) {
            finish(failWith(QCoreApplication::translate("wh::cli", "the NG sticker cannot be made: %1")
                                .arg(zpl.error().toString())));
            return;
        }
        printSticker(*zpl, drivers::ngStickerSpoolKey(spec.itemId, m_lastEvent));
    }

    void printSticker(const QByteArray &zpl, const QString &key)
    {
        drivers::LabelPrinter::Settings settings;
        settings.host = m_request.printerHost;
        settings.port = m_request.printerPort;
        m_spool = std::make_unique<db::PrintSpool>(m_store);
        m_printer = std::make_unique<drivers::LabelPrinter>(settings, *m_spool);
        connect(m_printer.get(), &drivers::LabelPrinter::problem, this,
                [](drivers::LabelPrinter::Problem, const Error &e) {
                    warn(QCoreApplication::translate("wh::cli", "printer: %1").arg(e.message()));
                });
        connect(m_printer.get(), &drivers::LabelPrinter::jobSent, this,
                [this, key](qint64, const QString &sent) {
                    if (sent != key)
                        return;
                    out(QStringLiteral("sticker: sent to %1").arg(m_printer->address()));
                    finish(0);
                });
        m_printer->start();
        auto added = m_printer->print(key, zpl);
        if (!added) {
            finish(failWith(QCoreApplication::translate("wh::cli", "the NG sticker cannot be spooled: %1")
                                .arg(added.error().toString())));
            return;
        }
        QTimer::singleShot(m_request.printerTimeoutMs, this, [this] {
            if (m_done)
                return;
            // Nothing is lost: the sticker waits in the store's spool and goes out first the next
            // time this printer is used (wh printer send HOST:PORT --db F, or the next wh measure).
            out(QStringLiteral("sticker: waiting in the spool (%1 did not take it within %2 s)")
                    .arg(m_printer->address())
                    .arg(m_request.printerTimeoutMs / 1000.0));
            warn(QCoreApplication::translate(
                     "wh::cli", "the NG sticker is not printed yet: it waits in the store's print spool and "
                                "goes out with "
                                "`wh printer send %1 --db %2` or the next measurement sent to that printer")
                     .arg(m_printer->address(), m_request.db));
            finish(0);
        });
    }

    void finish(int code)
    {
        if (m_done)
            return;
        m_done = true;
        m_readingTimer.stop();
        m_tape.stop();
        if (m_printer)
            m_printer->stop();
        emit finished(code);
    }

    const MeasureRequest &m_request;
    db::Store &m_store;
    MeasurementSession &m_session;
    db::MeasurementRecorder &m_recorder;
    Site m_site;
    drivers::SimulatedTape m_tape;
    QTimer m_readingTimer;
    bool m_waiting = false;
    bool m_done = false;
    QUuid m_lastEvent;
    QString m_unit;
    QString m_notCounted;
    std::unique_ptr<db::PrintSpool> m_spool; // before the printer: it outlives it
    std::unique_ptr<drivers::LabelPrinter> m_printer;
};

int measureUsage(const QString &message, const QCommandLineParser *parser = nullptr)
{
    return cli::usageError(QStringLiteral("measure"), message, parser);
}

} // namespace

bool isMeasureCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("measure");
}

int runMeasure(const QStringList &arguments)
{
    QString language = defaultLanguage();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("--lang"))
            language = arguments[i + 1];
    if (language == QLatin1String("ja") || language == QLatin1String("en"))
        (void)installTranslation(*QCoreApplication::instance(), language);

    // --db, --log-level and --help come from the programs' shared set-up (logging starts there).
    ProgramSetup setup(QStringLiteral("wh"), ProgramSetup::Database, QStringLiteral("warn"));
    QCommandLineParser &parser = setup.parser();
    parser.setApplicationDescription(
        tr("Measure one garment headless: check the care-label spec, take each point's reading from the "
           "tape, judge and record it, and print the NG sticker when the item fails."));
    parser.addPositionalArgument(QStringLiteral("measure"), tr("the command"), QStringLiteral("measure"));
    const QCommandLineOption spec(QStringLiteral("spec"), tr("The care label's QR text."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption key(QStringLiteral("key"), tr("A key of the brand, [ID:]SECRET (repeatable)."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     tr("A file of keys, one [ID:]SECRET a line."), QStringLiteral("FILE"));
    const QCommandLineOption device(
        QStringLiteral("device"), tr("The tape: sim:PROTOCOL (leica-disto, bosch-glm, es-tape, nus, wedge)."),
        QStringLiteral("DEVICE"));
    const QCommandLineOption worker(QStringLiteral("worker"), tr("Who measures (a worker's code)."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption station(QStringLiteral("station"),
                                     tr("The device the records are made at (default: the first handheld)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      tr("The activity a measured item counts for (default: the measure "
                                         "activity the worker is punched into)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption failPoints(QStringLiteral("fail-points"),
                                        tr("Simulate these points 2.0 mm beyond their upper tolerance."),
                                        QStringLiteral("CODE,..."));
    const QCommandLineOption values(QStringLiteral("values"), tr("Simulate these values, in mm: CODE=MM,..."),
                                    QStringLiteral("LIST"));
    const QCommandLineOption printer(QStringLiteral("printer"),
                                     tr("The label printer for NG stickers, HOST:PORT."),
                                     QStringLiteral("HOST:PORT"));
    const QCommandLineOption printerFont(QStringLiteral("printer-font"),
                                         tr("The printer's Japanese font (default E:ANMDJ.TTF)."),
                                         QStringLiteral("FONT"));
    const QCommandLineOption hostText(
        QStringLiteral("host-text"),
        tr("Draw Japanese text here and send it as graphics (no printer font needed)."));
    const QCommandLineOption printerTimeout(
        QStringLiteral("printer-timeout"),
        tr("Seconds to wait for the printer to take the sticker (default 10)."), QStringLiteral("S"));
    const QCommandLineOption readingTimeout(QStringLiteral("reading-timeout"),
                                            tr("Seconds to wait for each reading (default 5)."),
                                            QStringLiteral("S"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the messages and point names: ja or en."),
                                  QStringLiteral("LANG"));
    parser.addOptions({spec, key, keyFile, device, worker, station, activity, failPoints, values, printer,
                       printerFont, hostText, printerTimeout, readingTimeout, lang});
    if (auto exit = setup.parse(*QCoreApplication::instance()))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return measureUsage(tr("measure takes no arguments besides its options"), &parser);
    language = parser.isSet(lang) ? parser.value(lang) : language;
    if (language != QLatin1String("ja") && language != QLatin1String("en"))
        return measureUsage(tr("--lang must be ja or en, not \"%1\"").arg(language));
    if (!parser.isSet(QStringLiteral("db")))
        return measureUsage(tr("--db is needed"), &parser);
    for (const auto *required : {&spec, &device})
        if (!parser.isSet(*required))
            return measureUsage(tr("--%1 is needed").arg(required->names().front()), &parser);
    if (!parser.isSet(key) && !parser.isSet(keyFile))
        return measureUsage(tr("--key or --key-file is needed"), &parser);

    MeasureRequest request;
    request.db = setup.databasePath();
    request.specText = parser.value(spec);
    request.worker = parser.value(worker);
    request.station = parser.value(station);
    request.activity = parser.value(activity);
    request.language = language;
    request.printerFont = parser.value(printerFont);
    request.hostText = parser.isSet(hostText);
    const QString deviceText = parser.value(device);
    if (!deviceText.startsWith(QLatin1String("sim:")))
        return measureUsage(
            tr("--device must be sim:PROTOCOL (a simulated tape), not \"%1\"").arg(deviceText));
    auto protocol = drivers::parseTapeProtocol(QStringView(deviceText).mid(4));
    if (!protocol)
        return measureUsage(tr("--device sim:%1: %2").arg(deviceText.mid(4), protocol.error().message()));
    request.protocol = *protocol;
    for (const QString &code : parser.value(failPoints).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.failPoints.insert(code.trimmed());
    for (const QString &pair : parser.value(values).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        bool ok = false;
        const double mm = eq > 0 ? pair.mid(eq + 1).toDouble(&ok) : 0;
        if (!ok || !std::isfinite(mm))
            return measureUsage(tr("--values takes CODE=MM pairs, not \"%1\"").arg(pair));
        request.values.insert(pair.left(eq).trimmed(), mm);
    }
    if (parser.isSet(printer)) {
        const QString p = parser.value(printer);
        const qsizetype colon = p.lastIndexOf(QLatin1Char(':'));
        bool ok = colon > 0;
        const uint port = ok ? p.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || port == 0 || port > 65535)
            return measureUsage(tr("--printer must be HOST:PORT, not \"%1\"").arg(p));
        request.printerHost = p.left(colon);
        request.printerPort = static_cast<quint16>(port);
    }
    for (const auto &[option, slot] : {std::pair{&printerTimeout, &request.printerTimeoutMs},
                                       std::pair{&readingTimeout, &request.readingTimeoutMs}})
        if (parser.isSet(*option)) {
            bool ok = false;
            const double seconds = parser.value(*option).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 3600)
                return measureUsage(tr("--%1 must be a number of seconds, not \"%2\"")
                                        .arg(option->names().front(), parser.value(*option)));
            *slot = static_cast<int>(seconds * 1000);
        }

    // The label first: a refused one stops everything before anything is touched.
    auto keys = specKeys(parser.values(key), parser.value(keyFile));
    if (!keys)
        return failWith(keys.error().toString());
    SpecFailure failure;
    auto decoded = MeasurementSpecCodec::decode(request.specText, *keys, &failure);
    if (!decoded)
        return failWith(tr("the care label is refused: %1").arg(describeSpecFailure(failure)));
    for (const QString &code : request.failPoints)
        if (!decoded->point(code))
            return measureUsage(tr("--fail-points: the spec has no point %1").arg(code));
    for (auto it = request.values.cbegin(); it != request.values.cend(); ++it)
        if (!decoded->point(it.key()))
            return measureUsage(tr("--values: the spec has no point %1").arg(it.key()));

    db::Store::Options storeOptions;
    storeOptions.create = false;
    auto store = db::Store::open(request.db, storeOptions);
    if (!store)
        return failWith(store.error().toString());
    QString stationId = request.station;
    if (stationId.isEmpty()) {
        auto devices = db::DeviceRepository(**store).all();
        if (!devices)
            return failWith(devices.error().toString());
        for (const Device &d : *devices)
            if (d.kind == DeviceKind::Handheld) {
                stationId = d.id;
                break;
            }
        if (stationId.isEmpty())
            return failWith(tr("the store has no handheld device to record at; name one with --station"));
    }
    db::MeasurementRecorder::Options recorderOptions;
    recorderOptions.activityCode = request.activity;
    auto recorder = db::MeasurementRecorder::open(**store, Clock::system(), stationId, recorderOptions);
    if (!recorder)
        return failWith(recorder.error().toString());
    auto site = db::SiteRepository(**store).find((*recorder)->device().siteCode);
    if (!site)
        return failWith(site.error().toString());
    if (!request.worker.isEmpty()) {
        auto w = db::WorkerRepository(**store).find(request.worker);
        if (!w)
            return failWith(tr("unknown worker %1").arg(request.worker));
    }

    const MeasurementSpec &s = *decoded;
    out(QStringLiteral("item: %1").arg(s.itemId));
    out(QStringLiteral("style: %1 %2%3")
            .arg(s.style, s.size, s.lot.isEmpty() ? QString() : QStringLiteral(" lot ") + s.lot));
    out(QStringLiteral("station: %1 (site %2)").arg(stationId, site->code));
    if (!request.worker.isEmpty())
        out(QStringLiteral("worker: %1").arg(request.worker));
    // Said before measuring, so the person can punch in first; the item is measured all the same.
    if (auto counted = (*recorder)->measurementActivity(request.worker); !counted)
        warn(tr("the item will not count as a unit: %1").arg(counted.error().message()));

    MeasurementSession session(s);
    MeasureRun run(request, **store, session, **recorder, *site);
    QEventLoop loop;
    int exitCode = 1;
    QObject::connect(&run, &MeasureRun::finished, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    QTimer::singleShot(0, &run, &MeasureRun::start);
    loop.exec();
    return exitCode;
}

} // namespace wh::cli

#include "MeasureCommand.moc"
