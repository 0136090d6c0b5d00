#include "TrendsView.h"

#include "ErrorText.h"
#include "PeriodChart.h"
#include "QueryRunner.h"
#include "ReportExport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wh {

namespace {
// The level combo's data of an entry: "block:PIC"; empty for the site total.
QString nodeKey(const std::optional<reports::NodeRef> &node)
{
    return node ? reports::levelName(node->level) + QLatin1Char(':') + node->code : QString();
}

std::optional<reports::NodeRef> nodeFromKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const auto level = reports::levelFromName(key.left(colon));
    if (!level)
        return std::nullopt;
    return reports::NodeRef{*level, key.mid(colon + 1)};
}

bool sameNode(const std::optional<reports::NodeRef> &a, const std::optional<reports::NodeRef> &b)
{
    return nodeKey(a) == nodeKey(b);
}

// The depth of a level combo entry in the tree (0 the site total and blocks, 1 sections, 2
// activities): the list indents by it, the closed combo shows the name alone.
constexpr int kDepthRole = Qt::UserRole + 1;

class TreeIndentDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented(option);
        indented.rect.adjust(indent(index), 0, 0, 0);
        QStyledItemDelegate::paint(painter, indented, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(indent(index), 6);
    }

private:
    static int indent(const QModelIndex &index) { return index.data(kDepthRole).toInt() * 20; }
};
} // namespace

