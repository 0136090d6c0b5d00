#include "ScannerWedgeDetector.h"

namespace wh::drivers {

namespace {

constexpr char16_t kGs = 0x1D;

} // namespace

Status ScannerWedgeDetector::validate(const Options &options)
{
    if (auto limits = options.validateLimits(QStringLiteral("scan")); !limits.ok())
        return limits;
    const QChar sub = options.gsSubstitute;
    if (!sub.isNull() && (sub.isLetterOrNumber() || !sub.isPrint() || options.prefix.contains(sub) ||
                          options.suffix.contains(sub)))
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("the GS substitute must be a printable symbol outside the data, prefix and "
                           "suffix (such as | or ~)"),
            QString(sub));
    return {};
}

ScannerTextOptions ScannerWedgeDetector::Options::textOptions() const
{
    ScannerTextOptions o;
    o.prefix = prefix;
    o.suffix = suffix;
    o.gsSubstitute = gsSubstitute;
    o.aim = aim;
    return o;
}

QChar ScannerWedgeDetector::scanCharacter(const Key &key)
{
    // GS: Ctrl+] (X11 gives the text "\x1d"; other platforms may give no text).
    if (key.text == QChar(kGs) || (key.key == Qt::Key_BracketRight && (key.modifiers & Qt::ControlModifier) &&
                                   !(key.modifiers & Qt::AltModifier)))
        return QChar(kGs);
    return key.printableCharacter();
}

bool ScannerWedgeDetector::canStart(const Key &key) const
{
    const QChar c = scanCharacter(key);
    return !c.isNull() && m_options.fitsAt(0, c);
}

bool ScannerWedgeDetector::canContinue(const std::vector<Key> &held, const Key &key) const
{
    const QChar c = scanCharacter(key);
    return !c.isNull() && m_options.fitsAt(qsizetype(held.size()), c);
}

std::optional<ScannerWedgeDetector::Output> ScannerWedgeDetector::judge(const std::vector<Key> &keys) const
{
    QString text;
    for (const Key &k : keys)
        if (const QChar c = scanCharacter(k); !c.isNull())
            text += c;
    if (!m_options.body(text))
        return std::nullopt;

    Output result;
    result.raw = text;
    result.keys = keys;
    auto code = decodeScannerText(text, m_options.textOptions());
    if (code.ok()) {
        result.kind = Output::Kind::ScanRead;
        result.code = *code;
    } else {
        result.kind = Output::Kind::ScanRejected;
        result.error = code.error();
    }
    return result;
}

std::vector<ScannerWedgeDetector::Output> ScannerWedgeDetector::keyPressed(const Key &key)
{
    return KeyBurstCollector<ScannerWedgeDetector>::keyPressed(m_burst, *this, key);
}

std::vector<ScannerWedgeDetector::Output> ScannerWedgeDetector::silence()
{
    return KeyBurstCollector<ScannerWedgeDetector>::silence(m_burst, *this);
}

} // namespace wh::drivers
