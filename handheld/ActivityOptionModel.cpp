#include "ActivityOptionModel.h"

#include "SiteText.h"

namespace wh {

ActivityOptionModel::ActivityOptionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ActivityOptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ActivityOptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const db::ActivityOption &o = m_options[m_rows[static_cast<size_t>(index.row())]];
    switch (role) {
    case CodeRole: return o.activity.code;
    case Qt::DisplayRole:
    case NameRole: return SiteText::localizedName(o.activity.nameJa, o.activity.nameEn);
    case BlockRole: return o.blockCode;
    case RecentRole: return o.recent;
    case FavouriteRole: return o.favourite;
    case CurrentRole: return !m_current.isEmpty() && o.activity.code == m_current;
    case SuggestedRole: return m_suggested.contains(o.activity.code);
    default: return {};
    }
}

QHash<int, QByteArray> ActivityOptionModel::roleNames() const
{
    return {{CodeRole, "code"},          {NameRole, "name"},           {BlockRole, "block"},
            {RecentRole, "recent"},      {FavouriteRole, "favourite"}, {CurrentRole, "current"},
            {SuggestedRole, "suggested"}};
}

void ActivityOptionModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    rebuildRows();
    emit filterChanged();
}

void ActivityOptionModel::setOptions(std::vector<db::ActivityOption> options)
{
    m_options = std::move(options);
    rebuildRows();
}

void ActivityOptionModel::rebuildRows()
{
    const int before = count();
    const QString needle = m_filter.trimmed();
    beginResetModel();
    m_rows.clear();
    for (size_t i = 0; i < m_options.size(); ++i) {
        const Activity &a = m_options[i].activity;
        if (needle.isEmpty() || a.code.contains(needle, Qt::CaseInsensitive) ||
            a.nameJa.contains(needle, Qt::CaseInsensitive) || a.nameEn.contains(needle, Qt::CaseInsensitive))
            m_rows.push_back(i);
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void ActivityOptionModel::setCurrent(const QString &activityCode)
{
    if (m_current == activityCode)
        return;
    m_current = activityCode;
    flagsChanged(CurrentRole);
}

void ActivityOptionModel::setSuggested(const QStringList &activityCodes)
{
    if (m_suggested == activityCodes)
        return;
    m_suggested = activityCodes;
    flagsChanged(SuggestedRole);
}

void ActivityOptionModel::flagsChanged(int role)
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {role});
}

int ActivityOptionModel::rowOf(const QString &activityCode) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_options[m_rows[row]].activity.code == activityCode)
            return static_cast<int>(row);
    return -1;
}

const db::ActivityOption *ActivityOptionModel::option(const QString &activityCode) const
{
    for (const db::ActivityOption &o : m_options)
        if (o.activity.code == activityCode)
            return &o;
    return nullptr;
}

QString ActivityOptionModel::nameOf(const QString &activityCode) const
{
    const db::ActivityOption *o = option(activityCode);
    return o ? SiteText::localizedName(o->activity.nameJa, o->activity.nameEn) : QString();
}

} // namespace wh
