#include "WedgeInputFallback.h"

#include <QKeyEvent>

namespace wh {

bool WedgeInputFallback::handleKey(const QKeyEvent &event)
{
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() > kMaximumGapMs)
        m_digits.clear();
    m_sinceLast.start();
    const QString text = event.text();
    if (text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128) {
        m_digits.append(text);
        return true;
    }
    if (event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) {
        if (m_digits.isEmpty())
            return false;
        const QString digits = m_digits;
        m_digits.clear();
        if (digits.size() >= kMinimumDigits)
            emit badgeRead(digits);
        return true;
    }
    m_digits.clear();
    return false;
}

} // namespace wh
