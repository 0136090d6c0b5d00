#include "DemoWarehouse.h"

#include "DailySummaries.h"
#include "SqlSupport.h"

#include "Accounts.h"
#include "BusinessDay.h"
#include "DemoCatalog.h"
#include "DeviceSettings.h"
#include "EventStore.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "PinHasher.h"
#include "Random.h"
#include "SqlSupport.h"
#include "UuidV7.h"

#include <QSet>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace wh::demo {

namespace {

constexpr qint64 kMinute = 60 * 1000;

struct ShiftPattern {
    const char *name;
    int startMin; // local minutes after midnight of the business day's date
    int endMin;   // may pass 1440 (night shift)
};

// Index into kShifts.
enum Shift { Early, Day, Late, Night, PtMorning, PtDay, PtLong, PtEvening, ShiftCount };
constexpr std::array<ShiftPattern, ShiftCount> kShifts{{
    {"early", 7 * 60, 16 * 60},
    {"day", 8 * 60, 17 * 60},
    {"late", 13 * 60, 22 * 60},
    {"night", 21 * 60, 30 * 60},
    {"pt-morning", 9 * 60, 14 * 60},
    {"pt-day", 10 * 60, 16 * 60},
    {"pt-long", 9 * 60, 17 * 60},
    {"pt-evening", 17 * 60, 22 * 60},
}};

struct BreakPlan {
    int offsetMin; // from shift start
    int lengthMin;
    const char *activity;
};

// Japanese labour law: over 6 h at least 45 min of break, over 8 h at least 60 min.
std::vector<BreakPlan> breaksFor(const ShiftPattern &s)
{
    const int len = s.endMin - s.startMin;
    if (len >= 540)
        return {{240, 60, kLunchBreak}, {420, 15, kShortBreak}};
    if (len >= 420)
        return {{210, 45, kLunchBreak}};
    if (len >= 300)
        return {{len / 2, 15, kShortBreak}};
    return {};
}

int breakMinutes(const ShiftPattern &s)
{
    int total = 0;
    for (const auto &b : breaksFor(s))
        total += b.lengthMin;
    return total;
}

struct DemoWorker {
    Worker worker;
    int index = 0;
    QString site;
    QString primaryBlock;
    double skill = 1.0;
    Shift shift = Day;
    std::array<bool, 7> worksOn{}; // Monday = 0
    QString handheld;
    bool leader = false;
};

struct SiteSetup {
    Site site;
    QStringList kiosks;
    QStringList handhelds;
};

struct PlannedEvent {
    Event event;
    QString workerCode; // tie-break for a stable order
    int order = 0;      // position within the worker's day
};

// Activities by block, direct only, with fixed weights (the first activity of a section is the
// section's main work and done most).
struct ActivityChoice {
    QString code;
    double weight;
    double rate;
};

class Generator {
public:
    Generator(db::Store &store, const DemoOptions &options, const Clock &clock)
        : m_store(store)
        , m_options(options)
        , m_clock(clock)
        , m_rng(options.seed)
    {
    }

    Result<DemoReport> run();

private:
    Status checkEmpty();
    void choosePeriod();
    Status writeMasterData();
    void buildWorkers();
    void calibrate();
    void planFaults();
    std::vector<PlannedEvent> planDay(int dayIndex);
    void planWorkerDay(DemoWorker &w, int dayIndex, std::vector<PlannedEvent> &out);
    Status writeDay(std::vector<PlannedEvent> &events);
    QString pickActivity(SeededRandom &rng, const DemoWorker &w, const QString &previous);
    // The worker's random stream for a day; its first draw says whether the worker is absent.
    [[nodiscard]] SeededRandom dayRandom(const DemoWorker &w, int dayIndex) const
    {
        return m_rng.fork((static_cast<std::uint64_t>(dayIndex) << 20) ^ static_cast<std::uint64_t>(w.index));
    }
    static bool absent(SeededRandom &dayRng) { return dayRng.chance(0.03); }
    // Whether the worker works that day (a working weekday, not absent), as planWorkerDay decides it.
    [[nodiscard]] bool atWork(const DemoWorker &w, int dayIndex) const
    {
        SeededRandom rng = dayRandom(w, dayIndex);
        return w.worksOn[static_cast<size_t>(m_first.addDays(dayIndex).dayOfWeek() - 1)] && !absent(rng);
    }

