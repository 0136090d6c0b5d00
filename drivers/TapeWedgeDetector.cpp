#include "TapeWedgeDetector.h"

#include <QCoreApplication>

namespace wh::drivers {

Status TapeWedgeDetector::validate(const Options &options)
{
    if (auto limits = options.validateLimits(QStringLiteral("tape reading")); !limits.ok())
        return limits;
    if (!(options.maxMillimetres > 0))
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("wh::drivers", "the longest length must be above zero"));
    return {};
}

bool TapeWedgeDetector::isLengthCharacter(QChar c)
{
    static const QString allowed = QStringLiteral("0123456789., mcinftydMCINFTYD\"'");
    return allowed.contains(c);
}

bool TapeWedgeDetector::canStart(const Key &key) const
{
    const QChar c = key.printableCharacter();
    if (c.isNull())
        return false;
    if (!m_options.prefix.isEmpty())
        return c == m_options.prefix.at(0);
    return c.isDigit();
}

bool TapeWedgeDetector::canContinue(const std::vector<Key> &held, const Key &key) const
{
    const QChar c = key.printableCharacter();
    if (c.isNull())
        return false;
    const qsizetype position = qsizetype(held.size());
    if (!m_options.fitsAt(position, c))
        return false;
    return position < m_options.prefix.size() || isLengthCharacter(c) || m_options.suffix.contains(c);
}

std::optional<TapeWedgeDetector::Output> TapeWedgeDetector::judge(const std::vector<Key> &keys) const
{
    QString text;
    for (const Key &k : keys)
        if (const QChar c = k.printableCharacter(); !c.isNull())
            text += c;
    const auto body = m_options.body(text);
    if (!body || body->isEmpty() || !body->at(0).isDigit())
        return std::nullopt;
    for (QChar c : *body)
        if (!isLengthCharacter(c))
            return std::nullopt;

    Output out;
    out.kind = Output::Kind::Frame;
    out.keys = keys;
    const QByteArray raw = text.toUtf8();
    const auto length = parseLengthText(*body, m_options.defaultUnit);
    if (!length) {
        out.frame = TapeFrame::rejected(TapeProtocol::Wedge, raw,
                                        QStringLiteral("%1: \"%2\"").arg(length.error().message(), *body));
        return out;
    }
    TapeReading r;
    r.value = length->first;
    r.unit = length->second;
    if (r.millimetres() > m_options.maxMillimetres)
        return std::nullopt; // a long number typed fast: a barcode, not a tape
    r.settled = true;
    r.protocol = TapeProtocol::Wedge;
    r.raw = raw;
    out.frame = TapeFrame::accept(std::move(r));
    return out;
}

std::vector<TapeWedgeDetector::Output> TapeWedgeDetector::keyPressed(const Key &key)
{
    return KeyBurstCollector<TapeWedgeDetector>::keyPressed(m_burst, *this, key);
}

std::vector<TapeWedgeDetector::Output> TapeWedgeDetector::silence()
{
    return KeyBurstCollector<TapeWedgeDetector>::silence(m_burst, *this);
}

} // namespace wh::drivers
