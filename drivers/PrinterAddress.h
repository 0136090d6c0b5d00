#pragma once

#include <QString>

#include <optional>

namespace wh::drivers {

// A network label printer's address as a person types it: "HOST", "HOST:PORT", "[IPv6]:PORT" or a
// bare IPv6 address (its port needs the brackets); raw TCP port 9100 when none is given. The one
// parser for every place that takes an address (wh printer, the handheld's Devices screen). Pure
// (no lookup: a name is only checked for its form).
struct PrinterAddress {
    static constexpr quint16 kDefaultPort = 9100;

    QString host;
    quint16 port = kDefaultPort;

    // "host:port", "[v6]:port": what parse() reads back the same.
    [[nodiscard]] QString text() const;

    // The address in `text` (spaces around it ignored); nullopt when it is none. Strict: a host is
    // a name or an IPv4 address (letters, digits, dots and hyphens in labels of up to 63, 253 in
    // all; all digits and dots only as a real IPv4 address, so not 999.1.1.1) or an IPv6 address
    // (bare or in brackets; nothing else in brackets); a port, once a colon announces it, is 1 to
    // 65535 in digits only ("10.0.0.1:" and "10.0.0.1:+9100" are refused).
    [[nodiscard]] static std::optional<PrinterAddress> parse(const QString &text);
};

} // namespace wh::drivers
