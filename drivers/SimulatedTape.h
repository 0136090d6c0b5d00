#pragma once

#include "Clock.h"
#include "TapeDevice.h"
#include "TapeSimulator.h"
#include "TapeWedgeDetector.h"

#include <QByteArray>
#include <QString>
#include <QTimer>

#include <optional>

namespace wh::drivers {

// A tape measure in process, for `wh measure --device sim:PROTOCOL`, tests and demos: measure()
// makes the protocol's real frames (TapeSimulator) and they come out through the same decoder,
// de-duplication and signals as a real device's (TapeDevice), from the event loop (queued), so a
// caller connects its slots after measure() as it would with a real device.
//
// Like the devices: a DISTO replays its last value when it reconnects (suppressed as a Duplicate
// frame); an ES-Tape can send live frames before the settled one (Options::liveFrames); a wedge
// tape types its keys (TapeWedgeDetector, simulated key times). sendRaw() injects any bytes (bad
// frames); disconnectDevice() takes the device away and brings it back after reconnectMs.
//
// Typical use (A's headless run):
//     SimulatedTape tape(TapeProtocol::LeicaDisto);
//     connect(&tape, &TapeDevice::frameReceived, log, ...);    // device log
//     connect(&tape, &TapeDevice::readingReceived, flow, ...); // judge settled readings
//     tape.start();                // Connected at once
//     tape.measure(523.4);         // readingReceived follows from the event loop
// Values survive to TapeSimulator::resolutionMm() (ES-Tape: whole mm by default).
// Lives in the thread that created it.
class SimulatedTape final : public TapeDevice {
    Q_OBJECT

public:
    struct Options {
        QString deviceId;                 // default "sim:PROTOCOL"
        TapeDecoderOptions decoder;       // what the simulated device's frames are read with
        TapeWedgeDetector::Options wedge; // a wedge tape's framing
        bool liveFrames = false;          // ES-Tape: live frames before the settled one
        int reconnectMs = 50;             // disconnectDevice(): back after this long
    };

    explicit SimulatedTape(TapeProtocol protocol, QObject *parent = nullptr);
    SimulatedTape(TapeProtocol protocol, Options options, const Clock &clock = Clock::system(),
                  QObject *parent = nullptr);
    ~SimulatedTape() override;

    // Connected at once (a DISTO that measured before replays its last value).
    void start() override;
    void stop() override;

    // The person measures `millimetres`: the frames are sent from the event loop. Returns the
    // measurement's number (1, 2, ...: the Bosch AutoSync id). An error when the device is not
    // connected (the frames would be lost, as with a real one) or the protocol cannot carry the value.
    [[nodiscard]] Result<quint32> measure(double millimetres);
    // Bytes as if the device sent them (a wedge tape: the text typed, then its terminator), from
    // the event loop. `channel` defaults to the protocol's data characteristic.
    void sendRaw(const QByteArray &bytes, const QString &channel = {});
    // The device goes away (switched off, out of range): pending bytes are flushed, Reconnecting and
    // a deviceError now; Connected again after Options::reconnectMs.
    void disconnectDevice();

    [[nodiscard]] const TapeSimulator &simulator() const { return m_simulator; }

private:
    void send(std::vector<TapeSimulator::Emission> emissions);
    void emitNow(const TapeSimulator::Emission &emission);
    void typeKeys(const QString &text);
    void connectNow();

    Options m_options;
    TapeSimulator m_simulator;
    TapeWedgeDetector m_wedge;
    quint32 m_sequence = 0;
    std::optional<TapeSimulator::Emission> m_lastSettled; // what a DISTO replays
    QTimer m_reconnectTimer;
    quint64 m_generation = 0; // frames queued before a disconnect are dropped with it
    qint64 m_lastKeyMs = 0;
};

} // namespace wh::drivers
