// Store: opening a file (or refusing to, leaving it untouched), pragmas, a full disk, and one
// connection per thread.
#include "EventStore.h"
#include "MasterDataRepositories.h"
#include "SqlSupport.h"
#include "Store.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace wh;
using namespace wh::db;

Q_DECLARE_METATYPE(wh::ErrorCode)

namespace {

QVariant pragma(const QSqlDatabase &db, const char *name)
{
    auto v = scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return v ? *v : QVariant();
}

QString describe(const Result<std::unique_ptr<Store>> &r)
{
    return r.ok() ? QStringLiteral("opened") : r.error().toString();
}

Store::Options options(bool create = true, bool readOnly = false)
{
    Store::Options o;
    o.create = create;
    o.readOnly = readOnly;
    return o;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void pragmas()
    {
        test::TemporaryStore tmp;
        QVERIFY2(tmp.ok(), qPrintable(tmp.errorText()));
        const QSqlDatabase db = tmp.store().connection();
        QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
        QVERIFY(QFileInfo(tmp.store().path()).isAbsolute());
        QCOMPARE(tmp.store().path(), QFileInfo(tmp.path()).absoluteFilePath());
        QVERIFY(!tmp.store().readOnly());
    }

    void foreignKeysAreEnforced()
    {
        test::TemporaryStore tmp;
        QVERIFY(tmp.ok());
        DeviceRepository devices(tmp.store());
        auto status = devices.save(
            {QStringLiteral("K1"), DeviceKind::Kiosk, QStringLiteral("NO-SUCH-SITE"), QString()});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
    }

    void japanesePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("倉庫 データ/東京 store.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(describe(store)));
        QCOMPARE((*store)->schemaReport().outcome, SchemaOutcome::Fresh);
        QVERIFY(test::seedSmallWarehouse(**store).ok());
        store->reset(); // close
        auto again = Store::open(path, options(false));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(test::rowCount(**again, QStringLiteral("workers")), qint64(3));
    }

    void notADatabaseIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("text") << QByteArray("hello, this is not a store\n") << false;
        QTest::newRow("text, read-only open") << QByteArray("hello, this is not a store\n") << true;
        QTest::newRow("one byte") << QByteArray("x") << false;
        QTest::newRow("japanese text") << QStringLiteral("倉庫の在庫一覧\n").toUtf8() << false;
        QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << false;
        QTest::newRow("sqlite 2 header")
            << QByteArray("** This file contains an SQLite 2.1 database **") << false;
        QTest::newRow("huge: 1 MiB of zeros") << QByteArray(1024 * 1024, '\0') << false;
    }
    void notADatabaseIsLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = test::fileDigest(path);

