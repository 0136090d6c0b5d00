#include "LiveFloor.h"

#include "SqlSupport.h"

#include <QVariant>

namespace wh::reports {

Result<LiveFloor> liveFloor(db::Store &store, const QString &siteCode, qint64 nowMs, qint64 maxShiftMs)
{
    LiveFloor floor;
    floor.siteCode = siteCode;
    floor.atMs = nowMs;
    auto q = db::prepare(
        store.connection(),
        QStringLiteral(
            "SELECT p.worker, w.name, p.activity, s.block, a.kind, p.start_ms, "
            "COALESCE(p.shift_start_ms, p.start_ms), p.device_id, a.name_ja, a.name_en "
            "FROM punch_intervals p JOIN workers w ON w.code = p.worker "
            "JOIN activities a ON a.code = p.activity JOIN sections s ON s.code = a.section "
            "JOIN blocks b ON b.code = s.block "
            "WHERE p.site = ? AND p.status = 'open' AND COALESCE(p.shift_start_ms, p.start_ms) >= ? "
            "ORDER BY b.sort_order, s.sort_order, a.sort_order, p.start_ms, p.worker"));
    if (!q)
        return q.error();
    q->addBindValue(siteCode);
    q->addBindValue(nowMs - maxShiftMs);
    WH_TRY(db::exec(*q, QStringLiteral("live floor")));
    while (q->next()) {
        LiveWorker w;
        w.workerCode = q->value(0).toString();
        w.workerName = q->value(1).toString();
        w.activityCode = q->value(2).toString();
        w.blockCode = q->value(3).toString();
        w.kind = activityKindFromName(q->value(4).toString()).value_or(ActivityKind::Direct);
        w.sinceMs = q->value(5).toLongLong();
        w.shiftStartMs = q->value(6).toLongLong();
        w.deviceId = q->value(7).toString();
        if (floor.activities.empty() || floor.activities.back().activityCode != w.activityCode)
            floor.activities.push_back({w.activityCode, q->value(8).toString(), q->value(9).toString(),
                                        w.blockCode, w.kind, 0, w.sinceMs});
        LiveActivity &a = floor.activities.back();
        ++a.workers;
        a.longestSinceMs = std::min(a.longestSinceMs, w.sinceMs);
        ++floor.onShift;
        if (w.kind == ActivityKind::Break)
            ++floor.onBreak;
        floor.workers.push_back(std::move(w));
    }
    return floor;
}

} // namespace wh::reports
