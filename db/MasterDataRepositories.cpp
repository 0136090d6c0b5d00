#include "MasterDataRepositories.h"

#include "SqlSupport.h"

#include <QSet>
#include <QVariant>

#include <algorithm>
#include <climits>

namespace wh::db {

namespace {
QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Runs `sql` with `values` bound in order.
Result<QSqlQuery> run(Store &store, const QString &sql, const QVariantList &values = {})
{
    auto query = prepare(store.connection(), sql);
    if (!query)
        return query.error();
    for (const QVariant &v : values) {
        // Qt's SQLite driver binds a null QString as SQL NULL, which a NOT NULL text column refuses:
        // an empty name is '' here. Optional columns pass a null QVariant (nullIfEmpty) and stay NULL.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query->addBindValue(QStringLiteral(""));
        else
            query->addBindValue(v);
    }
    WH_TRY(exec(*query, sql.simplified().left(80)));
    return query;
}

// Replaces the rows of a two-column list table for one key, in one transaction. The table and
// column names are the caller's constants, never input.
Status replaceList(Store &store, const QString &table, const QString &keyColumn, const QString &key,
                   const QString &valueColumn, const QStringList &values)
{
    Transaction tx(store.connection());
    WH_TRY(tx.begun());
    auto del = run(store, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn), {key});
    if (!del)
        return del.error();
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)").arg(table, keyColumn, valueColumn);
    for (const QString &value : values) {
        auto ins = run(store, insert, {key, value});
        if (!ins)
            return ins.error().wrap(QStringLiteral("%1 %2 of %3").arg(valueColumn, value, key));
    }
    return tx.commit();
}

Error notFound(const char *what, const QString &key)
{
    return Error(ErrorCode::NotFound, QStringLiteral("no such %1").arg(QLatin1String(what)), key);
}
} // namespace

// ---- sites

