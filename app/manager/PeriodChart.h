#pragma once

#include "FigureQueries.h"

#include <QChartView>
#include <QColor>
#include <QDate>

#include <utility>
#include <vector>

namespace wh {

// A chart over the days or the months of a period: lines (each on the left or the right value
// axis) and stacked bars (left axis). The horizontal axis has a slot for every day (month) from
// `from` to `to`, so a day without a figure is a visible gap, not a squeezed-out point; its labels
// are thinned to what the width holds (they never overlap) and follow the width on resize.
// Trends draw a metric per site with it, the person page a worker's units per day (bars, stacked by
// activity) and hours (a line). GUI thread only.
class PeriodChart : public QChartView {
    Q_OBJECT

public:
    struct Series {
        QString name;
        // A date outside the period is ignored; an absent date or a NaN value is a gap in a line
        // (and no bar).
        std::vector<std::pair<QDate, double>> points;
        QColor color;           // invalid: reports::chartSeriesColor of its place
        bool rightAxis = false; // lines only
    };

    struct Content {
        QString title;
        reports::Granularity granularity = reports::Granularity::Day;
        QDate from;
        QDate to;
        std::vector<Series> bars; // stacked, on the left axis
        std::vector<Series> lines;
        QString leftTitle;
        QString rightTitle; // the right axis exists when a line is on it
        int leftDecimals = 0;
        int rightDecimals = 0;
    };

    explicit PeriodChart(QWidget *parent = nullptr);

    void setContent(Content content);
    // An empty chart that says `text` (no figures, an error, loading).
    void showMessage(const QString &text);
    [[nodiscard]] const Content &content() const { return m_content; }
    // The number of slots on the horizontal axis (days or months of the period); 0 for a message.
    [[nodiscard]] int slotCount() const;
    // The labels on the horizontal axis now, left to right.
    [[nodiscard]] QStringList axisLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void removeAll();
    [[nodiscard]] int slotOf(const QDate &date) const;
    [[nodiscard]] QDate dateOfSlot(int slot) const;
    [[nodiscard]] int labelStep() const;
    [[nodiscard]] int valueTicks() const;

    Content m_content;
    bool m_hasContent = false;
    int m_renderedStep = 0;
    int m_renderedTicks = 0;
};

} // namespace wh
