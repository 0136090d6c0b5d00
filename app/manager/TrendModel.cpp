#include "TrendModel.h"

#include "FigureFormat.h"

#include <QFont>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wh {

namespace {
// A site's figures over the whole period: the sums of its points. The distinct activities with
// units do not add up across points; the most of any point is kept, so a total is marked
// "mixed units" whenever one of its points is.
reports::Figures sumOf(const std::vector<reports::TrendPoint> &points)
{
    reports::Figures total;
    for (const reports::TrendPoint &p : points) {
        const reports::Figures &f = p.figures;
        total.units += f.units;
        total.paidSeconds += f.paidSeconds;
        total.directSeconds += f.directSeconds;
        total.indirectSeconds += f.indirectSeconds;
        total.baseYen += f.baseYen;
        total.premiumYen += f.premiumYen;
        total.earnedHours += f.earnedHours;
        total.standardPaidSeconds += f.standardPaidSeconds;
        total.unitActivities = std::max(total.unitActivities, f.unitActivities);
        total.costHidden = total.costHidden || f.costHidden;
    }
    return total;
}
} // namespace

TrendModel::TrendModel(bool seesCost, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_columns = {Field::Period, Field::Site, Field::Units, Field::Hours, Field::Productivity};
    if (seesCost)
        m_columns.insert(m_columns.end(), {Field::LaborCost, Field::UnitCost});
}

std::vector<TrendModel::Metric> TrendModel::metricsFor(bool seesCost)
{
    if (seesCost)
        return {Metric::Productivity, Metric::UnitCost, Metric::LaborCost, Metric::Hours, Metric::Units};
    return {Metric::Productivity, Metric::Hours, Metric::Units};
}

QString TrendModel::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Productivity: return tr("Productivity");
    case Metric::UnitCost: return tr("Unit cost");
    case Metric::LaborCost: return tr("Labor cost");
    case Metric::Hours: return tr("Paid hours");
    case Metric::Units: return tr("Units");
    }
    return {};
}

QString TrendModel::metricUnit(Metric metric)
{
    switch (metric) {
    //: Unit of productivity: units per paid hour
    case Metric::Productivity: return tr("units/h");
    //: Unit of the unit cost: yen per unit
    case Metric::UnitCost: return tr("yen/unit");
    case Metric::LaborCost: return tr("yen");
    //: Unit of paid hours
    case Metric::Hours: return tr("h");
    case Metric::Units: return tr("units");
    }
    return {};
}

std::optional<double> TrendModel::value(const reports::Figures &figures, Metric metric)
{
    switch (metric) {
    case Metric::Productivity:
        // As the table: a dash (no point) without hours or without units.
        if (figures.units <= 0 || figures.paidSeconds <= 0)
            return std::nullopt;
        return figures.productivity();
    case Metric::UnitCost:
        if (figures.units <= 0)
            return std::nullopt;
        return figures.unitCostYen(); // none when hidden
    case Metric::LaborCost:
        if (figures.costHidden)
            return std::nullopt;
        return static_cast<double>(figures.cost().amount());
    case Metric::Hours: return figures.paidHours();
    case Metric::Units: return static_cast<double>(figures.units);
    }
    return std::nullopt;
}

TrendModel::Field TrendModel::fieldOf(Metric metric)
{
    switch (metric) {
    case Metric::Productivity: return Field::Productivity;
    case Metric::UnitCost: return Field::UnitCost;
    case Metric::LaborCost: return Field::LaborCost;
    case Metric::Hours: return Field::Hours;
    case Metric::Units: return Field::Units;
    }
    return Field::Productivity;
}

QString TrendModel::periodText(const QDate &period, reports::Granularity granularity)
{
    return granularity == reports::Granularity::Month ? period.toString(QStringLiteral("yyyy-MM"))
                                                      : period.toString(Qt::ISODate);
}

void TrendModel::setTrend(std::vector<reports::TrendSeries> series, reports::Granularity granularity,
                          QHash<QString, QString> siteNames)
{
    beginResetModel();
    m_series = std::move(series);
    m_granularity = granularity;
    m_siteNames = std::move(siteNames);
    m_totals.clear();
    m_rows.clear();
    // Merge the series by period: every period's rows together, sites in the order given.
    std::vector<size_t> next(m_series.size(), 0);
    for (;;) {
        QDate earliest;
        for (size_t s = 0; s < m_series.size(); ++s)
            if (next[s] < m_series[s].points.size()) {
                const QDate d = m_series[s].points[next[s]].period;
                if (!earliest.isValid() || d < earliest)
                    earliest = d;
            }
        if (!earliest.isValid())
            break;
        for (size_t s = 0; s < m_series.size(); ++s)
            if (next[s] < m_series[s].points.size() && m_series[s].points[next[s]].period == earliest)
                m_rows.push_back({s, next[s]++});
    }
    for (size_t s = 0; s < m_series.size(); ++s) {
        m_totals.push_back(sumOf(m_series[s].points));
        if (!m_series[s].points.empty())
            m_rows.push_back({s, std::nullopt});
    }
    endResetModel();
}

