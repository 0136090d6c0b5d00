#include "ViewerQueries.h"

#include "AttendanceImport.h"
#include "Corrections.h"
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"
#include "UuidV7.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace wh::reports {

namespace {

Error denied(const QString &what, const QString &context)
{
    return Error(ErrorCode::PermissionDenied, what, context);
}

// Costs out of one Figures: zero yen (so sums of hidden figures stay zero) and the flag that
// makes unitCostYen() empty.
void hideCost(Figures &figures)
{
    figures.baseYen = Yen();
    figures.premiumYen = Yen();
    figures.costHidden = true;
}

} // namespace

ViewerQueries::ViewerQueries(db::Store &store, Viewer viewer)
    : m_store(&store)
    , m_viewer(std::move(viewer))
{
}

QString ViewerQueries::storePath() const
{
    return m_store->path();
}

void ViewerQueries::releaseThreadConnection() const
{
    m_store->releaseThreadConnection();
}

Status ViewerQueries::checkSites(const QStringList &sites) const
{
    for (const QString &site : sites) {
        if (!m_viewer.maySee(site))
            return denied(QStringLiteral("the account may not see this site"), site);
    }
    return {};
}

Result<std::vector<Site>> ViewerQueries::sites() const
{
    auto all = db::SiteRepository(*m_store).all();
    if (!all)
        return all.error();
    std::vector<Site> out;
    for (Site &site : *all) {
        if (m_viewer.maySee(site.code))
            out.push_back(std::move(site));
    }
    return out;
}

namespace {

// `requested` checked against the viewer, or every site the viewer may see when it is empty (an
// account with no site at all is refused: "every site" would be none).
Result<QStringList> resolveSites(const ViewerQueries &q, const QStringList &requested,
                                 const std::function<Status(const QStringList &)> &check)
{
    if (!requested.isEmpty()) {
        WH_TRY(check(requested));
        return requested;
    }
    auto visible = q.sites();
    if (!visible)
        return visible.error();
    QStringList codes;
    for (const Site &site : *visible)
        codes << site.code;
    if (codes.isEmpty())
        return denied(QStringLiteral("the account may not see any site"), q.viewer().account);
    return codes;
}

} // namespace

Result<ViewerQueries::ActivityTree> ViewerQueries::activityTree() const
{
    db::ActivityRepository repository(*m_store);
    ActivityTree tree;
    auto blocks = repository.blocks();
    if (!blocks)
        return blocks.error();
    auto sections = repository.sections();
    if (!sections)
        return sections.error();
    auto activities = repository.activities();
    if (!activities)
        return activities.error();
    tree.blocks = std::move(blocks).value();
    tree.sections = std::move(sections).value();
    tree.activities = std::move(activities).value();
    return tree;
}

Result<std::vector<Activity>> ViewerQueries::offeredAt(const QString &site) const
{
    WH_TRY(checkSites({site}));
    return db::ActivityRepository(*m_store).offeredAt(site);
}

Result<ViewerQueries::DaySpan> ViewerQueries::businessDaySpan() const
{
    auto visible = sites();
    if (!visible)
        return visible.error();
    // Per site through the daily roll-up's key (site, business_day, ...): two index look-ups each,
    // however many days the store holds.
    auto q = db::prepare(m_store->connection(),
                         QStringLiteral("SELECT (SELECT MIN(business_day) FROM daily_activity_summaries "
                                        "WHERE site = ?), (SELECT MAX(business_day) FROM "
                                        "daily_activity_summaries WHERE site = ?)"));
    if (!q)
        return q.error();
    DaySpan span;
    for (const Site &site : *visible) {
        q->bindValue(0, site.code);
        q->bindValue(1, site.code);
        WH_TRY(db::exec(*q, QStringLiteral("business days of ") + site.code));
        QDate first;
        QDate last;
        if (q->next()) {
            first = QDate::fromString(q->value(0).toString(), Qt::ISODate);
            last = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        }
        q->finish();
        if (first.isValid() && (!span.first.isValid() || first < span.first))
            span.first = first;
        if (last.isValid() && (!span.last.isValid() || last > span.last))
            span.last = last;
    }
    return span;
}

Result<std::vector<ViewerQueries::WorkerEntry>> ViewerQueries::workers() const
{
    auto all = db::WorkerRepository(*m_store).all();
    if (!all)
        return all.error();
    std::vector<WorkerEntry> out;
    for (Worker &w : *all) {
        if (m_viewer.maySee(w.homeSiteCode))
            out.push_back({std::move(w.code), std::move(w.name), std::move(w.badgeId),
                           std::move(w.homeSiteCode), w.active});
    }
    std::sort(out.begin(), out.end(),
              [](const WorkerEntry &a, const WorkerEntry &b) { return a.code < b.code; });
    return out;
}

