#include "MasterData.h"

namespace wh {

QString Worker::employmentTypeOn(const QDate &day) const
{
    QString type;
    for (const auto &period : employment) {
        if (period.effectiveFrom > day)
            break;
        type = period.employmentTypeCode;
    }
    return type;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Direct: return QStringLiteral("direct");
    case ActivityKind::Indirect: return QStringLiteral("indirect");
    case ActivityKind::Break: return QStringLiteral("break");
    }
    return {};
}

std::optional<ActivityKind> activityKindFromName(const QString &name)
{
    for (auto kind : {ActivityKind::Direct, ActivityKind::Indirect, ActivityKind::Break})
        if (activityKindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Kiosk: return QStringLiteral("kiosk");
    case DeviceKind::Handheld: return QStringLiteral("handheld");
    case DeviceKind::Manager: return QStringLiteral("manager");
    }
    return {};
}

std::optional<DeviceKind> deviceKindFromName(const QString &name)
{
    for (auto kind : {DeviceKind::Kiosk, DeviceKind::Handheld, DeviceKind::Manager})
        if (deviceKindName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<qint64> wageOn(const std::vector<WageRate> &rates, const QString &employmentTypeCode,
                             const QString &siteCode, const QDate &day)
{
    const WageRate *best = nullptr;
    for (const auto &rate : rates) {
        if (rate.employmentTypeCode != employmentTypeCode || rate.siteCode != siteCode ||
            rate.effectiveFrom > day)
            continue;
        if (!best || rate.effectiveFrom > best->effectiveFrom)
            best = &rate;
    }
    if (!best)
        return std::nullopt;
    return best->yenPerHour;
}

} // namespace wh
