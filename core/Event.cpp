#include "Event.h"

#include <array>
#include <utility>

namespace wh {

namespace {
constexpr std::array<std::pair<EventKind, const char *>, 11> kKindNames{{
    {EventKind::PunchClockIn, "punch.clock_in"},
    {EventKind::PunchSwitch, "punch.switch"},
    {EventKind::PunchBreak, "punch.break"},
    {EventKind::PunchClockOut, "punch.clock_out"},
    {EventKind::UnitsCounted, "units.counted"},
    {EventKind::Scan, "scan"},
    {EventKind::Measurement, "measurement"},
    {EventKind::Defect, "defect"},
    {EventKind::Photo, "photo"},
    {EventKind::StageReached, "stage.reached"},
    {EventKind::AdminNotice, "admin.notice"},
}};

Error missing(const char *field, const QJsonObject &json)
{
    return Error(ErrorCode::Parse, QStringLiteral("event payload lacks \"%1\"").arg(QLatin1String(field)),
                 QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}
} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

bool isPunch(EventKind kind)
{
    return kind == EventKind::PunchClockIn || kind == EventKind::PunchSwitch ||
           kind == EventKind::PunchBreak || kind == EventKind::PunchClockOut;
}

QJsonObject PunchPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("worker"), workerCode}, {QStringLiteral("site"), siteCode}};
    if (!activityCode.isEmpty())
        json.insert(QStringLiteral("activity"), activityCode);
    return json;
}

Result<PunchPayload> PunchPayload::fromJson(const QJsonObject &json, EventKind kind)
{
    PunchPayload p;
    p.workerCode = json.value(QStringLiteral("worker")).toString();
    p.siteCode = json.value(QStringLiteral("site")).toString();
    p.activityCode = json.value(QStringLiteral("activity")).toString();
    if (p.workerCode.isEmpty())
        return missing("worker", json);
    if (p.siteCode.isEmpty())
        return missing("site", json);
    if (kind != EventKind::PunchClockOut && p.activityCode.isEmpty())
        return missing("activity", json);
    return p;
}

QJsonObject UnitsPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("site"), siteCode},
                     {QStringLiteral("activity"), activityCode},
                     {QStringLiteral("quantity"), quantity}};
    if (!workerCode.isEmpty())
        json.insert(QStringLiteral("worker"), workerCode);
    if (!reference.isEmpty())
        json.insert(QStringLiteral("reference"), reference);
    if (source != Source::Workflow)
        json.insert(QStringLiteral("source"), sourceName(source));
    if (!team.isEmpty())
        json.insert(QStringLiteral("team"), team);
    if (!enteredBy.isEmpty())
        json.insert(QStringLiteral("entered_by"), enteredBy);
    if (businessDay.isValid())
        json.insert(QStringLiteral("business_day"), businessDay.toString(Qt::ISODate));
    return json;
}

QString UnitsPayload::sourceName(Source source)
{
    switch (source) {
    case Source::Workflow: return QStringLiteral("workflow");
    case Source::Manual: return QStringLiteral("manual");
    case Source::Counter: return QStringLiteral("counter");
    }
    return {};
}

Result<UnitsPayload> UnitsPayload::fromJson(const QJsonObject &json)
{
    UnitsPayload p;
    p.workerCode = json.value(QStringLiteral("worker")).toString();
    p.siteCode = json.value(QStringLiteral("site")).toString();
    p.activityCode = json.value(QStringLiteral("activity")).toString();
    p.reference = json.value(QStringLiteral("reference")).toString();
    p.team = json.value(QStringLiteral("team")).toString();
    p.enteredBy = json.value(QStringLiteral("entered_by")).toString();
    const QString source = json.value(QStringLiteral("source")).toString(QStringLiteral("workflow"));
    if (source == QLatin1String("workflow"))
        p.source = Source::Workflow;
    else if (source == QLatin1String("manual"))
        p.source = Source::Manual;
    else if (source == QLatin1String("counter"))
        p.source = Source::Counter;
    else
        return Error(ErrorCode::Parse, QStringLiteral("unknown units source \"%1\"").arg(source),
                     QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (json.contains(QStringLiteral("business_day"))) {
        p.businessDay = QDate::fromString(json.value(QStringLiteral("business_day")).toString(), Qt::ISODate);
        if (!p.businessDay.isValid())
            return missing("business_day", json);
    }
    const QJsonValue q = json.value(QStringLiteral("quantity"));
    if (p.siteCode.isEmpty())
        return missing("site", json);
    if (p.activityCode.isEmpty())
        return missing("activity", json);
    // A fractional count is malformed, not zero (QJsonValue::toInteger gives 0 for 1.5).
    if (!q.isDouble() || q.toDouble() != static_cast<double>(q.toInteger()))
        return missing("quantity", json);
    p.quantity = q.toInteger();
    return p;
}

} // namespace wh