Result<std::vector<FigureRow>> ViewerQueries::figuresByLevel(FigureQuery query) const
{
    auto sites = resolveSites(*this, query.sites, [this](const QStringList &s) { return checkSites(s); });
    if (!sites)
        return sites.error();
    query.sites = *sites;
    auto rows = reports::figuresByLevel(*m_store, query);
    if (rows && !m_viewer.seesCost()) {
        for (FigureRow &row : *rows)
            hideCost(row.figures);
    }
    return rows;
}

Result<std::vector<TrendSeries>> ViewerQueries::trend(TrendQuery query) const
{
    auto sites = resolveSites(*this, query.sites, [this](const QStringList &s) { return checkSites(s); });
    if (!sites)
        return sites.error();
    query.sites = *sites;
    auto series = reports::trend(*m_store, query);
    if (series && !m_viewer.seesCost()) {
        for (TrendSeries &s : *series)
            for (TrendPoint &point : s.points)
                hideCost(point.figures);
    }
    return series;
}

Result<PersonPage> ViewerQueries::personPage(PersonQuery query) const
{
    // The page has no cost by design (FigureQueries.h); only the sites are the viewer's. An admin's
    // empty list stays empty: every site the worker worked at, including a site added later.
    if (m_viewer.role == Role::Admin) {
        WH_TRY(checkSites(query.sites));
    } else {
        auto sites = resolveSites(*this, query.sites, [this](const QStringList &s) { return checkSites(s); });
        if (!sites)
            return sites.error();
        query.sites = *sites;
    }
    return reports::personPage(*m_store, query);
}

Result<CellDetail> ViewerQueries::behindCell(CellQuery query) const
{
    auto sites = resolveSites(*this, query.sites, [this](const QStringList &s) { return checkSites(s); });
    if (!sites)
        return sites.error();
    query.sites = *sites;
    return reports::behindCell(*m_store, query);
}

Result<PeriodOverview> ViewerQueries::periodOverview(const QString &site, const QDate &from,
                                                     const QDate &to) const
{
    WH_TRY(checkSites({site}));
    return reports::periodOverview(*m_store, site, from, to);
}

Result<LiveFloor> ViewerQueries::liveFloor(const QString &site, qint64 nowMs) const
{
    WH_TRY(checkSites({site}));
    return reports::liveFloor(*m_store, site, nowMs);
}

Result<std::vector<AnomalyFlagEntry>> ViewerQueries::anomalies(AnomalyFlagsOptions options) const
{
    AnomalyFlags flags(*m_store);
    std::vector<AnomalyFlagEntry> out;
    if (!options.siteCode.isEmpty() || m_viewer.role == Role::Admin) {
        WH_TRY(checkSites(options.siteCode.isEmpty() ? QStringList() : QStringList{options.siteCode}));
        auto found = flags.find(options);
        if (!found)
            return found.error();
        out = std::move(found).value();
    } else {
        // Each of the viewer's sites apart (the check reads only those), merged in find()'s order.
        auto sites = resolveSites(*this, {}, {});
        if (!sites)
            return sites.error();
        for (const QString &site : *sites) {
            options.siteCode = site;
            auto found = flags.find(options);
            if (!found)
                return found.error();
            out.insert(out.end(), found->begin(), found->end());
        }
        std::stable_sort(out.begin(), out.end(), [](const AnomalyFlagEntry &a, const AnomalyFlagEntry &b) {
            const double sa = std::abs(a.score);
            const double sb = std::abs(b.score);
            if (sa != sb)
                return sa > sb;
            if (a.day != b.day)
                return a.day < b.day;
            if (a.siteCode != b.siteCode)
                return a.siteCode < b.siteCode;
            if (a.activityCode != b.activityCode)
                return a.activityCode < b.activityCode;
            return a.metric < b.metric;
        });
    }
    if (!m_viewer.seesCost()) {
        out.erase(
            std::remove_if(out.begin(), out.end(),
                           [](const AnomalyFlagEntry &e) { return e.metric == AnomalyMetric::UnitCost; }),
            out.end());
        for (AnomalyFlagEntry &e : out)
            e.costYen = 0;
    }
    return out;
}

Result<ReportData> ViewerQueries::buildReport(const ReportRequest &request,
                                              const std::function<void(int, int)> &progress) const
{
    WH_TRY(checkSites({request.site}));
    auto data = reports::buildReport(*m_store, request, progress);
    if (data && !m_viewer.seesCost()) {
        for (ReportLine &line : data->lines)
            hideCost(line.row.figures);
        for (TrendPoint &point : data->trend)
            hideCost(point.figures);
    }
    return data;
}

