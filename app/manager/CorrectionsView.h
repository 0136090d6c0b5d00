#pragma once

#include "AttendanceImport.h"
#include "Clock.h"
#include "CorrectionDialog.h"
#include "CorrectionModels.h"
#include "ManagerView.h"
#include "QueryRunner.h"
#include "StoreScope.h"
#include "ViewerQueries.h"

#include <QPointer>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wh {

class AttendanceImportDialog;
class AuditTrailDialog;

// Corrections of punches: the punches of the context's site over its period (or one day), of
// everyone or of one worker (break punches included); change the activity or the times of a punch,
// add a missing one, remove a wrong one, each with a required reason; the history of a punch (who,
// when, why, before and after); the import of the official attendance times.
//
// Every write goes through the viewer's queries (the roles: a leader corrects at their own sites
// only) on the view's QueryRunner thread, followed there by the dirty totals (ViewerQueries::
// totalDirty, i.e. SummaryBuilder::rebuildDirty), whose
// progress is the view's progress signal (Cancel stops the totalling: the correction stays, its
// days stay marked and are totalled with the next one or by `wh aggregate --dirty`); then the list
// is read again and storeChanged() tells the window to read every view again. A refused correction
// records nothing and its reason is shown in plain words (CorrectionText) in the dialog, which stays
// open. While a write runs, nothing else is started on the runner (a newer job would drop its
// answer); a context that arrives meanwhile is shown after it.
//
// The corrections are recorded at `deviceId` (a manager device; empty: the store's manager device
// of the site, else its first manager device). GUI thread only.
class CorrectionsView : public ManagerView {
    Q_OBJECT
public:
    CorrectionsView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                    QString deviceId = {}, QWidget *parent = nullptr);

    [[nodiscard]] QString viewName() const override { return QStringLiteral("corrections"); }
    [[nodiscard]] QString title() const override;
    void setScope(const StoreScope &scope) override;
    void setContext(const ViewContext &context) override;
    void refresh() override;
    [[nodiscard]] reports::ReportDocument exportDocument() const override;

    // One worker's punches (empty: everyone's), and one day (none: the context's period).
    void setWorkerFilter(const QString &worker);
    void setDayFilter(const std::optional<QDate> &day);
    // Rows per list (default 500); more are counted, not shown.
    void setRowLimit(int limit);

    [[nodiscard]] PunchListModel *punchModel() const { return m_punches; }
    [[nodiscard]] QTableView *punchTable() const { return m_table; }
    [[nodiscard]] std::optional<reports::CellInterval> selectedPunch() const;
    // Selects the punch with this id; false when it is not in the list.
    bool selectPunch(const QUuid &interval);
    // A write (correction or import) is running.
    [[nodiscard]] bool writing() const { return m_writing; }
    // The line above the table: how many punches, or why there are none.
    [[nodiscard]] QString summaryText() const;

    // The dialogs, opened window-modal on the selected punch (change, remove, history) or for a new
    // one; nullptr when they cannot be (nothing selected, an open punch, a write running). They
    // delete themselves when closed.
    CorrectionDialog *openChange();
    CorrectionDialog *openAdd();
    CorrectionDialog *openRemove();
    AuditTrailDialog *openHistory();
    AttendanceImportDialog *openImport();

public slots:
    // Stops the totalling after a correction or an import (the write itself is not undone).
    void cancel() override;

signals:
    // Punches were corrected or imported and the figures totalled again: every view should read
    // the store again.
    void storeChanged();

private:
    // A change or remove dialog on the selected punch; none while writing or without a closed punch.
    CorrectionDialog *openOnPunch(CorrectionDialog::Mode mode);
    // Deletes itself on close; its submission goes to submit().
    CorrectionDialog *present(CorrectionDialog *dialog);
    struct ListRequest {
        QString site;
        QDate from;
        QDate to;
        QString worker;
        int limit = 500;
    };
    struct ListAnswer {
        ListRequest request;
        Result<reports::CellDetail> detail = Error(ErrorCode::Internal, {});
        std::optional<Result<StoreScope>> scope;
        std::optional<Result<std::vector<Activity>>> offered;
    };
    struct Totals {
        bool ran = false;
        bool cancelled = false;
        qint64 days = 0;
        std::optional<Error> error;
    };
    struct WriteAnswer {
        Result<Event> stored = Error(ErrorCode::Internal, {});
        Totals totals;
        ListAnswer list;
    };
    struct ImportAnswer {
        Result<db::AttendanceImportReport> report = Error(ErrorCode::Internal, {});
        Totals totals;
        ListAnswer list;
    };
    using Stop = std::shared_ptr<std::atomic<bool>>;

    [[nodiscard]] ListRequest currentRequest() const;
    void readList();
    void showList(ListAnswer answer);
    void submit(QPointer<CorrectionDialog> dialog, CorrectionPayload payload);
    void finishWrite(QPointer<CorrectionDialog> dialog, CorrectionPayload::Action action, WriteAnswer answer);
    void startImport(QPointer<AttendanceImportDialog> dialog, const QString &path);
    void finishImport(QPointer<AttendanceImportDialog> dialog, ImportAnswer answer);
    void finishWriting();
    [[nodiscard]] QString totalsText(const Totals &totals) const;
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    [[nodiscard]] QString activityName(const QString &code) const;
    [[nodiscard]] ActivityNameOf nameOf() const;
    [[nodiscard]] QString siteName() const;
    [[nodiscard]] QString punchSummary(const reports::CellInterval &punch) const;
    // Runs the dirty totals on the runner thread, reporting through `post` (done, total).
    static Totals rebuildTotals(const reports::ViewerQueries &queries, const Stop &stop,
                                const QueryRunner::Cancelled &cancelled,
                                const std::function<void(qint64, qint64)> &post);
    static ListAnswer readListNow(const reports::ViewerQueries &queries, const ListRequest &request,
                                  bool needScope, bool needActivities);

    reports::ViewerQueries m_queries;
    QString m_language;
    const Clock &m_clock;
    QString m_deviceId;
    QueryRunner m_runner;
    StoreScope m_scope;
    bool m_haveScope = false;
    ViewContext m_context;
    QString m_worker;
    std::optional<QDate> m_day;
    int m_limit = 500;
    QTimeZone m_zone;
    std::vector<Activity> m_offered; // at m_offeredSite
    QString m_offeredSite;
    bool m_writing = false;
    bool m_listPending = false; // a list read waits for the write to end
    Stop m_stop;
    ListRequest m_shown; // what the list shows
    qint64 m_shownCount = 0;
    bool m_shownOk = false;
    QUuid m_selectAfterRead;

    QLabel *m_heading;
    QLineEdit *m_workerEdit;
    QCheckBox *m_dayCheck;
    QDateEdit *m_dayEdit;
    QPushButton *m_show;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_remove;
    QPushButton *m_history;
    QPushButton *m_import;
    PunchListModel *m_punches;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
};

} // namespace wh