Status SiteRepository::save(const Site &site)
{
    if (site.code.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a site needs a code"));
    // QTimeZone takes an empty id for UTC: an empty zone is a mistake, not UTC.
    if (site.timeZoneId.isEmpty() || !site.timeZone().isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("unknown time zone"),
                     QString::fromLatin1(site.timeZoneId));
    auto q = run(m_store,
                 QStringLiteral(
                     "INSERT INTO sites (code, name, time_zone, business_day_start_min) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (code) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone, "
                     "business_day_start_min = excluded.business_day_start_min"),
                 {site.code, site.name, QString::fromLatin1(site.timeZoneId), site.businessDayStartMinutes});
    if (!q)
        return q.error().wrap(QStringLiteral("site ") + site.code);
    return {};
}

Result<std::vector<Site>> SiteRepository::all()
{
    auto q =
        run(m_store,
            QStringLiteral("SELECT code, name, time_zone, business_day_start_min FROM sites ORDER BY code"));
    if (!q)
        return q.error();
    std::vector<Site> out;
    while (q->next())
        out.push_back(Site{q->value(0).toString(), q->value(1).toString(), q->value(2).toString().toLatin1(),
                           q->value(3).toInt()});
    return out;
}

Result<Site> SiteRepository::find(const QString &code)
{
    auto sites = all();
    if (!sites)
        return sites.error();
    for (auto &site : *sites)
        if (site.code == code)
            return site;
    return notFound("site", code);
}

// ---- employment types and wages

Status EmploymentRepository::saveType(const EmploymentType &type)
{
    auto q =
        run(m_store,
            QStringLiteral(
                "INSERT INTO employment_types (code, name_ja, name_en) VALUES (?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en"),
            {type.code, type.nameJa, type.nameEn});
    if (!q)
        return q.error().wrap(QStringLiteral("employment type ") + type.code);
    return {};
}

Result<std::vector<EmploymentType>> EmploymentRepository::types()
{
    auto q =
        run(m_store, QStringLiteral("SELECT code, name_ja, name_en FROM employment_types ORDER BY code"));
    if (!q)
        return q.error();
    std::vector<EmploymentType> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Status EmploymentRepository::saveWageRate(const WageRate &rate)
{
    if (!rate.effectiveFrom.isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a wage rate needs an effective-from date"));
    if (rate.yenPerHour < 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a wage cannot be negative"),
                     QString::number(rate.yenPerHour));
    auto q =
        run(m_store,
            QStringLiteral("INSERT INTO wage_rates (employment_type, site, effective_from, yen_per_hour) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (employment_type, site, effective_from) "
                           "DO UPDATE SET yen_per_hour = excluded.yen_per_hour"),
            {rate.employmentTypeCode, rate.siteCode, isoDate(rate.effectiveFrom), rate.yenPerHour});
    if (!q)
        return q.error().wrap(
            QStringLiteral("wage rate %1 at %2").arg(rate.employmentTypeCode, rate.siteCode));
    return {};
}

Result<std::vector<WageRate>> EmploymentRepository::wageRates()
{
    auto q = run(m_store,
                 QStringLiteral("SELECT employment_type, site, effective_from, yen_per_hour FROM wage_rates "
                                "ORDER BY employment_type, site, effective_from"));
    if (!q)
        return q.error();
    std::vector<WageRate> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(),
                       QDate::fromString(q->value(2).toString(), Qt::ISODate), q->value(3).toLongLong()});
    return out;
}

// ---- workers

Status WorkerRepository::save(const Worker &worker)
{
    if (worker.code.isEmpty() || worker.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a worker needs a code and a name"),
                     worker.code);
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    auto q =
        run(m_store,
            QStringLiteral("INSERT INTO workers (code, name, badge_id, pin_hash, home_site, active) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                           "badge_id = excluded.badge_id, pin_hash = excluded.pin_hash, "
                           "home_site = excluded.home_site, active = excluded.active"),
            {worker.code, worker.name, nullIfEmpty(worker.badgeId), nullIfEmpty(worker.pinHash),
             worker.homeSiteCode, worker.active ? 1 : 0});
    if (!q)
        return q.error().wrap(QStringLiteral("worker ") + worker.code);
    auto del = run(m_store, QStringLiteral("DELETE FROM worker_employment WHERE worker = ?"), {worker.code});
    if (!del)
        return del.error();
    for (const auto &period : worker.employment) {
        auto ins =
            run(m_store,
                QStringLiteral("INSERT INTO worker_employment (worker, effective_from, employment_type) "
                               "VALUES (?, ?, ?)"),
                {worker.code, isoDate(period.effectiveFrom), period.employmentTypeCode});
        if (!ins)
            return ins.error().wrap(QStringLiteral("employment of worker ") + worker.code);
    }
    return tx.commit();
}

Result<std::vector<Worker>> WorkerRepository::load(const QString &where, const QVariant &value)
{
    const QString sql =
        QStringLiteral("SELECT code, name, badge_id, pin_hash, home_site, active FROM workers ") + where +
        QStringLiteral(" ORDER BY code");
    auto q = run(m_store, sql, value.isValid() ? QVariantList{value} : QVariantList{});
    if (!q)
        return q.error();
    std::vector<Worker> out;
    QHash<QString, size_t> index;
    while (q->next()) {
        Worker w;
        w.code = q->value(0).toString();
        w.name = q->value(1).toString();
        w.badgeId = q->value(2).toString();
        w.pinHash = q->value(3).toString();
        w.homeSiteCode = q->value(4).toString();
        w.active = q->value(5).toInt() != 0;
        index.insert(w.code, out.size());
        out.push_back(std::move(w));
    }
    if (out.empty())
        return out;
    // One query for every history, rather than one per worker.
    const QString historySql =
        out.size() == 1
            ? QStringLiteral("SELECT worker, effective_from, employment_type FROM worker_employment "
                             "WHERE worker = ? ORDER BY worker, effective_from")
            : QStringLiteral("SELECT worker, effective_from, employment_type FROM worker_employment "
                             "ORDER BY worker, effective_from");
    auto h = run(m_store, historySql, out.size() == 1 ? QVariantList{out.front().code} : QVariantList{});
    if (!h)
        return h.error();
    while (h->next()) {
        auto it = index.constFind(h->value(0).toString());
        if (it == index.constEnd())
            continue;
        out[*it].employment.push_back(
            {QDate::fromString(h->value(1).toString(), Qt::ISODate), h->value(2).toString()});
    }
    return out;
}

Result<Worker> WorkerRepository::find(const QString &code)
{
    auto found = load(QStringLiteral("WHERE code = ?"), code);
    if (!found)
        return found.error();
    if (found->empty())
        return notFound("worker", code);
    return found->front();
}

Result<Worker> WorkerRepository::findByBadge(const QString &badgeId)
{
    auto found = load(QStringLiteral("WHERE badge_id = ?"), badgeId);
    if (!found)
        return found.error();
    if (found->empty())
        return notFound("badge", badgeId);
    return found->front();
}

Result<std::vector<Worker>> WorkerRepository::all()
{
    return load(QString(), QVariant());
}

// ---- activity tree

Status ActivityRepository::saveBlock(const Block &block)
{
    auto q = run(m_store,
                 QStringLiteral("INSERT INTO blocks (code, name_ja, name_en, sort_order) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (code) DO UPDATE SET name_ja = excluded.name_ja, "
                                "name_en = excluded.name_en, sort_order = excluded.sort_order"),
                 {block.code, block.nameJa, block.nameEn, block.sortOrder});
    if (!q)
        return q.error().wrap(QStringLiteral("block ") + block.code);
    return {};
}

Status ActivityRepository::saveSection(const Section &section)
{
    auto q =
        run(m_store,
            QStringLiteral(
                "INSERT INTO sections (code, block, name_ja, name_en, sort_order) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET block = excluded.block, name_ja = excluded.name_ja, "
                "name_en = excluded.name_en, sort_order = excluded.sort_order"),
            {section.code, section.blockCode, section.nameJa, section.nameEn, section.sortOrder});
    if (!q)
        return q.error().wrap(QStringLiteral("section ") + section.code);
    return {};
}

Status ActivityRepository::saveActivity(const Activity &a)
{
    const QVariant standard =
        a.standardUnitsPerHour ? QVariant(*a.standardUnitsPerHour) : QVariant(QMetaType(QMetaType::Double));
    auto q =
        run(m_store,
            QStringLiteral(
                "INSERT INTO activities (code, section, name_ja, name_en, kind, standard_units_per_hour, "
                "sort_order, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                "section = excluded.section, name_ja = excluded.name_ja, name_en = excluded.name_en, "
                "kind = excluded.kind, standard_units_per_hour = excluded.standard_units_per_hour, "
                "sort_order = excluded.sort_order, active = excluded.active"),
            {a.code, a.sectionCode, a.nameJa, a.nameEn, activityKindName(a.kind), standard, a.sortOrder,
             a.active ? 1 : 0});
    if (!q)
        return q.error().wrap(QStringLiteral("activity ") + a.code);
    return {};
}

Result<std::vector<Block>> ActivityRepository::blocks()
{
    auto q = run(
        m_store,
        QStringLiteral("SELECT code, name_ja, name_en, sort_order FROM blocks ORDER BY sort_order, code"));
    if (!q)
        return q.error();
    std::vector<Block> out;
    while (q->next())
        out.push_back(
            {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()});
    return out;
}

Result<std::vector<Section>> ActivityRepository::sections()
{
    auto q = run(m_store, QStringLiteral("SELECT code, block, name_ja, name_en, sort_order FROM sections "
                                         "ORDER BY block, sort_order, code"));
    if (!q)
        return q.error();
    std::vector<Section> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toInt()});
    return out;
}

