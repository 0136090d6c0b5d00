#include "LiveBoardView.h"

#include "ErrorText.h"
#include "FigureFormat.h"
#include "FigureTile.h"
#include "RowTintDelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wh {

namespace {
constexpr int kDefaultRefreshMs = 15000;

// The head-count column: the number on a bar as long as its share of the largest head-count, so
// the busiest activities stand out without a chart.
class CountBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double share = index.data(LiveHeadCountModel::ShareRole).toDouble();
        if (share > 0) {
            const QRect area = option.rect.adjusted(6, 6, -6, -6);
            QRect bar = area;
            bar.setWidth(std::max(2, static_cast<int>(area.width() * share)));
            const bool isBreak = static_cast<ActivityKind>(
                                     index.data(LiveHeadCountModel::KindRole).toInt()) == ActivityKind::Break;
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(isBreak ? QColor(0xdd, 0xe3, 0xea) : QColor(0xcf, 0xe3, 0xf3));
            painter->drawRoundedRect(bar, 3, 3);
            painter->restore();
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setItemDelegate(new RowTintDelegate(table));
    return table;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}
} // namespace

LiveBoardView::LiveBoardView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                             QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_language(std::move(language))
    , m_clock(clock)
    , m_runner(queries)
    , m_timer(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_stamp(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh now"), this))
    , m_onShift(new FigureTile(tr("Clocked in"), this))
    , m_working(new FigureTile(tr("On a work activity"), this))
    , m_onBreak(new FigureTile(tr("On a break"), this))
    , m_longOpen(new FigureTile(QString(), this))
    , m_floorTitle(sectionTitle(this))
    , m_headTitle(sectionTitle(this))
    , m_breakTitle(sectionTitle(this))
    , m_longTitle(sectionTitle(this))
    , m_message(new QLabel(this))
    , m_workers(new LiveWorkersModel(this))
    , m_headCount(new LiveHeadCountModel(this))
    , m_workingFilter(new LiveWorkerFilter(LiveWorkerFilter::Show::Working, this))
    , m_breakFilter(new LiveWorkerFilter(LiveWorkerFilter::Show::OnBreak, this))
    , m_longFilter(new LiveWorkerFilter(LiveWorkerFilter::Show::LongOpen, this))
{
    m_workingFilter->setSourceModel(m_workers);
    m_breakFilter->setSourceModel(m_workers);
    m_longFilter->setSourceModel(m_workers);
    auto *headSorted = new QSortFilterProxyModel(this);
    headSorted->setSourceModel(m_headCount);
    headSorted->setSortRole(LiveHeadCountModel::SortRole);

    m_heading->setObjectName(QStringLiteral("subtitle"));
    m_stamp->setObjectName(QStringLiteral("liveStamp"));
    m_refresh->setObjectName(QStringLiteral("liveRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &LiveBoardView::refresh);
    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    head->addWidget(m_heading, 1);
    head->addWidget(m_stamp);
    head->addWidget(m_refresh);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (FigureTile *tile : {m_onShift, m_working, m_onBreak, m_longOpen})
        tiles->addWidget(tile, 1);

    m_message->setObjectName(QStringLiteral("viewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    using C = LiveWorkersModel::Column;
    m_floorTable = makeTable(m_workingFilter, this, QStringLiteral("liveFloor"));
    m_breakTable = makeTable(m_breakFilter, this, QStringLiteral("liveBreaks"));
    m_longTable = makeTable(m_longFilter, this, QStringLiteral("liveLongOpen"));
    m_headTable = makeTable(headSorted, this, QStringLiteral("liveHeadCount"));
    m_headTable->setItemDelegateForColumn(LiveHeadCountModel::Workers, new CountBarDelegate(m_headTable));

    // Column widths: the names take what is left; the rest fit their usual contents.
    auto widths = [](QTableView *table, std::initializer_list<std::pair<int, int>> columns, int stretch) {
        for (const auto &[column, width] : columns)
            table->setColumnWidth(column, width);
        table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    };
    widths(m_floorTable,
           {{C::Worker, 82},
            {C::Name, 106},
            {C::Block, 100},
            {C::Since, 84},
            {C::Duration, 66},
            {C::Device, 108}},
           C::Activity);
    for (QTableView *t : {m_breakTable, m_longTable}) {
        widths(t, {{C::Worker, 82}, {C::Name, 112}, {C::Since, 84}, {C::Duration, 70}}, C::Activity);
        t->setColumnHidden(C::Block, true);
        t->setColumnHidden(C::Device, true);
    }
    // The kind shows in the activity's colour (breaks grey); the column is there for the export.
    using H = LiveHeadCountModel::Column;
    widths(m_headTable, {{H::Block, 104}, {H::Workers, 110}, {H::Longest, 84}}, H::Activity);
    m_headTable->setColumnHidden(H::Kind, true);
    // The longest open first where "how long" is the point; the floor and the head-count keep the
    // store's order (tree order, the longest on an activity first) until a header is clicked.
    m_breakTable->sortByColumn(C::Duration, Qt::DescendingOrder);
    m_longTable->sortByColumn(C::Duration, Qt::DescendingOrder);
    // Their order is fixed; an arrow would only cover the right-aligned "For".
    m_breakTable->horizontalHeader()->setSortIndicatorShown(false);
    m_longTable->horizontalHeader()->setSortIndicatorShown(false);
    m_floorTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_headTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_workingFilter->sort(-1);
    headSorted->sort(-1);

    auto *left = new QWidget(this);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->setSpacing(6);
    leftBox->addWidget(m_floorTitle);
    leftBox->addWidget(m_floorTable, 1);

    auto *right = new QWidget(this);
    auto *rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->setSpacing(6);
    rightBox->addWidget(m_headTitle);
    rightBox->addWidget(m_headTable, 4);
    rightBox->addSpacing(6);
    rightBox->addWidget(m_breakTitle);
    rightBox->addWidget(m_breakTable, 3);
    rightBox->addSpacing(6);
    rightBox->addWidget(m_longTitle);
    rightBox->addWidget(m_longTable, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setHandleWidth(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(head);
    layout->addLayout(tiles);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    m_timer->setObjectName(QStringLiteral("liveTimer"));
    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &LiveBoardView::tick);
    updateTitles();
}

QString LiveBoardView::title() const
{
    return tr("Live board");
}

void LiveBoardView::setScope(const StoreScope &scope)
{
    m_scope = scope;
    m_haveScope = true;
    if (const Site *site = m_scope.site(m_site))
        m_zone = site->timeZone();
    updateTitles();
}

void LiveBoardView::setContext(const ViewContext &context)
{
    if (!context.language.isEmpty())
        m_language = context.language;
    const QString site = context.sites.value(0);
    if (site == m_site && m_lastReadMs != 0)
        return; // the period does not change "now"
    m_site = site;
    m_floor = {};
    m_workers->clear();
    m_headCount->clear();
    if (const Site *s = m_scope.site(m_site))
        m_zone = s->timeZone();
    updateTitles();
    read();
}

void LiveBoardView::refresh()
{
    read();
}

void LiveBoardView::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
    updateTitles();
}

int LiveBoardView::refreshInterval() const
{
    return m_timer->interval();
}

void LiveBoardView::setLongOpenThreshold(qint64 ms)
{
    m_workers->setLongOpenMs(ms);
    m_longFilter->refilter();
    updateTitles();
}

bool LiveBoardView::autoRefreshing() const
{
    return m_timer->isActive();
}

void LiveBoardView::showEvent(QShowEvent *event)
{
    ManagerView::showEvent(event);
    m_timer->start();
    // Back on screen after a while (another tab, a minimised window): read at once.
    if (!m_site.isEmpty() && !m_runner.busy() &&
        (m_lastReadMs == 0 || m_clock.nowMs() - m_lastReadMs >= m_timer->interval()))
        read();
}

void LiveBoardView::hideEvent(QHideEvent *event)
{
    ManagerView::hideEvent(event);
    m_timer->stop();
}

void LiveBoardView::tick()
{
    // The previous read is still running (a busy store): let it finish rather than start over.
    if (m_runner.busy())
        return;
    read();
}

void LiveBoardView::read()
{
    if (m_site.isEmpty()) {
        showFailure(tr("Choose a site to see who is on the floor."));
        emit ready();
        return;
    }
    const reports::ViewerQueries queries = m_queries;
    const QString site = m_site;
    const Clock *clock = &m_clock;
    const bool needScope = !m_haveScope;
    m_runner.run<Answer>(
        [queries, site, clock, needScope](const QueryRunner::Cancelled &) {
            Answer answer;
            answer.site = site;
            if (needScope)
                answer.scope = loadStoreScope(queries);
            answer.floor = queries.liveFloor(site, clock->nowMs());
            return answer;
        },
        [this](Answer answer) { showAnswer(std::move(answer)); });
}

void LiveBoardView::showAnswer(Answer answer)
{
    if (answer.scope && answer.scope->ok())
        setScope(answer.scope->value());
    if (answer.site != m_site)
        return;
    m_lastReadMs = m_clock.nowMs();
    if (!answer.floor) {
        m_floor = {};
        m_workers->clear();
        m_headCount->clear();
        showFailure(ErrorText::describe(answer.floor.error()));
        updateTitles();
        emit ready();
        return;
    }
    m_failure.clear();
    m_floor = std::move(answer.floor).value();
    if (const Site *s = m_scope.site(m_site))
        m_zone = s->timeZone();
    else if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();

    // Names in the board's language from the activity tree; the floor's own names otherwise.
    auto activityName = [this](const QString &code) {
        if (const Activity *a = m_scope.activity(code))
            return localName(m_language, a->nameJa, a->nameEn);
        for (const reports::LiveActivity &a : m_floor.activities)
            if (a.activityCode == code)
                return localName(m_language, a.nameJa, a.nameEn);
        return code;
    };
    auto blockName = [this](const QString &code) {
        if (const Block *b = m_scope.block(code))
            return localName(m_language, b->nameJa, b->nameEn);
        return code;
    };
    std::vector<LiveWorkerRow> workers;
    workers.reserve(m_floor.workers.size());
    for (const reports::LiveWorker &w : m_floor.workers)
        workers.push_back({w, activityName(w.activityCode), blockName(w.blockCode)});
    std::vector<LiveActivityRow> activities;
    activities.reserve(m_floor.activities.size());
    for (const reports::LiveActivity &a : m_floor.activities)
        activities.push_back({a, localName(m_language, a.nameJa, a.nameEn), blockName(a.blockCode)});
    m_workers->setRows(std::move(workers), m_floor.atMs, m_zone);
    m_headCount->setRows(std::move(activities), m_floor.atMs);

    int longOpen = 0;
    for (int row = 0; row < m_workers->rowCount(); ++row)
        if (m_workers->isLongOpen(row))
            ++longOpen;
    m_onShift->setValue(FigureFormat::count(m_floor.onShift));
    m_working->setValue(FigureFormat::count(m_floor.onShift - m_floor.onBreak));
    m_onBreak->setValue(FigureFormat::count(m_floor.onBreak));
    m_longOpen->setValue(FigureFormat::count(longOpen));
    if (m_floor.onShift == 0) {
        m_message->setText(tr("Nobody is clocked in at %1 right now.").arg(siteName()));
        m_message->show();
    } else {
        m_message->hide();
    }
    updateTitles();
    emit ready();
}

void LiveBoardView::showFailure(const QString &text)
{
    m_failure = text;
    m_message->setText(text);
    m_message->show();
    for (FigureTile *tile : {m_onShift, m_working, m_onBreak, m_longOpen})
        tile->setValue(FigureFormat::none());
}

QString LiveBoardView::siteName() const
{
    if (const Site *s = m_scope.site(m_site))
        return s->name.isEmpty() ? s->code : s->name;
    return m_site;
}

void LiveBoardView::updateTitles()
{
    const QString threshold = LiveTime::threshold(m_workers->longOpenMs());
    m_heading->setText(m_site.isEmpty() ? tr("Live board") : tr("Live board: %1").arg(siteName()));
    const int seconds = m_timer->interval() / 1000;
    if (m_lastReadMs != 0 && m_floor.atMs != 0) {
        const QString at =
            QDateTime::fromMSecsSinceEpoch(m_floor.atMs, m_zone).toString(QStringLiteral("HH:mm:ss"));
        //: %1 is the time the floor was read (HH:mm:ss), %2 the refresh interval in seconds
        m_stamp->setText(tr("As of %1 · updates every %2 s").arg(at).arg(seconds));
    } else {
        m_stamp->setText(tr("Updates every %1 s").arg(seconds));
    }
    //: %1 is the threshold, e.g. "10 h"
    m_longOpen->setCaption(tr("Open over %1").arg(threshold));
    m_floorTitle->setText(
        tr("Who is on which activity (%1)").arg(FigureFormat::count(m_workingFilter->rowCount())));
    m_headTitle->setText(tr("Head-count per activity"));
    //: People clocked in but on no work activity (on a break)
    m_breakTitle->setText(
        tr("Clocked in, on no work activity (%1)").arg(FigureFormat::count(m_breakFilter->rowCount())));
    //: %1 is the threshold (e.g. "10 h"), %2 the number of punches
    m_longTitle->setText(tr("Open over %1: probably forgotten (%2)")
                             .arg(threshold, FigureFormat::count(m_longFilter->rowCount())));
}

reports::ReportDocument LiveBoardView::exportDocument() const
{
    reports::ReportDocument doc;
    doc.title = tr("Live board");
    doc.subtitleLines << siteName();
    if (m_floor.atMs != 0)
        doc.subtitleLines << tr("As of %1")
                                 .arg(QDateTime::fromMSecsSinceEpoch(m_floor.atMs, m_zone)
                                          .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    //: %1 clocked in, %2 on a break
    doc.subtitleLines << tr("%1 clocked in, %2 on a break")
                             .arg(FigureFormat::count(m_floor.onShift), FigureFormat::count(m_floor.onBreak));
    if (!m_failure.isEmpty())
        doc.subtitleLines << m_failure;
    for (int c = 0; c < LiveWorkersModel::ColumnCount; ++c)
        doc.table.headers << m_workers->headerData(c, Qt::Horizontal).toString();
    doc.table.headers << tr("Note");
    doc.table.numericColumns = {LiveWorkersModel::Since, LiveWorkersModel::Duration};
    for (int row = 0; row < m_workers->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < LiveWorkersModel::ColumnCount; ++c)
            cells << m_workers->index(row, c).data().toString();
        const bool onBreak = m_workers->rowAt(row).worker.kind == ActivityKind::Break;
        cells << (m_workers->isLongOpen(row) ? tr("open too long: probably forgotten")
                  : onBreak                  ? tr("on a break")
                                             : QString());
        doc.table.rows.push_back(cells);
    }
    return doc;
}

} // namespace wh
