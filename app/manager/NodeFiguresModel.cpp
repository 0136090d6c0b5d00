#include "NodeFiguresModel.h"

#include "FigureFormat.h"

#include <cmath>

namespace wh {

NodeFiguresModel::NodeFiguresModel(QString language, bool showCost, QObject *parent)
    : QAbstractTableModel(parent)
    , m_language(std::move(language))
{
    m_columns = {Name, Code, Hours, Units, UnitsPerHour, Performance};
    if (showCost)
        m_columns << LaborCost << UnitCost;
    m_columns << Trend;
}

void NodeFiguresModel::setRows(std::vector<reports::FigureRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_spark.clear();
    m_maxPerHour = 0;
    m_maxHours = 0;
    for (const reports::FigureRow &row : m_rows) {
        m_maxPerHour = std::max(m_maxPerHour, row.figures.productivity().value_or(0));
        m_maxHours = std::max(m_maxHours, row.figures.paidHours());
    }
    endResetModel();
}

void NodeFiguresModel::setSparklines(QHash<QString, QList<double>> series)
{
    m_spark = std::move(series);
    const int column = sectionOf(Trend);
    if (!m_rows.empty() && column >= 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column), {SparkRole});
}

void NodeFiguresModel::clear()
{
    setRows({});
}

int NodeFiguresModel::rowOf(const QString &code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].code.compare(code, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

QString NodeFiguresModel::codeAt(int row) const
{
    const reports::FigureRow *r = rowAt(row);
    return r ? r->code : QString();
}

const reports::FigureRow *NodeFiguresModel::rowAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int NodeFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NodeFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString NodeFiguresModel::text(const reports::FigureRow &row, Column column) const
{
    const reports::Figures &f = row.figures;
    switch (column) {
    case Name: {
        const QString &preferred = m_language == QLatin1String("ja") ? row.nameJa : row.nameEn;
        return preferred.isEmpty() ? (row.nameJa.isEmpty() ? row.nameEn : row.nameJa) : preferred;
    }
    case Code: return row.code;
    case Hours: return FigureFormat::hours(f.paidSeconds);
    case Units:
        //: Units that add up unlike activities (e.g. pieces and cartons); %1 is the number
        return f.mixedUnits() ? tr("%1 *").arg(FigureFormat::count(f.units)) : FigureFormat::count(f.units);
    case UnitsPerHour: return FigureFormat::perHour(f.units, f.paidSeconds);
    case Performance: return FigureFormat::percent(f.performancePercent());
    case LaborCost: return f.costHidden ? FigureFormat::none() : FigureFormat::yen(f.cost().amount());
    case UnitCost: return FigureFormat::yenPerUnit(f.unitCostYen());
    case Trend: return {};
    }
    return {};
}

QVariant NodeFiguresModel::number(const reports::FigureRow &row, Column column) const
{
    const reports::Figures &f = row.figures;
    auto opt = [](std::optional<double> v) { return v ? QVariant(*v) : QVariant(-1.0); };
    switch (column) {
    case Name: return text(row, Name);
    case Code: return row.code;
    case Hours: return f.paidHours();
    case Units: return f.units;
    case UnitsPerHour: return opt(f.productivity());
    case Performance: return opt(f.performancePercent());
    case LaborCost: return f.costHidden ? QVariant(-1.0) : QVariant(f.cost().amount());
    case UnitCost: return opt(f.unitCostYen());
    case Trend: return opt(f.productivity());
    }
    return {};
}

QVariant NodeFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = m_columns[index.column()];
    const reports::FigureRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                  : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole: return text(row, column);
    case Qt::ToolTipRole:
        if (column == Units && row.figures.mixedUnits())
            return tr("Adds up the units of %n activities of different kinds.", nullptr,
                      static_cast<int>(row.figures.unitActivities));
        if (column == Trend)
            return tr("Units per paid hour, day by day over the period.");
        return text(row, column);
    case SortRole: return number(row, column);
    case CodeRole: return row.code;
    case BarRole:
        if (column == UnitsPerHour && m_maxPerHour > 0)
            return row.figures.productivity().value_or(0) / m_maxPerHour;
        if (column == Hours && m_maxHours > 0)
            return row.figures.paidHours() / m_maxHours;
        return {};
    case SparkRole:
        if (column == Trend) {
            const auto it = m_spark.constFind(row.code);
            if (it != m_spark.constEnd())
                return QVariant::fromValue(*it);
        }
        return {};
    default: return {};
    }
}

QVariant NodeFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const Column column = m_columns[section];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                  : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return tr("Name");
    case Code: return tr("Code");
    case Hours: return tr("Paid hours");
    case Units: return tr("Units");
    case UnitsPerHour: return tr("Units per paid hour");
    case Performance: return tr("Performance");
    case LaborCost: return tr("Labor cost");
    case UnitCost: return tr("Unit cost");
    case Trend: return tr("Daily trend");
    }
    return {};
}

} // namespace wh
