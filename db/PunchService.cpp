#include "PunchService.h"

#include "DerivedRepositories.h"
#include "EventStore.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "PinHasher.h"
#include "PunchIntervalBuilder.h"
#include "SqlSupport.h"

#include <QSet>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace wh::db {

namespace {
constexpr qint64 kTwoWeeksMs = 14LL * 24 * 3600 * 1000;

} // namespace

QString workflowVerdictName(WorkflowAnswer::Verdict verdict)
{
    switch (verdict) {
    case WorkflowAnswer::Verdict::Ok: return QStringLiteral("ok");
    case WorkflowAnswer::Verdict::SwitchNeeded: return QStringLiteral("switch-needed");
    case WorkflowAnswer::Verdict::ClockInNeeded: return QStringLiteral("clock-in-needed");
    }
    return {};
}

PunchService::PunchService(Store &store, const Clock &clock, Device device, Site site, Options options)
    : m_store(store)
    , m_clock(clock)
    , m_device(std::move(device))
    , m_site(std::move(site))
    , m_options(options)
    , m_machine(options.maxShiftMs)
    , m_businessDay(m_site.timeZone(), m_site.businessDayStartMinutes)
    , m_ids(clock)
    , m_events(store, m_ids, clock)
    , m_intervals(store)
    , m_projector(store, options.maxShiftMs)
{
    m_context.lookups.businessDay = [this](const QString &siteCode) -> const BusinessDay * {
        auto it = m_siteRules.find(siteCode);
        return it == m_siteRules.end() ? nullptr : &it->second;
    };
    m_context.lookups.employmentType = [this](const QString &worker, const QDate &day) {
        const Worker *w = cachedWorker(worker);
        return w ? w->employmentTypeOn(day) : QString();
    };
    m_context.lookups.source = [this](const QString &deviceId) { return m_deviceKinds.value(deviceId); };
    m_context.workerKnown = [this](const QString &worker) { return cachedWorker(worker) != nullptr; };
    m_context.activityKnown = [this](const QString &code) { return m_activities.contains(code); };
}

Status PunchService::settle()
{
    WH_TRY(syncMemo());
    return deriveOwn();
}

Status PunchService::deriveOwn()
{
    if (!m_pendingOwn)
        return {};
    auto summary = m_projector.catchUp(m_context);
    if (!summary) {
        forgetMemo();
        return summary.error();
    }
    m_pendingOwn = false;
    markOwnWrites();
    return {};
}

Result<qint64> PunchService::dataVersion()
{
    if (!m_qDataVersion) {
        sqlite3 *handle = sqliteHandle(m_store.connection());
        if (!handle)
            return qint64(-1); // not SQLite: every check reads the store
        auto statement = std::make_unique<SqliteStatement>();
        WH_TRY(statement->prepare(handle, "PRAGMA data_version"));
        m_qDataVersion = std::move(statement);
    }
    auto row = m_qDataVersion->step();
    const qint64 version = row && *row ? m_qDataVersion->int64(0) : -1;
    m_qDataVersion->reset();
    if (!row)
        return row.error();
    return version;
}

qint64 PunchService::totalChanges() const
{
    sqlite3 *handle = sqliteHandle(m_store.connection());
    return handle ? static_cast<qint64>(sqlite3_total_changes64(handle)) : -1;
}

void PunchService::forgetMemo()
{
    m_memo.clear();
    m_ownChanges = -1;
}

Status PunchService::syncMemo()
{
    auto version = dataVersion();
    if (!version)
        return version.error();
    if (*version >= 0 && *version == m_dataVersion && m_ownChanges >= 0 && totalChanges() == m_ownChanges)
        return {};
    // Another connection committed, or other code on this connection wrote (a correction, another
    // service): what memory holds may be stale.
    m_memo.clear();
    m_ownChanges = -1;
    ++m_memoStats.resets;
    WH_TRY(refresh()); // reference data when it moved, and the catch-up of whatever waits
    m_pendingOwn = false;
    m_dataVersion = *version;
    markOwnWrites();
    return {};
}

