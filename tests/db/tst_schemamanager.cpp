// SchemaManager: fresh, current, upgraded (with a backup), newer-but-compatible, too new (refused,
// file untouched), failed (rolled back, file as it was).
#include "MasterDataRepositories.h"
#include "SchemaManager.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;

Q_DECLARE_METATYPE(wh::db::SchemaOutcome)

namespace {

int builtinCount()
{
    return static_cast<int>(builtinMigrations().size());
}

// A synthetic migration on top of the built-ins, written as a file would be.
Migration synthetic(int version, int minCompatible, const QString &name, const QString &body)
{
    const QString file = QStringLiteral("%1_%2.sql").arg(version, 4, 10, QLatin1Char('0')).arg(name);
    auto m = parseMigration(file, QStringLiteral("-- min-compatible: %1\n").arg(minCompatible) + body);
    if (!m)
        qFatal("bad synthetic migration: %s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

// Two steps after the built-ins: a new column, a table and a trigger; then an index.
std::vector<Migration> syntheticSteps()
{
    const int n = builtinCount();
    return {
        synthetic(n + 1, 1, QStringLiteral("site_notes"),
                  QStringLiteral("-- Notes per site (added column and table: older programs still work).\n"
                                 "ALTER TABLE sites ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
                                 "CREATE TABLE site_notes (\n"
                                 "    site TEXT NOT NULL REFERENCES sites(code),\n"
                                 "    written_at_ms INTEGER NOT NULL,\n"
                                 "    text TEXT NOT NULL\n"
                                 ");\n"
                                 "CREATE TRIGGER site_notes_no_update BEFORE UPDATE ON site_notes\n"
                                 "BEGIN\n"
                                 "    SELECT RAISE(ABORT, 'notes are append-only; 追記のみ');\n"
                                 "END;\n")),
        synthetic(n + 2, 1, QStringLiteral("notes_index"),
                  QStringLiteral("CREATE INDEX site_notes_by_site ON site_notes(site, written_at_ms);\n")),
    };
}

std::vector<Migration> firstOf(const std::vector<Migration> &all, int count)
{
    return {all.begin(), all.begin() + count};
}

Result<std::unique_ptr<Store>> openWith(const QString &path, std::vector<Migration> migrations,
                                        const Clock &clock, bool readOnly = false)
{
    Store::Options options;
    options.migrations = std::move(migrations);
    options.clock = &clock;
    options.readOnly = readOnly;
    return Store::open(path, options);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QString describe(const Result<std::unique_ptr<Store>> &r)
{
    return r.ok() ? QStringLiteral("opened") : r.error().toString();
}

} // namespace

class TestSchemaManager : public QObject {
    Q_OBJECT

private slots:
    void builtinsAreNumberedFromOne()
    {
        const auto &all = builtinMigrations();
        QVERIFY(!all.empty());
        for (size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].version, int(i) + 1);
            QVERIFY(all[i].minCompatible >= 1 && all[i].minCompatible <= all[i].version);
            QVERIFY(!all[i].name.isEmpty());
        }
    }

    void fresh()
    {
        test::MockClock clock;
        test::TemporaryStore tmp(clock);
        QVERIFY2(tmp.ok(), qPrintable(tmp.errorText()));
        const SchemaReport &r = tmp.store().schemaReport();
        QCOMPARE(r.outcome, SchemaOutcome::Fresh);
        QCOMPARE(r.fileVersion, 0);
        QCOMPARE(r.resultVersion, builtinCount());
        QCOMPARE(r.programVersion, builtinCount());
        QVERIFY(r.backupPath.isEmpty()); // nothing to back up in a new file
        QCOMPARE(test::rowCount(tmp.store(), QStringLiteral("schema_migrations")), qint64(builtinCount()));
        auto version = scalar(tmp.store().connection(), QStringLiteral("SELECT version FROM schema_version"));
        QVERIFY(version.ok());
        QCOMPARE(version->toInt(), builtinCount());
        auto applied = scalar(tmp.store().connection(),
                              QStringLiteral("SELECT MIN(applied_at_ms) FROM schema_migrations"));
        QCOMPARE(applied->toLongLong(), clock.nowMs());
        QCOMPARE(filesIn(tmp.dirPath()).filter(QStringLiteral(".bak")), QStringList());
    }

    void current()
    {
        test::MockClock clock;
        test::TemporaryStore tmp(clock);
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        const QByteArray before = test::contentDigest(tmp.store());
        QVERIFY(tmp.reopen(clock));
        const SchemaReport &r = tmp.store().schemaReport();
        QCOMPARE(r.outcome, SchemaOutcome::Current);
        QCOMPARE(r.fileVersion, builtinCount());
        QCOMPARE(r.resultVersion, builtinCount());
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(test::contentDigest(tmp.store()), before);
    }

    void upgradeFromEveryOlderVersion_data()
    {
        QTest::addColumn<bool>("withSynthetic");
        QTest::addColumn<int>("from");
        // The built-in chain: every version below the program's (0 = an empty file).
        for (int k = 0; k < builtinCount(); ++k)
            QTest::addRow("built-ins from version %d", k) << false << k;
        // The built-ins plus two synthetic steps, so that real upgrades run even while the program
        // has a single built-in migration.
        for (int k = 0; k < builtinCount() + 2; ++k)
            QTest::addRow("built-ins + 2 synthetic from version %d", k) << true << k;
    }
    void upgradeFromEveryOlderVersion()
    {
        QFETCH(bool, withSynthetic);
        QFETCH(int, from);
        const std::vector<Migration> all =
            withSynthetic ? test::builtinsPlus(syntheticSteps()) : builtinMigrations();
        const int target = static_cast<int>(all.size());
        test::MockClock clock;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));

