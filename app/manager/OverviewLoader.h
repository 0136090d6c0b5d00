#pragma once

#include "Error.h"
#include "FigureQueries.h"
#include "MasterData.h"
#include "Store.h"
#include "StoreOverview.h"

#include <QDate>
#include <QObject>
#include <atomic>
#include <vector>

namespace wh {

// What the manager needs before it can ask for figures: the sites and the span of business days
// the store holds.
struct StoreScope {
    std::vector<Site> sites;
    QDate firstDay; // invalid when the store has no punches yet
    QDate lastDay;
    // The activity tree, for telling what a scanned code is.
    std::vector<Block> blocks;
    std::vector<Section> sections;
    std::vector<Activity> activities;
};

// The rows under one node of the tree (a block's sections, a section's activities) for a site and
// period: the drilled-down figures table.
struct LevelFigures {
    reports::NodeRef node;
    std::vector<reports::FigureRow> rows;
};

// Runs the manager's store queries on a worker thread, so the window never waits on the disk.
// Move it to a QThread and call its slots through queued signals; results come back the same way.
// The store is shared; the loader uses the connection of its own thread (Store::connection()).
class OverviewLoader : public QObject {
    Q_OBJECT

public:
    explicit OverviewLoader(db::Store &store, QObject *parent = nullptr);

    // The request the window wants now; older requests still queued are skipped. Any thread.
    void want(quint64 request) { m_wanted.store(request); }

    // Closes this thread's store connection. Call on the loader's thread as it ends (connect
    // QThread::finished with Qt::DirectConnection).
    void releaseStore() { m_store.releaseThreadConnection(); }

public slots:
    void loadScope();
    void loadOverview(quint64 request, const QString &siteCode, const QDate &from, const QDate &to);
    // The rows one level below `node` (a block or a section).
    void loadLevel(quint64 request, const QString &siteCode, const QDate &from, const QDate &to,
                   const wh::reports::NodeRef &node);

signals:
    void scopeLoaded(const wh::StoreScope &scope);
    void overviewLoaded(quint64 request, const wh::reports::PeriodOverview &overview);
    void levelLoaded(quint64 request, const wh::LevelFigures &figures);
    // `request` is 0 when the scope could not be read.
    void failed(quint64 request, const wh::Error &error);

private:
    db::Store &m_store;
    std::atomic<quint64> m_wanted{0};
};

} // namespace wh

Q_DECLARE_METATYPE(wh::StoreScope)
Q_DECLARE_METATYPE(wh::reports::PeriodOverview)
Q_DECLARE_METATYPE(wh::LevelFigures)
