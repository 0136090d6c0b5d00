#pragma once

#include <QStyledItemDelegate>

namespace wh {

// Draws the small pictures of the figures tables: a bar behind a number (the model's BarRole, a
// fraction 0..1 of the column's largest value) and a sparkline in place of text (SparkRole, a
// QList<double> with NaN for gaps). Other cells are drawn as usual. The roles are
// NodeFiguresModel's; any model with the same roles works.
class FigureDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FigureDelegate(int barRole, int sparkRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_barRole;
    int m_sparkRole;
};

} // namespace wh
