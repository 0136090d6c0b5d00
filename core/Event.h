#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace wh {

// Every fact a device records is an immutable event. Corrections are new events, never updates.
enum class EventKind {
    PunchClockIn,    // worker starts a shift on an activity
    PunchSwitch,     // worker moves to another activity (also: back from a break)
    PunchBreak,      // worker starts a break (a break-kind activity)
    PunchClockOut,   // worker ends the shift
    UnitsCounted,    // a workflow counted units of work
    Scan,            // a barcode or QR was scanned
    Measurement,     // a garment point was measured
    Defect,          // a defect was recorded
    Photo,           // a photo was captured
    StageReached,    // an item reached a production stage
    AdminNotice,     // something an administrator should look at (an unknown badge, a refused punch)
    PunchCorrection, // a leader changed, added or removed a punch interval after the fact
};

[[nodiscard]] QString eventKindName(EventKind kind); // "punch.clock_in", ...
[[nodiscard]] std::optional<EventKind> eventKindFromName(const QString &name);
[[nodiscard]] bool isPunch(EventKind kind);

struct Event {
    QUuid id;            // UUIDv7
    QString deviceId;    // the device that recorded it
    qint64 sequence = 0; // per device, 1, 2, 3, ... without gaps (assigned by the store on append)
    EventKind kind = EventKind::Scan;
    qint64 occurredAtMs = 0; // UTC ms, device time when it happened
    QJsonObject payload;
};

// Payload of the four punch kinds. `activity` is empty for a clock-out.
struct PunchPayload {
    QString workerCode;
    QString siteCode;
    QString activityCode;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PunchPayload> fromJson(const QJsonObject &json, EventKind kind);
};

// Payload of UnitsCounted. Three sources: a workflow's scans (worker, time, reference such as the
// item id), a manual end-of-day entry (worker or team, the business day it counts for, who typed
// it) and a counter reading (site and activity, the counter in `reference`).
struct UnitsPayload {
    enum class Source { Workflow, Manual, Counter };
    QString workerCode; // empty for a team or counter entry
    QString siteCode;
    QString activityCode;
    qint64 quantity = 0;
    QString reference; // item id, batch, counter id; may be empty
    Source source = Source::Workflow;
    QString team;      // a manual entry for a team
    QString enteredBy; // who typed a manual entry
    QDate businessDay; // a manual entry names its business day; else it follows from the time
    [[nodiscard]] static QString sourceName(Source source); // "workflow", "manual", "counter"

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<UnitsPayload> fromJson(const QJsonObject &json);
};

// Payload of PunchCorrection: who corrected what, when (the event's time) and why. The event log
// is the append-only audit trail; the punch intervals show the corrected result, flagged.
//  - change: the closed interval `interval` (its start event id) gets a new activity and/or times;
//  - add:    a missing interval (worker, site, activity, start, end);
//  - remove: the interval `interval` was wrong and goes.
struct CorrectionPayload {
    enum class Action { Change, Add, Remove };
    enum class Source { Manual, Attendance };
    Action action = Action::Change;
    QUuid interval; // change, remove
    QString workerCode;
    QString siteCode;
    QString activityCode;          // add; change (empty: unchanged)
    std::optional<qint64> startMs; // add; change (unset: unchanged)
    std::optional<qint64> endMs;
    QString reason;
    QString by;
    Source source = Source::Manual;
    // The interval as it stood just before this correction (change, remove), recorded with it by
    // CorrectionService so the audit trail shows before and after without deriving anything again.
    // Unset for an add, and in corrections recorded before this field existed.
    struct Before {
        QString activityCode;
        qint64 startMs = 0;
        std::optional<qint64> endMs; // none: the interval was forgotten without an end
    };
    std::optional<Before> before;
    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static QString sourceName(Source source);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<CorrectionPayload> fromJson(const QJsonObject &json);
};

// Payload of Scan: one accepted scan, as it was read. `raw` keeps the bytes the scanner or the
// decoder gave (hex in the JSON), so a code that was read wrongly can be looked at again.
struct ScanPayload {
    enum class Source { Camera, Wedge, Serial, Image };
    QByteArray raw;
    QString text;   // the decoded text; GS1 separators as 0x1D
    QString format; // ZXing's name (QRCode, DataMatrix, Code128, ...); empty when the reader does not say
    QString symbologyId; // AIM identifier, e.g. "]C1"; empty when unknown
    Source source = Source::Camera;
    QString workflow;   // the workflow the scan was made in: measure, inspect, receive, ...
    QString workerCode; // who scanned; may be empty (nobody signed in)
    QString siteCode;
    [[nodiscard]] static QString sourceName(Source source); // "camera", "wedge", "serial", "image"
    [[nodiscard]] static std::optional<Source> sourceFromName(const QString &name);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ScanPayload> fromJson(const QJsonObject &json);
};

// Payload of Measurement: one value of one garment point, judged against the care-label spec.
// Lengths in 0.1 mm. A re-measure is a new event with the next `attempt` and `supersedes` naming
// the event of the value it replaces (the history keeps both). `itemVerdict` is set on the value
// that left every point of the item with a value: the item's verdict after it.
struct MeasurementPayload {
    QString itemId;
    QString style;
    QString size;
    QString lot; // may be empty
    QString pointCode;
    qint64 value = 0; // > 0
    qint64 target = 0;
    qint64 lower = 0; // tolerance below the target
    qint64 upper = 0; // tolerance above the target
    bool pass = false;
    QString reading;    // the reading as the device gave it ("1.234 m"), for whoever checks it later
    QString tapeDevice; // the measuring device's id (a BLE address, a serial port, "sim-...")
    QString protocol;   // how it was read: leica-disto, bosch-glm, es-tape, nus, wedge, manual
    QString workerCode; // may be empty (nobody signed in)
    QString siteCode;
    int attempt = 1;
    QUuid supersedes;    // null on a point's first value
    QString itemVerdict; // "pass" / "fail" when the item is complete after this value, else empty
    [[nodiscard]] qint64 deviation() const { return value - target; }

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<MeasurementPayload> fromJson(const QJsonObject &json);
};

} // namespace wh
