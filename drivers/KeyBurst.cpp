#include "KeyBurst.h"

#include "Random.h"

namespace wh::drivers {

WedgeKey WedgeKey::character(qint64 timestampMs, QChar c)
{
    WedgeKey k;
    k.timestampMs = timestampMs;
    const QChar upper = c.toUpper();
    // Qt::Key values of Latin-1 characters are their upper-case code points.
    k.key = upper.unicode() < 0x100 ? int(upper.unicode()) : int(Qt::Key_unknown);
    k.text = QString(c);
    if (c.isLetter() && c.isUpper())
        k.modifiers = Qt::ShiftModifier;
    return k;
}

WedgeKey WedgeKey::enter(qint64 timestampMs)
{
    WedgeKey k;
    k.timestampMs = timestampMs;
    k.key = Qt::Key_Return;
    return k;
}

WedgeKey WedgeKey::tab(qint64 timestampMs)
{
    WedgeKey k;
    k.timestampMs = timestampMs;
    k.key = Qt::Key_Tab;
    return k;
}

WedgeKey WedgeKey::groupSeparator(qint64 timestampMs)
{
    WedgeKey k;
    k.timestampMs = timestampMs;
    k.key = Qt::Key_BracketRight;
    k.text = QString(QChar(0x1D));
    k.modifiers = Qt::ControlModifier;
    return k;
}

QChar WedgeKey::printableCharacter() const
{
    const Qt::KeyboardModifiers shortcut = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (text.size() == 1 && text.at(0).isPrint() && !(modifiers & shortcut))
        return text.at(0);
    return {};
}

std::vector<WedgeKey> simulatedKeys(const QString &text, WedgeTerminator terminator, qint64 startMs,
                                    int minGapMs, int maxGapMs, quint64 seed)
{
    SeededRandom rng(seed);
    std::vector<WedgeKey> keys;
    qint64 t = startMs;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0)
            t += rng.between(minGapMs, maxGapMs);
        const QChar c = text.at(i);
        keys.push_back(c == QChar(0x1D) ? WedgeKey::groupSeparator(t) : WedgeKey::character(t, c));
    }
    SeededRandom terminatorRng(seed ^ 0x5eedULL);
    const qint64 end =
        keys.empty() ? startMs : keys.back().timestampMs + terminatorRng.between(minGapMs, maxGapMs);
    switch (terminator) {
    case WedgeTerminator::Enter: keys.push_back(WedgeKey::enter(end)); break;
    case WedgeTerminator::Tab: keys.push_back(WedgeKey::tab(end)); break;
    case WedgeTerminator::None: break;
    }
    return keys;
}

QString wedgeTerminatorName(WedgeTerminator terminator)
{
    switch (terminator) {
    case WedgeTerminator::Enter: return QStringLiteral("enter");
    case WedgeTerminator::Tab: return QStringLiteral("tab");
    case WedgeTerminator::None: return QStringLiteral("none");
    }
    return {};
}

Result<WedgeTerminator> parseWedgeTerminator(QStringView name)
{
    for (auto t : {WedgeTerminator::Enter, WedgeTerminator::Tab, WedgeTerminator::None})
        if (name.compare(wedgeTerminatorName(t), Qt::CaseInsensitive) == 0)
            return t;
    return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown terminator (enter, tab or none)"),
                 name.toString());
}

Status WedgeFraming::validateLimits(const QString &what) const
{
    if (maxGapMs < 1)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the maximum gap between keys must be at least 1 ms"),
                     QString::number(maxGapMs));
    if (minLength < 1 || minLength > maxLength)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 length limits do not make sense (minimum %2, maximum %3)")
                         .arg(what)
                         .arg(minLength)
                         .arg(maxLength));
    return {};
}

bool WedgeFraming::fitsAt(qsizetype position, QChar c) const
{
    if (position < prefix.size())
        return c == prefix.at(position);
    return position < prefix.size() + maxLength + suffix.size();
}

std::optional<QString> WedgeFraming::body(const QString &text) const
{
    if (!text.startsWith(prefix) || !text.endsWith(suffix))
        return std::nullopt;
    const qsizetype length = text.size() - prefix.size() - suffix.size();
    if (length < minLength || length > maxLength)
        return std::nullopt;
    return text.mid(prefix.size(), length);
}

bool KeyBurst::isTerminatorKey(WedgeTerminator terminator, const WedgeKey &key)
{
    switch (terminator) {
    case WedgeTerminator::Enter: return key.key == Qt::Key_Return || key.key == Qt::Key_Enter;
    case WedgeTerminator::Tab: return key.key == Qt::Key_Tab;
    case WedgeTerminator::None: return false;
    }
    return false;
}

void KeyBurst::releaseHeld(Rules &rules)
{
    for (const WedgeKey &k : m_held)
        rules.typed(k);
    m_held.clear();
}

void KeyBurst::keyPressed(const WedgeKey &key, Rules &rules)
{
    // Within maxGapMs of the previous key (of any key, held or typed). A longer gap, or time going
    // backwards, ends the burst that was held.
    const bool fast =
        m_lastKeyMs && key.timestampMs >= *m_lastKeyMs && key.timestampMs - *m_lastKeyMs <= m_maxGapMs;
    if (!fast && !m_held.empty())
        silence(rules);
    m_lastKeyMs = key.timestampMs;

    if (m_held.empty()) {
        // A burst starts only after a gap: a fast key after a typed one (or after a read) is the
        // rest of a run that is not a read, and stays typed.
        if (!fast && rules.canStart(key))
            m_held.push_back(key);
        else
            rules.typed(key);
        return;
    }

    if (isTerminatorKey(m_terminator, key)) {
        std::vector<WedgeKey> burst = m_held;
        burst.push_back(key);
        if (rules.accept(burst)) {
            m_held.clear();
            return;
        }
        // Not a read: everything goes back as typed, the terminator too.
        releaseHeld(rules);
        rules.typed(key);
        return;
    }
    if (rules.canContinue(m_held, key)) {
        m_held.push_back(key);
        return;
    }
    releaseHeld(rules);
    rules.typed(key);
}

void KeyBurst::silence(Rules &rules)
{
    if (m_held.empty())
        return;
    if (m_terminator == WedgeTerminator::None && rules.accept(m_held)) {
        m_held.clear();
        return;
    }
    releaseHeld(rules);
}

std::optional<qint64> KeyBurst::silenceDeadlineMs() const
{
    if (m_held.empty() || !m_lastKeyMs)
        return std::nullopt;
    return *m_lastKeyMs + m_maxGapMs + 1;
}

} // namespace wh::drivers