const PunchInterval *PunchService::WorkerMemo::open() const
{
    for (const PunchInterval &p : intervals)
        if (p.status == IntervalStatus::Open)
            return &p;
    return nullptr;
}

Result<const PunchService::WorkerMemo *> PunchService::memoFor(const QString &workerCode, qint64 nowMs)
{
    // Every interval of the business day a card shows starts after now - (a day + the longest shift).
    const qint64 since = nowMs - 24 * 3600 * 1000LL - m_options.maxShiftMs - 3600 * 1000LL;
    if (auto it = m_memo.constFind(workerCode); it != m_memo.constEnd() && it->sinceMs <= since) {
        ++m_memoStats.hits;
        return &*it;
    }
    WH_TRY(deriveOwn()); // the table must hold the worker's own punches before it is read
    auto recent = m_intervals.recentFor(workerCode, since);
    if (!recent)
        return recent.error();
    WorkerMemo memo;
    memo.intervals = std::move(recent).value();
    memo.sinceMs = since;
    auto q = cached(m_qLastPunch,
                    QStringLiteral("SELECT MAX(CASE WHEN status = 'closed' THEN end_ms ELSE start_ms "
                                   "END) FROM punch_intervals WHERE worker = ?"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, workerCode);
    WH_TRY(exec(**q, QStringLiteral("last punch of ") + workerCode));
    if ((*q)->next() && !(*q)->value(0).isNull())
        memo.lastPunchMs = (*q)->value(0).toLongLong();
    (*q)->finish();
    ++m_memoStats.loads;
    return &*m_memo.insert(workerCode, std::move(memo));
}

void PunchService::rememberPunch(const QString &workerCode, const QUuid &replaced,
                                 const std::vector<PunchInterval> &changed, qint64 nowMs)
{
    auto it = m_memo.find(workerCode);
    if (it == m_memo.end())
        return;
    std::vector<PunchInterval> &list = it->intervals;
    if (!replaced.isNull())
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const PunchInterval &p) { return p.startEventId == replaced; }),
                   list.end());
    for (const PunchInterval &p : changed) {
        list.push_back(p);
        it->lastPunchMs =
            std::max(it->lastPunchMs, p.status == IntervalStatus::Closed && p.endMs ? *p.endMs : p.startMs);
    }
    // Keep a day and a shift: older closed intervals no card shows again.
    const qint64 keepFrom = nowMs - 2 * (24 * 3600 * 1000LL + m_options.maxShiftMs);
    if (it->sinceMs < keepFrom) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const PunchInterval &p) {
                                      return p.status != IntervalStatus::Open && p.startMs < keepFrom;
                                  }),
                   list.end());
        it->sinceMs = keepFrom;
    }
}

Result<QSqlQuery *> PunchService::cached(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        auto q = prepare(m_store.connection(), sql);
        if (!q)
            return q.error();
        slot = std::move(q).value();
    }
    return &*slot;
}

Status PunchService::refresh()
{
    // One read answers both: did reference data change, and do events wait to be derived.
    auto q = cached(m_qVersion,
                    QStringLiteral("SELECT (SELECT version FROM reference_version WHERE id = 1), "
                                   "(SELECT COALESCE(MAX(rowid), 0) FROM events) > COALESCE((SELECT "
                                   "event_rowid FROM projection_checkpoint WHERE name = 'derived'), 0)"));
    if (!q)
        return q.error();
    WH_TRY(exec(**q, QStringLiteral("reference version")));
    const bool row = (*q)->next();
    const qint64 version = row ? (*q)->value(0).toLongLong() : 0;
    const bool behind = row && (*q)->value(1).toInt() != 0;
    (*q)->finish();
    if (version != m_referenceVersion || m_referenceVersion < 0)
        WH_TRY(reloadReference(version));
    if (behind) {
        auto summary = m_projector.catchUp(m_context);
        if (!summary)
            return summary.error();
    }
    return {};
}

