#pragma once

#include "KeyedTableModel.h"
#include "LiveFloor.h"

#include <QSortFilterProxyModel>
#include <QTimeZone>

#include <vector>

namespace wh {

// The live board's tables (see LiveBoardView). Each refresh replaces the rows in place (keyed by
// worker or activity), so a selected row stays selected and the table does not jump. Times are
// shown in the site's time zone, durations up to the moment the floor was read. GUI thread only.

// How the live board writes a time and a length of time. Pure; any thread.
struct LiveTime {
    // "14:05"; "12/4 22:10" when `ms` is on an earlier calendar day than `atMs` (in `zone`).
    [[nodiscard]] static QString since(qint64 ms, qint64 atMs, const QTimeZone &zone);
    // "3:25" (hours:minutes, hours not wrapped at 24); negative lengths read as 0:00.
    [[nodiscard]] static QString length(qint64 ms);
    // A threshold: "10 h" for whole hours, else as length().
    [[nodiscard]] static QString threshold(qint64 ms);
};

// One worker on the floor, with the names the view looked up in the activity tree.
struct LiveWorkerRow {
    reports::LiveWorker worker;
    QString activityName;
    QString blockName;
};

// Who is on which activity since when: one row per worker with an open punch.
class LiveWorkersModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Worker, Name, Activity, Block, Since, Duration, Device, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: codes, names, ms
        KindRole,                    // ActivityKind as int
        LongOpenRole,                // bool: open at least the threshold
        OpenMsRole,                  // qint64: how long the punch has been open
    };

    explicit LiveWorkersModel(QObject *parent = nullptr);

    // The rows as read at `atMs`, in the order to show them.
    void setRows(std::vector<LiveWorkerRow> rows, qint64 atMs, const QTimeZone &zone);
    void clear();
    // A punch open at least this long is highlighted as likely forgotten (default 10 h).
    void setLongOpenMs(qint64 ms);
    [[nodiscard]] qint64 longOpenMs() const { return m_longOpenMs; }

    [[nodiscard]] const LiveWorkerRow &rowAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    [[nodiscard]] int rowOf(const QString &workerCode) const;
    [[nodiscard]] qint64 openMs(int row) const;
    [[nodiscard]] bool isLongOpen(int row) const;
    [[nodiscard]] qint64 atMs() const { return m_atMs; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<LiveWorkerRow> m_rows;
    qint64 m_atMs = 0;
    QTimeZone m_zone;
    qint64 m_longOpenMs = 10LL * 3600 * 1000;
};

// One activity with somebody on it, and its head-count.
struct LiveActivityRow {
    reports::LiveActivity activity;
    QString name;
    QString blockName;
};

// Head-count per activity, in tree order. The Workers column carries ShareRole (its count over the
// largest count, 0..1) for the bar the view draws behind the number.
class LiveHeadCountModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Activity, Block, Kind, Workers, Longest, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ShareRole, KindRole };

    explicit LiveHeadCountModel(QObject *parent = nullptr);

    void setRows(std::vector<LiveActivityRow> rows, qint64 atMs);
    void clear();
    [[nodiscard]] const LiveActivityRow &rowAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    [[nodiscard]] int rowOf(const QString &activityCode) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "Direct", "Indirect", "Break", translated.
    [[nodiscard]] static QString kindText(ActivityKind kind);

private:
    std::vector<LiveActivityRow> m_rows;
    qint64 m_atMs = 0;
    int m_max = 0;
};

// A part of the workers on the floor, sortable by any column (LiveWorkersModel::SortRole):
//  - Working: on a work activity (direct or indirect);
//  - OnBreak: clocked in, on no work activity (a break: the only way a clocked-in worker is not on
//    a work activity in this data model, where every open punch names an activity);
//  - LongOpen: a punch open at least the model's threshold (likely a forgotten clock-out).
class LiveWorkerFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Working, OnBreak, LongOpen };

    explicit LiveWorkerFilter(Show show, QObject *parent = nullptr);
    [[nodiscard]] Show show() const { return m_show; }
    // Filters again (the threshold changed).
    void refilter();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show;
};

} // namespace wh
