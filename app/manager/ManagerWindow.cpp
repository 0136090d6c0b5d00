#include "ManagerWindow.h"

#include "BusinessDay.h"
#include "Csv.h"
#include "ErrorText.h"
#include "CorrectionsView.h"
#include "FiguresView.h"
#include "LiveBoardView.h"
#include "Logging.h"
#include "OverviewView.h"
#include "PeriodPicker.h"
#include "PersonView.h"
#include "WorkerDirectory.h"
#include "TrendsView.h"
#include "ReportExport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wh {

namespace {
const char *const kStyle = R"(
QLabel#title { font-size: 24px; font-weight: 700; color: #14212e; }
QLabel#storeFile, QLabel#account { color: #66768a; }
QLabel#subtitle { font-size: 15px; color: #3b4a5c; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: #14212e; }
QFrame#figureTile { background: white; border: 1px solid #d9e0e8; border-radius: 10px; }
QLabel#figureCaption { font-size: 13px; color: #5a6b7f; }
QLabel#figureValue { font-size: 28px; font-weight: 700; color: #14212e; }
QTableView { background: white; border: 1px solid #d9e0e8; border-radius: 6px; gridline-color: #edf1f5; }
QTableView::item { border: none; padding-left: 12px; padding-right: 12px; }
QHeaderView::section { background: #eef2f6; color: #3b4a5c; border: none;
                       border-bottom: 1px solid #d9e0e8; padding: 6px 12px; font-weight: 600; }
QChartView { border: 1px solid #d9e0e8; border-radius: 6px; background: white; }
QTabWidget::pane { border: none; border-top: 1px solid #d9e0e8; }
QTabBar::tab { padding: 8px 18px; font-size: 14px; }
QTabBar::tab:selected { font-weight: 700; }
)";

QString roleText(reports::Role role)
{
    switch (role) {
    case reports::Role::Leader: return ManagerWindow::tr("leader");
    case reports::Role::Manager: return ManagerWindow::tr("manager");
    case reports::Role::Admin: return ManagerWindow::tr("administrator");
    }
    return {};
}
} // namespace

ManagerWindow::ManagerWindow(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_queries(queries)
    , m_clock(clock)
    , m_language(std::move(language))
    , m_runner(queries)
    , m_site(new QComboBox(this))
    , m_period(new PeriodPicker(this))
    , m_tabs(new QTabWidget(this))
    , m_export(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_overview(new OverviewView(queries, m_language, clock, this))
    , m_figures(new FiguresView(queries, m_language, this))
{
    setWindowTitle(tr("Productivity and labor"));
    setStyleSheet(QString::fromLatin1(kStyle));

    auto *title = new QLabel(tr("Productivity and labor"), this);
    title->setObjectName(QStringLiteral("title"));
    const reports::Viewer &viewer = queries.viewer();
    //: %1 is the account name, %2 its role (leader, manager, administrator)
    auto *account = new QLabel(tr("Signed in as %1 (%2)").arg(viewer.account, roleText(viewer.role)), this);
    account->setObjectName(QStringLiteral("account"));
    auto *storeFile = new QLabel(tr("Store: %1").arg(QFileInfo(queries.storePath()).fileName()), this);
    storeFile->setObjectName(QStringLiteral("storeFile"));
    storeFile->setToolTip(queries.storePath());
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(account, 0, Qt::AlignBottom);
    titleRow->addSpacing(16);
    titleRow->addWidget(storeFile, 0, Qt::AlignBottom);

    auto *siteLabel = new QLabel(tr("Site"), this);
    siteLabel->setBuddy(m_site);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumWidth(200);
    auto *periodLabel = new QLabel(tr("Period"), this);

    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setToolTip(tr("Read the figures of every page again (F5)."));
    connect(refresh, &QPushButton::clicked, this, &ManagerWindow::refreshAll);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &ManagerWindow::refreshAll);

    m_export->setObjectName(QStringLiteral("export"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_export->setMinimumWidth(96); // room for the menu arrow beside the text
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Table as CSV…"), this, [this] { exportChosen(ExportFormat::Csv); });
    menu->addAction(tr("Page as PDF…"), this, [this] { exportChosen(ExportFormat::Pdf); });
    menu->addAction(tr("Chart as PNG…"), this, [this] { exportChosen(ExportFormat::Png); });
    menu->addSeparator();
    menu->addAction(tr("Print…"), QKeySequence::Print, this, &ManagerWindow::printChosen);
    m_export->setMenu(menu);

    auto *pickRow = new QHBoxLayout;
    pickRow->setSpacing(8);
    pickRow->addWidget(siteLabel);
    pickRow->addWidget(m_site);
    pickRow->addSpacing(24);
    pickRow->addWidget(periodLabel);
    pickRow->addWidget(m_period);
    pickRow->addStretch(1);
    pickRow->addWidget(refresh);
    pickRow->addWidget(m_export);

    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setDocumentMode(true);
    addView(m_overview);
    addView(m_figures);
    addView(new TrendsView(queries, m_language, this));
    addView(new PersonView(queries, m_language, this));
    addView(new LiveBoardView(queries, m_language, clock, this));
    auto *corrections = new CorrectionsView(queries, m_language, clock, QString(), this);
    addView(corrections);
    // A correction or an import changes the figures of every page.
    connect(corrections, &CorrectionsView::storeChanged, this, &ManagerWindow::refreshAll);
    connect(m_overview, &OverviewView::openCell, this, &ManagerWindow::openCell);
    connect(m_figures, &FiguresView::selectionShown, this, [this](const QString &code, bool found) {
        if (!found && !m_scanNote.isEmpty())
            m_scanNote = tr("Scanned %1: it has no figures at this site in this period.").arg(code);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (ManagerView *view = currentView(); view && m_scopeRead)
            view->setContext(context());
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(pickRow);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_progressView)
            m_progressView->cancel();
        showProgress({}, 1, 1);
        statusBar()->showMessage(tr("Cancelled."), 5000);
    });

    m_site->setEnabled(false);
    m_period->setEnabled(false);
    statusBar()->showMessage(tr("Reading the store…"));
    connect(m_site, &QComboBox::currentIndexChanged, this, &ManagerWindow::siteChosen);
    connect(m_period, &PeriodPicker::rangeChanged, this, &ManagerWindow::contextChanged);
    m_runner.run<std::pair<Result<StoreScope>, Result<WorkerDirectory>>>(
        [queries = m_queries](const QueryRunner::Cancelled &) {
            // The workers too, so a scanned badge or worker code opens that person's page.
            return std::make_pair(loadStoreScope(queries), WorkerDirectory::load(queries));
        },
        [this](std::pair<Result<StoreScope>, Result<WorkerDirectory>> read) {
            if (read.second) {
                m_workers = std::move(*read.second);
                // One read of the workers serves the scans and the person page.
                if (auto *person = qobject_cast<PersonView *>(view(QStringLiteral("person"))))
                    person->setDirectory(m_workers);
            }
            showScope(std::move(read.first));
        });
}

ManagerWindow::~ManagerWindow() = default;

void ManagerWindow::addView(ManagerView *view)
{
    m_views.push_back(view);
    m_tabs->addTab(view, view->title());
    connect(view, &ManagerView::ready, this, [this, view] {
        emit viewReady(view->viewName());
        if (view == currentView()) {
            if (!m_scanNote.isEmpty())
                statusBar()->showMessage(std::exchange(m_scanNote, QString()));
            else
                statusBar()->showMessage(
                tr("Figures read at %1.")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).time(),
                                            QLocale::ShortFormat)));
            emit figuresShown();
        }
    });
    connect(view, &ManagerView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(view, &ManagerView::progress, this, [this, view](const QString &text, qint64 done, qint64 total) {
        m_progressView = view;
        showProgress(text, done, total);
    });
}

ManagerView *ManagerWindow::currentView() const
{
    return qobject_cast<ManagerView *>(m_tabs->currentWidget());
}

ManagerView *ManagerWindow::view(const QString &name) const
{
    for (ManagerView *v : m_views)
        if (v->viewName() == name)
            return v;
    return nullptr;
}

QStringList ManagerWindow::viewNames() const
{
    QStringList names;
    for (ManagerView *v : m_views)
        names << v->viewName();
    return names;
}

bool ManagerWindow::showView(const QString &name)
{
    ManagerView *v = view(name);
    if (!v)
        return false;
    m_tabs->setCurrentWidget(v);
    return true;
}

const Site *ManagerWindow::currentSite() const
{
    const int index = m_site->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_scope.sites.size()))
        return nullptr;
    return &m_scope.sites[static_cast<size_t>(index)];
}

QString ManagerWindow::siteCode() const
{
    const Site *site = currentSite();
    return site ? site->code : QString();
}

QDate ManagerWindow::todayAt(const Site &site) const
{
    return BusinessDay(site.timeZone(), site.businessDayStartMinutes).dayOf(m_clock.nowMs());
}

ViewContext ManagerWindow::context() const
{
    ViewContext c;
    if (const Site *site = currentSite()) {
        c.sites << site->code;
        for (const Site &other : m_scope.sites)
            if (other.code != site->code)
                c.sites << other.code; // the others after it, for views that compare sites
    }
    const PeriodPicker::Range range = m_period->range();
    c.from = range.from;
    c.to = range.to;
    c.language = m_language;
    return c;
}

void ManagerWindow::showScope(Result<StoreScope> scope)
{
    if (!scope) {
        logging::get("app")->error("manager: {}", scope.error().toString().toStdString());
        statusBar()->showMessage(
            tr("The figures cannot be read from the store: %1").arg(ErrorText::describe(scope.error())));
        emit figuresShown();
        return;
    }
    m_scope = std::move(*scope);
    m_scopeRead = true;
    for (ManagerView *v : m_views)
        v->setScope(m_scope);
    if (m_scope.sites.empty()) {
        statusBar()->showMessage(tr("The store has no site you may see: there is nothing to show."));
        emit figuresShown();
        return;
    }
    {
        const QSignalBlocker blocker(m_site);
        for (const Site &site : m_scope.sites)
            m_site->addItem(tr("%1 (%2)").arg(site.name, site.code), site.code);
        m_site->setCurrentIndex(0);
    }
    m_site->setEnabled(true);
    m_period->setEnabled(true);
    // Default: the 30 days that end at the store's last business day with figures (the "last 30
    // days" preset when the store is up to date).
    const QDate today = todayAt(m_scope.sites.front());
    m_period->setToday(today);
    const QDate last = m_scope.lastDay.isValid() ? std::min(m_scope.lastDay, today) : today.addDays(-1);
    m_period->setRange({last.addDays(-29), last}); // emits rangeChanged -> contextChanged
}

void ManagerWindow::siteChosen()
{
    if (const Site *site = currentSite())
        m_period->setToday(todayAt(*site));
    contextChanged();
}

void ManagerWindow::contextChanged()
{
    if (!m_scopeRead)
        return;
    statusBar()->showMessage(tr("Reading the figures…"));
    if (ManagerView *view = currentView())
        view->setContext(context());
}

void ManagerWindow::refreshAll()
{
    if (!m_scopeRead)
        return;
    statusBar()->showMessage(tr("Reading the figures…"));
    for (ManagerView *v : m_views) {
        if (v == currentView()) {
            v->setContext(context());
            v->refresh();
        } else {
            v->setContext(ViewContext{}); // reads again when it is shown next
        }
    }
}

void ManagerWindow::openCell(const QString &site, const QDate &day, const QString &activity)
{
    for (int i = 0; i < m_site->count(); ++i)
        if (m_site->itemData(i).toString() == site) {
            const QSignalBlocker blocker(m_site);
            m_site->setCurrentIndex(i);
        }
    {
        const QSignalBlocker blocker(m_period);
        m_period->setRange({day, day});
    }
    showView(QStringLiteral("figures"));
    m_figures->setContext(context());
    if (const Activity *a = m_scope.activity(activity))
        m_figures->drillTo(reports::NodeRef{reports::Level::Section, a->sectionCode}, a->code);
}

void ManagerWindow::showProgress(const QString &text, qint64 done, qint64 total)
{
    const bool finished = total > 0 && done >= total;
    m_progress->setVisible(!finished);
    m_cancel->setVisible(!finished);
    if (finished) {
        m_progressView = nullptr;
        return;
    }
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(static_cast<int>(done * 1000 / total));
    m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text + QStringLiteral(" %p%"));
    if (!text.isEmpty())
        statusBar()->showMessage(text);
}

