#pragma once

#include "Clock.h"
#include "Event.h"
#include "EventStore.h"
#include "MasterData.h"
#include "MeasurementJudgement.h"
#include "Result.h"
#include "Store.h"
#include "UuidV7.h"

#include <QHash>

#include <memory>
#include <optional>

namespace wh::db {

// Records the values of a measured item (MeasurementSession) as Measurement events, and counts a
// measured item as one unit of work for the worker.
//
// Each value is one event (item, style, size, lot, point, value, target, tolerances, verdict, the
// reading as the device gave it, the measuring device and its protocol, worker, site, attempt, the
// event it supersedes, and the item's verdict on the value that completed it) with its outbox row,
// in one durable transaction, and derived into the measurements table right after.
//
// The measurement activity (which activity the measured item counts for), decided when the item
// first has a value for every point (its verdict reached; a later re-measure in the same session
// counts nothing more, while a new session of the same item, e.g. after a repair, is work again):
//  1. the recorder's configured activity (Options::activityCode: a station set up for one
//     measurement activity), at the device's site; else
//  2. the activity the worker is punched into at that moment, when it belongs to the "measure"
//     workflow (activity_workflows, as the forgotten-punch guard reads it), at that interval's site.
// The unit is a UnitsCounted event (source workflow, quantity 1, reference = the item id) in the
// same transaction as the value's event, derived into the units table right after. When neither
// rule gives an activity (no worker, not clocked in, punched into something else) the item is not
// counted: the outcome says why and an admin notice ("measured-item-not-counted") is recorded in
// the same transaction, so a leader can add the unit by hand. Nothing measured is ever lost.
//
// Use on one thread (the store connection's).
class MeasurementRecorder {
public:
    struct Options {
        QString activityCode; // rule 1 above; empty: rule 2
        QString workflow = QStringLiteral("measure");
    };

    // How a value was read.
    struct Source {
        QString reading;    // as the device gave it: "1.234 m", "*0523;...SM", ...
        QString tapeDevice; // the measuring device's id
        QString protocol;   // leica-disto, bosch-glm, es-tape, nus, wedge, manual
    };

    struct Outcome {
        Event measurement;           // durably committed on return
        std::optional<Event> units;  // the item counted (on the value that completed it)
        std::optional<Event> notice; // the item was complete but could not be counted
        QString notCounted;          // why (English), with `notice`
    };

    // The device must exist; its site is the measurements' site.
    [[nodiscard]] static Result<std::unique_ptr<MeasurementRecorder>>
    open(Store &store, const Clock &clock, const QString &deviceId, Options options);
    [[nodiscard]] static Result<std::unique_ptr<MeasurementRecorder>> open(Store &store, const Clock &clock,
                                                                           const QString &deviceId)
    {
        return open(store, clock, deviceId, Options{});
    }

    [[nodiscard]] const Device &device() const { return m_device; }

    // Records the value `recorded` that `session` just took (MeasurementSession::record), by
    // `workerCode` (empty: nobody signed in; otherwise a worker the store knows, else NotFound and
    // nothing is written).
    [[nodiscard]] Result<Outcome> record(const MeasurementSession &session,
                                         const MeasurementSession::Recorded &recorded, const Source &source,
                                         const QString &workerCode);

    // The activity a complete item of `workerCode` counts for now, by the rules above, or the reason
    // there is none (Conflict / NotFound with the reason as the message).
    [[nodiscard]] Result<std::pair<QString, QString>> measurementActivity(const QString &workerCode);

private:
    MeasurementRecorder(Store &store, const Clock &clock, Device device, Options options);

    Store &m_store;
    const Clock &m_clock;
    Device m_device;
    Options m_options;
    UuidV7Generator m_ids;
    EventStore m_events;
    // The event of each point's latest value this recorder wrote: item + point -> event id.
    QHash<QString, QUuid> m_latestEvent;
    QHash<QString, bool> m_knownWorkers;
};

} // namespace wh::db
