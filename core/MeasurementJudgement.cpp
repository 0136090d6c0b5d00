#include "MeasurementJudgement.h"

#include <QStringList>

#include <cmath>

namespace wh {

QString lengthUnitName(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Metre: return QStringLiteral("m");
    case LengthUnit::Centimetre: return QStringLiteral("cm");
    case LengthUnit::Millimetre: return QStringLiteral("mm");
    case LengthUnit::Inch: return QStringLiteral("in");
    }
    return {};
}

std::optional<LengthUnit> lengthUnitFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("m"))
        return LengthUnit::Metre;
    if (n == QLatin1String("cm"))
        return LengthUnit::Centimetre;
    if (n == QLatin1String("mm"))
        return LengthUnit::Millimetre;
    if (n == QLatin1String("in") || n == QLatin1String("inch") || n == QLatin1String("inches") ||
        n == QLatin1String("\""))
        return LengthUnit::Inch;
    return std::nullopt;
}

Result<qint64> toTenthsOfMm(double value, LengthUnit unit)
{
    const QString shown = QStringLiteral("%1 %2").arg(value).arg(lengthUnitName(unit));
    if (!std::isfinite(value))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the reading is not a number"), shown);
    if (value <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a length of 0 or less is not a measurement"),
                     shown);
    double factor = 1;
    switch (unit) {
    case LengthUnit::Metre: factor = 10000; break;
    case LengthUnit::Centimetre: factor = 100; break;
    case LengthUnit::Millimetre: factor = 10; break;
    case LengthUnit::Inch: factor = 254; break;
    }
    const double scaled = value * factor;
    if (scaled > 1e6) // 100 m
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a length beyond 100 m is not a garment's"),
                     shown);
    // Drop the noise of binary fractions (12.345 * 100 = 1234.4999999999998), then round halves up
    // (every value here is positive, so "up" is "away from zero").
    const double cleaned = std::round(scaled * 1e6) / 1e6;
    const auto tenths = static_cast<qint64>(std::floor(cleaned + 0.5));
    if (tenths <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the length rounds to 0 mm"), shown);
    return tenths;
}

Result<qint64> toTenthsOfMm(double value, const QString &unitName)
{
    const auto unit = lengthUnitFromName(unitName);
    if (!unit) {
        const QString n = unitName.trimmed().toLower();
        if (n == QLatin1String("ft") || n == QLatin1String("feet") || n == QLatin1String("'") ||
            n == QLatin1String("yd"))
            return Error(
                ErrorCode::InvalidArgument,
                QStringLiteral("a reading in feet or yards is not accepted: set the device to metric or "
                               "inches"),
                QStringLiteral("%1 %2").arg(value).arg(unitName));
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown length unit \"%1\" (m, cm, mm or in)").arg(unitName),
                     QString::number(value));
    }
    return toTenthsOfMm(value, *unit);
}

QString formatTenths(qint64 tenths, bool withUnit)
{
    const qint64 magnitude = tenths < 0 ? -tenths : tenths;
    const QString text = QStringLiteral("%1%2.%3")
                             .arg(tenths < 0 ? QStringLiteral("-") : QString())
                             .arg(magnitude / 10)
                             .arg(magnitude % 10);
    return withUnit ? text + QStringLiteral(" mm") : text;
}

QString formatDeviation(qint64 tenths)
{
    return (tenths > 0 ? QStringLiteral("+") : QString()) + formatTenths(tenths, false);
}

PointJudgement judgePoint(const SpecPoint &point, qint64 value)
{
    PointJudgement j;
    j.value = value;
    j.deviation = value - point.target;
    j.pass = value >= point.minimum() && value <= point.maximum();
    return j;
}

QString itemVerdictName(ItemVerdict verdict)
{
    switch (verdict) {
    case ItemVerdict::Incomplete: return QStringLiteral("incomplete");
    case ItemVerdict::Pass: return QStringLiteral("pass");
    case ItemVerdict::Fail: return QStringLiteral("fail");
    }
    return {};
}

MeasurementSession::MeasurementSession(MeasurementSpec spec)
    : m_spec(std::move(spec))
    , m_latest(m_spec.points.size())
{
    if (!m_spec.points.empty())
        m_current = 0;
}

const SpecPoint *MeasurementSession::current() const
{
    return m_current ? &m_spec.points[static_cast<size_t>(*m_current)] : nullptr;
}

std::optional<int> MeasurementSession::nextPendingAfter(int index) const
{
    const int n = static_cast<int>(m_spec.points.size());
    for (int step = 1; step < n; ++step) {
        const int i = (index + step) % n;
        if (!m_latest[static_cast<size_t>(i)])
            return i;
    }
    return std::nullopt;
}

Result<MeasurementSession::Recorded> MeasurementSession::record(qint64 value)
{
    if (!m_current)
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("no point is active (every point has a value): choose a point to measure again"),
            m_spec.itemId);
    const int index = *m_current;
    const SpecPoint &point = m_spec.points[static_cast<size_t>(index)];
    Recorded r;
    r.entry.code = point.code;
    r.entry.judgement = judgePoint(point, value);
    if (const auto previous = m_latest[static_cast<size_t>(index)]) {
        Entry &old = m_history[static_cast<size_t>(*previous)];
        old.superseded = true;
        r.entry.attempt = old.attempt + 1;
        r.supersededEntry = *previous;
    }
    m_history.push_back(r.entry);
    m_latest[static_cast<size_t>(index)] = static_cast<int>(m_history.size()) - 1;
    m_current = nextPendingAfter(index);
    r.verdict = verdict();
    if (r.verdict != ItemVerdict::Incomplete && !m_completedOnce) {
        m_completedOnce = true;
        r.completedNow = true;
    }
    return r;
}

bool MeasurementSession::skip()
{
    if (!m_current)
        return false;
    const auto next = nextPendingAfter(*m_current);
    if (!next && !m_latest[static_cast<size_t>(*m_current)])
        return false; // the only point still to measure
    m_current = next;
    return true;
}

bool MeasurementSession::back()
{
    if (m_spec.points.empty())
        return false;
    if (!m_current) {
        m_current = static_cast<int>(m_spec.points.size()) - 1;
        return true;
    }
    if (*m_current == 0)
        return false;
    m_current = *m_current - 1;
    return true;
}

bool MeasurementSession::goTo(const QString &code)
{
    for (size_t i = 0; i < m_spec.points.size(); ++i)
        if (m_spec.points[i].code == code) {
            m_current = static_cast<int>(i);
            return true;
        }
    return false;
}

ItemVerdict MeasurementSession::verdict() const
{
    bool pass = true;
    for (const auto &latest : m_latest) {
        if (!latest)
            return ItemVerdict::Incomplete;
        pass = pass && m_history[static_cast<size_t>(*latest)].judgement.pass;
    }
    if (m_latest.empty())
        return ItemVerdict::Incomplete;
    return pass ? ItemVerdict::Pass : ItemVerdict::Fail;
}

const MeasurementSession::Entry *MeasurementSession::latest(const QString &code) const
{
    for (size_t i = 0; i < m_spec.points.size(); ++i)
        if (m_spec.points[i].code == code)
            return m_latest[i] ? &m_history[static_cast<size_t>(*m_latest[i])] : nullptr;
    return nullptr;
}

QStringList MeasurementSession::pending() const
{
    QStringList out;
    for (size_t i = 0; i < m_spec.points.size(); ++i)
        if (!m_latest[i])
            out << m_spec.points[i].code;
    return out;
}

} // namespace wh
