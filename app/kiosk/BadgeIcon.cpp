#include "BadgeIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace wh {

BadgeIcon::BadgeIcon(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(sizeHint());
}

void BadgeIcon::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const qreal s = qMin(width(), height()) / 140.0;
    p.scale(s, s);

    // The card, tilted a little as if held up to the reader.
    p.save();
    p.translate(52, 78);
    p.rotate(-12);
    p.setPen(QPen(ink, 5));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(-36, -48, 72, 96), 10, 10);
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(0, -16), 12, 12);          // photo: head
    p.drawRoundedRect(QRectF(-20, 2, 40, 14), 7, 7); // photo: shoulders
    p.drawRoundedRect(QRectF(-22, 26, 44, 6), 3, 3); // name line
    p.restore();

    // Contactless waves to the right of the card.
    p.setPen(QPen(ink, 6, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i) {
        const qreal r = 14 + i * 14;
        p.drawArc(QRectF(96 - r, 44 - r, 2 * r, 2 * r), -50 * 16, 100 * 16);
    }
}

} // namespace wh
