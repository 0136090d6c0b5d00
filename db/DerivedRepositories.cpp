#include "DerivedRepositories.h"

#include "EventStore.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "MeasurementRepository.h"
#include "PunchIntervalBuilder.h"
#include "SqlSupport.h"

#include <QSet>
#include <QVariant>

#include <map>

namespace wh::db {

namespace {
const QString kIntervalColumns = QStringLiteral("start_event_id, end_event_id, worker, activity, site, "
                                                "employment_type, business_day, start_ms, end_ms, status, "
                                                "device_id, shift_start_ms, source");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

PunchInterval intervalFromRow(const QSqlQuery &q)
{
    PunchInterval p;
    p.startEventId = QUuid::fromString(q.value(0).toString());
    p.endEventId = QUuid::fromString(q.value(1).toString());
    p.workerCode = q.value(2).toString();
    p.activityCode = q.value(3).toString();
    p.siteCode = q.value(4).toString();
    p.employmentTypeCode = q.value(5).toString();
    p.businessDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.startMs = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        p.endMs = q.value(8).toLongLong();
    p.status = intervalStatusFromName(q.value(9).toString()).value_or(IntervalStatus::Open);
    p.deviceId = q.value(10).toString();
    p.shiftStartMs = q.value(11).isNull() ? p.startMs : q.value(11).toLongLong();
    p.source = q.value(12).toString();
    return p;
}

Result<std::vector<PunchInterval>> readIntervals(Store &store, const QString &where,
                                                 const QVariantList &values)
{
    auto q = prepare(store.connection(), QStringLiteral("SELECT ") + kIntervalColumns +
                                             QStringLiteral(" FROM punch_intervals ") + where +
                                             QStringLiteral(" ORDER BY start_ms, worker"));
    if (!q)
        return q.error();
    for (const auto &v : values)
        q->addBindValue(v);
    WH_TRY(exec(*q, QStringLiteral("punch intervals")));
    std::vector<PunchInterval> out;
    while (q->next())
        out.push_back(intervalFromRow(*q));
    return out;
}
} // namespace

// ---- punch intervals

Status PunchIntervalRepository::insert(const PunchInterval &p)
{
    return write(p, false);
}

Status PunchIntervalRepository::upsert(const PunchInterval &p)
{
    return write(p, true);
}

Status PunchIntervalRepository::write(const PunchInterval &p, bool replace)
{
    std::optional<QSqlQuery> &query = replace ? m_upsert : m_insert;
    if (!query) {
        QString sql = QStringLiteral("INSERT INTO punch_intervals (") + kIntervalColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (replace)
            sql += QStringLiteral(
                " ON CONFLICT (start_event_id) DO UPDATE SET end_event_id = excluded.end_event_id, "
                "worker = excluded.worker, activity = excluded.activity, site = excluded.site, "
                "employment_type = excluded.employment_type, business_day = excluded.business_day, "
                "start_ms = excluded.start_ms, end_ms = excluded.end_ms, status = excluded.status, "
                "device_id = excluded.device_id, shift_start_ms = excluded.shift_start_ms, source = "
                "excluded.source");
        auto q = prepare(m_store.connection(), sql);
        if (!q)
            return q.error();
        query = std::move(q).value();
    }
    query->bindValue(0, uuidText(p.startEventId));
    query->bindValue(1, p.endEventId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(uuidText(p.endEventId)));
    query->bindValue(2, p.workerCode);
    query->bindValue(3, p.activityCode);
    query->bindValue(4, p.siteCode);
    query->bindValue(5, nullable(p.employmentTypeCode));
    query->bindValue(6, p.businessDay.toString(Qt::ISODate));
    query->bindValue(7, p.startMs);
    query->bindValue(8, p.endMs ? QVariant(*p.endMs) : QVariant(QMetaType(QMetaType::LongLong)));
    query->bindValue(9, intervalStatusName(p.status));
    query->bindValue(10, p.deviceId);
    query->bindValue(11, p.shiftStartMs);
    query->bindValue(12, nullable(p.source));
    return exec(*query, QStringLiteral("punch interval ") + uuidText(p.startEventId));
}

Result<std::optional<PunchInterval>> PunchIntervalRepository::find(const QUuid &startEventId)
{
    auto q = prepare(m_store.connection(), QStringLiteral("SELECT ") + kIntervalColumns +
                                               QStringLiteral(" FROM punch_intervals WHERE start_event_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(uuidText(startEventId));
    WH_TRY(exec(*q, QStringLiteral("interval ") + uuidText(startEventId)));
    std::optional<PunchInterval> found;
    if (q->next())
        found = intervalFromRow(*q);
    return found;
}

Status PunchIntervalRepository::remove(const QUuid &startEventId)
{
    auto q = prepare(m_store.connection(), QStringLiteral("DELETE FROM punch_intervals WHERE start_event_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(uuidText(startEventId));
    return exec(*q, QStringLiteral("remove interval ") + uuidText(startEventId));
}

Status PunchIntervalRepository::setCorrectedBy(const QUuid &startEventId, const QUuid &correctionEventId)
{
    auto q = prepare(m_store.connection(),
                     QStringLiteral("UPDATE punch_intervals SET corrected_by = ? WHERE start_event_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(uuidText(correctionEventId));
    q->addBindValue(uuidText(startEventId));
    return exec(*q, QStringLiteral("correction flag of ") + uuidText(startEventId));
}

Result<std::optional<QDate>> PunchIntervalRepository::closedShiftDayAt(const QString &workerCode, qint64 atMs)
{
    if (!m_shiftDayAt) {
        auto q = prepare(m_store.connection(),
                         QStringLiteral("SELECT business_day, end_ms FROM punch_intervals WHERE worker = ? AND "
                                        "start_ms <= ? AND status <> 'open' ORDER BY start_ms DESC LIMIT 1"));
        if (!q)
            return q.error();
        m_shiftDayAt = std::move(q).value();
    }
    m_shiftDayAt->bindValue(0, workerCode);
    m_shiftDayAt->bindValue(1, atMs);
    WH_TRY(exec(*m_shiftDayAt, QStringLiteral("shift of ") + workerCode));
    std::optional<QDate> day;
    if (m_shiftDayAt->next() && m_shiftDayAt->value(1).toLongLong() > atMs)
        day = QDate::fromString(m_shiftDayAt->value(0).toString(), Qt::ISODate);
    m_shiftDayAt->finish();
    return day;
}

Result<std::vector<PunchInterval>> PunchIntervalRepository::recentFor(const QString &workerCode, qint64 sinceMs)
{
    if (!m_recentFor) {
        const QString select = QStringLiteral("SELECT ") + kIntervalColumns + QStringLiteral(" FROM punch_intervals ");
        auto q = prepare(m_store.connection(),
                         select + QStringLiteral("WHERE worker = ? AND status = 'open' UNION ALL ") + select +
                             QStringLiteral("WHERE worker = ? AND start_ms >= ? AND status <> 'open'"));
        if (!q)
            return q.error();
        m_recentFor = std::move(q).value();
    }
    m_recentFor->bindValue(0, workerCode);
    m_recentFor->bindValue(1, workerCode);
    m_recentFor->bindValue(2, sinceMs);
    WH_TRY(exec(*m_recentFor, QStringLiteral("recent intervals of ") + workerCode));
    std::vector<PunchInterval> out;
    while (m_recentFor->next())
        out.push_back(intervalFromRow(*m_recentFor));
    m_recentFor->finish();
    return out;
}

Result<std::optional<PunchInterval>> PunchIntervalRepository::openFor(const QString &workerCode)
{
    // On every punch: the statement is kept prepared (the partial unique index finds the row).
    if (!m_openFor) {
        auto q =
            prepare(m_store.connection(), QStringLiteral("SELECT ") + kIntervalColumns +
                                              QStringLiteral(" FROM punch_intervals WHERE worker = ? AND "
                                                             "status = 'open'"));
        if (!q)
            return q.error();
        m_openFor = std::move(q).value();
    }
    m_openFor->bindValue(0, workerCode);
    WH_TRY(exec(*m_openFor, QStringLiteral("open interval of ") + workerCode));
    std::optional<PunchInterval> open;
    if (m_openFor->next())
        open = intervalFromRow(*m_openFor);
    m_openFor->finish();
    return open;
}

Result<std::vector<PunchInterval>> PunchIntervalRepository::openAtSite(const QString &siteCode)
{
    return readIntervals(m_store, QStringLiteral("WHERE site = ? AND status = 'open'"), {siteCode});
}

Status PunchIntervalRepository::clear()
{
    return execDirect(m_store.connection(), QStringLiteral("DELETE FROM punch_intervals"));
}

Result<std::vector<PunchInterval>> PunchIntervalRepository::forWorker(const QString &workerCode,
                                                                      qint64 fromMs, qint64 toMs)
{
    return readIntervals(
        m_store, QStringLiteral("WHERE worker = ? AND start_ms < ? AND COALESCE(end_ms, start_ms) >= ?"),
        {workerCode, toMs, fromMs});
}

Result<std::vector<PunchInterval>> PunchIntervalRepository::forBusinessDay(const QString &siteCode,
                                                                           const QDate &day)
{
    return readIntervals(m_store, QStringLiteral("WHERE site = ? AND business_day = ?"),
                         {siteCode, day.toString(Qt::ISODate)});
}

Result<qint64> PunchIntervalRepository::count(std::optional<IntervalStatus> status)
{
    auto q = prepare(m_store.connection(),
                     status ? QStringLiteral("SELECT count(*) FROM punch_intervals WHERE status = ?")
                            : QStringLiteral("SELECT count(*) FROM punch_intervals"));
    if (!q)
        return q.error();
    if (status)
        q->addBindValue(intervalStatusName(*status));
    WH_TRY(exec(*q, QStringLiteral("count punch intervals")));
    return q->next() ? q->value(0).toLongLong() : 0;
}

// ---- units

Status UnitsRepository::insert(const UnitsRecord &r)
{
    if (!m_insert) {
        auto q =
            prepare(m_store.connection(),
                    QStringLiteral("INSERT INTO units (event_id, site, activity, worker, business_day, "
                                   "occurred_at_ms, quantity, reference, source, team, entered_by) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q)
            return q.error();
        m_insert = std::move(q).value();
    }
    m_insert->bindValue(0, uuidText(r.eventId));
    m_insert->bindValue(1, r.units.siteCode);
    m_insert->bindValue(2, r.units.activityCode);
    m_insert->bindValue(3, nullable(r.units.workerCode));
    m_insert->bindValue(4, r.businessDay.toString(Qt::ISODate));
    m_insert->bindValue(5, r.occurredAtMs);
    m_insert->bindValue(6, r.units.quantity);
    m_insert->bindValue(7, nullable(r.units.reference));
    m_insert->bindValue(8, UnitsPayload::sourceName(r.units.source));
    m_insert->bindValue(9, nullable(r.units.team));
    m_insert->bindValue(10, nullable(r.units.enteredBy));
    return exec(*m_insert, QStringLiteral("units ") + uuidText(r.eventId));
}

Status UnitsRepository::clear()
{
    return execDirect(m_store.connection(), QStringLiteral("DELETE FROM units"));
}

Result<qint64> UnitsRepository::totalQuantity()
{
    auto v = scalar(m_store.connection(), QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM units"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> UnitsRepository::count()
{
    auto v = scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM units"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

// ---- projector

Status SummaryDirtyRepository::mark(const QString &site, const QDate &day, const QString &activity,
                                    const QString &employmentType)
{
    if (!m_mark) {
        auto q = prepare(m_store.connection(),
                         QStringLiteral("INSERT OR IGNORE INTO summary_dirty (site, business_day, activity, "
                                        "employment_type) VALUES (?, ?, ?, ?)"));
        if (!q)
            return q.error();
        m_mark = std::move(q).value();
    }
    m_mark->bindValue(0, site);
    m_mark->bindValue(1, day.toString(Qt::ISODate));
    m_mark->bindValue(2, activity);
    m_mark->bindValue(3, employmentType.isNull() ? QStringLiteral("") : employmentType);
    return exec(*m_mark, QStringLiteral("dirty summary key"));
}

Status SummaryDirtyRepository::mark(const PunchInterval &p)
{
    return mark(p.siteCode, p.businessDay, p.activityCode, p.employmentTypeCode);
}

Status SummaryDirtyRepository::markEverything()
{
    return execDirect(
        m_store.connection(),
        QStringLiteral("INSERT OR IGNORE INTO summary_dirty (site, business_day, activity, employment_type) "
                       "SELECT site, business_day, activity, COALESCE(employment_type, '') FROM punch_intervals "
                       "UNION SELECT site, business_day, activity, '' FROM units "
                       "UNION SELECT site, business_day, activity, employment_type FROM daily_summaries"));
}

Result<qint64> SummaryDirtyRepository::count()
{
    auto v = scalar(m_store.connection(), QStringLiteral("SELECT COUNT(*) FROM summary_dirty"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<ProjectionContext> ProjectionContext::load(Store &store)
{
    // Owned by the lookups (shared, so the context can be copied).
    struct Data {
        std::map<QString, BusinessDay> rules;
        std::vector<Worker> workers;
        QHash<QString, const Worker *> workerIndex;
        QSet<QString> activities;
        QHash<QString, QString> deviceKinds;
    };
    auto data = std::make_shared<Data>();
    SiteRepository sites(store);
    WorkerRepository workers(store);
    ActivityRepository activities(store);
    DeviceRepository devices(store);
    auto siteList = sites.all();
    if (!siteList)
        return siteList.error();
    auto workerList = workers.all();
    if (!workerList)
        return workerList.error();
    auto activityList = activities.activities();
    if (!activityList)
        return activityList.error();
    auto deviceList = devices.all();
    if (!deviceList)
        return deviceList.error();
    for (const Site &s : *siteList)
        data->rules.emplace(s.code, BusinessDay(s.timeZone(), s.businessDayStartMinutes));
    data->workers = std::move(workerList).value();
    for (const Worker &w : data->workers)
        data->workerIndex.insert(w.code, &w);
    for (const Activity &a : *activityList)
        data->activities.insert(a.code);
    for (const Device &d : *deviceList)
        data->deviceKinds.insert(d.id, deviceKindName(d.kind));

    ProjectionContext context;
    context.lookups.businessDay = [data](const QString &site) -> const BusinessDay * {
        auto it = data->rules.find(site);
        return it == data->rules.end() ? nullptr : &it->second;
    };
    context.lookups.employmentType = [data](const QString &worker, const QDate &day) {
        const Worker *w = data->workerIndex.value(worker);
        return w ? w->employmentTypeOn(day) : QString();
    };
    context.lookups.source = [data](const QString &device) { return data->deviceKinds.value(device); };
    context.workerKnown = [data](const QString &worker) { return data->workerIndex.contains(worker); };
    context.activityKnown = [data](const QString &code) { return data->activities.contains(code); };
    return context;
}

namespace {

// The business day a units row counts for: the one a manual entry names; else, for a worker on a
// shift at that moment, the shift's day (a night crew's 05:30 scans count with their shift); else
// the site's business day at that time.
// The shift is looked up in the builder (open) and then in the table (closed), so the answer does
// not depend on whether the units event was derived before or after the shift's later punches.
Result<QDate> unitsDay(const UnitsPayload &payload, qint64 atMs, const BusinessDay &rule,
                       const PunchIntervalBuilder &builder, PunchIntervalRepository &intervals)
{
    if (payload.businessDay.isValid())
        return payload.businessDay;
    if (!payload.workerCode.isEmpty()) {
        if (auto shiftDay = builder.shiftDayAt(payload.workerCode, atMs))
            return *shiftDay;
        auto closed = intervals.closedShiftDayAt(payload.workerCode, atMs);
        if (!closed)
            return closed.error();
        if (*closed)
            return **closed;
    }
    return rule.dayOf(atMs);
}

bool isPunchKind(EventKind kind)
{
    return kind == EventKind::PunchClockIn || kind == EventKind::PunchSwitch || kind == EventKind::PunchBreak ||
           kind == EventKind::PunchClockOut;
}

Status moveCheckpoint(Store &store, std::optional<qint64> rowid)
{
    auto q = prepare(store.connection(),
                     rowid ? QStringLiteral("INSERT OR REPLACE INTO projection_checkpoint (name, event_rowid) "
                                            "VALUES ('derived', ?)")
                           : QStringLiteral("INSERT OR REPLACE INTO projection_checkpoint (name, event_rowid) "
                                            "SELECT 'derived', COALESCE(MAX(rowid), 0) FROM events"));
    if (!q)
        return q.error();
    if (rowid)
        q->addBindValue(*rowid);
    return exec(*q, QStringLiteral("projection checkpoint"));
}

} // namespace

Result<bool> EventProjector::applyCorrection(const Event &e, const ProjectionContext &context,
                                             PunchIntervalRepository &intervals, SummaryDirtyRepository &dirty)
{
    auto log = logging::get("db");
    auto c = CorrectionPayload::fromJson(e.payload);
    if (!c)
        return c.error();
    if (c->action == CorrectionPayload::Action::Add) {
        const BusinessDay *rule = context.lookups.businessDay(c->siteCode);
        PunchInterval p;
        p.startEventId = e.id;
        p.endEventId = e.id;
        p.workerCode = c->workerCode;
        p.activityCode = c->activityCode;
        p.siteCode = c->siteCode;
        p.businessDay = rule->dayOf(*c->startMs);
        p.employmentTypeCode = context.lookups.employmentType(c->workerCode, p.businessDay);
        p.startMs = *c->startMs;
        p.endMs = *c->endMs;
        p.status = IntervalStatus::Closed;
        p.deviceId = e.deviceId;
        p.shiftStartMs = *c->startMs;
        p.source = QStringLiteral("correction");
        WH_TRY(intervals.upsert(p));
        WH_TRY(intervals.setCorrectedBy(p.startEventId, e.id));
        WH_TRY(dirty.mark(p));
        return true;
    }
    auto found = intervals.find(c->interval);
    if (!found)
        return found.error();
    if (!*found || (*found)->status == IntervalStatus::Open) {
        log->warn("correction {} left out: interval {} is {}", uuidText(e.id).toStdString(),
                  uuidText(c->interval).toStdString(), *found ? "still open" : "not there");
        return false;
    }
    PunchInterval p = **found;
    WH_TRY(dirty.mark(p));
    if (c->action == CorrectionPayload::Action::Remove) {
        WH_TRY(intervals.remove(p.startEventId));
        return true;
    }
    if (!c->activityCode.isEmpty())
        p.activityCode = c->activityCode;
    if (c->startMs)
        p.startMs = *c->startMs;
    if (c->endMs) {
        p.endMs = *c->endMs;
        // A forgotten clock-out given its real end (by a leader or the official attendance) is an
        // ordinary closed interval from then on.
        if (p.status == IntervalStatus::Forgotten)
            p.status = IntervalStatus::Closed;
    }
    if (p.endMs && *p.endMs < p.startMs) {
        log->warn("correction {} left out: it would end interval {} before it starts", uuidText(e.id).toStdString(),
                  uuidText(c->interval).toStdString());
        return false;
    }
    WH_TRY(intervals.upsert(p));
    WH_TRY(intervals.setCorrectedBy(p.startEventId, e.id));
    WH_TRY(dirty.mark(p));
    return true;
}

bool EventProjector::acceptable(const Event &e, const ProjectionContext &context)
{
    auto log = logging::get("db");
    if (e.kind == EventKind::PunchCorrection) {
        auto c = CorrectionPayload::fromJson(e.payload);
        if (c && context.lookups.businessDay(c->siteCode) && context.workerKnown(c->workerCode) &&
            (c->activityCode.isEmpty() || context.activityKnown(c->activityCode)))
            return true;
        log->warn("correction {} left out: {}", uuidText(e.id).toStdString(),
                  c ? "unknown site, worker or activity" : c.error().toString().toStdString());
        return false;
    }
    if (e.kind == EventKind::Measurement) {
        // Kept whoever measured (the recorder checks the worker; a synced device may know more).
        auto payload = MeasurementPayload::fromJson(e.payload);
        if (payload)
            return true;
        log->warn("measurement {} left out of the measurements table: {}", uuidText(e.id).toStdString(),
                  payload.error().toString().toStdString());
        return false;
    }
    if (e.kind == EventKind::UnitsCounted) {
        auto payload = UnitsPayload::fromJson(e.payload);
        if (payload && context.lookups.businessDay(payload->siteCode) &&
            context.activityKnown(payload->activityCode) &&
            (payload->workerCode.isEmpty() || context.workerKnown(payload->workerCode)))
            return true;
        log->warn("units event {} left out of the units table: {}", uuidText(e.id).toStdString(),
                  payload ? "unknown site, activity or worker" : payload.error().toString().toStdString());
        return false;
    }
    auto payload = PunchPayload::fromJson(e.payload, e.kind);
    if (payload && context.workerKnown(payload->workerCode) &&
        (e.kind == EventKind::PunchClockOut || context.activityKnown(payload->activityCode)))
        return true;
    log->warn("punch event {} left out of the intervals: {}", uuidText(e.id).toStdString(),
              payload ? "unknown worker or activity" : payload.error().toString().toStdString());
    return false;
}

Result<EventProjector::Summary> EventProjector::rebuild(qint64 nowMs)
{
    auto log = logging::get("db");
    auto context = ProjectionContext::load(m_store);
    if (!context)
        return context.error();
    PunchIntervalBuilder builder(context->lookups, m_maxShiftMs);

    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    PunchIntervalRepository intervals(m_store);
    UnitsRepository units(m_store);
    MeasurementRepository measurements(m_store);
    SummaryDirtyRepository dirtyKeys(m_store);
    WH_TRY(intervals.clear());
    WH_TRY(units.clear());
    WH_TRY(measurements.clear());

    Summary summary;
    Status failure;
    auto flush = [&](std::vector<PunchInterval> done) {
        for (const PunchInterval &p : done) {
            if (auto s = intervals.insert(p); !s) {
                failure = s;
                return false;
            }
            ++summary.intervals;
            if (p.status == IntervalStatus::Forgotten)
                ++summary.forgottenIntervals;
        }
        return true;
    };

    EventStore events(m_store);
    WH_TRY(events.forEach(
        {EventKind::PunchClockIn, EventKind::PunchSwitch, EventKind::PunchBreak, EventKind::PunchClockOut,
         EventKind::UnitsCounted, EventKind::PunchCorrection, EventKind::Measurement},
        [&](const Event &e) {
            if (isPunchKind(e.kind))
                ++summary.punchEvents;
            if (!acceptable(e, *context)) {
                ++summary.rejectedEvents;
                return true;
            }
            if (e.kind == EventKind::Measurement) {
                if (auto s = measurements.insert(e, *MeasurementPayload::fromJson(e.payload)); !s) {
                    failure = s;
                    return false;
                }
                ++summary.measurementEvents;
                return true;
            }
            if (e.kind == EventKind::PunchCorrection) {
                auto applied = applyCorrection(e, *context, intervals, dirtyKeys);
                if (!applied) {
                    failure = applied.error();
                    return false;
                }
                if (!*applied)
                    ++summary.rejectedEvents;
                return true;
            }
            if (e.kind == EventKind::UnitsCounted) {
                auto payload = UnitsPayload::fromJson(e.payload);
                const BusinessDay *rule = context->lookups.businessDay(payload->siteCode);
                auto day = unitsDay(*payload, e.occurredAtMs, *rule, builder, intervals);
                if (!day) {
                    failure = day.error();
                    return false;
                }
                if (auto s = units.insert({e.id, *payload, *day, e.occurredAtMs}); !s) {
                    failure = s;
                    return false;
                }
                ++summary.unitsEvents;
                return true;
            }
            if (auto s = builder.apply(e); !s) {
                ++summary.rejectedEvents;
                log->warn("punch event {} left out of the intervals: {}", uuidText(e.id).toStdString(),
                          s.error().toString().toStdString());
                return true;
            }
            return flush(builder.takeFinished());
        }));
    WH_TRY(failure);
    builder.expire(nowMs);
    if (!flush(builder.takeFinished()))
        return failure.error();
    const auto open = builder.openIntervals();
    if (!flush(open))
        return failure.error();
    summary.openIntervals = static_cast<qint64>(open.size());
    summary.strayPunches = builder.strayPunches();
    WH_TRY(moveCheckpoint(m_store, std::nullopt));
    WH_TRY(SummaryDirtyRepository(m_store).markEverything());
    WH_TRY(tx.commit());
    log->info(
        "rebuilt derived tables: {} intervals ({} open, {} forgotten), {} units rows, {} events left out",
        summary.intervals, summary.openIntervals, summary.forgottenIntervals, summary.unitsEvents,
        summary.rejectedEvents);
    return summary;
}

Result<bool> EventProjector::behind()
{
    if (!m_behind) {
        auto q = prepare(m_store.connection(),
                         QStringLiteral("SELECT (SELECT COALESCE(MAX(rowid), 0) FROM events) > "
                                        "COALESCE((SELECT event_rowid FROM projection_checkpoint WHERE name = "
                                        "'derived'), 0)"));
        if (!q)
            return q.error();
        m_behind = std::move(q).value();
    }
    WH_TRY(exec(*m_behind, QStringLiteral("projection checkpoint")));
    const bool lagging = m_behind->next() && m_behind->value(0).toInt() != 0;
    m_behind->finish();
    return lagging;
}

Result<EventProjector::Summary> EventProjector::catchUp()
{
    auto context = ProjectionContext::load(m_store);
    if (!context)
        return context.error();
    return catchUp(*context);
}

Result<EventProjector::Summary> EventProjector::catchUp(const ProjectionContext &context)
{
    auto log = logging::get("db");
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    qint64 checkpoint = 0;
    {
        auto q = prepare(m_store.connection(),
                         QStringLiteral("SELECT event_rowid FROM projection_checkpoint WHERE name = 'derived'"));
        if (!q)
            return q.error();
        WH_TRY(exec(*q, QStringLiteral("projection checkpoint")));
        if (q->next())
            checkpoint = q->value(0).toLongLong();
    }
    auto q = prepare(m_store.connection(),
                     QStringLiteral("SELECT id, device_id, sequence, kind, occurred_at_ms, payload, rowid FROM "
                                    "events WHERE rowid > ? ORDER BY rowid"));
    if (!q)
        return q.error();
    q->addBindValue(checkpoint);
    WH_TRY(exec(*q, QStringLiteral("events after the checkpoint")));

    PunchIntervalRepository intervals(m_store);
    UnitsRepository units(m_store);
    MeasurementRepository measurements(m_store);
    SummaryDirtyRepository dirty(m_store);
    PunchIntervalBuilder builder(context.lookups, m_maxShiftMs);
    QSet<QString> restored;
    Summary summary;
    qint64 last = checkpoint;
    while (q->next()) {
        last = q->value(6).toLongLong();
        const auto kind = eventKindFromName(q->value(3).toString());
        // Kinds this program does not derive from (admin notices, a newer program's kinds) are passed.
        if (!kind || (!isPunchKind(*kind) && *kind != EventKind::UnitsCounted &&
                      *kind != EventKind::PunchCorrection && *kind != EventKind::Measurement))
            continue;
        if (isPunchKind(*kind))
            ++summary.punchEvents;
        auto e = eventFromRow(*q);
        if (!e || !acceptable(*e, context)) {
            if (!e)
                log->warn("event at rowid {} left out: {}", last, e.error().toString().toStdString());
            ++summary.rejectedEvents;
            continue;
        }
        if (e->kind == EventKind::Measurement) {
            WH_TRY(measurements.insert(*e, *MeasurementPayload::fromJson(e->payload)));
            ++summary.measurementEvents;
            continue;
        }
        if (e->kind == EventKind::PunchCorrection) {
            auto applied = applyCorrection(*e, context, intervals, dirty);
            if (!applied)
                return applied.error();
            if (!*applied)
                ++summary.rejectedEvents;
            continue;
        }
        if (e->kind == EventKind::UnitsCounted) {
            auto payload = UnitsPayload::fromJson(e->payload);
            const BusinessDay *rule = context.lookups.businessDay(payload->siteCode);
            if (!payload->workerCode.isEmpty() && !restored.contains(payload->workerCode)) {
                auto open = intervals.openFor(payload->workerCode);
                if (!open)
                    return open.error();
                if (*open)
                    builder.restore(**open);
                restored.insert(payload->workerCode);
            }
            auto unitsDayOf = unitsDay(*payload, e->occurredAtMs, *rule, builder, intervals);
            if (!unitsDayOf)
                return unitsDayOf.error();
            const QDate day = *unitsDayOf;
            WH_TRY(units.insert({e->id, *payload, day, e->occurredAtMs}));
            WH_TRY(dirty.mark(payload->siteCode, day, payload->activityCode,
                              payload->workerCode.isEmpty() ? QString()
                                                            : context.lookups.employmentType(payload->workerCode, day)));
            ++summary.unitsEvents;
            continue;
        }
        const QString worker = e->payload.value(QStringLiteral("worker")).toString();
        if (!restored.contains(worker)) {
            auto open = intervals.openFor(worker);
            if (!open)
                return open.error();
            if (*open)
                builder.restore(**open);
            restored.insert(worker);
        }
        if (auto s = builder.apply(*e); !s) {
            ++summary.rejectedEvents;
            log->warn("punch event {} left out of the intervals: {}", uuidText(e->id).toStdString(),
                      s.error().toString().toStdString());
            continue;
        }
        for (const PunchInterval &p : builder.takeFinished()) {
            WH_TRY(intervals.upsert(p));
            WH_TRY(dirty.mark(p));
            ++summary.intervals;
            if (p.status == IntervalStatus::Forgotten)
                ++summary.forgottenIntervals;
        }
    }
    for (const PunchInterval &p : builder.openIntervals()) {
        WH_TRY(intervals.upsert(p));
        WH_TRY(dirty.mark(p));
        ++summary.intervals;
        ++summary.openIntervals;
    }
    summary.strayPunches = builder.strayPunches();
    if (last != checkpoint)
        WH_TRY(moveCheckpoint(m_store, last));
    WH_TRY(tx.commit());
    if (summary.punchEvents + summary.unitsEvents > 1)
        log->info("caught up {} punch and {} units events", summary.punchEvents, summary.unitsEvents);
    return summary;
}

} // namespace wh::db
