#pragma once

#include "Clock.h"
#include "CounterDelta.h"
#include "Event.h"
#include "EventStore.h"
#include "MasterData.h"
#include "Result.h"
#include "Store.h"
#include "UuidV7.h"

#include <memory>
#include <optional>

namespace wh::db {

// Records what hardware counters (Modbus registers of kind counter: a conveyor's or a sorter's item
// count) counted as units of work: each read that moved a counter becomes a UnitsCounted event
// (source counter, the counter's site and activity, reference "DEVICE/REGISTER", no worker) with
// its outbox row, and the value read is kept in modbus_counters (migration 0011) in the same
// transaction. So a restart neither counts the same units twice (the event and the value it moved
// past are committed together or not at all) nor loses what the counter counted while the program
// was down (the next read counts from the kept value). The move between two values follows
// core/CounterDelta.h: wraps at the register width are counted, a reset counts the new value, an
// implausible jump counts nothing and becomes the new baseline; the very first read of a counter is
// a baseline (what came before is unknown). A read that equals the kept value writes nothing.
//
// The kept value belongs to (device, register) and to the register's layout (unit id, table,
// address, type, word order): a register map that reads the counter elsewhere or otherwise starts
// again from a baseline instead of comparing unlike values.
//
// Use on one thread (the store connection's).
class ModbusCounterRecorder {
public:
    // A counter as its register map describes it (drivers/ModbusConfig.h; db does not see drivers).
    struct Counter {
        QString device; // the register map's device name
        QString name;   // the register's name
        QString layout; // "unit 1 holding 0-1 uint32 high_first": where and how it is read
        int widthBits = 16;
        qint64 unitsPerCount = 1;
        quint32 maxDelta = 0; // 0: the width's default
        QString siteCode;
        QString activityCode;
        [[nodiscard]] QString reference() const { return device + QLatin1Char('/') + name; }
    };

    struct Outcome {
        CounterStep step;
        std::optional<quint32> previous; // the kept value compared with (none: a baseline)
        bool layoutChanged = false;      // a kept value of another layout was set aside
        qint64 units = 0;                // step.counts x unitsPerCount
        std::optional<Event> event;      // the units, when there were any (committed on return)
    };

    // The events go into the log of `recordingDeviceId`, which must exist (the machine that reads
    // the counters: see defaultRecordingDevice()).
    [[nodiscard]] static Result<std::unique_ptr<ModbusCounterRecorder>>
    open(Store &store, const Clock &clock, const QString &recordingDeviceId);

    // The device that records a site's counters when none is named: the site's manager station,
    // else its first device. NotFound when the site has none.
    [[nodiscard]] static Result<QString> defaultRecordingDevice(Store &store, const QString &siteCode);

    // Whether `counter` can be recorded: its site exists, its activity exists, is not a break and is
    // offered at the site. NotFound / InvalidArgument naming the code otherwise.
    [[nodiscard]] Status check(const Counter &counter);

    // Records a read of `counter` giving `value` at `atMs`.
    [[nodiscard]] Result<Outcome> record(const Counter &counter, quint32 value, qint64 atMs);

    // The kept value of `counter` (none before its first read or after a layout change).
    [[nodiscard]] Result<std::optional<quint32>> keptValue(const Counter &counter);

    [[nodiscard]] const Device &recordingDevice() const { return m_device; }

private:
    ModbusCounterRecorder(Store &store, const Clock &clock, Device device);

    struct Kept {
        QString layout;
        quint32 value = 0;
    };
    [[nodiscard]] Result<std::optional<Kept>> readKept(const Counter &counter);

    Store &m_store;
    const Clock &m_clock;
    Device m_device;
    UuidV7Generator m_ids;
    EventStore m_events;
};

} // namespace wh::db
