#pragma once

#include "Clock.h"
#include "OverviewLoader.h"
#include "ScannerText.h"
#include "ScannerWedgeDetector.h"
#include "Store.h"

#include <QMainWindow>
#include <QThread>

class QComboBox;
class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace wh {

class BlockFiguresModel;
class BlockHoursChart;
class FigureTile;
class NodeFiguresModel;
class PeriodPicker;

// The manager's first screen: pick a site and a period, see the store's figures for them (business
// days, workers, hours, punches, units, units per hour) and the same per block. The store is read
// by an OverviewLoader on a worker thread; only the newest request's answer is shown.
// The figures table drills down block > section > activity (double-click a row, "Up" goes back). A
// barcode scan (scanned()) of a block, section or activity code shows the level where that node is
// a row and selects it; a site code switches the site; anything else is a status message.
// GUI thread only; `store` must outlive the window.
class ManagerWindow : public QMainWindow {
    Q_OBJECT

public:
    // `language` ("ja" or "en") picks the block names.
    ManagerWindow(db::Store &store, QString language, const Clock &clock, QWidget *parent = nullptr);
    ~ManagerWindow() override;

    // The node whose children the table shows; none: the blocks.
    [[nodiscard]] std::optional<reports::NodeRef> drill() const { return m_drill; }
    // The code of the selected row of the table; empty when none is selected.
    [[nodiscard]] QString selectedCode() const;
    [[nodiscard]] QString siteCode() const;

    // The barcode scanner's defaults for wh-manager: codes as short as 2 characters are scans (site
    // codes such as "S1", block codes such as "INB"); the window has no field where a person would
    // type three keys and Enter within 35 ms.
    [[nodiscard]] static drivers::ScannerWedgeDetector::Options scannerDefaults();

public slots:
    // A barcode was scanned (keyboard-wedge or serial scanner).
    void scanned(const wh::drivers::ScannedCode &code);
    void scanRejected(const QString &raw, const wh::Error &error);
    // Shows the rows under `node` (a block or section; none: the blocks) and selects `select` there.
    void drillTo(const std::optional<wh::reports::NodeRef> &node, const QString &select = {});

signals:
    // Figures (or the reason there are none) are on screen.
    void figuresShown();

private:
    void showScope(const wh::StoreScope &scope);
    void showOverview(quint64 request, const wh::reports::PeriodOverview &overview);
    void showFailure(quint64 request, const wh::Error &error);
    void showLevel(quint64 request, const wh::LevelFigures &figures);
    // Reads the figures of the site and period on the loader thread as one request: the overview
    // (with `overview`) and, when the table is drilled down, the level's rows.
    void requestFigures(bool overview);
    // The status message that the figures on screen were read now.
    void showReadTime();
    // A block's, section's or activity's name in the window's language.
    [[nodiscard]] QString localName(const QString &ja, const QString &en) const;
    void rowActivated(const QModelIndex &index);
    void useModel(QAbstractItemModel *model);
    void selectPending();
    void updateDrillTitle();
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
    NodeFiguresModel *m_nodeModel;
    std::optional<reports::NodeRef> m_drill;
    QString m_selectWhenShown; // a scanned code to select once its rows are on screen
    QString m_scanNote;        // the status message of that scan
    QLabel *m_drillTitle;
    QPushButton *m_up;
    QTableView *m_table;
    BlockHoursChart *m_chart;
};

} // namespace wh
