// Runs wh-kiosk, wh-manager and wh-handheld on a small demo store with --screenshot, in Japanese
// and English, and checks the pictures; and checks that a bad --db is refused with a message that
// names the file.
#include "DemoWarehouse.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshot_data();
    void screenshot();
    void kioskScreen_data();
    void kioskScreen();
    void kioskScreenNeedsBadge();
    void notAStore_data();
    void notAStore();
    void missingStore_data();
    void missingStore();
    void noDevice_data();
    void noDevice();
    void noDatabaseOption_data();
    void noDatabaseOption();

private:
    struct Run {
        int exitCode = -1;
        QString output; // stdout and stderr
    };
    [[nodiscard]] Run run(const QString &program, const QStringList &arguments) const;
    void addPrograms();

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_store;
    QString m_emptyStore;
    QString m_badge; // a worker's badge in the demo store
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bin = qEnvironmentVariable("WH_BIN");
    if (m_bin.isEmpty())
        m_bin = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bin"));
    for (const char *program : {"wh-kiosk", "wh-manager", "wh-handheld"})
        QVERIFY2(QFile::exists(QDir(m_bin).filePath(QLatin1String(program))), program);

    // A small demo warehouse over two fixed business days, "now" a week later.
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        auto store = db::Store::open(m_store);
        QVERIFY2(store, qPrintable(store.ok() ? QString() : store.error().toString()));
        demo::DemoOptions options;
        options.days = 2;
        options.workers = 60;
        options.punchesPerDay = 1000;
        options.seed = 7;
        options.start = QDate(2026, 11, 2);
        const ManualClock clock(QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        auto report = demo::generateDemo(**store, options, clock);
        QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
        // wh-manager signs in: the demo's admin, its password from the environment (--account).
        QVERIFY(demo::createDemoAccounts(**store).ok());
        qputenv("WH_MANAGER_PASSWORD", "demo-admin-2026");
    }
    {
        auto store = db::Store::open(m_store);
        QVERIFY(store);
        QSqlQuery q((*store)->connection());
        QVERIFY(q.exec(
            QStringLiteral("select badge_id from workers where home_site = (select site from devices "
                           "where kind = 'kiosk' order by id limit 1) and badge_id <> '' and active = 1 "
                           "order by code limit 1")));
        QVERIFY(q.next());
        m_badge = q.value(0).toString();
        QVERIFY(!m_badge.isEmpty());
    }
    // A valid store with no sites and no devices.
    m_emptyStore = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(db::Store::open(m_emptyStore));
}

TestScreenshots::Run TestScreenshots::run(const QString &program, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QDir(m_bin).filePath(program), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.output = QString::fromUtf8(process.readAll());
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void TestScreenshots::addPrograms()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("lang");
    for (const char *program : {"wh-kiosk", "wh-manager", "wh-handheld"})
        for (const char *lang : {"ja", "en"})
            QTest::addRow("%s-%s", program, lang)
                << QString::fromLatin1(program) << QString::fromLatin1(lang);
}

void TestScreenshots::screenshot_data()
{
    addPrograms();
}

void TestScreenshots::screenshot()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    const QSize expected = program == QLatin1String("wh-handheld") ? QSize(360, 640) : QSize(1280, 800);
    const QString png = m_dir.filePath(QStringLiteral("%1-%2.png").arg(program, lang));

    QStringList arguments{QStringLiteral("--db"), m_store, QStringLiteral("--lang"), lang,
                          QStringLiteral("--screenshot"), png};
    if (program == QLatin1String("wh-manager")) // its first screen after the sign-in (see tst_signindialog)
        arguments << QStringLiteral("--account") << QStringLiteral("admin");
    const Run r = run(program, arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // The programs log Qt's own warnings: a broken QML binding or a missing resource shows here.
    QVERIFY2(!r.output.contains(QLatin1String("[error]")) && !r.output.contains(QLatin1String("[warning]")),
             qPrintable(r.output));

    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), expected);
    // Real content: text, tiles and figures make many colours; a blank or flat picture has one.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 16, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
}

void TestScreenshots::kioskScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("lang");
    for (const char *screen : {"idle", "card", "chooser", "confirmation"})
        for (const char *lang : {"ja", "en"})
            QTest::addRow("%s-%s", screen, lang) << QString::fromLatin1(screen) << QString::fromLatin1(lang);
}

