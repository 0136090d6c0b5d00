#pragma once

#include "BusinessDay.h"
#include "Clock.h"
#include "DerivedRepositories.h"
#include "Event.h"
#include "EventStore.h"
#include "MasterData.h"
#include "PunchStateMachine.h"
#include "Result.h"
#include "SqlSupport.h"
#include "Store.h"
#include "UuidV7.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace wh::db {

// A worker as the kiosk shows them after a tap.
struct WorkerCard {
    Worker worker;
    QString employmentTypeCode; // in force today, from the worker's record (never chosen at the kiosk)
    PunchState state;
    std::optional<Activity> current; // the activity (or break) of the running interval
    QDate businessDay;               // of the running shift, else today's
    qint64 workedSecondsToday = 0;   // that business day, breaks left out, the running interval up to now
};

// One activity on the kiosk's chooser.
struct ActivityOption {
    Activity activity;
    QString blockCode;
    bool recent = false;    // among the worker's last few activities
    bool favourite = false; // among the worker's most used activities over the last two weeks
};

struct PunchOutcome {
    PunchState before;
    PunchState after;
    std::optional<Event> event;   // set when a punch was recorded: durably committed on return
    QString noOpReason;           // set when nothing had to be recorded
    bool closedForgotten = false; // this punch closed the worker's previous shift as forgotten
};

// The forgotten-punch guard's answer to "this worker opens that workflow".
struct WorkflowAnswer {
    enum class Verdict { Ok, SwitchNeeded, ClockInNeeded };
    Verdict verdict = Verdict::Ok;
    QString currentActivity;         // what the worker is punched into (empty when off)
    QStringList suggestedActivities; // activities of the workflow at this site, the worker's recent first
};
[[nodiscard]] QString workflowVerdictName(WorkflowAnswer::Verdict verdict);

// Punching at one device (a kiosk or a handheld): the site comes from the device, the employment
// type from the worker's record. A punch is one transaction: the event and its outbox row are
// committed together (synchronous=FULL), so a punch the worker saw confirmed survives a crash and no
// punch is ever half-written. The punch intervals are derived from the events right after
// (EventProjector::catchUp, from a checkpoint): by punch() itself, or, with deferProjection, by
// settle(), which the kiosk calls once the confirmation is on screen. Every read of intervals here
// catches up first, and opening the service catches up on what a crash in between left behind.
// Use on one thread (the store connection's).
class PunchService {
public:
    struct Options {
        qint64 maxShiftMs = PunchStateMachine::kDefaultMaxShiftMs;
        int recentCount = 4;
        int favouriteCount = 6;
        // punch() returns once the event is committed and leaves deriving the intervals to settle().
        bool deferProjection = false;
    };

    // The device must exist and be a kiosk or a handheld.
    [[nodiscard]] static Result<std::unique_ptr<PunchService>> open(Store &store, const Clock &clock,
                                                                    const QString &deviceId, Options options);
    [[nodiscard]] static Result<std::unique_ptr<PunchService>> open(Store &store, const Clock &clock,
                                                                    const QString &deviceId)
    {
        return open(store, clock, deviceId, Options{});
    }

    [[nodiscard]] const Device &device() const { return m_device; }
    [[nodiscard]] const Site &site() const { return m_site; }

    // The worker behind a badge. An unknown badge or a disabled worker is an error (NotFound /
    // Conflict) and leaves an admin notice event; nothing is punched.
    [[nodiscard]] Result<WorkerCard> cardForBadge(const QString &badgeId);
    // Whether a badge id is a worker's (known to the service; no admin notice, nothing punched):
    // a barcode scanned at the kiosk goes down the badge path only when it is.
    [[nodiscard]] Result<bool> knowsBadge(const QString &badgeId);
    // The worker by code and PIN (the kiosk's fallback). A wrong PIN is an error; the PIN is never
    // logged or stored.
    [[nodiscard]] Result<WorkerCard> cardForPin(const QString &workerCode, const QString &pin);
    [[nodiscard]] Result<WorkerCard> card(const QString &workerCode);

    // Punches: StartActivity clocks in or switches; Break starts a break (`activityCode` may name a
    // break activity, else the site's first); ClockOut ends the shift.
    [[nodiscard]] Result<PunchOutcome> punch(const QString &workerCode, PunchAction action,
                                             const QString &activityCode = {});

    // The chooser: the site's activities (breaks left out), the worker's recent ones first, then
    // their favourites, then the rest in block > section > activity order.
    [[nodiscard]] Result<std::vector<ActivityOption>> activityOptions(const QString &workerCode);
    // The break activities offered at this site.
    [[nodiscard]] Result<std::vector<Activity>> breakActivities();
    // The activity (work or break) offered at this site under `code`, or none. From memory: no
    // query unless another writer changed the store (a scanned code is checked on every scan).
    [[nodiscard]] Result<std::optional<Activity>> offered(const QString &code);

    // Forgotten-punch guard: the worker opens `workflow` (measure, inspect, receive, pack, ...).
    [[nodiscard]] Result<WorkflowAnswer> workflowStarted(const QString &workerCode, const QString &workflow);

    // Closes, as forgotten, every open interval at this site whose shift passed the maximum length.
    // Returns how many were closed.
    [[nodiscard]] Result<int> expireForgotten();

