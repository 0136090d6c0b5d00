#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace wh {

// The workflows the handheld's home screen offers as tiles. A workflow that is not built yet is
// listed as unavailable with a note, so its tile is drawn disabled instead of doing nothing.
// GUI thread only.
class WorkflowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The home view-model provides it.")

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, DescriptionRole, AvailableRole, NoteRole };

    explicit WorkflowListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Workflow {
        QString key;
        QString title;
        QString description;
        bool available = false;
    };
    std::vector<Workflow> m_workflows;
};

} // namespace wh
