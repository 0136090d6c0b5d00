#include "Money.h"

#include <QLocale>

namespace wh {

QString Yen::toDisplayString() const
{
    return QStringLiteral("¥") + QLocale(QLocale::English).toString(m_amount);
}

} // namespace wh
