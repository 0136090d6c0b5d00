#include "WorkerCardScreen.h"

#include "KioskButton.h"
#include "KioskText.h"
#include "SiteText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace wh {

WorkerCardScreen::WorkerCardScreen(QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_zone(std::move(zone))
    , m_name(new QLabel(this))
    , m_code(new QLabel(this))
    , m_state(new QLabel(this))
    , m_since(new QLabel(this))
    , m_worked(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_offerRow(new QHBoxLayout)
    , m_cancel(new KioskButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("kioskPage"));
    setAttribute(Qt::WA_StyledBackground);

    m_name->setObjectName(QStringLiteral("workerName"));
    m_code->setObjectName(QStringLiteral("workerCode"));
    m_state->setObjectName(QStringLiteral("stateLine"));
    m_state->setWordWrap(true);
    m_since->setObjectName(QStringLiteral("detailLine"));
    m_worked->setObjectName(QStringLiteral("detailLine"));
    m_warning->setObjectName(QStringLiteral("warningLine"));
    m_warning->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("secondaryAction"));
    m_cancel->setMinimumWidth(260);
    connect(m_cancel, &QPushButton::clicked, this, &WorkerCardScreen::cancelled);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addSpacing(20);
    header->addWidget(m_code, 0, Qt::AlignBottom);
    header->addStretch(1);

    auto *stateBox = new QFrame(this);
    stateBox->setObjectName(QStringLiteral("stateBox"));
    auto *stateLayout = new QVBoxLayout(stateBox);
    stateLayout->setContentsMargins(36, 24, 36, 24);
    stateLayout->setSpacing(8);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_since);
    stateLayout->addWidget(m_worked);
    stateLayout->addWidget(m_warning);

    m_offerRow->setSpacing(24);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_cancel);
    footer->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->setSpacing(24);
    layout->addLayout(header);
    layout->addWidget(stateBox);
    layout->addStretch(1);
    layout->addLayout(m_offerRow);
    layout->addStretch(1);
    layout->addLayout(footer);
}

void WorkerCardScreen::setCard(const db::WorkerCard &card, qint64 nowMs)
{
    m_card = card;
    m_name->setText(card.worker.name);
    m_code->setText(card.worker.code);
    const QString activity = card.current ? KioskText::activityName(*card.current) : card.state.activityCode;
    const QString since = SiteText::siteTime(card.state.sinceMs, m_zone, nowMs);
    switch (card.state.phase) {
    case PunchState::Phase::Off:
        m_state->setText(tr("Not clocked in"));
        m_since->clear();
        m_since->hide();
        break;
    case PunchState::Phase::Working:
        m_state->setText(tr("Working on %1").arg(activity));
        m_since->setText(tr("Since %1").arg(since));
        m_since->show();
        break;
    case PunchState::Phase::OnBreak:
        //: %1 is the break activity, e.g. "Break"
        m_state->setText(tr("On a break (%1)").arg(activity));
        m_since->setText(tr("Since %1").arg(since));
        m_since->show();
        break;
    }
    m_worked->setText(tr("Worked today: %1").arg(SiteText::hoursMinutes(card.workedSecondsToday)));
    m_warning->setText(
        tr("Your last shift was left open too long. It is closed as forgotten and a leader will "
           "check it; this tap starts a new shift."));
    m_warning->setVisible(card.state.previousShiftForgotten);

    qDeleteAll(m_offers);
    m_offers.clear();
    m_offerActions.clear();
    for (const PunchAction action : PunchStateMachine::offers(card.state)) {
        QString text;
        QString name;
        switch (action) {
        case PunchAction::StartActivity:
            name = QStringLiteral("primaryAction");
            if (card.state.phase == PunchState::Phase::Off)
                text = tr("Clock in");
            else if (card.state.phase == PunchState::Phase::OnBreak)
                text = tr("Back to work");
            else
                text = tr("Switch activity");
            break;
        case PunchAction::Break:
            name = QStringLiteral("breakAction");
            text = tr("Start a break");
            break;
        case PunchAction::ClockOut:
            name = QStringLiteral("clockOutAction");
            text = tr("Clock out");
            break;
        }
        auto *button = new KioskButton(text, this);
        button->setObjectName(name);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionChosen(action); });
        m_offerRow->addWidget(button, 1);
        button->show(); // a new tap may refill a card that is on screen
        m_offers.append(button);
        m_offerActions.append(action);
    }
    // Tab order: the offers left to right, then cancel.
    QWidget *previous = nullptr;
    for (KioskButton *button : std::as_const(m_offers)) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    if (previous)
        setTabOrder(previous, m_cancel);
    if (!m_offers.isEmpty())
        m_offers.first()->setFocus();
}

KioskButton *WorkerCardScreen::buttonFor(PunchAction action) const
{
    const int i = m_offerActions.indexOf(action);
    return i < 0 ? nullptr : m_offers.at(i);
}

void WorkerCardScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace wh