    db::Store &m_store;
    DemoOptions m_options;
    const Clock &m_clock;
    SeededRandom m_rng;
    DemoReport m_report;
    QDate m_first;
    std::vector<SiteSetup> m_sites;
    std::map<QString, BusinessDay> m_rules;
    std::vector<DemoWorker> m_workers;
    std::map<QString, std::vector<ActivityChoice>> m_blockActivities;
    std::vector<QString> m_indirectWork;
    std::map<QString, double> m_rates;
    double m_switchesPerHour = 2.0;
    // Faults
    QString m_forgotWorker;
    int m_forgotDay = -1;
    QString m_wrongWorker;
    QString m_wrongActivity;
    int m_wrongDay = -1;
    QString m_badSite;
    QString m_badActivity;
    int m_badDay = -1;
};

Status Generator::checkEmpty()
{
    auto workers = db::scalar(m_store.connection(), QStringLiteral("SELECT (SELECT count(*) FROM workers) + "
                                                                   "(SELECT count(*) FROM events)"));
    if (!workers)
        return workers.error();
    if (workers->toLongLong() > 0)
        return Error(
            ErrorCode::Conflict,
            QStringLiteral("the store already holds data; the demo is written only into a new store"),
            m_store.path());
    return {};
}

void Generator::choosePeriod()
{
    if (m_options.start) {
        m_first = *m_options.start;
    } else {
        const BusinessDay rule(QTimeZone("Asia/Tokyo"), 5 * 60);
        const QDate yesterday = rule.dayOf(m_clock.nowMs()).addDays(-1);
        m_first = yesterday.addDays(-(m_options.days - 1));
    }
    m_report.firstDay = m_first;
    m_report.lastDay = m_first.addDays(m_options.days - 1);
}

void Generator::buildWorkers()
{
    const Catalog &cat = catalog();
    for (const Activity &a : cat.activities) {
        QString block;
        for (const Section &s : cat.sections)
            if (s.code == a.sectionCode)
                block = s.blockCode;
        if (a.kind == ActivityKind::Direct) {
            m_blockActivities[block].push_back(
                {a.code, a.sortOrder == 1 ? 3.0 : 1.0, *a.standardUnitsPerHour});
            m_rates[a.code] = *a.standardUnitsPerHour;
        } else if (a.kind == ActivityKind::Indirect && a.code != QLatin1String(kMorningMeeting) &&
                   a.code != QLatin1String("IND-MTG-HANDOVER") && a.code != QLatin1String("IND-ADM-LEAD")) {
            m_indirectWork.push_back(a.code);
        }
    }

    const std::vector<std::pair<const char *, double>> blockWeights = {
        {"INB", 14}, {"STO", 10}, {"PIC", 24}, {"PAC", 22}, {"SHP", 14}, {"RET", 8}, {"MEA", 8}};
    auto pickBlock = [&](SeededRandom &rng) {
        double total = 0;
        for (const auto &bw : blockWeights)
            total += bw.second;
        double x = rng.uniform() * total;
        for (const auto &bw : blockWeights) {
            if ((x -= bw.second) < 0)
                return QString::fromLatin1(bw.first);
        }
        return QString::fromLatin1(blockWeights.back().first);
    };

    const int total = m_options.workers;
    const int atFirstSite = total * 55 / 100;
    const auto &family = familyNames();
    const auto &given = givenNames();
    QSet<QString> badges;
    SeededRandom rng = m_rng.fork(1);
    int nightCrew = 0;
    std::array<int, 2> handheldCursor{0, 0};
    for (int i = 0; i < total; ++i) {
        DemoWorker w;
        w.index = i;
        const int siteIndex = i < atFirstSite ? 0 : 1;
        w.site = m_sites[static_cast<size_t>(siteIndex)].site.code;
        w.worker.code = QStringLiteral("W%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        w.worker.name =
            QString::fromUtf8(family[static_cast<size_t>(rng.between(0, qint64(family.size()) - 1))]) +
            QStringLiteral(" ") +
            QString::fromUtf8(given[static_cast<size_t>(rng.between(0, qint64(given.size()) - 1))]);
        w.worker.homeSiteCode = w.site;
        QString badge;
        do {
            badge = QStringLiteral("%1").arg(rng.between(1, 0xFFFFFFFFLL), 10, 10, QLatin1Char('0'));
        } while (badges.contains(badge));
        badges.insert(badge);
        w.worker.badgeId = badge;

        // Employment: 60 % part-timers, 10 % part-time leaders, 15 % contract, 15 % full-time.
        const double t = rng.uniform();
        const QString finalType = t < 0.60   ? QStringLiteral("PT")
                                  : t < 0.70 ? QStringLiteral("PTL")
                                  : t < 0.85 ? QStringLiteral("CT")
                                             : QStringLiteral("FT");
        const QDate hired = m_first.addDays(-rng.between(60, 3000));
        if (finalType == QLatin1String("PTL")) {
            const QDate promoted = hired.addDays(rng.between(180, 700));
            w.worker.employment = {{hired, QStringLiteral("PT")},
                                   {std::min(promoted, m_first.addDays(-30)), QStringLiteral("PTL")}};
            w.leader = true;
        } else if (finalType == QLatin1String("FT") && rng.chance(0.4)) {
            const QDate promoted = hired.addDays(rng.between(365, 1100));
            w.worker.employment = {{hired, QStringLiteral("CT")},
                                   {std::min(promoted, m_first.addDays(-30)), QStringLiteral("FT")}};
        } else {
            w.worker.employment = {{hired, finalType}};
        }
        if (w.worker.employment.size() == 2 && w.worker.employment[1].effectiveFrom <= hired)
            w.worker.employment.pop_back();

        w.primaryBlock = pickBlock(rng);
        w.skill = std::clamp(rng.normal(1.0, 0.15), 0.6, 1.45);
        const bool partTime = finalType == QLatin1String("PT") || finalType == QLatin1String("PTL");
        if (!partTime && siteIndex == 0 && nightCrew < 30) {
            w.shift = Night;
            ++nightCrew;
        } else if (partTime) {
            const double s = rng.uniform();
            w.shift = s < 0.30 ? PtMorning : s < 0.55 ? PtDay : s < 0.85 ? PtLong : PtEvening;
        } else {
            const double s = rng.uniform();
            w.shift = s < 0.30 ? Early : s < 0.80 ? Day : Late;
        }
        // Two fixed days off a week (the warehouse runs every day), three for some part-timers.
        w.worksOn.fill(true);
        const int offDays = partTime && rng.chance(0.3) ? 3 : 2;
        for (int k = 0; k < offDays;) {
            const auto d = static_cast<size_t>(rng.between(0, 6));
            if (w.worksOn[d]) {
                w.worksOn[d] = false;
                ++k;
            }
        }
        SiteSetup &site = m_sites[static_cast<size_t>(siteIndex)];
        w.handheld = site.handhelds[handheldCursor[static_cast<size_t>(siteIndex)]++ % site.handhelds.size()];

        // PIN: the last four digits of the worker code (documented for the demo), hashed with a
        // seeded salt so the same seed gives the same store.
        QByteArray salt(16, '\0');
        for (auto &b : salt)
            b = static_cast<char>(rng.between(0, 255));
        auto pin = PinHasher::hashWithSalt(w.worker.code.right(4), salt, PinHasher::kLightCost);
        if (pin)
            w.worker.pinHash = *pin;
        m_workers.push_back(std::move(w));
    }

    // Promotions inside the period: the wage changes from that day on.
    int promotions = 0;
    for (DemoWorker &w : m_workers) {
        if (promotions >= 12 || m_options.days < 4)
            break;
        const QString current = w.worker.employment.back().employmentTypeCode;
        if ((current != QLatin1String("PT") && current != QLatin1String("CT")) || !rng.chance(0.05))
            continue;
        const QDate day = m_first.addDays(rng.between(2, m_options.days - 2));
        w.worker.employment.push_back(
            {day, current == QLatin1String("PT") ? QStringLiteral("PTL") : QStringLiteral("FT")});
        if (current == QLatin1String("PT"))
            w.leader = true;
        ++promotions;
    }
}

Status Generator::writeMasterData()
{
    const Catalog &cat = catalog();
    m_sites = {
        {{QStringLiteral("S1"), QStringLiteral("市川物流センター"), "Asia/Tokyo", 5 * 60}, {}, {}},
        {{QStringLiteral("S2"), QStringLiteral("茨木物流センター"), "Asia/Tokyo", 5 * 60}, {}, {}},
    };
    db::SiteRepository sites(m_store);
    db::EmploymentRepository employment(m_store);
    db::ActivityRepository activities(m_store);
    db::DeviceRepository devices(m_store);
    db::WorkerRepository workers(m_store);

    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    for (SiteSetup &s : m_sites) {
        WH_TRY(sites.save(s.site));
        m_rules.emplace(s.site.code, BusinessDay(s.site.timeZone(), s.site.businessDayStartMinutes));
        const int kiosks = s.site.code == QLatin1String("S1") ? 4 : 3;
        const int handhelds = s.site.code == QLatin1String("S1") ? 40 : 32;
        for (int k = 1; k <= kiosks; ++k) {
            Device d{QStringLiteral("%1-KIOSK-%2").arg(s.site.code).arg(k, 2, 10, QLatin1Char('0')),
                     DeviceKind::Kiosk, s.site.code, QStringLiteral("Kiosk %1").arg(k)};
            WH_TRY(devices.save(d));
            s.kiosks << d.id;
        }
        for (int k = 1; k <= handhelds; ++k) {
            Device d{QStringLiteral("%1-HT-%2").arg(s.site.code).arg(k, 3, 10, QLatin1Char('0')),
                     DeviceKind::Handheld, s.site.code, QStringLiteral("Handheld %1").arg(k)};
            WH_TRY(devices.save(d));
            s.handhelds << d.id;
        }
        WH_TRY(devices.save({QStringLiteral("%1-MGR-01").arg(s.site.code), DeviceKind::Manager, s.site.code,
                             QStringLiteral("Office PC")}));
    }
    for (const EmploymentType &t : cat.employmentTypes)
        WH_TRY(employment.saveType(t));
    // Wages rise every 1 October (Japan's minimum-wage revision), about 4 % a year.
    const std::map<QString, std::array<qint64, 2>> base = {
        {QStringLiteral("PT"), {1120, 1060}},
        {QStringLiteral("PTL"), {1300, 1240}},
        {QStringLiteral("CT"), {1450, 1380}},
        {QStringLiteral("FT"), {2150, 2050}},
    };
    const QDate last = m_first.addDays(m_options.days - 1);
    for (const auto &[type, rates] : base) {
        for (size_t s = 0; s < m_sites.size(); ++s) {
            int step = 0;
            for (int year = m_first.year() - 3; year <= last.year(); ++year, ++step) {
                const QDate from(year, 10, 1);
                if (from > last)
                    break;
                const double grown = static_cast<double>(rates[s]) * std::pow(1.04, step);
                const qint64 yen = static_cast<qint64>(std::llround(grown / 10.0)) * 10;
                WH_TRY(employment.saveWageRate({type, m_sites[s].site.code, from, yen}));
            }
        }
    }
    // Labor rules: the statutory break defaults, premiums on (overtime and late night +25 %).
    for (const SiteSetup &site : m_sites)
        WH_TRY(db::execDirect(m_store.connection(),
                              QStringLiteral("INSERT INTO site_labor_rules (site, premiums_enabled) VALUES ('%1', 1)")
                                  .arg(site.site.code)));
    for (const Block &b : cat.blocks)
        WH_TRY(activities.saveBlock(b));
    for (const Section &s : cat.sections)
        WH_TRY(activities.saveSection(s));
    for (const Activity &a : cat.activities) {
        WH_TRY(activities.saveActivity(a));
        if (const QStringList workflows = workflowsOf(a.code); !workflows.isEmpty())
            WH_TRY(activities.setWorkflows(a.code, workflows));
    }
    for (const SiteSetup &s : m_sites) {
        QStringList offered;
        for (const Activity &a : cat.activities)
            if (offeredAt(s.site.code, a.code))
                offered << a.code;
        WH_TRY(activities.setSiteActivities(s.site.code, offered));
    }

    buildWorkers();
    for (const DemoWorker &w : m_workers)
        WH_TRY(workers.save(w.worker));
    return tx.commit();
}

void Generator::calibrate()
{
    // Switches per hour of work so that the whole period lands on the target punches per day:
    // fixed punches (clock-in, clock-out, two per break, one after the morning meeting) plus
    // switches at a rate proportional to the hours worked.
    double fixed = 0;
    double hours = 0;
    for (int d = 0; d < m_options.days; ++d) {
        const int weekday = m_first.addDays(d).dayOfWeek() - 1;
        for (const DemoWorker &w : m_workers) {
            if (!w.worksOn[static_cast<size_t>(weekday)])
                continue;
            const ShiftPattern &s = kShifts[w.shift];
            const double presence = 0.97; // random absences
            fixed += presence * (2 + 2.0 * static_cast<double>(breaksFor(s).size()) + 1);
            // Clock-in comes about 5 min early and clock-out about 6 min late on average.
            hours += presence * (s.endMin - s.startMin - breakMinutes(s) - 10 + 11) / 60.0;
        }
    }
    const double target = static_cast<double>(m_options.punchesPerDay) * m_options.days;
    m_switchesPerHour = hours > 0 ? std::max(0.2, (target - fixed) / hours) : 1.0;
    m_report.switchesPerWorkHour = m_switchesPerHour;
}

void Generator::planFaults()
{
    const int days = m_options.days;
    const auto dayAt = [days](double fraction) {
        return std::clamp(static_cast<int>(days * fraction), 0, days - 1);
    };
    // A period of three weeks or more gets its faults in its last third, so that each activity has
    // two weeks of normal days before them (the anomaly check needs 14 days of history to judge a
    // day). A shorter period spreads them out: a third of the way in, halfway, two thirds in.
    const bool late = days >= 21;
    // A forgotten clock-out: a part-timer at S2.
    m_forgotDay = dayAt(late ? 0.72 : 0.33);
    // A worker punched into the wrong activity for a whole day.
    m_wrongDay = dayAt(late ? 0.82 : 0.5);
    // A bad day at one activity at S1 (a sorter outage halves throughput).
    m_badDay = dayAt(late ? 0.92 : 0.66);
    m_badSite = QStringLiteral("S1");
    m_badActivity = QStringLiteral("PIC-SGL-PICK");

    // The first worker that fits, by order of preference; only a worker at work that day (not off,
    // not absent) can carry a fault. A small demo may have nobody of the first kind on that weekday:
    // the next kind is taken, so that the fault is in the data as reported.
    using Fits = std::function<bool(const DemoWorker &)>;
    const auto firstAtWork = [this](int dayIndex,
                                    const std::vector<Fits> &preferences) -> const DemoWorker * {
        for (const Fits &fits : preferences)
            for (const DemoWorker &w : m_workers)
                if (fits(w) && atWork(w, dayIndex))
                    return &w;
        return nullptr;
    };
    const auto daytime = [](const DemoWorker &w) { return w.shift != Night && w.shift != PtEvening; };
    const auto packer = [](const DemoWorker &w) { return w.primaryBlock == QLatin1String("PAC"); };
    const auto atS1 = [](const DemoWorker &w) { return w.site == QLatin1String("S1"); };
    const auto atS2 = [](const DemoWorker &w) { return w.site == QLatin1String("S2"); };
    // A part-timer at S2 on the day shift (else anyone at S2 by day).
    if (const DemoWorker *w =
            firstAtWork(m_forgotDay, {[&](const DemoWorker &c) { return atS2(c) && c.shift == PtDay; },
                                      [&](const DemoWorker &c) { return atS2(c) && daytime(c); }}))
        m_forgotWorker = w->worker.code;
    // A packer at S1 on the day shift (else a packer on another day-time shift, else anyone at S1 by day).
    const DemoWorker *wrongWorker =
        firstAtWork(m_wrongDay, {[&](const DemoWorker &c) { return atS1(c) && packer(c) && c.shift == Day; },
                                 [&](const DemoWorker &c) { return atS1(c) && packer(c) && daytime(c); },
                                 [&](const DemoWorker &c) { return atS1(c) && daytime(c); }});
    if (wrongWorker) {
        m_wrongWorker = wrongWorker->worker.code;
        m_wrongActivity = QStringLiteral("PAC-GFT-WRAP"); // the tile next to a packer's usual one
    }
    const bool packingWork = !wrongWorker || packer(*wrongWorker);
    const QDate forgot = m_first.addDays(m_forgotDay);
    const QDate wrong = m_first.addDays(m_wrongDay);
    const QDate bad = m_first.addDays(m_badDay);
    m_report.faults = {
        {QStringLiteral("forgotten-clock-out"), QStringLiteral("S2"), m_forgotWorker, QString(), forgot,
         QStringLiteral("no clock-out punch at the end of the shift")},
        {QStringLiteral("wrong-activity"), QStringLiteral("S1"), m_wrongWorker, m_wrongActivity, wrong,
         packingWork ? QStringLiteral("punched into gift wrapping all day while doing packing work; units "
                                      "were counted on the real work")
                     : QStringLiteral("punched into gift wrapping all day while doing other work; units "
                                      "were counted on the real work")},
        {QStringLiteral("bad-day"), m_badSite, QString(), m_badActivity, bad,
         QStringLiteral("units at 45 % of normal for the whole day")},
    };
}

QString Generator::pickActivity(SeededRandom &rng, const DemoWorker &w, const QString &previous)
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        QString code;
        const double x = rng.uniform();
        if (w.leader && x < 0.18) {
            code = QStringLiteral("IND-ADM-LEAD");
        } else if (x < (w.leader ? 0.24 : 0.10)) { // indirect work: about a tenth of the segments
            code = m_indirectWork[static_cast<size_t>(rng.between(0, qint64(m_indirectWork.size()) - 1))];
        } else {
            // Mostly the worker's own block; sometimes helping another one.
            QString block = w.primaryBlock;
            if (rng.chance(0.12)) {
                auto it = m_blockActivities.begin();
                std::advance(it, rng.between(0, qint64(m_blockActivities.size()) - 1));
                block = it->first;
            }
            const auto &choices = m_blockActivities[block];
            double total = 0;
            for (const auto &c : choices)
                total += c.weight;
            double y = rng.uniform() * total;
            for (const auto &c : choices) {
                code = c.code;
                if ((y -= c.weight) < 0)
                    break;
            }
        }
        if (code != previous && offeredAt(w.site, code))
            return code;
    }
    return previous;
}

