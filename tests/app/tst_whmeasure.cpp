// `wh measure` end to end with every tape simulator: a passing item (records, the unit for the
// worker's measurement activity, no sticker) and a failing one (its NG sticker received by a
// loopback printer: drivers' LabelPrinterSimulator in this process); a printer that is off or out
// of paper (reported, the measurements kept); refused labels, unknown workers and usage errors.
#include "EventStore.h"
#include "LabelPrinterSimulator.h"
#include "MasterDataRepositories.h"
#include "MeasurementSpec.h"
#include "Store.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::whPath;

const SpecKey kKey{QStringLiteral("K1"), QByteArrayLiteral("brand-secret-00001")};
const QString kKeyText = QStringLiteral("K1:brand-secret-00001");

// Targets in whole millimetres: every protocol carries them exactly (ES-Tape: whole mm).
MeasurementSpec spec()
{
    MeasurementSpec s;
    s.itemId = QStringLiteral("ITEM-7");
    s.style = QStringLiteral("ST-1");
    s.size = QStringLiteral("M");
    s.lot = QStringLiteral("L7");
    s.points = {{QStringLiteral("BL"), 7200, 10, 15},
                {QStringLiteral("CW"), 5400, 10, 10},
                {QStringLiteral("SL"), 6100, 5, 5}};
    return s;
}

QString value(const QString &out, const QString &name)
{
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(name + QStringLiteral(": ")))
            return line.mid(name.size() + 2);
    return {};
}

QStringList values(const QString &out, const QString &name)
{
    QStringList found;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(name + QStringLiteral(": ")))
            found << line.mid(name.size() + 2);
    return found;
}

} // namespace