Status ManagerWindow::exportView(ExportFormat format, const QString &path)
{
    ManagerView *view = currentView();
    if (!view)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no view is shown"));
    const reports::ReportDocument doc = view->exportDocument();
    switch (format) {
    case ExportFormat::Csv: {
        std::vector<QStringList> rows;
        rows.push_back(doc.table.headers);
        rows.insert(rows.end(), doc.table.rows.begin(), doc.table.rows.end());
        return reports::writeFileAtomically(path, writeCsv(rows, true));
    }
    case ExportFormat::Pdf: return reports::renderPdf(doc, path);
    case ExportFormat::Png:
        if (doc.leftAxis.empty() && doc.rightAxis.empty())
            return Error(ErrorCode::InvalidArgument, tr("This page has no chart to export."));
        return reports::renderChartPng(doc, path);
    }
    return {};
}

Status ManagerWindow::printView(QPrinter &printer)
{
    ManagerView *view = currentView();
    if (!view)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no view is shown"));
    printer.setPageOrientation(QPageLayout::Landscape);
    return reports::paintDocument(view->exportDocument(), printer);
}

void ManagerWindow::exportChosen(ExportFormat format)
{
    ManagerView *view = currentView();
    if (!view)
        return;
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Csv: filter = tr("CSV files (*.csv)"); suffix = QStringLiteral(".csv"); break;
    case ExportFormat::Pdf: filter = tr("PDF files (*.pdf)"); suffix = QStringLiteral(".pdf"); break;
    case ExportFormat::Png: filter = tr("PNG images (*.png)"); suffix = QStringLiteral(".png"); break;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/%2-%3-%4%5")
                                  .arg(dir, view->viewName(), siteCode(),
                                       m_period->range().to.toString(QStringLiteral("yyyyMMdd")), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (auto written = exportView(format, path); !written) {
        QMessageBox::warning(this, tr("Export"),
                             tr("The file was not written: %1").arg(ErrorText::describe(written.error())));
        return;
    }
    statusBar()->showMessage(tr("Written: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void ManagerWindow::printChosen()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = printView(printer); !printed)
        QMessageBox::warning(this, tr("Print"),
                             tr("The page was not printed: %1").arg(ErrorText::describe(printed.error())));
}

db::Store::Options ManagerWindow::storeOptions()
{
    db::Store::Options options;
    options.cacheKiB = 8192;
    options.mmapBytes = 0;
    return options;
}

drivers::ScannerWedgeDetector::Options ManagerWindow::scannerDefaults()
{
    drivers::ScannerWedgeDetector::Options options;
    options.minLength = 2;
    return options;
}

void ManagerWindow::scanned(const drivers::ScannedCode &code)
{
    const QString text = code.text.trimmed();
    const QString shown = drivers::visibleControls(text);
    logging::get("app")->info("manager: scanned {}", shown.toStdString());
    for (int i = 0; i < m_site->count(); ++i) {
        if (m_site->itemData(i).toString().compare(text, Qt::CaseInsensitive) != 0)
            continue;
        m_site->setCurrentIndex(i); // reads the figures again when it changes
        statusBar()->showMessage(tr("Scanned %1: site %2.").arg(m_scope.sites[size_t(i)].code, m_scope.sites[size_t(i)].name));
        return;
    }
    if (const Block *block = m_scope.block(text)) {
        showView(QStringLiteral("figures"));
        m_scanNote = (
            tr("Scanned %1: block %2.").arg(block->code, localName(m_language, block->nameJa, block->nameEn)));
        m_figures->drillTo(std::nullopt, block->code);
        return;
    }
    if (const Section *section = m_scope.section(text)) {
        showView(QStringLiteral("figures"));
        m_scanNote = (tr("Scanned %1: section %2.")
                                     .arg(section->code, localName(m_language, section->nameJa, section->nameEn)));
        m_figures->drillTo(reports::NodeRef{reports::Level::Block, section->blockCode}, section->code);
        return;
    }
    if (const Activity *activity = m_scope.activity(text)) {
        showView(QStringLiteral("figures"));
        m_scanNote = (tr("Scanned %1: activity %2.")
                                     .arg(activity->code, localName(m_language, activity->nameJa, activity->nameEn)));
        m_figures->drillTo(reports::NodeRef{reports::Level::Section, activity->sectionCode}, activity->code);
        return;
    }
    // A worker's badge or code (exactly, not a part of a name): that person's page.
    for (const WorkerDirectory::Entry &worker : m_workers.entries()) {
        if (worker.code.compare(text, Qt::CaseInsensitive) != 0 && (worker.badgeId.isEmpty() || worker.badgeId != text))
            continue;
        auto *person = qobject_cast<PersonView *>(view(QStringLiteral("person")));
        if (!person)
            break;
        showView(QStringLiteral("person"));
        //: %1 what was scanned, %2 the worker's code, %3 the worker's name
        m_scanNote = tr("Scanned %1: worker %2 %3.").arg(shown, worker.code, worker.name);
        person->showWorker(worker.code);
        return;
    }
    statusBar()->showMessage(
        tr("Scanned %1: not a site, block, section, activity or worker code of this store.").arg(shown));
}

void ManagerWindow::scanRejected(const QString &raw, const Error &error)
{
    logging::get("app")->warn("manager: unreadable scan: {}", error.toString().toStdString());
    statusBar()->showMessage(tr("The scanned code could not be read: %1").arg(raw));
}

} // namespace wh