void Generator::planWorkerDay(DemoWorker &w, int dayIndex, std::vector<PlannedEvent> &out)
{
    const QDate day = m_first.addDays(dayIndex);
    SeededRandom rng = dayRandom(w, dayIndex);
    if (!w.worksOn[static_cast<size_t>(day.dayOfWeek() - 1)] || absent(rng))
        return;
    ++m_report.workerDays;
    const ShiftPattern &shift = kShifts[w.shift];
    const BusinessDay &rule = m_rules.at(w.site);
    const SiteSetup &site = w.site == QLatin1String("S1") ? m_sites[0] : m_sites[1];
    const qint64 shiftStart = rule.localToUtc(day, shift.startMin);
    const qint64 clockIn = shiftStart + rng.between(-12 * kMinute, 2 * kMinute) + rng.between(0, 59999);
    const qint64 clockOut =
        rule.localToUtc(day, shift.endMin) + rng.between(0, 12 * kMinute) + rng.between(0, 59999);

    // Working spans between breaks.
    struct Span {
        qint64 from;
        qint64 to;
    };
    std::vector<Span> spans;
    std::vector<std::pair<qint64, BreakPlan>> breaks;
    qint64 cursor = clockIn;
    for (const BreakPlan &b : breaksFor(shift)) {
        const qint64 start = shiftStart + b.offsetMin * kMinute + rng.between(-20 * kMinute, 20 * kMinute) +
                             rng.between(0, 59999);
        spans.push_back({cursor, start});
        breaks.emplace_back(start, b);
        cursor = start + b.lengthMin * kMinute + rng.between(-kMinute, 3 * kMinute);
    }
    spans.push_back({cursor, clockOut});

    const bool wrongDay = dayIndex == m_wrongDay && w.worker.code == m_wrongWorker;
    const bool forgotDay = dayIndex == m_forgotDay && w.worker.code == m_forgotWorker;
    const double dayForm = std::clamp(rng.normal(1.0, 0.06), 0.8, 1.2);
    int order = 0;
    QString current;     // activity punched
    QString currentReal; // activity really worked
    qint64 segmentStart = 0;

    auto punch = [&](EventKind kind, qint64 at, const QString &activity, bool kioskOnly) {
        Event e;
        e.kind = kind;
        e.occurredAtMs = at;
        e.deviceId = (kioskOnly || rng.chance(0.3))
                         ? site.kiosks[static_cast<int>(rng.between(0, site.kiosks.size() - 1))]
                         : w.handheld;
        e.payload = PunchPayload{w.worker.code, w.site, activity}.toJson();
        out.push_back({std::move(e), w.worker.code, order++});
    };
    auto countUnits = [&](qint64 from, qint64 to) {
        auto rate = m_rates.find(currentReal);
        if (rate == m_rates.end() || to <= from)
            return;
        double factor = w.skill * dayForm * std::clamp(rng.normal(1.0, 0.1), 0.6, 1.4);
        if (dayIndex == m_badDay && w.site == m_badSite && currentReal == m_badActivity)
            factor *= 0.45;
        const double hours = static_cast<double>(to - from) / 3'600'000.0;
        const auto quantity = static_cast<qint64>(std::llround(rate->second * hours * factor));
        if (quantity <= 0)
            return;
        Event e;
        e.kind = EventKind::UnitsCounted;
        e.occurredAtMs = to - rng.between(1000, 20000);
        e.deviceId = w.handheld;
        e.payload = UnitsPayload{w.worker.code, w.site, currentReal, quantity, QString(), UnitsPayload::Source::Workflow, {}, {}, {}}.toJson();
        out.push_back({std::move(e), w.worker.code, order++});
    };
    auto startSegment = [&](EventKind kind, qint64 at, const QString &real, bool kioskOnly) {
        if (!currentReal.isEmpty())
            countUnits(segmentStart, at);
        const QString punched =
            (wrongDay && kind != EventKind::PunchBreak && real != QLatin1String(kMorningMeeting))
                ? m_wrongActivity
                : real;
        // Switching to the activity one is already on is no punch (the kiosk treats it as a no-op).
        if (kind != EventKind::PunchSwitch || punched != current)
            punch(kind, at, punched, kioskOnly);
        current = punched;
        currentReal = real;
        segmentStart = at;
    };

    const double workHours =
        static_cast<double>(clockOut - clockIn) / 3'600'000.0 - breakMinutes(shift) / 60.0 - 10.0 / 60.0;
    const auto switches =
        static_cast<int>(std::llround(m_switchesPerHour * workHours * rng.between(75, 125) / 100.0));
    const QString opening =
        w.shift == Night ? QStringLiteral("IND-MTG-HANDOVER") : QString::fromLatin1(kMorningMeeting);

    for (size_t s = 0; s < spans.size(); ++s) {
        const Span &span = spans[s];
        qint64 from = span.from;
        if (s == 0) {
            startSegment(EventKind::PunchClockIn, from, opening, true);
            from += 10 * kMinute + rng.between(0, 59999);
        }
        const double share =
            static_cast<double>(span.to - span.from) / 3'600'000.0 / std::max(workHours, 0.5);
        const int cuts = std::max(0, static_cast<int>(std::llround(switches * share)));
        // Split [from, to) into cuts+1 segments with random weights.
        std::vector<double> weights(static_cast<size_t>(cuts) + 1);
        double total = 0;
        for (auto &wt : weights)
            total += (wt = 0.4 + 1.2 * rng.uniform());
        qint64 t = from;
        for (size_t k = 0; k < weights.size() && t < span.to; ++k) {
            const QString next = pickActivity(rng, w, currentReal);
            startSegment(EventKind::PunchSwitch, t, next, false);
            t += static_cast<qint64>(static_cast<double>(span.to - from) * weights[k] / total);
        }
        if (s < breaks.size()) {
            const auto &[at, plan] = breaks[s];
            startSegment(EventKind::PunchBreak, at, QString::fromLatin1(plan.activity), false);
        }
    }
    countUnits(segmentStart, clockOut);
    if (!forgotDay)
        punch(EventKind::PunchClockOut, clockOut, QString(), true);
}