Result<Event> ViewerQueries::correct(CorrectionPayload payload, const Clock &clock,
                                     const QString &deviceId) const
{
    if (m_viewer.account.trimmed().isEmpty())
        return denied(QStringLiteral("a correction needs a signed-in account"), {});
    if (payload.action == CorrectionPayload::Action::Add) {
        WH_TRY(checkSites({payload.siteCode}));
    } else {
        // The interval's own site decides (CorrectionService fills the payload's site from it).
        auto found = db::PunchIntervalRepository(*m_store).find(payload.interval);
        if (!found)
            return found.error();
        if (*found)
            WH_TRY(checkSites({(*found)->siteCode}));
        // No such interval: CorrectionService says NotFound and records nothing.
    }
    payload.by = m_viewer.account;
    payload.source = CorrectionPayload::Source::Manual; // the attendance source is the importer's
    db::CorrectionService service(*m_store, clock, deviceId);
    return service.apply(std::move(payload));
}

Result<QString> ViewerQueries::recordingDevice(const QString &site, const QString &preferred) const
{
    if (!site.isEmpty())
        WH_TRY(checkSites({site}));
    if (!preferred.isEmpty())
        return preferred;
    auto devices = db::DeviceRepository(*m_store).all();
    if (!devices)
        return devices.error();
    QString any;
    for (const Device &d : *devices) {
        if (d.kind != DeviceKind::Manager)
            continue;
        if (d.siteCode == site)
            return d.id;
        if (any.isEmpty())
            any = d.id;
    }
    if (any.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no manager device to record corrections at"), site);
    return any;
}

Result<SummaryBuilder::Stats> ViewerQueries::totalDirty(const SummaryBuilder::Progress &progress) const
{
    if (m_viewer.account.trimmed().isEmpty())
        return denied(QStringLiteral("totalling the figures again needs a signed-in account"), {});
    return SummaryBuilder(*m_store).rebuildDirty(progress);
}

// In the order the store recorded them (the events' rowid), which is the order the projection
// applied them, so the last one is the one in force: the clock orders two corrections of one
// millisecond at random (the ids of different writers), and another device's clock may disagree.
Result<std::vector<Event>> ViewerQueries::auditTrail(const QUuid &interval) const
{
    const QString id = uuidText(interval);
    auto q = db::prepare(
        m_store->connection(),
        QStringLiteral("SELECT id, device_id, sequence, kind, occurred_at_ms, payload FROM events "
                       "WHERE kind = ? AND (id = ? OR json_extract(payload, '$.interval') = ?) "
                       "ORDER BY rowid"));
    if (!q)
        return q.error();
    q->addBindValue(eventKindName(EventKind::PunchCorrection));
    q->addBindValue(id);
    q->addBindValue(id);
    WH_TRY(db::exec(*q, QStringLiteral("audit trail of ") + id));
    std::vector<Event> trail;
    QStringList sites;
    while (q->next()) {
        auto event = db::eventFromRow(*q);
        if (!event)
            return event.error();
        const QString site = event->payload.value(QStringLiteral("site")).toString();
        if (!site.isEmpty() && !sites.contains(site))
            sites << site;
        trail.push_back(std::move(event).value());
    }
    q->finish();
    auto current = db::PunchIntervalRepository(*m_store).find(interval);
    if (!current)
        return current.error();
    if (*current && !sites.contains((*current)->siteCode))
        sites << (*current)->siteCode;
    if (!*current && trail.empty())
        return Error(ErrorCode::NotFound, QStringLiteral("no such punch interval"), id);
    WH_TRY(checkSites(sites));
    return trail;
}

Result<std::vector<Event>> ViewerQueries::auditTrail(qint64 intervalId) const
{
    auto q = db::prepare(m_store->connection(),
                         QStringLiteral("SELECT start_event_id FROM punch_intervals WHERE rowid = ?"));
    if (!q)
        return q.error();
    q->addBindValue(intervalId);
    WH_TRY(db::exec(*q, QStringLiteral("punch interval %1").arg(intervalId)));
    if (!q->next())
        return Error(ErrorCode::NotFound, QStringLiteral("no such punch interval"),
                     QString::number(intervalId));
    return auditTrail(QUuid::fromString(q->value(0).toString()));
}

Result<db::AttendanceImportReport>
ViewerQueries::importAttendance(const QString &path, const Clock &clock, const QString &deviceId,
                                const std::function<bool(int, int)> &progress) const
{
    if (m_viewer.account.trimmed().isEmpty())
        return denied(QStringLiteral("an attendance import needs a signed-in account"), {});
    db::AttendanceImporter importer(*m_store, clock, deviceId, m_viewer.account);
    if (m_viewer.role != Role::Admin) {
        auto sites = resolveSites(*this, {}, {});
        if (!sites)
            return sites.error();
        importer.setAllowedSites(*sites);
    }
    return importer.importFile(path, progress);
}

} // namespace wh::reports
