#pragma once

#include <QAbstractTableModel>

#include <utility>
#include <vector>

namespace wh {

// A table model whose rows have a key (a worker code, an activity code) and are replaced in place:
// rows whose key is gone are removed, rows still there are moved into their new place and updated,
// new rows are inserted. A view on it keeps its selection, current row and scroll position over a
// refresh (the live board reads the floor every few seconds); a reset would lose all three and
// flicker. GUI thread only.
class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Makes `rows` equal to `next` (in next's order) with the fewest row signals, then reports
    // every remaining row's cells as changed (figures such as "for 3:25" move with the clock).
    // `keyOf(row)` gives a comparable key; keys are unique within each list.
    template <typename Row, typename KeyOf>
    void replaceRows(std::vector<Row> &rows, std::vector<Row> next, KeyOf keyOf)
    {
        // 1. Rows whose key is gone, from the bottom so the row numbers above stay valid.
        for (int i = static_cast<int>(rows.size()) - 1; i >= 0; --i) {
            const auto key = keyOf(rows[static_cast<size_t>(i)]);
            bool kept = false;
            for (const Row &n : next)
                if (keyOf(n) == key) {
                    kept = true;
                    break;
                }
            if (!kept) {
                beginRemoveRows({}, i, i);
                rows.erase(rows.begin() + i);
                endRemoveRows();
            }
        }
        // 2. Walk the new order: keep, move up, or insert.
        for (size_t i = 0; i < next.size(); ++i) {
            const auto key = keyOf(next[i]);
            if (i < rows.size() && keyOf(rows[i]) == key) {
                rows[i] = std::move(next[i]);
                continue;
            }
            size_t found = rows.size();
            for (size_t j = i + 1; j < rows.size(); ++j)
                if (keyOf(rows[j]) == key) {
                    found = j;
                    break;
                }
            const int at = static_cast<int>(i);
            if (found < rows.size()) {
                beginMoveRows({}, static_cast<int>(found), static_cast<int>(found), {}, at);
                Row moved = std::move(rows[found]);
                rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(found));
                rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(i), std::move(moved));
                endMoveRows();
                rows[i] = std::move(next[i]);
            } else {
                beginInsertRows({}, at, at);
                rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(i), std::move(next[i]));
                endInsertRows();
            }
        }
        if (!rows.empty())
            emit dataChanged(index(0, 0), index(static_cast<int>(rows.size()) - 1, columnCount() - 1));
    }
};

} // namespace wh
