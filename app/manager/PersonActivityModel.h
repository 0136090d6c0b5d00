#pragma once

#include "FigureQueries.h"
#include "ReportRender.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace wh {

// The activities of a worker's page (reports::PersonPage) as a table: one row per activity in
// tree order with units, paid hours, units per paid hour, the activity's standard and the
// performance against it, then a total row ("All activities"). Units, hours and productivity
// only: a person's page never has a cost or a wage (the query has none). GUI thread only.
class PersonActivityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Code, Units, Hours, Productivity, Standard, Performance, ColumnCount };

    // `language` ("ja" or "en") picks the activity names.
    explicit PersonActivityModel(QString language, QObject *parent = nullptr);

    void setPage(reports::PersonPage page);
    void setLanguage(const QString &language);
    void clear();
    [[nodiscard]] const reports::PersonPage &page() const { return m_page; }
    // The activity of a row; empty for the total row (and outside the rows).
    [[nodiscard]] QString activityAt(int row) const;
    [[nodiscard]] int rowOf(const QString &activity) const;
    [[nodiscard]] bool isTotalRow(int row) const;
    // An activity's name in the model's language.
    [[nodiscard]] QString nameOf(const reports::PersonActivity &activity) const;

    // The worker's days (months) over every activity, or over `activity` alone: units and hours
    // summed per day (month), ascending.
    [[nodiscard]] static std::vector<reports::PersonDay> daysOf(const reports::PersonPage &page,
                                                                const QString &activity = {});
    [[nodiscard]] static std::vector<reports::PersonMonth> monthsOf(const reports::PersonPage &page,
                                                                    const QString &activity = {});
    // More than one activity of the page has units: the total adds unlike units.
    [[nodiscard]] static bool mixedUnits(const reports::PersonPage &page);

    // The rows as the export has them (the total row emphasised).
    [[nodiscard]] std::vector<QStringList> formattedRows() const;
    [[nodiscard]] QStringList headers() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString cellText(int row, int column) const;

    QString m_language;
    reports::PersonPage m_page;
};

} // namespace wh
