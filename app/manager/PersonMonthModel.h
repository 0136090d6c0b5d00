#pragma once

#include "FigureQueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace wh {

// A worker's months as a table: units, paid hours and the month's average productivity (its units
// over its hours, not an average of daily ratios), for every activity of the page or one. GUI
// thread only.
class PersonMonthModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Month, Units, Hours, Productivity, ColumnCount };

    explicit PersonMonthModel(QObject *parent = nullptr);

    void setMonths(std::vector<reports::PersonMonth> months);
    void clear();
    [[nodiscard]] const std::vector<reports::PersonMonth> &months() const { return m_months; }

    // "2026-07"
    [[nodiscard]] static QString monthText(const QDate &month);
    [[nodiscard]] QString cellText(int row, int column) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<reports::PersonMonth> m_months;
};

} // namespace wh
