#pragma once

#include "TapeDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wh::drivers {

// Generic tapes over the Nordic UART service (devices.md):
//   6e400001-b5a3-f393-e0a9-e50e24dcca9e  service
//   6e400002-... / 6e400003-...           RX and TX; vendors swap the names, so the transport
//                                          subscribes to whichever has the notify property
// The payload is vendor-defined, usually ASCII lines: a number and a unit, "1.234 m" CR LF ->
// 1234 mm (parseLengthText: mm, cm, m, in, ft, optional space; no unit -> the default unit).
// Every reading is settled (these tapes send on a button press).
//
// Lines end at CR, LF or CR LF; empty lines are skipped; a line still open at flush() (a vendor
// that sends no line end, after a silence) is decoded as it is. A line with control bytes or
// bytes that are not UTF-8, or longer than kMaxLine (skipped to its end), is rejected.
// Pure; not thread-safe.
class NordicUartDecoder final : public TapeDecoder {
public:
    static constexpr const char *kService = "6e400001-b5a3-f393-e0a9-e50e24dcca9e";
    static constexpr const char *kRx = "6e400002-b5a3-f393-e0a9-e50e24dcca9e";
    static constexpr const char *kTx = "6e400003-b5a3-f393-e0a9-e50e24dcca9e";
    static constexpr int kMaxLine = 64;

    explicit NordicUartDecoder(TapeDecoderOptions options = {})
        : m_options(options)
    {
    }

    [[nodiscard]] TapeProtocol protocol() const override { return TapeProtocol::NordicUart; }
    [[nodiscard]] std::vector<TapeFrame> feed(QByteArrayView bytes, const QString &channel) override;
    [[nodiscard]] std::vector<TapeFrame> flush() override;
    [[nodiscard]] bool hasPendingBytes() const override { return !m_buffer.isEmpty() || m_skipping; }

    // One line, with or without its line end.
    [[nodiscard]] TapeFrame decodeLine(QByteArrayView line) const;

private:
    TapeDecoderOptions m_options;
    QByteArray m_buffer;
    QString m_channel;
    bool m_skipping = false; // inside an overlong line, already rejected
};

} // namespace wh::drivers
