#include "ModbusCommands.h"

#include "CommandGroup.h"
#include "DerivedRepositories.h"
#include "DeviceLog.h"
#include "Logging.h"
#include "ModbusConfig.h"
#include "ModbusCounterRecorder.h"
#include "ModbusPoller.h"
#include "ModbusSimulator.h"
#include "ProgramSetup.h"
#include "Store.h"
#include "WhCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMap>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace wh::cli {

namespace {

const QLatin1String kGroup("modbus");

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

// A failure of `wh modbus COMMAND` on stderr: "wh modbus poll: error: message (context)".
void printError(const QString &command, const QString &text)
{
    std::fprintf(stderr, "wh modbus %s: %s\n", qPrintable(command), qPrintable(tr("error: %1").arg(text)));
    std::fflush(stderr);
}

void writeLine(const QStringList &fields)
{
    const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
}

// The options every modbus subcommand shares: --lang and --log-level (logging starts with the parse).
CommonOptions commonOptions()
{
    return {QString(),
            LogLevelOption{tr("Log level on stderr: trace (raw registers), debug, info, warn, error "
                              "(default), off."),
                           QStringLiteral("error"), QString()}};
}

// A whole number in [min, max] from an option, or a usage error's message.
std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// What a counter read booked, for the last column.
QString bookedText(const db::ModbusCounterRecorder::Outcome &outcome)
{
    switch (outcome.step.change) {
    case CounterChange::Baseline: return QStringLiteral("baseline");
    case CounterChange::Unchanged: return QStringLiteral("unchanged");
    case CounterChange::Jump: return QStringLiteral("0 units (jump)");
    case CounterChange::Advanced:
    case CounterChange::Wrapped:
    case CounterChange::Reset: break;
    }
    return QStringLiteral("+%1 units (%2)").arg(outcome.units).arg(counterChangeName(outcome.step.change));
}

int cmdPoll(const QStringList &arguments)
{
    const QString command = QStringLiteral("poll");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Poll the registers of a Modbus register map and print one tab-separated line per register and "
           "round: round, register, kind, value, raw value, registers as read, and with --db what the read "
           "booked. Counters' moves become units events with --db; gauges are only printed."));
    parser.addPositionalArgument(QStringLiteral("poll"), tr("the subcommand"), QStringLiteral("poll"));
    const QCommandLineOption config(QStringLiteral("config"), tr("The register map (JSON)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dbFile(QStringLiteral("db"), tr("Record the counters' units in this store."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption device(
        QStringLiteral("device"),
        tr("With --db: the device whose event log records the units (default: the "
           "manager station of the first counter's site)."),
        QStringLiteral("ID"));
    const QCommandLineOption count(
        QStringLiteral("count"),
        tr("Stop after N rounds (a failed connection attempt counts as one); default: "
           "poll until stopped."),
        QStringLiteral("N"));
    parser.addOptions({config, dbFile, device, count});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    if (parser.positionalArguments().size() != 2)
        return groupUsageError(kGroup, command,
                               tr("unexpected argument \"%1\"").arg(parser.positionalArguments().value(2)),
                               &parser);
    if (!parser.isSet(config))
        return groupUsageError(kGroup, command, tr("--config FILE is needed: the register map"), &parser);
    std::optional<qint64> rounds;
    if (parser.isSet(count)) {
        rounds = wholeNumber(parser.value(count), 1, 1000000000);
        if (!rounds)
            return groupUsageError(
                kGroup, command,
                tr("--count must be a whole number above zero, not \"%1\"").arg(parser.value(count)));
    }
    if (parser.isSet(device) && !parser.isSet(dbFile))
        return groupUsageError(kGroup, command, tr("--device is for --db"));

    auto map = drivers::loadModbusConfig(parser.value(config));
    if (!map) {
        printError(command, map.error().toString());
        return 1;
    }

    // The counters' recorder, when the units go into a store.
    std::unique_ptr<db::Store> store;
    std::unique_ptr<db::ModbusCounterRecorder> recorder;
    QHash<QString, db::ModbusCounterRecorder::Counter> counters; // by register name
    const QString storePath = parser.value(dbFile);
    auto storeFailure = [&](const Error &error) {
        QString text = error.toString();
        if (!text.contains(storePath))
            text = tr("%1 (store: %2)").arg(text, storePath);
        printError(command, text);
        return 1;
    };
    if (parser.isSet(dbFile)) {
        db::Store::Options options;
        options.create = false;
        auto opened = db::Store::open(storePath, options);
        if (!opened)
            return storeFailure(opened.error());
        store = std::move(opened).value();
        QString firstSite;
        for (const drivers::ModbusRegisterConfig &r : map->registers) {
            if (r.kind != drivers::ModbusRegisterKind::Counter)
                continue;
            db::ModbusCounterRecorder::Counter c;
            c.device = map->device;
            c.name = r.name;
            c.layout = QStringLiteral("unit %1 %2").arg(map->unitId).arg(r.layout());
            c.widthBits = drivers::modbusBitWidth(r.format.type);
            c.unitsPerCount = qint64(r.format.scale);
            c.maxDelta = r.maxDelta;
            c.siteCode = r.site;
            c.activityCode = r.activity;
            counters.insert(r.name, c);
            if (firstSite.isEmpty())
                firstSite = r.site;
        }
        if (!counters.isEmpty()) {
            QString recordingDevice = parser.value(device);
            if (recordingDevice.isEmpty()) {
                auto chosen = db::ModbusCounterRecorder::defaultRecordingDevice(*store, firstSite);
                if (!chosen)
                    return storeFailure(
                        Error(ErrorCode::NotFound,
                              tr("site %1 has no device to record the counters at; name one with --device")
                                  .arg(firstSite),
                              storePath));
                recordingDevice = *chosen;
            }
            auto openedRecorder = db::ModbusCounterRecorder::open(*store, Clock::system(), recordingDevice);
            if (!openedRecorder)
                return storeFailure(openedRecorder.error());
            recorder = std::move(openedRecorder).value();
            for (const drivers::ModbusRegisterConfig &r : map->registers) // in the map's order
                if (counters.contains(r.name))
                    if (auto checked = recorder->check(counters.value(r.name)); !checked)
                        return storeFailure(checked.error());
        }
    }

    // With a store, the device log keeps what a technician needs: each failed read with what came
    // back (an exception's PDU), each counter read that booked nothing unusual (a reset, a jump),
    // each connection lost or refused. Plain readings are not logged: a poll a second would fill it.
    std::optional<db::DeviceLog> deviceLog;
    if (store)
        deviceLog.emplace(*store);
    const QString protocol = map->transport == drivers::ModbusDeviceConfig::Transport::Tcp
                                 ? QStringLiteral("modbus-tcp")
                                 : QStringLiteral("modbus-rtu");
    auto logFrame = [&](const QString &kind, const QByteArray &raw, const QString &detail) {
        if (!deviceLog)
            return;
        db::DeviceLogEntry entry;
        entry.deviceId = map->device;
        entry.protocol = protocol;
        entry.channel = map->endpoint();
        entry.receivedAtMs = Clock::system().nowMs();
        entry.raw = raw;
        entry.kind = kind;
        entry.detail = detail;
        if (auto logged = deviceLog->append(entry); !logged)
            storeFailure(logged.error());
    };

    drivers::ModbusPoller poller(*map);
    QEventLoop loop;
    QHash<QString, int> order; // register name -> position in the map
    for (int i = 0; i < int(map->registers.size()); ++i)
        order.insert(map->registers[size_t(i)].name, i);
    QMap<int, QStringList> lines; // this round's lines, by position
    bool failed = false;
    qint64 done = 0;
    qint64 readings = 0;
    qint64 errors = 0;
    qint64 units = 0;
    qint64 events = 0;
    bool eventsThisRound = false;
    auto finishOne = [&] {
        ++done;
        if (rounds && done >= *rounds)
            loop.quit();
    };

    QObject::connect(&poller, &drivers::ModbusPoller::reading, &loop, [&](const drivers::ModbusReading &r) {
        ++readings;
        QString booked;
        if (recorder && counters.contains(r.name)) {
            auto outcome = recorder->record(counters.value(r.name), quint32(r.raw), r.atMs);
            if (!outcome) {
                failed = true;
                storeFailure(outcome.error());
                booked = QStringLiteral("not recorded");
            } else {
                booked = bookedText(*outcome);
                if (outcome->step.change == CounterChange::Reset ||
                    outcome->step.change == CounterChange::Jump || outcome->layoutChanged)
                    logFrame(QStringLiteral("message"), drivers::modbusWordsBytes(r.words),
                             QStringLiteral("counter %1: %2 from %3 to %4%5: %6")
                                 .arg(r.name, counterChangeName(outcome->step.change),
                                      outcome->previous ? QString::number(*outcome->previous)
                                                        : QStringLiteral("-"))
                                 .arg(r.raw)
                                 .arg(outcome->layoutChanged ? QStringLiteral(" (read elsewhere than before)")
                                                             : QString())
                                 .arg(booked));
                if (outcome->event) {
                    units += outcome->units;
                    ++events;
                    eventsThisRound = true;
                }
            }
        }
        const QString value = r.unit.isEmpty() ? r.text : r.text + QLatin1Char(' ') + r.unit;
        lines.insert(order.value(r.name),
                     {QString::number(poller.rounds()), r.name, drivers::modbusRegisterKindName(r.kind),
                      value, QString::number(r.raw), drivers::modbusWordsText(r.words), booked});
    });
    QObject::connect(&poller, &drivers::ModbusPoller::readError, &loop,
                     [&](const QString &name, const Error &e, const QByteArray &raw) {
                         Q_UNUSED(name); // the message names the register
                         ++errors;
                         failed = true;
                         printError(command, e.toString());
                         logFrame(QStringLiteral("rejected"), raw, e.toString());
                     });
    // A failed attempt to connect counts as a round (a device that is not there ends --count too); a
    // lost connection's round has already ended with an error per register.
    drivers::ModbusPoller::State before = drivers::ModbusPoller::State::Stopped;
    drivers::ModbusPoller::State failedFrom = drivers::ModbusPoller::State::Stopped;
    QObject::connect(&poller, &drivers::ModbusPoller::stateChanged, &loop,
                     [&](drivers::ModbusPoller::State s) {
                         if (s == drivers::ModbusPoller::State::Reconnecting)
                             failedFrom = before;
                         before = s;
                     });
    QObject::connect(&poller, &drivers::ModbusPoller::connectionError, &loop, [&](const Error &e) {
        failed = true;
        printError(command, e.toString());
        if (failedFrom == drivers::ModbusPoller::State::Connected || poller.failedAttempts() == 1)
            logFrame(QStringLiteral("message"), QByteArray(),
                     e.toString()); // not every retry of a long absence
        if (failedFrom == drivers::ModbusPoller::State::Connecting)
            finishOne();
    });
    QObject::connect(&poller, &drivers::ModbusPoller::roundFinished, &loop, [&](qint64, int, int) {
        for (const QStringList &line : std::as_const(lines))
            writeLine(line);
        std::fflush(stdout);
        lines.clear();
        if (eventsThisRound && store) {
            eventsThisRound = false;
            // The units table follows the events at once (as `wh units add` does).
            if (auto caught = db::EventProjector(*store).catchUp(); !caught) {
                failed = true;
                storeFailure(caught.error());
            }
        }
        finishOne();
    });
    QTimer::singleShot(0, &poller, [&] { poller.start(); });
    loop.exec();
    poller.stop();

    QString summary = tr("%1 round(s), %2 reading(s), %3 error(s)").arg(done).arg(readings).arg(errors);
    if (recorder)
        summary += tr("; %1 unit(s) recorded in %2 event(s) at %3")
                       .arg(units)
                       .arg(events)
                       .arg(recorder->recordingDevice().id);
    std::fprintf(stderr, "wh modbus poll: %s\n", qPrintable(summary));
    return failed ? 1 : 0;
}