Status PunchService::reloadReference(qint64 version)
{
    WorkerRepository workers(m_store);
    ActivityRepository activities(m_store);
    auto allWorkers = workers.all();
    if (!allWorkers)
        return allWorkers.error();
    auto allActivities = activities.activities();
    if (!allActivities)
        return allActivities.error();
    auto offered = activities.offeredAt(m_site.code);
    if (!offered)
        return offered.error();
    auto sections = activities.sections();
    if (!sections)
        return sections.error();
    auto allSites = SiteRepository(m_store).all();
    if (!allSites)
        return allSites.error();
    auto allDevices = DeviceRepository(m_store).all();
    if (!allDevices)
        return allDevices.error();
    m_siteRules.clear();
    for (const Site &s : *allSites)
        m_siteRules.emplace(s.code, BusinessDay(s.timeZone(), s.businessDayStartMinutes));
    m_deviceKinds.clear();
    for (const Device &d : *allDevices)
        m_deviceKinds.insert(d.id, deviceKindName(d.kind));
    m_blockOfSection.clear();
    for (const Section &s : *sections)
        m_blockOfSection.insert(s.code, s.blockCode);
    m_workers = std::move(allWorkers).value();
    m_workerByCode.clear();
    m_workerByBadge.clear();
    for (size_t i = 0; i < m_workers.size(); ++i) {
        m_workerByCode.insert(m_workers[i].code, i);
        if (!m_workers[i].badgeId.isEmpty())
            m_workerByBadge.insert(m_workers[i].badgeId, i);
    }
    m_activities.clear();
    for (Activity &a : *allActivities)
        m_activities.insert(a.code, std::move(a));
    m_offered = std::move(offered).value();
    m_referenceVersion = version;
    logging::get("db")->debug("punch service at {}: reference data loaded (version {}, {} workers)",
                              m_device.id.toStdString(), version, m_workers.size());
    return {};
}

const Worker *PunchService::cachedWorker(const QString &code) const
{
    auto it = m_workerByCode.constFind(code);
    return it == m_workerByCode.constEnd() ? nullptr : &m_workers[*it];
}

bool PunchService::isBreak(const QString &activityCode) const
{
    auto it = m_activities.constFind(activityCode);
    return it != m_activities.constEnd() && it->kind == ActivityKind::Break;
}

Result<std::unique_ptr<PunchService>> PunchService::open(Store &store, const Clock &clock,
                                                         const QString &deviceId, Options options)
{
    DeviceRepository devices(store);
    auto device = devices.find(deviceId);
    if (!device)
        return device.error();
    if (device->kind == DeviceKind::Manager)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("punches are recorded at a kiosk or a handheld"), deviceId);
    SiteRepository sites(store);
    auto site = sites.find(device->siteCode);
    if (!site)
        return site.error();
    std::unique_ptr<PunchService> service(
        new PunchService(store, clock, std::move(device).value(), std::move(site).value(), options));
    // Derive what a crash between a punch's commit and its derivation left behind.
    WH_TRY(service->settle());
    return service;
}

Status PunchService::recordAdminNotice(const QString &notice, QJsonObject details)
{
    details.insert(QStringLiteral("notice"), notice);
    details.insert(QStringLiteral("site"), m_site.code);
    Event e;
    e.id = m_ids.next();
    e.deviceId = m_device.id;
    e.kind = EventKind::AdminNotice;
    e.occurredAtMs = m_clock.nowMs();
    e.payload = details;
    // A notice derives nothing: the checkpoint moves past it in the same transaction.
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    ForgetUnlessCommitted guard(*this);
    auto stored = m_events.append(std::move(e));
    if (!stored)
        return stored.error();
    m_pendingOwn = true;
    markOwnWrites();
    WH_TRY(settle());
    WH_TRY(tx.commit());
    guard.committed();
    logging::get("db")->warn("admin notice at {}: {}", m_device.id.toStdString(), notice.toStdString());
    return {};
}

