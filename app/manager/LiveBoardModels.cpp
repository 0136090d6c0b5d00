#include "LiveBoardModels.h"

#include "FigureFormat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace wh {

namespace {
// The highlight of a punch open too long: a warm tint, and dark amber text for its duration.
const QColor kLongOpenTint(0xff, 0xf0, 0xd4);
const QColor kLongOpenText(0x9a, 0x4b, 0x00);
const QColor kBreakText(0x5a, 0x6b, 0x7f);

QVariant alignment(bool right)
{
    return QVariant::fromValue(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}
} // namespace

QString LiveTime::since(qint64 ms, qint64 atMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(atMs, zone);
    if (at.date() == now.date())
        return at.toString(QStringLiteral("HH:mm"));
    return at.toString(QStringLiteral("M/d HH:mm"));
}

QString LiveTime::threshold(qint64 ms)
{
    if (ms % (3600 * 1000) == 0)
        //: A whole number of hours, e.g. "10 h"
        return QCoreApplication::translate("wh::LiveTime", "%1 h").arg(ms / (3600 * 1000));
    return length(ms);
}

QString LiveTime::length(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms, 0) / 60000;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// ---------------------------------------------------------------------------------------------

LiveWorkersModel::LiveWorkersModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void LiveWorkersModel::setRows(std::vector<LiveWorkerRow> rows, qint64 atMs, const QTimeZone &zone)
{
    m_atMs = atMs;
    m_zone = zone;
    replaceRows(m_rows, std::move(rows), [](const LiveWorkerRow &r) { return r.worker.workerCode; });
}

void LiveWorkersModel::clear()
{
    if (m_rows.empty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void LiveWorkersModel::setLongOpenMs(qint64 ms)
{
    m_longOpenMs = ms;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LiveWorkersModel::rowOf(const QString &workerCode) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].worker.workerCode == workerCode)
            return static_cast<int>(i);
    return -1;
}

qint64 LiveWorkersModel::openMs(int row) const
{
    return m_atMs - m_rows[static_cast<size_t>(row)].worker.sinceMs;
}

bool LiveWorkersModel::isLongOpen(int row) const
{
    return openMs(row) >= m_longOpenMs;
}

int LiveWorkersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LiveWorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveWorkersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveWorkerRow &r = m_rows[static_cast<size_t>(index.row())];
    const reports::LiveWorker &w = r.worker;
    const bool longOpen = isLongOpen(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Worker: return w.workerCode;
        case Name: return w.workerName;
        case Activity: return r.activityName.isEmpty() ? w.activityCode : r.activityName;
        case Block: return r.blockName.isEmpty() ? w.blockCode : r.blockName;
        case Since: return LiveTime::since(w.sinceMs, m_atMs, m_zone);
        case Duration: return LiveTime::length(openMs(index.row()));
        case Device: return w.deviceId;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Worker: return w.workerCode;
        case Name: return w.workerName;
        case Activity: return r.activityName;
        case Block: return r.blockName;
        case Since: return w.sinceMs;
        case Duration: return openMs(index.row());
        case Device: return w.deviceId;
        default: return {};
        }
    case KindRole: return static_cast<int>(w.kind);
    case LongOpenRole: return longOpen;
    case OpenMsRole: return openMs(index.row());
    case Qt::TextAlignmentRole: return alignment(index.column() == Since || index.column() == Duration);
    case Qt::BackgroundRole:
        if (longOpen)
            return QBrush(kLongOpenTint);
        return {};
    case Qt::ForegroundRole:
        if (longOpen && index.column() == Duration)
            return QBrush(kLongOpenText);
        return {};
    case Qt::FontRole:
        if (longOpen && index.column() == Duration) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        //: Tooltip of a row of the live board; %1 is when the shift began, %2 how long ago
        QString tip = tr("On shift since %1 (%2)")
                          .arg(LiveTime::since(w.shiftStartMs, m_atMs, m_zone),
                               LiveTime::length(m_atMs - w.shiftStartMs));
        if (longOpen)
            //: %1 is the threshold, e.g. "10 h"
            tip += QLatin1Char('\n') + tr("This punch has been open for more than %1: probably a forgotten "
                                          "clock-out. Check with the worker, then correct it.")
                                           .arg(LiveTime::threshold(m_longOpenMs));
        return tip;
    }
    default: return {};
    }
}

