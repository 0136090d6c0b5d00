#include "IdleScreen.h"

#include "BadgeIcon.h"
#include "ErrorText.h"
#include "FigureFormat.h"
#include "FigureTile.h"
#include "KioskButton.h"
#include "Logging.h"
#include "SiteStatus.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wh {

namespace {
constexpr int kStatusRefreshMs = 30 * 1000;

// Big type, high contrast: read from a few metres away on a warehouse floor.
const char *const kStyle = R"(
wh--IdleScreen { background: #0f2137; }
QLabel { color: #f3f6fa; }
QLabel#siteName { font-size: 40px; font-weight: 700; }
QLabel#deviceName { font-size: 22px; color: #9fb3c8; }
QLabel#time { font-size: 170px; font-weight: 300; }
QLabel#date { font-size: 38px; color: #c9d6e3; }
QFrame#prompt { background: #f2b632; border-radius: 28px; }
QFrame#prompt QLabel { color: #1b1405; }
QLabel#promptTitle { font-size: 56px; font-weight: 700; }
QLabel#promptHint { font-size: 24px; }
QFrame#figureTile { background: #18314f; border-radius: 18px; }
QLabel#figureCaption { font-size: 22px; color: #b4c5d8; }
QLabel#figureValue { font-size: 48px; font-weight: 700; }
QLabel#statusProblem { font-size: 22px; color: #ffb4a8; }
QPushButton#pinButton { font-size: 24px; font-weight: 700; color: #f3f6fa; background: #18314f;
                        border: 3px solid #4d6a8c; border-radius: 16px; padding: 8px 22px; min-height: 48px; }
QPushButton#pinButton:focus { border-color: #f2b632; }
QPushButton#pinButton:pressed { background: #24476f; }
)";
} // namespace

IdleScreen::IdleScreen(db::Store &store, reports::DeviceSite where, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_where(std::move(where))
    , m_clock(clock)
    , m_time(new QLabel(this))
    , m_date(new QLabel(this))
    , m_statusProblem(new QLabel(this))
    , m_onShift(new FigureTile(tr("Workers on shift now"), this))
    , m_onBreak(new FigureTile(tr("Workers on a break now"), this))
    , m_latestDay(new FigureTile(tr("Workers today"), this))
    , m_pinButton(new KioskButton(tr("Use PIN"), this))
{
    setWindowTitle(tr("Kiosk: %1").arg(m_where.site.name));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(kStyle));

    auto *siteName = new QLabel(m_where.site.name, this);
    siteName->setObjectName(QStringLiteral("siteName"));
    auto *deviceName = new QLabel(tr("%1 (%2)").arg(m_where.device.name, m_where.device.id), this);
    deviceName->setObjectName(QStringLiteral("deviceName"));
    auto *header = new QHBoxLayout;
    header->addWidget(siteName);
    header->addStretch(1);
    header->addWidget(deviceName, 0, Qt::AlignRight | Qt::AlignVCenter);
    // For a worker without their badge; kept out of the prompt so the prompt's big text has room.
    m_pinButton->setObjectName(QStringLiteral("pinButton"));
    m_pinButton->setToolTip(tr("No badge with you? Sign in with your worker code and PIN."));
    connect(m_pinButton, &QPushButton::clicked, this, &IdleScreen::pinRequested);
    header->addSpacing(24);
    header->addWidget(m_pinButton, 0, Qt::AlignVCenter);

    m_time->setObjectName(QStringLiteral("time"));
    m_time->setAlignment(Qt::AlignCenter);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAlignment(Qt::AlignCenter);

    auto *prompt = new QFrame(this);
    prompt->setObjectName(QStringLiteral("prompt"));
    auto *icon = new BadgeIcon(prompt);
    QPalette iconPalette = icon->palette();
    iconPalette.setColor(QPalette::WindowText, QColor(0x1b, 0x14, 0x05));
    icon->setPalette(iconPalette);
    auto *promptTitle = new QLabel(tr("Tap your badge"), prompt);
    promptTitle->setObjectName(QStringLiteral("promptTitle"));
    auto *promptHint = new QLabel(
        tr("Hold your badge to the reader to clock in, switch work, take a break or clock out."), prompt);
    promptHint->setObjectName(QStringLiteral("promptHint"));
    promptHint->setWordWrap(true);
    auto *promptText = new QVBoxLayout;
    promptText->setSpacing(6);
    promptText->addStretch(1);
    promptText->addWidget(promptTitle);
    promptText->addWidget(promptHint);
    promptText->addStretch(1);
    auto *promptLayout = new QHBoxLayout(prompt);
    promptLayout->setContentsMargins(36, 20, 32, 20);
    promptLayout->setSpacing(28);
    promptLayout->addWidget(icon, 0, Qt::AlignVCenter);
    promptLayout->addLayout(promptText, 1);

    auto *figures = new QHBoxLayout;
    figures->setSpacing(20);
    figures->addWidget(m_onShift, 1);
    figures->addWidget(m_onBreak, 1);
    figures->addWidget(m_latestDay, 1);

    m_statusProblem->setObjectName(QStringLiteral("statusProblem"));
    m_statusProblem->setWordWrap(true);
    m_statusProblem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 36);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addStretch(2);
    layout->addWidget(m_time);
    layout->addWidget(m_date);
    layout->addSpacing(28);
    layout->addStretch(2);
    layout->addWidget(prompt);
    layout->addStretch(1);
    layout->addSpacing(24);
    layout->addLayout(figures);
    layout->addWidget(m_statusProblem);

    m_clockTimer.setTimerType(Qt::PreciseTimer);
    m_clockTimer.setSingleShot(true);
    connect(&m_clockTimer, &QTimer::timeout, this, &IdleScreen::tick);
    m_statusTimer.setInterval(kStatusRefreshMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &IdleScreen::refreshStatus);
    m_statusTimer.start();
    tick();
    refreshStatus();
}

void IdleScreen::tick()
{
    const qint64 now = m_clock.nowMs();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, m_where.site.timeZone());
    const QLocale locale;
    m_time->setText(QStringLiteral("%1<span style=\"font-size:64px; color:#7f97b2;\">&nbsp;%2</span>")
                        .arg(local.toString(QStringLiteral("HH:mm")), local.toString(QStringLiteral("ss"))));
    m_date->setText(locale.toString(local.date(), QLocale::LongFormat));
    // Wake just after the next full second so the seconds never skip or stall.
    m_clockTimer.start(static_cast<int>(1000 - now % 1000) + 5);
}

void IdleScreen::refreshStatus()
{
    auto status = reports::siteStatus(m_store, m_where.site, m_clock.nowMs());
    if (!status) {
        logging::get("app")->error("kiosk status: {}", status.error().toString().toStdString());
        m_statusProblem->setText(
            tr("The figures cannot be read from the store: %1").arg(ErrorText::describe(status.error())));
        m_statusProblem->show();
        return;
    }
    m_statusProblem->hide();
    const QLocale locale;
    m_onShift->setValue(FigureFormat::count(status->onShift));
    m_onBreak->setValue(FigureFormat::count(status->onBreak));
    m_latestDay->setValue(FigureFormat::count(status->latestDayWorkers));
    if (!status->latestDay.isValid() || status->latestDay == status->today) {
        m_latestDay->setCaption(tr("Workers today"));
    } else {
        //: QDate format of a short date with the weekday, e.g. "Fri, Nov 20"
        const QString format = tr("ddd, MMM d");
        //: %1 is a short date such as "Fri, Nov 20"
        m_latestDay->setCaption(tr("Workers on %1").arg(locale.toString(status->latestDay, format)));
    }
}

} // namespace wh
