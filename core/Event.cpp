#include "Event.h"

#include <array>
#include <utility>

namespace wh {

namespace {
constexpr std::array<std::pair<EventKind, const char *>, 12> kKindNames{{
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
    {EventKind::PunchCorrection, "punch.correction"},
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

QString CorrectionPayload::actionName(Action action)
{
    switch (action) {
    case Action::Change: return QStringLiteral("change");
    case Action::Add: return QStringLiteral("add");
    case Action::Remove: return QStringLiteral("remove");
    }
    return {};
}

QString CorrectionPayload::sourceName(Source source)
{
    return source == Source::Attendance ? QStringLiteral("attendance") : QStringLiteral("manual");
}

QJsonObject CorrectionPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("action"), actionName(action)},
                     {QStringLiteral("worker"), workerCode},
                     {QStringLiteral("site"), siteCode},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("by"), by},
                     {QStringLiteral("source"), sourceName(source)}};
    if (!interval.isNull())
        json.insert(QStringLiteral("interval"), interval.toString(QUuid::WithoutBraces));
    if (!activityCode.isEmpty())
        json.insert(QStringLiteral("activity"), activityCode);
    if (startMs)
        json.insert(QStringLiteral("start_ms"), *startMs);
    if (endMs)
        json.insert(QStringLiteral("end_ms"), *endMs);
    if (before) {
        QJsonObject was{{QStringLiteral("activity"), before->activityCode},
                        {QStringLiteral("start_ms"), before->startMs}};
        if (before->endMs)
            was.insert(QStringLiteral("end_ms"), *before->endMs);
        json.insert(QStringLiteral("before"), was);
    }
    return json;
}

Result<CorrectionPayload> CorrectionPayload::fromJson(const QJsonObject &json)
{
    CorrectionPayload p;
    const QString action = json.value(QStringLiteral("action")).toString();
    if (action == QLatin1String("change"))
        p.action = Action::Change;
    else if (action == QLatin1String("add"))
        p.action = Action::Add;
    else if (action == QLatin1String("remove"))
        p.action = Action::Remove;
    else
        return missing("action", json);
    p.workerCode = json.value(QStringLiteral("worker")).toString();
    p.siteCode = json.value(QStringLiteral("site")).toString();
    p.activityCode = json.value(QStringLiteral("activity")).toString();
    p.reason = json.value(QStringLiteral("reason")).toString();
    p.by = json.value(QStringLiteral("by")).toString();
    p.source = json.value(QStringLiteral("source")).toString() == QLatin1String("attendance")
                   ? Source::Attendance
                   : Source::Manual;
    if (json.contains(QStringLiteral("interval"))) {
        p.interval = QUuid::fromString(json.value(QStringLiteral("interval")).toString());
        if (p.interval.isNull())
            return missing("interval", json);
    }
    for (const auto &[key, slot] :
         {std::pair{QStringLiteral("start_ms"), &p.startMs}, std::pair{QStringLiteral("end_ms"), &p.endMs}})
        if (json.contains(key)) {
            const QJsonValue v = json.value(key);
            if (!v.isDouble())
                return missing(key == QLatin1String("start_ms") ? "start_ms" : "end_ms", json);
            *slot = v.toInteger();
        }
    // "before" is informative (the audit trail's view): a malformed one is dropped, not an error.
    const QJsonObject was = json.value(QStringLiteral("before")).toObject();
    if (was.value(QStringLiteral("start_ms")).isDouble()) {
        Before b;
        b.activityCode = was.value(QStringLiteral("activity")).toString();
        b.startMs = was.value(QStringLiteral("start_ms")).toInteger();
        if (was.value(QStringLiteral("end_ms")).isDouble())
            b.endMs = was.value(QStringLiteral("end_ms")).toInteger();
        p.before = b;
    }
    if (p.workerCode.isEmpty())
        return missing("worker", json);
    if (p.siteCode.isEmpty())
        return missing("site", json);
    if (p.reason.trimmed().isEmpty())
        return missing("reason", json);
    if (p.by.trimmed().isEmpty())
        return missing("by", json);
    if (p.action != Action::Add && p.interval.isNull())
        return missing("interval", json);
    if (p.action == Action::Add && (p.activityCode.isEmpty() || !p.startMs || !p.endMs))
        return missing(p.activityCode.isEmpty() ? "activity" : "start_ms/end_ms", json);
    if (p.startMs && p.endMs && *p.endMs <= *p.startMs)
        return Error(ErrorCode::Parse, QStringLiteral("a corrected interval must end after it starts"),
                     QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return p;
}

QString ScanPayload::sourceName(Source source)
{
    switch (source) {
    case Source::Camera: return QStringLiteral("camera");
    case Source::Wedge: return QStringLiteral("wedge");
    case Source::Serial: return QStringLiteral("serial");
    case Source::Image: return QStringLiteral("image");
    }
    return {};
}

std::optional<ScanPayload::Source> ScanPayload::sourceFromName(const QString &name)
{
    for (Source s : {Source::Camera, Source::Wedge, Source::Serial, Source::Image})
        if (sourceName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject ScanPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("raw_hex"), QString::fromLatin1(raw.toHex())},
                     {QStringLiteral("text"), text},
                     {QStringLiteral("source"), sourceName(source)},
                     {QStringLiteral("workflow"), workflow},
                     {QStringLiteral("site"), siteCode}};
    if (!format.isEmpty())
        json.insert(QStringLiteral("format"), format);
    if (!symbologyId.isEmpty())
        json.insert(QStringLiteral("symbology_id"), symbologyId);
    if (!workerCode.isEmpty())
        json.insert(QStringLiteral("worker"), workerCode);
    return json;
}

