// OverviewLoader: the manager's store queries on a worker thread, answers by queued signals,
// stale requests skipped, the thread's connection closed on its own thread.
#include "DemoWarehouse.h"
#include "OverviewLoader.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace wh;

class TestOverviewLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void scope();
    void overviewMatchesDirectQuery();
    void staleRequestsAreSkipped();
    void unknownSiteHasNoFigures();

private:
    void load(quint64 request, const QString &site, const QDate &from, const QDate &to);

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    QThread *m_thread = nullptr;
    OverviewLoader *m_loader = nullptr;
};

void TestOverviewLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 40;
    options.punchesPerDay = 600;
    options.start = QDate(2026, 11, 2);
    const ManualClock clock(QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(demo::generateDemo(*m_store, options, clock));
}

void TestOverviewLoader::cleanupTestCase()
{
    // The worker threads used the store; closing it must not meet a connection of theirs.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling thread")));
    m_store.reset();
}

void TestOverviewLoader::init()
{
    m_thread = new QThread;
    m_loader = new OverviewLoader(*m_store);
    m_loader->moveToThread(m_thread);
    // connect(m_thread, &QThread::finished, m_loader, &OverviewLoader::releaseStore, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
}

void TestOverviewLoader::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(10000));
    delete m_thread;
    m_thread = nullptr;
    m_loader = nullptr;
}

void TestOverviewLoader::load(quint64 request, const QString &site, const QDate &from, const QDate &to)
{
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, request, site, from, to] { loader->loadOverview(request, site, from, to); },
        Qt::QueuedConnection);
}

void TestOverviewLoader::scope()
{
    QSignalSpy loaded(m_loader, &OverviewLoader::scopeLoaded);
    QMetaObject::invokeMethod(m_loader, &OverviewLoader::loadScope, Qt::QueuedConnection);
    QVERIFY(loaded.wait(10000));
    const auto scope = loaded.front().front().value<StoreScope>();
    QCOMPARE(scope.sites.size(), size_t(2));
    QCOMPARE(scope.sites.front().code, QStringLiteral("S1"));
    QCOMPARE(scope.firstDay, QDate(2026, 11, 2));
    QCOMPARE(scope.lastDay, QDate(2026, 11, 3));
}

void TestOverviewLoader::overviewMatchesDirectQuery()
{
    QSignalSpy loaded(m_loader, &OverviewLoader::overviewLoaded);
    m_loader->want(1);
    load(1, QStringLiteral("S1"), QDate(2026, 11, 2), QDate(2026, 11, 3));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.front().at(0).value<quint64>(), quint64(1));
    const auto answer = loaded.front().at(1).value<reports::PeriodOverview>();
    const auto direct =
        reports::periodOverview(*m_store, QStringLiteral("S1"), QDate(2026, 11, 2), QDate(2026, 11, 3));
    QVERIFY(direct);
    QCOMPARE(answer.businessDays, 2);
    QVERIFY(answer.units > 0);
    QCOMPARE(answer.units, direct->units);
    QCOMPARE(answer.workers, direct->workers);
    QCOMPARE(answer.workSeconds, direct->workSeconds);
    QCOMPARE(answer.blocks.size(), direct->blocks.size());
}

void TestOverviewLoader::staleRequestsAreSkipped()
{
    QSignalSpy loaded(m_loader, &OverviewLoader::overviewLoaded);
    m_loader->want(3); // the window moved on before the worker got to 1 and 2
    load(1, QStringLiteral("S1"), QDate(2026, 11, 2), QDate(2026, 11, 2));
    load(2, QStringLiteral("S2"), QDate(2026, 11, 2), QDate(2026, 11, 2));
    load(3, QStringLiteral("S2"), QDate(2026, 11, 3), QDate(2026, 11, 3));
    QVERIFY(loaded.wait(10000));
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.front().at(0).value<quint64>(), quint64(3));
    QCOMPARE(loaded.front().at(1).value<reports::PeriodOverview>().siteCode, QStringLiteral("S2"));
}

void TestOverviewLoader::unknownSiteHasNoFigures()
{
    QSignalSpy failed(m_loader, &OverviewLoader::failed);
    QSignalSpy loaded(m_loader, &OverviewLoader::overviewLoaded);
    m_loader->want(7);
    load(7, QStringLiteral("NO-SUCH-SITE"), QDate(2026, 11, 2), QDate(2026, 11, 3));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.size(), 0);
    const auto answer = loaded.front().at(1).value<reports::PeriodOverview>();
    QCOMPARE(answer.businessDays, 0);
    QCOMPARE(answer.units, 0);
}

QTEST_GUILESS_MAIN(TestOverviewLoader)
#include "tst_overviewloader.moc"