    // Derives the punch intervals of events committed since the last derivation (after a deferred
    // punch, or another writer's). Cheap when there is nothing to derive.
    [[nodiscard]] Status settle();
    // Records something for the administrator (an unknown badge, a clock that went back).
    [[nodiscard]] Status recordAdminNotice(const QString &notice, QJsonObject details);

    // How the in-memory worker state served the taps (see "Worker state in memory" below).
    struct MemoStats {
        qint64 hits = 0;   // a card or a punch answered from memory
        qint64 loads = 0;  // a worker's intervals read from the store
        qint64 resets = 0; // everything forgotten because another writer changed the store
    };
    [[nodiscard]] const MemoStats &memoStats() const { return m_memoStats; }

private:
    PunchService(Store &store, const Clock &clock, Device device, Site site, Options options);
    // One read: reloads workers and activities when the store's reference_version moved (any
    // writer's change to master data bumps it by trigger), and derives the events that wait.
    [[nodiscard]] Status refresh();
    [[nodiscard]] Status reloadReference(qint64 version);
    [[nodiscard]] const Worker *cachedWorker(const QString &code) const;
    [[nodiscard]] bool isBreak(const QString &activityCode) const;
    // A prepared statement kept for the life of the service (the hot path prepares nothing).
    [[nodiscard]] Result<QSqlQuery *> cached(std::optional<QSqlQuery> &slot, const QString &sql);
    [[nodiscard]] Result<WorkerCard> cardFor(const Worker &worker);
    [[nodiscard]] Result<std::optional<Activity>> offeredActivity(const QString &code, bool breakKind);
    [[nodiscard]] Result<QStringList> recentActivities(const QString &workerCode, int limit, qint64 sinceMs);

    // Worker state in memory. A tap needs the worker's running interval, today's intervals and
    // their last punch. The service keeps them per worker from the first tap on and updates them
    // with its own punches, derived in memory by the same PunchIntervalBuilder the catch-up runs.
    // They are trusted only while nobody else wrote: SQLite's data_version (commits by any other
    // connection) and this connection's total_changes (writes by other code on it) must both be
    // where the service's own last write left them; otherwise everything is forgotten, reference
    // data and intervals are read again and the catch-up runs (syncMemo). Inside a punch the check
    // runs under the write lock, so the rules decide on the store's current state.
    struct WorkerMemo {
        std::vector<PunchInterval> intervals; // the open one (any age) and those started since sinceMs
        qint64 sinceMs = 0;
        qint64 lastPunchMs = 0; // closed: end, else start; the latest over all the worker's intervals
        [[nodiscard]] const PunchInterval *open() const;
    };
    [[nodiscard]] Status syncMemo();
    // Derives the service's own punches that wait (deferProjection) into the table.
    [[nodiscard]] Status deriveOwn();
    [[nodiscard]] Result<const WorkerMemo *> memoFor(const QString &workerCode, qint64 nowMs);
    void rememberPunch(const QString &workerCode, const QUuid &replaced,
                       const std::vector<PunchInterval> &changed, qint64 nowMs);
    [[nodiscard]] Result<qint64> dataVersion();
    [[nodiscard]] qint64 totalChanges() const;
    // After the service's own write: what it wrote is in memory already.
    void markOwnWrites() { m_ownChanges = totalChanges(); }
    // After a write that was rolled back or that memory does not follow.
    void forgetMemo();
    // Forgets the memory when it goes unless committed() was called: a transaction that rolls back
    // takes with it what the catch-up derived inside it.
    class ForgetUnlessCommitted {
    public:
        explicit ForgetUnlessCommitted(PunchService &service)
            : m_service(service)
        {
        }
        ~ForgetUnlessCommitted()
        {
            if (!m_committed)
                m_service.forgetMemo();
        }
        ForgetUnlessCommitted(const ForgetUnlessCommitted &) = delete;
        ForgetUnlessCommitted &operator=(const ForgetUnlessCommitted &) = delete;
        void committed() { m_committed = true; }

    private:
        PunchService &m_service;
        bool m_committed = false;
    };

    Store &m_store;
    const Clock &m_clock;
    Device m_device;
    Site m_site;
    Options m_options;
    PunchStateMachine m_machine;
    BusinessDay m_businessDay;
    UuidV7Generator m_ids;
    EventStore m_events;
    PunchIntervalRepository m_intervals;
    EventProjector m_projector;
    ProjectionContext m_context; // over the cached reference data below
    std::map<QString, BusinessDay> m_siteRules;
    QHash<QString, QString> m_deviceKinds;

    qint64 m_referenceVersion = -1;
    std::vector<Worker> m_workers;
    QHash<QString, size_t> m_workerByCode;
    QHash<QString, size_t> m_workerByBadge;
    QHash<QString, Activity> m_activities; // every activity, for kinds and names
    std::vector<Activity> m_offered;       // offered at this site, in tree order
    QHash<QString, QString> m_blockOfSection;

    QHash<QString, WorkerMemo> m_memo;
    MemoStats m_memoStats;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;  // total_changes after the service's last own write; -1: check the store
    bool m_pendingOwn = false; // own punches committed and not derived into the table yet
    std::unique_ptr<SqliteStatement> m_qDataVersion;

    std::optional<QSqlQuery> m_qVersion;
    std::optional<QSqlQuery> m_qOpen;
    std::optional<QSqlQuery> m_qLastPunch;
};

} // namespace wh::db
