#include "FigureDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace wh {

namespace {
void drawItem(QPainter *painter, const QStyleOptionViewItem &option)
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
}
} // namespace

FigureDelegate::FigureDelegate(int barRole, int sparkRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_barRole(barRole)
    , m_sparkRole(sparkRole)
{
}

void FigureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant spark = index.data(m_sparkRole);
    if (spark.isValid()) {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        drawItem(painter, base); // background and selection only
        const auto values = spark.value<QList<double>>();
        double lo = INFINITY;
        double hi = -INFINITY;
        for (double v : values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        if (values.size() < 2 || !std::isfinite(lo))
            return;
        const QRectF area = QRectF(option.rect).adjusted(10, 7, -10, -7);
        const double span = hi > lo ? hi - lo : 1.0;
        const double step = area.width() / static_cast<double>(values.size() - 1);
        QPainterPath path;
        bool drawing = false;
        QPointF last;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double v = values[i];
            if (!std::isfinite(v)) {
                drawing = false;
                continue;
            }
            const QPointF p(area.left() + step * static_cast<double>(i),
                            area.bottom() - (hi > lo ? (v - lo) / span : 0.5) * area.height());
            if (drawing)
                path.lineTo(p);
            else
                path.moveTo(p);
            drawing = true;
            last = p;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(QPen(selected ? option.palette.highlightedText().color() : QColor(0x2b, 0x6c, 0xb0), 1.5));
        painter->drawPath(path);
        painter->setBrush(painter->pen().color());
        painter->drawEllipse(last, 2.5, 2.5);
        painter->restore();
        return;
    }
    const QVariant bar = index.data(m_barRole);
    if (bar.isValid() && !(option.state & QStyle::State_Selected)) {
        const double fraction = std::clamp(bar.toDouble(), 0.0, 1.0);
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QString text = base.text;
        base.text.clear();
        drawItem(painter, base);
        const QRectF area = QRectF(option.rect).adjusted(4, 6, -4, -6);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd6, 0xe6, 0xf5));
        painter->drawRoundedRect(QRectF(area.right() - area.width() * fraction, area.top(),
                                        area.width() * fraction, area.height()),
                                 3, 3);
        painter->restore();
        base.text = text;
        base.backgroundBrush = Qt::NoBrush;
        base.features &= ~QStyleOptionViewItem::Alternate;
        drawItem(painter, base);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize FigureDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_sparkRole).isValid() || index.data(m_barRole).isValid())
        size.setWidth(std::max(size.width(), 120));
    return size;
}

} // namespace wh
