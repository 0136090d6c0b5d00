#include "WhCommands.h"

#include "AccountCommands.h"
#include "AnomalyFlags.h"
#include "AttendanceImport.h"
#include "Corrections.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "DerivedRepositories.h"
#include "DeviceCommands.h"
#include "EventStore.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "ModbusCommands.h"
#include "PrinterCommands.h"
#include "ProgramSetup.h"
#include "PunchService.h"
#include "ReportExport.h"
#include "ReportRender.h"
#include "StoreOverview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace wh::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::cli", text);
}

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

// Every failure names the store file, whatever layer it came from.
int fail(const Error &error, const QString &path)
{
    QString text = error.toString();
    if (!text.contains(path))
        text = tr("%1 (store: %2)").arg(text, path);
    std::fprintf(stderr, "wh: %s\n", qPrintable(tr("error: %1").arg(text)));
    return 1;
}

Result<std::unique_ptr<db::Store>> openStore(const QString &path, bool create, bool readOnly)
{
    db::Store::Options options;
    options.create = create;
    options.readOnly = readOnly;
    return db::Store::open(path, options);
}

// A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise. With
// `quietMs`, nothing shows until the work has taken that long (a quick run prints no bar).
class ProgressBar {
public:
    explicit ProgressBar(QString label, qint64 quietMs = 0)
        : m_label(std::move(label))
        , m_tty(isatty(fileno(stderr)) != 0)
        , m_quietMs(quietMs)
    {
        m_timer.start();
    }
    void update(int done, int total)
    {
        if (!m_shown && m_timer.elapsed() < m_quietMs)
            return;
        m_shown = true;
        const int percent = total > 0 ? done * 100 / total : 100;
        if (m_tty) {
            const int width = 30;
            const int filled = percent * width / 100;
            std::fprintf(stderr, "\r%s [%s%s] %3d%% %d/%d %.1fs", qPrintable(m_label),
                         QByteArray(filled, '#').constData(), QByteArray(width - filled, '.').constData(),
                         percent, done, total, static_cast<double>(m_timer.elapsed()) / 1000.0);
            if (done == total)
                std::fputc('\n', stderr);
        } else if (percent / 10 != m_lastTenth || done == total) {
            m_lastTenth = percent / 10;
            std::fprintf(stderr, "%s %3d%% (%d/%d) %.1fs\n", qPrintable(m_label), percent, done, total,
                         static_cast<double>(m_timer.elapsed()) / 1000.0);
        }
        std::fflush(stderr);
    }

private:
    QString m_label;
    bool m_tty;
    qint64 m_quietMs = 0;
    bool m_shown = false;
    int m_lastTenth = -1;
    QElapsedTimer m_timer;
};

int cmdInit(const QString &path)
{
    auto store = openStore(path, true, false);
    if (!store)
        return fail(store.error(), path);
    const auto &report = (*store)->schemaReport();
    out(QStringLiteral("file: %1").arg((*store)->path()));
    out(QStringLiteral("schema: %1 (%2)")
            .arg(report.resultVersion)
            .arg(db::schemaOutcomeName(report.outcome)));
    if (!report.backupPath.isEmpty())
        out(QStringLiteral("backup: %1").arg(report.backupPath));
    return 0;
}