std::vector<PlannedEvent> Generator::planDay(int dayIndex)
{
    std::vector<PlannedEvent> events;
    events.reserve(static_cast<size_t>(m_options.punchesPerDay) * 2);
    for (DemoWorker &w : m_workers)
        planWorkerDay(w, dayIndex, events);
    std::stable_sort(events.begin(), events.end(), [](const PlannedEvent &a, const PlannedEvent &b) {
        if (a.event.occurredAtMs != b.event.occurredAtMs)
            return a.event.occurredAtMs < b.event.occurredAtMs;
        if (a.workerCode != b.workerCode)
            return a.workerCode < b.workerCode;
        return a.order < b.order;
    });
    return events;
}

Status Generator::writeDay(std::vector<PlannedEvent> &planned)
{
    // Ids and recorded-at come from a seeded generator and a simulated clock: the store is the
    // same for the same seed. Each minute's events are stored together, as kiosks and handhelds
    // on the site network would have stored them.
    SeededRandom ids = m_rng.fork(
        0x1D5 + static_cast<std::uint64_t>(planned.empty() ? 0 : planned.front().event.occurredAtMs));
    ManualClock simulated;
    UuidV7Generator uuids(simulated, [&ids] { return ids.next(); });
    db::EventStore store(m_store, uuids, simulated);
    const qint64 now = m_clock.nowMs();

    db::Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    std::vector<Event> batch;
    qint64 window = -1;
    auto flush = [&]() -> Status {
        if (batch.empty())
            return {};
        simulated.set(window * kMinute + kMinute);
        auto stored = store.appendAll(std::move(batch));
        batch.clear();
        if (!stored)
            return stored.error();
        return {};
    };
    for (PlannedEvent &p : planned) {
        if (p.event.occurredAtMs > now)
            continue; // not happened yet
        const qint64 w = p.event.occurredAtMs / kMinute;
        if (w != window) {
            WH_TRY(flush());
            window = w;
        }
        p.event.id = uuids.nextAt(p.event.occurredAtMs);
        if (isPunch(p.event.kind))
            ++m_report.punchEvents;
        else
            ++m_report.unitsEvents;
        batch.push_back(std::move(p.event));
    }
    WH_TRY(flush());
    return tx.commit();
}

