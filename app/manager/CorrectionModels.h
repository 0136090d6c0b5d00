#pragma once

#include "AttendanceCsv.h"
#include "Event.h"
#include "FigureQueries.h"
#include "KeyedTableModel.h"

#include <QTimeZone>

#include <functional>
#include <vector>

namespace wh {

// The tables of the corrections page (see CorrectionsView). GUI thread only.

// An activity's name for a code in the screen's language (the code when unknown).
using ActivityNameOf = std::function<QString(const QString &activityCode)>;

// How the corrections page writes the times of a punch: "09:05"; "12/5 01:30" when the time is on
// another calendar day than the punch's business day (a night shift after midnight). Pure.
[[nodiscard]] QString punchTimeText(qint64 ms, const QDate &businessDay, const QTimeZone &zone);

// The punches (intervals) of a worker or a site over days: one row per interval, keyed by its id,
// so a correction read back in keeps the row selected.
class PunchListModel : public KeyedTableModel {
    Q_OBJECT
public:
    enum Column { Day, Worker, Name, Activity, Start, End, Duration, Status, Corrected, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IntervalRole };

    explicit PunchListModel(QObject *parent = nullptr);

    void setIntervals(std::vector<reports::CellInterval> intervals, const QTimeZone &zone,
                      ActivityNameOf nameOf);
    void clear();

    [[nodiscard]] const reports::CellInterval &intervalAt(int row) const
    {
        return m_rows[static_cast<size_t>(row)];
    }
    [[nodiscard]] int rowOf(const QUuid &interval) const;
    [[nodiscard]] QString activityName(const QString &code) const;
    [[nodiscard]] static QString statusText(const QString &status);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<reports::CellInterval> m_rows;
    QTimeZone m_zone;
    ActivityNameOf m_nameOf;
};

// The audit trail of one punch: the correction events that touched it, oldest first, each with who,
// when, why, and the punch before and after it.
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, By, Action, Source, Reason, Before, After, ColumnCount };

    explicit AuditTrailModel(QObject *parent = nullptr);

    // Events that are not corrections (or whose payload cannot be read) are shown as unreadable
    // rows rather than dropped: the trail stays complete.
    void setTrail(const std::vector<Event> &events, const QTimeZone &zone, ActivityNameOf nameOf);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString cells[ColumnCount];
        QString eventId;
    };
    std::vector<Row> m_rows;
};

// The rows of an attendance file that were not applied: line, reason, the row as written.
class ImportErrorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Reason, Raw, ColumnCount };

    explicit ImportErrorModel(QObject *parent = nullptr);

    void setErrors(std::vector<AttendanceRowError> errors);
    [[nodiscard]] const std::vector<AttendanceRowError> &errors() const { return m_errors; }
    // The report as CSV records: a header, then one record per row (line, reason, raw row).
    [[nodiscard]] std::vector<QStringList> csvRecords() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<AttendanceRowError> m_errors;
};

} // namespace wh
