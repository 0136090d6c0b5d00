#pragma once

#include "Result.h"
#include "Store.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace wh::db {

// One frame a device sent, as the device log keeps it (migration 0009). The store knows nothing
// of device protocols: the program fills this from what its driver reported (for a tape:
// drivers::TapeFrame, see app/cli/DeviceCommands.h deviceLogEntryOf()).
struct DeviceLogEntry {
    qint64 id = 0;    // set by the store
    QString deviceId; // required: a BLE address, a serial port, "sim:PROTOCOL"
    QString protocol; // required: "leica-disto", "bosch-glm", ...
    QString channel;  // optional: a BLE characteristic, a serial port
    qint64 receivedAtMs = 0;
    QByteArray raw; // the bytes as they came (may be empty: an empty frame is kept too)
    QString kind;   // "reading", "duplicate", "message" or "rejected"
    QString detail; // a rejection's reason (required), what a message said, a reading in words
    std::optional<qint64> tenthsOfMillimetre; // a reading's or duplicate's length

    [[nodiscard]] bool accepted() const { return kind != QLatin1String("rejected"); }
};

// The device log: raw frames with device, protocol, time, and whether they were accepted or why
// not, so nothing a device sent is lost and a technician can read it back. Each append is one
// durable insert of its own (a frame is kept even when what it led to fails).
// Use on the store connection's thread.
class DeviceLog {
public:
    explicit DeviceLog(Store &store)
        : m_store(store)
    {
    }

    // Stores `entry`; returns its id. InvalidArgument (nothing stored) for a missing device id or
    // protocol, an unknown kind, or a rejection without a reason.
    [[nodiscard]] Result<qint64> append(const DeviceLogEntry &entry);
    // The newest `limit` entries (of `deviceId`, or of every device when empty), oldest first.
    [[nodiscard]] Result<std::vector<DeviceLogEntry>> recent(const QString &deviceId = {}, int limit = 100);
    // Deletes the entries received before `beforeMs`; returns how many.
    [[nodiscard]] Result<qint64> prune(qint64 beforeMs);

    [[nodiscard]] static Status validate(const DeviceLogEntry &entry);

private:
    Store &m_store;
};

} // namespace wh::db
