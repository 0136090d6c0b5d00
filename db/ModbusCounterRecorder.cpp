#include "ModbusCounterRecorder.h"

#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"

#include <QVariant>

#include <algorithm>

namespace wh::db {

ModbusCounterRecorder::ModbusCounterRecorder(Store &store, const Clock &clock, Device device)
    : m_store(store)
    , m_clock(clock)
    , m_device(std::move(device))
    , m_ids(clock)
    , m_events(store, m_ids, clock)
{
}

Result<std::unique_ptr<ModbusCounterRecorder>> ModbusCounterRecorder::open(Store &store, const Clock &clock,
                                                                           const QString &recordingDeviceId)
{
    auto device = DeviceRepository(store).find(recordingDeviceId);
    if (!device)
        return device.error();
    return std::unique_ptr<ModbusCounterRecorder>(
        new ModbusCounterRecorder(store, clock, std::move(device).value()));
}

Result<QString> ModbusCounterRecorder::defaultRecordingDevice(Store &store, const QString &siteCode)
{
    auto devices = DeviceRepository(store).all();
    if (!devices)
        return devices.error();
    QString first;
    for (const Device &d : *devices) {
        if (d.siteCode != siteCode)
            continue;
        if (d.kind == DeviceKind::Manager)
            return d.id;
        if (first.isEmpty())
            first = d.id;
    }
    if (first.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("the site has no device to record the counters at"),
                     siteCode);
    return first;
}

Status ModbusCounterRecorder::check(const Counter &counter)
{
    const QString where = counter.reference();
    auto site = SiteRepository(m_store).find(counter.siteCode);
    if (!site)
        return Error(site.error().code(), QStringLiteral("counter %1: unknown site").arg(where),
                     counter.siteCode);
    ActivityRepository activities(m_store);
    auto activity = activities.find(counter.activityCode);
    if (!activity)
        return Error(activity.error().code(), QStringLiteral("counter %1: unknown activity").arg(where),
                     counter.activityCode);
    if (activity->kind == ActivityKind::Break)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("counter %1: a break activity has no units").arg(where),
                     counter.activityCode);
    auto offered = activities.offeredAt(counter.siteCode);
    if (!offered)
        return offered.error();
    if (std::none_of(offered->begin(), offered->end(),
                     [&](const Activity &a) { return a.code == counter.activityCode; }))
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("counter %1: the activity is not offered at this site").arg(where),
                     QStringLiteral("%1 at %2").arg(counter.activityCode, counter.siteCode));
    return {};
}

Result<std::optional<ModbusCounterRecorder::Kept>> ModbusCounterRecorder::readKept(const Counter &counter)
{
    auto q = prepare(m_store.connection(), QStringLiteral("SELECT layout, last_value FROM modbus_counters "
                                                          "WHERE device = ? AND register_name = ?"));
    if (!q)
        return q.error();
    q->addBindValue(counter.device);
    q->addBindValue(counter.name);
    WH_TRY(exec(*q, QStringLiteral("modbus_counters ") + counter.reference()));
    if (!q->next())
        return std::optional<Kept>();
    return std::optional<Kept>(Kept{q->value(0).toString(), quint32(q->value(1).toLongLong())});
}

Result<std::optional<quint32>> ModbusCounterRecorder::keptValue(const Counter &counter)
{
    auto kept = readKept(counter);
    if (!kept)
        return kept.error();
    if (!*kept || (*kept)->layout != counter.layout)
        return std::optional<quint32>();
    return std::optional<quint32>((*kept)->value);
}

Result<ModbusCounterRecorder::Outcome> ModbusCounterRecorder::record(const Counter &counter, quint32 value,
                                                                     qint64 atMs)
{
    if (counter.device.isEmpty() || counter.name.isEmpty() || counter.unitsPerCount < 1)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a counter needs its device, its name and units per count"),
                     counter.reference());
    // Most reads find the counter where it was: answered without taking the write lock.
    if (auto kept = readKept(counter);
        kept && *kept && (*kept)->layout == counter.layout && (*kept)->value == value) {
        Outcome same;
        same.previous = value;
        same.step = {CounterChange::Unchanged, 0};
        return same;
    }
    auto log = logging::get("db");
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    // Read inside the write transaction: two recorders of one counter never both book one move.
    auto kept = readKept(counter);
    if (!kept)
        return kept.error();
    Outcome outcome;
    if (*kept && (*kept)->layout == counter.layout)
        outcome.previous = (*kept)->value;
    outcome.layoutChanged = *kept && (*kept)->layout != counter.layout;
    outcome.step = counterStep(outcome.previous, value, counter.widthBits, counter.maxDelta);
    if (outcome.step.change == CounterChange::Unchanged)
        return outcome; // nothing to write; the transaction rolls back empty
    if (outcome.layoutChanged)
        log->warn("counter {}: read as \"{}\" now, kept as \"{}\": {} is a new baseline",
                  counter.reference().toStdString(), counter.layout.toStdString(),
                  (*kept)->layout.toStdString(), value);
    if (outcome.step.change == CounterChange::Reset || outcome.step.change == CounterChange::Jump)
        log->warn("counter {}: {} from {} to {} ({}-bit, at most {} counts between reads); {} counted",
                  counter.reference().toStdString(), counterChangeName(outcome.step.change).toStdString(),
                  outcome.previous.value_or(0), value, counter.widthBits,
                  counter.maxDelta ? counter.maxDelta : defaultCounterMaxDelta(counter.widthBits),
                  outcome.step.counts);

    outcome.units = qint64(outcome.step.counts) * counter.unitsPerCount;
    if (outcome.units > 0) {
        UnitsPayload units;
        units.siteCode = counter.siteCode;
        units.activityCode = counter.activityCode;
        units.quantity = outcome.units;
        units.reference = counter.reference();
        units.source = UnitsPayload::Source::Counter;
        Event e;
        e.id = m_ids.nextAt(atMs);
        e.deviceId = m_device.id;
        e.kind = EventKind::UnitsCounted;
        e.occurredAtMs = atMs;
        e.payload = units.toJson();
        auto stored = m_events.append(std::move(e)); // a savepoint inside this transaction
        if (!stored)
            return stored.error();
        outcome.event = *stored;
    }
    auto q = prepare(
        m_store.connection(),
        QStringLiteral("INSERT INTO modbus_counters (device, register_name, layout, last_value, read_at_ms, "
                       "last_event_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device, register_name) DO "
                       "UPDATE SET layout = excluded.layout, last_value = excluded.last_value, "
                       "read_at_ms = excluded.read_at_ms, "
                       "last_event_id = COALESCE(excluded.last_event_id, modbus_counters.last_event_id)"));
    if (!q)
        return q.error();
    q->addBindValue(counter.device);
    q->addBindValue(counter.name);
    q->addBindValue(counter.layout);
    q->addBindValue(qint64(value));
    q->addBindValue(atMs);
    q->addBindValue(outcome.event ? QVariant(uuidText(outcome.event->id))
                                  : QVariant(QMetaType::fromType<QString>()));
    WH_TRY(exec(*q, QStringLiteral("modbus_counters ") + counter.reference()));
    WH_TRY(tx.commit());
    return outcome;
}

} // namespace wh::db
