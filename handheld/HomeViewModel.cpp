#include "HomeViewModel.h"

#include "ErrorText.h"
#include "FigureFormat.h"
#include "Logging.h"
#include "SiteStatus.h"

#include <QDateTime>
#include <QLocale>

namespace wh {

namespace {
constexpr int kRefreshMs = 60 * 1000;
} // namespace

HomeViewModel::HomeViewModel(db::Store &store, reports::DeviceSite where, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_where(std::move(where))
    , m_clock(clock)
{
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &HomeViewModel::refresh);
    m_timer.start();
    refresh();
}

void HomeViewModel::refresh()
{
    const qint64 now = m_clock.nowMs();
    auto status = reports::siteStatus(m_store, m_where.site, now);
    const QLocale locale;
    if (!status) {
        logging::get("handheld")->error("home figures: {}", status.error().toString().toStdString());
        m_problem =
            tr("The figures cannot be read from the store: %1").arg(ErrorText::describe(status.error()));
        emit figuresChanged();
        return;
    }
    m_problem.clear();
    const auto &s = *status;
    m_hasFigures = s.latestDay.isValid();
    //: QDate format of a date with the weekday, e.g. "Fri, Nov 20"
    const QString format = tr("ddd, MMM d");
    if (!m_hasFigures)
        m_dayTitle = tr("No work recorded at this site yet");
    else if (s.latestDay == s.today)
        m_dayTitle = tr("Today, %1").arg(locale.toString(s.latestDay, format));
    else
        m_dayTitle = tr("Last business day, %1").arg(locale.toString(s.latestDay, format));
    m_units = FigureFormat::count(s.latestDayUnits);
    m_workers = FigureFormat::count(s.latestDayWorkers);
    m_hours = FigureFormat::hours(s.latestDayWorkSeconds);
    m_unitsPerHour = FigureFormat::perHour(s.latestDayUnits, s.latestDayWorkSeconds);
    m_onShift = FigureFormat::count(s.onShift);
    const QTime local = QDateTime::fromMSecsSinceEpoch(now, m_where.site.timeZone()).time();
    m_updatedAt = tr("Updated at %1").arg(locale.toString(local, QLocale::ShortFormat));
    emit figuresChanged();
}

QString HomeViewModel::visibleScanText(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x1D), QStringLiteral("<GS>"));
    return drivers::visibleControls(out);
}

void HomeViewModel::scanned(const drivers::ScannedCode &code)
{
    logging::get("handheld")
        ->info("scanned {} {}", code.symbology.toStdString(),
               drivers::visibleControls(code.text).toStdString());
    m_hasLastScan = true;
    m_lastScanText = visibleScanText(code.text);
    if (code.symbology.isEmpty()) {
        m_lastScanSymbology = tr("No symbology identifier");
    } else {
        const QString name = drivers::aimSymbologyName(code.symbology);
        //: %1 is a barcode symbology such as GS1-128, %2 its AIM identifier such as ]C1
        m_lastScanSymbology = name.isEmpty() ? code.symbology : tr("%1 (%2)").arg(name, code.symbology);
    }
    m_lastScanProblem.clear();
    emit lastScanChanged();
}

void HomeViewModel::scanRejected(const QString &raw, const Error &error)
{
    logging::get("handheld")->warn("unreadable scan: {}", error.toString().toStdString());
    m_hasLastScan = true;
    m_lastScanText = raw;
    m_lastScanSymbology.clear();
    m_lastScanProblem = tr("The code could not be read. Please scan it again.");
    emit lastScanChanged();
}

} // namespace wh
