#include "CorrectionModels.h"

#include "LiveBoardModels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <limits>

namespace wh {

namespace {
const QColor kMuted(0x5a, 0x6b, 0x7f);
const QColor kCorrected(0x1f, 0x5f, 0x8b);
const QColor kOpenTint(0xee, 0xf6, 0xec);
const QColor kForgottenTint(0xff, 0xf0, 0xd4);

QVariant alignment(bool right)
{
    return QVariant::fromValue(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

// "Picking, 11/9 09:00 – 12:30": an activity and a span in the site's time zone.
QString spanText(const QString &activity, qint64 startMs, std::optional<qint64> endMs, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    QString end = QStringLiteral("…");
    if (endMs) {
        const QDateTime e = QDateTime::fromMSecsSinceEpoch(*endMs, zone);
        end = e.date() == start.date() ? e.toString(QStringLiteral("HH:mm"))
                                       : e.toString(QStringLiteral("M/d HH:mm"));
    }
    //: A punch: %1 the activity, %2 the start (month/day and time), %3 the end
    return AuditTrailModel::tr("%1, %2 – %3").arg(activity, start.toString(QStringLiteral("M/d HH:mm")), end);
}
} // namespace

QString punchTimeText(qint64 ms, const QDate &businessDay, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return at.date() == businessDay ? at.toString(QStringLiteral("HH:mm"))
                                    : at.toString(QStringLiteral("M/d HH:mm"));
}

// ---------------------------------------------------------------------------------------------

PunchListModel::PunchListModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void PunchListModel::setIntervals(std::vector<reports::CellInterval> intervals, const QTimeZone &zone,
                                  ActivityNameOf nameOf)
{
    m_zone = zone;
    m_nameOf = std::move(nameOf);
    replaceRows(m_rows, std::move(intervals), [](const reports::CellInterval &i) { return i.interval; });
}

void PunchListModel::clear()
{
    if (m_rows.empty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int PunchListModel::rowOf(const QUuid &interval) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].interval == interval)
            return static_cast<int>(i);
    return -1;
}

QString PunchListModel::activityName(const QString &code) const
{
    const QString name = m_nameOf ? m_nameOf(code) : QString();
    return name.isEmpty() ? code : name;
}

QString PunchListModel::statusText(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("open");
    if (status == QLatin1String("closed"))
        return tr("closed");
    if (status == QLatin1String("forgotten"))
        //: A punch closed automatically because nobody clocked out
        return tr("forgotten");
    return status;
}

int PunchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PunchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PunchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reports::CellInterval &i = m_rows[static_cast<size_t>(index.row())];
    const qint64 length = i.endMs ? *i.endMs - i.startMs : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Day: return i.businessDay.toString(Qt::ISODate);
        case Worker: return i.worker;
        case Name: return i.workerName;
        case Activity: return activityName(i.activity);
        case Start: return punchTimeText(i.startMs, i.businessDay, m_zone);
        case End: return i.endMs ? punchTimeText(*i.endMs, i.businessDay, m_zone) : QStringLiteral("…");
        case Duration: return length >= 0 ? LiveTime::length(length) : QString();
        case Status: return statusText(i.status);
        //: Marks a punch that a correction changed or added
        case Corrected: return i.corrected ? tr("✎ corrected") : QString();
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Day: return i.businessDay.toString(Qt::ISODate);
        case Worker: return i.worker;
        case Name: return i.workerName;
        case Activity: return activityName(i.activity);
        case Start: return i.startMs;
        case End: return i.endMs.value_or(std::numeric_limits<qint64>::max());
        case Duration: return length;
        case Status: return i.status;
        case Corrected: return i.corrected;
        default: return {};
        }
    case IntervalRole: return i.interval;
    case Qt::TextAlignmentRole:
        return alignment(index.column() == Start || index.column() == End || index.column() == Duration);
    case Qt::ForegroundRole:
        if (index.column() == Corrected)
            return QBrush(kCorrected);
        if (index.column() == Status && i.status == QLatin1String("closed"))
            return QBrush(kMuted);
        return {};
    case Qt::BackgroundRole:
        if (i.status == QLatin1String("open"))
            return QBrush(kOpenTint);
        if (i.status == QLatin1String("forgotten"))
            return QBrush(kForgottenTint);
        return {};
    case Qt::ToolTipRole:
        if (i.status == QLatin1String("open"))
            return tr(
                "The worker is still on this punch. It can be corrected once they switch or clock out.");
        if (i.status == QLatin1String("forgotten"))
            return tr("Nobody clocked out: the punch was closed after the longest shift. Set its real end.");
        if (i.corrected)
            return tr("Changed or added by a correction. Open its history to see who, when and why.");
        return i.activity;
    default: return {};
    }
}

