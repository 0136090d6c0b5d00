#pragma once

#include "FigureQueries.h"
#include "ManagerView.h"
#include "ViewerQueries.h"
#include "WorkerDirectory.h"

#include <QElapsedTimer>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;

namespace wh {

class FigureTile;
class PeriodChart;
class PersonActivityModel;
class PersonMonthModel;
class QueryRunner;

// The per-person page: a worker's figures over the window's period, to coach them with their own
// numbers: total units, paid hours, average units per paid hour and days worked; a table of their
// activities (units, hours, productivity, standard, performance); their months (average
// productivity per month); a chart of their units per day (stacked by activity) and paid hours
// per day (per month for periods over 92 days, as the trends page). Selecting an activity narrows the months and the chart to it. Never a cost or a wage:
// the query has none. The worker is chosen by code, badge id or name (with completion over the
// workers of the viewer's sites); figures are those at every site the viewer may see. Reads
// through ViewerQueries on its own QueryRunner. GUI thread only; the store behind `queries` must
// outlive the view.
class PersonView : public ManagerView {
    Q_OBJECT

public:
    // `language` ("ja" or "en") picks the names of blocks, sections and activities until a context
    // says otherwise.
    PersonView(const reports::ViewerQueries &queries, QString language, QWidget *parent = nullptr);
    ~PersonView() override;

    [[nodiscard]] QString viewName() const override { return QStringLiteral("person"); }
    [[nodiscard]] QString title() const override;
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // Shows the worker `text` names (a code, a badge id, a completion or a name), as typing it
    // and pressing Enter does. Unknown text leaves the page as it is and says so.
    void showWorker(const QString &text);
    // The workers to look up, when the window has read them already (else the page reads them).
    void setDirectory(WorkerDirectory directory);
    // The worker on screen (empty: none yet).
    [[nodiscard]] QString worker() const { return m_worker; }
    // The activity the months and the chart are narrowed to (empty: all of them).
    [[nodiscard]] QString selectedActivity() const { return m_activity; }
    void selectActivity(const QString &activity);
    [[nodiscard]] const PersonActivityModel &activityModel() const { return *m_activities; }
    [[nodiscard]] const PersonMonthModel &monthModel() const { return *m_months; }
    [[nodiscard]] const PeriodChart &chart() const { return *m_chart; }
    [[nodiscard]] const WorkerDirectory &directory() const { return m_directory; }

public slots:
    void cancel() override;

private:
    struct Load {
        std::optional<Result<WorkerDirectory>> directory;
        QString asked; // what was typed (empty: only the directory was read)
        QString worker;
        std::optional<Result<reports::PersonPage>> page;
    };

    void load(const QString &asked, bool withDirectory);
    void showAnswer(Load load);
    void showPage();
    void showNarrowed();
    void showEmpty(const QString &message);
    void finishLoad();
    void entered();
    [[nodiscard]] QString subject() const;

    reports::ViewerQueries m_queries;
    QueryRunner *m_runner;
    ViewContext m_context;
    bool m_hasContext = false;
    WorkerDirectory m_directory;
    bool m_directoryLoaded = false;
    QString m_worker;
    QString m_pending; // asked for before the first context
    QString m_activity;
    QElapsedTimer m_timer;

    QLineEdit *m_input;
    QPushButton *m_show;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    QLabel *m_name;
    QLabel *m_message;
    FigureTile *m_units;
    FigureTile *m_hours;
    FigureTile *m_productivity;
    FigureTile *m_days;
    PersonActivityModel *m_activities;
    PersonMonthModel *m_months;
    QTableView *m_activityTable;
    QTableView *m_monthTable;
    QLabel *m_monthTitle;
    PeriodChart *m_chart;
};

} // namespace wh
