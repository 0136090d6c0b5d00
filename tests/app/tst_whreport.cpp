// `wh report`, driven as a user would on a small demo store: a CSV, a PDF and a PNG that are real
// files of their kind, the report's language, and bad input (no figures, unknown site, bad level,
// format or dates, an --out that cannot be written) failing with a clear message, the right exit
// code and no file left behind (an older file of the same name untouched).
#include "Csv.h"
#include "DemoWarehouse.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace wh;

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;
using wh::test::whPath;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QDate kFirst(2026, 11, 3);
const QDate kLast(2026, 11, 6);

} // namespace

class TestWhReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList report(const QString &out, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("report"),
                           QStringLiteral("--db"),
                           m_db,
                           QStringLiteral("--site"),
                           QStringLiteral("S1"),
                           QStringLiteral("--from"),
                           kFirst.toString(Qt::ISODate),
                           QStringLiteral("--to"),
                           kLast.toString(Qt::ISODate),
                           QStringLiteral("--out"),
                           out} +
               more;
    }

    // A fresh, empty folder for one case's output.
    QString folder(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qgetenv("WH_BIN").isEmpty(), "WH_BIN is not set (ctest sets it to <build>/bin)");
        QVERIFY2(QFileInfo(whPath()).isExecutable(), qPrintable(whPath() + QStringLiteral(" is not built")));
        QVERIFY(m_dir.isValid());
        // A small demo: 4 business days, 60 workers.
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        test::MockClock clock(test::tokyoMs(QDate(2026, 11, 10), 12, 0));
        db::Store::Options options;
        options.create = true;
        auto store = db::Store::open(m_db, options);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        demo::DemoOptions demo;
        demo.days = 4;
        demo.workers = 60;
        demo.punchesPerDay = 600;
        demo.seed = 7;
        demo.start = kFirst;
        auto made = demo::generateDemo(**store, demo, clock);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QCOMPARE(made->lastDay, kLast);
    }

    void csv()
    {
        const QString dir = folder(QStringLiteral("csv"));
        const QString out = dir + QStringLiteral("/S1 報告.csv");
        const Run r = runWh(report(out, {QStringLiteral("--level"), QStringLiteral("section")}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("format: csv")), qPrintable(describe(r)));
        const QByteArray bytes = readAll(out);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QVERIFY(table->errors.empty());
        QCOMPARE(table->encoding, QString::fromLatin1(kCsvUtf8));
        QVERIFY(table->records.size() > 3);
        // Section level: block and section rows, then the total; the sections add up to it.
        qint64 units = 0;
        for (size_t i = 1; i + 1 < table->records.size(); ++i) {
            const QStringList &f = table->records[i].fields;
            QVERIFY2(f.value(1) == QLatin1String("block") || f.value(1) == QLatin1String("section"),
                     qPrintable(f.join(QLatin1Char(','))));
            if (f.value(1) == QLatin1String("section"))
                units += f.value(6).toLongLong();
        }
        const QStringList &total = table->records.back().fields;
        QCOMPARE(total.value(1), QStringLiteral("total"));
        QCOMPARE(total.value(6).toLongLong(), units);
        QVERIFY(units > 0);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QFileInfo(out).fileName()});

        // --excel: the same with a byte order mark.
        const QString excel = dir + QStringLiteral("/excel.csv");
        const Run e = runWh(
            report(excel, {QStringLiteral("--level"), QStringLiteral("section"), QStringLiteral("--excel"),
                           QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(e.exitCode == 0, qPrintable(describe(e)));
        const QByteArray withBom = readAll(excel);
        QVERIFY(withBom.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(withBom.mid(3), bytes);
    }

    void pdf_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("生産性・単価レポート");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Productivity and unit cost report");
    }
    void pdf()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QString out = folder(QStringLiteral("pdf-") + lang) + QStringLiteral("/report.pdf");
        const Run r = runWh(report(out, {QStringLiteral("--lang"), lang}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(readAll(out).startsWith("%PDF-"));
        const QString text = pdfText(out);
        QVERIFY2(text.contains(title), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("市川")), qPrintable(text.left(2000))); // the site's name
        QVERIFY2(text.contains(QStringLiteral("S1")), qPrintable(text.left(2000)));
        // The activities' names in the report's language.
        if (lang == QLatin1String("ja"))
            QVERIFY2(text.contains(QStringLiteral("入荷")), qPrintable(text.left(2000)));
        else
            QVERIFY2(text.contains(QStringLiteral("Inbound")), qPrintable(text.left(2000)));
    }

    void png()
    {
        const QString out = folder(QStringLiteral("png")) + QStringLiteral("/trend.png");
        const Run r = runWh(report(out, {QStringLiteral("--format"), QStringLiteral("png")}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        QImage image;
        QVERIFY(image.load(out, "PNG"));
        QCOMPARE(image.size(), QSize(1600, 900));
        // Not a blank picture: the chart has lines of its series' colours.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                coloured += (std::abs(qRed(p) - qBlue(p)) > 60) ? 1 : 0;
            }
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    }

    // Failures: exit 1 with a clear message; an older file of the same name is kept as it was.
    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no figures") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                                   QStringLiteral("--to"), QStringLiteral("2025-01-31")}
                                    << QStringLiteral("no figures");
        QTest::newRow("unknown site") << QStringList{QStringLiteral("--site"), QStringLiteral("S9")}
                                      << QStringLiteral("unknown site \"S9\"");
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("png")}) {
            const QString dir = folder(QStringLiteral("fail-%1-%2")
                                           .arg(QString::fromLatin1(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-')),
                                                format));
            const QString out = dir + QStringLiteral("/report.") + format;
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous report\n");
            old.close();
            // The later --from/--to/--site win over the ones report() puts first.
            const Run r = runWh(report(out, args));
            QVERIFY2(r.finished, qPrintable(describe(r)));
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
            QCOMPARE(readAll(out), QByteArray("the previous report\n"));
            QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                     QStringList{QStringLiteral("report.") + format});
        }
    }

    void unwritableOut()
    {
        const QString out = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const Run r = runWh(report(out));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-folder")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
        const QString folderOut = folder(QStringLiteral("a-folder"));
        const Run f = runWh(report(folderOut, {QStringLiteral("--format"), QStringLiteral("csv")}));
        QCOMPARE(f.exitCode, 1);
        QVERIFY2(f.err.contains(QStringLiteral("folder")), qPrintable(describe(f)));
    }

    // Usage errors: exit 2, the option named, nothing written.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad level") << QStringList{QStringLiteral("--level"), QStringLiteral("aisle")}
                                   << QStringLiteral("--level");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}
                                    << QStringLiteral("--format");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")}
                                  << QStringLiteral("--from");
        QTest::newRow("not a date") << QStringList{QStringLiteral("--to"), QStringLiteral("yesterday")}
                                    << QStringLiteral("--to");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-07")} << QStringLiteral("after");
        QTest::newRow("excel with pdf")
            << QStringList{QStringLiteral("--excel"), QStringLiteral("--format"), QStringLiteral("pdf")}
            << QStringLiteral("--excel");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << QStringLiteral("--lang");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString dir =
            folder(QStringLiteral("usage-") +
                   QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = runWh(report(dir + QStringLiteral("/report.csv"), args));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Without --format, the name's suffix decides; a name without one is a usage error.
    void formatFromName()
    {
        const QString dir = folder(QStringLiteral("suffix"));
        const Run r = runWh(report(dir + QStringLiteral("/trend.PNG")));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QImage image;
        QVERIFY(image.load(dir + QStringLiteral("/trend.PNG"), "PNG"));
        const Run n = runWh(report(dir + QStringLiteral("/report")));
        QCOMPARE(n.exitCode, 2);
        QVERIFY2(n.err.contains(QStringLiteral("--format")), qPrintable(describe(n)));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/report")));
    }

    // The store is only read: a report changes nothing in it.
    void storeUntouched()
    {
        const QByteArray before = test::fileDigest(m_db);
        const QString out = folder(QStringLiteral("untouched")) + QStringLiteral("/r.csv");
        const Run r = runWh(report(out));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(test::fileDigest(m_db), before);
    }
};

QTEST_MAIN(TestWhReport)
#include "tst_whreport.moc"
