#pragma once

#include "Store.h"
#include "ViewerQueries.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace wh {

// Runs a view's store work on a thread of its own, so the interface never waits on the disk. One
// runner per view: a long job of one view does not hold up another. The thread uses its own store
// connection (Store::connection()) and closes it when the runner ends. A view's runner is made from
// its ViewerQueries (the jobs read through them); the runner gives no way to the store.
//
// run() starts a job and returns at once; the job's answer comes back to `done` on the GUI thread
// (the runner's thread affinity) unless a newer job was started on the same runner or cancel() was
// called in between: only the newest request's answer is ever shown. A job may look at the
// Cancelled flag it is given and stop early (e.g. from a progress callback).
class QueryRunner : public QObject {
    Q_OBJECT
public:
    // Set by a newer run() or by cancel(); the job it was given may stop when it reads true.
    using Cancelled = std::shared_ptr<std::atomic<bool>>;

    explicit QueryRunner(const reports::ViewerQueries &queries, QObject *parent = nullptr);
    // For the sign-in dialog, which reads the accounts before there is a viewer.
    explicit QueryRunner(db::Store &store, QObject *parent = nullptr);
    ~QueryRunner() override; // waits for a running job, then ends the thread

    template <typename T>
    void run(std::function<T(const Cancelled &)> job, std::function<void(T)> done)
    {
        const quint64 id = begin();
        auto cancelled = m_cancelled;
        QPointer<QueryRunner> self(this);
        QMetaObject::invokeMethod(m_worker, [self, id, cancelled, job = std::move(job),
                                             done = std::move(done)]() mutable {
            if (cancelled->load())
                return;
            auto result = std::make_shared<T>(job(cancelled));
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, cancelled, result, done = std::move(done)]() {
                    if (self && !cancelled->load() && self->m_latest == id) {
                        self->finish();
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }

    // Drops the running job's answer (and tells the job it may stop).
    void cancel();
    // A job is running whose answer will be shown.
    [[nodiscard]] bool busy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    // `release` closes the thread's store connection as the thread ends.
    QueryRunner(std::function<void()> release, QObject *parent);
    quint64 begin();
    void finish();
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    Cancelled m_cancelled;
    quint64 m_latest = 0;
    bool m_busy = false;
};

} // namespace wh
