#pragma once

#include "AnomalyFlags.h"
#include "Clock.h"
#include "FigureQueries.h"
#include "ManagerView.h"
#include "QueryRunner.h"
#include "StoreScope.h"
#include "ViewerQueries.h"

#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace wh {

// The first page: per site the viewer may see, today so far and yesterday (paid hours, units,
// productivity, unit cost for viewers who see costs) next to the last four weeks (the 28 business
// days before yesterday: a day's average for hours and units, the four weeks' own ratio for
// productivity and unit cost), and the anomalies flagged over the last two weeks. Double-click an
// anomaly to open its cell: the window shows that day and the activity in the figures.
// "Today so far" counts the punches closed and totalled so far (open ones are on the live board).
class OverviewView : public ManagerView {
    Q_OBJECT
public:
    OverviewView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                 QWidget *parent = nullptr);

    [[nodiscard]] QString viewName() const override { return QStringLiteral("overview"); }
    [[nodiscard]] QString title() const override;
    void setScope(const StoreScope &scope) override;
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // Per site, a model with rows hours, units, productivity (and unit cost) and columns today,
    // yesterday, four weeks, yesterday against four weeks.
    [[nodiscard]] QStandardItemModel *siteModel(const QString &site) const;
    [[nodiscard]] QStandardItemModel *anomalyModel() const { return m_anomalies; }
    // Opens the cell of the anomaly in `row` of the anomaly model (emits openCell).
    void openAnomaly(int row);

signals:
    void openCell(const QString &site, const QDate &day, const QString &activity);

private:
    struct SiteAnswer {
        QString site;
        QDate today;
        Result<std::vector<reports::FigureRow>> today_ = Error(ErrorCode::Internal, {});
        Result<std::vector<reports::FigureRow>> yesterday = Error(ErrorCode::Internal, {});
        Result<std::vector<reports::FigureRow>> weeks = Error(ErrorCode::Internal, {});
        qint64 weekDays = 0; // business days with figures in the four weeks
    };
    struct Answer {
        std::vector<SiteAnswer> sites;
        Result<std::vector<reports::AnomalyFlagEntry>> anomalies = Error(ErrorCode::Internal, {});
    };
    void show(); // both answers are in
    void fillSite(const SiteAnswer &answer);

    reports::ViewerQueries m_queries;
    QString m_language;
    const Clock &m_clock;
    QueryRunner m_runner;     // the sites' figures
    QueryRunner m_flagRunner; // the anomaly check
    std::optional<Answer> m_answer;
    std::optional<Result<std::vector<reports::AnomalyFlagEntry>>> m_flagsAnswer;
    StoreScope m_scope;
    bool m_stale = true; // read again when shown next
    QLabel *m_note;
    QVBoxLayout *m_sitesBox;
    std::vector<std::pair<QString, QStandardItemModel *>> m_siteModels;
    std::vector<QLabel *> m_siteTitles;
    QStandardItemModel *m_anomalies;
    QTableView *m_anomalyTable;
    std::vector<reports::AnomalyFlagEntry> m_flags;
};

} // namespace wh