int cmdDemo(const QString &path, const demo::DemoOptions &options)
{
    auto store = openStore(path, true, false);
    if (!store)
        return fail(store.error(), path);
    demo::DemoOptions opts = options;
    ProgressBar bar(tr("building the demo warehouse"));
    opts.progress = [&bar](int done, int total) { bar.update(done, total); };
    QElapsedTimer timer;
    timer.start();
    auto report = demo::generateDemo(**store, opts, Clock::system());
    if (!report)
        return fail(report.error(), path);
    if (auto accounts = demo::createDemoAccounts(**store); !accounts) // wh-manager's sign-in
        return fail(accounts.error(), path);
    if (auto handhelds = demo::setUpDemoHandhelds(**store, Clock::system().nowMs()); !handhelds)
        return fail(handhelds.error(), path);
    const auto &r = *report;
    out(QStringLiteral("period: %1 .. %2 (%3 business days)")
            .arg(r.firstDay.toString(Qt::ISODate), r.lastDay.toString(Qt::ISODate))
            .arg(options.days));
    out(QStringLiteral("punches: %1 (%2 per business day)")
            .arg(r.punchEvents)
            .arg(r.punchEvents / options.days));
    out(QStringLiteral("units_events: %1").arg(r.unitsEvents));
    out(QStringLiteral("worker_days: %1").arg(r.workerDays));
    out(QStringLiteral("punch_intervals: %1 (%2 forgotten, %3 open)")
            .arg(r.projection.intervals)
            .arg(r.projection.forgottenIntervals)
            .arg(r.projection.openIntervals));
    for (const auto &f : r.faults)
        out(QStringLiteral("injected_fault: %1 site=%2 day=%3%4%5 (%6)")
                .arg(f.kind, f.siteCode, f.businessDay.toString(Qt::ISODate),
                     f.workerCode.isEmpty() ? QString() : QStringLiteral(" worker=") + f.workerCode,
                     f.activityCode.isEmpty() ? QString() : QStringLiteral(" activity=") + f.activityCode,
                     f.detail));
    out(QStringLiteral("demo_accounts: admin, manager (S1, S2), leader (S1); passwords in the README"));
    out(QStringLiteral("demo_handhelds: spec key DEMO, tape sim:leica-disto; labels: wh spec demo"));
    out(QStringLiteral("seconds: %1").arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int cmdInfo(const QString &path)
{
    auto store = openStore(path, false, true);
    if (!store)
        return fail(store.error(), path);
    auto counts = reports::countStore(**store);
    if (!counts)
        return fail(counts.error(), path);
    const auto &c = *counts;
    out(QStringLiteral("file: %1").arg((*store)->path()));
    out(QStringLiteral("schema_version: %1").arg(c.schemaVersion));
    out(QStringLiteral("sites: %1").arg(c.sites));
    out(QStringLiteral("employment_types: %1").arg(c.employmentTypes));
    out(QStringLiteral("workers: %1").arg(c.workers));
    out(QStringLiteral("activities: %1").arg(c.activities));
    out(QStringLiteral("devices: %1").arg(c.devices));
    out(QStringLiteral("events: %1").arg(c.events));
    out(QStringLiteral("punches: %1").arg(c.punches));
    out(QStringLiteral("punch_intervals: %1").arg(c.punchIntervals));
    out(QStringLiteral("forgotten_intervals: %1").arg(c.forgottenIntervals));
    out(QStringLiteral("business_days: %1").arg(c.businessDays));
    out(QStringLiteral("first_business_day: %1").arg(c.firstBusinessDay.toString(Qt::ISODate)));
    out(QStringLiteral("last_business_day: %1").arg(c.lastBusinessDay.toString(Qt::ISODate)));
    out(QStringLiteral("units: %1").arg(c.units));
    out(QStringLiteral("units_events: %1").arg(c.unitsEvents));
    out(QStringLiteral("outbox_pending: %1").arg(c.outboxPending));
    for (const QString &site : c.siteCodes)
        out(QStringLiteral("site: %1").arg(site));
    return 0;
}

struct PunchRequest {
    QString badge;
    QString worker;
    QString device;
    QString activity;
    QString workflow;
    bool takeBreak = false;
    bool clockOut = false;
};

QString localTime(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODateWithMs);
}

void printCard(const db::WorkerCard &card, const db::PunchService &service)
{
    out(QStringLiteral("worker: %1 %2").arg(card.worker.code, card.worker.name));
    out(QStringLiteral("employment_type: %1").arg(card.employmentTypeCode));
    out(QStringLiteral("site: %1").arg(service.site().code));
    out(QStringLiteral("device: %1").arg(service.device().id));
    out(QStringLiteral("state: %1").arg(punchPhaseName(card.state.phase)));
    if (card.state.phase != PunchState::Phase::Off) {
        out(QStringLiteral("activity: %1").arg(card.state.activityCode));
        out(QStringLiteral("since: %1").arg(localTime(card.state.sinceMs, service.site().timeZone())));
        out(QStringLiteral("shift_start: %1")
                .arg(localTime(card.state.shiftStartMs, service.site().timeZone())));
    }
    out(QStringLiteral("business_day: %1").arg(card.businessDay.toString(Qt::ISODate)));
    out(QStringLiteral("worked_seconds_today: %1").arg(card.workedSecondsToday));
}

int cmdPunch(const QString &path, const PunchRequest &request)
{
    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    QString deviceId = request.device;
    if (deviceId.isEmpty()) {
        db::DeviceRepository devices(**store);
        auto all = devices.all();
        if (!all)
            return fail(all.error(), path);
        for (const Device &d : *all)
            if (d.kind == DeviceKind::Kiosk) {
                deviceId = d.id;
                break;
            }
        if (deviceId.isEmpty())
            return fail(
                Error(ErrorCode::NotFound, tr("the store has no kiosk device; name one with --device")),
                path);
    }
    auto service = db::PunchService::open(**store, Clock::system(), deviceId);
    if (!service)
        return fail(service.error(), path);
    auto &punches = **service;
    if (auto closed = punches.expireForgotten(); !closed)
        return fail(closed.error(), path);
    auto card = request.badge.isEmpty() ? punches.card(request.worker) : punches.cardForBadge(request.badge);
    if (!card)
        return fail(card.error(), path);
    const QString worker = card->worker.code;

    if (!request.workflow.isEmpty()) {
        auto answer = punches.workflowStarted(worker, request.workflow);
        if (!answer)
            return fail(answer.error(), path);
        printCard(*card, punches);
        out(QStringLiteral("workflow: %1").arg(request.workflow));
        out(QStringLiteral("verdict: %1").arg(db::workflowVerdictName(answer->verdict)));
        if (!answer->suggestedActivities.isEmpty())
            out(QStringLiteral("suggested: %1").arg(answer->suggestedActivities.join(QLatin1Char(' '))));
        return 0;
    }
    if (request.activity.isEmpty() && !request.takeBreak && !request.clockOut) {
        printCard(*card, punches);
        return 0;
    }
    const PunchAction action = request.clockOut    ? PunchAction::ClockOut
                               : request.takeBreak ? PunchAction::Break
                                                   : PunchAction::StartActivity;
    auto outcome = punches.punch(worker, action, request.activity);
    if (!outcome)
        return fail(outcome.error(), path);
    auto after = punches.card(worker);
    if (!after)
        return fail(after.error(), path);
    if (outcome->event) {
        out(QStringLiteral("result: %1").arg(eventKindName(outcome->event->kind)));
        out(QStringLiteral("event: %1 (sequence %2)")
                .arg(uuidText(outcome->event->id))
                .arg(outcome->event->sequence));
        if (outcome->closedForgotten)
            out(QStringLiteral("note: the previous shift had no clock-out and was closed as forgotten"));
    } else {
        out(QStringLiteral("result: none (%1)").arg(outcome->noOpReason));
    }
    printCard(*after, punches);
    return 0;
}

int cmdRebuild(const QString &path)
{
    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    db::EventProjector projector(**store);
    auto summary = projector.rebuild(Clock::system().nowMs());
    if (!summary)
        return fail(summary.error(), path);
    out(QStringLiteral("punch_events: %1").arg(summary->punchEvents));
    out(QStringLiteral("punch_intervals: %1").arg(summary->intervals));
    out(QStringLiteral("open_intervals: %1").arg(summary->openIntervals));
    out(QStringLiteral("forgotten_intervals: %1").arg(summary->forgottenIntervals));
    out(QStringLiteral("units_rows: %1").arg(summary->unitsEvents));
    out(QStringLiteral("measurement_rows: %1").arg(summary->measurementEvents));
    out(QStringLiteral("events_left_out: %1").arg(summary->rejectedEvents));
    return 0;
}

int cmdAggregate(const QString &path, bool full)
{
    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    // Derive whatever events are not yet in the intervals and units tables first.
    db::EventProjector projector(**store);
    if (auto caught = projector.catchUp(); !caught)
        return fail(caught.error(), path);
    reports::SummaryBuilder builder(**store);
    ProgressBar bar(full ? tr("totalling every day") : tr("totalling the dirty days"));
    QElapsedTimer timer;
    timer.start();
    auto progress = [&bar](qint64 done, qint64 total) {
        bar.update(static_cast<int>(done), static_cast<int>(total));
        return true;
    };
    auto stats = full ? builder.rebuildAll(progress) : builder.rebuildDirty(progress);
    if (!stats)
        return fail(stats.error(), path);
    out(QStringLiteral("mode: %1").arg(full ? QStringLiteral("full") : QStringLiteral("dirty")));
    out(QStringLiteral("days: %1").arg(stats->days));
    out(QStringLiteral("dirty_keys_cleared: %1").arg(stats->dirtyKeys));
    out(QStringLiteral("intervals: %1").arg(stats->intervals));
    out(QStringLiteral("units_rows: %1").arg(stats->unitsRows));
    out(QStringLiteral("summary_rows: %1").arg(stats->summaryRows));
    out(QStringLiteral("worker_rows: %1").arg(stats->workerRows));
    if (stats->uncostedDays > 0)
        out(QStringLiteral("worker_days_costed_plainly: %1 (overlapping intervals; see the log)")
                .arg(stats->uncostedDays));
    if (stats->missingWages > 0)
        out(QStringLiteral("intervals_without_wage: %1").arg(stats->missingWages));
    out(QStringLiteral("elapsed_ms: %1").arg(timer.elapsed()));
    return 0;
}

// The device that records a leader's entry: the one named, else the site's manager station (any
// site's when `site` is empty), else any device of the site.
Result<QString> recordingDevice(db::Store &store, const QString &named, const QString &site)
{
    if (!named.isEmpty())
        return named;
    auto devices = db::DeviceRepository(store).all();
    if (!devices)
        return devices.error();
    QString chosen;
    for (const Device &d : *devices) {
        if (!site.isEmpty() && d.siteCode != site)
            continue;
        if (d.kind == DeviceKind::Manager)
            return d.id;
        if (chosen.isEmpty() && !site.isEmpty())
            chosen = d.id;
    }
    if (chosen.isEmpty())
        return Error(ErrorCode::NotFound, tr("no device to record this at; name one with --device"), site);
    return chosen;
}

struct UnitsRequest {
    QString site;
    QString activity;
    QString worker;
    QString team;
    QString day;
    QString quantity;
    QString by;
    QString reference;
    QString device;
};

// A manual end-of-day entry for work outside the system: one units event, derived at once.
int cmdUnitsAdd(const QString &path, const UnitsRequest &request)
{
    auto usage = [](const QString &message) { return usageError(QStringLiteral("units add"), message); };
    if (request.site.isEmpty() || request.activity.isEmpty() || request.day.isEmpty() ||
        request.quantity.isEmpty() || request.by.isEmpty())
        return usage(tr("--site, --activity, --day, --quantity and --by are needed"));
    if (request.worker.isEmpty() == request.team.isEmpty())
        return usage(tr("give either --worker or --team"));
    bool ok = false;
    const qint64 quantity = request.quantity.toLongLong(&ok);
    if (!ok || quantity <= 0)
        return usage(tr("--quantity must be a whole number above zero, not \"%1\"").arg(request.quantity));
    const QDate day = QDate::fromString(request.day, Qt::ISODate);
    if (!day.isValid())
        return usage(tr("--day must be a date, YYYY-MM-DD, not \"%1\"").arg(request.day));

    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    auto site = db::SiteRepository(**store).find(request.site);
    if (!site)
        return fail(site.error(), path);
    const BusinessDay rule(site->timeZone(), site->businessDayStartMinutes);
    if (day > rule.dayOf(Clock::system().nowMs()))
        return fail(Error(ErrorCode::InvalidArgument, tr("the business day is in the future"), request.day),
                    path);
    db::ActivityRepository activities(**store);
    auto activity = activities.find(request.activity);
    if (!activity)
        return fail(activity.error(), path);
    if (activity->kind == ActivityKind::Break)
        return fail(Error(ErrorCode::InvalidArgument, tr("a break activity has no units"), request.activity),
                    path);
    auto offered = activities.offeredAt(request.site);
    if (!offered)
        return fail(offered.error(), path);
    if (std::none_of(offered->begin(), offered->end(),
                     [&](const Activity &a) { return a.code == request.activity; }))
        return fail(Error(ErrorCode::InvalidArgument, tr("the activity is not offered at this site"),
                          QStringLiteral("%1 at %2").arg(request.activity, request.site)),
                    path);
    if (!request.worker.isEmpty()) {
        auto worker = db::WorkerRepository(**store).find(request.worker);
        if (!worker)
            return fail(worker.error(), path);
    }
    // Recorded at the site's manager station (or the device named).
    auto device = recordingDevice(**store, request.device, request.site);
    if (!device)
        return fail(device.error(), path);
    const QString deviceId = *device;
    UnitsPayload payload;
    payload.siteCode = request.site;
    payload.activityCode = request.activity;
    payload.workerCode = request.worker;
    payload.team = request.team;
    payload.quantity = quantity;
    payload.reference = request.reference;
    payload.source = UnitsPayload::Source::Manual;
    payload.enteredBy = request.by;
    payload.businessDay = day;
    Event e;
    e.deviceId = deviceId;
    e.kind = EventKind::UnitsCounted;
    e.occurredAtMs = Clock::system().nowMs();
    e.payload = payload.toJson();
    db::EventStore events(**store);
    auto stored = events.append(std::move(e));
    if (!stored)
        return fail(stored.error(), path);
    db::EventProjector projector(**store);
    if (auto caught = projector.catchUp(); !caught)
        return fail(caught.error(), path);
    out(QStringLiteral("event: %1 (sequence %2 at %3)")
            .arg(uuidText(stored->id))
            .arg(stored->sequence)
            .arg(deviceId));
    out(QStringLiteral("units: %1 %2 on %3 at %4 for %5")
            .arg(quantity)
            .arg(request.activity, request.day, request.site,
                 request.worker.isEmpty() ? tr("team %1").arg(request.team) : request.worker));
    out(QStringLiteral("note: run wh aggregate --dirty to update the daily totals"));
    return 0;
}

struct CorrectRequest {
    QString interval;
    QString worker;
    QString site;
    QString activity;
    QString start;
    QString end;
    bool remove = false;
    QString reason;
    QString by;
    QString device;
};

// A correction of a punch interval: change (activity and/or times), add a missing one, remove.
int cmdCorrect(const QString &path, const CorrectRequest &request)
{
    auto usage = [](const QString &message) { return usageError(QStringLiteral("correct"), message); };
    if (request.reason.trimmed().isEmpty() || request.by.trimmed().isEmpty())
        return usage(tr("--reason and --by are needed: every correction says why and who"));
    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    CorrectionPayload c;
    c.reason = request.reason;
    c.by = request.by;
    QString siteCode = request.site;
    if (!request.interval.isEmpty()) {
        c.interval = QUuid::fromString(request.interval);
        if (c.interval.isNull())
            return usage(tr("--interval must be an interval id (the id of its start event)"));
        auto found = db::PunchIntervalRepository(**store).find(c.interval);
        if (!found)
            return fail(found.error(), path);
        if (!*found)
            return fail(Error(ErrorCode::NotFound, tr("no such punch interval"), request.interval), path);
        siteCode = (*found)->siteCode;
        c.action = request.remove ? CorrectionPayload::Action::Remove : CorrectionPayload::Action::Change;
        if (!request.remove && request.activity.isEmpty() && request.start.isEmpty() && request.end.isEmpty())
            return usage(tr("give --activity, --start-at or --end-at to change, or --remove"));
    } else {
        if (request.remove || request.worker.isEmpty() || siteCode.isEmpty() || request.activity.isEmpty() ||
            request.start.isEmpty() || request.end.isEmpty())
            return usage(
                tr("to add a missing interval give --worker, --site, --activity, --start-at and --end-at; "
                   "to change or remove one give --interval"));
        c.action = CorrectionPayload::Action::Add;
        c.workerCode = request.worker;
        c.siteCode = siteCode;
    }
    c.activityCode = request.activity;
    auto site = db::SiteRepository(**store).find(siteCode);
    if (!site)
        return fail(site.error(), path);
    // Times are the site's local time, YYYY-MM-DDTHH:MM.
    auto parseTime = [&](const QString &text, std::optional<qint64> &slot) {
        if (text.isEmpty())
            return true;
        QDateTime local = QDateTime::fromString(text, Qt::ISODate);
        if (!local.isValid())
            return false;
        local = QDateTime(local.date(), local.time(), site->timeZone());
        slot = local.toMSecsSinceEpoch();
        return true;
    };
    if (!parseTime(request.start, c.startMs) || !parseTime(request.end, c.endMs))
        return usage(tr("--start-at and --end-at are the site's local time, YYYY-MM-DDTHH:MM"));
    auto device = recordingDevice(**store, request.device, siteCode);
    if (!device)
        return fail(device.error(), path);
    db::CorrectionService corrections(**store, Clock::system(), *device);
    auto stored = corrections.apply(c);
    if (!stored)
        return fail(stored.error(), path);
    out(QStringLiteral("correction: %1 %2")
            .arg(CorrectionPayload::actionName(c.action), uuidText(stored->id)));
    out(QStringLiteral("note: run wh aggregate --dirty to update the daily totals"));
    return 0;
}

// The official attendance times replace each worker-day's first start and last end (corrections
// with source = attendance); then the touched days are totalled again.
int cmdAttendanceImport(const QString &path, const QString &file, QString by, const QString &device,
                        const QString &zoneSite)
{
    if (by.trimmed().isEmpty())
        by = QStringLiteral("attendance import");
    auto store = openStore(path, false, false);
    if (!store)
        return fail(store.error(), path);
    auto recorder = recordingDevice(**store, device, QString());
    if (!recorder)
        return fail(recorder.error(), path);
    db::AttendanceImporter importer(**store, Clock::system(), *recorder, by);
    if (!zoneSite.isEmpty())
        importer.setTimeZoneSite(zoneSite);
    ProgressBar bar(tr("importing attendance"));
    auto report = importer.importFile(file, [&bar](int done, int total) {
        bar.update(done, total);
        return true;
    });
    if (!report)
        return fail(report.error(), path);
    out(QStringLiteral("file: %1 (%2)").arg(report->fileName, report->encoding));
    out(QStringLiteral("rows: %1").arg(report->rowsRead));
    out(QStringLiteral("worker_days_corrected: %1").arg(report->workerDaysApplied));
    out(QStringLiteral("worker_days_unchanged: %1").arg(report->workerDaysUnchanged));
    out(QStringLiteral("corrections: %1").arg(report->correctionsRecorded));
    out(QStringLiteral("intervals_removed: %1").arg(report->intervalsRemoved));
    for (const AttendanceRowError &e : report->errors)
        out(QStringLiteral("error: line %1: %2 | %3").arg(e.line).arg(e.message, e.raw));
    reports::SummaryBuilder builder(**store);
    auto totals = builder.rebuildDirty();
    if (!totals)
        return fail(totals.error(), path);
    out(QStringLiteral("days_totalled_again: %1").arg(totals->days));
    // Rows in error are skipped and reported; the command fails when nothing could be read at all.
    return report->errors.empty() || report->workerDaysApplied + report->workerDaysUnchanged > 0 ? 0 : 1;
}

// Flags on the daily figures of each site and activity, strongest first.
int cmdAnomalies(const QString &path, const QString &site, const QString &from, const QString &to)
{
    reports::AnomalyFlagsOptions options;
    options.siteCode = site;
    options.from = QDate::fromString(from, Qt::ISODate);
    options.to = QDate::fromString(to, Qt::ISODate);
    if ((!from.isEmpty() && !options.from.isValid()) || (!to.isEmpty() && !options.to.isValid())) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("wh anomalies: --from and --to are dates, YYYY-MM-DD")));
        return 2;
    }
    auto store = openStore(path, false, true);
    if (!store)
        return fail(store.error(), path);
    auto flags = reports::AnomalyFlags(**store).find(options);
    if (!flags)
        return fail(flags.error(), path);
    out(QStringLiteral("flags: %1").arg(flags->size()));
    for (const reports::AnomalyFlagEntry &f : *flags)
        out(QStringLiteral("%1 %2 %3 %4: actual %5, expected %6 (%7%, score %8) - %9")
                .arg(f.day.toString(Qt::ISODate), f.siteCode, f.activityCode, f.metricName)
                .arg(f.actual, 0, 'f', 1)
                .arg(f.expected, 0, 'f', 1)
                .arg(f.changePercent, 0, 'f', 0)
                .arg(f.score, 0, 'f', 1)
                .arg(f.likelyCauseText));
    if (flags->empty())
        out(tr("no flags: every figure is within its usual pattern, or there is too little history (two "
               "weeks)"));
    return 0;
}

