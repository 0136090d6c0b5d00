#include "ManagerWindow.h"

#include "BlockFiguresModel.h"
#include "BlockHoursChart.h"
#include "BusinessDay.h"
#include "ErrorText.h"
#include "FigureFormat.h"
#include "FigureTile.h"
#include "Logging.h"
#include "NodeFiguresModel.h"
#include "PeriodPicker.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

namespace {
const char *const kStyle = R"(
QLabel#title { font-size: 24px; font-weight: 700; color: #14212e; }
QLabel#storeFile { color: #66768a; }
QLabel#subtitle { font-size: 15px; color: #3b4a5c; }
QFrame#figureTile { background: white; border: 1px solid #d9e0e8; border-radius: 10px; }
QLabel#figureCaption { font-size: 13px; color: #5a6b7f; }
QLabel#figureValue { font-size: 28px; font-weight: 700; color: #14212e; }
QTableView { background: white; border: 1px solid #d9e0e8; border-radius: 6px; gridline-color: #edf1f5; }
QTableView::item { border: none; padding-left: 12px; padding-right: 12px; }
QHeaderView::section { background: #eef2f6; color: #3b4a5c; border: none;
                       border-bottom: 1px solid #d9e0e8; padding: 6px 12px; font-weight: 600; }
QChartView { border: 1px solid #d9e0e8; border-radius: 6px; background: white; }
)";
} // namespace

ManagerWindow::ManagerWindow(db::Store &store, QString language, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_language(std::move(language))
    , m_loader(new OverviewLoader(store))
    , m_site(new QComboBox(this))
    , m_period(new PeriodPicker(this))
    , m_subtitle(new QLabel(this))
    , m_days(new FigureTile(tr("Business days"), this))
    , m_workers(new FigureTile(tr("Workers"), this))
    , m_hours(new FigureTile(tr("Hours worked"), this))
    , m_punches(new FigureTile(tr("Punches"), this))
    , m_units(new FigureTile(tr("Units"), this))
    , m_perHour(new FigureTile(tr("Units per hour"), this))
    , m_model(new BlockFiguresModel(m_language, this))
    , m_nodeModel(new NodeFiguresModel(m_language, this))
    , m_drillTitle(new QLabel(this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_table(new QTableView(this))
    , m_chart(new BlockHoursChart(m_language, this))
{
    setWindowTitle(tr("Productivity overview"));
    setStyleSheet(QString::fromLatin1(kStyle));

    auto *title = new QLabel(tr("Productivity overview"), this);
    title->setObjectName(QStringLiteral("title"));
    auto *storeFile = new QLabel(tr("Store: %1").arg(QFileInfo(store.path()).fileName()), this);
    storeFile->setObjectName(QStringLiteral("storeFile"));
    storeFile->setToolTip(store.path());
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(storeFile, 0, Qt::AlignBottom);

    auto *siteLabel = new QLabel(tr("Site"), this);
    siteLabel->setBuddy(m_site);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumWidth(200);
    auto *periodLabel = new QLabel(tr("Period"), this);
    auto *pickRow = new QHBoxLayout;
    pickRow->setSpacing(8);
    pickRow->addWidget(siteLabel);
    pickRow->addWidget(m_site);
    pickRow->addSpacing(24);
    pickRow->addWidget(periodLabel);
    pickRow->addWidget(m_period);
    pickRow->addStretch(1);

    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (FigureTile *tile : {m_days, m_workers, m_hours, m_punches, m_units, m_perHour})
        tiles->addWidget(tile, 1);

    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setHighlightSections(false);
    useModel(m_model);
    connect(m_table, &QTableView::doubleClicked, this, &ManagerWindow::rowActivated);

    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    m_up->setObjectName(QStringLiteral("drillUp"));
    m_up->setVisible(false);
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (!m_drill)
            return;
        if (m_drill->level == reports::Level::Section) {
            const QString section = m_drill->code;
            for (const Section &s : m_scope.sections)
                if (s.code == section) {
                    drillTo(reports::NodeRef{reports::Level::Block, s.blockCode}, section);
                    return;
                }
        }
        drillTo(std::nullopt, m_drill->code);
    });
    auto *tableHead = new QHBoxLayout;
    tableHead->setSpacing(8);
    tableHead->addWidget(m_up);
    tableHead->addWidget(m_drillTitle, 1);
    auto *tableBox = new QVBoxLayout;
    tableBox->setSpacing(6);
    tableBox->addLayout(tableHead);
    tableBox->addWidget(m_table, 1);
    updateDrillTitle();

    auto *details = new QHBoxLayout;
    details->setSpacing(12);
    details->addLayout(tableBox, 11);
    details->addWidget(m_chart, 9);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addLayout(pickRow);
    layout->addWidget(m_subtitle);
    layout->addLayout(tiles);
    layout->addLayout(details, 1);
    setCentralWidget(central);
    m_site->setEnabled(false);
    m_period->setEnabled(false);
    statusBar()->showMessage(tr("Reading the store…"));

    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &OverviewLoader::releaseStore, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &OverviewLoader::scopeLoaded, this, &ManagerWindow::showScope);
    connect(m_loader, &OverviewLoader::overviewLoaded, this, &ManagerWindow::showOverview);
    connect(m_loader, &OverviewLoader::failed, this, &ManagerWindow::showFailure);
    connect(m_loader, &OverviewLoader::levelLoaded, this, &ManagerWindow::showLevel);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ManagerWindow::siteChosen);
    connect(m_period, &PeriodPicker::rangeChanged, this, &ManagerWindow::requestOverview);
    m_thread.setObjectName(QStringLiteral("manager-store"));
    m_thread.start();
    QMetaObject::invokeMethod(m_loader, &OverviewLoader::loadScope, Qt::QueuedConnection);
}

ManagerWindow::~ManagerWindow()
{
    m_thread.quit();
    m_thread.wait();
}

const Site *ManagerWindow::currentSite() const
{
    const int index = m_site->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_scope.sites.size()))
        return nullptr;
    return &m_scope.sites[static_cast<size_t>(index)];
}

