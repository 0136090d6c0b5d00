#include "StoreScope.h"

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
    auto tree = queries.activityTree();
    if (!tree)
        return tree.error();
    // The span of business days with figures at the viewer's sites.
    auto span = queries.businessDaySpan();
    if (!span)
        return span.error();
    StoreScope scope;
    scope.sites = std::move(*sites);
    scope.blocks = std::move(tree->blocks);
    scope.sections = std::move(tree->sections);
    scope.activities = std::move(tree->activities);
    scope.firstDay = span->first;
    scope.lastDay = span->last;
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
