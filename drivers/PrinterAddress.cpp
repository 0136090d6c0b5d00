#include "PrinterAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wh::drivers {

QString PrinterAddress::text() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

std::optional<PrinterAddress> PrinterAddress::parse(const QString &text)
{
    PrinterAddress a;
    QString rest = text.trimmed();
    QString port;
    bool portGiven = false;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        a.host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portGiven = !rest.isEmpty();
        port = rest.mid(1);
        if (QHostAddress(a.host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else if (rest.count(QLatin1Char(':')) == 1) {
        a.host = rest.section(QLatin1Char(':'), 0, 0);
        port = rest.section(QLatin1Char(':'), 1);
        portGiven = true;
    } else if (rest.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 address (its port needs the brackets).
        if (QHostAddress(rest).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        a.host = rest;
    } else {
        a.host = rest;
    }
    if (a.host.isEmpty())
        return std::nullopt;
    if (!a.host.contains(QLatin1Char(':'))) {
        // A name or an IPv4 address: letters, digits, dots and hyphens, labels of up to 63.
        static const QRegularExpression name(
            QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
        if (!name.match(a.host).hasMatch())
            return std::nullopt;
        // All digits and dots: it must be an IPv4 address then (999.1.1.1 is not).
        static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
        if (numeric.match(a.host).hasMatch() &&
            QHostAddress(a.host).protocol() != QAbstractSocket::IPv4Protocol)
            return std::nullopt;
    }
    if (portGiven) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(port).hasMatch())
            return std::nullopt;
        const uint p = port.toUInt();
        if (p == 0 || p > 65535)
            return std::nullopt;
        a.port = static_cast<quint16>(p);
    }
    return a;
}

} // namespace wh::drivers
