#include "BlockFiguresModel.h"

#include "FigureFormat.h"

#include <QFont>

namespace wh {

BlockFiguresModel::BlockFiguresModel(QString language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_language(std::move(language))
{
}

void BlockFiguresModel::setOverview(const reports::PeriodOverview &overview)
{
    beginResetModel();
    m_overview = overview;
    m_hasOverview = true;
    endResetModel();
}

void BlockFiguresModel::clear()
{
    beginResetModel();
    m_overview = {};
    m_hasOverview = false;
    endResetModel();
}

int BlockFiguresModel::rowOf(const QString &blockCode) const
{
    for (std::size_t i = 0; i < m_overview.blocks.size(); ++i)
        if (m_overview.blocks[i].blockCode == blockCode)
            return static_cast<int>(i);
    return -1;
}

QString BlockFiguresModel::codeAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_overview.blocks.size())
               ? m_overview.blocks[static_cast<std::size_t>(row)].blockCode
               : QString();
}

int BlockFiguresModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_hasOverview)
        return 0;
    return static_cast<int>(m_overview.blocks.size()) + 1;
}

int BlockFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Block ? Qt::AlignLeft | Qt::AlignVCenter
                                                           : Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    qint64 workers = m_overview.workers;
    qint64 seconds = m_overview.workSeconds;
    qint64 units = m_overview.units;
    QString name = tr("All blocks");
    if (!total) {
        const auto &b = m_overview.blocks[static_cast<size_t>(index.row())];
        workers = b.workers;
        seconds = b.workSeconds;
        units = b.units;
        name = m_language == QLatin1String("ja") ? b.nameJa : b.nameEn;
    }
    switch (index.column()) {
    case Block: return name;
    case Workers: return FigureFormat::count(workers);
    case Hours: return FigureFormat::hours(seconds);
    case Units: return FigureFormat::count(units);
    case UnitsPerHour: return FigureFormat::perHour(units, seconds);
    default: return {};
    }
}

QVariant BlockFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Block ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Block: return tr("Block");
    case Workers: return tr("Workers");
    case Hours: return tr("Hours worked");
    case Units: return tr("Units");
    case UnitsPerHour: return tr("Units per hour");
    default: return {};
    }
}

} // namespace wh
