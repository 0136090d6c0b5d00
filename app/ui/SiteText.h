#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace wh {

// How the punch screens (the kiosk, the handheld) say a time at the site, a worked time and a
// name kept in both languages, in the default locale (set by --lang). Any thread (it only reads
// the installed translators and the default locale).
class SiteText {
    Q_DECLARE_TR_FUNCTIONS(wh::SiteText)

public:
    // "19:30" in `zone`; with the date when it is not the day of `nowMs` there ("Nov 20 22:10").
    [[nodiscard]] static QString siteTime(qint64 ms, const QTimeZone &zone, qint64 nowMs);
    // The name in the current language: Japanese under a Japanese locale, else English (each
    // falling back to the other when empty).
    [[nodiscard]] static QString localizedName(const QString &nameJa, const QString &nameEn);
    // Worked time as h:mm ("7:05"); a negative time is 0:00.
    [[nodiscard]] static QString hoursMinutes(qint64 seconds);
};

} // namespace wh
