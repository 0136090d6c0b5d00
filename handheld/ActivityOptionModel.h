#pragma once

#include "PunchService.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace wh {

// The activities a worker may switch to from the handheld, in the kiosk chooser's order (their
// recent ones first, then their favourites, then the site's tree), marked: recent, favourite, the
// one they are on (current), the ones the forgotten-punch guard suggests (suggested). A filter
// (typed text) keeps the rows whose code or name (either language) contains it. GUI thread.
class ActivityOptionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The activity view-model provides it.")

    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        BlockRole,
        RecentRole,
        FavouriteRole,
        CurrentRole,
        SuggestedRole,
    };

    explicit ActivityOptionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }

    void setOptions(std::vector<db::ActivityOption> options);
    void setCurrent(const QString &activityCode);
    void setSuggested(const QStringList &activityCodes);
    // The row of an activity among those shown, or -1.
    Q_INVOKABLE int rowOf(const QString &activityCode) const;
    // The activity's name in the current language, or empty when it is not an option.
    [[nodiscard]] QString nameOf(const QString &activityCode) const;
    // The option, whether the filter shows it or not; nullptr when it is not an option.
    [[nodiscard]] const db::ActivityOption *option(const QString &activityCode) const;

signals:
    void filterChanged();
    void countChanged();

private:
    void rebuildRows();
    void flagsChanged(int role);

    std::vector<db::ActivityOption> m_options;
    std::vector<size_t> m_rows; // indexes into m_options of the rows shown (the filter's)
    QString m_filter;
    QString m_current;
    QStringList m_suggested;
};

} // namespace wh