struct ReportArgs {
    QString site;
    QString from;
    QString to;
    QString level;
    QString format;
    QString out;
    bool excel = false;
    QString language;
};

// A failure of `wh report` that is not the store's: the message on stderr, exit code 1.
int reportFailure(const QString &message)
{
    std::fprintf(stderr, "wh report: %s\n", qPrintable(tr("error: %1").arg(message)));
    return 1;
}

// The figures of a site over a period as CSV, a PDF (table and trend chart) or the trend chart
// as a PNG. The file is written whole or not at all; nothing is written without figures.
int cmdReport(const QString &path, const ReportArgs &args)
{
    auto usage = [](const QString &message) { return usageError(QStringLiteral("report"), message); };
    // The language (checked and installed by runWh): the report follows it.
    const QString language = args.language.isEmpty() ? defaultLanguage() : args.language;

    if (args.site.isEmpty() || args.from.isEmpty() || args.to.isEmpty() || args.out.isEmpty())
        return usage(tr("--site, --from, --to and --out are needed"));
    const QDate from = QDate::fromString(args.from, Qt::ISODate);
    if (!from.isValid())
        return usage(tr("--from must be a date, YYYY-MM-DD, not \"%1\"").arg(args.from));
    const QDate to = QDate::fromString(args.to, Qt::ISODate);
    if (!to.isValid())
        return usage(tr("--to must be a date, YYYY-MM-DD, not \"%1\"").arg(args.to));
    if (from > to)
        return usage(
            tr("the period starts after it ends: --from %1 is after --to %2").arg(args.from, args.to));
    const auto level = reports::levelFromName(args.level.isEmpty() ? QStringLiteral("activity") : args.level);
    if (!level || *level == reports::Level::Site)
        return usage(tr("--level must be block, section or activity, not \"%1\"").arg(args.level));
    const QStringList formats = {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("png")};
    const QString format = (args.format.isEmpty() ? QFileInfo(args.out).suffix() : args.format).toLower();
    if (!formats.contains(format))
        return usage(args.format.isEmpty()
                         ? tr("give --format csv, pdf or png (or an --out name ending in .csv, .pdf or .png)")
                         : tr("--format must be csv, pdf or png, not \"%1\"").arg(args.format));
    if (args.excel && format != QLatin1String("csv"))
        return usage(tr("--excel is for --format csv only"));
    // Where the file goes, checked before any work.
    const QFileInfo outInfo(args.out);
    if (outInfo.isDir())
        return reportFailure(tr("--out %1 is a folder, not a file").arg(args.out));
    if (!outInfo.absoluteDir().exists())
        return reportFailure(
            tr("cannot write %1: the folder %2 does not exist").arg(args.out, outInfo.absolutePath()));
    if (format != QLatin1String("csv") && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return reportFailure(
            tr("PDF and PNG reports need the program's graphics support, which did not start"));

    auto store = openStore(path, false, true);
    if (!store)
        return fail(store.error(), path);
    auto sites = db::SiteRepository(**store).all();
    if (!sites)
        return fail(sites.error(), path);
    QStringList siteCodes;
    for (const Site &s : *sites)
        siteCodes << s.code;
    if (!siteCodes.contains(args.site))
        return reportFailure(
            tr("unknown site \"%1\" (the store's sites: %2)")
                .arg(args.site, siteCodes.isEmpty() ? tr("none") : siteCodes.join(QStringLiteral(", "))));

    reports::ReportRequest request;
    request.site = args.site;
    request.from = from;
    request.to = to;
    request.level = *level;
    request.language = language;
    request.generatedAt = QDateTime::currentDateTime();
    ProgressBar reading(tr("reading the figures"), 500);
    auto data = reports::buildReport(**store, request,
                                     [&reading](int done, int total) { reading.update(done, total); });
    if (!data)
        return fail(data.error(), path);
    if (data->empty())
        return reportFailure(tr("no figures for site %1 from %2 to %3: nothing was written to %4")
                                 .arg(args.site, args.from, args.to, args.out));

    Status written;
    int pages = 0;
    if (format == QLatin1String("csv")) {
        written = reports::writeFileAtomically(args.out, reports::reportCsv(*data, args.excel));
    } else if (format == QLatin1String("pdf")) {
        ProgressBar writing(tr("writing the PDF"), 500);
        written = reports::renderPdf(reports::reportDocument(*data), args.out, [&](int done, int total) {
            pages = total;
            writing.update(done, total);
        });
    } else {
        written = reports::renderChartPng(reports::reportDocument(*data), args.out);
    }
    if (!written)
        return reportFailure(tr("the report was not written: %1").arg(written.error().toString()));
    out(QStringLiteral("file: %1").arg(QFileInfo(args.out).absoluteFilePath()));
    out(QStringLiteral("format: %1%2")
            .arg(format, args.excel ? QStringLiteral(" (excel: UTF-8 with BOM)") : QString()));
    out(QStringLiteral("site: %1").arg(args.site));
    out(QStringLiteral("period: %1 .. %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    out(QStringLiteral("level: %1").arg(reports::levelName(*level)));
    out(QStringLiteral("rows: %1").arg(data->lines.size()));
    out(QStringLiteral("trend_points: %1 (%2)")
            .arg(data->trend.size())
            .arg(data->granularity == reports::Granularity::Month ? QStringLiteral("monthly")
                                                                  : QStringLiteral("daily")));
    if (pages > 0)
        out(QStringLiteral("pages: %1").arg(pages));
    out(QStringLiteral("bytes: %1").arg(QFileInfo(args.out).size()));
    return 0;
}

} // namespace

int usageError(const QString &command, const QString &message, const QCommandLineParser *parser)
{
    std::fprintf(stderr, "wh %s: %s\n", qPrintable(command), qPrintable(message));
    if (parser)
        std::fprintf(stderr, "\n%s", qPrintable(parser->helpText()));
    return 2;
}

bool needsGui(int argc, char *argv[])
{
    // `wh printer preview|sample|simulate --save` draw labels: fonts need Qt Gui.
    if (argc > 1 && qstrcmp(argv[1], "printer") == 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

int runWh(const QStringList &arguments)
{
    if (isDeviceCommand(arguments)) // `wh device ...`: its own parser (app/cli/DeviceCommands.cpp)
        return runDevice(arguments);
    if (isModbusCommand(arguments)) // `wh modbus ...`: its own parser (app/cli/ModbusCommands.cpp)
        return runModbus(arguments);
    if (isPrinterCommand(arguments)) // `wh printer ...`: its own parser (app/cli/PrinterCommands.cpp)
        return runPrinter(arguments);
    if (isAccountCommand(arguments)) // `wh account ...`: its own parser (app/cli/AccountCommands.cpp)
        return runAccount(arguments);
    const QStringList commands = {
        QStringLiteral("init"),      QStringLiteral("demo"),    QStringLiteral("info"),
        QStringLiteral("punch"),     QStringLiteral("rebuild"), QStringLiteral("aggregate"),
        QStringLiteral("units"),     QStringLiteral("correct"), QStringLiteral("attendance"),
        QStringLiteral("anomalies"), QStringLiteral("report")};
    ProgramSetup setup(QStringLiteral("wh"), ProgramSetup::Database, QStringLiteral("warn"));
    QCommandLineParser &parser = setup.parser();
    parser.setApplicationDescription(
        tr("Warehouse operations suite: administration.\n\n"
           "Commands:\n"
           "  init     create or upgrade a store\n"
           "  demo     build the demo warehouse into a new store\n"
           "  info     print what a store holds\n"
           "  rebuild  derive punch intervals and units again from the events\n"
           "  punch    punch a worker (or show their state) as a kiosk would\n"
           "  aggregate  total the daily summaries again (--dirty or --full)\n"
           "  units add  record a manual end-of-day units entry\n"
           "  correct  change, add or remove a punch interval (with a reason)\n"
           "  attendance import FILE  official clock-in/out times (CSV, UTF-8 or Shift_JIS)\n"
           "  anomalies  flag days whose productivity or unit cost left their pattern\n"
           "  report   a site's figures over a period as CSV, PDF or a PNG trend chart\n"
           "  account  manager viewer accounts: add, list, passwd, disable (wh account --help)\n"
           "  scan     decode barcode images, read GS1 element strings (wh scan --help)\n"
           "  spec     encode or decode a care label's measurement spec (wh spec --help)\n"
           "  measure  measure one garment headless with a simulated tape (wh measure --help)\n"
           "  device   decode or simulate tape-measure frames, read the device log (wh device --help)\n"
           "  printer  label printers: status, preview, spool, simulator (wh printer --help)\n"
           "  modbus   poll Modbus counters and gauges (wh modbus --help)"));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("init, demo, info, rebuild, punch, aggregate, units add, correct, "
                                    "attendance import FILE, anomalies, report, account, scan, spec, "
                                    "measure, device, printer or modbus"));
    const QCommandLineOption days(QStringLiteral("days"), tr("demo: number of business days (default 30)."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("demo: random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        tr("demo: first business day, YYYY-MM-DD (default: the period ends yesterday)."),
        QStringLiteral("DATE"));
    parser.addOption(days);
    parser.addOption(seed);
    parser.addOption(start);
    const QCommandLineOption badge(QStringLiteral("badge"), tr("punch: the worker's badge id."),
                                   QStringLiteral("B"));
    const QCommandLineOption workerCode(QStringLiteral("worker"),
                                        tr("punch: the worker's code (instead of a badge)."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption device(
        QStringLiteral("device"),
        tr("punch: the device punched at (default: the first kiosk); it sets the site."),
        QStringLiteral("ID"));
    const QCommandLineOption activity(QStringLiteral("activity"),
                                      tr("punch: clock in on, or switch to, this activity."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption takeBreak(QStringLiteral("break"), tr("punch: start a break."));
    const QCommandLineOption clockOut(QStringLiteral("clock-out"), tr("punch: clock out."));
    const QCommandLineOption workflow(
        QStringLiteral("workflow"),
        tr("punch: ask the forgotten-punch guard whether the worker may start this "
           "workflow (measure, inspect, pack, ...); punches nothing."),
        QStringLiteral("NAME"));
    for (const auto *o : {&badge, &workerCode, &device, &activity, &takeBreak, &clockOut, &workflow})
        parser.addOption(*o);
    const QCommandLineOption dirty(QStringLiteral("dirty"),
                                   tr("aggregate: total only what was marked dirty."));
    const QCommandLineOption full(QStringLiteral("full"), tr("aggregate: total every day again."));
    const QCommandLineOption site(QStringLiteral("site"), tr("units add, report: the site."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption team(QStringLiteral("team"), tr("units add: the team (instead of --worker)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption day(QStringLiteral("day"), tr("units add: the business day, YYYY-MM-DD."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption quantity(QStringLiteral("quantity"), tr("units add: the units processed."),
                                      QStringLiteral("N"));
    const QCommandLineOption by(QStringLiteral("by"), tr("units add: who enters the figure."),
                                QStringLiteral("NAME"));
    const QCommandLineOption reference(QStringLiteral("reference"),
                                       tr("units add: a note or reference (optional)."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("correct: the interval to change or remove."), QStringLiteral("ID"));
    const QCommandLineOption startAt(QStringLiteral("start-at"),
                                     tr("correct: new start, site time YYYY-MM-DDTHH:MM."),
                                     QStringLiteral("TIME"));
    const QCommandLineOption endAt(QStringLiteral("end-at"),
                                   tr("correct: new end, site time YYYY-MM-DDTHH:MM."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("correct: remove the interval."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("correct: why (required)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption fromDay(QStringLiteral("from"),
                                     tr("anomalies, report: first business day, YYYY-MM-DD."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption toDay(QStringLiteral("to"),
                                   tr("anomalies, report: last business day, YYYY-MM-DD."),
                                   QStringLiteral("DATE"));
    for (const auto *o : {&dirty, &full, &site, &team, &day, &quantity, &by, &reference, &interval, &startAt,
                          &endAt, &remove, &reason, &fromDay, &toDay})
        parser.addOption(*o);
    const QCommandLineOption level(QStringLiteral("level"),
                                   tr("report: rows down to block, section or activity (default activity)."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("report: csv, pdf or png (default: from the --out name)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("report: the file to write."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption excel(QStringLiteral("excel"),
                                   tr("report: CSV with a byte order mark, for spreadsheet programs."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("language of the messages and of a report, ja or en "
                                     "(default: the system's, %1).")
                                      .arg(defaultLanguage()),
                                  QStringLiteral("LANG"));
    for (const auto *o : {&level, &format, &outFile, &excel, &lang})
        parser.addOption(*o);

    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (auto exit = setup.parse(*app))
        return *exit;
    Q_UNUSED(arguments);
    // Every command's messages (and a report) in the language asked for, else the system's.
    const QString language = parser.isSet(lang) ? parser.value(lang) : defaultLanguage();
    if (language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n\n%s",
                     qPrintable(tr("wh: --lang must be ja or en, not \"%1\"").arg(parser.value(lang))),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (auto installed = installTranslation(*app, language); !installed)
        logging::get("wh")->warn("{}", installed.error().toString().toStdString());

    const QStringList positional = parser.positionalArguments();
    const bool unitsAdd = positional.size() == 2 && positional.front() == QLatin1String("units") &&
                          positional.back() == QLatin1String("add");
    const bool attendanceImport = positional.size() == 3 &&
                                  positional.front() == QLatin1String("attendance") &&
                                  positional.at(1) == QLatin1String("import");
    if ((positional.size() != 1 && !unitsAdd && !attendanceImport) ||
        !commands.contains(positional.front()) ||
        (positional.front() == QLatin1String("units") && !unitsAdd) ||
        (positional.front() == QLatin1String("attendance") && !attendanceImport)) {
        std::fprintf(stderr, "%s\n\n%s",
                     qPrintable(positional.isEmpty()
                                    ? tr("wh: a command is needed")
                                    : tr("wh: unknown command \"%1\"").arg(positional.join(' '))),
                     qPrintable(parser.helpText()));
        return 2;
    }
    const QString command = positional.front();
    const QString path = setup.databasePath();
    if (path.isEmpty()) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(tr("wh %1: --db FILE is needed").arg(command)),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (command == QLatin1String("init"))
        return cmdInit(path);
    if (command == QLatin1String("info"))
        return cmdInfo(path);
    if (command == QLatin1String("rebuild"))
        return cmdRebuild(path);
    if (command == QLatin1String("aggregate")) {
        if (parser.isSet(dirty) == parser.isSet(full)) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("wh aggregate: give --dirty or --full")));
            return 2;
        }
        return cmdAggregate(path, parser.isSet(full));
    }
    if (command == QLatin1String("report"))
        return cmdReport(path, {parser.value(site), parser.value(fromDay), parser.value(toDay),
                                parser.value(level), parser.value(format), parser.value(outFile),
                                parser.isSet(excel), parser.value(lang)});
    if (command == QLatin1String("anomalies"))
        return cmdAnomalies(path, parser.value(site), parser.value(fromDay), parser.value(toDay));
    if (command == QLatin1String("attendance"))
        return cmdAttendanceImport(path, positional.at(2), parser.value(by), parser.value(device),
                                   parser.value(site));
    if (command == QLatin1String("correct"))
        return cmdCorrect(path, {parser.value(interval), parser.value(workerCode), parser.value(site),
                                 parser.value(activity), parser.value(startAt), parser.value(endAt),
                                 parser.isSet(remove), parser.value(reason), parser.value(by),
                                 parser.value(device)});
    if (command == QLatin1String("units"))
        return cmdUnitsAdd(path, {parser.value(site), parser.value(activity), parser.value(workerCode),
                                  parser.value(team), parser.value(day), parser.value(quantity),
                                  parser.value(by), parser.value(reference), parser.value(device)});
    if (command == QLatin1String("punch")) {
        PunchRequest request{parser.value(badge),    parser.value(workerCode), parser.value(device),
                             parser.value(activity), parser.value(workflow),   parser.isSet(takeBreak),
                             parser.isSet(clockOut)};
        const int actions = (request.activity.isEmpty() ? 0 : 1) + (request.takeBreak ? 1 : 0) +
                            (request.clockOut ? 1 : 0) + (request.workflow.isEmpty() ? 0 : 1);
        if (request.badge.isEmpty() == request.worker.isEmpty() || actions > 1) {
            std::fprintf(
                stderr, "%s\n\n%s",
                qPrintable(tr("wh punch: give --badge or --worker, and at most one of --activity, --break, "
                              "--clock-out, --workflow")),
                qPrintable(parser.helpText()));
            return 2;
        }
        return cmdPunch(path, request);
    }

    demo::DemoOptions options;
    bool ok = false;
    options.days = parser.value(days).toInt(&ok);
    if (!ok || options.days < 1) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("wh demo: --days must be a positive number")));
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("wh demo: --seed must be a non-negative number")));
        return 2;
    }
    if (parser.isSet(start)) {
        const QDate first = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!first.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("wh demo: --start must be a date, YYYY-MM-DD")));
            return 2;
        }
        options.start = first;
    }
    return cmdDemo(path, options);
}

} // namespace wh::cli
