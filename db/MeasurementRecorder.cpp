#include "MeasurementRecorder.h"

#include "DerivedRepositories.h"
#include "Logging.h"
#include "MasterDataRepositories.h"

namespace wh::db {

namespace {
QString keyOf(const QString &item, const QString &point)
{
    return item + QChar(0x1f) + point;
}
} // namespace

MeasurementRecorder::MeasurementRecorder(Store &store, const Clock &clock, Device device, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_device(std::move(device))
    , m_options(std::move(options))
    , m_ids(clock)
    , m_events(store, m_ids, clock)
{
}

Result<std::unique_ptr<MeasurementRecorder>>
MeasurementRecorder::open(Store &store, const Clock &clock, const QString &deviceId, Options options)
{
    auto device = DeviceRepository(store).find(deviceId);
    if (!device)
        return device.error();
    if (!options.activityCode.isEmpty()) {
        auto activity = ActivityRepository(store).find(options.activityCode);
        if (!activity)
            return activity.error().wrap(QStringLiteral("the measurement activity"));
    }
    return std::unique_ptr<MeasurementRecorder>(
        new MeasurementRecorder(store, clock, std::move(device).value(), std::move(options)));
}

Result<std::pair<QString, QString>> MeasurementRecorder::measurementActivity(const QString &workerCode)
{
    if (!m_options.activityCode.isEmpty())
        return std::pair{m_options.activityCode, m_device.siteCode};
    if (workerCode.isEmpty())
        return Error(ErrorCode::Conflict, QStringLiteral("no worker is signed in"));
    // The intervals are derived from the punches: catch up first (cheap when nothing waits).
    EventProjector projector(m_store);
    if (auto caught = projector.catchUp(); !caught)
        return caught.error();
    auto open = PunchIntervalRepository(m_store).openFor(workerCode);
    if (!open)
        return open.error();
    if (!*open)
        return Error(ErrorCode::Conflict, QStringLiteral("%1 is not clocked in").arg(workerCode));
    const PunchInterval &interval = **open;
    auto workflows = ActivityRepository(m_store).workflowsOf(interval.activityCode);
    if (!workflows)
        return workflows.error();
    if (!workflows->contains(m_options.workflow))
        return Error(ErrorCode::Conflict, QStringLiteral("%1 is punched into %2, not a %3 activity")
                                              .arg(workerCode, interval.activityCode, m_options.workflow));
    return std::pair{interval.activityCode, interval.siteCode};
}

Result<MeasurementRecorder::Outcome> MeasurementRecorder::record(const MeasurementSession &session,
                                                                 const MeasurementSession::Recorded &recorded,
                                                                 const Source &source,
                                                                 const QString &workerCode)
{
    const MeasurementSpec &spec = session.spec();
    const SpecPoint *point = spec.point(recorded.entry.code);
    if (!point)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the item's spec has no point %1").arg(recorded.entry.code), spec.itemId);
    if (source.protocol.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a measurement needs the protocol it was read with"), spec.itemId);
    if (!workerCode.isEmpty() && !m_knownWorkers.contains(workerCode)) {
        auto worker = WorkerRepository(m_store).find(workerCode);
        if (!worker)
            return worker.error();
        m_knownWorkers.insert(workerCode, true);
    }

    MeasurementPayload m;
    m.itemId = spec.itemId;
    m.style = spec.style;
    m.size = spec.size;
    m.lot = spec.lot;
    m.pointCode = point->code;
    m.value = recorded.entry.judgement.value;
    m.target = point->target;
    m.lower = point->lower;
    m.upper = point->upper;
    m.pass = recorded.entry.judgement.pass;
    m.reading = source.reading;
    m.tapeDevice = source.tapeDevice;
    m.protocol = source.protocol;
    m.workerCode = workerCode;
    m.siteCode = m_device.siteCode;
    m.attempt = recorded.entry.attempt;
    const QString key = keyOf(spec.itemId, point->code);
    if (recorded.supersededEntry)
        m.supersedes = m_latestEvent.value(key);
    if (recorded.verdict != ItemVerdict::Incomplete)
        m.itemVerdict = itemVerdictName(recorded.verdict);

    const qint64 now = m_clock.nowMs();
    std::vector<Event> events;
    Event e;
    e.id = m_ids.nextAt(now);
    e.deviceId = m_device.id;
    e.kind = EventKind::Measurement;
    e.occurredAtMs = now;
    e.payload = m.toJson();
    events.push_back(std::move(e));

    QString notCounted;
    if (recorded.completedNow) {
        auto activity = measurementActivity(workerCode);
        if (activity) {
            UnitsPayload u;
            u.workerCode = workerCode;
            u.siteCode = activity->second;
            u.activityCode = activity->first;
            u.quantity = 1;
            u.reference = spec.itemId;
            u.source = UnitsPayload::Source::Workflow;
            Event units;
            units.id = m_ids.nextAt(now);
            units.deviceId = m_device.id;
            units.kind = EventKind::UnitsCounted;
            units.occurredAtMs = now;
            units.payload = u.toJson();
            events.push_back(std::move(units));
        } else if (activity.error().code() == ErrorCode::Conflict) {
            notCounted = activity.error().message();
            Event notice;
            notice.id = m_ids.nextAt(now);
            notice.deviceId = m_device.id;
            notice.kind = EventKind::AdminNotice;
            notice.occurredAtMs = now;
            notice.payload =
                QJsonObject{{QStringLiteral("notice"), QStringLiteral("measured-item-not-counted")},
                            {QStringLiteral("site"), m_device.siteCode},
                            {QStringLiteral("item"), spec.itemId},
                            {QStringLiteral("worker"), workerCode},
                            {QStringLiteral("reason"), notCounted}};
            events.push_back(std::move(notice));
        } else {
            return activity.error(); // the store could not be read: nothing is written
        }
    }

    auto stored = m_events.appendAll(std::move(events));
    if (!stored)
        return stored.error();
    Outcome outcome;
    outcome.measurement = stored->front();
    m_latestEvent.insert(key, outcome.measurement.id);
    if (stored->size() > 1) {
        if (stored->back().kind == EventKind::UnitsCounted) {
            outcome.units = stored->back();
        } else {
            outcome.notice = stored->back();
            outcome.notCounted = notCounted;
            logging::get("db")->warn("measured item {} not counted: {}", spec.itemId.toStdString(),
                                     notCounted.toStdString());
        }
    }
    // The measurements (and units) rows right away; a failure here loses nothing: the events are
    // committed and the next catch-up derives them.
    if (auto caught = EventProjector(m_store).catchUp(); !caught)
        logging::get("db")->warn("measured {} {}; deriving its rows failed: {}", spec.itemId.toStdString(),
                                 point->code.toStdString(), caught.error().toString().toStdString());
    return outcome;
}

} // namespace wh::db
