#pragma once

#include "Clock.h"
#include "LiveBoardModels.h"
#include "ManagerView.h"
#include "QueryRunner.h"
#include "StoreScope.h"
#include "ViewerQueries.h"

#include <QTimeZone>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace wh {

class FigureTile;

// The live board: who is on which activity at the context's site right now and since when, the
// head-count per activity, who is clocked in but on no work activity (on a break: in this data
// model every open punch names an activity, so a clocked-in worker off work is on a break-kind
// activity), and punches open longer than a threshold (10 h by default; likely a forgotten
// clock-out), highlighted in every table and listed apart. Shifts past the longest shift (16 h)
// are not on the floor: they are closed as forgotten and corrected on the corrections page.
//
// Refreshes by itself every 15 s while it is visible (the timer stops when the tab is hidden) and
// at once when shown after a pause. The tables are updated in place, so a selection, the sort
// order and the scroll position survive a refresh. A refresh that comes while the previous read
// is still running is skipped, so a slow store is never asked twice.
// The floor is read through the viewer's queries (the site must be one the viewer may see) at the
// time `clock` gives. GUI thread only.
class LiveBoardView : public ManagerView {
    Q_OBJECT
public:
    LiveBoardView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                  QWidget *parent = nullptr);

    [[nodiscard]] QString viewName() const override { return QStringLiteral("live"); }
    [[nodiscard]] QString title() const override;
    void setScope(const StoreScope &scope) override;
    // Shows the first site of the context (the period does not matter: the board is "now").
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // How often the board reads the floor while visible (default 15 s).
    void setRefreshInterval(int ms);
    [[nodiscard]] int refreshInterval() const;
    // A punch open at least this long is highlighted and listed as likely forgotten (default 10 h).
    void setLongOpenThreshold(qint64 ms);
    [[nodiscard]] bool autoRefreshing() const;

    [[nodiscard]] LiveWorkersModel *workersModel() const { return m_workers; }
    [[nodiscard]] LiveHeadCountModel *headCountModel() const { return m_headCount; }
    // The tables: who is on what (work activities), on a break, open too long, head-count.
    [[nodiscard]] QTableView *floorTable() const { return m_floorTable; }
    [[nodiscard]] QTableView *breakTable() const { return m_breakTable; }
    [[nodiscard]] QTableView *longOpenTable() const { return m_longTable; }
    [[nodiscard]] QTableView *headCountTable() const { return m_headTable; }
    // The floor as last shown (empty before the first answer).
    [[nodiscard]] const reports::LiveFloor &floor() const { return m_floor; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Answer {
        QString site;
        Result<reports::LiveFloor> floor = Error(ErrorCode::Internal, {});
        std::optional<Result<StoreScope>> scope; // read with the first floor when none was given
    };
    void tick();
    void read();
    void showAnswer(Answer answer);
    void showFailure(const QString &text);
    void updateTitles();
    [[nodiscard]] QString siteName() const;

    reports::ViewerQueries m_queries;
    QString m_language;
    const Clock &m_clock;
    QueryRunner m_runner;
    StoreScope m_scope;
    bool m_haveScope = false;
    QString m_site;
    QTimeZone m_zone;
    reports::LiveFloor m_floor;
    qint64 m_lastReadMs = 0; // clock time of the last answer (0: none yet)
    QString m_failure;

    QTimer *m_timer;
    QLabel *m_heading;
    QLabel *m_stamp;
    QPushButton *m_refresh;
    FigureTile *m_onShift;
    FigureTile *m_working;
    FigureTile *m_onBreak;
    FigureTile *m_longOpen;
    QLabel *m_floorTitle;
    QLabel *m_headTitle;
    QLabel *m_breakTitle;
    QLabel *m_longTitle;
    QLabel *m_message;
    LiveWorkersModel *m_workers;
    LiveHeadCountModel *m_headCount;
    LiveWorkerFilter *m_workingFilter;
    LiveWorkerFilter *m_breakFilter;
    LiveWorkerFilter *m_longFilter;
    QTableView *m_floorTable;
    QTableView *m_breakTable;
    QTableView *m_longTable;
    QTableView *m_headTable;
};

} // namespace wh
