#include "MessageScreen.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace wh {

MessageScreen::MessageScreen(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QFrame(this))
    , m_worker(new QLabel(m_banner))
    , m_title(new QLabel(m_banner))
    , m_detail(new QLabel(m_banner))
{
    setObjectName(QStringLiteral("kioskPage"));
    setAttribute(Qt::WA_StyledBackground);
    m_worker->setObjectName(QStringLiteral("messageWorker"));
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_detail->setObjectName(QStringLiteral("messageDetail"));
    for (QLabel *label : {m_worker, m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    auto *inner = new QVBoxLayout(m_banner);
    inner->setContentsMargins(56, 48, 56, 48);
    inner->setSpacing(24);
    inner->addStretch(1);
    inner->addWidget(m_worker);
    inner->addWidget(m_title);
    inner->addWidget(m_detail);
    inner->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->addWidget(m_banner);
}

void MessageScreen::show(Kind kind, const QString &title, const QString &detail, const QString &worker)
{
    m_kind = kind;
    const char *colour = "#18314f";
    if (kind == Kind::Confirmation)
        colour = "#1e7b4a";
    else if (kind == Kind::Error)
        colour = "#a3261b";
    m_banner->setStyleSheet(
        QStringLiteral("QFrame { background: %1; border-radius: 32px; }"
                       "QLabel { background: transparent; color: #ffffff; }"
                       "QLabel#messageWorker { font-size: 36px; color: rgba(255,255,255,0.85); }"
                       "QLabel#messageTitle { font-size: 64px; font-weight: 700; }"
                       "QLabel#messageDetail { font-size: 32px; }")
            .arg(QLatin1String(colour)));
    m_worker->setText(worker);
    m_worker->setVisible(!worker.isEmpty());
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString MessageScreen::title() const
{
    return m_title->text();
}

QString MessageScreen::detail() const
{
    return m_detail->text();
}

} // namespace wh
