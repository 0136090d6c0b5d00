#pragma once

#include "Clock.h"
#include "Event.h"
#include "EventStore.h"
#include "MasterData.h"
#include "Result.h"
#include "Store.h"
#include "UuidV7.h"

#include <QHash>

#include <optional>

namespace wh::db {

// Records the scans a device accepts as Scan events (raw bytes, text, format, AIM identifier,
// source, workflow, worker, site, time), each with its outbox row in one durable transaction.
//
// Duplicates: a camera sees the same code in frame after frame, and a trigger held down reads it
// again and again. A read of the same text in the same workflow is suppressed while it keeps coming
// within the workflow's window of the previous read of it (a sliding window: a code held in front
// of the camera is recorded once, not every window). A workflow that counts identical items one by
// one (receiving by the piece) sets its window to 0: every read counts. The windows of a device are
// remembered over a restart: opening reads the device's latest scans back from the store.
class ScanRecorder {
public:
    struct Options {
        qint64 defaultWindowMs = 1500;
        QHash<QString, qint64> windowByWorkflow; // workflow -> window (ms); 0 records every read
    };

    struct Outcome {
        std::optional<Event> event; // set when recorded (durably committed on return)
        bool duplicate = false;     // suppressed: the same code within the window
        qint64 previousAtMs = 0;    // a duplicate: when the code was read before
    };

    // The device must exist; its site is the scans' site.
    [[nodiscard]] static Result<std::unique_ptr<ScanRecorder>> open(Store &store, const Clock &clock,
                                                                    const QString &deviceId, Options options);

    // `scan.siteCode` is set from the device. An empty text or workflow is InvalidArgument (nothing
    // is recorded; a reader that gave bytes but no text reports them as an error, not a scan).
    [[nodiscard]] Result<Outcome> record(ScanPayload scan);

    [[nodiscard]] qint64 windowOf(const QString &workflow) const;

private:
    ScanRecorder(Store &store, const Clock &clock, Device device, Options options);
    [[nodiscard]] Status loadRecent();
    static QString keyOf(const QString &workflow, const QString &text);

    Store &m_store;
    const Clock &m_clock;
    Device m_device;
    Options m_options;
    UuidV7Generator m_ids;
    EventStore m_events;
    QHash<QString, qint64> m_lastSeen; // workflow + text -> last read (ms)
};

} // namespace wh::db
