#include "PersonMonthModel.h"

#include "FigureFormat.h"

namespace wh {

PersonMonthModel::PersonMonthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonMonthModel::setMonths(std::vector<reports::PersonMonth> months)
{
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
}

void PersonMonthModel::clear()
{
    setMonths({});
}

QString PersonMonthModel::monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString PersonMonthModel::cellText(int row, int column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const reports::PersonMonth &m = m_months[static_cast<size_t>(row)];
    switch (column) {
    case Month: return monthText(m.month);
    case Units: return FigureFormat::count(m.units);
    case Hours: return FigureFormat::hours(m.seconds);
    case Productivity: return FigureFormat::perHour(m.units, m.seconds);
    default: return {};
    }
}

int PersonMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int PersonMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Month ? Qt::AlignLeft | Qt::AlignVCenter
                                                           : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant PersonMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Month ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Productivity)
        return tr("The month's average productivity: its units over its paid hours.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month: return tr("Month");
    case Units: return tr("Units");
    case Hours: return tr("Paid hours");
    //: Column header: the month's average productivity, units per paid hour
    case Productivity: return tr("Units/h");
    default: return {};
    }
}

} // namespace wh
