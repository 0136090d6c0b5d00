// The `wh` program, driven as a user would: exit codes, messages naming the file, files untouched.
#include "SchemaManager.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace wh;

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;
using wh::test::whPath;

// "name: value" lines of `wh info`, in order.
QList<std::pair<QString, QString>> fields(const QString &out)
{
    QList<std::pair<QString, QString>> list;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (colon > 0)
            list.append({line.left(colon), line.mid(colon + 2)});
    }
    return list;
}

QString value(const QList<std::pair<QString, QString>> &list, const QString &name)
{
    for (const auto &[n, v] : list)
        if (n == name)
            return v;
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}
} // namespace

class TestWhCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("WH_BIN").isEmpty(), "WH_BIN is not set (ctest sets it to <build>/bin)");
        QVERIFY2(QFileInfo(whPath()).isExecutable(), qPrintable(whPath() + QStringLiteral(" is not built")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--db"),
                                                        QStringLiteral("/tmp/x.sqlite")}
                                         << QStringLiteral("unknown command");
        QTest::newRow("japanese command")
            << QStringList{QStringLiteral("初期化"), QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")}
            << QStringLiteral("初期化");
        QTest::newRow("no command") << QStringList{QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")}
                                    << QStringLiteral("command");
        QTest::newRow("two commands") << QStringList{QStringLiteral("init"), QStringLiteral("info"),
                                                     QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite")}
                                      << QStringLiteral("unknown command");
        QTest::newRow("missing --db") << QStringList{QStringLiteral("info")} << QStringLiteral("--db");
        QTest::newRow("--db without a value")
            << QStringList{QStringLiteral("info"), QStringLiteral("--db")} << QStringLiteral("db");
        QTest::newRow("bad log level")
            << QStringList{QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"),
                           QStringLiteral("--log-level"), QStringLiteral("loud")}
            << QStringLiteral("loud");
        QTest::newRow("demo --days 0") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                      QStringLiteral("/tmp/never-created.sqlite"),
                                                      QStringLiteral("--days"), QStringLiteral("0")}
                                       << QStringLiteral("--days");
        QTest::newRow("demo --days abc") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                        QStringLiteral("/tmp/never-created.sqlite"),
                                                        QStringLiteral("--days"), QStringLiteral("abc")}
                                         << QStringLiteral("--days");
        QTest::newRow("demo --seed -1") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                                                       QStringLiteral("/tmp/never-created.sqlite"),
                                                       QStringLiteral("--seed"), QStringLiteral("-1")}
                                        << QStringLiteral("--seed");
        QTest::newRow("demo --start 2026-13-01")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--db"),
                           QStringLiteral("/tmp/never-created.sqlite"), QStringLiteral("--start"),
                           QStringLiteral("2026-13-01")}
            << QStringLiteral("--start");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runWh(args);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        if (!args.contains(QLatin1String("demo")))
            QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-created.sqlite")));
    }

    void help()
    {
        const Run r = runWh({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word :
             {"Usage:", "init", "demo", "info", "rebuild", "--db", "--days", "--seed", "--start"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("init") << QStringLiteral("init");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("rebuild") << QStringLiteral("rebuild");
    }
    void notADatabase()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("メモ.sqlite"));
        writeFile(path, QStringLiteral("これはデータベースではありません\n").toUtf8());
        const QByteArray before = test::fileDigest(path);
        const Run r =
            runWh({command, QStringLiteral("--db"), path, QStringLiteral("--days"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("not an SQLite database")), qPrintable(describe(r)));
        QCOMPARE(test::fileDigest(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("メモ.sqlite")});
    }

    void missingFile_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("rebuild") << QStringLiteral("rebuild");
    }
    void missingFile()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        const Run r = runWh({command, QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        const Run r = runWh({QStringLiteral("info"), QStringLiteral("--db"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dir.path()), qPrintable(describe(r)));
    }

    void unwritableFolder_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("path");
        QTest::newRow("init, missing folder under /proc")
            << QStringLiteral("init") << QStringLiteral("/proc/x/store.sqlite");
        QTest::newRow("init, /proc itself") << QStringLiteral("init") << QStringLiteral("/proc/store.sqlite");
        QTest::newRow("demo, /proc itself") << QStringLiteral("demo") << QStringLiteral("/proc/store.sqlite");
    }
    void unwritableFolder()
    {
        QFETCH(QString, command);
        QFETCH(QString, path);
        const Run r =
            runWh({command, QStringLiteral("--db"), path, QStringLiteral("--days"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(path));
    }

    void initThenInfo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("倉庫/new store.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        Run r = runWh({QStringLiteral("init"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("schema: %1 (fresh)").arg(db::builtinMigrations().size())),
                 qPrintable(describe(r)));
        r = runWh({QStringLiteral("init"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("(current)")), qPrintable(describe(r)));

        r = runWh({QStringLiteral("info"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        const auto list = fields(r.out);
        for (const char *name :
             {"sites", "workers", "activities", "events", "punches", "business_days", "units"}) {
            QVERIFY2(value(list, QLatin1String(name)) == QLatin1String("0"), name);
        }
        QCOMPARE(value(list, QStringLiteral("file")), QFileInfo(path).absoluteFilePath());
        QVERIFY(!r.out.contains(QStringLiteral("site: ")));
        // Every line is "name: value".
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QStringLiteral(": ")), qPrintable(line));
    }

    void tooNewSchema_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << QStringLiteral("info");
        QTest::newRow("init") << QStringLiteral("init");
        QTest::newRow("rebuild") << QStringLiteral("rebuild");
        QTest::newRow("demo") << QStringLiteral("demo");
    }
    void tooNewSchema()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        const int n = int(db::builtinMigrations().size());
        {
            auto m = db::parseMigration(
                QStringLiteral("%1_future.sql").arg(n + 1, 4, 10, QLatin1Char('0')),
                QStringLiteral("-- min-compatible: %1\nCREATE TABLE future (x);\n").arg(n + 1));
            QVERIFY(m.ok());
            db::Store::Options options;
            options.migrations = test::builtinsPlus({*m});
            auto store = db::Store::open(path, options);
            QVERIFY(store.ok());
        }
        const QByteArray before = test::fileDigest(path);
        const Run r =
            runWh({command, QStringLiteral("--db"), path, QStringLiteral("--days"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(describe(r)));
        QCOMPARE(test::fileDigest(path), before);
        for (const QString &f : filesIn(dir.path()))
            QVERIFY2(!f.endsWith(QLatin1String(".bak")), qPrintable(f));
    }

    void demoInfoRebuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        Run r = runWh({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--days"),
                       QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("3"),
                       QStringLiteral("--start"), QStringLiteral("2026-03-02")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("period: 2026-03-02 .. 2026-03-02")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("injected_fault: forgotten-clock-out")),
                 qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("100%")), qPrintable(describe(r))); // the progress bar

        r = runWh({QStringLiteral("info"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        const auto list = fields(r.out);
        QCOMPARE(value(list, QStringLiteral("sites")), QStringLiteral("2"));
        QCOMPARE(value(list, QStringLiteral("workers")), QStringLiteral("600"));
        QCOMPARE(value(list, QStringLiteral("business_days")), QStringLiteral("1"));
        const qint64 punches = value(list, QStringLiteral("punches")).toLongLong();
        QVERIFY2(punches >= 9000 && punches <= 11000, qPrintable(QString::number(punches)));
        QVERIFY(value(list, QStringLiteral("units")).toLongLong() > 0);
        QVERIFY(value(list, QStringLiteral("events")).toLongLong() > punches);
        QVERIFY(value(list, QStringLiteral("activities")).toLongLong() >= 90);
        // The site lines come last, one per site.
        QStringList siteLines;
        int firstSite = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].first == QLatin1String("site")) {
                siteLines << list[i].second;
                if (firstSite < 0)
                    firstSite = i;
            } else {
                QVERIFY2(firstSite < 0, "a name: value line after the site lines");
            }
        }
        QCOMPARE(siteLines, (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));

        // A second demo into the same store is refused and changes nothing.
        const QByteArray before = test::fileDigest(path);
        Run again = runWh({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--days"),
                           QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("2026-03-03")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(path), qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(describe(again)));
        QCOMPARE(test::fileDigest(path), before);

        // rebuild derives the same tables again: info says the same afterwards.
        Run rebuilt = runWh({QStringLiteral("rebuild"), QStringLiteral("--db"), path});
        QCOMPARE(rebuilt.exitCode, 0);
        QCOMPARE(value(fields(rebuilt.out), QStringLiteral("punch_intervals")),
                 value(list, QStringLiteral("punch_intervals")));
        QCOMPARE(value(fields(rebuilt.out), QStringLiteral("events_left_out")), QStringLiteral("0"));
        Run after = runWh({QStringLiteral("info"), QStringLiteral("--db"), path});
        QCOMPARE(after.out, r.out);
    }
};

QTEST_GUILESS_MAIN(TestWhCli)
#include "tst_whcli.moc"