QVariant LiveWorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Since || section == Duration);
    if (role == Qt::ToolTipRole && section == Duration)
        return tr("How long the worker has been on this activity (hours:minutes)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Worker: return tr("Worker");
    case Name: return tr("Name");
    case Activity: return tr("Activity");
    case Block: return tr("Block");
    case Since: return tr("Since");
    //: How long the worker has been on the activity (shown as hours:minutes)
    case Duration: return tr("For");
    case Device: return tr("Device");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------

LiveHeadCountModel::LiveHeadCountModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

QString LiveHeadCountModel::kindText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Direct: return tr("Direct");
    case ActivityKind::Indirect: return tr("Indirect");
    case ActivityKind::Break: return tr("Break");
    }
    return {};
}

void LiveHeadCountModel::setRows(std::vector<LiveActivityRow> rows, qint64 atMs)
{
    m_atMs = atMs;
    m_max = 0;
    for (const LiveActivityRow &r : rows)
        m_max = std::max(m_max, r.activity.workers);
    replaceRows(m_rows, std::move(rows), [](const LiveActivityRow &r) { return r.activity.activityCode; });
}

void LiveHeadCountModel::clear()
{
    if (m_rows.empty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
    m_max = 0;
}

int LiveHeadCountModel::rowOf(const QString &activityCode) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].activity.activityCode == activityCode)
            return static_cast<int>(i);
    return -1;
}

int LiveHeadCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LiveHeadCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveHeadCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveActivityRow &r = m_rows[static_cast<size_t>(index.row())];
    const reports::LiveActivity &a = r.activity;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Activity: return r.name.isEmpty() ? a.activityCode : r.name;
        case Block: return r.blockName.isEmpty() ? a.blockCode : r.blockName;
        case Kind: return kindText(a.kind);
        case Workers: return FigureFormat::count(a.workers);
        case Longest: return LiveTime::length(m_atMs - a.longestSinceMs);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Activity: return r.name;
        case Block: return r.blockName;
        case Kind: return static_cast<int>(a.kind);
        case Workers: return a.workers;
        case Longest: return m_atMs - a.longestSinceMs;
        default: return {};
        }
    case ShareRole:
        return index.column() == Workers && m_max > 0 ? static_cast<double>(a.workers) / m_max : 0.0;
    case KindRole: return static_cast<int>(a.kind);
    case Qt::TextAlignmentRole: return alignment(index.column() == Workers || index.column() == Longest);
    case Qt::ToolTipRole: return a.activityCode;
    case Qt::ForegroundRole:
        if (a.kind == ActivityKind::Break)
            return QBrush(kBreakText);
        return {};
    default: return {};
    }
}

QVariant LiveHeadCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Workers || section == Longest);
    if (role == Qt::ToolTipRole && section == Longest)
        return tr("The longest anyone has been on this activity (hours:minutes)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Activity: return tr("Activity");
    case Block: return tr("Block");
    case Kind: return tr("Kind");
    case Workers: return tr("Workers");
    //: The longest time anyone has been on the activity (shown as hours:minutes)
    case Longest: return tr("Longest");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------

LiveWorkerFilter::LiveWorkerFilter(Show show, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_show(show)
{
    setSortRole(LiveWorkersModel::SortRole);
    setSortLocaleAware(true);
}

void LiveWorkerFilter::refilter()
{
    invalidateFilter();
}

bool LiveWorkerFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<ActivityKind>(index.data(LiveWorkersModel::KindRole).toInt());
    switch (m_show) {
    case Show::All: return true;
    case Show::Working: return kind != ActivityKind::Break;
    case Show::OnBreak: return kind == ActivityKind::Break;
    case Show::LongOpen: return index.data(LiveWorkersModel::LongOpenRole).toBool();
    }
    return true;
}

} // namespace wh
