#include "StoreScope.h"

#include "MasterDataRepositories.h"

#include <QSqlQuery>

namespace wh {

namespace {
template <typename T>
const T *findCode(const std::vector<T> &items, const QString &code)
{
    for (const T &item : items)
        if (item.code.compare(code, Qt::CaseInsensitive) == 0)
            return &item;
    return nullptr;
}
} // namespace

const Site *StoreScope::site(const QString &code) const { return findCode(sites, code); }
const Block *StoreScope::block(const QString &code) const { return findCode(blocks, code); }
const Section *StoreScope::section(const QString &code) const { return findCode(sections, code); }
const Activity *StoreScope::activity(const QString &code) const { return findCode(activities, code); }

Result<StoreScope> loadStoreScope(const reports::ViewerQueries &queries)
{
    auto sites = queries.sites();
    if (!sites)
        return sites.error();
    db::Store &store = queries.store();
    db::ActivityRepository tree(store);
    auto blocks = tree.blocks();
    if (!blocks)
        return blocks.error();
    auto sections = tree.sections();
    if (!sections)
        return sections.error();
    auto activities = tree.activities();
    if (!activities)
        return activities.error();
    StoreScope scope;
    scope.sites = std::move(*sites);
    scope.blocks = std::move(*blocks);
    scope.sections = std::move(*sections);
    scope.activities = std::move(*activities);
    // The span of business days with figures: the daily roll-up is small and indexed by day.
    QSqlQuery query(store.connection());
    if (query.exec(QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM daily_activity_summaries")) &&
        query.next()) {
        scope.firstDay = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        scope.lastDay = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    return scope;
}

QString localName(const QString &language, const QString &ja, const QString &en)
{
    const QString &preferred = language == QLatin1String("ja") ? ja : en;
    if (!preferred.isEmpty())
        return preferred;
    return ja.isEmpty() ? en : ja;
}

} // namespace wh
