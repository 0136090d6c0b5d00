#pragma once

#include "KeyBurst.h"
#include "Result.h"
#include "TapeDecoder.h"
#include "TapeReading.h"
#include "TapeWedgeDetector.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace wh::drivers {

// What a tape measure of each protocol sends for a measurement: the real frames (the same bytes
// the decoders read), so tests, `wh device simulate` and SimulatedTape exercise the decoders as the
// devices do. Deterministic. A value type; pure; any thread.
//
//   leica-disto  distance characteristic 0101: float32 metres
//   bosch-glm    an AutoSync exchange data container (C0 55 10 ...) with the sequence as its id
//   es-tape      "*0523;0000;000000SM\r" (live: "...PM" frames at 80 % and 95 % of the length first)
//   nus          "0.5234 m\r\n"
//   wedge        the keys of "523.4" and Enter
// A value of 0, a negative value or NaN gives the frame a device sends for it where the protocol can
// carry one (so the decoders' rejections can be exercised); a value the protocol cannot carry
// (ES-Tape beyond four digits) is an error.
class TapeSimulator {
public:
    struct Emission {
        QByteArray bytes;
        QString channel; // the BLE characteristic it comes on (empty for wedge)
        bool settled = true;
    };

    explicit TapeSimulator(TapeProtocol protocol, TapeDecoderOptions options = {})
        : m_protocol(protocol)
        , m_options(options)
    {
    }

    [[nodiscard]] TapeProtocol protocol() const { return m_protocol; }

    // The frames of one measurement of `millimetres`; with `live`, the live frames the protocol
    // sends while the tape moves come first (only ES-Tape has them).
    [[nodiscard]] Result<std::vector<Emission>> measurement(double millimetres, quint32 sequence,
                                                            bool live = false) const;
    // One frame, settled or live (a protocol without live frames: an error for live).
    [[nodiscard]] Result<Emission> frame(double millimetres, quint32 sequence, bool settled) const;

    // The text a wedge tape types for `millimetres` ("523.4"), without the terminator.
    [[nodiscard]] static QString wedgeText(double millimetres);
    // Its key presses set up as `tape` (prefix, suffix, terminator), gaps from [minGapMs, maxGapMs].
    [[nodiscard]] static std::vector<WedgeKey> wedgeKeys(double millimetres, qint64 startMs,
                                                         const TapeWedgeDetector::Options &tape,
                                                         int minGapMs = 2, int maxGapMs = 12,
                                                         quint64 seed = 1);

    // The smallest step a value survives the protocol in (mm): 1 for ES-Tape by default, 0.1 for
    // nus and wedge, 0.001 for the float32 protocols (to a few micrometres).
    [[nodiscard]] double resolutionMm() const;

private:
    TapeProtocol m_protocol;
    TapeDecoderOptions m_options;
};

} // namespace wh::drivers