Result<WorkerCard> PunchService::cardForBadge(const QString &badgeId)
{
    WH_TRY(syncMemo());
    auto it = m_workerByBadge.constFind(badgeId);
    if (it == m_workerByBadge.constEnd()) {
        (void)recordAdminNotice(QStringLiteral("unknown-badge"), {{QStringLiteral("badge"), badgeId}});
        return Error(ErrorCode::NotFound, QStringLiteral("no such badge"), badgeId);
    }
    const Worker worker = m_workers[*it];
    if (!worker.active) {
        (void)recordAdminNotice(QStringLiteral("disabled-worker"), {{QStringLiteral("worker"), worker.code}});
        return Error(ErrorCode::Conflict, QStringLiteral("the worker is disabled"), worker.code);
    }
    return cardFor(worker);
}

Result<bool> PunchService::knowsBadge(const QString &badgeId)
{
    WH_TRY(syncMemo());
    return m_workerByBadge.contains(badgeId);
}

Result<WorkerCard> PunchService::cardForPin(const QString &workerCode, const QString &pin)
{
    WH_TRY(syncMemo());
    const Worker *worker = cachedWorker(workerCode);
    // The same answer for an unknown worker and a wrong PIN: the kiosk must not tell codes apart.
    if (!worker || worker->pinHash.isEmpty() || !PinHasher::verify(pin, worker->pinHash))
        return Error(ErrorCode::NotFound, QStringLiteral("unknown worker code or wrong PIN"), workerCode);
    if (!worker->active)
        return Error(ErrorCode::Conflict, QStringLiteral("the worker is disabled"), worker->code);
    return cardFor(*worker);
}

Result<WorkerCard> PunchService::card(const QString &workerCode)
{
    WH_TRY(syncMemo());
    const Worker *worker = cachedWorker(workerCode);
    if (!worker)
        return Error(ErrorCode::NotFound, QStringLiteral("no such worker"), workerCode);
    return cardFor(*worker);
}

Result<WorkerCard> PunchService::cardFor(const Worker &worker)
{
    const qint64 now = m_clock.nowMs();
    auto memo = memoFor(worker.code, now);
    if (!memo)
        return memo.error();
    const std::vector<PunchInterval> &recent = (*memo)->intervals;
    std::optional<PunchInterval> open;
    if (const PunchInterval *p = (*memo)->open())
        open = *p;
    const bool openIsBreak = open && isBreak(open->activityCode);
    WorkerCard card;
    card.worker = worker;
    card.state = m_machine.stateOf(open, openIsBreak, now);
    card.businessDay =
        card.state.phase == PunchState::Phase::Off ? m_businessDay.dayOf(now) : card.state.businessDay;
    card.employmentTypeCode = worker.employmentTypeOn(card.businessDay);
    if (card.state.phase != PunchState::Phase::Off) {
        if (auto it = m_activities.constFind(card.state.activityCode); it != m_activities.constEnd())
            card.current = *it;
    }
    // Worked today: that business day's intervals, breaks and forgotten ones left out, the running
    // one up to now.
    qint64 workedMs = 0;
    for (const PunchInterval &p : recent) {
        if (p.businessDay != card.businessDay || p.status == IntervalStatus::Forgotten ||
            isBreak(p.activityCode))
            continue;
        workedMs += p.endMs ? *p.endMs - p.startMs : std::max<qint64>(now - p.startMs, 0);
    }
    card.workedSecondsToday = workedMs / 1000;
    return card;
}

