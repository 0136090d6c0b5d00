#include "MeasurementSpec.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace wh {

namespace {

const QLatin1String kMagic("WM");
constexpr QChar kFieldSeparator = u'*';
constexpr int kFieldCount = 9; // magic+version, keyid, item, style, size, lot, due, points, mac
constexpr int kPointDigits = 3 + 2 + 2;
const char kBase36[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString tr(const char *text)
{
    return QCoreApplication::translate("wh", text);
}

// Characters a text field writes as they are: the QR alphanumeric set without "*" (field
// separator), "%" (escape) and "+" (reserved).
bool plainCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u' ' || u == u'$' || u == u'-' ||
           u == u'.' || u == u'/' || u == u':';
}

bool codeCharacter(QChar c, bool first)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (!first && u >= u'0' && u <= u'9');
}

bool validCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 4)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i)
        if (!codeCharacter(code[i], i == 0))
            return false;
    return true;
}

bool validKeyId(const QString &id)
{
    if (id.isEmpty() || id.size() > 4)
        return false;
    for (QChar c : id)
        if (!codeCharacter(c, false))
            return false;
    return true;
}

QString base36(qint64 value, int width)
{
    QString out(width, u'0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kBase36[value % 36]);
        value /= 36;
    }
    return out;
}

std::optional<qint64> fromBase36(QStringView text)
{
    qint64 value = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        int digit = -1;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'A' && u <= u'Z')
            digit = u - u'A' + 10;
        if (digit < 0)
            return std::nullopt;
        value = value * 36 + digit;
    }
    return value;
}

QString base32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QString mmText(qint64 tenths)
{
    return QStringLiteral("%1.%2 mm").arg(tenths / 10).arg(tenths % 10);
}

Error encodeError(const QString &message, const QString &context = {})
{
    return Error(ErrorCode::InvalidArgument, message, context);
}

} // namespace

const SpecPoint *MeasurementSpec::point(const QString &code) const
{
    for (const SpecPoint &p : points)
        if (p.code == code)
            return &p;
    return nullptr;
}

