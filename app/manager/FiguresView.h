#pragma once

#include "FigureQueries.h"
#include "ManagerView.h"
#include "QueryRunner.h"
#include "StoreScope.h"
#include "ViewerQueries.h"

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wh {

class FigureTile;
class NodeFiguresModel;

// The figures of one site and period, all from the daily summaries: tiles (business days with
// figures, paid hours, units, units per paid hour, and labor cost and unit cost for viewers who see
// costs, performance for the others), the drill-down table block > section > activity with the metrics (costs only for
// viewers who see them), a bar behind productivity and hours, a sparkline of the daily
// productivity, sorting by any column; and the hours per block as a chart.
// Double-click a block or section to go one level down ("Up" goes back); double-click an activity,
// or select any row and press "Punches and units…", for the raw punches and units behind it.
class FiguresView : public ManagerView {
    Q_OBJECT
public:
    FiguresView(const reports::ViewerQueries &queries, QString language, QWidget *parent = nullptr);

    [[nodiscard]] QString viewName() const override { return QStringLiteral("figures"); }
    [[nodiscard]] QString title() const override;
    void setScope(const StoreScope &scope) override { m_scope = scope; }
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // The node whose children the table shows; none: the blocks.
    [[nodiscard]] std::optional<reports::NodeRef> drill() const { return m_drill; }
    // Shows the rows under `node` (a block or section; none: the blocks) and selects `select`.
    void drillTo(const std::optional<reports::NodeRef> &node, const QString &select = {});
    // The code of the selected row; empty when none.
    [[nodiscard]] QString selectedCode() const;
    [[nodiscard]] NodeFiguresModel *model() const { return m_model; }
    // Opens the punches and units behind the selected row (or the whole site when none).
    void showCell();

signals:
    // A scanned code's row is selected (or it has none): `found`.
    void selectionShown(const QString &code, bool found);

private:
    struct Answer {
        // The site's total over the period, and its days with figures (from the summaries).
        Result<std::vector<reports::FigureRow>> total = Error(ErrorCode::Internal, QStringLiteral("not read"));
        qint64 days = 0;
        Result<std::vector<reports::FigureRow>> rows = Error(ErrorCode::Internal, QStringLiteral("not read"));
    };
    void load(bool overview);
    void show(Answer answer, bool overview);
    void loadSparklines();
    void rowActivated(const QModelIndex &index);
    void updateTitle();
    void selectPending();
    [[nodiscard]] reports::Level rowLevel() const;

    reports::ViewerQueries m_queries;
    QString m_language;
    QueryRunner m_runner;
    QueryRunner m_sparkRunner;
    StoreScope m_scope;
    ViewContext m_context;
    std::optional<reports::NodeRef> m_drill;
    QString m_selectWhenShown;
    QLabel *m_subtitle;
    FigureTile *m_days;
    FigureTile *m_hours;
    FigureTile *m_units;
    FigureTile *m_perHour;
    FigureTile *m_performance; // viewers who do not see costs
    FigureTile *m_cost;        // viewers who see costs
    FigureTile *m_unitCost;
    NodeFiguresModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_drillTitle;
    QPushButton *m_up;
    QPushButton *m_cell;
    QTableView *m_table;
    QLabel *m_legend;
};

} // namespace wh