// The kiosk's screens after a tap (--screenshot-screen with --badge): pictures, and nothing punched.
void TestScreenshots::kioskScreen()
{
    QFETCH(QString, screen);
    QFETCH(QString, lang);
    auto countPunches = [this] {
        auto store = db::Store::open(m_store);
        if (!store)
            return qint64(-1);
        QSqlQuery q((*store)->connection());
        if (!q.exec(QStringLiteral("select count(*) from events where kind like 'punch%'")) || !q.next())
            return qint64(-1);
        return q.value(0).toLongLong();
    };
    const qint64 before = countPunches();
    QVERIFY(before >= 0);
    const QString png = m_dir.filePath(QStringLiteral("kiosk-%1-%2.png").arg(screen, lang));
    const Run r =
        run(QStringLiteral("wh-kiosk"),
            {QStringLiteral("--db"), m_store, QStringLiteral("--lang"), lang, QStringLiteral("--badge"),
             m_badge, QStringLiteral("--screenshot-screen"), screen, QStringLiteral("--screenshot"), png});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(!r.output.contains(QLatin1String("[error]")) && !r.output.contains(QLatin1String("[warning]")),
             qPrintable(r.output));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 16, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    QCOMPARE(countPunches(), before);
}

void TestScreenshots::kioskScreenNeedsBadge()
{
    Run r =
        run(QStringLiteral("wh-kiosk"),
            {QStringLiteral("--db"), m_store, QStringLiteral("--screenshot-screen"), QStringLiteral("card"),
             QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("never.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(QLatin1String("--badge")), qPrintable(r.output));
    r = run(QStringLiteral("wh-kiosk"),
            {QStringLiteral("--db"), m_store, QStringLiteral("--badge"), QStringLiteral("00000000000"),
             QStringLiteral("--screenshot-screen"), QStringLiteral("card"), QStringLiteral("--screenshot"),
             m_dir.filePath(QStringLiteral("never.png"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QLatin1String("00000000000")), qPrintable(r.output));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
}

void TestScreenshots::notAStore_data()
{
    addPrograms();
}

void TestScreenshots::notAStore()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    const QString path = m_dir.filePath(QStringLiteral("notes-%1-%2.txt").arg(program, lang));
    const QByteArray content("This is a shopping list, not an SQLite database.\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run r = run(program, {QStringLiteral("--db"), path, QStringLiteral("--lang"), lang,
                                QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("never.png"))});
    QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.output));
    QVERIFY2(r.output.contains(path), qPrintable(r.output));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // the file is left as it was
}

void TestScreenshots::missingStore_data()
{
    addPrograms();
}

void TestScreenshots::missingStore()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    const QString path = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
    const Run r = run(program, {QStringLiteral("--db"), path, QStringLiteral("--lang"), lang});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(path), qPrintable(r.output));
    QVERIFY2(!QFile::exists(path), "a GUI program must not create an empty store");
}

void TestScreenshots::noDevice_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("kind");
    for (const char *lang : {"ja", "en"}) {
        QTest::addRow("wh-kiosk-%s", lang)
            << QStringLiteral("wh-kiosk") << QString::fromLatin1(lang) << QStringLiteral("kiosk");
        QTest::addRow("wh-handheld-%s", lang)
            << QStringLiteral("wh-handheld") << QString::fromLatin1(lang) << QStringLiteral("handheld");
    }
}

void TestScreenshots::noDevice()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    QFETCH(QString, kind);
    // A store with no device of the program's kind.
    Run r = run(program, {QStringLiteral("--db"), m_emptyStore, QStringLiteral("--lang"), lang});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(m_emptyStore), qPrintable(r.output));
    QVERIFY2(r.output.contains(kind), qPrintable(r.output));
    // A device id that is not in the store.
    r = run(program, {QStringLiteral("--db"), m_store, QStringLiteral("--lang"), lang,
                      QStringLiteral("--device"), QStringLiteral("NO-SUCH-DEVICE")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QLatin1String("NO-SUCH-DEVICE")), qPrintable(r.output));
    // A device of another kind.
    r = run(program, {QStringLiteral("--db"), m_store, QStringLiteral("--lang"), lang,
                      QStringLiteral("--device"), QStringLiteral("S1-MGR-01")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.output.contains(QLatin1String("S1-MGR-01")), qPrintable(r.output));
}

void TestScreenshots::noDatabaseOption_data()
{
    addPrograms();
}

void TestScreenshots::noDatabaseOption()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    const Run r = run(program, {QStringLiteral("--lang"), lang});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.output.contains(QLatin1String("--db")), qPrintable(r.output));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
