#include "ScannerText.h"

namespace wh::drivers {

namespace {

constexpr char16_t kGs = 0x1D;

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

Error parseError(const QString &message, const QString &raw)
{
    return Error(ErrorCode::Parse, message, visibleControls(raw));
}

} // namespace

QString aimModeName(AimMode mode)
{
    switch (mode) {
    case AimMode::Optional: return QStringLiteral("optional");
    case AimMode::Required: return QStringLiteral("required");
    case AimMode::Off: return QStringLiteral("off");
    }
    return {};
}

Result<AimMode> parseAimMode(QStringView name)
{
    for (auto m : {AimMode::Optional, AimMode::Required, AimMode::Off})
        if (name.compare(aimModeName(m), Qt::CaseInsensitive) == 0)
            return m;
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown AIM mode (optional, required or off)"),
                 name.toString());
}

bool isAimIdentifier(QStringView s)
{
    return s.size() == 3 && s[0] == QLatin1Char(']') && isAsciiLetter(s[1]) &&
           (isAsciiLetter(s[2]) || (s[2] >= QLatin1Char('0') && s[2] <= QLatin1Char('9')));
}

QString aimSymbologyName(QStringView identifier)
{
    struct Name {
        const char *id;
        const char *name;
    };
    static constexpr Name kNames[] = {
        {"]C0", "Code 128"},    {"]C1", "GS1-128"},        {"]E0", "EAN-13/UPC-A"},
        {"]E4", "EAN-8"},       {"]A0", "Code 39"},        {"]I0", "ITF"},
        {"]I1", "ITF-14"},      {"]F0", "Codabar"},        {"]G0", "Code 93"},
        {"]L0", "PDF417"},      {"]Q1", "QR Code"},        {"]Q3", "GS1 QR Code"},
        {"]d1", "Data Matrix"}, {"]d2", "GS1 DataMatrix"}, {"]e0", "GS1 DataBar"},
        {"]z0", "Aztec"},
    };
    for (const Name &n : kNames)
        if (identifier == QLatin1StringView(n.id))
            return QString::fromLatin1(n.name);
    return {};
}

QString visibleControls(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("<%1>").arg(c.unicode(), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

Result<ScannedCode> decodeScannerText(const QString &raw, const ScannerTextOptions &options)
{
    if (!raw.startsWith(options.prefix))
        return parseError(QStringLiteral("the scan does not start with the scanner's prefix"), raw);
    if (!raw.endsWith(options.suffix) || raw.size() < options.prefix.size() + options.suffix.size())
        return parseError(QStringLiteral("the scan does not end with the scanner's suffix"), raw);
    QString text = raw.mid(options.prefix.size(), raw.size() - options.prefix.size() - options.suffix.size());
    if (!options.gsSubstitute.isNull())
        text.replace(options.gsSubstitute, QChar(kGs));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if ((u < 0x20 && u != kGs) || u == 0x7F)
            return parseError(QStringLiteral("control character 0x%1 in the scan (line noise?)")
                                  .arg(QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0'))),
                              raw);
    }
    ScannedCode code;
    code.raw = raw;
    if (options.aim != AimMode::Off && text.size() >= 3 && isAimIdentifier(QStringView(text).first(3))) {
        code.symbology = text.left(3);
        text.remove(0, 3);
    } else if (options.aim == AimMode::Required) {
        return parseError(QStringLiteral("the scan has no AIM symbology identifier (]C1, ]Q1, ...)"), raw);
    }
    if (text.isEmpty())
        return parseError(QStringLiteral("the scan has no data"), raw);
    code.text = text;
    return code;
}

} // namespace wh::drivers
