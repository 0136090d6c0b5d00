#pragma once

#include "ManagerView.h"
#include "TrendModel.h"
#include "ViewerQueries.h"

#include <QElapsedTimer>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace wh {

class PeriodChart;
class QueryRunner;

// The trends page: a chart and a table of one metric (productivity, unit cost, labor cost, paid
// hours, units) per day or per month over the window's period, for one site or several side by
// side (a line per site), for the site total or one block, section or activity (chosen from the
// nodes that have figures in the period). Month is the default granularity for periods longer
// than kDailyTrendMaxDays; a granularity chosen by hand holds until the period changes.
// A reader who may not see costs (a leader) is offered no cost metric and gets no cost column
// (and the query layer hides the costs anyway). Reads through ViewerQueries on its own
// QueryRunner. GUI thread only; the store behind `queries` must outlive the view.
class TrendsView : public ManagerView {
    Q_OBJECT

public:
    using Metric = TrendModel::Metric;

    // `language` ("ja" or "en") picks the names of blocks, sections and activities until a context
    // says otherwise.
    TrendsView(const reports::ViewerQueries &queries, QString language, QWidget *parent = nullptr);
    ~TrendsView() override;

    [[nodiscard]] QString viewName() const override { return QStringLiteral("trends"); }
    [[nodiscard]] QString title() const override;
    void setScope(const StoreScope &scope) override;
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // What the page shows now (the controls' state).
    [[nodiscard]] Metric metric() const;
    [[nodiscard]] reports::Granularity granularity() const { return m_granularity; }
    [[nodiscard]] QStringList selectedSites() const { return m_selectedSites; }
    [[nodiscard]] std::optional<reports::NodeRef> node() const { return m_node; }
    [[nodiscard]] const TrendModel &model() const { return *m_model; }
    [[nodiscard]] const PeriodChart &chart() const { return *m_chart; }

    // The same as choosing in the page's combos; each reads again when it has to.
    void setMetric(Metric metric); // ignored for a cost metric the viewer may not see
    void setGranularity(reports::Granularity granularity);
    void setSites(const QStringList &sites);
    void setNode(const std::optional<reports::NodeRef> &node);

public slots:
    void cancel() override;

private:
    // A node of the tree as the level combo offers it.
    struct NodeEntry {
        reports::NodeRef ref;
        QString nameJa;
        QString nameEn;
    };
    // One answer of the runner.
    struct Load {
        reports::TrendQuery query;
        std::optional<Result<std::vector<Site>>> sites; // when they were read
        std::optional<Result<std::vector<NodeEntry>>> tree;
        std::optional<Result<std::vector<reports::TrendSeries>>> trend; // none: not asked (an error before)
    };

    void load(bool withTree);
    void showAnswer(Load load);
    void showFailure(const Error &error);
    void showSites();
    void showTree();
    void redraw();
    void finishLoad();
    [[nodiscard]] QString localName(const QString &ja, const QString &en) const;
    [[nodiscard]] QString nodeText(const std::optional<reports::NodeRef> &node) const;
    [[nodiscard]] QString nodeLabel(const NodeEntry &entry) const;
    [[nodiscard]] QString sitesText(const QStringList &sites) const;
    [[nodiscard]] reports::Granularity defaultGranularity() const;
    [[nodiscard]] QStringList contextSites() const;

    reports::ViewerQueries m_queries;
    QueryRunner *m_runner;
    ViewContext m_context;
    bool m_hasContext = false;
    std::vector<Site> m_sites; // the viewer's
    bool m_sitesLoaded = false;
    std::vector<NodeEntry> m_tree;
    QStringList m_selectedSites;
    std::optional<reports::NodeRef> m_node;
    reports::Granularity m_granularity = reports::Granularity::Day;
    bool m_granularityChosen = false; // by hand, for the current period
    QElapsedTimer m_timer;

    QComboBox *m_metric;
    QComboBox *m_granularityBox;
    QComboBox *m_sitesBox;
    QComboBox *m_level;
    QLabel *m_heading;
    QLabel *m_note;
    PeriodChart *m_chart;
    TrendModel *m_model;
    QTableView *m_table;
};

} // namespace wh