QVariant PunchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == Start || section == End || section == Duration);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day: return tr("Business day");
    case Worker: return tr("Worker");
    case Name: return tr("Name");
    case Activity: return tr("Activity");
    case Start: return tr("Start");
    case End: return tr("End");
    case Duration: return tr("Length (h:mm)");
    case Status: return tr("Status");
    case Corrected: return tr("Correction");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTrailModel::setTrail(const std::vector<Event> &events, const QTimeZone &zone, ActivityNameOf nameOf)
{
    auto name = [&nameOf](const QString &code) {
        const QString n = nameOf ? nameOf(code) : QString();
        return n.isEmpty() ? code : n;
    };
    beginResetModel();
    m_rows.clear();
    for (const Event &e : events) {
        Row row;
        row.eventId = e.id.toString(QUuid::WithoutBraces);
        row.cells[When] =
            QDateTime::fromMSecsSinceEpoch(e.occurredAtMs, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto payload = e.kind == EventKind::PunchCorrection
                           ? CorrectionPayload::fromJson(e.payload)
                           : Result<CorrectionPayload>(Error(ErrorCode::Parse, {}));
        if (!payload) {
            row.cells[Action] = tr("unreadable");
            row.cells[Reason] = tr("This event cannot be read: %1").arg(row.eventId);
            m_rows.push_back(std::move(row));
            continue;
        }
        const CorrectionPayload &p = *payload;
        row.cells[By] = p.by;
        row.cells[Source] =
            p.source == CorrectionPayload::Source::Attendance ? tr("Official attendance") : tr("By hand");
        row.cells[Reason] = p.reason;
        switch (p.action) {
        case CorrectionPayload::Action::Add:
            row.cells[Action] = tr("Added");
            //: Before a punch was added: there was none
            row.cells[Before] = tr("(none)");
            row.cells[After] = spanText(name(p.activityCode), p.startMs.value_or(0), p.endMs, zone);
            break;
        case CorrectionPayload::Action::Remove:
            row.cells[Action] = tr("Removed");
            row.cells[After] = tr("(removed)");
            break;
        case CorrectionPayload::Action::Change: {
            row.cells[Action] = tr("Changed");
            if (p.before) {
                row.cells[After] = spanText(
                    name(p.activityCode.isEmpty() ? p.before->activityCode : p.activityCode),
                    p.startMs.value_or(p.before->startMs), p.endMs ? p.endMs : p.before->endMs, zone);
            } else {
                // A correction recorded before the punch's previous state was kept: what it set.
                QStringList set;
                if (!p.activityCode.isEmpty())
                    set << tr("activity %1").arg(name(p.activityCode));
                if (p.startMs)
                    set << tr("start %1")
                               .arg(QDateTime::fromMSecsSinceEpoch(*p.startMs, zone)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                if (p.endMs)
                    set << tr("end %1").arg(QDateTime::fromMSecsSinceEpoch(*p.endMs, zone)
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                row.cells[After] = set.join(QStringLiteral("; "));
            }
            break;
        }
        }
        if (p.action != CorrectionPayload::Action::Add)
            row.cells[Before] =
                p.before ? spanText(name(p.before->activityCode), p.before->startMs, p.before->endMs, zone)
                         //: The state before an old correction that did not record it
                         : tr("(not recorded)");
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void AuditTrailModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return row.cells[index.column()];
    case Qt::ToolTipRole:
        return index.column() == Reason || index.column() == Before || index.column() == After
                   ? row.cells[index.column()]
                   : row.eventId;
    case Qt::ForegroundRole:
        if (index.column() == Before)
            return QBrush(kMuted);
        return {};
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignment(false);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case By: return tr("By");
    case Action: return tr("What");
    case Source: return tr("Source");
    case Reason: return tr("Reason");
    case Before: return tr("Before");
    case After: return tr("After");
    default: return {};
    }
}

// ---------------------------------------------------------------------------------------------

ImportErrorModel::ImportErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportErrorModel::setErrors(std::vector<AttendanceRowError> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

std::vector<QStringList> ImportErrorModel::csvRecords() const
{
    std::vector<QStringList> records;
    records.reserve(m_errors.size() + 1);
    records.push_back({headerData(Line, Qt::Horizontal).toString(),
                       headerData(Reason, Qt::Horizontal).toString(),
                       headerData(Raw, Qt::Horizontal).toString()});
    for (const AttendanceRowError &e : m_errors)
        records.push_back({QString::number(e.line), e.message, e.raw});
    return records;
}

int ImportErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttendanceRowError &e = m_errors[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line: return e.line;
        case Reason: return e.message;
        case Raw: return e.raw;
        default: return {};
        }
    case Qt::ToolTipRole: return index.column() == Raw ? e.raw : e.message;
    case Qt::TextAlignmentRole: return alignment(index.column() == Line);
    default: return {};
    }
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignment(section == Line);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Reason: return tr("Why it was not applied");
    case Raw: return tr("Row as in the file");
    default: return {};
    }
}

} // namespace wh
