#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace wh {

// Reference data of the warehouse. Codes are stable text keys ("S1", "PICK-SINGLE", "W00042"):
// they travel between devices and the store, so they never change meaning.

struct Site {
    QString code;
    QString name;
    QByteArray timeZoneId = "Asia/Tokyo"; // IANA name
    int businessDayStartMinutes = 5 * 60; // minutes after local midnight; default 05:00

    [[nodiscard]] QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
};

// Part-timer, part-time leader, contract, full-time, ...
struct EmploymentType {
    QString code;
    QString nameJa;
    QString nameEn;
};

// Hourly wage of an employment type at a site, from a date on (until the next row's date).
struct WageRate {
    QString employmentTypeCode;
    QString siteCode;
    QDate effectiveFrom;
    qint64 yenPerHour = 0;
};

// One step of a worker's employment history: from this date on, the worker is of this type.
struct EmploymentPeriod {
    QDate effectiveFrom;
    QString employmentTypeCode;
};

struct Worker {
    QString code;
    QString name;
    QString badgeId; // empty when the worker has no badge
    QString pinHash; // PinHasher format; empty when no PIN is set
    QString homeSiteCode;
    bool active = true;
    std::vector<EmploymentPeriod> employment; // sorted by effectiveFrom

    // The employment type in force on `day`, or empty before the first period.
    [[nodiscard]] QString employmentTypeOn(const QDate &day) const;
};

enum class ActivityKind { Direct, Indirect, Break };
[[nodiscard]] QString activityKindName(ActivityKind kind);
[[nodiscard]] std::optional<ActivityKind> activityKindFromName(const QString &name);

struct Block {
    QString code;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
};

struct Section {
    QString code;
    QString blockCode;
    QString nameJa;
    QString nameEn;
    int sortOrder = 0;
};

struct Activity {
    QString code;
    QString sectionCode;
    QString nameJa;
    QString nameEn;
    ActivityKind kind = ActivityKind::Direct;
    std::optional<double> standardUnitsPerHour; // only for direct work that has a standard
    int sortOrder = 0;
    bool active = true;
};

enum class DeviceKind { Kiosk, Handheld, Manager };
[[nodiscard]] QString deviceKindName(DeviceKind kind);
[[nodiscard]] std::optional<DeviceKind> deviceKindFromName(const QString &name);

struct Device {
    QString id;
    DeviceKind kind = DeviceKind::Kiosk;
    QString siteCode;
    QString name;
};

// The wage in force for (type, site) on `day` among `rates`, or nullopt when none applies yet.
[[nodiscard]] std::optional<qint64> wageOn(const std::vector<WageRate> &rates,
                                           const QString &employmentTypeCode, const QString &siteCode,
                                           const QDate &day);

} // namespace wh