        // A file at version `from`, holding a little data when it has tables.
        QStringList sitesBefore;
        if (from == 0) {
            QFile empty(path);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        } else {
            auto old = openWith(path, firstOf(all, from), clock);
            QVERIFY2(old.ok(), qPrintable(describe(old)));
            QCOMPARE((*old)->schemaReport().resultVersion, from);
            SiteRepository sites(**old);
            QVERIFY(sites.save({QStringLiteral("S1"), QStringLiteral("東京"), "Asia/Tokyo", 300}).ok());
            sitesBefore << QStringLiteral("S1");
        }

        clock.advance(3600 * 1000);
        auto upgraded = openWith(path, all, clock);
        QVERIFY2(upgraded.ok(), qPrintable(describe(upgraded)));
        const SchemaReport &r = (*upgraded)->schemaReport();
        QCOMPARE(r.outcome, from == 0 ? SchemaOutcome::Fresh : SchemaOutcome::Upgraded);
        QCOMPARE(r.fileVersion, from);
        QCOMPARE(r.resultVersion, target);
        if (from > 0) {
            QVERIFY(!r.backupPath.isEmpty());
            QVERIFY(QFile::exists(r.backupPath));
        }
        // Every step recorded once, in order.
        QSqlQuery q((*upgraded)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
        int expected = 1;
        while (q.next())
            QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(expected - 1, target);
        // The data survived.
        SiteRepository sites(**upgraded);
        auto list = sites.all();
        QVERIFY(list.ok());
        QStringList codes;
        for (const auto &s : *list)
            codes << s.code;
        QCOMPARE(codes, sitesBefore);

        // The same schema as a file created by this program from nothing.
        auto fresh = openWith(dir.filePath(QStringLiteral("fresh.sqlite")), all, clock);
        QVERIFY(fresh.ok());
        QCOMPARE(test::schemaOf((*upgraded)->connection()), test::schemaOf((*fresh)->connection()));
        auto integrity = scalar((*upgraded)->connection(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));
    }

