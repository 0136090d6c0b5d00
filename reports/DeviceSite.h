#pragma once

#include "MasterData.h"
#include "Result.h"
#include "Store.h"

namespace wh::reports {

// A device and the site it stands in: the device decides the site, so nobody picks a wrong one.
struct DeviceSite {
    Device device;
    Site site;
};

// The device `deviceId`, which must be of `kind`; when `deviceId` is empty, the first device of
// `kind` (by id). Errors: NotFound with the id as context (or an empty context when the store has
// no device of `kind`), InvalidArgument when the device is of another kind (context: the id).
// Call on the thread that uses `store`'s connection.
[[nodiscard]] Result<DeviceSite> findDeviceSite(db::Store &store, DeviceKind kind, const QString &deviceId);

} // namespace wh::reports
