#include "WorkflowListModel.h"

namespace wh {

WorkflowListModel::WorkflowListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Each arrives with its own issue; until then the tile says so.
    m_workflows = {
        {QStringLiteral("measure"), tr("Measure"), tr("Measure a garment against its care-label QR"), true},
        {QStringLiteral("switch"), tr("Switch activity"), tr("Punch into another activity"), true},
        {QStringLiteral("inspect"), tr("Inspect"), tr("Record defects with a photo"), false},
        {QStringLiteral("progress"), tr("Progress"), tr("Scan items through production stages"), false},
    };
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workflows.size());
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workflow &w = m_workflows[static_cast<size_t>(index.row())];
    switch (role) {
    case KeyRole: return w.key;
    case Qt::DisplayRole:
    case TitleRole: return w.title;
    case DescriptionRole: return w.description;
    case AvailableRole: return w.available;
    case NoteRole: return w.available ? QString() : tr("Coming soon");
    default: return {};
    }
}

QHash<int, QByteArray> WorkflowListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {AvailableRole, "available"},
            {NoteRole, "note"}};
}

} // namespace wh
