#include "AttendanceImport.h"

#include "BusinessDay.h"
#include "Corrections.h"
#include "Csv.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"
#include "UuidV7.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <optional>

namespace wh::db {

// The row reasons and errors reach the user (the import dialog, `wh attendance import`): translated
// under the context "wh::db::AttendanceImport".

namespace {

// A batch of worker-days is committed once it has held the write lock this long.
constexpr qint64 kBatchMs = 100;

// One accepted row with what applying it needs.
struct WorkerDay {
    const AttendanceRow *row = nullptr;
    QString raw;
};

struct DayInterval {
    QUuid id;
    QString site;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 shiftStartMs = 0;
    IntervalStatus status = IntervalStatus::Closed;
};

// What one worker-day needs: corrections (without reason and author), or why it cannot be applied.
struct DayPlan {
    QString error;
    std::vector<CorrectionPayload> corrections;
    int removals = 0;
};

// "HH:mm" on the row's date, else with the date: night shifts and neighbouring days stay readable.
QString localText(qint64 ms, const QTimeZone &zone, const QDate &day)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return t.date() == day ? t.toString(QStringLiteral("HH:mm"))
                           : t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

DayPlan planDay(const AttendanceRow &row, const std::vector<DayInterval> &intervals)
{
    DayPlan plan;
    const QTimeZone zone = row.in.timeZone();
    const QDate day = row.businessDay;
    const QString who = QCoreApplication::translate("wh::db::AttendanceImport", "%1 on %2")
                            .arg(row.workerCode, day.toString(Qt::ISODate));
    const auto span = [&](qint64 from, qint64 to) {
        return QStringLiteral("%1-%2").arg(localText(from, zone, day), localText(to, zone, day));
    };
    const QString official = span(row.inMs, row.outMs);

    if (intervals.empty()) {
        plan.error = QCoreApplication::translate("wh::db::AttendanceImport",
                                                 "%1 has no punches that day; add the interval by hand")
                         .arg(who);
        return plan;
    }
    for (const auto &i : intervals) {
        if (i.status == IntervalStatus::Open) {
            plan.error = QCoreApplication::translate(
                             "wh::db::AttendanceImport",
                             "%1 is still on shift (on since %2); import the row once the shift is over")
                             .arg(who, localText(i.startMs, zone, day));
            return plan;
        }
    }

    std::vector<const DayInterval *> inside;
    std::vector<const DayInterval *> outside;
    for (const auto &i : intervals)
        (i.startMs < row.outMs && i.endMs > row.inMs ? inside : outside).push_back(&i);
    if (inside.empty()) {
        plan.error = QCoreApplication::translate(
                         "wh::db::AttendanceImport",
                         "the official times %1 do not overlap any punch of %2 (punched %3); fix by hand")
                         .arg(official, who, span(intervals.front().startMs, intervals.back().endMs));
        return plan;
    }
    QSet<qint64> shifts;
    for (const auto *i : inside)
        shifts.insert(i->shiftStartMs);
    for (const auto *o : outside) {
        if (!shifts.contains(o->shiftStartMs)) {
            plan.error = QCoreApplication::translate(
                             "wh::db::AttendanceImport",
                             "%1: the punches %2 are a separate shift outside the official times %3; "
                             "nothing changed, fix by hand")
                             .arg(who, span(o->startMs, o->endMs), official);
            return plan;
        }
    }

    const auto first = *std::min_element(
        inside.begin(), inside.end(), [](const auto *a, const auto *b) { return a->startMs < b->startMs; });
    const auto last = *std::max_element(inside.begin(), inside.end(), [](const auto *a, const auto *b) {
        return a->endMs != b->endMs ? a->endMs < b->endMs : a->startMs < b->startMs;
    });

    for (const auto *o : outside) {
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Remove;
        c.interval = o->id;
        plan.corrections.push_back(c);
        ++plan.removals;
    }
    const auto change = [&](const DayInterval *i, std::optional<qint64> start, std::optional<qint64> end) {
        if (start && *start == i->startMs)
            start.reset();
        if (end && *end == i->endMs)
            end.reset();
        if (!start && !end)
            return;
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Change;
        c.interval = i->id;
        c.startMs = start;
        c.endMs = end;
        plan.corrections.push_back(c);
    };
    if (first == last) {
        change(first, row.inMs, row.outMs);
    } else {
        change(first, row.inMs, std::nullopt);
        change(last, std::nullopt, row.outMs);
    }
    return plan;
}

// Errors of CorrectionService's checks: the correction does not fit, the store is fine.
bool refusal(ErrorCode code)
{
    return code == ErrorCode::InvalidArgument || code == ErrorCode::Conflict || code == ErrorCode::NotFound;
}

struct DayOutcome {
    enum class Kind { Applied, Unchanged, Refused } kind = Kind::Unchanged;
    int corrections = 0;
    int removals = 0;
    QString message;
};

} // namespace

AttendanceImporter::AttendanceImporter(Store &store, const Clock &clock, QString deviceId, QString by)
    : m_store(store)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_by(std::move(by))
{
}

Result<AttendanceImportReport> AttendanceImporter::importFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("wh::db::AttendanceImport", "attendance file not found"),
                     path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("wh::db::AttendanceImport", "cannot read the attendance file: %1")
                .arg(file.errorString()),
            path);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("wh::db::AttendanceImport", "cannot read the attendance file: %1")
                .arg(file.errorString()),
            path);
    auto report = importBytes(bytes, QFileInfo(path).fileName(), progress);
    if (!report)
        return report.error().wrap(path);
    return report;
}

