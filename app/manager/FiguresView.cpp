#include "FiguresView.h"

#include "CellDetailDialog.h"
#include "ErrorText.h"
#include "FigureDelegate.h"
#include "FigureFormat.h"
#include "FigureTile.h"
#include "Logging.h"
#include "NodeFiguresModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace wh {

FiguresView::FiguresView(const reports::ViewerQueries &queries, QString language, QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_language(std::move(language))
    , m_runner(queries)
    , m_sparkRunner(queries)
    , m_subtitle(new QLabel(this))
    , m_days(new FigureTile(tr("Business days"), this))
    , m_hours(new FigureTile(tr("Paid hours"), this))
    , m_units(new FigureTile(tr("Units"), this))
    , m_perHour(new FigureTile(tr("Units per paid hour"), this))
    , m_performance(new FigureTile(tr("Performance"), this))
    , m_cost(new FigureTile(tr("Labor cost"), this))
    , m_unitCost(new FigureTile(tr("Unit cost"), this))
    , m_model(new NodeFiguresModel(m_language, queries.viewer().seesCost(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_drillTitle(new QLabel(this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_cell(new QPushButton(tr("Punches and units…"), this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(this))
{
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    const bool cost = queries.viewer().seesCost();
    for (FigureTile *tile : {m_days, m_hours, m_units, m_perHour, m_performance, m_cost, m_unitCost}) {
        const bool costTile = tile == m_cost || tile == m_unitCost;
        // Six tiles: costs for the viewers who see them, performance for the others.
        if ((costTile && !cost) || (tile == m_performance && cost)) {
            tile->hide();
            continue;
        }
        tiles->addWidget(tile, 1);
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NodeFiguresModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FigureDelegate(NodeFiguresModel::BarRole, NodeFiguresModel::SparkRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // tree order until a header is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, &FiguresView::rowActivated);

    m_drillTitle->setObjectName(QStringLiteral("drillTitle"));
    m_up->setObjectName(QStringLiteral("drillUp"));
    m_up->setVisible(false);
    m_cell->setObjectName(QStringLiteral("cellDetail"));
    m_cell->setToolTip(tr("The punches and units behind the selected row in this period."));
    connect(m_cell, &QPushButton::clicked, this, &FiguresView::showCell);
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (!m_drill)
            return;
        if (m_drill->level == reports::Level::Section) {
            if (const Section *s = m_scope.section(m_drill->code)) {
                drillTo(reports::NodeRef{reports::Level::Block, s->blockCode}, s->code);
                return;
            }
        }
        drillTo(std::nullopt, m_drill->code);
    });
    auto *tableHead = new QHBoxLayout;
    tableHead->setSpacing(8);
    tableHead->addWidget(m_up);
    tableHead->addWidget(m_drillTitle, 1);
    tableHead->addWidget(m_cell);
    auto *tableBox = new QVBoxLayout;
    tableBox->setSpacing(6);
    tableBox->addLayout(tableHead);
    tableBox->addWidget(m_table, 1);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setText(tr("* The units add up activities of different kinds (pieces, cartons, lines…): compare "
                         "them within an activity."));
    m_legend->setVisible(false);
    tableBox->addWidget(m_legend);


    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_subtitle);
    layout->addLayout(tiles);
    layout->addLayout(tableBox, 1);
    updateTitle();
}

QString FiguresView::title() const
{
    return tr("Figures");
}

void FiguresView::setContext(const ViewContext &context)
{
    if (context == m_context)
        return;
    m_context = context;
    load(true);
}

void FiguresView::refresh()
{
    load(true);
}

reports::Level FiguresView::rowLevel() const
{
    if (!m_drill)
        return reports::Level::Block;
    return m_drill->level == reports::Level::Block ? reports::Level::Section : reports::Level::Activity;
}

void FiguresView::load(bool overview)
{
    if (m_context.sites.isEmpty() || !m_context.from.isValid())
        return;
    const QString site = m_context.sites.first();
    const QDate from = m_context.from;
    const QDate to = m_context.to;
    reports::FigureQuery query;
    query.sites = {site};
    query.from = from;
    query.to = to;
    query.level = rowLevel();
    query.node = m_drill;
    m_sparkRunner.cancel();
    m_runner.run<Answer>(
        [queries = m_queries, site, from, to, query, overview](const QueryRunner::Cancelled &) {
            Answer answer;
            if (overview) {
                reports::FigureQuery total = query;
                total.level = reports::Level::Site;
                total.node.reset();
                answer.total = queries.figuresByLevel(total);
                reports::TrendQuery days;
                days.sites = {site};
                days.from = from;
                days.to = to;
                if (auto trend = queries.trend(days); trend && !trend->empty())
                    answer.days = static_cast<qint64>(trend->front().points.size());
            }
            answer.rows = queries.figuresByLevel(query);
            return answer;
        },
        [this, overview](Answer answer) { show(std::move(answer), overview); });
}

void FiguresView::show(Answer answer, bool overview)
{
    if (overview) {
        if (!answer.total) {
            logging::get("app")->error("manager: {}", answer.total.error().toString().toStdString());
            m_subtitle->setText(tr("The figures cannot be read from the store: %1")
                                    .arg(ErrorText::describe(answer.total.error())));
            m_model->clear();
            emit ready();
            return;
        }
        const QLocale locale;
        //: QDate format of the period shown under the title, e.g. "Thu, Oct 22, 2026"
        const QString format = tr("ddd, MMM d, yyyy");
        const QString code = m_context.sites.first();
        const Site *site = m_scope.site(code);
        const QString siteName = site ? site->name : code;
        const QString from = locale.toString(m_context.from, format);
        const QString to = locale.toString(m_context.to, format);
        reports::Figures f;
        if (!answer.total->empty())
            f = answer.total->front().figures;
        if (answer.total->empty())
            m_subtitle->setText(tr("%1, %2 to %3: no figures were recorded at this site in this period.")
                                    .arg(siteName, from, to));
        else
            m_subtitle->setText(tr("%1, %2 to %3").arg(siteName, from, to));
        m_days->setValue(FigureFormat::count(answer.days));
        m_hours->setValue(FigureFormat::hours(f.paidSeconds));
        m_units->setValue(FigureFormat::count(f.units));
        m_units->setDetail(f.mixedUnits() ? tr("adds up different activities") : QString());
        m_perHour->setValue(FigureFormat::perHour(f.units, f.paidSeconds));
        m_performance->setValue(FigureFormat::percent(f.performancePercent()));
        m_cost->setValue(f.costHidden ? FigureFormat::none() : FigureFormat::yen(f.cost().amount()));
        m_unitCost->setValue(FigureFormat::yenPerUnit(f.unitCostYen()));
    }
    if (!answer.rows) {
        m_model->clear();
        emit statusMessage(tr("The figures cannot be read from the store: %1")
                               .arg(ErrorText::describe(answer.rows.error())));
    } else {
        m_model->setRows(std::move(*answer.rows));
    }
    bool mixed = false;
    for (int r = 0; r < m_model->rowCount(); ++r)
        mixed = mixed || m_model->rowAt(r)->figures.mixedUnits();
    m_legend->setVisible(mixed);
    updateTitle();
    selectPending();
    emit ready();
    loadSparklines();
}

void FiguresView::loadSparklines()
{
    if (m_model->rowCount() == 0)
        return;
    const reports::Level level = rowLevel();
    QStringList codes;
    for (int row = 0; row < m_model->rowCount(); ++row)
        codes << m_model->codeAt(row);
    const QString site = m_context.sites.first();
    const QDate from = m_context.from;
    const QDate to = m_context.to;
    const reports::Granularity granularity = reports::trendGranularity(from, to);
    m_sparkRunner.run<QHash<QString, QList<double>>>(
        [queries = m_queries, codes, level, site, from, to, granularity](const QueryRunner::Cancelled &cancelled) {
            QHash<QString, QList<double>> out;
            for (const QString &code : codes) {
                if (cancelled->load())
                    break;
                reports::TrendQuery query;
                query.sites = {site};
                query.from = from;
                query.to = to;
                query.granularity = granularity;
                query.node = reports::NodeRef{level, code};
                auto series = queries.trend(query);
                if (!series || series->empty())
                    continue;
                // A row without units (indirect work) has no productivity to draw.
                bool anyUnits = false;
                for (const reports::TrendPoint &p : series->front().points)
                    anyUnits = anyUnits || p.figures.units > 0;
                if (!anyUnits)
                    continue;
                QList<double> values;
                const auto &points = series->front().points;
                std::size_t next = 0;
                if (granularity == reports::Granularity::Day) {
                    for (QDate day = from; day <= to; day = day.addDays(1)) {
                        double v = NAN;
                        if (next < points.size() && points[next].period == day)
                            v = points[next++].figures.productivity().value_or(NAN);
                        values << v;
                    }
                } else {
                    for (const reports::TrendPoint &p : points)
                        values << p.figures.productivity().value_or(NAN);
                }
                out.insert(code, values);
            }
            return out;
        },
        [this](QHash<QString, QList<double>> series) { m_model->setSparklines(std::move(series)); });
}

void FiguresView::drillTo(const std::optional<reports::NodeRef> &node, const QString &select)
{
    const bool same = (node.has_value() == m_drill.has_value()) &&
                      (!node || (node->level == m_drill->level && node->code == m_drill->code));
    m_drill = node;
    m_selectWhenShown = select;
    m_table->clearSelection();
    if (same && m_model->rowCount() > 0) {
        selectPending();
        emit ready();
        return;
    }
    m_model->clear();
    updateTitle();
    load(false);
}

void FiguresView::rowActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const QString code = m_model->codeAt(index.row());
    if (!m_drill)
        drillTo(reports::NodeRef{reports::Level::Block, code});
    else if (m_drill->level == reports::Level::Block)
        drillTo(reports::NodeRef{reports::Level::Section, code});
    else
        showCell();
}

void FiguresView::selectPending()
{
    const QString code = std::exchange(m_selectWhenShown, QString());
    if (code.isEmpty())
        return;
    const int row = m_model->rowOf(code);
    if (row < 0) {
        emit selectionShown(code, false);
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    emit selectionShown(code, true);
}

QString FiguresView::selectedCode() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty())
        return {};
    return m_model->codeAt(m_proxy->mapToSource(rows.first()).row());
}

void FiguresView::showCell()
{
    if (m_context.sites.isEmpty())
        return;
    reports::CellQuery query;
    query.sites = {m_context.sites.first()};
    query.from = m_context.from;
    query.to = m_context.to;
    QString what;
    const QString code = selectedCode();
    if (!code.isEmpty()) {
        query.node = reports::NodeRef{rowLevel(), code};
        const int row = m_model->rowOf(code);
        what = m_model->data(m_model->index(row, 0)).toString();
    } else if (m_drill) {
        query.node = m_drill;
        what = m_drillTitle->text();
    } else {
        const Site *site = m_scope.site(query.sites.first());
        what = site ? site->name : query.sites.first();
    }
    auto *dialog = new CellDetailDialog(m_queries, query, what, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FiguresView::updateTitle()
{
    m_up->setVisible(m_drill.has_value());
    if (!m_drill) {
        m_drillTitle->setText(tr("Blocks (double-click one for its sections)"));
        return;
    }
    if (m_drill->level == reports::Level::Block) {
        const Block *b = m_scope.block(m_drill->code);
        //: %1 is a block's name
        m_drillTitle->setText(tr("Sections of %1 (double-click one for its activities)")
                                  .arg(b ? localName(m_language, b->nameJa, b->nameEn) : m_drill->code));
        return;
    }
    const Section *s = m_scope.section(m_drill->code);
    //: %1 is a section's name
    m_drillTitle->setText(tr("Activities of %1 (double-click one for its punches and units)")
                              .arg(s ? localName(m_language, s->nameJa, s->nameEn) : m_drill->code));
}

reports::ReportDocument FiguresView::exportDocument() const
{
    reports::ReportDocument doc;
    doc.title = tr("Figures");
    QString level = tr("Blocks");
    if (m_drill && m_drill->level == reports::Level::Block) {
        const Block *b = m_scope.block(m_drill->code);
        //: %1 is a block's name
        level = tr("Sections of %1").arg(b ? localName(m_language, b->nameJa, b->nameEn) : m_drill->code);
    } else if (m_drill) {
        const Section *sec = m_scope.section(m_drill->code);
        //: %1 is a section's name
        level = tr("Activities of %1").arg(sec ? localName(m_language, sec->nameJa, sec->nameEn) : m_drill->code);
    }
    doc.subtitleLines << m_subtitle->text() << level;
    if (m_legend->isVisible())
        doc.subtitleLines << m_legend->text();
    const int trendColumn = m_model->sectionOf(NodeFiguresModel::Trend);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == trendColumn)
            continue;
        doc.table.headers << m_model->headerData(c, Qt::Horizontal).toString();
        if (m_model->columnAt(c) > NodeFiguresModel::Code)
            doc.table.numericColumns.push_back(static_cast<int>(doc.table.headers.size()) - 1);
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            if (c != trendColumn)
                cells << m_proxy->index(r, c).data().toString();
        doc.table.rows.push_back(cells);
    }
    doc.table.emphasis.assign(doc.table.rows.size(), false);
    // The chart: each row's daily units per paid hour (the sparklines), when they are read.
    doc.chartTitle = tr("Units per paid hour");
    const reports::Granularity granularity = reports::trendGranularity(m_context.from, m_context.to);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QVariant spark = m_model->data(m_model->index(r, trendColumn), NodeFiguresModel::SparkRole);
        if (!spark.isValid() || granularity != reports::Granularity::Day)
            continue;
        reports::ChartSeries series;
        series.name = m_model->data(m_model->index(r, 0)).toString();
        series.unit = tr("units/h");
        const auto values = spark.value<QList<double>>();
        for (qsizetype i = 0; i < values.size(); ++i)
            series.points.emplace_back(m_context.from.addDays(i), values[i]);
        doc.leftAxis.push_back(std::move(series));
    }
    return doc;
}

} // namespace wh