QDate ManagerWindow::todayAt(const Site &site) const
{
    return BusinessDay(site.timeZone(), site.businessDayStartMinutes).dayOf(m_clock.nowMs());
}

void ManagerWindow::showScope(const StoreScope &scope)
{
    m_scope = scope;
    if (m_scope.sites.empty()) {
        statusBar()->clearMessage();
        m_subtitle->setText(tr("The store has no sites yet: there is nothing to show."));
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

    // Default: the 30 days that end at the store's last business day (the "last 30 days" preset
    // when the store is up to date).
    const QDate today = todayAt(m_scope.sites.front());
    m_period->setToday(today);
    const QDate last = m_scope.lastDay.isValid() ? std::min(m_scope.lastDay, today) : today.addDays(-1);
    m_period->setRange({last.addDays(-29), last}); // emits rangeChanged -> requestOverview
}

void ManagerWindow::siteChosen()
{
    if (const Site *site = currentSite())
        m_period->setToday(todayAt(*site));
    requestOverview();
}

void ManagerWindow::requestOverview()
{
    requestFigures(true);
}

void ManagerWindow::requestFigures(bool overview)
{
    const Site *site = currentSite();
    if (!site)
        return;
    const PeriodPicker::Range range = m_period->range();
    const quint64 request = ++m_request;
    m_loader->want(request);
    statusBar()->showMessage(tr("Reading the figures…"));
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, request, code = site->code, range, overview, drill = m_drill] {
            if (overview)
                loader->loadOverview(request, code, range.from, range.to);
            if (drill)
                loader->loadLevel(request, code, range.from, range.to, *drill);
        },
        Qt::QueuedConnection);
}

void ManagerWindow::showOverview(quint64 request, const reports::PeriodOverview &overview)
{
    if (request != m_request)
        return; // an older answer; a newer one is on its way
    const Site *site = currentSite();
    const QLocale locale;
    //: QDate format of the period shown under the title, e.g. "Thu, Oct 22, 2026"
    const QString format = tr("ddd, MMM d, yyyy");
    const QString from = locale.toString(overview.from, format);
    const QString to = locale.toString(overview.to, format);
    const QString siteName = site ? site->name : overview.siteCode;
    if (overview.businessDays == 0)
        m_subtitle->setText(tr("%1, %2 to %3: no punches were recorded at this site in this period.")
                                .arg(siteName, from, to));
    else
        m_subtitle->setText(tr("%1, %2 to %3").arg(siteName, from, to));

    m_days->setValue(FigureFormat::count(overview.businessDays));
    m_workers->setValue(FigureFormat::count(overview.workers));
    m_hours->setValue(FigureFormat::hours(overview.workSeconds));
    m_punches->setValue(FigureFormat::count(overview.punches));
    m_units->setValue(FigureFormat::count(overview.units));
    m_perHour->setValue(FigureFormat::perHour(overview.units, overview.workSeconds));
    m_model->setOverview(overview);
    m_chart->setOverview(overview);
    showReadTime();
    if (m_drill)
        return; // the figures are shown with the level's rows
    selectPending();
    emit figuresShown();
}

void ManagerWindow::showLevel(quint64 request, const LevelFigures &figures)
{
    if (request != m_request || !m_drill || figures.node.code != m_drill->code)
        return;
    m_nodeModel->setRows(figures.rows);
    useModel(m_nodeModel);
    updateDrillTitle();
    showReadTime();
    selectPending();
    emit figuresShown();
}

