#pragma once

#include "Clock.h"
#include "Result.h"
#include "TapeDevice.h"

#include <QString>

#include <memory>

namespace wh::drivers {

// Tape measures named on a command line or in a configuration, as one text:
//   sim:PROTOCOL                   SimulatedTape (leica-disto, bosch-glm, es-tape, nus, wedge)
//   serial:PROTOCOL:PORT           SerialTape at 9600 8N1 (bosch-glm, es-tape, nus), e.g.
//                                  serial:bosch-glm:/dev/rfcomm0
//   ble:PROTOCOL[:ADDRESS]         BleTape on Qt Bluetooth (leica-disto, bosch-glm, es-tape, nus):
//                                  the first device advertising the protocol's service, or ADDRESS
// The PORT and ADDRESS are everything after the second colon (addresses and some by-path port
// names contain colons). Errors name what is wrong (ErrorCode::InvalidArgument). The device is not
// started. A SimulatedTape is returned as such (qobject_cast<SimulatedTape *> reaches measure()).
struct TapeDeviceSpec {
    enum class Kind { Simulated, Serial, Ble };
    Kind kind = Kind::Simulated;
    TapeProtocol protocol = TapeProtocol::LeicaDisto;
    QString target; // serial: the port; ble: the address (may be empty)

    [[nodiscard]] static Result<TapeDeviceSpec> parse(const QString &text);
};

[[nodiscard]] Result<std::unique_ptr<TapeDevice>> createTapeDevice(const TapeDeviceSpec &spec,
                                                                   const TapeDecoderOptions &decoder = {},
                                                                   const Clock &clock = Clock::system(),
                                                                   QObject *parent = nullptr);
[[nodiscard]] Result<std::unique_ptr<TapeDevice>> createTapeDevice(const QString &spec,
                                                                   const TapeDecoderOptions &decoder = {},
                                                                   const Clock &clock = Clock::system(),
                                                                   QObject *parent = nullptr);

} // namespace wh::drivers
