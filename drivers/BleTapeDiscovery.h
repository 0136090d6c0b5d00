#pragma once

#include "BleCentral.h"
#include "Result.h"
#include "TapeReading.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace wh::drivers {

// A tape measure seen in a Bluetooth LE scan: the device and the protocol it speaks.
struct BleTapeCandidate {
    BlePeripheral peripheral;
    TapeProtocol protocol = TapeProtocol::LeicaDisto;
    bool byName = false; // recognised by its advertised name only (no service UUID in the advertisement)
};

// Finds tape measures to pair with (the handheld's Devices screen): one LE scan, and every device
// that advertises the service of a protocol the drivers speak (BleTapeProfile: leica-disto,
// bosch-glm, es-tape, nus) comes out once, as a BleTapeCandidate. BleTape itself scans for one
// protocol and connects to the first it finds; this lists them all so a person can choose.
//
// Advertisements may leave 128-bit service UUIDs out (they have 31 bytes); a device whose name
// starts with a known model prefix (kNameHints: "DISTO", "GLM") is listed for that protocol,
// marked byName. Connecting finds out whether it has the service (BleTape says so when not).
//
// start() asks the central whether there is an adapter first and returns an error when there is
// none (ErrorCode::NotFound) or it is switched off (ErrorCode::Io), without scanning: the caller
// says so and offers what needs no Bluetooth. A failure during the scan comes as failed(), then
// finished(). Lives in the thread that created it.
class BleTapeDiscovery : public QObject {
    Q_OBJECT

public:
    struct NameHint {
        const char *prefix; // case-insensitive, at the start of the advertised name
        TapeProtocol protocol;
    };
    static const std::vector<NameHint> kNameHints;

    // With `central` (owned): the tests' fake, or QtBleCentral.
    explicit BleTapeDiscovery(std::unique_ptr<BleCentral> central, QObject *parent = nullptr);
    ~BleTapeDiscovery() override;

    // Scans for up to `timeoutMs`. Errors (no scan): no adapter, adapter off. Calling it while a scan
    // runs starts nothing new (the running scan goes on); every call forgets what was found before.
    [[nodiscard]] Status start(int timeoutMs = 10000);
    // Ends the scan now: finished() follows when one was running.
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] BleCentral::AdapterState adapterState() const { return m_central->adapterState(); }

    // The BLE tape protocol whose service `services` holds (the first in BleTapeProfile's order), or
    // by `name` (kNameHints) when none does; nullopt for anything else. Pure.
    [[nodiscard]] static std::optional<BleTapeCandidate> recognise(const BlePeripheral &peripheral);

signals:
    // Once per device (address) and scan.
    void tapeFound(const wh::drivers::BleTapeCandidate &candidate);
    void failed(const wh::Error &error);
    // The scan ended (its time was up, stop(), or it failed).
    void finished();

private:
    void onPeripheralFound(const BlePeripheral &peripheral);
    void end();

    std::unique_ptr<BleCentral> m_central;
    bool m_active = false;
    QSet<QString> m_seen; // addresses listed in this scan
};

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::BleTapeCandidate)
