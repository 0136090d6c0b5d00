#pragma once

#include "Clock.h"
#include "ManagerView.h"
#include "QueryRunner.h"
#include "ScannerText.h"
#include "ScannerWedgeDetector.h"
#include "StoreScope.h"
#include "ViewerQueries.h"
#include "WorkerDirectory.h"

#include <QMainWindow>

#include <vector>

class QComboBox;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace wh {

class FiguresView;
class OverviewView;
class PeriodPicker;

// wh-manager's window: the signed-in viewer's sites and a period at the top, the views in tabs
// (overview, figures with the drill-down, trends, a person's page, the live board, corrections),
// export (CSV, PDF, chart PNG) and printing of the view on screen, and a progress bar with Cancel
// for long work. Every view reads through the viewer's queries (the roles) on threads of its own.
// A barcode scan (scanned()) of a block, section or activity code shows its row in the figures; a
// site code switches the site; a worker's badge or code opens their person page; anything else is
// a status message.
// GUI thread only; the store behind `queries` must outlive the window.
class ManagerWindow : public QMainWindow {
    Q_OBJECT

public:
    // `language` ("ja" or "en") picks the block names.
    ManagerWindow(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                  QWidget *parent = nullptr);
    ~ManagerWindow() override;

    enum class ExportFormat { Csv, Pdf, Png };

    [[nodiscard]] QString siteCode() const;
    [[nodiscard]] ViewContext context() const;
    [[nodiscard]] const StoreScope &scope() const { return m_scope; }
    [[nodiscard]] FiguresView *figures() const { return m_figures; }
    [[nodiscard]] OverviewView *overview() const { return m_overview; }
    [[nodiscard]] ManagerView *currentView() const;
    [[nodiscard]] ManagerView *view(const QString &name) const;
    [[nodiscard]] QStringList viewNames() const;
    // Shows the view `name` ("overview", "figures", ...); false when there is none.
    bool showView(const QString &name);
    // Writes what the current view shows; the file appears whole or not at all.
    [[nodiscard]] Status exportView(ExportFormat format, const QString &path);
    // Prints the current view on `printer` (set up by the caller or the print dialog).
    [[nodiscard]] Status printView(QPrinter &printer);

    // How wh-manager opens its store: each page reads on a connection of its own, so each
    // connection gets a smaller page cache and memory map than the defaults (see the note on
    // resident memory in bench_manager_views).
    [[nodiscard]] static db::Store::Options storeOptions();

    // The barcode scanner's defaults for wh-manager: codes as short as 2 characters are scans (site
    // codes such as "S1", block codes such as "INB"); the window has no field where a person would
    // type three keys and Enter within 35 ms.
    [[nodiscard]] static drivers::ScannerWedgeDetector::Options scannerDefaults();

public slots:
    // A barcode was scanned (keyboard-wedge or serial scanner).
    void scanned(const wh::drivers::ScannedCode &code);
    void scanRejected(const QString &raw, const wh::Error &error);
    // Reads every view again (after a correction or an import).
    void refreshAll();

signals:
    // The scope is read and the first view's figures (or the reason there are none) are on screen.
    void figuresShown();
    // The view `name` shows the answer to its latest request.
    void viewReady(const QString &name);

private:
    void addView(ManagerView *view);
    void showScope(Result<StoreScope> scope);
    void contextChanged();
    void siteChosen();
    void openCell(const QString &site, const QDate &day, const QString &activity);
    void showProgress(const QString &text, qint64 done, qint64 total);
    void exportChosen(ExportFormat format);
    void printChosen();
    [[nodiscard]] const Site *currentSite() const;
    [[nodiscard]] QDate todayAt(const Site &site) const;

    reports::ViewerQueries m_queries;
    const Clock &m_clock;
    QString m_language;
    QueryRunner m_runner;
    StoreScope m_scope;
    WorkerDirectory m_workers; // the viewer's sites' workers, for scanned badges
    bool m_scopeRead = false;
    QComboBox *m_site;
    PeriodPicker *m_period;
    QTabWidget *m_tabs;
    QToolButton *m_export;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    OverviewView *m_overview;
    FiguresView *m_figures;
    std::vector<ManagerView *> m_views;
    ManagerView *m_progressView = nullptr;
    QString m_scanNote; // the status message of a scan, shown once its row is on screen
};

} // namespace wh
