#include "FigureTile.h"

#include "FigureFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace wh {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(FigureFormat::none(), this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("figureTile"));
    m_caption->setObjectName(QStringLiteral("figureCaption"));
    m_value->setObjectName(QStringLiteral("figureValue"));
    m_detail->setObjectName(QStringLiteral("figureDetail"));
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void FigureTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void FigureTile::setValue(const QString &value)
{
    m_value->setText(value);
}

void FigureTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace wh
