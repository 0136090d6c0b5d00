#pragma once

#include "TapeDecoder.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace wh::drivers {

// Leica DISTO laser distance meters over BLE (devices.md; sources: seichter/d2relay notes,
// FablabPPR/leica-disto-transfer). One indication is one frame; which characteristic carried it
// decides what it is.
//
// GATT, all on the base 3ab1xxxx-f831-4395-b29d-570977d5bf94:
//   0100  service
//   0101  distance: float32 little-endian, metres (read, indicate)      -> a settled reading
//   0102  display unit: first byte a code (indicate)                     -> a message
//         0 m, 1 ft, 2 in, 3/4/5 mm, 6 yd, 7/8/9 ft+in
//   0109  command (write without response): "g" measure, "o" laser on, "p" laser off
//   010A  state; 010C model name (8 ASCII bytes)
//   010D  some models (X3, D2G): 20 bytes, float32 LE metres at offset 0, a measurement counter
//         in the low 14 bits of the uint16 LE at offset 18             -> a reading with a sequence
// A distance that is not finite or not above zero is rejected (the meter's "no measurement").
//
// Without a channel (frames pasted on the command line) the length decides: 4 bytes a distance,
// 20 a 010D measurement, 1 a display unit.
// Pure; not thread-safe (remembers the last display unit).
class LeicaDistoDecoder final : public TapeDecoder {
public:
    static constexpr const char *kService = "3ab10100-f831-4395-b29d-570977d5bf94";
    static constexpr const char *kDistance = "3ab10101-f831-4395-b29d-570977d5bf94";
    static constexpr const char *kDisplayUnit = "3ab10102-f831-4395-b29d-570977d5bf94";
    static constexpr const char *kCommand = "3ab10109-f831-4395-b29d-570977d5bf94";
    static constexpr const char *kMeasurement = "3ab1010d-f831-4395-b29d-570977d5bf94";
    // Written to kCommand: take a measurement (the remote trigger).
    static constexpr char kTriggerCommand = 'g';

    enum class Characteristic { Distance, DisplayUnit, Measurement, Other, Unknown };
    // The characteristic a channel names (a UUID with or without braces, any case); Unknown for an
    // empty channel, Other for a UUID outside the table's readings.
    [[nodiscard]] static Characteristic characteristicOf(const QString &channel);

    explicit LeicaDistoDecoder(TapeDecoderOptions options = {})
        : m_options(options)
    {
    }

    [[nodiscard]] TapeProtocol protocol() const override { return TapeProtocol::LeicaDisto; }
    [[nodiscard]] std::vector<TapeFrame> feed(QByteArrayView bytes, const QString &channel) override;
    [[nodiscard]] std::vector<TapeFrame> flush() override { return {}; }
    [[nodiscard]] bool hasPendingBytes() const override { return false; }

    // One frame of a known characteristic.
    [[nodiscard]] TapeFrame decode(QByteArrayView frame, Characteristic characteristic);

    // The unit of a display-unit code (ft+in as feet); nullopt for a code outside the table.
    [[nodiscard]] static std::optional<LengthUnit> displayUnit(quint8 code);

private:
    [[nodiscard]] TapeFrame decodeDistance(QByteArrayView frame, std::optional<quint32> counter) const;
    // The unit a distance's float is in, or the reason it is not known.
    [[nodiscard]] Result<LengthUnit> valueUnit() const;

    TapeDecoderOptions m_options;
    std::optional<quint8> m_displayUnitCode;
};

} // namespace wh::drivers
