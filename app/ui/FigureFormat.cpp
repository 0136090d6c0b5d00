#include "FigureFormat.h"

#include <QLocale>

namespace wh {

QString FigureFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString FigureFormat::hours(qint64 seconds)
{
    return QLocale().toString(static_cast<double>(seconds) / 3600.0, 'f', 1);
}

QString FigureFormat::perHour(qint64 units, qint64 seconds)
{
    if (seconds <= 0 || units <= 0)
        return none();
    return QLocale().toString(static_cast<double>(units) * 3600.0 / static_cast<double>(seconds), 'f', 1);
}

QString FigureFormat::none()
{
    return QStringLiteral("–");
}

} // namespace wh
