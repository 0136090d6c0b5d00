#include "TapeReading.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers", text);
}

} // namespace

QString tapeProtocolName(TapeProtocol protocol)
{
    switch (protocol) {
    case TapeProtocol::LeicaDisto: return QStringLiteral("leica-disto");
    case TapeProtocol::BoschGlm: return QStringLiteral("bosch-glm");
    case TapeProtocol::EsTape: return QStringLiteral("es-tape");
    case TapeProtocol::NordicUart: return QStringLiteral("nus");
    case TapeProtocol::Wedge: return QStringLiteral("wedge");
    }
    return {};
}

const std::vector<TapeProtocol> &allTapeProtocols()
{
    static const std::vector<TapeProtocol> all = {TapeProtocol::LeicaDisto, TapeProtocol::BoschGlm,
                                                  TapeProtocol::EsTape, TapeProtocol::NordicUart,
                                                  TapeProtocol::Wedge};
    return all;
}

Result<TapeProtocol> parseTapeProtocol(QStringView name)
{
    for (TapeProtocol p : allTapeProtocols())
        if (name.compare(tapeProtocolName(p), Qt::CaseInsensitive) == 0)
            return p;
    return Error(ErrorCode::InvalidArgument,
                 tr("unknown tape protocol (leica-disto, bosch-glm, es-tape, nus or wedge)"),
                 name.toString());
}

QString lengthUnitSymbol(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Millimetre: return QStringLiteral("mm");
    case LengthUnit::Centimetre: return QStringLiteral("cm");
    case LengthUnit::Metre: return QStringLiteral("m");
    case LengthUnit::Inch: return QStringLiteral("in");
    case LengthUnit::Foot: return QStringLiteral("ft");
    case LengthUnit::Yard: return QStringLiteral("yd");
    }
    return {};
}

std::optional<LengthUnit> parseLengthUnit(QStringView symbol)
{
    if (symbol == u"\"")
        return LengthUnit::Inch;
    if (symbol == u"'")
        return LengthUnit::Foot;
    for (auto u : {LengthUnit::Millimetre, LengthUnit::Centimetre, LengthUnit::Metre, LengthUnit::Inch,
                   LengthUnit::Foot, LengthUnit::Yard})
        if (symbol.compare(lengthUnitSymbol(u), Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

double millimetresPer(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Millimetre: return 1.0;
    case LengthUnit::Centimetre: return 10.0;
    case LengthUnit::Metre: return 1000.0;
    case LengthUnit::Inch: return 25.4;
    case LengthUnit::Foot: return 304.8;
    case LengthUnit::Yard: return 914.4;
    }
    return 1.0;
}

qint64 TapeReading::tenthsOfMillimetre() const
{
    return static_cast<qint64>(std::llround(millimetres() * 10.0));
}

QString TapeReading::millimetresText() const
{
    // To 0.001 mm: no protocol resolves finer, and it hides the float's binary tail (1.234 m as
    // float32 -> 1233.99997 mm).
    const double rounded = std::round(millimetres() * 1000.0) / 1000.0;
    QString text = QString::number(rounded, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString TapeReading::summary() const
{
    return QStringLiteral("%1 mm %2 #%3%4")
        .arg(millimetresText(), settled ? QStringLiteral("settled") : QStringLiteral("live"))
        .arg(sequence)
        .arg(sequenceFromDevice ? QString() : QStringLiteral(" (counted)"));
}

TapeFrame TapeFrame::rejected(TapeProtocol protocol, QByteArray raw, QString reason)
{
    TapeFrame f;
    f.kind = Kind::Rejected;
    f.protocol = protocol;
    f.raw = std::move(raw);
    f.detail = std::move(reason);
    return f;
}

TapeFrame TapeFrame::message(TapeProtocol protocol, QByteArray raw, QString what)
{
    TapeFrame f;
    f.kind = Kind::Message;
    f.protocol = protocol;
    f.raw = std::move(raw);
    f.detail = std::move(what);
    return f;
}

TapeFrame TapeFrame::accept(TapeReading reading)
{
    TapeFrame f;
    f.kind = Kind::Reading;
    f.protocol = reading.protocol;
    f.raw = reading.raw;
    f.reading = std::move(reading);
    return f;
}

QString tapeFrameKindName(TapeFrame::Kind kind)
{
    switch (kind) {
    case TapeFrame::Kind::Reading: return QStringLiteral("reading");
    case TapeFrame::Kind::Duplicate: return QStringLiteral("duplicate");
    case TapeFrame::Kind::Message: return QStringLiteral("message");
    case TapeFrame::Kind::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

Result<std::pair<double, LengthUnit>> parseLengthText(QStringView text, LengthUnit defaultUnit)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([+-]?)(\\d+(?:[.,]\\d*)?|[.,]\\d+)\\s*([A-Za-z\"']*)\\s*$"));
    const QString s = text.toString();
    const auto m = pattern.match(s);
    if (!m.hasMatch())
        return Error(ErrorCode::Parse,
                     tr("not a length (a number and an optional unit such as mm, cm, m, in)"), s);
    const QString unitText = m.captured(3);
    LengthUnit unit = defaultUnit;
    if (!unitText.isEmpty()) {
        const auto parsed = parseLengthUnit(unitText);
        if (!parsed)
            return Error(ErrorCode::Parse, tr("unknown unit \"%1\" (mm, cm, m, in or ft)").arg(unitText), s);
        unit = *parsed;
    }
    QString number = m.captured(2);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error(ErrorCode::Parse, tr("not a number"), s);
    if (m.captured(1) == QLatin1String("-") && value != 0.0)
        return Error(ErrorCode::Parse, tr("a negative length"), s);
    if (value == 0.0)
        return Error(ErrorCode::Parse, tr("a length of zero (the device reports no measurement)"), s);
    return std::make_pair(value, unit);
}

double shortestDecimal(float value)
{
    // to_chars / from_chars: locale-independent (strtod would read "1,234" in a German locale).
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    double out = static_cast<double>(value);
    std::from_chars(buffer, written.ptr, out);
    return out;
}

} // namespace wh::drivers