class TestWhMeasure : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_label;

    qint64 count(const QString &table, const QString &where = {})
    {
        auto store = db::Store::open(m_db);
        return store ? test::rowCount(**store, table, where) : -1;
    }

    // Runs wh with this process's event loop turning (the loopback printer answers meanwhile).
    Run measure(const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANG"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(whPath(), QStringList{QStringLiteral("measure"), QStringLiteral("--db"), m_db} + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        r.finished = finished.wait(timeoutMs);
        if (!r.finished)
            p.kill();
        r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(whPath()).isExecutable(), qPrintable(whPath() + QStringLiteral(" is not built")));
        auto label = MeasurementSpecCodec::encode(spec(), kKey);
        QVERIFY(label);
        m_label = *label;
    }

    // The small warehouse; CART is its measurement activity and W001 is punched into it now.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("measure.sqlite"));
        auto store = db::Store::open(m_db);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        QVERIFY(test::seedSmallWarehouse(**store).ok());
        QVERIFY(db::ActivityRepository(**store).setWorkflows(QStringLiteral("CART"), {"measure"}).ok());
        db::EventStore events(**store);
        QVERIFY(
            events
                .append(test::punchEvent(QStringLiteral("K1"), EventKind::PunchClockIn,
                                         QStringLiteral("W001"), QStringLiteral("S1"), QStringLiteral("CART"),
                                         QDateTime::currentMSecsSinceEpoch() - 60'000))
                .ok());
    }

    void passingItem_data()
    {
        QTest::addColumn<QString>("protocol");
        for (const char *p : {"leica-disto", "bosch-glm", "es-tape", "nus", "wedge"})
            QTest::newRow(p) << p;
    }
    void passingItem()
    {
        QFETCH(QString, protocol);
        drivers::LabelPrinterSimulator printer;
        auto port = printer.start();
        QVERIFY(port);
        const Run r =
            measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:" + protocol, "--worker", "W001",
                     "--printer", QStringLiteral("127.0.0.1:%1").arg(*port), "--lang", "en"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "item"), QStringLiteral("ITEM-7"));
        QCOMPARE(value(r.out, "station"), QStringLiteral("H1 (site S1)"));
        QCOMPARE(value(r.out, "device"), QStringLiteral("sim:%1 (%1)").arg(protocol));
        QCOMPARE(values(r.out, "point").size(), 3);
        QVERIFY(values(r.out, "point").front().contains(QStringLiteral("Body length")));
        QCOMPARE(values(r.out, "measured"), (QStringList{"BL\t720.0 mm\tpass\t0.0", "CW\t540.0 mm\tpass\t0.0",
                                                         "SL\t610.0 mm\tpass\t0.0"}));
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("pass"));
        QCOMPARE(value(r.out, "unit"), QStringLiteral("W001 CART S1"));
        QVERIFY(value(r.out, "sticker").isEmpty());
        QVERIFY(printer.jobs().empty());
        // Recorded: three values with the tape and protocol, one unit, the derived rows.
        QCOMPARE(count("events", QStringLiteral("WHERE kind = 'measurement' AND device_id = 'H1' AND "
                                                "json_extract(payload, '$.protocol') = '%1' AND "
                                                "json_extract(payload, '$.tape_device') = 'sim:%1'")
                                     .arg(protocol)),
                 3);
        QCOMPARE(count("measurements", "WHERE item = 'ITEM-7' AND pass = 1 AND worker = 'W001'"), 3);
        QCOMPARE(count("measurements", "WHERE item_verdict = 'pass'"), 1);
        QCOMPARE(count("units", "WHERE worker = 'W001' AND activity = 'CART' AND reference = 'ITEM-7'"), 1);
        // Every frame the tape sent is in the device log with its bytes.
        QVERIFY(count("device_log", QStringLiteral("WHERE device_id = 'sim:%1' AND kind = 'reading' AND "
                                                   "length(raw) > 0")
                                        .arg(protocol)) >= 3);
    }

    void failingItemPrintsTheSticker_data() { passingItem_data(); }
    void failingItemPrintsTheSticker()
    {
        QFETCH(QString, protocol);
        drivers::LabelPrinterSimulator printer;
        auto port = printer.start();
        QVERIFY(port);
        QSignalSpy jobs(&printer, &drivers::LabelPrinterSimulator::jobReceived);
        const Run r = measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:" + protocol,
                               "--worker", "W001", "--fail-points", "CW", "--values", "SL=609", "--printer",
                               QStringLiteral("127.0.0.1:%1").arg(*port), "--lang", "en"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        // CW 2.0 mm beyond its upper tolerance; SL 1.0 mm short of 610.0 -0.5.
        QCOMPARE(
            values(r.out, "measured"),
            (QStringList{"BL\t720.0 mm\tpass\t0.0", "CW\t543.0 mm\tfail\t+3.0", "SL\t609.0 mm\tfail\t-1.0"}));
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("fail"));
        QCOMPARE(values(r.out, "failed"), (QStringList{"CW\t543.0 mm\t+3.0", "SL\t609.0 mm\t-1.0"}));
        QCOMPARE(value(r.out, "unit"), QStringLiteral("W001 CART S1")); // a failed item is measured work too
        QCOMPARE(value(r.out, "sticker"), QStringLiteral("sent to 127.0.0.1:%1").arg(*port));
        // The loopback printer has the sticker: the item, its failed points and the record's QR.
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(printer.jobs().size(), size_t(1));
        const QString zpl = QString::fromUtf8(printer.jobs().front().zpl);
        QVERIFY(zpl.startsWith(QStringLiteral("^XA")));
        QVERIFY2(zpl.contains(QStringLiteral("ITEM-7")), qPrintable(zpl));
        QVERIFY2(zpl.contains(QStringLiteral("Chest width")), qPrintable(zpl));
        QVERIFY2(zpl.contains(QStringLiteral("Sleeve length")), qPrintable(zpl));
        QVERIFY(!zpl.contains(QStringLiteral("Body length"))); // it passed
        QVERIFY2(zpl.contains(QStringLiteral("543.0")), qPrintable(zpl));
        QVERIFY2(zpl.contains(QStringLiteral("wh:measurement/ITEM-7/")), qPrintable(zpl));
        QCOMPARE(count("measurements", "WHERE item = 'ITEM-7' AND pass = 0"), 2);
        QCOMPARE(count("measurements", "WHERE item_verdict = 'fail'"), 1);
    }

    // Japanese names on the sticker with the printer's font (UTF-8 under ^CI28).
    void japaneseSticker()
    {
        drivers::LabelPrinterSimulator printer;
        auto port = printer.start();
        QVERIFY(port);
        const Run r = measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:leica-disto",
                               "--worker", "W001", "--fail-points", "BL", "--printer",
                               QStringLiteral("127.0.0.1:%1").arg(*port), "--lang", "ja"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(values(r.out, "point").front().contains(QStringLiteral("着丈")));
        QCOMPARE(printer.jobs().size(), size_t(1));
        const QString zpl = QString::fromUtf8(printer.jobs().front().zpl);
        QVERIFY2(zpl.contains(QStringLiteral("着丈")), qPrintable(zpl));
        QVERIFY(zpl.contains(QStringLiteral("^CI28")));
    }

    // A printer that is off, or out of paper: said clearly, every measurement kept, and the sticker
    // waits in the store's spool until the printer is back (then `wh printer send` prints it).
    void printerProblems_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("off") << int(drivers::LabelPrinterSimulator::State::Stopped)
                             << "refused the connection";
        QTest::newRow("paper out") << int(drivers::LabelPrinterSimulator::State::PaperOut) << "printer:";
    }
    void printerProblems()
    {
        QFETCH(int, state);
        QFETCH(QString, message);
        drivers::LabelPrinterSimulator printer;
        auto port = printer.start();
        QVERIFY(port);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(*port);
        QVERIFY(printer.setState(static_cast<drivers::LabelPrinterSimulator::State>(state)).ok());
        const Run r =
            measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:nus", "--worker", "W001",
                     "--fail-points", "CW", "--printer", address, "--printer-timeout", "2", "--lang", "en"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(value(r.out, "verdict"), QStringLiteral("fail"));
        QVERIFY2(value(r.out, "sticker").startsWith(QStringLiteral("waiting in the spool")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("wh printer send ") + address), qPrintable(r.err));
        QVERIFY(printer.jobs().empty());
        QCOMPARE(count("measurements", "WHERE item = 'ITEM-7'"), 3);
        QCOMPARE(count("units"), 1);
        QCOMPARE(
            count("print_jobs", QStringLiteral("WHERE printer = '%1' AND sent_at_ms IS NULL AND job_key LIKE "
                                               "'ng/ITEM-7/%'")
                                    .arg(address)),
            1);

        // The printer is back: what waits goes out.
        QVERIFY(printer.setState(drivers::LabelPrinterSimulator::State::Ready).ok());
        QProcess send;
        QSignalSpy finished(&send, &QProcess::finished);
        send.start(whPath(), {"printer", "send", address, "--db", m_db, "--wait", "20"});
        QVERIFY(finished.wait(60000));
        QVERIFY2(send.exitCode() == 0, send.readAllStandardError().constData());
        QCOMPARE(printer.jobs().size(), size_t(1));
        QVERIFY(printer.jobs().front().zpl.contains("ITEM-7"));
        QCOMPARE(count("print_jobs", "WHERE sent_at_ms IS NULL"), 0);
    }

    void notCounted()
    {
        const Run r =
            measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:bosch-glm", "--worker", "W002"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("the item will not count as a unit: W002 is not clocked in")),
                 qPrintable(r.err));
        QCOMPARE(value(r.out, "unit"), QStringLiteral("not counted (W002 is not clocked in)"));
        QCOMPARE(count("events", "WHERE kind = 'admin.notice'"), 1);
        QCOMPARE(count("measurements"), 3);
        // With the station's activity named, it counts.
        const Run counted = measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:bosch-glm",
                                     "--worker", "W002", "--activity", "CART"});
        QVERIFY2(counted.exitCode == 0, qPrintable(describe(counted)));
        QCOMPARE(value(counted.out, "unit"), QStringLiteral("W002 CART S1"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString tampered =
            QString(m_label).replace(QStringLiteral(":4600A0A"), QStringLiteral(":4600F0F"));
        QTest::newRow("tampered label")
            << QStringList{"--spec", tampered, "--key", kKeyText, "--device", "sim:nus"}
            << "the care label is refused";
        QTest::newRow("wrong key") << QStringList{"--spec",   m_label,  "--key", "K1:another-secret-000",
                                                  "--device", "sim:nus"}
                                   << "the signature does not match";
        QTest::newRow("unknown worker")
            << QStringList{"--spec", m_label, "--key", kKeyText, "--device", "sim:nus", "--worker", "W999"}
            << "unknown worker W999";
        QTest::newRow("unknown station")
            << QStringList{"--spec", m_label, "--key", kKeyText, "--device", "sim:nus", "--station", "NOPE"}
            << "NOPE";
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = measure(args);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(count("events", "WHERE kind = 'measurement'"), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no spec") << QStringList{"--key", kKeyText, "--device", "sim:nus"} << "--spec";
        QTest::newRow("no key") << QStringList{"--spec", "X", "--device", "sim:nus"} << "--key";
        QTest::newRow("no device") << QStringList{"--spec", "X", "--key", kKeyText} << "--device";
        QTest::newRow("real device") << QStringList{"--spec", "X", "--key", kKeyText, "--device", "ble:AA"}
                                     << "sim:PROTOCOL";
        QTest::newRow("unknown protocol")
            << QStringList{"--spec", "X", "--key", kKeyText, "--device", "sim:laser"} << "laser";
        QTest::newRow("bad printer") << QStringList{"--spec",   "X",       "--key",     kKeyText,
                                                    "--device", "sim:nus", "--printer", "localhost"}
                                     << "HOST:PORT";
        QTest::newRow("bad values") << QStringList{"--spec",   "X",       "--key",    kKeyText,
                                                   "--device", "sim:nus", "--values", "BL"}
                                    << "CODE=MM";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = measure(args);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // What wh measure recorded derives again the same way.
    void rebuildKeepsTheRows()
    {
        Run r = measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:es-tape", "--worker", "W001",
                         "--fail-points", "SL"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = measure({"--spec", m_label, "--key", kKeyText, "--device", "sim:es-tape", "--worker", "W001"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(count("measurements", "WHERE superseded_by IS NOT NULL"), 3); // the second pass supersedes
        const Run rebuilt = test::runWh({"rebuild", "--db", m_db});
        QVERIFY2(rebuilt.exitCode == 0, qPrintable(describe(rebuilt)));
        QCOMPARE(value(rebuilt.out, "measurement_rows"), QStringLiteral("6"));
        QCOMPARE(value(rebuilt.out, "events_left_out"), QStringLiteral("0"));
        QCOMPARE(count("measurements", "WHERE superseded_by IS NOT NULL"), 3);
        QCOMPARE(count("units"), 2);
    }
};

QTEST_GUILESS_MAIN(TestWhMeasure)
#include "tst_whmeasure.moc"
