#include "KeyboardWedgeDetector.h"

namespace wh::drivers {

KeyboardWedgeDetector::Key KeyboardWedgeDetector::Key::character(qint64 timestampMs, QChar c)
{
    Key k;
    k.timestampMs = timestampMs;
    const QChar upper = c.toUpper();
    // Qt::Key values of Latin-1 characters are their upper-case code points.
    k.key = upper.unicode() < 0x100 ? int(upper.unicode()) : int(Qt::Key_unknown);
    k.text = QString(c);
    if (c.isLetter() && c.isUpper())
        k.modifiers = Qt::ShiftModifier;
    return k;
}

KeyboardWedgeDetector::Key KeyboardWedgeDetector::Key::enter(qint64 timestampMs)
{
    Key k;
    k.timestampMs = timestampMs;
    k.key = Qt::Key_Return;
    return k;
}

KeyboardWedgeDetector::Key KeyboardWedgeDetector::Key::tab(qint64 timestampMs)
{
    Key k;
    k.timestampMs = timestampMs;
    k.key = Qt::Key_Tab;
    return k;
}

Status KeyboardWedgeDetector::validate(const Options &options)
{
    if (options.maxGapMs < 1)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the maximum gap between keys must be at least 1 ms"),
                     QString::number(options.maxGapMs));
    if (options.minLength < 1 || options.minLength > options.maxLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("badge length limits do not make sense (minimum %1, maximum %2)")
                         .arg(options.minLength)
                         .arg(options.maxLength));
    if (options.allowedCharacters.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("no characters are allowed in a badge number"));
    return {};
}

bool KeyboardWedgeDetector::isTerminatorKey(const Key &key) const
{
    switch (m_options.terminator) {
    case Terminator::Enter: return key.key == Qt::Key_Return || key.key == Qt::Key_Enter;
    case Terminator::Tab: return key.key == Qt::Key_Tab;
    case Terminator::None: return false;
    }
    return false;
}

bool KeyboardWedgeDetector::isTextKey(const Key &key) const
{
    // Readers press Shift for upper case and may use the keypad; Control, Alt and Meta mean a
    // shortcut, never a badge.
    const Qt::KeyboardModifiers shortcut = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    return key.text.size() == 1 && key.text.at(0).isPrint() && !(key.modifiers & shortcut);
}

bool KeyboardWedgeDetector::canStart(const Key &key) const
{
    if (!isTextKey(key))
        return false;
    if (!m_options.prefix.isEmpty())
        return key.text.at(0) == m_options.prefix.at(0);
    return m_options.allowedCharacters.contains(key.text.at(0));
}

bool KeyboardWedgeDetector::canContinue(const Key &key) const
{
    if (!isTextKey(key))
        return false;
    const qsizetype position = qsizetype(m_held.size());
    const QChar c = key.text.at(0);
    if (position < m_options.prefix.size())
        return c == m_options.prefix.at(position);
    if (position >= m_options.prefix.size() + m_options.maxLength + m_options.suffix.size())
        return false; // too long to be a badge
    return m_options.allowedCharacters.contains(c) || m_options.suffix.contains(c);
}

std::optional<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::judge(const std::vector<Key> &keys) const
{
    QString text;
    for (const Key &k : keys)
        if (isTextKey(k))
            text += k.text;
    if (!text.startsWith(m_options.prefix) || !text.endsWith(m_options.suffix))
        return std::nullopt;
    const qsizetype bodyLength = text.size() - m_options.prefix.size() - m_options.suffix.size();
    if (bodyLength < m_options.minLength || bodyLength > m_options.maxLength)
        return std::nullopt;
    const QString body = text.mid(m_options.prefix.size(), bodyLength);
    for (QChar c : body)
        if (!m_options.allowedCharacters.contains(c))
            return std::nullopt;

    Output result;
    result.raw = text;
    result.keys = keys;
    auto id = m_options.format.decodeText(body);
    if (id.ok()) {
        result.kind = Output::Kind::BadgeRead;
        result.badgeId = *id;
    } else {
        result.kind = Output::Kind::BadgeRejected;
        result.error = Error(id.error().code(), id.error().message(), text);
    }
    return result;
}

void KeyboardWedgeDetector::releaseHeld(std::vector<Output> &out)
{
    for (const Key &k : m_held) {
        Output typed;
        typed.key = k;
        out.push_back(std::move(typed));
    }
    m_held.clear();
}

std::vector<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::keyPressed(const Key &key)
{
    std::vector<Output> out;
    // Within maxGapMs of the previous key (of any key, held or typed). A longer gap, or time going
    // backwards, ends the burst that was held.
    const bool fast = m_lastKeyMs && key.timestampMs >= *m_lastKeyMs &&
                      key.timestampMs - *m_lastKeyMs <= m_options.maxGapMs;
    if (!fast && !m_held.empty()) {
        auto ended = silence();
        out.insert(out.end(), ended.begin(), ended.end());
    }
    m_lastKeyMs = key.timestampMs;

    auto typed = [&out](const Key &k) {
        Output o;
        o.key = k;
        out.push_back(std::move(o));
    };

    if (m_held.empty()) {
        // A burst starts only after a gap: a fast key after a typed one (or after a badge) is the
        // rest of a run that is not a badge, and stays typed.
        if (!fast && canStart(key))
            m_held.push_back(key);
        else
            typed(key);
        return out;
    }

    if (isTerminatorKey(key)) {
        std::vector<Key> burst = m_held;
        burst.push_back(key);
        if (auto badge = judge(burst)) {
            m_held.clear();
            out.push_back(std::move(*badge));
            return out;
        }
        // Not a badge: everything goes back as typed, the terminator too.
        releaseHeld(out);
        typed(key);
        return out;
    }
    if (canContinue(key)) {
        m_held.push_back(key);
        return out;
    }
    releaseHeld(out);
    typed(key);
    return out;
}

std::vector<KeyboardWedgeDetector::Output> KeyboardWedgeDetector::silence()
{
    std::vector<Output> out;
    if (m_held.empty())
        return out;
    if (m_options.terminator == Terminator::None) {
        if (auto badge = judge(m_held)) {
            m_held.clear();
            out.push_back(std::move(*badge));
            return out;
        }
    }
    releaseHeld(out);
    return out;
}

std::optional<qint64> KeyboardWedgeDetector::silenceDeadlineMs() const
{
    if (m_held.empty() || !m_lastKeyMs)
        return std::nullopt;
    return *m_lastKeyMs + m_options.maxGapMs + 1;
}

QString KeyboardWedgeDetector::terminatorName(Terminator terminator)
{
    switch (terminator) {
    case Terminator::Enter: return QStringLiteral("enter");
    case Terminator::Tab: return QStringLiteral("tab");
    case Terminator::None: return QStringLiteral("none");
    }
    return {};
}

Result<KeyboardWedgeDetector::Terminator> KeyboardWedgeDetector::parseTerminator(QStringView name)
{
    for (auto t : {Terminator::Enter, Terminator::Tab, Terminator::None})
        if (name.compare(terminatorName(t), Qt::CaseInsensitive) == 0)
            return t;
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown badge terminator (enter, tab or none)"),
                 name.toString());
}

} // namespace wh::drivers
