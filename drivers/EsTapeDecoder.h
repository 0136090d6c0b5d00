#pragma once

#include "TapeDecoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wh::drivers {

// ES-Tape style BLE tape measures (sold as body-measuring tapes; devices.md, source:
// clunc/ble-tape-gateway decoder.go). Dialog DSPS serial service:
//   0783b03e-8535-b5a0-7140-a304d2495cb7  service
//   ...5cb8  data to the host (notify)     ...5cb9  flow control     ...5cba  data from the host
// ASCII frames of up to 20 bytes: '*', four digits (the value), other fields, and two status
// letters last: P (live, the tape moving) or S (settled, confirmed), then M (metric) or I (imperial);
// then CR.   *0523;1234;567890SM\r  -> 523 mm, settled, metric.
// The value's scale is configurable (TapeDecoderOptions: 1 mm by default, 0.1 mm for the reading
// as hundredths of a centimetre; imperial 0.1 in by default, unverified). Only settled readings
// should be recorded; live ones are for display.
//
// Framing: a frame starts at '*' and ends at CR or LF, at the next '*', or after 20 bytes; NUL,
// CR, LF and spaces between frames are padding. Other bytes outside a frame are rejected together.
// A frame still open at flush() is decoded as it is (truncated ones are rejected).
// Pure; not thread-safe.
class EsTapeDecoder final : public TapeDecoder {
public:
    static constexpr const char *kService = "0783b03e-8535-b5a0-7140-a304d2495cb7";
    static constexpr const char *kNotify = "0783b03e-8535-b5a0-7140-a304d2495cb8";
    static constexpr const char *kFlowControl = "0783b03e-8535-b5a0-7140-a304d2495cb9";
    static constexpr const char *kWrite = "0783b03e-8535-b5a0-7140-a304d2495cba";
    static constexpr int kMaxFrame = 20;

    explicit EsTapeDecoder(TapeDecoderOptions options = {})
        : m_options(options)
    {
    }

    [[nodiscard]] TapeProtocol protocol() const override { return TapeProtocol::EsTape; }
    [[nodiscard]] std::vector<TapeFrame> feed(QByteArrayView bytes, const QString &channel) override;
    [[nodiscard]] std::vector<TapeFrame> flush() override;
    [[nodiscard]] bool hasPendingBytes() const override { return !m_buffer.isEmpty(); }

    // One frame: '*' up to the status letters, with or without its CR.
    [[nodiscard]] TapeFrame decodeFrame(QByteArrayView frame) const;

private:
    void take(qsizetype length, std::vector<TapeFrame> &out, bool garbage);

    TapeDecoderOptions m_options;
    QByteArray m_buffer;
    QString m_channel;
};

} // namespace wh::drivers
