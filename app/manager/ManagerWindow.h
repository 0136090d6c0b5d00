#pragma once

#include "Clock.h"
#include "OverviewLoader.h"
#include "Store.h"

#include <QMainWindow>
#include <QThread>

class QComboBox;
class QLabel;
class QTableView;

namespace wh {

class BlockFiguresModel;
class BlockHoursChart;
class FigureTile;
class PeriodPicker;

// The manager's first screen: pick a site and a period, see the store's figures for them (business
// days, workers, hours, punches, units, units per hour) and the same per block. The store is read
// by an OverviewLoader on a worker thread; only the newest request's answer is shown.
// GUI thread only; `store` must outlive the window.
class ManagerWindow : public QMainWindow {
    Q_OBJECT

public:
    // `language` ("ja" or "en") picks the block names.
    ManagerWindow(db::Store &store, QString language, const Clock &clock, QWidget *parent = nullptr);
    ~ManagerWindow() override;

signals:
    // Figures (or the reason there are none) are on screen.
    void figuresShown();

private:
    void showScope(const wh::StoreScope &scope);
    void showOverview(quint64 request, const wh::reports::PeriodOverview &overview);
    void showFailure(quint64 request, const wh::Error &error);
    void siteChosen();
    void requestOverview();
    [[nodiscard]] const Site *currentSite() const;
    [[nodiscard]] QDate todayAt(const Site &site) const;

    const Clock &m_clock;
    QString m_language;
    QThread m_thread;
    OverviewLoader *m_loader;
    StoreScope m_scope;
    quint64 m_request = 0;

    QComboBox *m_site;
    PeriodPicker *m_period;
    QLabel *m_subtitle;
    FigureTile *m_days;
    FigureTile *m_workers;
    FigureTile *m_hours;
    FigureTile *m_punches;
    FigureTile *m_units;
    FigureTile *m_perHour;
    BlockFiguresModel *m_model;
    QTableView *m_table;
    BlockHoursChart *m_chart;
};

} // namespace wh
