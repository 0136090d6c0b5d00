#include "HexBytes.h"

namespace wh::drivers {

Result<QByteArray> parseHex(const QString &text)
{
    QByteArray out;
    int nibble = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('0') && i + 1 < text.size() &&
            (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X')) && nibble < 0) {
            ++i;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char(',')) {
            if (nibble >= 0)
                return Error(ErrorCode::Parse, QStringLiteral("odd number of hex digits in a byte"), text);
            continue;
        }
        int value = -1;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            value = c.unicode() - 'a' + 10;
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
            value = c.unicode() - 'A' + 10;
        if (value < 0)
            return Error(ErrorCode::Parse, QStringLiteral("not a hex digit at position %1").arg(i), text);
        if (nibble < 0) {
            nibble = value;
        } else {
            out.append(static_cast<char>((nibble << 4) | value));
            nibble = -1;
        }
    }
    if (nibble >= 0)
        return Error(ErrorCode::Parse, QStringLiteral("odd number of hex digits"), text);
    return out;
}

QString toHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

} // namespace wh::drivers