void ManagerWindow::useModel(QAbstractItemModel *model)
{
    if (m_table->model() != model) {
        m_table->setModel(model);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void ManagerWindow::drillTo(const std::optional<reports::NodeRef> &node, const QString &select)
{
    m_drill = node;
    m_selectWhenShown = select;
    m_table->clearSelection();
    m_nodeModel->clear();
    useModel(node ? static_cast<QAbstractItemModel *>(m_nodeModel) : m_model);
    updateDrillTitle();
    if (node) {
        requestFigures(false); // the level's rows; the overview on screen stays
        return;
    }
    selectPending();
    emit figuresShown();
}

void ManagerWindow::rowActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (!m_drill) {
        const QString block = m_model->codeAt(index.row());
        if (!block.isEmpty())
            drillTo(reports::NodeRef{reports::Level::Block, block});
    } else if (m_drill->level == reports::Level::Block) {
        drillTo(reports::NodeRef{reports::Level::Section, m_nodeModel->codeAt(index.row())});
    }
}

void ManagerWindow::selectPending()
{
    const QString code = std::exchange(m_selectWhenShown, QString());
    const QString note = std::exchange(m_scanNote, QString());
    if (code.isEmpty())
        return;
    const int row = m_drill ? m_nodeModel->rowOf(code) : m_model->rowOf(code);
    if (row < 0) {
        if (!note.isEmpty())
            statusBar()->showMessage(
                tr("Scanned %1: it has no figures at this site in this period.").arg(code));
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_table->model()->index(row, 0));
    if (!note.isEmpty())
        statusBar()->showMessage(note);
}

QString ManagerWindow::localName(const QString &ja, const QString &en) const
{
    return m_language == QLatin1String("ja") ? ja : en;
}

void ManagerWindow::showReadTime()
{
    statusBar()->showMessage(
        tr("Figures read at %1.")
            .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
}

void ManagerWindow::updateDrillTitle()
{
    m_up->setVisible(m_drill.has_value());
    if (!m_drill) {
        m_drillTitle->setText(tr("Blocks (double-click one for its sections)"));
        return;
    }
    if (m_drill->level == reports::Level::Block) {
        QString block = m_drill->code;
        for (const Block &b : m_scope.blocks)
            if (b.code == m_drill->code)
                block = localName(b.nameJa, b.nameEn);
        //: %1 is a block's name
        m_drillTitle->setText(tr("Sections of %1 (double-click one for its activities)").arg(block));
        return;
    }
    QString section = m_drill->code;
    for (const Section &s : m_scope.sections)
        if (s.code == m_drill->code)
            section = localName(s.nameJa, s.nameEn);
    //: %1 is a section's name
    m_drillTitle->setText(tr("Activities of %1").arg(section));
}

QString ManagerWindow::selectedCode() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty())
        return {};
    return m_drill ? m_nodeModel->codeAt(rows.first().row()) : m_model->codeAt(rows.first().row());
}

drivers::ScannerWedgeDetector::Options ManagerWindow::scannerDefaults()
{
    drivers::ScannerWedgeDetector::Options options;
    options.minLength = 2;
    return options;
}

QString ManagerWindow::siteCode() const
{
    const Site *site = currentSite();
    return site ? site->code : QString();
}

void ManagerWindow::scanned(const drivers::ScannedCode &code)
{
    const QString text = code.text.trimmed();
    const QString shown = drivers::visibleControls(text);
    logging::get("app")->info("manager: scanned {}", shown.toStdString());
    auto same = [&text](const QString &c) { return c.compare(text, Qt::CaseInsensitive) == 0; };
    for (std::size_t i = 0; i < m_scope.sites.size(); ++i) {
        const Site &site = m_scope.sites[i];
        if (!same(site.code))
            continue;
        m_site->setCurrentIndex(static_cast<int>(i)); // reads the figures again when it changes
        statusBar()->showMessage(tr("Scanned %1: site %2.").arg(site.code, site.name));
        return;
    }
    for (const Block &block : m_scope.blocks) {
        if (!same(block.code))
            continue;
        m_scanNote = tr("Scanned %1: block %2.").arg(block.code, localName(block.nameJa, block.nameEn));
        drillTo(std::nullopt, block.code);
        return;
    }
    for (const Section &section : m_scope.sections) {
        if (!same(section.code))
            continue;
        m_scanNote =
            tr("Scanned %1: section %2.").arg(section.code, localName(section.nameJa, section.nameEn));
        drillTo(reports::NodeRef{reports::Level::Block, section.blockCode}, section.code);
        return;
    }
    for (const Activity &activity : m_scope.activities) {
        if (!same(activity.code))
            continue;
        m_scanNote =
            tr("Scanned %1: activity %2.").arg(activity.code, localName(activity.nameJa, activity.nameEn));
        drillTo(reports::NodeRef{reports::Level::Section, activity.sectionCode}, activity.code);
        return;
    }
    statusBar()->showMessage(
        tr("Scanned %1: not a site, block, section or activity code of this store.").arg(shown));
}

void ManagerWindow::scanRejected(const QString &raw, const Error &error)
{
    logging::get("app")->warn("manager: unreadable scan: {}", error.toString().toStdString());
    statusBar()->showMessage(tr("The scanned code could not be read: %1").arg(raw));
}

void ManagerWindow::showFailure(quint64 request, const Error &error)
{
    if (request != 0 && request != m_request)
        return;
    logging::get("app")->error("manager: {}", error.toString().toStdString());
    const QString text = tr("The figures cannot be read from the store: %1").arg(ErrorText::describe(error));
    m_subtitle->setText(text);
    statusBar()->clearMessage();
    m_model->clear();
    m_nodeModel->clear();
    m_chart->clear();
    emit figuresShown();
}

} // namespace wh
