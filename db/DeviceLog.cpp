#include "DeviceLog.h"

#include "SqlSupport.h"

#include <QVariant>

#include <algorithm>

namespace wh::db {

Status DeviceLog::validate(const DeviceLogEntry &e)
{
    if (e.deviceId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a device log entry needs a device id"));
    if (e.protocol.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a device log entry needs a protocol"),
                     e.deviceId);
    static const QStringList kinds = {QStringLiteral("reading"), QStringLiteral("duplicate"),
                                      QStringLiteral("message"), QStringLiteral("rejected")};
    if (!kinds.contains(e.kind))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown device log kind (reading, duplicate, message or rejected)"),
                     e.kind);
    if (!e.accepted() && e.detail.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a rejected frame needs the reason"),
                     e.deviceId);
    return {};
}

Result<qint64> DeviceLog::append(const DeviceLogEntry &e)
{
    WH_TRY(validate(e));
    auto q = prepare(
        m_store.connection(),
        QStringLiteral("INSERT INTO device_log (device_id, protocol, channel, received_at_ms, raw, kind, "
                       "accepted, detail, value_01mm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(e.deviceId);
    q->addBindValue(e.protocol);
    q->addBindValue(e.channel.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.channel));
    q->addBindValue(e.receivedAtMs);
    // Never NULL: an empty frame is a frame too.
    q->addBindValue(e.raw.isNull() ? QByteArray("") : e.raw);
    q->addBindValue(e.kind);
    q->addBindValue(e.accepted() ? 1 : 0);
    q->addBindValue(e.detail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.detail));
    q->addBindValue(e.tenthsOfMillimetre ? QVariant(*e.tenthsOfMillimetre)
                                         : QVariant(QMetaType::fromType<qlonglong>()));
    WH_TRY(exec(*q, QStringLiteral("device log of ") + e.deviceId));
    return q->lastInsertId().toLongLong();
}

Result<std::vector<DeviceLogEntry>> DeviceLog::recent(const QString &deviceId, int limit)
{
    const QString where = deviceId.isEmpty() ? QString() : QStringLiteral(" WHERE device_id = ?");
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("SELECT id, device_id, protocol, channel, received_at_ms, raw, kind, detail, "
                               "value_01mm FROM device_log%1 ORDER BY received_at_ms DESC, id DESC LIMIT ?")
                    .arg(where));
    if (!q)
        return q.error();
    if (!deviceId.isEmpty())
        q->addBindValue(deviceId);
    q->addBindValue(std::max(0, limit));
    WH_TRY(exec(*q, QStringLiteral("device log")));
    std::vector<DeviceLogEntry> out;
    while (q->next()) {
        DeviceLogEntry e;
        e.id = q->value(0).toLongLong();
        e.deviceId = q->value(1).toString();
        e.protocol = q->value(2).toString();
        e.channel = q->value(3).toString();
        e.receivedAtMs = q->value(4).toLongLong();
        e.raw = q->value(5).toByteArray();
        e.kind = q->value(6).toString();
        e.detail = q->value(7).toString();
        if (!q->value(8).isNull())
            e.tenthsOfMillimetre = q->value(8).toLongLong();
        out.push_back(std::move(e));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<qint64> DeviceLog::prune(qint64 beforeMs)
{
    auto q = prepare(m_store.connection(), QStringLiteral("DELETE FROM device_log WHERE received_at_ms < ?"));
    if (!q)
        return q.error();
    q->addBindValue(beforeMs);
    WH_TRY(exec(*q, QStringLiteral("prune the device log")));
    return static_cast<qint64>(q->numRowsAffected());
}

} // namespace wh::db
