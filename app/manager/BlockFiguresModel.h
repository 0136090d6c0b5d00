#pragma once

#include "StoreOverview.h"

#include <QAbstractTableModel>

namespace wh {

// The per-block table of the manager's overview: one row per block (name in the current
// language), then a total row. GUI thread only.
class BlockFiguresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Block, Workers, Hours, Units, UnitsPerHour, ColumnCount };

    // `language` ("ja" or "en") picks the block names.
    explicit BlockFiguresModel(QString language, QObject *parent = nullptr);

    void setOverview(const reports::PeriodOverview &overview);
    void clear();
    // The row of a block code; -1 when it has none.
    [[nodiscard]] int rowOf(const QString &blockCode) const;
    // The block code of a row; empty for the total row.
    [[nodiscard]] QString codeAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool isTotalRow(int row) const { return row == static_cast<int>(m_overview.blocks.size()); }

    QString m_language;
    reports::PeriodOverview m_overview;
    bool m_hasOverview = false;
};

} // namespace wh
