#pragma once

#include "Result.h"
#include "Store.h"

#include <QMap>
#include <QString>

#include <optional>

namespace wh::db {

// One device's settings in its store (table device_settings, migration 0012): small text values
// under well-known keys (below). A value is written durably when set() returns; who set it and when
// are kept with it. Reading a key that was never set gives nullopt (the caller's default applies).
// Use on one thread (the store connection's).
class DeviceSettings {
public:
    // The keys the programs use.
    static inline const QString kTape = QStringLiteral("tape");               // createTapeDevice text
    static inline const QString kTapeName = QStringLiteral("tape.name");      // what the user saw
    static inline const QString kPrinter = QStringLiteral("printer");         // HOST:PORT, empty: none
    static inline const QString kPrinterMode = QStringLiteral("printer.japanese"); // font | graphic
    static inline const QString kScannerPrefix = QStringLiteral("scanner.prefix");
    static inline const QString kScannerSuffix = QStringLiteral("scanner.suffix");
    static inline const QString kLanguage = QStringLiteral("language"); // ja | en
    static inline const QString kSpecKeys = QStringLiteral("spec.keys"); // [ID:]SECRET lines

    struct Entry {
        QString value;
        qint64 updatedAtMs = 0;
        QString updatedBy;
    };

    // The device must exist in the store (NotFound otherwise).
    [[nodiscard]] static Result<DeviceSettings> open(Store &store, const QString &deviceId);

    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }

    [[nodiscard]] Result<std::optional<QString>> value(const QString &key);
    // The value, or `fallback` when the key was never set (an error is returned as such).
    [[nodiscard]] Result<QString> valueOr(const QString &key, const QString &fallback);
    [[nodiscard]] Result<std::optional<Entry>> entry(const QString &key);
    // Every key of the device, sorted.
    [[nodiscard]] Result<QMap<QString, Entry>> all();

    // Sets (inserts or replaces) one value. An empty or over-long key is InvalidArgument.
    [[nodiscard]] Status set(const QString &key, const QString &value, qint64 nowMs,
                             const QString &updatedBy = {});
    // Removes a key (nothing happens when it was not set).
    [[nodiscard]] Status remove(const QString &key);

private:
    DeviceSettings(Store &store, QString deviceId)
        : m_store(&store)
        , m_deviceId(std::move(deviceId))
    {
    }

    Store *m_store;
    QString m_deviceId;
};

} // namespace wh::db