    void upgradeTakesAReadableBackup()
    {
        test::MockClock clock; // 2026-11-02 00:00 UTC
        test::TemporaryStore tmp(clock);
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        EventStore events(tmp.store());
        QVERIFY(events
                    .append(test::punchEvent(QStringLiteral("K1"), EventKind::PunchClockIn,
                                             QStringLiteral("W001"), QStringLiteral("S1"),
                                             QStringLiteral("PICK"), clock.nowMs()))
                    .ok());
        const QByteArray before = test::contentDigest(tmp.store());
        tmp.close();

        SchemaReport r;
        {
            const auto steps = syntheticSteps();
            auto upgraded = openWith(tmp.path(), test::builtinsPlus({steps[0]}), clock);
            QVERIFY2(upgraded.ok(), qPrintable(describe(upgraded)));
            r = (*upgraded)->schemaReport();
            QCOMPARE(r.outcome, SchemaOutcome::Upgraded);
            QCOMPARE(r.fileVersion, builtinCount());
            QCOMPARE(r.resultVersion, builtinCount() + 1);
            QCOMPARE(r.backupPath,
                     QStringLiteral("%1.v%2-20261102T000000Z.bak").arg(tmp.path()).arg(builtinCount()));
            QVERIFY(QFile::exists(r.backupPath));
            // The new column is there and the old rows have its default.
            auto note = scalar((*upgraded)->connection(),
                               QStringLiteral("SELECT count(*) FROM sites WHERE note = ''"));
            QCOMPARE(note->toInt(), 2);
        }

        // The backup is a complete SQLite file at the old version with the old content.
        QFile backupFile(r.backupPath);
        QVERIFY(backupFile.open(QIODevice::ReadOnly));
        QCOMPARE(backupFile.read(16), QByteArray("SQLite format 3\0", 16));
        backupFile.close();
        auto backup = openWith(r.backupPath, builtinMigrations(), clock, /*readOnly=*/true);
        QVERIFY2(backup.ok(), qPrintable(describe(backup)));
        QCOMPARE((*backup)->schemaReport().outcome, SchemaOutcome::Current);
        QCOMPARE((*backup)->schemaReport().fileVersion, builtinCount());
        QCOMPARE(test::contentDigest(**backup), before);
        auto integrity = scalar((*backup)->connection(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));
    }

