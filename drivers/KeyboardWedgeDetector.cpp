#include "KeyboardWedgeDetector.h"

namespace wh::drivers {

Status KeyboardWedgeDetector::validate(const Options &options)
{
    if (auto limits = options.validateLimits(QStringLiteral("badge")); !limits.ok())
        return limits;
    if (options.allowedCharacters.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("no characters are allowed in a badge number"));
    return {};
}

bool KeyboardWedgeDetector::isTextKey(const Key &key) const
{
    return !key.printableCharacter().isNull();
}

bool KeyboardWedgeDetector::canStart(const Key &key) const
{
    if (!isTextKey(key))
        return false;
    if (!m_options.prefix.isEmpty())
        return key.text.at(0) == m_options.prefix.at(0);
    return m_options.allowedCharacters.contains(key.text.at(0));
}

bool KeyboardWedgeDetector::canContinue(const std::vector<Key> &held, const Key &key) const
{
    if (!isTextKey(key))
        return false;
    const qsizetype position = qsizetype(held.size());
    const QChar c = key.text.at(0);
    if (!m_options.fitsAt(position, c))
        return false;
    return position < m_options.prefix.size() || m_options.allowedCharacters.contains(c) ||
           m_options.suffix.contains(c);
}

std::optional<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::judge(const std::vector<Key> &keys) const
{
    QString text;
    for (const Key &k : keys)
        if (isTextKey(k))
            text += k.text;
    const auto body = m_options.body(text);
    if (!body)
        return std::nullopt;
    for (QChar c : *body)
        if (!m_options.allowedCharacters.contains(c))
            return std::nullopt;

    Output result;
    result.raw = text;
    result.keys = keys;
    auto id = m_options.format.decodeText(*body);
    if (id.ok()) {
        result.kind = Output::Kind::BadgeRead;
        result.badgeId = *id;
    } else {
        result.kind = Output::Kind::BadgeRejected;
        result.error = Error(id.error().code(), id.error().message(), text);
    }
    return result;
}

std::vector<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::keyPressed(const Key &key)
{
    return KeyBurstCollector<KeyboardWedgeDetector>::keyPressed(m_burst, *this, key);
}

std::vector<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::silence()
{
    return KeyBurstCollector<KeyboardWedgeDetector>::silence(m_burst, *this);
}

QString KeyboardWedgeDetector::terminatorName(Terminator terminator)
{
    return wedgeTerminatorName(terminator);
}

Result<KeyboardWedgeDetector::Terminator> KeyboardWedgeDetector::parseTerminator(QStringView name)
{
    auto t = parseWedgeTerminator(name);
    if (!t.ok())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown badge terminator (enter, tab or none)"), name.toString());
    return *t;
}

} // namespace wh::drivers
