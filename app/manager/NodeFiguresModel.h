#pragma once

#include "FigureQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace wh {

// The rows of the manager's figures table at one level of the tree: the blocks, a block's sections
// or a section's activities (reports::figuresByLevel through ViewerQueries): name in the current
// language, code, paid hours, units, units per paid hour, performance against the standard, and
// for viewers who see costs the labor cost and unit cost, then a sparkline of the daily
// productivity over the period. Nodes without figures in the period have no row. GUI thread only.
//
// Roles besides Display: SortRole (the number behind a cell, for QSortFilterProxyModel),
// BarRole (the cell's value over the column's largest, 0..1, on the productivity and hours
// columns, drawn as a small bar), SparkRole (QList<double> of the daily values of the Trend column,
// NaN for a day without figures).
class NodeFiguresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Code, Hours, Units, UnitsPerHour, Performance, LaborCost, UnitCost, Trend };
    enum Role { SortRole = Qt::UserRole + 1, BarRole, SparkRole, CodeRole };

    // `language` ("ja" or "en") picks the names; without `showCost` the cost columns do not exist.
    NodeFiguresModel(QString language, bool showCost, QObject *parent = nullptr);

    void setRows(std::vector<reports::FigureRow> rows);
    // The daily values per node code (the Trend column); codes without a series show nothing.
    void setSparklines(QHash<QString, QList<double>> series);
    void clear();
    // The row of a node code; -1 when it has no row.
    [[nodiscard]] int rowOf(const QString &code) const;
    [[nodiscard]] QString codeAt(int row) const;
    [[nodiscard]] const reports::FigureRow *rowAt(int row) const;
    [[nodiscard]] Column columnAt(int section) const { return m_columns.value(section, Name); }
    [[nodiscard]] int sectionOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const reports::FigureRow &row, Column column) const;
    [[nodiscard]] QVariant number(const reports::FigureRow &row, Column column) const;
    QString m_language;
    QList<Column> m_columns;
    std::vector<reports::FigureRow> m_rows;
    QHash<QString, QList<double>> m_spark;
    double m_maxPerHour = 0;
    double m_maxHours = 0;
};

} // namespace wh
