#pragma once

#include "TapeDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace wh::drivers {

// Bosch GLM / PLR laser distance meters, "MT protocol" (devices.md; sources: Bosch "MT connectivity
// protocol" 1.2.9 and "MT protocol LRF command set" 2.5.0, pymtprotocol, oberbichler/bosch-plr).
// The same frames travel over Bluetooth classic SPP (a serial port, 9600 8N1) and over BLE (one
// write + indicate characteristic); this decoder frames a byte stream, so both feed it alike.
//
// Frames, multi-byte values little-endian, CRC-8 (polynomial 0xA6, init 0xAA, not reflected, no
// final XOR) over every byte before it:
//   request, long format   [C0][command][length][data...][crc]   host -> device; and the device's
//                          own exchange-data pushes (AutoSync)
//   response, long format  [status][length][data...][crc]        device -> host
//     status bits 2..0: 0 ok, 1 timeout, 2 mode invalid, 3 checksum error, 4 unknown command,
//     5 access level, 6 invalid data; bit 3 hardware error; bit 4 not ready (bits 7..5 unused,
//     which tells a response from a C0 request).
// Commands:
//   0x40 distance: the response carries a uint32 in 50 um steps (0 = measurement error)
//        C0 40 00 EE -> 00 04 13 0E 00 00 32 = 3603 x 0.05 mm = 180.15 mm
//   0x41 laser on (C0 41 00 96), 0x42 laser off (C0 42 00 1E)
//   0x55 exchange data container (EDC). C0 55 02 01 00 1A turns AutoSync on: the device then sends
//        C0 55 10 + 16 bytes + CRC on every button press (no reply expected):
//        byte 0 dev-mode (bits 7..2: 1 single distance, 63 error) and reference (bits 1..0),
//        byte 1 status (bit 3 imperial display, bit 2 battery low, bit 0 laser on),
//        bytes 2-3 measurement id, bytes 4-7 result float32 metres, 8-15 two components.
//
// A response is paired with the last request the host sent (sent()); without one (frames pasted
// on the command line) a 4-byte response is read as a distance. Bad input never stops the stream:
// a CRC error rejects that frame (length from its header) and decoding goes on after it; bytes
// that cannot start a frame are rejected together, before the next whole frame (or at flush()); a
// frame still incomplete at flush() (a silence, a disconnect) is rejected as truncated. The frames
// do not depend on how the bytes were chunked.
// Pure; not thread-safe.
class BoschGlmDecoder final : public TapeDecoder {
public:
    // GLM 50 C, 50-27 C/CG: one characteristic (write + indicate) carries raw MT frames.
    static constexpr const char *kService = "02a6c0d0-0451-4000-b000-fb3210111989";
    static constexpr const char *kCharacteristic = "02a6c0d1-0451-4000-b000-fb3210111989";

    static constexpr quint8 kRequestLong = 0xC0;
    static constexpr quint8 kDistance = 0x40;
    static constexpr quint8 kLaserOn = 0x41;
    static constexpr quint8 kLaserOff = 0x42;
    static constexpr quint8 kExchangeData = 0x55;
    // Longer data than this in a header means the stream is out of step (the longest frame of the
    // command set is well below it).
    static constexpr int kMaxDataLength = 64;

    struct ExchangeData {
        quint8 devMode = 1;   // 1 single distance, 63 error
        quint8 reference = 0; // 0..3
        quint8 status = 0x01; // bit 0 laser on
        quint16 id = 0;       // measurement id
        float result = 0;     // metres
        float component1 = 0;
        float component2 = 0;
    };

    BoschGlmDecoder() = default;

    [[nodiscard]] TapeProtocol protocol() const override { return TapeProtocol::BoschGlm; }
    [[nodiscard]] std::vector<TapeFrame> feed(QByteArrayView bytes, const QString &channel) override;
    [[nodiscard]] std::vector<TapeFrame> flush() override;
    [[nodiscard]] bool hasPendingBytes() const override
    {
        return !m_buffer.isEmpty() || !m_garbage.isEmpty();
    }
    void sent(QByteArrayView bytes) override;

    // One complete frame, its CRC already checked.
    [[nodiscard]] TapeFrame decodeFrame(QByteArrayView frame);

    [[nodiscard]] static quint8 crc8(QByteArrayView bytes);
    // [C0][command][length][data][crc]
    [[nodiscard]] static QByteArray request(quint8 command, QByteArrayView data = {});
    // C0 55 02 01 00 1A: AutoSync on.
    [[nodiscard]] static QByteArray autoSyncOn() { return request(kExchangeData, QByteArray("\x01\x00", 2)); }
    // C0 40 00 EE: measure a distance.
    [[nodiscard]] static QByteArray distanceRequest() { return request(kDistance); }
    // [status][length][data][crc] (what a device answers; for the simulator and tests).
    [[nodiscard]] static QByteArray response(quint8 status, QByteArrayView data = {});
    // A distance response: `steps` x 50 um.
    [[nodiscard]] static QByteArray distanceResponse(quint32 steps);
    // C0 55 10 + 16 bytes + CRC.
    [[nodiscard]] static QByteArray exchangeDataFrame(const ExchangeData &data);
    // "timeout", "hardware error, not ready": what a response's status byte says is wrong.
    [[nodiscard]] static QString statusProblems(quint8 status);

private:
    [[nodiscard]] TapeFrame decodeExchangeData(QByteArrayView frame) const;
    [[nodiscard]] TapeFrame decodeResponse(QByteArrayView frame, std::optional<quint8> command) const;
    // The length of the frame at the start of the buffer: 0 when more bytes are needed to tell,
    // -1 when its first byte cannot start a frame.
    [[nodiscard]] qsizetype frameLengthAtStart() const;
    void emitGarbage(std::vector<TapeFrame> &out);

    QByteArray m_buffer;
    QByteArray m_garbage; // bytes that cannot start a frame, held until a frame follows
    QString m_channel;
    std::optional<quint8> m_pendingCommand;
};

} // namespace wh::drivers
