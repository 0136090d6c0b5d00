#include "SiteText.h"

#include <QDateTime>
#include <QLocale>

namespace wh {

QString SiteText::siteTime(qint64 ms, const QTimeZone &zone, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QString time = at.toString(QStringLiteral("HH:mm"));
    if (at.date() == now.date())
        return time;
    //: QDate format of a short date without the year, e.g. "Nov 20"
    const QString dateFormat = tr("MMM d");
    //: %1 is a short date such as "Nov 20", %2 a time such as "22:10"
    return tr("%1 %2").arg(QLocale().toString(at.date(), dateFormat), time);
}

QString SiteText::localizedName(const QString &nameJa, const QString &nameEn)
{
    if (QLocale().language() == QLocale::Japanese)
        return nameJa.isEmpty() ? nameEn : nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

QString SiteText::hoursMinutes(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace wh
