#pragma once

#include "StoreOverview.h"

#include <QChartView>

namespace wh {

// Hours worked per block in the chosen period, as horizontal bars (blocks in tree order, top
// down). Units are not compared across blocks: their work differs too much. GUI thread only.
class BlockHoursChart : public QChartView {
    Q_OBJECT

public:
    // `language` ("ja" or "en") picks the block names.
    explicit BlockHoursChart(QString language, QWidget *parent = nullptr);

    void setOverview(const reports::PeriodOverview &overview);
    void clear();

private:
    QString m_language;
};

} // namespace wh
