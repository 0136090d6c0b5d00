#include "MeasurementRepository.h"

#include "SqlSupport.h"
#include "UuidV7.h"

#include <QVariant>

namespace wh::db {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Result<QSqlQuery *> cached(Store &store, std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        auto q = prepare(store.connection(), sql);
        if (!q)
            return q.error();
        slot = std::move(q).value();
    }
    return &*slot;
}

const QString kColumns = QStringLiteral(
    "event_id, device_id, occurred_at_ms, item, style, size, lot, point, value, target, lower_tolerance, "
    "upper_tolerance, pass, attempt, superseded_by, item_verdict, worker, site, tape_device, protocol");

MeasurementRecord recordFromRow(const QSqlQuery &q)
{
    MeasurementRecord r;
    r.eventId = QUuid::fromString(q.value(0).toString());
    r.deviceId = q.value(1).toString();
    r.occurredAtMs = q.value(2).toLongLong();
    MeasurementPayload &m = r.measurement;
    m.itemId = q.value(3).toString();
    m.style = q.value(4).toString();
    m.size = q.value(5).toString();
    m.lot = q.value(6).toString();
    m.pointCode = q.value(7).toString();
    m.value = q.value(8).toLongLong();
    m.target = q.value(9).toLongLong();
    m.lower = q.value(10).toLongLong();
    m.upper = q.value(11).toLongLong();
    m.pass = q.value(12).toInt() != 0;
    m.attempt = q.value(13).toInt();
    r.supersededBy = QUuid::fromString(q.value(14).toString());
    m.itemVerdict = q.value(15).toString();
    m.workerCode = q.value(16).toString();
    m.siteCode = q.value(17).toString();
    m.tapeDevice = q.value(18).toString();
    m.protocol = q.value(19).toString();
    return r;
}

} // namespace

Status MeasurementRepository::insert(const Event &event, const MeasurementPayload &m)
{
    const QString id = uuidText(event.id);
    // The value after this one (derived before it: a rebuild and a catch-up may come in another
    // order), which supersedes it; and the value before it, which this one now supersedes.
    auto next = cached(m_store, m_next,
                       QStringLiteral("SELECT event_id FROM measurements WHERE item = ? AND point = ? AND "
                                      "(occurred_at_ms > ? OR (occurred_at_ms = ? AND event_id > ?)) "
                                      "ORDER BY occurred_at_ms, event_id LIMIT 1"));
    if (!next)
        return next.error();
    QSqlQuery &n = **next;
    n.bindValue(0, m.itemId);
    n.bindValue(1, m.pointCode);
    n.bindValue(2, event.occurredAtMs);
    n.bindValue(3, event.occurredAtMs);
    n.bindValue(4, id);
    WH_TRY(exec(n, QStringLiteral("the next value of ") + id));
    const QVariant supersededBy = n.next() ? n.value(0) : QVariant(QMetaType(QMetaType::QString));
    n.finish();

    auto insert =
        cached(m_store, m_insert,
               QStringLiteral("INSERT INTO measurements (event_id, device_id, occurred_at_ms, item, style, "
                              "size, lot, point, value, target, lower_tolerance, upper_tolerance, "
                              "deviation, pass, attempt, superseded_by, item_verdict, worker, site, "
                              "tape_device, protocol) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    QSqlQuery &q = **insert;
    const QVariant values[] = {id,
                               event.deviceId,
                               event.occurredAtMs,
                               m.itemId,
                               m.style,
                               m.size,
                               nullable(m.lot),
                               m.pointCode,
                               m.value,
                               m.target,
                               m.lower,
                               m.upper,
                               m.deviation(),
                               m.pass ? 1 : 0,
                               m.attempt,
                               supersededBy,
                               nullable(m.itemVerdict),
                               nullable(m.workerCode),
                               m.siteCode,
                               nullable(m.tapeDevice),
                               m.protocol};
    for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    WH_TRY(exec(q, QStringLiteral("measurement ") + id));

    auto link =
        cached(m_store, m_linkPrevious,
               QStringLiteral("UPDATE measurements SET superseded_by = ? WHERE event_id = (SELECT event_id "
                              "FROM measurements WHERE item = ? AND point = ? AND (occurred_at_ms < ? OR "
                              "(occurred_at_ms = ? AND event_id < ?)) ORDER BY occurred_at_ms DESC, "
                              "event_id DESC LIMIT 1)"));
    if (!link)
        return link.error();
    QSqlQuery &l = **link;
    l.bindValue(0, id);
    l.bindValue(1, m.itemId);
    l.bindValue(2, m.pointCode);
    l.bindValue(3, event.occurredAtMs);
    l.bindValue(4, event.occurredAtMs);
    l.bindValue(5, id);
    return exec(l, QStringLiteral("the value before ") + id);
}

Status MeasurementRepository::clear()
{
    return execDirect(m_store.connection(), QStringLiteral("DELETE FROM measurements"));
}

Result<std::vector<MeasurementRecord>> MeasurementRepository::forItem(const QString &itemId, bool latestOnly)
{
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM measurements WHERE item = ?") +
                    (latestOnly ? QStringLiteral(" AND superseded_by IS NULL") : QString()) +
                    QStringLiteral(" ORDER BY occurred_at_ms, event_id"));
    if (!q)
        return q.error();
    q->addBindValue(itemId);
    WH_TRY(exec(*q, QStringLiteral("measurements of ") + itemId));
    std::vector<MeasurementRecord> out;
    while (q->next())
        out.push_back(recordFromRow(*q));
    return out;
}

Result<qint64> MeasurementRepository::count()
{
    auto v = scalar(m_store.connection(), QStringLiteral("SELECT count(*) FROM measurements"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace wh::db