TrendsView::TrendsView(const reports::ViewerQueries &queries, QString language, QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_runner(new QueryRunner(queries, this))
    , m_metric(new QComboBox(this))
    , m_granularityBox(new QComboBox(this))
    , m_sitesBox(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_chart(new PeriodChart(this))
    , m_model(new TrendModel(queries.viewer().seesCost(), this))
    , m_table(new QTableView(this))
{
    m_context.language = std::move(language);
    m_metric->setObjectName(QStringLiteral("metric"));
    for (Metric metric : TrendModel::metricsFor(queries.viewer().seesCost()))
        m_metric->addItem(TrendModel::metricName(metric), static_cast<int>(metric));
    m_granularityBox->setObjectName(QStringLiteral("granularity"));
    m_granularityBox->addItem(tr("By day"), static_cast<int>(reports::Granularity::Day));
    m_granularityBox->addItem(tr("By month"), static_cast<int>(reports::Granularity::Month));
    m_sitesBox->setObjectName(QStringLiteral("sites"));
    m_sitesBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level->setMinimumContentsLength(18);
    m_level->setMaxVisibleItems(24);
    m_level->setItemDelegate(new TreeIndentDelegate(m_level));
    m_level->addItem(tr("Site total"), QString());

    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    auto addControl = [&](const QString &text, QComboBox *box, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        controls->addWidget(label);
        controls->addWidget(box, stretch);
        controls->addSpacing(16);
    };
    addControl(tr("Metric"), m_metric, 0);
    addControl(tr("Points"), m_granularityBox, 0);
    addControl(tr("Sites"), m_sitesBox, 0);
    addControl(tr("Level"), m_level, 0);
    controls->addStretch(1);

    m_heading->setObjectName(QStringLiteral("trendHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    m_heading->setFont(headingFont);
    m_note->setObjectName(QStringLiteral("trendNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_chart->setObjectName(QStringLiteral("trendChart"));
    m_chart->showMessage(tr("Choose a period to see the trend."));

    m_table->setObjectName(QStringLiteral("trendTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // scaled to the room there is: the chart gets 60 %
    m_chart->setMinimumHeight(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);

    // The page fills its combos with their signals blocked: a signal is a person's choice.
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(static_cast<Metric>(m_metric->currentData().toInt())); });
    connect(m_granularityBox, &QComboBox::currentIndexChanged, this, [this] {
        setGranularity(static_cast<reports::Granularity>(m_granularityBox->currentData().toInt()));
    });
    connect(m_sitesBox, &QComboBox::currentIndexChanged, this,
            [this] { setSites(m_sitesBox->currentData().toStringList()); });
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { setNode(nodeFromKey(m_level->currentData().toString())); });
}

TrendsView::~TrendsView() = default;

QString TrendsView::title() const
{
    return tr("Trends");
}

TrendsView::Metric TrendsView::metric() const
{
    return m_model->metric();
}

QString TrendsView::localName(const QString &ja, const QString &en) const
{
    if (m_context.language == QLatin1String("ja"))
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
}

reports::Granularity TrendsView::defaultGranularity() const
{
    return reports::trendGranularity(m_context.from, m_context.to);
}

QStringList TrendsView::contextSites() const
{
    QStringList sites;
    for (const QString &s : m_context.sites)
        if (!sites.contains(s))
            sites << s;
    return sites;
}

void TrendsView::setScope(const StoreScope &scope)
{
    // The window has read the viewer's sites: the page need not read them again.
    m_sites = scope.sites;
    m_sitesLoaded = true;
}

void TrendsView::setContext(const ViewContext &context)
{
    if (m_hasContext && context == m_context && !m_runner->busy()) {
        // Nothing changes: what is on screen is the answer.
        QTimer::singleShot(0, this, [this] { emit ready(); });
        return;
    }
    const bool newPeriod = !m_hasContext || context.from != m_context.from || context.to != m_context.to;
    m_context = context;
    m_hasContext = true;
    m_selectedSites = contextSites(); // empty: every site of the viewer, resolved by the first load
    if (newPeriod)
        m_granularityChosen = false;
    if (!m_granularityChosen)
        m_granularity = defaultGranularity();
    load(true);
}

void TrendsView::refresh()
{
    load(true);
}

void TrendsView::cancel()
{
    if (!m_runner->busy())
        return;
    m_runner->cancel();
    emit progress(tr("Reading the trend…"), 1, 1);
    emit statusMessage(tr("Trend: reading cancelled."));
}

void TrendsView::setMetric(Metric metric)
{
    if (TrendModel::isCostMetric(metric) && !m_queries.viewer().seesCost())
        return;
    m_model->setMetric(metric);
    redraw();
    emit ready();
}

void TrendsView::setGranularity(reports::Granularity granularity)
{
    m_granularityChosen = true;
    if (granularity == m_granularity && !m_runner->busy())
        return;
    m_granularity = granularity;
    load(false);
}

void TrendsView::setSites(const QStringList &sites)
{
    if (sites.isEmpty() || sites == m_selectedSites)
        return;
    m_selectedSites = sites;
    load(true);
}

void TrendsView::setNode(const std::optional<reports::NodeRef> &node)
{
    if (sameNode(node, m_node))
        return;
    m_node = node;
    // A node the combo does not hold (none yet, or no figures in the period): the tree read with it
    // decides, and a node without figures becomes the site total.
    const bool known = !node || std::any_of(m_tree.begin(), m_tree.end(),
                                            [&](const NodeEntry &e) { return sameNode(e.ref, node); });
    load(!known);
}

void TrendsView::load(bool withTree)
{
    if (!m_hasContext)
        return;
    reports::TrendQuery query;
    query.sites = m_selectedSites;
    query.from = m_context.from;
    query.to = m_context.to;
    query.granularity = m_granularity;
    query.node = m_node;
    const bool withSites = !m_sitesLoaded;
    const reports::ViewerQueries queries = m_queries;
    m_timer.start();
    emit progress(tr("Reading the trend…"), 0, 1);
    m_runner->run<Load>(
        [queries, query, withSites, withTree](const QueryRunner::Cancelled &cancelled) {
            Load out;
            out.query = query;
            if (withSites) {
                out.sites = queries.sites();
                if (!out.sites->ok())
                    return out;
                if (out.query.sites.isEmpty())
                    for (const Site &site : out.sites->value())
                        out.query.sites << site.code;
            }
            if (withTree) {
                // The nodes with figures in the period at the selected sites, in tree order.
                std::vector<NodeEntry> tree;
                std::vector<std::vector<reports::FigureRow>> levels;
                for (reports::Level level :
                     {reports::Level::Block, reports::Level::Section, reports::Level::Activity}) {
                    if (cancelled->load())
                        return out;
                    reports::FigureQuery figures;
                    figures.sites = out.query.sites;
                    figures.from = query.from;
                    figures.to = query.to;
                    figures.level = level;
                    auto rows = queries.figuresByLevel(figures);
                    if (!rows) {
                        out.tree = rows.error();
                        return out;
                    }
                    levels.push_back(std::move(*rows));
                }
                for (const reports::FigureRow &block : levels[0]) {
                    tree.push_back({{reports::Level::Block, block.code}, block.nameJa, block.nameEn});
                    for (const reports::FigureRow &section : levels[1]) {
                        if (section.parent != block.code)
                            continue;
                        tree.push_back(
                            {{reports::Level::Section, section.code}, section.nameJa, section.nameEn});
                        for (const reports::FigureRow &activity : levels[2])
                            if (activity.parent == section.code)
                                tree.push_back({{reports::Level::Activity, activity.code},
                                                activity.nameJa,
                                                activity.nameEn});
                    }
                }
                // A node without figures at these sites in this period: the site total instead.
                if (out.query.node && std::none_of(tree.begin(), tree.end(), [&](const NodeEntry &e) {
                        return sameNode(e.ref, out.query.node);
                    }))
                    out.query.node.reset();
                out.tree = std::move(tree);
            }
            if (cancelled->load())
                return out;
            out.trend = queries.trend(out.query);
            return out;
        },
        [this](Load answer) { showAnswer(std::move(answer)); });
}

void TrendsView::showAnswer(Load load)
{
    if (load.sites) {
        if (!load.sites->ok()) {
            showFailure(load.sites->error());
            return;
        }
        m_sites = std::move(load.sites->value());
        m_sitesLoaded = true;
    }
    m_selectedSites = load.query.sites;
    m_node = load.query.node;
    showSites();
    if (load.tree) {
        if (!load.tree->ok()) {
            showFailure(load.tree->error());
            return;
        }
        m_tree = std::move(load.tree->value());
    }
    showTree();
    if (!load.trend) {
        finishLoad();
        return;
    }
    if (!load.trend->ok()) {
        showFailure(load.trend->error());
        return;
    }
    QHash<QString, QString> names;
    for (const Site &site : m_sites)
        names.insert(site.code, site.name);
    m_model->setTrend(std::move(load.trend->value()), load.query.granularity, names);
    // One site: its name would repeat on every row (the export keeps the column).
    m_table->setColumnHidden(m_model->columnOf(TrendModel::Field::Site), m_selectedSites.size() <= 1);
    {
        const QSignalBlocker block(m_granularityBox);
        m_granularityBox->setCurrentIndex(
            m_granularityBox->findData(static_cast<int>(load.query.granularity)));
    }
    redraw();
    emit statusMessage(tr("Trend read in %1 ms.").arg(m_timer.elapsed()));
    finishLoad();
}

void TrendsView::finishLoad()
{
    emit progress(tr("Reading the trend…"), 1, 1);
    emit ready();
}

void TrendsView::showFailure(const Error &error)
{
    const QString text = ErrorText::describe(error);
    m_model->clear();
    m_heading->clear();
    m_note->setVisible(false);
    m_chart->showMessage(text);
    emit statusMessage(text);
    finishLoad();
}

QString TrendsView::sitesText(const QStringList &sites) const
{
    QStringList names;
    for (const QString &code : sites) {
        QString name = code;
        for (const Site &site : m_sites)
            if (site.code == code && !site.name.isEmpty())
                name = site.name;
        names << name;
    }
    //: Separator between site names: "市川物流センター, 茨木物流センター"
    return names.join(tr(", "));
}

void TrendsView::showSites()
{
    const QSignalBlocker block(m_sitesBox);
    m_sitesBox->clear();
    QStringList all;
    for (const Site &site : m_sites) {
        m_sitesBox->addItem(QStringLiteral("%1 %2").arg(site.code, site.name).trimmed(),
                            QStringList{site.code});
        all << site.code;
    }
    if (all.size() > 1)
        m_sitesBox->addItem(tr("All sites side by side"), all);
    int index = m_sitesBox->findData(m_selectedSites);
    if (index < 0 && m_selectedSites.size() > 1) {
        //: A comparison of some of the sites: "市川物流センター, 茨木物流センター side by side"
        m_sitesBox->addItem(tr("%1 side by side").arg(sitesText(m_selectedSites)), m_selectedSites);
        index = m_sitesBox->count() - 1;
    }
    m_sitesBox->setCurrentIndex(index);
}

void TrendsView::showTree()
{
    const QSignalBlocker block(m_level);
    m_level->clear();
    m_level->addItem(tr("Site total"), QString());
    for (const NodeEntry &entry : m_tree) {
        const int depth = entry.ref.level == reports::Level::Block     ? 0
                          : entry.ref.level == reports::Level::Section ? 1
                                                                       : 2;
        m_level->addItem(nodeLabel(entry), nodeKey(entry.ref));
        m_level->setItemData(m_level->count() - 1, depth, kDepthRole);
        if (depth == 0) {
            QFont bold = m_level->font();
            bold.setBold(true);
            m_level->setItemData(m_level->count() - 1, bold, Qt::FontRole);
        }
    }
    // The list as wide as its longest (indented, bold) entry, so no name is cut.
    QFont bold = m_level->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_level->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_level->itemText(i)) +
                                      m_level->itemData(i, kDepthRole).toInt() * 20);
    m_level->view()->setMinimumWidth(widest + 48);
    const int index = m_level->findData(nodeKey(m_node));
    m_level->setCurrentIndex(std::max(index, 0));
}

QString TrendsView::nodeText(const std::optional<reports::NodeRef> &node) const
{
    if (!node)
        return tr("Site total");
    for (const NodeEntry &entry : m_tree)
        if (sameNode(entry.ref, node))
            return nodeLabel(entry);
    return node->code;
}

QString TrendsView::nodeLabel(const NodeEntry &entry) const
{
    // With the code: a block, a section and an activity may share a name ("Picking").
    //: A block, section or activity with its code: "ピッキング (PIC-SGL-PICK)"
    return tr("%1 (%2)").arg(localName(entry.nameJa, entry.nameEn), entry.ref.code);
}

void TrendsView::redraw()
{
    {
        const QSignalBlocker block(m_metric);
        m_metric->setCurrentIndex(m_metric->findData(static_cast<int>(m_model->metric())));
    }
    const Metric metric = m_model->metric();
    const bool monthly = m_model->granularity() == reports::Granularity::Month;
    //: Chart title: the metric by day (month), then the level shown: "Productivity by day: Picking"
    const QString chartTitle =
        monthly ? tr("%1 by month: %2").arg(TrendModel::metricName(metric), nodeText(m_node))
                : tr("%1 by day: %2").arg(TrendModel::metricName(metric), nodeText(m_node));
    //: Above the chart: sites, then the period
    m_heading->setText(tr("%1 — %2 to %3")
                           .arg(sitesText(m_selectedSites), m_context.from.toString(Qt::ISODate),
                                m_context.to.toString(Qt::ISODate)));
    if (m_model->rowCount() == 0) {
        m_chart->showMessage(tr("No figures for %1 in this period.").arg(nodeText(m_node)));
        m_note->setVisible(false);
        return;
    }
    PeriodChart::Content content;
    content.title = chartTitle;
    content.granularity = m_model->granularity();
    content.from = m_context.from;
    content.to = m_context.to;
    //: Axis title: the metric and its unit, "Productivity (units/h)"
    content.leftTitle = tr("%1 (%2)").arg(TrendModel::metricName(metric), TrendModel::metricUnit(metric));
    int index = 0;
    for (const reports::ChartSeries &series : m_model->chartSeries()) {
        PeriodChart::Series line;
        line.name = series.name;
        line.points = series.points;
        line.color = reports::chartSeriesColor(index++);
        content.lines.push_back(std::move(line));
    }
    m_chart->setContent(std::move(content));

    QStringList notes;
    if (m_model->anyMixedUnits())
        notes << tr("Mixed units: the units add up different activities; compare a line with itself over "
                    "time rather than with another level.");
    if (monthly)
        notes << tr("A point per month: the first and last month count only the days inside the period.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

reports::ReportDocument TrendsView::exportDocument() const
{
    reports::ReportDocument doc;
    const Metric metric = m_model->metric();
    //: Title of the trends export: "Trend: Productivity"
    doc.title = tr("Trend: %1").arg(TrendModel::metricName(metric));
    doc.subtitleLines << tr("Sites: %1").arg(sitesText(m_selectedSites))
                      << tr("Period: %1 to %2")
                             .arg(m_context.from.toString(Qt::ISODate), m_context.to.toString(Qt::ISODate))
                      << tr("Level: %1").arg(nodeText(m_node));
    if (!m_note->text().isEmpty() && m_note->isVisibleTo(this))
        doc.subtitleLines << m_note->text();
    doc.table = m_model->reportTable();
    doc.chartTitle = m_chart->content().title;
    doc.leftAxis = m_model->chartSeries();
    doc.footer = tr("wh-manager: trends");
    return doc;
}

} // namespace wh
