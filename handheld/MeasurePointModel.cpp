#include "MeasurePointModel.h"

#include "MeasurementPoints.h"

namespace wh {

MeasurePointModel::MeasurePointModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MeasurePointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MeasurePointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row &r = m_rows[static_cast<size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case CodeRole: return r.point.code;
    case TargetRole: return target(row);
    case ToleranceRole: return tolerance(row);
    case ValueRole: return value(row);
    case DeviationRole: return deviation(row);
    case StatusRole: return status(row);
    case AttemptRole: return r.attempt;
    case MeasuredRole: return r.judgement.has_value();
    default: return {};
    }
}

QHash<int, QByteArray> MeasurePointModel::roleNames() const
{
    return {{CodeRole, "code"},           {NameRole, "name"},           {TargetRole, "target"},
            {ToleranceRole, "tolerance"}, {ValueRole, "value"},         {DeviationRole, "deviation"},
            {StatusRole, "status"},       {AttemptRole, "attempt"},     {MeasuredRole, "measured"}};
}

void MeasurePointModel::setPoints(const std::vector<SpecPoint> &points, const QString &language)
{
    beginResetModel();
    m_language = language;
    m_rows.clear();
    m_rows.reserve(points.size());
    for (const SpecPoint &p : points)
        m_rows.push_back(Row{p, MeasurementPoints::name(p.code, language), std::nullopt, 0});
    m_current = -1;
    endResetModel();
}

void MeasurePointModel::clear()
{
    if (m_rows.empty() && m_current == -1)
        return;
    beginResetModel();
    m_rows.clear();
    m_current = -1;
    endResetModel();
}

void MeasurePointModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    for (Row &r : m_rows)
        r.name = MeasurementPoints::name(r.point.code, language);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), {NameRole, Qt::DisplayRole});
}

void MeasurePointModel::setMeasured(int row, const PointJudgement &judgement, int attempt)
{
    if (!valid(row))
        return;
    Row &r = m_rows[static_cast<size_t>(row)];
    r.judgement = judgement;
    r.attempt = attempt;
    rowChanged(row, {ValueRole, DeviationRole, StatusRole, AttemptRole, MeasuredRole});
}

void MeasurePointModel::setCurrentRow(int row)
{
    if (!valid(row))
        row = -1;
    if (row == m_current)
        return;
    const int before = m_current;
    m_current = row;
    rowChanged(before, {StatusRole});
    rowChanged(row, {StatusRole});
}

void MeasurePointModel::rowChanged(int row, const QList<int> &roles)
{
    if (valid(row))
        emit dataChanged(index(row), index(row), roles);
}

QString MeasurePointModel::code(int row) const
{
    return valid(row) ? m_rows[static_cast<size_t>(row)].point.code : QString();
}

QString MeasurePointModel::name(int row) const
{
    return valid(row) ? m_rows[static_cast<size_t>(row)].name : QString();
}

QString MeasurePointModel::target(int row) const
{
    return valid(row) ? formatTenths(m_rows[static_cast<size_t>(row)].point.target) : QString();
}

QString MeasurePointModel::tolerance(int row) const
{
    return valid(row) ? toleranceText(m_rows[static_cast<size_t>(row)].point) : QString();
}

QString MeasurePointModel::value(int row) const
{
    if (!valid(row) || !m_rows[static_cast<size_t>(row)].judgement)
        return {};
    return formatTenths(m_rows[static_cast<size_t>(row)].judgement->value);
}

QString MeasurePointModel::deviation(int row) const
{
    if (!valid(row) || !m_rows[static_cast<size_t>(row)].judgement)
        return {};
    return deviationText(m_rows[static_cast<size_t>(row)].judgement->deviation);
}

QString MeasurePointModel::status(int row) const
{
    if (!valid(row))
        return {};
    if (row == m_current)
        return QStringLiteral("current");
    const auto &j = m_rows[static_cast<size_t>(row)].judgement;
    if (!j)
        return QStringLiteral("pending");
    return j->pass ? QStringLiteral("pass") : QStringLiteral("fail");
}

QString MeasurePointModel::toleranceText(const SpecPoint &point)
{
    return QStringLiteral("-%1 / +%2").arg(formatTenths(point.lower, false), formatTenths(point.upper, false));
}

QString MeasurePointModel::deviationText(qint64 tenths)
{
    return formatDeviation(tenths) + QStringLiteral(" mm");
}

} // namespace wh