    void newerButCompatibleOpens()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        const auto steps = syntheticSteps(); // both declare min-compatible 1
        {
            auto newer = openWith(path, test::builtinsPlus(steps), clock);
            QVERIFY(newer.ok());
        }
        auto opened = openWith(path, builtinMigrations(), clock);
        QVERIFY2(opened.ok(), qPrintable(describe(opened)));
        const SchemaReport &r = (*opened)->schemaReport();
        QCOMPARE(r.outcome, SchemaOutcome::NewerCompatible);
        QCOMPARE(r.fileVersion, builtinCount() + 2);
        QCOMPARE(r.resultVersion, builtinCount() + 2);
        QCOMPARE(r.programVersion, builtinCount());
        // Usable, and the file keeps its newer version.
        SiteRepository sites(**opened);
        QVERIFY(sites.save({QStringLiteral("S9"), QStringLiteral("新しい"), "UTC", 0}).ok());
        auto version = scalar((*opened)->connection(), QStringLiteral("SELECT version FROM schema_version"));
        QCOMPARE(version->toInt(), builtinCount() + 2);
    }

    void tooNewIsRefusedAndUntouched_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-write open") << false;
        QTest::newRow("read-only open") << true;
    }
    void tooNewIsRefusedAndUntouched()
    {
        QFETCH(bool, readOnly);
        test::MockClock clock;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        const int n = builtinCount();
        const Migration breaking = synthetic(n + 1, n + 1, QStringLiteral("breaking"),
                                             QStringLiteral("CREATE TABLE future_only (x INTEGER);\n"));
        {
            auto future = openWith(path, test::builtinsPlus({breaking}), clock);
            QVERIFY(future.ok());
            QVERIFY(test::seedSmallWarehouse(**future).ok());
        }
        const QByteArray before = test::fileDigest(path);
        const QStringList filesBefore = filesIn(dir.path());

        auto opened = openWith(path, builtinMigrations(), clock, readOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::SchemaTooNew);
        QVERIFY(opened.error().toString().contains(path));
        QVERIFY(opened.error().message().contains(QString::number(n + 1)));
        QCOMPARE(test::fileDigest(path), before);
        // No backup. A read-only connection cannot remove the WAL side files SQLite made to read a
        // WAL-mode file; they must at least hold nothing.
        QStringList extra = filesIn(dir.path());
        for (const QString &f : filesBefore)
            extra.removeAll(f);
        for (const QString &f : extra) {
            QVERIFY2(readOnly && (f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm"))),
                     qPrintable(f));
            if (f.endsWith(QLatin1String("-wal")))
                QCOMPARE(QFileInfo(dir.filePath(f)).size(), qint64(0));
        }

        // inspect() and migrate() on a raw connection say the same and write nothing.
        {
            auto raw = openWith(path, test::builtinsPlus({breaking}), clock, true);
            QVERIFY(raw.ok());
            SchemaManager manager((*raw)->connection(), path, builtinMigrations());
            const SchemaReport r = manager.inspect();
            QCOMPARE(r.outcome, SchemaOutcome::TooNew);
            QCOMPARE(r.error.code(), ErrorCode::SchemaTooNew);
            const SchemaReport m = manager.migrate(clock.nowMs());
            QCOMPARE(m.outcome, SchemaOutcome::TooNew);
        }
        QCOMPARE(test::fileDigest(path), before);
    }

    void failedMigrationIsRolledBack_data()
    {
        QTest::addColumn<bool>("failInSecond");
        QTest::newRow("bad SQL in the only new migration") << false;
        QTest::newRow("bad SQL in the second of two (the first is undone too)") << true;
    }
    void failedMigrationIsRolledBack()
    {
        QFETCH(bool, failInSecond);
        test::MockClock clock;
        test::TemporaryStore tmp(clock);
        QVERIFY(tmp.ok());
        QVERIFY(test::seedSmallWarehouse(tmp.store()).ok());
        const QByteArray before = test::contentDigest(tmp.store());
        const QStringList schemaBefore = test::schemaOf(tmp.store().connection());
        const int n = builtinCount();
        std::vector<Migration> extra;
        if (failInSecond)
            extra.push_back(syntheticSteps()[0]);
        extra.push_back(synthetic(n + static_cast<int>(extra.size()) + 1, 1, QStringLiteral("broken"),
                                  QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                                 "INSERT INTO half_done VALUES (1);\n"
                                                 "CREATE TABLEE oops (x INTEGER);\n")));
        const int failing = extra.back().version;

        {
            // Through the schema manager, to see the whole report.
            SchemaManager manager(tmp.store().connection(), tmp.path(), test::builtinsPlus(extra));
            const SchemaReport r = manager.migrate(clock.nowMs());
            QCOMPARE(r.outcome, SchemaOutcome::Failed);
            QCOMPARE(r.fileVersion, n);
            QCOMPARE(r.resultVersion, n);
            QCOMPARE(r.error.code(), ErrorCode::MigrationFailed);
            QVERIFY(r.error.message().contains(QString::number(failing)));
            QVERIFY(r.error.context().contains(tmp.path()));
            QVERIFY(QFile::exists(r.backupPath)); // taken before trying
            QCOMPARE(test::contentDigest(tmp.store()), before);
            QCOMPARE(test::schemaOf(tmp.store().connection()), schemaBefore);
        }
        tmp.close();

        // Through Store::open, as a program would.
        clock.advance(1000);
        auto opened = openWith(tmp.path(), test::builtinsPlus(extra), clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::MigrationFailed);
        QVERIFY(opened.error().toString().contains(tmp.path()));

        // The file is as it was: current for this program, same rows, same schema.
        QVERIFY(tmp.reopen(clock));
        QCOMPARE(tmp.store().schemaReport().outcome, SchemaOutcome::Current);
        QCOMPARE(tmp.store().schemaReport().fileVersion, n);
        QCOMPARE(test::contentDigest(tmp.store()), before);
        QCOMPARE(test::schemaOf(tmp.store().connection()), schemaBefore);
    }

    void inspectDoesNotWrite()
    {
        test::MockClock clock;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            auto s = openWith(path, builtinMigrations(), clock);
            QVERIFY(s.ok());
        }
        const QByteArray before = test::fileDigest(path);
        {
            auto s = openWith(path, builtinMigrations(), clock, true);
            QVERIFY(s.ok());
            SchemaManager manager((*s)->connection(), path, test::builtinsPlus(syntheticSteps()));
            QCOMPARE(manager.programVersion(), builtinCount() + 2);
            const SchemaReport r = manager.inspect();
            QCOMPARE(r.outcome, SchemaOutcome::Upgraded);
            QCOMPARE(r.fileVersion, builtinCount());
            QCOMPARE(r.resultVersion, builtinCount() + 2);
            auto version = manager.fileVersion();
            QVERIFY(version.ok());
            QCOMPARE(version->first, builtinCount());
            QCOMPARE(version->second, builtinMigrations().back().minCompatible);
        }
        QCOMPARE(test::fileDigest(path), before);
    }

    void outcomeNames_data()
    {
        QTest::addColumn<SchemaOutcome>("outcome");
        QTest::addColumn<QString>("name");
        QTest::newRow("fresh") << SchemaOutcome::Fresh << QStringLiteral("fresh");
        QTest::newRow("current") << SchemaOutcome::Current << QStringLiteral("current");
        QTest::newRow("upgraded") << SchemaOutcome::Upgraded << QStringLiteral("upgraded");
        QTest::newRow("newer") << SchemaOutcome::NewerCompatible << QStringLiteral("newer-but-compatible");
        QTest::newRow("too new") << SchemaOutcome::TooNew << QStringLiteral("too-new");
        QTest::newRow("failed") << SchemaOutcome::Failed << QStringLiteral("failed");
    }
    void outcomeNames()
    {
        QFETCH(SchemaOutcome, outcome);
        QFETCH(QString, name);
        QCOMPARE(schemaOutcomeName(outcome), name);
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only comments") << QStringLiteral("-- a\n-- b\n\n") << QStringList();
        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y);")};
        QTest::newRow("multi-line statement")
            << QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n")
            << QStringList{QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);")};
        QTest::newRow("trigger kept whole")
            << QStringLiteral(
                   "CREATE TABLE t (x);\nCREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n"
                   "    SELECT RAISE(ABORT, 'no');\n    SELECT 1;\nEND;\nCREATE INDEX i ON t(x);\n")
            << QStringList{QStringLiteral("CREATE TABLE t (x);"),
                           QStringLiteral("CREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n"
                                          "    SELECT RAISE(ABORT, 'no');\n    SELECT 1;\nEND;"),
                           QStringLiteral("CREATE INDEX i ON t(x);")};
        QTest::newRow("lower-case trigger")
            << QStringLiteral("create trigger x before delete on t\nbegin\n  select 1;\nend;\n")
            << QStringList{QStringLiteral("create trigger x before delete on t\nbegin\n  select 1;\nend;")};
        QTest::newRow("comment lines dropped")
            << QStringLiteral("-- header\nCREATE TABLE a (x); -- trailing\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x); -- trailing")};
        QTest::newRow("last statement without a semicolon")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)")
            << QStringList{QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("japanese text") << QStringLiteral("INSERT INTO s VALUES ('倉庫');\n")
                                       << QStringList{QStringLiteral("INSERT INTO s VALUES ('倉庫');")};
    }
    void splitStatements()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        QCOMPARE(db::splitStatements(sql), expected);
    }

    void builtinTriggersStayWhole()
    {
        for (const Migration &m : builtinMigrations()) {
            for (const QString &statement : db::splitStatements(m.sql)) {
                if (statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
                    QVERIFY2(statement.endsWith(QLatin1String("END;")), qPrintable(statement));
                QVERIFY(statement.trimmed().endsWith(QLatin1Char(';')));
            }
        }
    }

    void parseMigration_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("minCompatible");
        const QString header = QStringLiteral("-- min-compatible: 1\nCREATE TABLE x (y);\n");
        QTest::newRow("good") << QStringLiteral("0002_add_notes.sql") << header << true << 2 << 1;
        QTest::newRow("header after a comment")
            << QStringLiteral("0003_x.sql")
            << QStringLiteral("-- why\n--   min-compatible:   2  \nSELECT 1;\n") << true << 3 << 2;
        QTest::newRow("min-compatible equal to the version")
            << QStringLiteral("0004_break.sql") << QStringLiteral("-- min-compatible: 4\n") << true << 4 << 4;
        QTest::newRow("three digits") << QStringLiteral("002_x.sql") << header << false << 0 << 0;
        QTest::newRow("five digits") << QStringLiteral("00002_x.sql") << header << false << 0 << 0;
        QTest::newRow("dash instead of underscore")
            << QStringLiteral("0002-x.sql") << header << false << 0 << 0;
        QTest::newRow("no name") << QStringLiteral("0002_.sql") << header << false << 0 << 0;
        QTest::newRow("space in the name")
            << QStringLiteral("0002_add notes.sql") << header << false << 0 << 0;
        QTest::newRow("not .sql") << QStringLiteral("0002_x.txt") << header << false << 0 << 0;
        QTest::newRow("japanese name") << QStringLiteral("0002_追加.sql") << header << false << 0 << 0;
        QTest::newRow("full-width digits") << QStringLiteral("０００２_x.sql") << header << false << 0 << 0;
        QTest::newRow("a path") << QStringLiteral("migrations/0002_x.sql") << header << false << 0 << 0;
        QTest::newRow("no header") << QStringLiteral("0002_x.sql") << QStringLiteral("CREATE TABLE x (y);\n")
                                   << false << 0 << 0;
        QTest::newRow("empty text") << QStringLiteral("0002_x.sql") << QString() << false << 0 << 0;
        QTest::newRow("header not a number")
            << QStringLiteral("0002_x.sql") << QStringLiteral("-- min-compatible: one\n") << false << 0 << 0;
        QTest::newRow("min-compatible 0")
            << QStringLiteral("0002_x.sql") << QStringLiteral("-- min-compatible: 0\n") << false << 0 << 0;
        QTest::newRow("min-compatible above the version")
            << QStringLiteral("0002_x.sql") << QStringLiteral("-- min-compatible: 3\n") << false << 0 << 0;
        QTest::newRow("header inside a statement")
            << QStringLiteral("0002_x.sql") << QStringLiteral("SELECT 1; -- min-compatible: 1\n") << false
            << 0 << 0;
    }
    void parseMigration()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, version);
        QFETCH(int, minCompatible);
        auto m = db::parseMigration(fileName, text);
        QCOMPARE(m.ok(), ok);
        if (!ok) {
            QCOMPARE(m.error().code(), ErrorCode::Parse);
            QCOMPARE(m.error().context(), fileName);
            return;
        }
        QCOMPARE(m->version, version);
        QCOMPARE(m->minCompatible, minCompatible);
        QCOMPARE(m->sql, text);
    }
};

QTEST_GUILESS_MAIN(TestSchemaManager)
#include "tst_schemamanager.moc"