Result<SpecKey> SpecKey::fromText(const QString &text)
{
    static const QRegularExpression withId(QStringLiteral("^([0-9A-Z]{1,4}):(.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    SpecKey key;
    if (const auto m = withId.match(text); m.hasMatch()) {
        key.id = m.captured(1);
        key.secret = m.captured(2).toUtf8();
    } else {
        key.id = QLatin1String(kDefaultId);
        key.secret = text.toUtf8();
    }
    if (key.secret.size() < MeasurementSpecCodec::kMinSecretBytes)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("a spec key's secret needs at least %1 bytes (this one has %2)")
                         .arg(MeasurementSpecCodec::kMinSecretBytes)
                         .arg(key.secret.size()),
                     QStringLiteral("key id ") + key.id);
    return key;
}

QString specProblemName(SpecProblem problem)
{
    switch (problem) {
    case SpecProblem::None: return QStringLiteral("none");
    case SpecProblem::NotASpec: return QStringLiteral("not-a-spec");
    case SpecProblem::UnknownVersion: return QStringLiteral("unknown-version");
    case SpecProblem::Truncated: return QStringLiteral("truncated");
    case SpecProblem::UnknownKey: return QStringLiteral("unknown-key");
    case SpecProblem::BadSignature: return QStringLiteral("bad-signature");
    case SpecProblem::MissingField: return QStringLiteral("missing-field");
    case SpecProblem::MalformedField: return QStringLiteral("malformed-field");
    }
    return {};
}

namespace {

QString fieldTitle(const QString &field)
{
    if (field == QLatin1String("version"))
        return tr("version");
    if (field == QLatin1String("key id"))
        return tr("key id");
    if (field == QLatin1String("item"))
        return tr("item id");
    if (field == QLatin1String("style"))
        return tr("style");
    if (field == QLatin1String("size"))
        return tr("size");
    if (field == QLatin1String("lot"))
        return tr("lot");
    if (field == QLatin1String("due"))
        return tr("due date");
    if (field == QLatin1String("points"))
        return tr("points");
    if (field == QLatin1String("mac"))
        return tr("signature");
    return field;
}

} // namespace

QString describeSpecFailure(const SpecFailure &f)
{
    switch (f.problem) {
    case SpecProblem::None: return {};
    case SpecProblem::NotASpec:
        return tr("not a measurement spec (a care-label spec starts with WM): %1").arg(f.detail);
    case SpecProblem::UnknownVersion:
        return tr("unknown spec version %1 (this program reads version %2)")
            .arg(f.detail)
            .arg(MeasurementSpecCodec::kVersion);
    case SpecProblem::Truncated:
        return tr("the spec is truncated: its %1 is cut off or missing").arg(fieldTitle(f.field));
    case SpecProblem::UnknownKey: return tr("no key for the label's key id %1").arg(f.detail);
    case SpecProblem::BadSignature:
        return tr("the signature does not match (key id %1): the label was altered, or the key is wrong")
            .arg(f.detail);
    case SpecProblem::MissingField: return tr("the spec lacks its %1").arg(fieldTitle(f.field));
    case SpecProblem::MalformedField:
        return tr("malformed %1 in the spec: %2").arg(fieldTitle(f.field), f.detail);
    }
    return {};
}

QString MeasurementSpecCodec::escapeText(const QString &text)
{
    // Byte by byte over the UTF-8: a plain ASCII character as it is, any other byte as %XX.
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (char b : utf8) {
        const auto byte = static_cast<quint8>(b);
        if (byte < 0x80 && plainCharacter(QLatin1Char(b)))
            out += QLatin1Char(b);
        else
            out += QLatin1Char('%') + QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

std::optional<QString> MeasurementSpecCodec::unescapeText(const QString &text)
{
    auto hexDigit = [](QChar h) { return (h >= u'0' && h <= u'9') || (h >= u'A' && h <= u'F'); };
    QByteArray utf8;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            if (i + 2 >= text.size() || !hexDigit(text[i + 1]) || !hexDigit(text[i + 2]))
                return std::nullopt;
            utf8 += static_cast<char>(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else if (plainCharacter(c)) {
            utf8 += static_cast<char>(c.unicode());
        } else {
            return std::nullopt;
        }
    }
    const QString decoded = QString::fromUtf8(utf8);
    if (decoded.toUtf8() != utf8) // not UTF-8 (a replacement character came in)
        return std::nullopt;
    return decoded;
}

QString MeasurementSpecCodec::mac(const QString &signedPart, const QByteArray &secret)
{
    const QByteArray digest =
        QMessageAuthenticationCode::hash(signedPart.toLatin1(), secret, QCryptographicHash::Sha256);
    return base32(digest.left(kMacCharacters * 5 / 8));
}

Result<QString> MeasurementSpecCodec::encode(const MeasurementSpec &spec, const SpecKey &key)
{
    if (!validKeyId(key.id))
        return encodeError(QStringLiteral("a key id is 1-4 characters of A-Z and 0-9"), key.id);
    if (key.secret.size() < kMinSecretBytes)
        return encodeError(QStringLiteral("a spec key's secret needs at least %1 bytes").arg(kMinSecretBytes),
                           QStringLiteral("key id ") + key.id);
    for (const auto &[name, value] :
         {std::pair{"item", &spec.itemId}, std::pair{"style", &spec.style}, std::pair{"size", &spec.size}})
        if (value->isEmpty())
            return encodeError(QStringLiteral("the spec needs its %1").arg(QLatin1String(name)));
    if (spec.points.empty())
        return encodeError(QStringLiteral("the spec needs at least one point"), spec.itemId);
    QString points;
    QSet<QString> seen;
    for (const SpecPoint &p : spec.points) {
        if (!validCode(p.code))
            return encodeError(
                QStringLiteral("a point code is 1-4 characters of A-Z and 0-9, starting with a letter"),
                p.code);
        if (seen.contains(p.code))
            return encodeError(QStringLiteral("point %1 is in the spec twice").arg(p.code), spec.itemId);
        seen.insert(p.code);
        if (p.target < 1 || p.target > kMaxTarget)
            return encodeError(QStringLiteral("the target of point %1 must be between 0.1 mm and %2")
                                   .arg(p.code, mmText(kMaxTarget)),
                               mmText(p.target));
        if (p.lower < 0 || p.lower > kMaxTolerance || p.upper < 0 || p.upper > kMaxTolerance)
            return encodeError(QStringLiteral("the tolerances of point %1 must be between 0 and %2")
                                   .arg(p.code, mmText(kMaxTolerance)),
                               QStringLiteral("-%1 +%2").arg(mmText(p.lower), mmText(p.upper)));
        if (p.lower > p.target)
            return encodeError(
                QStringLiteral("the lower tolerance of point %1 is more than its target").arg(p.code),
                mmText(p.lower));
        points += p.code + QLatin1Char(':') + base36(p.target, 3) + base36(p.lower, 2) + base36(p.upper, 2);
    }
    const QStringList fields{kMagic + QString::number(kVersion),
                             key.id,
                             escapeText(spec.itemId),
                             escapeText(spec.style),
                             escapeText(spec.size),
                             escapeText(spec.lot),
                             spec.due.isValid() ? spec.due.toString(QStringLiteral("yyyyMMdd")) : QString(),
                             points};
    const QString signedPart = fields.join(kFieldSeparator) + kFieldSeparator;
    const QString label = signedPart + mac(signedPart, key.secret);
    if (label.size() > kMaxLabelLength)
        return encodeError(
            QStringLiteral("the spec needs %1 characters; a care-label QR (version 10, level M) "
                           "holds %2: fewer points or shorter ids")
                .arg(label.size())
                .arg(kMaxLabelLength),
            spec.itemId);
    return label;
}

Result<MeasurementSpec> MeasurementSpecCodec::decode(const QString &rawText, const std::vector<SpecKey> &keys,
                                                     SpecFailure *failure)
{
    const QString text = rawText.trimmed();
    auto fail = [&](SpecProblem problem, const QString &field, const QString &detail) -> Error {
        SpecFailure f{problem, field, detail};
        if (failure)
            *failure = f;
        QString message;
        switch (problem) {
        case SpecProblem::NotASpec:
            message = QStringLiteral("not a measurement spec (it does not start with WM)");
            break;
        case SpecProblem::UnknownVersion:
            message = QStringLiteral("unknown spec version %1 (this program reads version %2)")
                          .arg(detail)
                          .arg(kVersion);
            break;
        case SpecProblem::Truncated:
            message = QStringLiteral("the spec is truncated: its %1 is cut off or missing").arg(field);
            break;
        case SpecProblem::UnknownKey:
            message = QStringLiteral("no key for the label's key id %1").arg(detail);
            break;
        case SpecProblem::BadSignature:
            message =
                QStringLiteral("the signature does not match (key id %1): the label was altered, or the key "
                               "is wrong")
                    .arg(detail);
            break;
        case SpecProblem::MissingField: message = QStringLiteral("the spec lacks its %1").arg(field); break;
        case SpecProblem::MalformedField:
            message = QStringLiteral("malformed %1 in the spec: %2").arg(field, detail);
            break;
        case SpecProblem::None: break;
        }
        return Error(ErrorCode::Parse, message, rawText);
    };

    if (!text.startsWith(kMagic))
        return fail(SpecProblem::NotASpec, {}, text.left(16));
    const QStringList fields = text.split(kFieldSeparator);
    const QString version = fields.front().mid(kMagic.size());
    bool numeric = !version.isEmpty();
    for (QChar c : version)
        numeric = numeric && c.isDigit() && c.unicode() < 0x80;
    if (!numeric) {
        // "WM" then something else: the version field cut off, or not a spec after all.
        if (version.isEmpty() && fields.size() == 1)
            return fail(SpecProblem::Truncated, QStringLiteral("version"), text);
        return fail(SpecProblem::NotASpec, {}, text.left(16));
    }
    if (version != QString::number(kVersion))
        return fail(SpecProblem::UnknownVersion, QStringLiteral("version"), version);
    static const char *const names[kFieldCount] = {"version", "key id", "item",   "style", "size",
                                                   "lot",     "due",    "points", "mac"};
    if (fields.size() < kFieldCount)
        return fail(SpecProblem::Truncated, QLatin1String(names[fields.size()]),
                    QStringLiteral("%1 of %2 fields").arg(fields.size()).arg(kFieldCount));
    if (fields.size() > kFieldCount)
        return fail(SpecProblem::MalformedField, QStringLiteral("mac"),
                    QStringLiteral("%1 fields where version 1 has %2").arg(fields.size()).arg(kFieldCount));
    const QString &macText = fields[8];
    if (macText.size() < kMacCharacters)
        return fail(SpecProblem::Truncated, QStringLiteral("mac"),
                    QStringLiteral("%1 of %2 characters").arg(macText.size()).arg(kMacCharacters));
    if (macText.size() > kMacCharacters)
        return fail(SpecProblem::MalformedField, QStringLiteral("mac"),
                    QStringLiteral("%1 characters where it has %2").arg(macText.size()).arg(kMacCharacters));
    const QString &keyId = fields[1];
    if (keyId.isEmpty())
        return fail(SpecProblem::MissingField, QStringLiteral("key id"), {});
    if (!validKeyId(keyId))
        return fail(SpecProblem::MalformedField, QStringLiteral("key id"), keyId);
    const SpecKey *key = nullptr;
    for (const SpecKey &k : keys)
        if (k.id == keyId)
            key = &k;
    if (!key)
        return fail(SpecProblem::UnknownKey, QStringLiteral("key id"), keyId);

    // The signature before anything else is read: an altered label says so, whatever it altered.
    const QString signedPart = text.left(text.size() - kMacCharacters);
    const QString expected = mac(signedPart, key->secret);
    char16_t difference = 0;
    for (int i = 0; i < kMacCharacters; ++i)
        difference |= static_cast<char16_t>(expected[i].unicode() ^ macText[i].unicode());
    if (difference != 0)
        return fail(SpecProblem::BadSignature, QStringLiteral("mac"), keyId);

    MeasurementSpec spec;
    spec.version = kVersion;
    spec.keyId = keyId;
    const std::pair<int, QString *> texts[] = {
        {2, &spec.itemId}, {3, &spec.style}, {4, &spec.size}, {5, &spec.lot}};
    for (const auto &[index, slot] : texts) {
        const QString field = QLatin1String(names[index]);
        if (fields[index].isEmpty()) {
            if (index == 5)
                continue; // the lot is optional
            return fail(SpecProblem::MissingField, field, {});
        }
        const auto decoded = unescapeText(fields[index]);
        if (!decoded)
            return fail(SpecProblem::MalformedField, field,
                        QStringLiteral("a bad %-escape or a character outside the label's set: ") +
                            fields[index]);
        *slot = *decoded;
    }
    if (!fields[6].isEmpty()) {
        spec.due = QDate::fromString(fields[6], QStringLiteral("yyyyMMdd"));
        if (fields[6].size() != 8 || !spec.due.isValid())
            return fail(SpecProblem::MalformedField, QStringLiteral("due"),
                        QStringLiteral("not a date YYYYMMDD: ") + fields[6]);
    }
    const QString &points = fields[7];
    if (points.isEmpty())
        return fail(SpecProblem::MissingField, QStringLiteral("points"), {});
    QSet<QString> seen;
    for (qsizetype at = 0; at < points.size();) {
        const qsizetype colon = points.indexOf(u':', at);
        const QString piece = points.mid(at, colon < 0 ? -1 : colon - at + 1 + kPointDigits);
        if (colon < 0)
            return fail(SpecProblem::MalformedField, QStringLiteral("points"),
                        QStringLiteral("a point without \":\" after its code: ") + piece);
        const QString code = points.mid(at, colon - at);
        if (!validCode(code))
            return fail(SpecProblem::MalformedField, QStringLiteral("points"),
                        QStringLiteral("a point code is 1-4 characters of A-Z and 0-9: ") + piece);
        if (colon + kPointDigits >= points.size())
            return fail(SpecProblem::MalformedField, QStringLiteral("points"),
                        QStringLiteral("point %1 needs 7 characters after its code: ").arg(code) + piece);
        const QStringView digits = QStringView(points).mid(colon + 1, kPointDigits);
        const auto target = fromBase36(digits.mid(0, 3));
        const auto lower = fromBase36(digits.mid(3, 2));
        const auto upper = fromBase36(digits.mid(5, 2));
        if (!target || !lower || !upper)
            return fail(
                SpecProblem::MalformedField, QStringLiteral("points"),
                QStringLiteral("point %1 has a character outside 0-9 A-Z in its numbers: ").arg(code) +
                    piece);
        if (*target < 1 || *lower > *target)
            return fail(
                SpecProblem::MalformedField, QStringLiteral("points"),
                QStringLiteral("point %1 has a target of 0 or a lower tolerance beyond it: ").arg(code) +
                    piece);
        if (seen.contains(code))
            return fail(SpecProblem::MalformedField, QStringLiteral("points"),
                        QStringLiteral("point %1 is there twice").arg(code));
        seen.insert(code);
        spec.points.push_back({code, *target, *lower, *upper});
        at = colon + 1 + kPointDigits;
    }
    return spec;
}

} // namespace wh