void TrendModel::clear()
{
    beginResetModel();
    m_series.clear();
    m_totals.clear();
    m_rows.clear();
    endResetModel();
}

void TrendModel::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    if (columnOf(fieldOf(metric)) < 0)
        return; // a cost metric for a reader who may not see costs
    m_metric = metric;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int TrendModel::columnOf(Field field) const
{
    const auto it = std::find(m_columns.begin(), m_columns.end(), field);
    return it == m_columns.end() ? -1 : static_cast<int>(it - m_columns.begin());
}

int TrendModel::metricColumn() const
{
    return columnOf(fieldOf(m_metric));
}

bool TrendModel::isTotalRow(int row) const
{
    return row >= 0 && row < rowCount() && !m_rows[static_cast<size_t>(row)].point;
}

QString TrendModel::siteAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_series[m_rows[static_cast<size_t>(row)].series].site;
}

std::optional<reports::Figures> TrendModel::figuresAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return figuresOf(m_rows[static_cast<size_t>(row)]);
}

bool TrendModel::anyMixedUnits() const
{
    return std::any_of(m_totals.begin(), m_totals.end(),
                       [](const reports::Figures &f) { return f.mixedUnits(); });
}

const reports::Figures &TrendModel::figuresOf(const Row &row) const
{
    if (row.point)
        return m_series[row.series].points[*row.point].figures;
    return m_totals[row.series];
}

QString TrendModel::siteName(const QString &code) const
{
    const QString name = m_siteNames.value(code);
    return name.isEmpty() ? code : name;
}

QString TrendModel::cellText(const Row &row, Field field) const
{
    const reports::Figures &f = figuresOf(row);
    switch (field) {
    case Field::Period:
        return row.point ? periodText(m_series[row.series].points[*row.point].period, m_granularity)
                         : tr("Total");
    case Field::Site: return siteName(m_series[row.series].site);
    case Field::Units: return FigureFormat::count(f.units);
    case Field::Hours: return FigureFormat::hours(f.paidSeconds);
    case Field::Productivity: return FigureFormat::perHour(f.units, f.paidSeconds);
    // As the figures page shows them: "¥1,234", "¥12.3".
    case Field::LaborCost: return f.costHidden ? FigureFormat::none() : FigureFormat::yen(f.cost().amount());
    case Field::UnitCost: return FigureFormat::yenPerUnit(value(f, Metric::UnitCost));
    }
    return {};
}

QString TrendModel::fieldHeader(Field field)
{
    switch (field) {
    case Field::Period: return tr("Period");
    case Field::Site: return tr("Site");
    case Field::Units: return tr("Units");
    case Field::Hours: return tr("Paid hours");
    case Field::Productivity: return tr("Units per paid hour");
    case Field::LaborCost: return tr("Labor cost");
    case Field::UnitCost: return tr("Unit cost");
    }
    return {};
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const Field field = m_columns[static_cast<size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return cellText(row, field);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(field == Field::Period || field == Field::Site
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (!row.point || index.column() == metricColumn()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Field field = m_columns[static_cast<size_t>(section)];
    switch (role) {
    case Qt::DisplayRole: return fieldHeader(field);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(field == Field::Period || field == Field::Site
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (section == metricColumn()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

reports::ReportTable TrendModel::reportTable() const
{
    reports::ReportTable table;
    for (Field field : m_columns)
        table.headers << fieldHeader(field);
    for (size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c] != Field::Period && m_columns[c] != Field::Site)
            table.numericColumns.push_back(static_cast<int>(c));
    for (const Row &row : m_rows) {
        QStringList cells;
        for (Field field : m_columns)
            cells << cellText(row, field);
        table.rows.push_back(cells);
        table.indent.push_back(0);
        table.emphasis.push_back(!row.point);
    }
    return table;
}

std::vector<reports::ChartSeries> TrendModel::chartSeries() const
{
    std::vector<reports::ChartSeries> out;
    const double gap = std::numeric_limits<double>::quiet_NaN();
    for (const reports::TrendSeries &s : m_series) {
        reports::ChartSeries line;
        line.name = siteName(s.site);
        line.unit = metricUnit(m_metric);
        line.joinWithinDays = m_granularity == reports::Granularity::Month ? 31 : 1;
        for (const reports::TrendPoint &p : s.points)
            line.points.emplace_back(p.period, value(p.figures, m_metric).value_or(gap));
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace wh
