// PrintSpooler over the in-memory storage: order, one job per key, one job in flight, a failed job
// first in line again, a storage that fails to record a sent job.
#include "PrintSpooler.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

// A storage whose markSent fails while `failMarks` is set (a full disk).
class FlakyStorage final : public PrintSpoolStorage {
public:
    bool failMarks = false;
    MemoryPrintSpoolStorage inner;
    Result<Added> add(const QString &p, const QString &k, const QByteArray &b, qint64 t) override
    {
        return inner.add(p, k, b, t);
    }
    Result<std::vector<SpooledPrintJob>> pending(const QString &p) override { return inner.pending(p); }
    Status markSent(qint64 id, qint64 t) override
    {
        if (failMarks)
            return Error(ErrorCode::DiskFull, QStringLiteral("disk full"));
        return inner.markSent(id, t);
    }
    Status noteFailure(qint64 id, const QString &e) override { return inner.noteFailure(id, e); }
};

} // namespace

class TestPrintSpooler : public QObject {
    Q_OBJECT

private slots:
    void oldestFirstOneAtATime()
    {
        MemoryPrintSpoolStorage storage;
        ManualClock clock(1000);
        PrintSpooler spooler(storage, QStringLiteral("p1"), clock);
        QVERIFY(spooler.submit(QStringLiteral("a"), "A").ok());
        clock.advance(5);
        QVERIFY(spooler.submit(QStringLiteral("b"), "B").ok());
        QCOMPARE(*spooler.waiting(), 2);

        auto first = spooler.take();
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->key, QStringLiteral("a"));
        QCOMPARE((*first)->queuedAtMs, 1000);
        // One in flight: nothing more until it is settled.
        QVERIFY(!spooler.take()->has_value());
        QVERIFY(spooler.sent((*first)->id).ok());
        auto second = spooler.take();
        QCOMPARE((*second)->key, QStringLiteral("b"));
        QVERIFY(spooler.sent((*second)->id).ok());
        QVERIFY(!spooler.take()->has_value());
        QCOMPARE(*spooler.waiting(), 0);
        // Sent jobs stay in the storage, with the time they went.
        QCOMPARE(storage.all().size(), size_t(2));
        QCOMPARE(storage.all().front().sentAtMs, std::optional<qint64>(1005));
    }

    void aFailedJobStaysFirst()
    {
        MemoryPrintSpoolStorage storage;
        PrintSpooler spooler(storage, QStringLiteral("p1"));
        for (const char *k : {"a", "b", "c"})
            QVERIFY(spooler.submit(QString::fromLatin1(k), k).ok());
        auto job = spooler.take();
        QVERIFY(spooler.failed((*job)->id, QStringLiteral("refused")).ok());
        auto again = spooler.take();
        QCOMPARE((*again)->key, QStringLiteral("a"));
        QCOMPARE((*again)->attempts, 1);
        QCOMPARE((*again)->lastError, QStringLiteral("refused"));
    }

    void aKeyPrintsOnce()
    {
        MemoryPrintSpoolStorage storage;
        PrintSpooler spooler(storage, QStringLiteral("p1"));
        auto first = spooler.submit(QStringLiteral("item-1"), "X");
        QVERIFY(first.ok() && !first->existed);
        auto again = spooler.submit(QStringLiteral("item-1"), "Y");
        QVERIFY(again.ok() && again->existed);
        QCOMPARE(again->job.id, first->job.id);
        QCOMPARE(again->job.payload, QByteArray("X"));
        // Also once it was sent.
        auto job = spooler.take();
        QVERIFY(spooler.sent((*job)->id).ok());
        QVERIFY(spooler.submit(QStringLiteral("item-1"), "X")->existed);
        QCOMPARE(*spooler.waiting(), 0);
        // The same key for another printer is another job.
        PrintSpooler other(storage, QStringLiteral("p2"));
        QVERIFY(!other.submit(QStringLiteral("item-1"), "X")->existed);
        QCOMPARE(*other.waiting(), 1);
    }

    void restartPicksUp()
    {
        MemoryPrintSpoolStorage storage;
        {
            PrintSpooler spooler(storage, QStringLiteral("p1"));
            QVERIFY(spooler.submit(QStringLiteral("a"), "A").ok());
            QVERIFY(spooler.submit(QStringLiteral("b"), "B").ok());
            QVERIFY(spooler.take()->has_value()); // in flight when the program ended
        }
        PrintSpooler restarted(storage, QStringLiteral("p1"));
        QCOMPARE(*restarted.waiting(), 2);
        QCOMPARE((*restarted.take())->key, QStringLiteral("a"));
    }

    void badJobs()
    {
        MemoryPrintSpoolStorage storage;
        PrintSpooler spooler(storage, QStringLiteral("p1"));
        QCOMPARE(spooler.submit(QString(), "A").error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(spooler.submit(QStringLiteral("k"), QByteArray()).error().code(),
                 ErrorCode::InvalidArgument);
        QVERIFY(spooler.submit(QStringLiteral("k"), "A").ok());
        auto job = spooler.take();
        QCOMPARE(spooler.sent((*job)->id + 1).error().code(), ErrorCode::Internal);
        QCOMPARE(spooler.failed((*job)->id + 1, {}).error().code(), ErrorCode::Internal);
        QCOMPARE(storage.markSent(99, 0).error().code(), ErrorCode::NotFound);
    }

    void sentButNotRecordedIsNotSentAgain()
    {
        FlakyStorage storage;
        PrintSpooler spooler(storage, QStringLiteral("p1"));
        QVERIFY(spooler.submit(QStringLiteral("a"), "A").ok());
        QVERIFY(spooler.submit(QStringLiteral("b"), "B").ok());
        storage.failMarks = true;
        auto a = spooler.take();
        const Status marked = spooler.sent((*a)->id);
        QCOMPARE(marked.error().code(), ErrorCode::DiskFull);
        // "a" went out: the next job is "b", and "a" is not counted as waiting.
        QCOMPARE(*spooler.waiting(), 1);
        auto b = spooler.take();
        QCOMPARE((*b)->key, QStringLiteral("b"));
        storage.failMarks = false;
        QVERIFY(spooler.sent((*b)->id).ok());
        // The next take records "a" as sent too.
        QVERIFY(!spooler.take()->has_value());
        QCOMPARE(storage.inner.pending(QStringLiteral("p1"))->size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPrintSpooler)
#include "tst_printspooler.moc"
