#include "PersonActivityModel.h"

#include "FigureFormat.h"

#include <QFont>

#include <map>

namespace wh {

namespace {
// Performance over several activities, as the figures compute it: standard hours earned over the
// hours of the activities that have a standard (the others are outside both sums).
std::optional<double> performanceOf(const std::vector<reports::PersonActivity> &activities)
{
    double earned = 0;
    qint64 seconds = 0;
    for (const reports::PersonActivity &a : activities)
        if (a.standardUnitsPerHour && *a.standardUnitsPerHour > 0) {
            earned += static_cast<double>(a.units) / *a.standardUnitsPerHour;
            seconds += a.seconds;
        }
    if (seconds <= 0)
        return std::nullopt;
    return earned / (static_cast<double>(seconds) / 3600.0) * 100.0;
}
} // namespace

PersonActivityModel::PersonActivityModel(QString language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_language(std::move(language))
{
}

void PersonActivityModel::setPage(reports::PersonPage page)
{
    beginResetModel();
    m_page = std::move(page);
    endResetModel();
}

void PersonActivityModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

void PersonActivityModel::clear()
{
    setPage({});
}

QString PersonActivityModel::activityAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_page.activities.size()))
        return {};
    return m_page.activities[static_cast<size_t>(row)].activity;
}

int PersonActivityModel::rowOf(const QString &activity) const
{
    for (size_t i = 0; i < m_page.activities.size(); ++i)
        if (m_page.activities[i].activity == activity)
            return static_cast<int>(i);
    return -1;
}

bool PersonActivityModel::isTotalRow(int row) const
{
    return !m_page.activities.empty() && row == static_cast<int>(m_page.activities.size());
}

QString PersonActivityModel::nameOf(const reports::PersonActivity &activity) const
{
    const QString &preferred = m_language == QLatin1String("ja") ? activity.nameJa : activity.nameEn;
    if (!preferred.isEmpty())
        return preferred;
    return activity.nameJa.isEmpty() ? activity.nameEn : activity.nameJa;
}

std::vector<reports::PersonDay> PersonActivityModel::daysOf(const reports::PersonPage &page,
                                                            const QString &activity)
{
    std::map<QDate, reports::PersonDay> days;
    for (const reports::PersonActivity &a : page.activities) {
        if (!activity.isEmpty() && a.activity != activity)
            continue;
        for (const reports::PersonDay &d : a.days) {
            reports::PersonDay &sum = days[d.day];
            sum.day = d.day;
            sum.units += d.units;
            sum.seconds += d.seconds;
        }
    }
    std::vector<reports::PersonDay> out;
    out.reserve(days.size());
    for (auto &[day, d] : days)
        out.push_back(d);
    return out;
}

std::vector<reports::PersonMonth> PersonActivityModel::monthsOf(const reports::PersonPage &page,
                                                                const QString &activity)
{
    std::map<QDate, reports::PersonMonth> months;
    for (const reports::PersonActivity &a : page.activities) {
        if (!activity.isEmpty() && a.activity != activity)
            continue;
        for (const reports::PersonMonth &m : a.months) {
            reports::PersonMonth &sum = months[m.month];
            sum.month = m.month;
            sum.units += m.units;
            sum.seconds += m.seconds;
        }
    }
    std::vector<reports::PersonMonth> out;
    out.reserve(months.size());
    for (auto &[month, m] : months)
        out.push_back(m);
    return out;
}

bool PersonActivityModel::mixedUnits(const reports::PersonPage &page)
{
    int withUnits = 0;
    for (const reports::PersonActivity &a : page.activities)
        if (a.units != 0)
            ++withUnits;
    return withUnits > 1;
}

int PersonActivityModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_page.activities.empty())
        return 0;
    return static_cast<int>(m_page.activities.size()) + 1;
}

int PersonActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonActivityModel::cellText(int row, int column) const
{
    if (isTotalRow(row)) {
        switch (column) {
        case Name: return tr("All activities");
        case Code: return {};
        case Units: return FigureFormat::count(m_page.units);
        case Hours: return FigureFormat::hours(m_page.seconds);
        case Productivity: return FigureFormat::perHour(m_page.units, m_page.seconds);
        case Standard: return {};
        case Performance: return FigureFormat::percent(performanceOf(m_page.activities));
        default: return {};
        }
    }
    const reports::PersonActivity &a = m_page.activities[static_cast<size_t>(row)];
    switch (column) {
    case Name: return nameOf(a);
    case Code: return a.activity;
    case Units: return FigureFormat::count(a.units);
    case Hours: return FigureFormat::hours(a.seconds);
    case Productivity: return FigureFormat::perHour(a.units, a.seconds);
    case Standard: return FigureFormat::decimal(a.standardUnitsPerHour);
    case Performance: return FigureFormat::percent(a.performancePercent());
    default: return {};
    }
}

QVariant PersonActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                          : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QStringList PersonActivityModel::headers() const
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << headerData(c, Qt::Horizontal).toString();
    return out;
}

std::vector<QStringList> PersonActivityModel::formattedRows() const
{
    std::vector<QStringList> rows;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << cellText(r, c);
        rows.push_back(cells);
    }
    return rows;
}

QVariant PersonActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section <= Code ? Qt::AlignLeft | Qt::AlignVCenter
                                                   : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Activity");
    case Code: return tr("Code");
    case Units: return tr("Units");
    case Hours: return tr("Paid hours");
    //: Column header: productivity, units per paid hour
    case Productivity: return tr("Units/h");
    //: Column header: the activity's standard, units per hour
    case Standard: return tr("Standard units/h");
    //: Column header: performance against the standard, percent
    case Performance: return tr("Performance");
    default: return {};
    }
}

} // namespace wh
