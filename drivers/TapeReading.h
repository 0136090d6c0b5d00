#pragma once

#include "Result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace wh::drivers {

// Tape measures and laser distance meters: what one reading is, and what one frame from such a
// device came to. The decoders (LeicaDistoDecoder, BoschGlmDecoder, EsTapeDecoder,
// NordicUartDecoder, TapeWedgeDetector) produce these; the devices (TapeDevice: BLE, serial,
// simulated) stamp them with the device id and the time and hand them on. Value types; any thread.

// The tape-measure protocols the drivers speak (devices.md, "Tape measures").
enum class TapeProtocol {
    LeicaDisto, // "leica-disto": BLE indications, float32 metres
    BoschGlm,   // "bosch-glm": the MT protocol (BLE or serial), CRC-8, AutoSync exchange container
    EsTape,     // "es-tape": ES-Tape style ASCII frames over the Dialog serial service
    NordicUart, // "nus": generic ASCII lines over the Nordic UART service
    Wedge,      // "wedge": a keyboard-wedge tape typing the number and Enter
};

// "leica-disto", "bosch-glm", "es-tape", "nus", "wedge": the names on command lines and in logs.
[[nodiscard]] QString tapeProtocolName(TapeProtocol protocol);
[[nodiscard]] Result<TapeProtocol> parseTapeProtocol(QStringView name);
// Every protocol, in the order above.
[[nodiscard]] const std::vector<TapeProtocol> &allTapeProtocols();

// The length units a tape may report. A reading keeps the unit the device used; judging a value in
// another unit (feet against a spec in mm) is the judgement's decision, not the driver's.
enum class LengthUnit { Millimetre, Centimetre, Metre, Inch, Foot, Yard };

// "mm", "cm", "m", "in", "ft", "yd".
[[nodiscard]] QString lengthUnitSymbol(LengthUnit unit);
// Accepts the symbols above (any case) and the inch and foot marks `"` and `'`.
[[nodiscard]] std::optional<LengthUnit> parseLengthUnit(QStringView symbol);
// Millimetres in one `unit` (25.4 for an inch).
[[nodiscard]] double millimetresPer(LengthUnit unit);

struct TapeReading {
    double value = 0;                         // in `unit`, as the device meant it (finite, > 0)
    LengthUnit unit = LengthUnit::Millimetre; // as the device reported it
    bool settled = true;                      // a confirmed measurement; false: live, the tape still moving
    QString deviceId;                         // set by the device (BLE address, serial port, "sim:...")
    TapeProtocol protocol = TapeProtocol::NordicUart;
    // The device's own measurement counter when the protocol carries one (Bosch AutoSync id, DISTO
    // 010D counter; sequenceFromDevice), else the device's count of its readings from 1.
    quint32 sequence = 0;
    bool sequenceFromDevice = false;
    QByteArray raw;          // the frame it came from (a wedge tape: the typed text, UTF-8)
    qint64 receivedAtMs = 0; // UTC ms; set by the device

    [[nodiscard]] double millimetres() const { return value * millimetresPer(unit); }
    // In tenths of a millimetre (the unit of the measurement spec), rounded half away from zero.
    [[nodiscard]] qint64 tenthsOfMillimetre() const;
    // "1234", "180.15", "523.4": millimetres to 0.001 mm, without trailing zeros.
    [[nodiscard]] QString millimetresText() const;
    // "1234 mm settled #5" (for logs and the command line).
    [[nodiscard]] QString summary() const;
};

// What one frame from a tape came to. Every frame a device receives goes out as one of these
// (TapeDevice::frameReceived), accepted or not, so a program can keep a device log.
struct TapeFrame {
    enum class Kind {
        Reading,   // a new reading: `reading`
        Duplicate, // a reading suppressed as a repeat of the last one (a replay on subscribe): `reading`
        Message,   // a frame that carries no reading (an acknowledgement, a unit change): `detail`
        Rejected,  // bad input: `detail` says why (clear, translated); `raw` keeps the bytes
    };
    Kind kind = Kind::Rejected;
    TapeProtocol protocol = TapeProtocol::NordicUart;
    QString deviceId;        // set by the device
    QString channel;         // what carried it: a BLE characteristic's UUID, a serial port; may be empty
    qint64 receivedAtMs = 0; // set by the device
    QByteArray raw;
    TapeReading reading; // Reading, Duplicate
    QString detail;      // Message, Rejected (and the reason a Duplicate was suppressed)

    [[nodiscard]] bool accepted() const { return kind != Kind::Rejected; }

    [[nodiscard]] static TapeFrame rejected(TapeProtocol protocol, QByteArray raw, QString reason);
    [[nodiscard]] static TapeFrame message(TapeProtocol protocol, QByteArray raw, QString what);
    [[nodiscard]] static TapeFrame accept(TapeReading reading);
};

// "reading", "duplicate", "message", "rejected" (the device log's kind column).
[[nodiscard]] QString tapeFrameKindName(TapeFrame::Kind kind);

// A length typed or sent as text: "1.234 m", "523", "52.3cm", "20.5 in", "3 ft", "1234,5 mm".
// Optional sign-free number (a dot or a comma as decimal mark), optional spaces, optional unit
// (mm, cm, m, in, ", ft, '); a number without a unit is in `defaultUnit`. Leading and trailing
// spaces are ignored. Anything else is rejected with a reason: not a number, an unknown unit, zero,
// a negative number. Pure.
[[nodiscard]] Result<std::pair<double, LengthUnit>> parseLengthText(QStringView text, LengthUnit defaultUnit);

// The shortest decimal text of a float32 as a double ("1.234" for the float nearest 1.234): a device
// that sends float32 metres means the decimal it displays, not the float's binary tail.
[[nodiscard]] double shortestDecimal(float value);

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::TapeReading)
Q_DECLARE_METATYPE(wh::drivers::TapeFrame)
