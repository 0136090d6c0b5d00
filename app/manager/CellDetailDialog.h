#pragma once

#include "FigureQueries.h"
#include "QueryRunner.h"
#include "ViewerQueries.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace wh {

// The raw punches and units behind one cell of the figures (a node, a site, a period): the
// punch intervals (worker, activity, day, start, end, status, corrected) and the units entries,
// read off the GUI thread. Says when the lists are cut at the query's limit.
class CellDetailDialog : public QDialog {
    Q_OBJECT
public:
    CellDetailDialog(const reports::ViewerQueries &queries, reports::CellQuery query, const QString &what,
                     QString language, QWidget *parent = nullptr);

    [[nodiscard]] QStandardItemModel *intervals() const { return m_intervals; }
    [[nodiscard]] QStandardItemModel *units() const { return m_units; }

signals:
    void loaded();

private:
    void show(Result<reports::CellDetail> detail);
    QueryRunner m_runner;
    QString m_language;
    QLabel *m_summary;
    QStandardItemModel *m_intervals;
    QStandardItemModel *m_units;
};

} // namespace wh