int cmdSimulate(const QStringList &arguments)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the Modbus TCP simulator on 127.0.0.1: a conveyor's counters (32-bit \"outfeed\", 16-bit "
           "\"infeed\" that wraps) and gauges (\"weight\", \"belt_temp\"). Prints \"listening HOST:PORT\", "
           "then a "
           "register map for it, and serves until stopped."));
    parser.addPositionalArgument(QStringLiteral("simulate"), tr("the subcommand"),
                                 QStringLiteral("simulate"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The TCP port (default: a free one)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption tick(QStringLiteral("tick-ms"), tr("Counters advance every N ms (default 250)."),
                                  QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     tr("Stop after S seconds (default: run until stopped)."),
                                     QStringLiteral("S"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  tr("The site in the printed register map (default S1)."),
                                  QStringLiteral("CODE"), QStringLiteral("S1"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      tr("The activity in the printed register map (default PIC-SGL-PICK)."),
                                      QStringLiteral("CODE"), QStringLiteral("PIC-SGL-PICK"));
    parser.addOptions({port, tick, seconds, site, activity});
    if (auto exit = parseCommon(parser, arguments, kGroup, command, commonOptions()))
        return *exit;
    const auto portNumber = wholeNumber(parser.value(port), 0, 65535);
    if (!portNumber)
        return groupUsageError(
            kGroup, command,
            tr("--port must be a number from 0 to 65535, not \"%1\"").arg(parser.value(port)));
    const auto tickMs = wholeNumber(parser.value(tick), 10, 3600000);
    if (!tickMs)
        return groupUsageError(
            kGroup, command,
            tr("--tick-ms must be a number from 10 to 3600000, not \"%1\"").arg(parser.value(tick)));
    std::optional<qint64> stopAfter;
    if (parser.isSet(seconds)) {
        stopAfter = wholeNumber(parser.value(seconds), 1, 86400 * 365);
        if (!stopAfter)
            return groupUsageError(
                kGroup, command,
                tr("--seconds must be a whole number above zero, not \"%1\"").arg(parser.value(seconds)));
    }
    drivers::ModbusSimulator::Options options;
    options.port = quint16(*portNumber);
    options.tickMs = int(*tickMs);
    drivers::ModbusSimulator simulator(options);
    simulator.addConveyorLayout();
    auto listening = simulator.start();
    if (!listening) {
        printError(command, listening.error().toString());
        return 1;
    }
    std::printf("listening %s:%u\n", qPrintable(options.host), unsigned(*listening));
    const QByteArray registerMap = drivers::ModbusSimulator::conveyorRegisterMap(
        options.host, *listening, parser.value(site), parser.value(activity), 1000);
    std::fwrite(registerMap.constData(), 1, static_cast<std::size_t>(registerMap.size()), stdout);
    std::fflush(stdout);
    QEventLoop loop;
    if (stopAfter)
        QTimer::singleShot(int(*stopAfter * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    return 0;
}

// The subcommands of `wh modbus`, by their word (the second on the command line).
const Subcommand kModbusCommands[] = {
    {"poll", &cmdPoll},
    {"simulate", &cmdSimulate},
};

} // namespace

bool isModbusCommand(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("modbus");
}

int runModbus(const QStringList &arguments)
{
    return runCommandGroup(kGroup, kModbusCommands, arguments);
}

} // namespace wh::cli
