// Every screen of wh-handheld, as a user starts it: `wh-handheld --screen NAME --screenshot F`, in
// Japanese and English, each on its own copy of a demo store (the program gets there as a worker
// does: badge, punches, the demo T-shirt's care label, readings from the simulated tape). Each run
// must end well, write a 360x640 picture that is not blank, and log no error and no warning but
// the one a failed item without a label printer gives (that is what the verdict screen shows).
#include "DemoWarehouse.h"
#include "MeasurementSpec.h"
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

class TestHandheldScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void screen_data();
    void screen();
    void unknownScreen();
    void tablet();

private:
    QTemporaryDir m_dir;
    QString m_program;
    QString m_store;
    QString m_label;
};

void TestHandheldScreens::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString bin = qEnvironmentVariable("WH_BIN");
    if (bin.isEmpty())
        bin = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../bin"));
    m_program = QDir(bin).filePath(QStringLiteral("wh-handheld"));
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
    m_store = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto store = db::Store::open(m_store);
    QVERIFY(store.ok());
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 40;
    options.punchesPerDay = 300;
    options.seed = 7;
    auto report = demo::generateDemo(**store, options, Clock::system());
    QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
    QVERIFY(demo::setUpDemoHandhelds(**store, Clock::system().nowMs()).ok());
    QVERIFY(demo::createDemoAccounts(**store).ok());
    auto label = MeasurementSpecCodec::encode(demo::demoSpecs().front(), demo::demoSpecKey());
    QVERIFY(label.ok());
    m_label = *label;
}

void TestHandheldScreens::screen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("lang");
    const QStringList screens{QStringLiteral("signin"),          QStringLiteral("home"),
                              QStringLiteral("activity"),        QStringLiteral("guard"),
                              QStringLiteral("measure"),         QStringLiteral("measure-item"),
                              QStringLiteral("measure-verdict"), QStringLiteral("devices"),
                              QStringLiteral("settings"),        QStringLiteral("camera")};
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")})
        for (const QString &screen : screens)
            QTest::newRow(qPrintable(screen + QLatin1Char('-') + lang)) << screen << lang;
}

void TestHandheldScreens::screen()
{
    QFETCH(QString, screen);
    QFETCH(QString, lang);
    // A copy per run: the program records like a worker would.
    const QString copy = m_dir.filePath(QStringLiteral("copy-%1-%2.sqlite").arg(screen, lang));
    QFile::remove(copy);
    {
        auto store = db::Store::open(m_store);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->connection());
        QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
    }
    const QString picture = m_dir.filePath(QStringLiteral("%1-%2.png").arg(screen, lang));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program,
                  {QStringLiteral("--db"), copy, QStringLiteral("--lang"), lang, QStringLiteral("--screen"),
                   screen, QStringLiteral("--label"), m_label, QStringLiteral("--screenshot"), picture,
                   QStringLiteral("--log-level"), QStringLiteral("warn")});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.contains(QLatin1String("[error]")) && !line.contains(QLatin1String("[warning]")))
            continue;
        const bool expected =
            screen == QLatin1String("measure-verdict") && line.contains(QLatin1String("no label printer"));
        QVERIFY2(expected, qPrintable(line));
    }
    QImage image(picture);
    QVERIFY2(!image.isNull(), qPrintable(picture));
    QCOMPARE(image.size(), QSize(360, 640));
    // Not blank: the screen has drawn more than a few colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 5, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
    // WH_HANDHELD_GRAB_DIR=folder keeps the pictures.
    const QString keep = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!keep.isEmpty())
        QFile::copy(picture, QDir(keep).filePath(QStringLiteral("handheld-%1-%2.png").arg(screen, lang)));
}

void TestHandheldScreens::unknownScreen()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program,
                  {QStringLiteral("--db"), m_store, QStringLiteral("--screen"), QStringLiteral("nowhere"),
                   QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png"))});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(output.contains(QLatin1String("nowhere")) && output.contains(QLatin1String("measure-item")),
             qPrintable(output));
}

// The same screens on a tablet (--size): the window takes the size, the layout fills it.
void TestHandheldScreens::tablet()
{
    const QString picture = m_dir.filePath(QStringLiteral("tablet.png"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, {QStringLiteral("--db"), m_store, QStringLiteral("--screen"),
                              QStringLiteral("signin"), QStringLiteral("--size"), QStringLiteral("800x1280"),
                              QStringLiteral("--screenshot"), picture});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAll())));
    QCOMPARE(QImage(picture).size(), QSize(800, 1280));
    // A size that is not one: refused, saying how to write it.
    process.start(m_program, {QStringLiteral("--db"), m_store, QStringLiteral("--size"),
                              QStringLiteral("big"), QStringLiteral("--screenshot"), picture});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(QString::fromUtf8(process.readAll()).contains(QLatin1String("WIDTHxHEIGHT")));
}

QTEST_GUILESS_MAIN(TestHandheldScreens)
#include "tst_handheldscreens.moc"
