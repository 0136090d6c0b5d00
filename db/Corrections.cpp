#include "Corrections.h"

#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace wh::db {

namespace {
constexpr qint64 kLongestShiftMs = 16LL * 3600 * 1000;
}

CorrectionService::CorrectionService(Store &store, const Clock &clock, QString deviceId)
    : m_store(store)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
{
}

Status CorrectionService::check(CorrectionPayload &c)
{
    if (c.reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a correction needs a reason"));
    if (c.by.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a correction needs the name of who makes it"));
    PunchIntervalRepository intervals(m_store);
    std::optional<PunchInterval> target;
    if (c.action != CorrectionPayload::Action::Add) {
        auto found = intervals.find(c.interval);
        if (!found)
            return found.error();
        if (!*found)
            return Error(ErrorCode::NotFound, QStringLiteral("no such punch interval"), uuidText(c.interval));
        if ((*found)->status == IntervalStatus::Open)
            return Error(ErrorCode::Conflict,
                         QStringLiteral("the worker is still on this interval; switch at the kiosk instead"),
                         uuidText(c.interval));
        target = *found;
        c.workerCode = target->workerCode;
        c.siteCode = target->siteCode;
        c.before = CorrectionPayload::Before{target->activityCode, target->startMs, target->endMs};
    }
    if (c.action == CorrectionPayload::Action::Remove)
        return {};
    auto worker = WorkerRepository(m_store).find(c.workerCode);
    if (!worker)
        return worker.error();
    auto site = SiteRepository(m_store).find(c.siteCode);
    if (!site)
        return site.error();
    if (!c.activityCode.isEmpty()) {
        ActivityRepository activities(m_store);
        auto offered = activities.offeredAt(c.siteCode);
        if (!offered)
            return offered.error();
        if (std::none_of(offered->begin(), offered->end(),
                         [&](const Activity &a) { return a.code == c.activityCode; }))
            return Error(ErrorCode::InvalidArgument, QStringLiteral("the activity is not offered at this site"),
                         QStringLiteral("%1 at %2").arg(c.activityCode, c.siteCode));
    }
    const qint64 start = c.startMs.value_or(target ? target->startMs : 0);
    const qint64 end = c.endMs.value_or(target && target->endMs ? *target->endMs : 0);
    if (end <= start)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the interval must end after it starts"));
    if (end > m_clock.nowMs())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the interval cannot end in the future"));
    if (end - start > kLongestShiftMs)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the interval is longer than the longest shift (16 h)"));
    auto q = prepare(m_store.connection(),
                     QStringLiteral("SELECT activity, start_ms, COALESCE(end_ms, ?) FROM punch_intervals WHERE "
                                    "worker = ? AND start_event_id <> ? AND start_ms < ? AND COALESCE(end_ms, ?) > ? "
                                    "LIMIT 1"));
    if (!q)
        return q.error();
    const qint64 now = m_clock.nowMs();
    q->addBindValue(now);
    q->addBindValue(c.workerCode);
    q->addBindValue(target ? uuidText(target->startEventId) : QString());
    q->addBindValue(end);
    q->addBindValue(now);
    q->addBindValue(start);
    WH_TRY(exec(*q, QStringLiteral("overlaps of ") + c.workerCode));
    if (q->next())
        return Error(ErrorCode::Conflict, QStringLiteral("the corrected times overlap another interval of the worker"),
                     QStringLiteral("%1 from %2 to %3 ms")
                         .arg(q->value(0).toString())
                         .arg(q->value(1).toLongLong())
                         .arg(q->value(2).toLongLong()));
    return {};
}

Result<const ProjectionContext *> CorrectionService::context()
{
    auto version = scalar(m_store.connection(), QStringLiteral("SELECT version FROM reference_version WHERE id = 1"));
    if (!version)
        return version.error();
    if (!m_context || version->toLongLong() != m_contextVersion) {
        auto loaded = ProjectionContext::load(m_store);
        if (!loaded)
            return loaded.error();
        m_context = std::move(loaded).value();
        m_contextVersion = version->toLongLong();
    }
    return &*m_context;
}

Result<Event> CorrectionService::apply(CorrectionPayload payload)
{
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    WH_TRY(check(payload));
    Event e;
    e.deviceId = m_deviceId;
    e.kind = EventKind::PunchCorrection;
    e.occurredAtMs = m_clock.nowMs();
    e.payload = payload.toJson();
    EventStore events(m_store);
    auto stored = events.append(std::move(e));
    if (!stored)
        return stored.error();
    auto derivation = context();
    if (!derivation)
        return derivation.error();
    EventProjector projector(m_store);
    auto caught = projector.catchUp(**derivation);
    if (!caught)
        return caught.error();
    WH_TRY(tx.commit());
    return stored;
}

} // namespace wh::db
