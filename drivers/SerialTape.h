#pragma once

#include "Clock.h"
#include "SerialDevice.h"
#include "TapeDevice.h"

#include <QString>

#include <memory>

namespace wh::drivers {

// A tape measure on a serial port: Bluetooth classic SPP bound to /dev/rfcommN, or a USB virtual
// COM port. The port is a SerialDevice (opened at 9600 8N1 by default, reconnected with a doubling
// back-off when it fails or disappears, like the badge reader and the scanner); its bytes go
// through the protocol's stream decoder (TapeDevice). A frame left incomplete for frameTimeoutMs
// is rejected as truncated.
//
// Protocols: bosch-glm (MT frames over SPP; each time the port opens it sends "AutoSync on",
// C0 55 02 01 00 1A, so every button press sends a reading; trigger() sends the distance request
// C0 40 00 EE), es-tape and nus (ASCII frames and lines, the same as over BLE). leica-disto is
// BLE only and wedge is keys: create() refuses them.
// Lives in the thread that created it; needs an event loop.
class SerialTape final : public TapeDevice {
    Q_OBJECT

public:
    struct Settings : SerialDevice::Settings {
        TapeProtocol protocol = TapeProtocol::BoschGlm;
        TapeDecoderOptions decoder;
        TapeDeduplicator::Options dedupe;
        bool boschAutoSync = true; // send "AutoSync on" whenever the port opens
    };

    [[nodiscard]] static Result<std::unique_ptr<SerialTape>>
    create(Settings settings, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SerialTape() override;

    void start() override;
    void stop() override;
    bool trigger() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }

private:
    class Port;

    SerialTape(Settings settings, std::unique_ptr<TapeDecoder> decoder, const Clock &clock, QObject *parent);
    void onPortState(SerialDevice::State state);
    bool sendCommand(const QByteArray &bytes);

    Settings m_settings;
    Port *m_port = nullptr; // a child
};

} // namespace wh::drivers
