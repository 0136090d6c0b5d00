#pragma once

#include <QBrush>
#include <QPainter>
#include <QStyledItemDelegate>

namespace wh {

// Paints a cell's BackgroundRole (a row's warning tint) under its text. The window's style sheet
// styles the table items, and a style sheet style then leaves the model's brush out; this puts it
// back. Selected rows keep the selection colour. GUI thread only.
class RowTintDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant tint = index.data(Qt::BackgroundRole);
        if (tint.isValid() && !(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, tint.value<QBrush>());
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace wh
