#include "NodeFiguresModel.h"

#include "FigureFormat.h"

namespace wh {

NodeFiguresModel::NodeFiguresModel(QString language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_language(std::move(language))
{
}

void NodeFiguresModel::setRows(std::vector<reports::FigureRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void NodeFiguresModel::clear()
{
    setRows({});
}

int NodeFiguresModel::rowOf(const QString &code) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].code == code)
            return static_cast<int>(i);
    return -1;
}

QString NodeFiguresModel::codeAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)].code
                                                             : QString();
}

int NodeFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NodeFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const reports::FigureRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const reports::Figures &f = row.figures;
    switch (index.column()) {
    case Name: return m_language == QLatin1String("ja") ? row.nameJa : row.nameEn;
    case Code: return row.code;
    case Hours: return FigureFormat::hours(f.paidSeconds);
    case Units: return FigureFormat::count(f.units);
    case UnitsPerHour: return FigureFormat::perHour(f.units, f.paidSeconds);
    default: return {};
    }
}

QVariant NodeFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Code: return tr("Code");
    case Hours: return tr("Paid hours");
    case Units: return tr("Units");
    case UnitsPerHour: return tr("Units per paid hour");
    default: return {};
    }
}

} // namespace wh
