#include "DeviceSettings.h"

#include "SqlSupport.h"

#include <QVariant>

namespace wh::db {

namespace {
constexpr int kMaxKeyLength = 64;
} // namespace

Result<DeviceSettings> DeviceSettings::open(Store &store, const QString &deviceId)
{
    auto q = prepare(store.connection(), QStringLiteral("SELECT 1 FROM devices WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(deviceId);
    WH_TRY(exec(*q, QStringLiteral("devices")));
    if (!q->next())
        return Error(ErrorCode::NotFound, QStringLiteral("no device %1 in the store").arg(deviceId),
                     QStringLiteral("device settings"));
    return DeviceSettings(store, deviceId);
}

Result<std::optional<DeviceSettings::Entry>> DeviceSettings::entry(const QString &key)
{
    auto q = prepare(m_store->connection(),
                     QStringLiteral("SELECT value, updated_at_ms, updated_by FROM device_settings "
                                    "WHERE device_id = ? AND key = ?"));
    if (!q)
        return q.error();
    q->addBindValue(m_deviceId);
    q->addBindValue(key);
    WH_TRY(exec(*q, QStringLiteral("device_settings: %1").arg(key)));
    if (!q->next())
        return std::optional<Entry>{};
    return std::optional<Entry>(Entry{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString()});
}

Result<std::optional<QString>> DeviceSettings::value(const QString &key)
{
    auto e = entry(key);
    if (!e)
        return e.error();
    if (!*e)
        return std::optional<QString>{};
    return std::optional<QString>((*e)->value);
}

Result<QString> DeviceSettings::valueOr(const QString &key, const QString &fallback)
{
    auto v = value(key);
    if (!v)
        return v.error();
    return v->value_or(fallback);
}

Result<QMap<QString, DeviceSettings::Entry>> DeviceSettings::all()
{
    auto q = prepare(m_store->connection(),
                     QStringLiteral("SELECT key, value, updated_at_ms, updated_by FROM device_settings "
                                    "WHERE device_id = ? ORDER BY key"));
    if (!q)
        return q.error();
    q->addBindValue(m_deviceId);
    WH_TRY(exec(*q, QStringLiteral("device_settings")));
    QMap<QString, Entry> out;
    while (q->next())
        out.insert(q->value(0).toString(),
                   Entry{q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString()});
    return out;
}

Status DeviceSettings::set(const QString &key, const QString &value, qint64 nowMs, const QString &updatedBy)
{
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a device setting's key must have 1 to %1 characters: \"%2\"")
                         .arg(kMaxKeyLength)
                         .arg(key),
                     QStringLiteral("device settings"));
    auto q = prepare(m_store->connection(),
                     QStringLiteral("INSERT INTO device_settings (device_id, key, value, updated_at_ms, updated_by) "
                                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, key) DO UPDATE SET "
                                    "value = excluded.value, updated_at_ms = excluded.updated_at_ms, "
                                    "updated_by = excluded.updated_by"));
    if (!q)
        return q.error();
    q->addBindValue(m_deviceId);
    q->addBindValue(key);
    // A null QString binds as SQL NULL: an empty value or author is stored as ''.
    q->addBindValue(value.isNull() ? QStringLiteral("") : value);
    q->addBindValue(nowMs);
    q->addBindValue(updatedBy.isNull() ? QStringLiteral("") : updatedBy);
    return exec(*q, QStringLiteral("device_settings: set %1").arg(key));
}

Status DeviceSettings::remove(const QString &key)
{
    auto q = prepare(m_store->connection(),
                     QStringLiteral("DELETE FROM device_settings WHERE device_id = ? AND key = ?"));
    if (!q)
        return q.error();
    q->addBindValue(m_deviceId);
    q->addBindValue(key);
    return exec(*q, QStringLiteral("device_settings: remove %1").arg(key));
}

} // namespace wh::db
