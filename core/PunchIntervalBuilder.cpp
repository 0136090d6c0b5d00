#include "PunchIntervalBuilder.h"

#include <algorithm>

namespace wh {

QString intervalStatusName(IntervalStatus status)
{
    switch (status) {
    case IntervalStatus::Open: return QStringLiteral("open");
    case IntervalStatus::Closed: return QStringLiteral("closed");
    case IntervalStatus::Forgotten: return QStringLiteral("forgotten");
    }
    return {};
}

std::optional<IntervalStatus> intervalStatusFromName(const QString &name)
{
    for (auto s : {IntervalStatus::Open, IntervalStatus::Closed, IntervalStatus::Forgotten})
        if (intervalStatusName(s) == name)
            return s;
    return std::nullopt;
}

PunchIntervalBuilder::PunchIntervalBuilder(Lookups lookups, qint64 maxShiftMs)
    : m_lookups(std::move(lookups))
    , m_maxShiftMs(maxShiftMs)
{
}

void PunchIntervalBuilder::closeOpen(WorkerState &state, qint64 endMs, IntervalStatus status,
                                     const QUuid &endEvent)
{
    PunchInterval done = state.open;
    done.endMs = endMs;
    done.status = status;
    done.endEventId = endEvent;
    m_finished.push_back(std::move(done));
}

Status PunchIntervalBuilder::apply(const Event &event)
{
    if (!isPunch(event.kind))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("not a punch event"),
                     eventKindName(event.kind));
    auto payload = PunchPayload::fromJson(event.payload, event.kind);
    if (!payload)
        return payload.error().wrap(event.id.toString(QUuid::WithoutBraces));
    const BusinessDay *rule = m_lookups.businessDay(payload->siteCode);
    if (!rule)
        return Error(ErrorCode::NotFound, QStringLiteral("punch at an unknown site"), payload->siteCode);

    const qint64 t = event.occurredAtMs;
    auto it = m_open.find(payload->workerCode);
    if (it != m_open.end() && t - it->shiftStartMs > m_maxShiftMs) {
        closeOpen(*it, it->shiftStartMs + m_maxShiftMs, IntervalStatus::Forgotten, {});
        m_open.erase(it);
        it = m_open.end();
    }

    if (event.kind == EventKind::PunchClockOut) {
        if (it == m_open.end()) {
            ++m_strayPunches;
            return {};
        }
        closeOpen(*it, t, IntervalStatus::Closed, event.id);
        m_open.erase(it);
        return {};
    }

    WorkerState next;
    if (it != m_open.end()) {
        closeOpen(*it, t, IntervalStatus::Closed, event.id);
        next.shiftStartMs = it->shiftStartMs;
        next.open.businessDay = it->open.businessDay;
    } else {
        next.shiftStartMs = t;
        next.open.businessDay = rule->dayOf(t);
    }
    next.open.startEventId = event.id;
    next.open.workerCode = payload->workerCode;
    next.open.activityCode = payload->activityCode;
    next.open.siteCode = payload->siteCode;
    next.open.employmentTypeCode = m_lookups.employmentType(payload->workerCode, next.open.businessDay);
    next.open.startMs = t;
    next.open.shiftStartMs = next.shiftStartMs;
    next.open.source = m_lookups.source ? m_lookups.source(event.deviceId) : QString();
    next.open.status = IntervalStatus::Open;
    next.open.deviceId = event.deviceId;
    m_open.insert(payload->workerCode, std::move(next));
    return {};
}

void PunchIntervalBuilder::restore(const PunchInterval &open)
{
    WorkerState state;
    state.open = open;
    state.shiftStartMs = open.shiftStartMs;
    m_open.insert(open.workerCode, std::move(state));
}

void PunchIntervalBuilder::expire(qint64 nowMs)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (nowMs - it->shiftStartMs > m_maxShiftMs) {
            closeOpen(*it, it->shiftStartMs + m_maxShiftMs, IntervalStatus::Forgotten, {});
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
}

std::vector<PunchInterval> PunchIntervalBuilder::takeFinished()
{
    return std::exchange(m_finished, {});
}

std::vector<PunchInterval> PunchIntervalBuilder::openIntervals() const
{
    std::vector<PunchInterval> out;
    out.reserve(static_cast<size_t>(m_open.size()));
    for (const auto &state : m_open)
        out.push_back(state.open);
    std::sort(out.begin(), out.end(),
              [](const PunchInterval &a, const PunchInterval &b) { return a.workerCode < b.workerCode; });
    return out;
}

std::optional<QDate> PunchIntervalBuilder::shiftDayAt(const QString &workerCode, qint64 atMs) const
{
    auto it = m_open.constFind(workerCode);
    if (it == m_open.constEnd() || it->shiftStartMs > atMs || atMs - it->shiftStartMs > m_maxShiftMs)
        return std::nullopt;
    return it->open.businessDay;
}

} // namespace wh