Result<std::optional<Activity>> PunchService::offeredActivity(const QString &code, bool breakKind)
{
    for (const Activity &a : m_offered) {
        const bool isBreakKind = a.kind == ActivityKind::Break;
        if (isBreakKind != breakKind)
            continue;
        if (code.isEmpty() || a.code == code)
            return std::optional<Activity>(a);
    }
    return std::optional<Activity>();
}

Result<PunchOutcome> PunchService::punch(const QString &workerCode, PunchAction action,
                                         const QString &activityCode)
{
    Transaction tx(m_store.connection());
    if (!tx.begun().ok()) {
        const Error &e = tx.begun().error();
        return Error(e.code(),
                     QStringLiteral("the store is busy or cannot be written; nothing was recorded: %1")
                         .arg(e.message()),
                     m_store.path());
    }
    // Whatever is not committed is forgotten in memory too (a refusal, an error).
    ForgetUnlessCommitted guard(*this);
    // Under the write lock: memory is checked against the store (another writer's punch derived).
    WH_TRY(syncMemo());
    const Worker *worker = cachedWorker(workerCode);
    if (!worker)
        return Error(ErrorCode::NotFound, QStringLiteral("no such worker"), workerCode);
    if (!worker->active)
        return Error(ErrorCode::Conflict, QStringLiteral("the worker is disabled"), worker->code);

    // Only a break may default to the site's first break activity; work is always chosen.
    if (action == PunchAction::StartActivity && activityCode.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no activity chosen"), worker->code);
    std::optional<Activity> activity;
    if (action != PunchAction::ClockOut) {
        auto found = offeredActivity(activityCode, action == PunchAction::Break);
        if (!found)
            return found.error();
        if (!*found)
            return Error(ErrorCode::InvalidArgument,
                         action == PunchAction::Break
                             ? QStringLiteral("no such break activity at this site")
                             : QStringLiteral("the activity is not offered at this site"),
                         QStringLiteral("%1 at %2").arg(activityCode, m_site.code));
        activity = *found;
    }

    const qint64 now = m_clock.nowMs();
    auto memo = memoFor(worker->code, now);
    if (!memo)
        return memo.error();
    std::optional<PunchInterval> open;
    if (const PunchInterval *p = (*memo)->open())
        open = *p;
    const bool openIsBreak = open && isBreak(open->activityCode);
    PunchOutcome outcome;
    outcome.before = m_machine.stateOf(open, openIsBreak, now);
    // The worker's last punch: the open interval's start, else the end of their last closed one. A
    // punch before it (a clock that went back) is refused even when off: the events are derived in
    // time order, so it would land inside the past shift and a rebuild would not match.
    const qint64 lastPunchMs =
        outcome.before.phase != PunchState::Phase::Off ? outcome.before.sinceMs : (*memo)->lastPunchMs;
    auto decision =
        now < lastPunchMs
            ? Result<PunchDecision>(
                  Error(ErrorCode::Conflict,
                        QStringLiteral("the clock is behind the worker's last punch; nothing was recorded"),
                        QStringLiteral("now %1 ms < last punch %2 ms").arg(now).arg(lastPunchMs)))
            : m_machine.decide(outcome.before, action, activity ? &*activity : nullptr, now);
    if (!decision) {
        if (decision.error().code() == ErrorCode::Conflict && now < lastPunchMs) {
            tx.rollback();
            (void)recordAdminNotice(QStringLiteral("clock-behind"),
                                    {{QStringLiteral("worker"), worker->code},
                                     {QStringLiteral("now_ms"), now},
                                     {QStringLiteral("last_punch_ms"), lastPunchMs}});
        }
        return decision.error();
    }
    if (!decision->kind) {
        outcome.after = outcome.before;
        outcome.noOpReason = decision->noOpReason;
        WH_TRY(tx.commit()); // keeps what the catch-up above derived; records nothing else
        guard.committed();
        markOwnWrites();
        return outcome;
    }

    Event e;
    e.id = m_ids.nextAt(now);
    e.deviceId = m_device.id;
    e.kind = *decision->kind;
    e.occurredAtMs = now;
    e.payload = PunchPayload{worker->code, m_site.code, decision->activityCode}.toJson();
    auto stored = m_events.append(std::move(e));
    if (!stored)
        return stored.error();

    // What the punch did to the worker's intervals, with the rules of the derivation (in memory:
    // the table is written by the catch-up below, outside the commit the worker waits for).
    PunchIntervalBuilder builder(m_context.lookups, m_options.maxShiftMs);
    if (open)
        builder.restore(*open);
    WH_TRY(builder.apply(*stored));
    std::vector<PunchInterval> changed = builder.takeFinished();
    for (const PunchInterval &p : changed)
        if (p.status == IntervalStatus::Forgotten)
            outcome.closedForgotten = true;
    const std::vector<PunchInterval> stillOpen = builder.openIntervals();
    WH_TRY(tx.commit());
    guard.committed();
    changed.insert(changed.end(), stillOpen.begin(), stillOpen.end());
    rememberPunch(worker->code, open ? open->startEventId : QUuid(), changed, now);
    markOwnWrites();
    m_pendingOwn = true;

    outcome.event = *stored;
    const std::optional<PunchInterval> after =
        stillOpen.empty() ? std::nullopt : std::optional<PunchInterval>(stillOpen.front());
    outcome.after = m_machine.stateOf(after, action == PunchAction::Break, now);
    if (auto log = logging::get("db"); log->should_log(spdlog::level::info))
        log->info("punch {} {} {} at {}", worker->code.toStdString(),
                  eventKindName(stored->kind).toStdString(), decision->activityCode.toStdString(),
                  m_device.id.toStdString());
    if (!m_options.deferProjection) {
        // The punch is committed whatever happens here; a failure leaves it to the next catch-up.
        if (auto s = settle(); !s)
            logging::get("db")->warn("punch intervals not derived yet: {}",
                                     s.error().toString().toStdString());
    }
    return outcome;
}

Result<QStringList> PunchService::recentActivities(const QString &workerCode, int limit, qint64 sinceMs)
{
    auto q = prepare(
        m_store.connection(),
        QStringLiteral("SELECT p.activity, MAX(p.start_ms) AS last FROM punch_intervals p JOIN activities "
                       "a ON a.code = p.activity WHERE p.worker = ? AND p.start_ms >= ? AND a.kind <> "
                       "'break' GROUP BY p.activity ORDER BY last DESC LIMIT ?"));
    if (!q)
        return q.error();
    q->addBindValue(workerCode);
    q->addBindValue(sinceMs);
    q->addBindValue(limit);
    WH_TRY(exec(*q, QStringLiteral("recent activities of ") + workerCode));
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<std::vector<ActivityOption>> PunchService::activityOptions(const QString &workerCode)
{
    WH_TRY(settle());
    const qint64 now = m_clock.nowMs();
    auto recent = recentActivities(workerCode, m_options.recentCount, now - kTwoWeeksMs);
    if (!recent)
        return recent.error();
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("SELECT p.activity, count(*) AS n FROM punch_intervals p JOIN activities a ON "
                               "a.code = p.activity WHERE p.worker = ? AND p.start_ms >= ? AND a.kind = "
                               "'direct' GROUP BY p.activity ORDER BY n DESC, p.activity LIMIT ?"));
    if (!q)
        return q.error();
    q->addBindValue(workerCode);
    q->addBindValue(now - kTwoWeeksMs);
    q->addBindValue(m_options.favouriteCount);
    WH_TRY(exec(*q, QStringLiteral("favourite activities of ") + workerCode));
    QStringList favourites;
    while (q->next())
        favourites << q->value(0).toString();

    std::vector<ActivityOption> options;
    for (const Activity &a : m_offered) {
        if (a.kind == ActivityKind::Break)
            continue;
        ActivityOption o;
        o.blockCode = m_blockOfSection.value(a.sectionCode);
        o.recent = recent->contains(a.code);
        o.favourite = favourites.contains(a.code);
        o.activity = a;
        options.push_back(std::move(o));
    }
    // Recent first (most recent first), then favourites (most used first), then tree order.
    auto rank = [&](const ActivityOption &o) {
        if (o.recent)
            return static_cast<int>(recent->indexOf(o.activity.code));
        if (o.favourite)
            return 100 + static_cast<int>(favourites.indexOf(o.activity.code));
        return 1000;
    };
    std::stable_sort(options.begin(), options.end(),
                     [&](const ActivityOption &a, const ActivityOption &b) { return rank(a) < rank(b); });
    return options;
}

Result<std::vector<Activity>> PunchService::breakActivities()
{
    WH_TRY(syncMemo());
    std::vector<Activity> out;
    for (const Activity &a : m_offered)
        if (a.kind == ActivityKind::Break)
            out.push_back(a);
    return out;
}

Result<std::optional<Activity>> PunchService::offered(const QString &code)
{
    WH_TRY(syncMemo());
    for (const Activity &a : m_offered)
        if (a.code == code)
            return std::optional<Activity>(a);
    return std::optional<Activity>();
}

Result<WorkflowAnswer> PunchService::workflowStarted(const QString &workerCode, const QString &workflow)
{
    WH_TRY(settle());
    ActivityRepository activities(m_store);
    auto linked = activities.activitiesForWorkflow(workflow);
    if (!linked)
        return linked.error();
    QSet<QString> here;
    for (const Activity &a : m_offered)
        here.insert(a.code);
    QStringList candidates;
    for (const QString &code : *linked)
        if (here.contains(code))
            candidates << code;
    if (candidates.isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no activity at this site belongs to the workflow"),
                     QStringLiteral("%1 at %2").arg(workflow, m_site.code));

    auto current = card(workerCode);
    if (!current)
        return current.error();
    WorkflowAnswer answer;
    answer.currentActivity = current->state.activityCode;
    if (current->state.phase == PunchState::Phase::Working && candidates.contains(answer.currentActivity))
        return answer;
    answer.verdict = current->state.phase == PunchState::Phase::Off ? WorkflowAnswer::Verdict::ClockInNeeded
                                                                    : WorkflowAnswer::Verdict::SwitchNeeded;
    // Suggest the workflow's activities the worker did lately first, then the rest in tree order.
    auto recent = recentActivities(workerCode, 50, m_clock.nowMs() - kTwoWeeksMs);
    if (!recent)
        return recent.error();
    QStringList ordered;
    for (const QString &code : *recent)
        if (candidates.contains(code))
            ordered << code;
    for (const QString &code : candidates)
        if (!ordered.contains(code))
            ordered << code;
    answer.suggestedActivities = ordered;
    return answer;
}

Result<int> PunchService::expireForgotten()
{
    const qint64 now = m_clock.nowMs();
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    ForgetUnlessCommitted guard(*this);
    WH_TRY(settle());
    auto open = m_intervals.openAtSite(m_site.code);
    if (!open)
        return open.error();
    int closed = 0;
    for (PunchInterval p : *open) {
        if (now - p.shiftStartMs <= m_options.maxShiftMs)
            continue;
        p.endMs = p.shiftStartMs + m_options.maxShiftMs;
        p.status = IntervalStatus::Forgotten;
        WH_TRY(m_intervals.upsert(p));
        ++closed;
    }
    WH_TRY(tx.commit());
    guard.committed();
    // The forgotten intervals were written here, not by a punch: read them again when needed.
    m_memo.clear();
    markOwnWrites();
    if (closed > 0)
        logging::get("db")->warn("closed {} forgotten shifts at {}", closed, m_site.code.toStdString());
    return closed;
}

} // namespace wh::db