Result<DemoReport> Generator::run()
{
    if (m_options.days < 1 || m_options.days > 3660)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("--days must be between 1 and 3660"),
                     QString::number(m_options.days));
    if (m_options.workers < 20)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the demo needs at least 20 workers"));
    WH_TRY(checkEmpty());
    choosePeriod();
    WH_TRY(writeMasterData());
    calibrate();
    planFaults();
    auto log = logging::get("app");
    log->info("demo: {} days from {}, {:.2f} switches per work hour", m_options.days,
              m_first.toString(Qt::ISODate).toStdString(), m_switchesPerHour);
    for (int d = 0; d < m_options.days; ++d) {
        auto events = planDay(d);
        WH_TRY(writeDay(events));
        if (m_options.progress)
            m_options.progress(d + 1, m_options.days);
    }
    db::EventProjector projector(m_store);
    auto summary = projector.rebuild(m_clock.nowMs());
    if (!summary)
        return summary.error();
    m_report.projection = *summary;
    // The daily totals every report reads.
    reports::SummaryBuilder totals(m_store);
    auto built = totals.rebuildAll();
    if (!built)
        return built.error();
    m_report.summaryRows = built->summaryRows;
    return m_report;
}

} // namespace

Result<DemoReport> generateDemo(db::Store &store, const DemoOptions &options, const Clock &clock)
{
    Generator generator(store, options, clock);
    return generator.run();
}