        auto store = Store::open(path, options(true, readOnly));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::NotADatabase);
        QVERIFY2(store.error().toString().contains(path), qPrintable(store.error().toString()));
        QCOMPARE(test::fileDigest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.sqlite")});
    }

    void damagedDatabaseIsLeftUntouched()
    {
        // The magic header of SQLite followed by garbage: SQLite itself has to say no.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 37) ^ 0x5A));
        file.write(bytes);
        file.close();
        const QByteArray before = test::fileDigest(path);
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().code() == ErrorCode::NotADatabase ||
                     store.error().code() == ErrorCode::Database,
                 errorCodeName(store.error().code()));
        QVERIFY2(store.error().toString().contains(path), qPrintable(store.error().toString()));
        QCOMPARE(test::fileDigest(path), before);
    }

    void emptyFileIsANewStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto store = Store::open(path, options(false));
        QVERIFY2(store.ok(), qPrintable(describe(store)));
        QCOMPARE((*store)->schemaReport().outcome, SchemaOutcome::Fresh);
    }

    void openingFails_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QList<ErrorCode>>("codes");
        QTest::newRow("no path") << QString() << true << false
                                 << QList<ErrorCode>{ErrorCode::InvalidArgument};
        QTest::newRow("missing file, create=false") << QStringLiteral("%tmp%/missing.sqlite") << false
                                                    << false << QList<ErrorCode>{ErrorCode::NotFound};
        QTest::newRow("missing file, read-only") << QStringLiteral("%tmp%/missing.sqlite") << false << true
                                                 << QList<ErrorCode>{ErrorCode::NotFound};
        QTest::newRow("missing folder") << QStringLiteral("%tmp%/no/such/folder/store.sqlite") << true
                                        << false << QList<ErrorCode>{ErrorCode::NotFound};
        QTest::newRow("a folder, not a file")
            << QStringLiteral("%tmp%") << true << false << QList<ErrorCode>{ErrorCode::NotADatabase};
        // chmod does not stop root; /proc refuses new files whoever asks.
        QTest::newRow("folder that cannot hold files (/proc)")
            << QStringLiteral("/proc/store.sqlite") << true << false
            << QList<ErrorCode>{ErrorCode::ReadOnly, ErrorCode::NotFound, ErrorCode::Io};
        QTest::newRow("missing folder under /proc")
            << QStringLiteral("/proc/wh-test/store.sqlite") << true << false
            << QList<ErrorCode>{ErrorCode::ReadOnly, ErrorCode::NotFound, ErrorCode::Io};
        QTest::newRow("japanese name in /proc")
            << QStringLiteral("/proc/倉庫.sqlite") << true << false
            << QList<ErrorCode>{ErrorCode::ReadOnly, ErrorCode::NotFound, ErrorCode::Io};
    }
    void openingFails()
    {
        QFETCH(QString, path);
        QFETCH(bool, create);
        QFETCH(bool, readOnly);
        QFETCH(QList<ErrorCode>, codes);
        QTemporaryDir dir;
        path.replace(QStringLiteral("%tmp%"), dir.path());
        const bool existedBefore = QFileInfo::exists(path);
        auto store = Store::open(path, options(create, readOnly));
        QVERIFY(!store.ok());
        QVERIFY2(codes.contains(store.error().code()), errorCodeName(store.error().code()));
        if (!path.isEmpty())
            QVERIFY2(store.error().toString().contains(path), qPrintable(store.error().toString()));
        QCOMPARE(QFileInfo::exists(path), existedBefore); // nothing created
    }

    void readOnlyFolder()
    {
        if (runningAsRoot())
            QSKIP(
                "running as root: chmod 0555 does not stop root from writing; openingFails covers this with "
                "/proc paths");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = folder + QStringLiteral("/store.sqlite");
        auto store = Store::open(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::ReadOnly);
        QVERIFY(store.error().toString().contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyFile()
    {
        if (runningAsRoot())
            QSKIP("running as root: a 0444 file is still writable by root");
        test::TemporaryStore tmp;
        QVERIFY(tmp.ok());
        tmp.close();
        QVERIFY(QFile::setPermissions(tmp.path(), QFile::ReadOwner));
        const QByteArray before = test::fileDigest(tmp.path());
        auto store = Store::open(tmp.path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::ReadOnly);
        QVERIFY(store.error().toString().contains(tmp.path()));
        auto reader = Store::open(tmp.path(), options(false, true));
        QVERIFY2(reader.ok(), qPrintable(describe(reader)));
        reader->reset(); // close
        QCOMPARE(test::fileDigest(tmp.path()), before);
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void readOnlyOpen()
    {
        test::TemporaryStore tmp;
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        tmp.close();
        const QByteArray before = test::fileDigest(tmp.path());
        {
            auto reader = Store::open(tmp.path(), options(false, true));
            QVERIFY2(reader.ok(), qPrintable(describe(reader)));
            QVERIFY((*reader)->readOnly());
            QCOMPARE((*reader)->schemaReport().outcome, SchemaOutcome::Current);
            QCOMPARE(test::rowCount(**reader, QStringLiteral("sites")), qint64(2));
            SiteRepository sites(**reader);
            auto status = sites.save({QStringLiteral("S3"), QStringLiteral("x"), "UTC", 0});
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code(), ErrorCode::ReadOnly);
        }
        QCOMPARE(test::fileDigest(tmp.path()), before);

        // A read-only open cannot create the schema.
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto fresh = Store::open(empty, options(false, true));
        QVERIFY(!fresh.ok());
        QCOMPARE(fresh.error().code(), ErrorCode::ReadOnly);
        QVERIFY(fresh.error().toString().contains(empty));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }

    void closedFileIsCompleteWithoutItsWal()
    {
        // The destructor folds the WAL back: the .sqlite alone holds every committed row.
        test::TemporaryStore tmp;
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        const QByteArray digest = test::contentDigest(tmp.store());
        tmp.close();
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(tmp.path(), copy));
        auto store = Store::open(copy, options(false));
        QVERIFY2(store.ok(), qPrintable(describe(store)));
        QCOMPARE(test::contentDigest(**store), digest);
    }

    void fullDisk()
    {
        test::MockClock clock;
        test::TemporaryStore tmp(clock);
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        int stored = 0;
        {
            // Connections and repositories go before the store closes.
            const QSqlDatabase db = tmp.store().connection();
            const qint64 pages = pragma(db, "page_count").toLongLong();
            // The page limit is SQLite's stand-in for a full disk (same error, SQLITE_FULL).
            QVERIFY(execDirect(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)).ok());
            EventStore events(tmp.store());
            const QString filler(1500, QChar(0x5009)); // 倉 x 1500: about 4.5 KB of UTF-8 per event
            Error failure;
            bool failed = false;
            for (int i = 0; i < 10000 && !failed; ++i) {
                Event e =
                    test::punchEvent(QStringLiteral("K1"), EventKind::PunchSwitch, QStringLiteral("W001"),
                                     QStringLiteral("S1"), QStringLiteral("PICK"), clock.nowMs() + i);
                e.payload.insert(QStringLiteral("note"), filler);
                auto r = events.append(e);
                if (r.ok())
                    ++stored;
                else {
                    failed = true;
                    failure = r.error();
                }
            }
            QVERIFY2(failed, "the page limit never filled up");
            QCOMPARE(failure.code(), ErrorCode::DiskFull);
            QVERIFY(stored > 0);
            // Everything committed before the failure is still there, and nothing of the failed append.
            QCOMPARE(events.count().valueOr(-1), qint64(stored));
            QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("outbox")), qint64(stored));
            QCOMPARE(events.lastSequence(QStringLiteral("K1")).valueOr(-1), qint64(stored));
            auto integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"));
            QCOMPARE(integrity->toString(), QStringLiteral("ok"));

            // Room again: the next append works and continues the sequence.
            QVERIFY(execDirect(db, QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
            auto next = events.append(test::punchEvent(QStringLiteral("K1"), EventKind::PunchClockOut,
                                                       QStringLiteral("W001"), QStringLiteral("S1"),
                                                       QString(), clock.nowMs() + 20000));
            QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().toString()));
            QCOMPARE(next->sequence, qint64(stored + 1));
        }
        // Reopened, the committed rows are all there.
        QVERIFY(tmp.reopen(clock));
        QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("events")), qint64(stored + 1));
    }

    void oneConnectionPerThread()
    {
        test::TemporaryStore tmp;
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        const QString mainName = tmp.store().connection().connectionName();
        QCOMPARE(tmp.store().connection().connectionName(), mainName); // same thread, same connection

        // Several threads one after the other (a finished thread's address may be reused) and two
        // at once: each gets its own working, configured connection.
        struct Seen {
            QString name;
            QString again;
            int sites = -1;
            QString journal;
            int synchronous = -1;
            int foreignKeys = -1;
            bool wrote = false;
            QString writeError;
        };
        auto work = [&tmp](Seen *seen, int n) {
            return [&tmp, seen, n] {
                QSqlDatabase db = tmp.store().connection();
                seen->name = db.connectionName();
                seen->again = tmp.store().connection().connectionName();
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM sites")) && q.next())
                    seen->sites = q.value(0).toInt();
                q.finish(); // an unfinished SELECT holds a read snapshot that a later write cannot upgrade
                seen->journal = pragma(db, "journal_mode").toString();
                seen->synchronous = pragma(db, "synchronous").toInt();
                seen->foreignKeys = pragma(db, "foreign_keys").toInt();
                DeviceRepository devices(tmp.store());
                const Status saved =
                    devices.save({QStringLiteral("T%1").arg(n), DeviceKind::Handheld, QStringLiteral("S1"),
                                  QStringLiteral("スレッド %1").arg(n)});
                seen->wrote = saved.ok();
                if (!saved.ok())
                    seen->writeError = saved.error().toString();
            };
        };
        std::vector<Seen> seen(6);
        for (int i = 0; i < 4; ++i) {
            std::unique_ptr<QThread> thread(QThread::create(work(&seen[size_t(i)], i)));
            thread->start();
            QVERIFY(thread->wait(30000));
        }
        std::unique_ptr<QThread> a(QThread::create(work(&seen[4], 4)));
        std::unique_ptr<QThread> b(QThread::create(work(&seen[5], 5)));
        a->start();
        b->start();
        QVERIFY(a->wait(30000));
        QVERIFY(b->wait(30000));

        for (size_t i = 0; i < seen.size(); ++i) {
            const Seen &s = seen[i];
            const QByteArray where = QByteArray("thread ") + QByteArray::number(qulonglong(i));
            QVERIFY2(!s.name.isEmpty() && s.name != mainName, where.constData());
            QVERIFY2(s.again == s.name, where.constData());
            QVERIFY2(s.sites == 2, where.constData());
            QVERIFY2(s.journal == QLatin1String("wal"), where.constData());
            QVERIFY2(s.synchronous == 2, where.constData());
            QVERIFY2(s.foreignKeys == 1, where.constData());
            QVERIFY2(s.wrote, qPrintable(QString::fromLatin1(where) + QLatin1Char(' ') + s.writeError));
        }
        QCOMPARE(seen[4].name == seen[5].name, false);
        // The writes of the threads are visible on the main thread's connection.
        QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("devices"), QStringLiteral("WHERE id LIKE 'T%'")),
                 qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
