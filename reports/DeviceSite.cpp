#include "DeviceSite.h"

#include "MasterDataRepositories.h"

#include <algorithm>

namespace wh::reports {

Result<DeviceSite> findDeviceSite(db::Store &store, DeviceKind kind, const QString &deviceId)
{
    db::DeviceRepository devices(store);
    DeviceSite result;
    if (deviceId.isEmpty()) {
        auto all = devices.all();
        if (!all)
            return all.error();
        const auto it =
            std::find_if(all->begin(), all->end(), [kind](const Device &d) { return d.kind == kind; });
        if (it == all->end())
            return Error(ErrorCode::NotFound,
                         QStringLiteral("the store has no %1 device").arg(deviceKindName(kind)));
        result.device = *it;
    } else {
        auto device = devices.find(deviceId);
        if (!device)
            return device.error().code() == ErrorCode::NotFound
                       ? Error(ErrorCode::NotFound, QStringLiteral("no such device"), deviceId)
                       : device.error();
        if (device->kind != kind)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("the device is a %1, not a %2")
                             .arg(deviceKindName(device->kind), deviceKindName(kind)),
                         deviceId);
        result.device = *device;
    }
    db::SiteRepository sites(store);
    auto site = sites.find(result.device.siteCode);
    if (!site)
        return site.error();
    result.site = *site;
    return result;
}

} // namespace wh::reports
