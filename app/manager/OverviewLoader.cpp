#include "OverviewLoader.h"

#include "Logging.h"
#include "MasterDataRepositories.h"

#include <QElapsedTimer>

namespace wh {

OverviewLoader::OverviewLoader(db::Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void OverviewLoader::loadScope()
{
    db::SiteRepository sites(m_store);
    auto all = sites.all();
    if (!all) {
        emit failed(0, all.error());
        return;
    }
    auto counts = reports::countStore(m_store);
    if (!counts) {
        emit failed(0, counts.error());
        return;
    }
    db::ActivityRepository tree(m_store);
    auto blocks = tree.blocks();
    auto sections = tree.sections();
    auto activities = tree.activities();
    if (!blocks || !sections || !activities) {
        emit failed(0, !blocks ? blocks.error() : !sections ? sections.error() : activities.error());
        return;
    }
    StoreScope scope;
    scope.sites = std::move(*all);
    scope.blocks = std::move(*blocks);
    scope.sections = std::move(*sections);
    scope.activities = std::move(*activities);
    scope.firstDay = counts->firstBusinessDay;
    scope.lastDay = counts->lastBusinessDay;
    emit scopeLoaded(scope);
}

void OverviewLoader::loadOverview(quint64 request, const QString &siteCode, const QDate &from,
                                  const QDate &to)
{
    if (request != m_wanted.load())
        return; // the window has asked for something else since
    QElapsedTimer timer;
    timer.start();
    auto overview = reports::periodOverview(m_store, siteCode, from, to);
    if (!overview) {
        emit failed(request, overview.error());
        return;
    }
    logging::get("app")->debug("overview {} {}..{} in {} ms", siteCode.toStdString(),
                               from.toString(Qt::ISODate).toStdString(),
                               to.toString(Qt::ISODate).toStdString(), timer.elapsed());
    emit overviewLoaded(request, *overview);
}

void OverviewLoader::loadLevel(quint64 request, const QString &siteCode, const QDate &from, const QDate &to,
                               const reports::NodeRef &node)
{
    if (request != m_wanted.load())
        return;
    reports::FigureQuery query;
    query.sites = {siteCode};
    query.from = from;
    query.to = to;
    query.level = node.level == reports::Level::Block ? reports::Level::Section : reports::Level::Activity;
    query.node = node;
    auto rows = reports::figuresByLevel(m_store, query);
    if (!rows) {
        emit failed(request, rows.error());
        return;
    }
    emit levelLoaded(request, LevelFigures{node, std::move(*rows)});
}

} // namespace wh