Result<AttendanceImportReport>
AttendanceImporter::importBytes(const QByteArray &bytes, const QString &fileName, const Progress &progress)
{
    auto log = logging::get("db");
    if (m_by.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("wh::db::AttendanceImport",
                                                 "the attendance import needs the name of who imports it"));
    if (auto device = DeviceRepository(m_store).find(m_deviceId); !device)
        return device.error().wrap(
            QCoreApplication::translate("wh::db::AttendanceImport", "attendance import device"));
    auto sites = SiteRepository(m_store).all();
    if (!sites)
        return sites.error();
    auto workers = WorkerRepository(m_store).all();
    if (!workers)
        return workers.error();
    QHash<QString, const Site *> siteByCode;
    for (const Site &s : *sites)
        siteByCode.insert(s.code, &s);
    QHash<QString, QString> homeSite;
    for (const Worker &w : *workers)
        homeSite.insert(w.code, w.homeSiteCode);
    if (!m_zoneSite.isEmpty() && !siteByCode.contains(m_zoneSite))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("wh::db::AttendanceImport",
                                                 "no such site for the attendance file's time zone"),
                     m_zoneSite);

    // One parse per (zone, today) among the sites whose zone a row may be read in: the parser's
    // night-shift, 16-hour, future-date and overlap rules all depend on the zone.
    struct ParseKey {
        QByteArray zone;
        QDate today;
        std::optional<AttendanceFile> file;
        QHash<int, const AttendanceRow *> rows;
        QHash<int, const AttendanceRowError *> errors;
    };
    std::vector<ParseKey> keys;
    QHash<QString, int> keyOfSite;
    const auto addSite = [&](const Site &site) -> Status {
        if (keyOfSite.contains(site.code))
            return {};
        const QTimeZone zone = site.timeZone();
        if (!zone.isValid())
            return Error(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("wh::db::AttendanceImport", "the site's time zone is not valid"),
                QStringLiteral("%1: %2").arg(site.code, QString::fromUtf8(site.timeZoneId)));
        const QDate today = BusinessDay(zone, site.businessDayStartMinutes).dayOf(m_clock.nowMs());
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (keys[k].zone == site.timeZoneId && keys[k].today == today) {
                keyOfSite.insert(site.code, static_cast<int>(k));
                return {};
            }
        }
        keyOfSite.insert(site.code, static_cast<int>(keys.size()));
        keys.push_back({site.timeZoneId, today, std::nullopt, {}, {}});
        return {};
    };
    if (!m_zoneSite.isEmpty()) {
        WH_TRY(addSite(*siteByCode.value(m_zoneSite)));
    } else {
        for (const Worker &w : *workers)
            if (const Site *s = siteByCode.value(w.homeSiteCode))
                WH_TRY(addSite(*s));
    }
    if (keys.empty()) // no workers (every row will be an unknown worker): the file is still read
        keys.push_back({"UTC",
                        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc()).date(),
                        std::nullopt,
                        {},
                        {}});
    for (auto &key : keys) {
        auto parsed = parseAttendanceCsv(bytes, QTimeZone(key.zone), key.today);
        if (!parsed)
            return parsed.error();
        key.file = std::move(parsed).value();
        for (const auto &r : key.file->rows)
            key.rows.insert(r.line, &r);
        for (const auto &e : key.file->errors)
            key.errors.insert(e.line, &e);
    }

    AttendanceImportReport report;
    report.fileName = fileName;
    report.encoding = keys.front().file->encoding;
    report.rowsRead = static_cast<int>(keys.front().file->rows.size() + keys.front().file->errors.size());

    // The raw text of accepted rows (the parser keeps it only for its errors).
    QHash<int, QString> rawByLine;
    if (auto table = readCsv(bytes))
        for (const auto &record : table->records)
            rawByLine.insert(record.line, record.raw);

    // Each line as read in its worker's zone: an accepted row in any parse names the worker.
    std::map<int, bool> lines;
    for (const auto &key : keys) {
        for (auto it = key.rows.cbegin(); it != key.rows.cend(); ++it)
            lines[it.key()] = true;
        for (auto it = key.errors.cbegin(); it != key.errors.cend(); ++it)
            lines[it.key()] = true;
    }
    std::vector<WorkerDay> days;
    for (const auto &[line, unused] : lines) {
        (void)unused;
        const AttendanceRow *any = nullptr;
        for (const auto &key : keys)
            if ((any = key.rows.value(line)))
                break;
        if (!any) {
            for (const auto &key : keys) {
                if (const auto *e = key.errors.value(line)) {
                    report.errors.push_back(*e);
                    break;
                }
            }
            continue;
        }
        if (!homeSite.contains(any->workerCode)) {
            report.errors.push_back(
                {line,
                 QCoreApplication::translate("wh::db::AttendanceImport", "unknown worker %1")
                     .arg(any->workerCode),
                 rawByLine.value(line)});
            continue;
        }
        const int k = m_zoneSite.isEmpty() ? keyOfSite.value(homeSite.value(any->workerCode), -1) : 0;
        if (k < 0) {
            report.errors.push_back({line,
                                     QCoreApplication::translate("wh::db::AttendanceImport",
                                                                 "worker %1's home site %2 does not exist")
                                         .arg(any->workerCode, homeSite.value(any->workerCode)),
                                     rawByLine.value(line)});
            continue;
        }
        if (const auto *row = keys[k].rows.value(line))
            days.push_back({row, rawByLine.value(line)});
        else if (const auto *e = keys[k].errors.value(line))
            report.errors.push_back(*e);
    }

    auto read =
        prepare(m_store.connection(),
                QStringLiteral("SELECT start_event_id, start_ms, end_ms, COALESCE(shift_start_ms, start_ms), "
                               "status, site FROM punch_intervals WHERE worker = ? AND business_day = ? "
                               "ORDER BY start_ms, start_event_id"));
    if (!read)
        return read.error();
    CorrectionService corrections(m_store, m_clock, m_deviceId);
    const QString source = fileName.isEmpty() ? QString() : QStringLiteral("file %1, ").arg(fileName);

    const auto applyDay = [&](const WorkerDay &wd) -> Result<DayOutcome> {
        const AttendanceRow &row = *wd.row;
        Transaction tx(m_store.connection());
        WH_TRY(tx.begun());
        std::vector<DayInterval> intervals;
        read->addBindValue(row.workerCode);
        read->addBindValue(row.businessDay.toString(Qt::ISODate));
        WH_TRY(exec(*read, QStringLiteral("punch intervals of ") + row.workerCode));
        while (read->next()) {
            DayInterval i;
            i.id = QUuid::fromString(read->value(0).toString());
            i.startMs = read->value(1).toLongLong();
            i.endMs = read->value(2).isNull() ? i.startMs : read->value(2).toLongLong();
            i.shiftStartMs = read->value(3).toLongLong();
            i.status = intervalStatusFromName(read->value(4).toString()).value_or(IntervalStatus::Closed);
            i.site = read->value(5).toString();
            intervals.push_back(i);
        }
        read->finish();
        if (!m_allowedSites.isEmpty()) {
            for (const DayInterval &i : intervals) {
                if (!m_allowedSites.contains(i.site)) {
                    DayOutcome refused;
                    refused.kind = DayOutcome::Kind::Refused;
                    refused.message =
                        QCoreApplication::translate(
                            "wh::db::AttendanceImport",
                            "%1 on %2 has punches at site %3, which this account may not correct; "
                            "nothing changed that day")
                            .arg(row.workerCode, row.businessDay.toString(Qt::ISODate), i.site);
                    return refused;
                }
            }
        }
        DayPlan plan = planDay(row, intervals);
        DayOutcome outcome;
        if (!plan.error.isEmpty()) {
            outcome.kind = DayOutcome::Kind::Refused;
            outcome.message = plan.error;
            return outcome;
        }
        if (plan.corrections.empty())
            return outcome; // unchanged; the transaction wrote nothing
        for (CorrectionPayload &c : plan.corrections) {
            c.reason = QStringLiteral("official attendance (%1line %2)").arg(source).arg(row.line);
            c.by = m_by;
            c.source = CorrectionPayload::Source::Attendance;
            auto stored = corrections.apply(c);
            if (!stored) {
                if (!refusal(stored.error().code()))
                    return stored.error().wrap(
                        QCoreApplication::translate("wh::db::AttendanceImport", "attendance line %1")
                            .arg(row.line));
                outcome.kind = DayOutcome::Kind::Refused;
                outcome.message =
                    QCoreApplication::translate("wh::db::AttendanceImport",
                                                "%1 on %2: correction refused, nothing changed that day: %3")
                        .arg(row.workerCode, row.businessDay.toString(Qt::ISODate),
                             stored.error().toString());
                return outcome; // `tx` rolls back the corrections of this worker-day recorded so far
            }
        }
        WH_TRY(tx.commit());
        outcome.kind = DayOutcome::Kind::Applied;
        outcome.corrections = static_cast<int>(plan.corrections.size());
        outcome.removals = plan.removals;
        return outcome;
    };

    const int total = static_cast<int>(days.size());
    std::optional<Transaction> batch;
    QElapsedTimer batchTimer;
    if (progress && !progress(0, total))
        report.cancelled = total > 0;
    for (int i = 0; i < total && !report.cancelled; ++i) {
        if (!batch) {
            batch.emplace(m_store.connection());
            WH_TRY(batch->begun());
            batchTimer.start();
        }
        auto outcome = applyDay(days[i]);
        if (!outcome)
            return outcome.error(); // `batch` rolls back its worker-days; earlier batches stay
        switch (outcome->kind) {
        case DayOutcome::Kind::Applied:
            ++report.workerDaysApplied;
            report.correctionsRecorded += outcome->corrections;
            report.intervalsRemoved += outcome->removals;
            break;
        case DayOutcome::Kind::Unchanged: ++report.workerDaysUnchanged; break;
        case DayOutcome::Kind::Refused:
            report.errors.push_back({days[i].row->line, outcome->message, days[i].raw});
            break;
        }
        if (batchTimer.elapsed() >= kBatchMs) {
            WH_TRY(batch->commit());
            batch.reset();
        }
        if (progress && !progress(i + 1, total) && i + 1 < total)
            report.cancelled = true;
    }
    if (batch)
        WH_TRY(batch->commit());

    std::stable_sort(
        report.errors.begin(), report.errors.end(),
        [](const AttendanceRowError &a, const AttendanceRowError &b) { return a.line < b.line; });
    log->info(
        "attendance import {}: {} rows, {} worker-days corrected ({} corrections), {} unchanged, {} errors{}",
        fileName.toStdString(), report.rowsRead, report.workerDaysApplied, report.correctionsRecorded,
        report.workerDaysUnchanged, report.errors.size(), report.cancelled ? ", cancelled" : "");
    return report;
}

} // namespace wh::db