Result<std::vector<Activity>> ActivityRepository::activities()
{
    auto q =
        run(m_store, QStringLiteral("SELECT code, section, name_ja, name_en, kind, standard_units_per_hour, "
                                    "sort_order, active FROM activities ORDER BY section, sort_order, code"));
    if (!q)
        return q.error();
    std::vector<Activity> out;
    while (q->next()) {
        Activity a;
        a.code = q->value(0).toString();
        a.sectionCode = q->value(1).toString();
        a.nameJa = q->value(2).toString();
        a.nameEn = q->value(3).toString();
        a.kind = activityKindFromName(q->value(4).toString()).value_or(ActivityKind::Direct);
        if (!q->value(5).isNull())
            a.standardUnitsPerHour = q->value(5).toDouble();
        a.sortOrder = q->value(6).toInt();
        a.active = q->value(7).toInt() != 0;
        out.push_back(std::move(a));
    }
    return out;
}

Result<Activity> ActivityRepository::find(const QString &code)
{
    auto list = activities();
    if (!list)
        return list.error();
    for (auto &a : *list)
        if (a.code == code)
            return a;
    return notFound("activity", code);
}

Status ActivityRepository::setSiteActivities(const QString &siteCode, const QStringList &activityCodes)
{
    return replaceList(m_store, QStringLiteral("site_activities"), QStringLiteral("site"), siteCode,
                       QStringLiteral("activity"), activityCodes);
}

