#include "QueryRunner.h"

namespace wh {

QueryRunner::QueryRunner(const reports::ViewerQueries &queries, QObject *parent)
    : QueryRunner([queries] { queries.releaseThreadConnection(); }, parent)
{
}

QueryRunner::QueryRunner(db::Store &store, QObject *parent)
    : QueryRunner([&store] { store.releaseThreadConnection(); }, parent)
{
}

QueryRunner::QueryRunner(std::function<void()> release, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_thread.setObjectName(QStringLiteral("wh-query"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, std::move(release), Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    m_cancelled->store(true);
    m_thread.quit();
    m_thread.wait();
}

quint64 QueryRunner::begin()
{
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    ++m_latest;
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    return m_latest;
}

void QueryRunner::finish()
{
    if (m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
}

void QueryRunner::cancel()
{
    m_cancelled->store(true);
    ++m_latest;
    finish();
}

} // namespace wh
