#pragma once

#include "Clock.h"
#include "Error.h"
#include "TapeDecoder.h"
#include "TapeDeduplicator.h"
#include "TapeReading.h"

#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A tape measure as the programs see it, whatever carries its bytes: BleTape (Qt Bluetooth),
// SerialTape (Qt SerialPort: RFCOMM or USB) or SimulatedTape (in process, the protocol's real
// frames). All three put what arrives through the same path: the protocol's TapeDecoder, then the
// device id and time are stamped, then TapeDeduplicator, then the signals.
//
// Signals, in this order for each frame:
//   frameReceived    every frame, accepted or rejected, with its raw bytes (the device log:
//                    db/DeviceLog takes its fields); duplicates come as Kind::Duplicate
//   readingReceived  a new reading (settled or live; record only settled ones)
// and, apart from frames:
//   stateChanged     Stopped -> Searching -> Connecting -> Connected; Reconnecting while it waits
//                    to try again (the device went away, or could not be reached)
//   deviceError      a connection problem, with a clear message (ErrorCode::Io, NotFound); the
//                    device keeps trying until stop()
// Raw frames are logged at trace level on "drivers.tape", rejections as warnings.
//
// Lives in the thread that created it; call it from that thread (it needs an event loop).
class TapeDevice : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,      // not started, or stop() was called
        Searching,    // BLE: scanning for a device with the protocol's service
        Connecting,   // connecting, discovering the service, enabling notifications
        Connected,    // readings can come
        Reconnecting, // lost or unreachable: the next attempt is scheduled (back-off)
    };
    Q_ENUM(State)

    ~TapeDevice() override;

    // Starts (or keeps trying to start) the connection. Idempotent.
    virtual void start() = 0;
    // Disconnects and stops retrying; pending bytes are decoded (or rejected) first.
    virtual void stop() = 0;
    // Asks the device to measure, where the protocol has a remote trigger (DISTO "g", Bosch
    // distance command) and the device is connected; false otherwise.
    virtual bool trigger() { return false; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] TapeProtocol protocol() const { return m_protocol; }
    // The BLE address, the serial port, "sim:PROTOCOL"; a BLE device found by its service gets its
    // address once found.
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    [[nodiscard]] static QString stateName(State state);

signals:
    void frameReceived(const wh::drivers::TapeFrame &frame);
    void readingReceived(const wh::drivers::TapeReading &reading);
    void stateChanged(wh::drivers::TapeDevice::State state);
    void deviceError(const wh::Error &error);

protected:
    // `decoder` may be null (a wedge tape: its frames come decoded, through deliverFrames()).
    TapeDevice(TapeProtocol protocol, QString deviceId, std::unique_ptr<TapeDecoder> decoder,
               TapeDeduplicator::Options dedupe, const Clock &clock, QObject *parent);

    // Bytes from the device, as one notification carried them or a chunk of a stream.
    void deliverBytes(QByteArrayView bytes, const QString &channel);
    // A silence or a disconnect: the decoder's pending bytes end now.
    void flushDecoder();
    [[nodiscard]] bool decoderHasPendingBytes() const;
    // Decoded frames: stamped, de-duplicated, counted, emitted.
    void deliverFrames(std::vector<TapeFrame> frames);
    // The host sent `bytes` to the device (the decoder may pair the response with it).
    void noteSent(QByteArrayView bytes);
    // Notifications or indications were (re)enabled now (a replay may follow).
    void noteSubscribed();
    void setState(State state);
    void setDeviceId(const QString &id) { m_deviceId = id; }
    // Logs `error` and emits deviceError.
    void reportError(const Error &error);
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] spdlog::logger &log() const { return *m_log; }

private:
    TapeProtocol m_protocol;
    QString m_deviceId;
    std::unique_ptr<TapeDecoder> m_decoder;
    TapeDeduplicator m_dedupe;
    const Clock &m_clock;
    State m_state = State::Stopped;
    quint32 m_counted = 0; // readings without a device counter, numbered from 1
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::TapeDevice::State)