Result<std::vector<Activity>> ActivityRepository::offeredAt(const QString &siteCode)
{
    auto all = activities();
    if (!all)
        return all.error();
    auto q = run(m_store, QStringLiteral("SELECT activity FROM site_activities WHERE site = ?"), {siteCode});
    if (!q)
        return q.error();
    QSet<QString> offered;
    while (q->next())
        offered.insert(q->value(0).toString());
    // Tree order: block, then section, then activity by their sort orders (activities() sorts by
    // section code only, which puts a block's sections wherever their codes fall).
    auto order = run(m_store,
                     QStringLiteral("SELECT a.code FROM activities a JOIN sections s ON s.code = a.section "
                                    "JOIN blocks b ON b.code = s.block ORDER BY b.sort_order, b.code, "
                                    "s.sort_order, s.code, a.sort_order, a.code"),
                     {});
    if (!order)
        return order.error();
    QHash<QString, int> rank;
    while (order->next())
        rank.insert(order->value(0).toString(), static_cast<int>(rank.size()));
    std::vector<Activity> out;
    for (Activity &a : *all)
        if (a.active && (offered.isEmpty() || offered.contains(a.code)))
            out.push_back(std::move(a));
    std::stable_sort(out.begin(), out.end(), [&](const Activity &x, const Activity &y) {
        return rank.value(x.code, INT_MAX) < rank.value(y.code, INT_MAX);
    });
    return out;
}

Status ActivityRepository::setWorkflows(const QString &activityCode, const QStringList &workflows)
{
    return replaceList(m_store, QStringLiteral("activity_workflows"), QStringLiteral("activity"),
                       activityCode, QStringLiteral("workflow"), workflows);
}

Result<QStringList> ActivityRepository::workflowsOf(const QString &activityCode)
{
    auto q =
        run(m_store,
            QStringLiteral("SELECT workflow FROM activity_workflows WHERE activity = ? ORDER BY workflow"),
            {activityCode});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QStringList> ActivityRepository::activitiesForWorkflow(const QString &workflow)
{
    auto q =
        run(m_store,
            QStringLiteral("SELECT w.activity FROM activity_workflows w JOIN activities a ON a.code = "
                           "w.activity JOIN sections s ON s.code = a.section JOIN blocks b ON b.code = "
                           "s.block WHERE w.workflow = ? ORDER BY b.sort_order, s.sort_order, a.sort_order"),
            {workflow});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

// ---- devices

Status DeviceRepository::save(const Device &device)
{
    auto q =
        run(m_store,
            QStringLiteral("INSERT INTO devices (id, kind, site, name) VALUES (?, ?, ?, ?) ON CONFLICT (id) "
                           "DO UPDATE SET kind = excluded.kind, site = excluded.site, name = excluded.name"),
            {device.id, deviceKindName(device.kind), device.siteCode, device.name});
    if (!q)
        return q.error().wrap(QStringLiteral("device ") + device.id);
    return {};
}

Result<std::vector<Device>> DeviceRepository::all()
{
    auto q = run(m_store, QStringLiteral("SELECT id, kind, site, name FROM devices ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Device> out;
    while (q->next())
        out.push_back({q->value(0).toString(),
                       deviceKindFromName(q->value(1).toString()).value_or(DeviceKind::Kiosk),
                       q->value(2).toString(), q->value(3).toString()});
    return out;
}

Result<Device> DeviceRepository::find(const QString &id)
{
    auto q = run(m_store, QStringLiteral("SELECT id, kind, site, name FROM devices WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound("device", id);
    return Device{q->value(0).toString(),
                  deviceKindFromName(q->value(1).toString()).value_or(DeviceKind::Kiosk),
                  q->value(2).toString(), q->value(3).toString()};
}

} // namespace wh::db
