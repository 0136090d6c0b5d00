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
    StoreScope scope;
    scope.sites = std::move(*all);
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

} // namespace wh
