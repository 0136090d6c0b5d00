#include "FigureFormat.h"

#include <QCoreApplication>
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

QString FigureFormat::yen(qint64 amount)
{
    //: A yen amount; %1 is the number with grouped digits
    return QCoreApplication::translate("wh::FigureFormat", "¥%1").arg(QLocale().toString(amount));
}

QString FigureFormat::yenPerUnit(std::optional<double> value)
{
    if (!value)
        return none();
    return QCoreApplication::translate("wh::FigureFormat", "¥%1").arg(QLocale().toString(*value, 'f', 1));
}

QString FigureFormat::decimal(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : none();
}

QString FigureFormat::percent(std::optional<double> value)
{
    //: A percentage; %1 is the number
    return value ? QCoreApplication::translate("wh::FigureFormat", "%1 %").arg(QLocale().toString(*value, 'f', 0))
                 : none();
}

QString FigureFormat::none()
{
    return QStringLiteral("–");
}

} // namespace wh