Status createDemoAccounts(db::Store &store)
{
    reports::Accounts accounts(store);
    db::Transaction tx(store.connection());
    WH_TRY(tx.begun());
    const DemoAccount &admin = kDemoAccounts[0];
    auto first = accounts.createFirstAdmin(QString::fromUtf8(admin.name), QString::fromUtf8(admin.displayName),
                                           QString::fromUtf8(admin.password));
    if (!first)
        return first.error().wrap(QStringLiteral("demo accounts"));
    for (const DemoAccount &a : kDemoAccounts) {
        if (&a == &admin)
            continue;
        auto created = accounts.create(first->viewer(),
                                       {QString::fromUtf8(a.name), QString::fromUtf8(a.displayName),
                                        reports::roleFromName(QString::fromLatin1(a.role)).value_or(reports::Role::Leader),
                                        QString::fromLatin1(a.sites).split(QLatin1Char(','), Qt::SkipEmptyParts),
                                        QString::fromUtf8(a.password)});
        if (!created)
            return created.error().wrap(QStringLiteral("demo accounts"));
    }
    return tx.commit();
}

SpecKey demoSpecKey()
{
    return SpecKey{QStringLiteral("DEMO"), QByteArrayLiteral("demo-brand-secret-2026")};
}

std::vector<MeasurementSpec> demoSpecs()
{
    // Targets and tolerances in 0.1 mm, as a pattern maker's size chart gives them.
    MeasurementSpec shirt;
    shirt.itemId = QStringLiteral("TS24-0001");
    shirt.style = QStringLiteral("TS-2401");
    shirt.size = QStringLiteral("M");
    shirt.lot = QStringLiteral("L2412");
    shirt.points = {{QStringLiteral("BL"), 7000, 10, 10}, {QStringLiteral("CW"), 5200, 10, 10},
                    {QStringLiteral("SW"), 4600, 8, 8},   {QStringLiteral("SL"), 2100, 5, 5},
                    {QStringLiteral("AH"), 2300, 5, 5},   {QStringLiteral("BI"), 1900, 5, 5},
                    {QStringLiteral("CU"), 1650, 5, 5},   {QStringLiteral("NW"), 1900, 5, 5},
                    {QStringLiteral("ND"), 900, 3, 3},    {QStringLiteral("CL"), 220, 2, 2},
                    {QStringLiteral("YK"), 4400, 8, 8},   {QStringLiteral("HW"), 5000, 10, 10}};
    MeasurementSpec trousers;
    trousers.itemId = QStringLiteral("PT24-0001");
    trousers.style = QStringLiteral("PT-2402");
    trousers.size = QStringLiteral("32");
    trousers.lot = QStringLiteral("L2412");
    trousers.points = {{QStringLiteral("WA"), 4100, 8, 8},  {QStringLiteral("HI"), 5200, 10, 10},
                       {QStringLiteral("RI"), 2700, 5, 5},  {QStringLiteral("IN"), 7800, 10, 10},
                       {QStringLiteral("TH"), 3200, 5, 5},  {QStringLiteral("KN"), 2300, 5, 5},
                       {QStringLiteral("HW"), 1900, 5, 5},  {QStringLiteral("OL"), 10400, 10, 10}};
    return {shirt, trousers};
}

Status setUpDemoHandhelds(db::Store &store, qint64 nowMs)
{
    auto devices = db::DeviceRepository(store).all();
    if (!devices)
        return devices.error();
    const SpecKey key = demoSpecKey();
    const QString keyLine = key.id + QLatin1Char(':') + QString::fromUtf8(key.secret);
    db::Transaction tx(store.connection());
    WH_TRY(tx.begun());
    for (const Device &d : *devices) {
        if (d.kind != DeviceKind::Handheld)
            continue;
        auto settings = db::DeviceSettings::open(store, d.id);
        if (!settings)
            return settings.error();
        const std::pair<QString, QString> defaults[] = {
            {db::DeviceSettings::kSpecKeys, keyLine},
            {db::DeviceSettings::kTape, QStringLiteral("sim:leica-disto")},
        };
        for (const auto &[name, value] : defaults) {
            auto existing = settings->value(name);
            if (!existing)
                return existing.error();
            if (!existing->has_value())
                WH_TRY(settings->set(name, value, nowMs, QStringLiteral("wh demo")));
        }
    }
    return tx.commit();
}

} // namespace wh::demo
