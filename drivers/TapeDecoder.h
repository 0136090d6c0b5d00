#pragma once

#include "TapeReading.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

namespace wh::drivers {

// The settings of the tape decoders, where sources disagree or vendors differ (devices.md). One
// struct for all protocols, so a device or a command line carries one value.
struct TapeDecoderOptions {
    // Leica DISTO: what the distance characteristic's float32 is in. Two sources read metres, one
    // "the preset units" (the display unit, characteristic 0102). Default: metres.
    enum class LeicaValueUnit { Metres, DisplayUnit };
    LeicaValueUnit leicaValueUnit = LeicaValueUnit::Metres;

    // ES-Tape: what one count of the four digits is. One source reads millimetres (0523 -> 523 mm),
    // another hundredths of a centimetre (0523 -> 5.23 cm). Default: 1 mm.
    double esTapeMetricStepMm = 1.0;
    // ES-Tape frames flagged imperial ('I'): no source gives the scale; default 0.1 in a count.
    double esTapeImperialStepIn = 0.1;

    // Nordic UART lines and keyboard-wedge tapes: the unit of a number sent without one.
    LengthUnit defaultUnit = LengthUnit::Millimetre;
};

// Bytes from a tape -> frames, incrementally and without I/O: the common face of the protocol
// decoders, so the transports (BLE, serial) and the simulator feed them the same way.
//
// feed() takes what one notification or indication carried (`channel`: its characteristic's
// UUID), or a chunk of a serial stream (`channel`: the port, or empty); it returns the frames
// those bytes complete, in order, each a reading, a message or a rejection that keeps its raw
// bytes. Bytes that do not complete a frame are held; flush() (a silence, a disconnect) ends them.
// Every byte fed comes out in exactly one frame's `raw`, except line ends and padding between
// frames. Decoders set the reading's value, unit, settled flag, device sequence (when the protocol
// has one), protocol and raw bytes; the device sets the rest.
// Pure; not thread-safe.
class TapeDecoder {
public:
    virtual ~TapeDecoder() = default;

    [[nodiscard]] virtual TapeProtocol protocol() const = 0;
    [[nodiscard]] virtual std::vector<TapeFrame> feed(QByteArrayView bytes, const QString &channel) = 0;
    [[nodiscard]] virtual std::vector<TapeFrame> flush() = 0;
    [[nodiscard]] virtual bool hasPendingBytes() const = 0;
    // The host sent `bytes` to the device (a command): a decoder that pairs responses with requests
    // (the Bosch MT protocol) notes it. The others ignore it.
    virtual void sent(QByteArrayView bytes) { Q_UNUSED(bytes); }
};

// The decoder of `protocol`. TapeProtocol::Wedge has no byte decoder (its keys go to
// TapeWedgeDetector): InvalidArgument.
[[nodiscard]] Result<std::unique_ptr<TapeDecoder>> makeTapeDecoder(TapeProtocol protocol,
                                                                   const TapeDecoderOptions &options = {});

} // namespace wh::drivers
