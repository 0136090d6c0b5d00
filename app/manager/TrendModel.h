#pragma once

#include "FigureQueries.h"
#include "ReportRender.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace wh {

// The figures of the trends page as a table: one row per period (day or month) and site, in
// period order and, within a period, in the order of the sites compared; then one total row per
// site over the whole period (its ratios computed from its sums, never averaged). Columns: period,
// site, units, paid hours, units per paid hour and, when the reader may see costs, labor cost and
// unit cost. The column of the chosen metric is the one the chart draws; it is shown in bold.
// GUI thread only.
class TrendModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // What the chart draws.
    enum class Metric { Productivity, UnitCost, LaborCost, Hours, Units };
    // The columns a table may have; columns() says which this one has.
    enum class Field { Period, Site, Units, Hours, Productivity, LaborCost, UnitCost };

    // `seesCost` false (a leader): no cost columns and no cost metric.
    explicit TrendModel(bool seesCost, QObject *parent = nullptr);

    // The metrics a reader may choose: without costs (a leader), no labor cost, no unit cost.
    [[nodiscard]] static std::vector<Metric> metricsFor(bool seesCost);
    [[nodiscard]] static QString metricName(Metric metric); // "Productivity", translated
    [[nodiscard]] static QString metricUnit(Metric metric); // "units/h", translated
    [[nodiscard]] static bool isCostMetric(Metric metric)
    {
        return metric == Metric::UnitCost || metric == Metric::LaborCost;
    }
    // The value the chart draws for `figures`: nullopt where the table shows a dash (no hours, no
    // units for a ratio, a cost the reader may not see).
    [[nodiscard]] static std::optional<double> value(const reports::Figures &figures, Metric metric);

    // Shows `series` (one per site, as trend() gives them). `siteNames` maps site codes to the
    // names shown (a code without a name shows the code).
    void setTrend(std::vector<reports::TrendSeries> series, reports::Granularity granularity,
                  QHash<QString, QString> siteNames);
    void clear();
    // Ignored for a cost metric when the reader may not see costs.
    void setMetric(Metric metric);
    [[nodiscard]] Metric metric() const { return m_metric; }
    [[nodiscard]] reports::Granularity granularity() const { return m_granularity; }
    [[nodiscard]] const std::vector<reports::TrendSeries> &series() const { return m_series; }
    [[nodiscard]] const std::vector<Field> &columns() const { return m_columns; }
    // The column of `field`; -1 when this table has none (a cost column for a leader).
    [[nodiscard]] int columnOf(Field field) const;
    // The column the chosen metric is read from.
    [[nodiscard]] int metricColumn() const;
    // A total row (a site over the whole period).
    [[nodiscard]] bool isTotalRow(int row) const;
    // The site code of a row (empty outside the rows).
    [[nodiscard]] QString siteAt(int row) const;
    // The figures of a row (a period's point, or a site's total).
    [[nodiscard]] std::optional<reports::Figures> figuresAt(int row) const;
    // Some row adds the units of more than one activity.
    [[nodiscard]] bool anyMixedUnits() const;

    // The table as the export has it: the headers and the formatted cells of every row, the
    // numeric columns right-aligned, the total rows emphasised.
    [[nodiscard]] reports::ReportTable reportTable() const;
    // The chosen metric's line per site, as the chart draws it (gaps where value() has none).
    [[nodiscard]] std::vector<reports::ChartSeries> chartSeries() const;
    // The period's label: "2026-07-01" for a day, "2026-07" for a month.
    [[nodiscard]] static QString periodText(const QDate &period, reports::Granularity granularity);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row {
        size_t series = 0;
        std::optional<size_t> point; // none: the series' total
    };
    [[nodiscard]] const reports::Figures &figuresOf(const Row &row) const;
    [[nodiscard]] QString cellText(const Row &row, Field field) const;
    [[nodiscard]] QString siteName(const QString &code) const;
    [[nodiscard]] static QString fieldHeader(Field field);
    [[nodiscard]] static Field fieldOf(Metric metric);

    std::vector<reports::TrendSeries> m_series;
    std::vector<reports::Figures> m_totals; // per series
    std::vector<Row> m_rows;
    std::vector<Field> m_columns;
    QHash<QString, QString> m_siteNames;
    reports::Granularity m_granularity = reports::Granularity::Day;
    Metric m_metric = Metric::Productivity;
};

} // namespace wh
