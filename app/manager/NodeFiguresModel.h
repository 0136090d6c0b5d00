#pragma once

#include "FigureQueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace wh {

// The drilled-down rows of the manager's figures table: a block's sections or a section's
// activities (reports::figuresByLevel), name in the current language, code, paid hours, units and
// units per paid hour. Nodes without figures in the period have no row. GUI thread only.
class NodeFiguresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Code, Hours, Units, UnitsPerHour, ColumnCount };

    // `language` ("ja" or "en") picks the names.
    explicit NodeFiguresModel(QString language, QObject *parent = nullptr);

    void setRows(std::vector<reports::FigureRow> rows);
    void clear();
    // The row of a node code; -1 when it has no row.
    [[nodiscard]] int rowOf(const QString &code) const;
    [[nodiscard]] QString codeAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QString m_language;
    std::vector<reports::FigureRow> m_rows;
};

} // namespace wh
