#pragma once

#include "Result.h"
#include "ScannerText.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace wh::drivers {

// Bytes from a serial barcode scanner -> scans, incrementally: feed whatever chunks the port
// delivers, get zero or more results per chunk. A scan is a line: [prefix][AIM id]data[suffix] and
// the terminator (devices.md, "Barcode scanners": commonly CR or CR LF; configurable). The text is
// UTF-8 (ASCII for most symbologies; QR codes may carry UTF-8); GS (0x1D) is kept as data.
//
// Terminators: CR ends a line at CR (an LF right after it is dropped, so CR LF scanners work too);
// LF ends it at LF (a CR right before it is dropped); CrLf needs both; None: a silence ends the scan
// (the transport calls flush()). Empty lines are skipped.
//
// Bad input never stops the stream: a line with control characters other than GS (line noise, a
// wrong baud rate), bytes that are not UTF-8, a line longer than maxLength (skipped up to its
// terminator), a line cut off by a silence, a missing prefix or AIM identifier, each give one error
// (ErrorCode::Parse; context: the raw bytes as hex) and the next line is read normally.
// Pure (no I/O, no logging); not thread-safe.
class SerialScanDecoder {
public:
    enum class Terminator { Cr, Lf, CrLf, None };

    struct Options {
        Terminator terminator = Terminator::Cr;
        ScannerTextOptions text;
        int maxLength = 4096; // bytes in one line
    };

    SerialScanDecoder() = default;
    explicit SerialScanDecoder(Options options)
        : m_options(std::move(options))
    {
    }

    [[nodiscard]] const Options &options() const { return m_options; }

    [[nodiscard]] std::vector<Result<ScannedCode>> feed(QByteArrayView bytes);
    // A silence, or the port closing: what is pending is a scan (Terminator::None) or an error.
    [[nodiscard]] std::vector<Result<ScannedCode>> flush();

    [[nodiscard]] bool hasPendingBytes() const { return !m_buffer.isEmpty() || m_skipping; }
    [[nodiscard]] QByteArray pendingBytes() const { return m_buffer; }

    [[nodiscard]] static QString terminatorName(Terminator terminator);
    [[nodiscard]] static Result<Terminator> parseTerminator(QStringView name);
    [[nodiscard]] static QByteArray terminatorBytes(Terminator terminator);

private:
    [[nodiscard]] Result<ScannedCode> decodeLine(const QByteArray &line) const;

    Options m_options;
    QByteArray m_buffer;
    bool m_skipping = false; // inside an overlong line, already reported
    bool m_afterCr = false;  // Terminator::Cr: the last line ended with CR (drop one LF)
};

} // namespace wh::drivers