Result<ScanPayload> ScanPayload::fromJson(const QJsonObject &json)
{
    ScanPayload p;
    const QString hex = json.value(QStringLiteral("raw_hex")).toString();
    p.raw = QByteArray::fromHex(hex.toLatin1());
    if (p.raw.toHex() != hex.toLatin1().toLower())
        return missing("raw_hex", json);
    p.text = json.value(QStringLiteral("text")).toString();
    const auto source = sourceFromName(json.value(QStringLiteral("source")).toString());
    if (!source)
        return missing("source", json);
    p.source = *source;
    p.format = json.value(QStringLiteral("format")).toString();
    p.symbologyId = json.value(QStringLiteral("symbology_id")).toString();
    p.workflow = json.value(QStringLiteral("workflow")).toString();
    p.workerCode = json.value(QStringLiteral("worker")).toString();
    p.siteCode = json.value(QStringLiteral("site")).toString();
    if (p.workflow.isEmpty())
        return missing("workflow", json);
    if (p.siteCode.isEmpty())
        return missing("site", json);
    return p;
}

QJsonObject MeasurementPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("item"), itemId},
                     {QStringLiteral("style"), style},
                     {QStringLiteral("size"), size},
                     {QStringLiteral("point"), pointCode},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("lower"), lower},
                     {QStringLiteral("upper"), upper},
                     {QStringLiteral("deviation"), deviation()},
                     {QStringLiteral("verdict"), pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                     {QStringLiteral("protocol"), protocol},
                     {QStringLiteral("site"), siteCode},
                     {QStringLiteral("attempt"), attempt}};
    if (!lot.isEmpty())
        json.insert(QStringLiteral("lot"), lot);
    if (!reading.isEmpty())
        json.insert(QStringLiteral("reading"), reading);
    if (!tapeDevice.isEmpty())
        json.insert(QStringLiteral("tape_device"), tapeDevice);
    if (!workerCode.isEmpty())
        json.insert(QStringLiteral("worker"), workerCode);
    if (!supersedes.isNull())
        json.insert(QStringLiteral("supersedes"), supersedes.toString(QUuid::WithoutBraces));
    if (!itemVerdict.isEmpty())
        json.insert(QStringLiteral("item_verdict"), itemVerdict);
    return json;
}

Result<MeasurementPayload> MeasurementPayload::fromJson(const QJsonObject &json)
{
    MeasurementPayload p;
    p.itemId = json.value(QStringLiteral("item")).toString();
    p.style = json.value(QStringLiteral("style")).toString();
    p.size = json.value(QStringLiteral("size")).toString();
    p.lot = json.value(QStringLiteral("lot")).toString();
    p.pointCode = json.value(QStringLiteral("point")).toString();
    p.reading = json.value(QStringLiteral("reading")).toString();
    p.tapeDevice = json.value(QStringLiteral("tape_device")).toString();
    p.protocol = json.value(QStringLiteral("protocol")).toString();
    p.workerCode = json.value(QStringLiteral("worker")).toString();
    p.siteCode = json.value(QStringLiteral("site")).toString();
    p.itemVerdict = json.value(QStringLiteral("item_verdict")).toString();
    for (const auto &[key, field] : {std::pair{"item", &p.itemId}, std::pair{"point", &p.pointCode},
                                     std::pair{"protocol", &p.protocol}, std::pair{"site", &p.siteCode}})
        if (field->isEmpty())
            return missing(key, json);
    // Whole numbers only: a fractional length or attempt is malformed, not rounded.
    auto integer = [&json](const char *key, qint64 &slot) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            return false;
        slot = v.toInteger();
        return true;
    };
    qint64 attempt = 0;
    for (const auto &[key, slot] :
         {std::pair{"value", &p.value}, std::pair{"target", &p.target}, std::pair{"lower", &p.lower},
          std::pair{"upper", &p.upper}, std::pair{"attempt", &attempt}})
        if (!integer(key, *slot))
            return missing(key, json);
    if (p.value <= 0 || p.target <= 0 || p.lower < 0 || p.upper < 0 || attempt < 1)
        return Error(
            ErrorCode::Parse,
            QStringLiteral(
                "a measurement needs a positive value, target and attempt, and tolerances of 0 or more"),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    p.attempt = static_cast<int>(attempt);
    const QString verdict = json.value(QStringLiteral("verdict")).toString();
    if (verdict != QLatin1String("pass") && verdict != QLatin1String("fail"))
        return missing("verdict", json);
    p.pass = verdict == QLatin1String("pass");
    if (json.contains(QStringLiteral("supersedes"))) {
        p.supersedes = QUuid::fromString(json.value(QStringLiteral("supersedes")).toString());
        if (p.supersedes.isNull())
            return missing("supersedes", json);
    }
    if (!p.itemVerdict.isEmpty() && p.itemVerdict != QLatin1String("pass") &&
        p.itemVerdict != QLatin1String("fail"))
        return missing("item_verdict", json);
    return p;
}

} // namespace wh
