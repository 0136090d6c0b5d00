// `wh device decode | simulate | log`, driven as a technician would: every devices.md tape frame,
// bad frames (wrong CRC, truncated, zero, NaN, unknown unit) with exit code 1 and the rest still
// decoded, an unquoted paste of single bytes, text frames, frames from stdin, each protocol's
// simulator decoded back, the device log read back from a store, usage errors.
#include "DeviceLog.h"
#include "TestSupport.h"
#include "WhProcess.h"

#include <QTest>

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;

QList<QStringList> rows(const QString &out)
{
    QList<QStringList> list;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << line.split(QLatin1Char('\t'));
    return list;
}

Run decode(const QString &protocol, const QStringList &frames, const QStringList &options = {})
{
    return runWh(QStringList{QStringLiteral("device"), QStringLiteral("decode"), QStringLiteral("--protocol"),
                             protocol} +
                 options + frames);
}

} // namespace

class TestWhDevice : public QObject {
    Q_OBJECT
private slots:
    void devicesMdFrames_data();
    void devicesMdFrames();
    void badFramesExitOneAndTheRestIsDecoded();
    void unquotedPasteIsOneFrame();
    void textAndStdin();
    void simulateEveryProtocol_data();
    void simulateEveryProtocol();
    void simulateBadValues();
    void deviceLog();
    void usageErrors_data();
    void usageErrors();
};

void TestWhDevice::devicesMdFrames_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("mm");
    QTest::addColumn<QString>("sequence");
    QTest::newRow("disto 1.234 m") << "leica-disto"
                                   << "B6 F3 9D 3F"
                                   << "1234 mm"
                                   << "#1 (counted)";
    QTest::newRow("disto 2.5 m") << "leica-disto"
                                 << "00 00 20 40"
                                 << "2500 mm"
                                 << "#1 (counted)";
    QTest::newRow("bosch distance") << "bosch-glm"
                                    << "00 04 13 0E 00 00 32"
                                    << "180.15 mm"
                                    << "#1 (counted)";
    QTest::newRow("bosch AutoSync") << "bosch-glm"
                                    << "C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E"
                                    << "1234 mm"
                                    << "#5";
    QTest::newRow("es-tape") << "es-tape"
                             << "2A 30 35 32 33 3B 31 32 33 34 3B 35 36 37 38 39 30 53 4D 0D"
                             << "523 mm"
                             << "#1 (counted)";
    QTest::newRow("nus") << "nus"
                         << "31 2E 32 33 34 20 6D 0D 0A"
                         << "1234 mm"
                         << "#1 (counted)";
    QTest::newRow("no spaces") << "leica-disto"
                               << "b6f39d3f"
                               << "1234 mm"
                               << "#1 (counted)";
}

void TestWhDevice::devicesMdFrames()
{
    QFETCH(QString, protocol);
    QFETCH(QString, frame);
    QFETCH(QString, mm);
    QFETCH(QString, sequence);
    const Run r = decode(protocol, {frame});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].size(), 6);
    QCOMPARE(lines[0][1], QStringLiteral("reading"));
    QCOMPARE(lines[0][2], mm);
    QCOMPARE(lines[0][3], QStringLiteral("settled"));
    QCOMPARE(lines[0][4], sequence);
    QVERIFY(r.err.isEmpty());
}

void TestWhDevice::badFramesExitOneAndTheRestIsDecoded()
{
    const Run r = decode(QStringLiteral("bosch-glm"),
                         {QStringLiteral("00 04 13 0E 00 00 33"), QStringLiteral("00 04 13"),
                          QStringLiteral("00 04 13 0E 00 00 32"), QStringLiteral("01 00 FA")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], (QStringList{"00 04 13 0E 00 00 33", "rejected",
                                    "CRC error: the frame ends in 33, its CRC-8 is 32"}));
    QCOMPARE(lines[1], (QStringList{"00 04 13", "rejected", "truncated frame: 3 of 7 bytes"}));
    QCOMPARE(lines[2][1], QStringLiteral("reading"));
    QCOMPARE(lines[3][1], QStringLiteral("rejected"));
    QCOMPARE(lines[3][2], QStringLiteral("the device answered with an error: timeout"));
    QVERIFY2(r.err.contains(QLatin1String("3 of 4 frames rejected")), qPrintable(r.err));

    const Run disto =
        decode(QStringLiteral("leica-disto"), {QStringLiteral("00 00 00 00"), QStringLiteral("00 00 C0 7F"),
                                               QStringLiteral("B6 F3 9D"), QStringLiteral("0C")});
    QCOMPARE(disto.exitCode, 1);
    const auto d = rows(disto.out);
    QCOMPARE(d.size(), 4);
    QVERIFY(d[0][2].contains(QLatin1String("zero or less")));
    QVERIFY(d[1][2].contains(QLatin1String("not a number")));
    QVERIFY(d[2][2].contains(QLatin1String("not a DISTO frame: 3 bytes")));
    QCOMPARE(d[3], (QStringList{"0C", "message", "display unit code 12 is unknown"}));
}

// Frames copied from a log and pasted without quotes: one byte per argument, one frame.
void TestWhDevice::unquotedPasteIsOneFrame()
{
    const QStringList bytes =
        QStringLiteral("C0 55 10 04 01 05 00 B6 F3 9D 3F 00 00 00 00 00 00 00 00 8E").split(QLatin1Char(' '));
    const Run r = decode(QStringLiteral("bosch-glm"), bytes);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0][2], QStringLiteral("1234 mm"));
    QCOMPARE(lines[0][4], QStringLiteral("#5"));
}

void TestWhDevice::textAndStdin()
{
    const Run text =
        decode(QStringLiteral("es-tape"),
               {QStringLiteral("*0480;1234;567890PM\\r"), QStringLiteral("*0523;1234;567890SI\\r")},
               {QStringLiteral("--text")});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    const auto t = rows(text.out);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0][2], QStringLiteral("480 mm"));
    QCOMPARE(t[0][3], QStringLiteral("live"));
    QCOMPARE(t[1][2], QStringLiteral("1328.42 mm"));
    QCOMPARE(t[1][5], QStringLiteral("52.3 in")); // the value as sent: inches

    const Run feet =
        decode(QStringLiteral("nus"), {QStringLiteral("3 ft\\r\\n"), QStringLiteral("1.2 kg\\r\\n")},
               {QStringLiteral("--text")});
    QCOMPARE(feet.exitCode, 1);
    const auto f = rows(feet.out);
    QCOMPARE(f[0][2], QStringLiteral("914.4 mm"));
    QCOMPARE(f[0][5], QStringLiteral("3 ft"));
    QVERIFY(f[1][2].contains(QLatin1String("unknown unit \"kg\"")));

    const Run in = wh::test::runWhWithInput({QStringLiteral("device"), QStringLiteral("decode"),
                                             QStringLiteral("--protocol"), QStringLiteral("leica-disto"),
                                             QStringLiteral("-")},
                                            "B6 F3 9D 3F\n\n00 00 20 40\n");
    QVERIFY2(in.exitCode == 0, qPrintable(describe(in)));
    const auto i = rows(in.out);
    QCOMPARE(i.size(), 2);
    QCOMPARE(i[1][2], QStringLiteral("2500 mm"));
    QCOMPARE(i[1][4], QStringLiteral("#2 (counted)"));

    const Run wedge = decode(QStringLiteral("wedge"), {QStringLiteral("523.4"), QStringLiteral("0")});
    QCOMPARE(wedge.exitCode, 1);
    const auto w = rows(wedge.out);
    QCOMPARE(w[0], (QStringList{"523.4", "reading", "523.4 mm", "settled", "#1 (counted)", "523.4 mm"}));
    QCOMPARE(w[1][1], QStringLiteral("rejected"));
}

void TestWhDevice::simulateEveryProtocol_data()
{
    QTest::addColumn<QString>("protocol");
    for (const char *p : {"leica-disto", "bosch-glm", "es-tape", "nus", "wedge"})
        QTest::newRow(p) << QString::fromLatin1(p);
}

// The simulator's frames decode to the values, and its hex decodes the same through `decode`.
void TestWhDevice::simulateEveryProtocol()
{
    QFETCH(QString, protocol);
    const Run r = runWh({QStringLiteral("device"), QStringLiteral("simulate"), QStringLiteral("--protocol"),
                         protocol, QStringLiteral("--values"), QStringLiteral("523,1234")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringList{"# 523 mm"});
    QCOMPARE(lines[1][1], QStringLiteral("reading"));
    QCOMPARE(lines[1][2], QStringLiteral("523 mm"));
    QCOMPARE(lines[2], QStringList{"# 1234 mm"});
    QCOMPARE(lines[3][2], QStringLiteral("1234 mm"));
    if (protocol == QLatin1String("bosch-glm"))
        QCOMPARE(lines[3][4], QStringLiteral("#2"));
    if (protocol == QLatin1String("wedge")) {
        QCOMPARE(lines[1][0], QStringLiteral("523.0⏎"));
        return;
    }
    const Run again = decode(protocol, {lines[1][0], lines[3][0]});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    const auto back = rows(again.out);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].mid(1), lines[1].mid(1));
    QCOMPARE(back[1][2], lines[3][2]);
}

void TestWhDevice::simulateBadValues()
{
    const Run live = runWh({QStringLiteral("device"), QStringLiteral("simulate"),
                            QStringLiteral("--protocol"), QStringLiteral("es-tape"),
                            QStringLiteral("--values"), QStringLiteral("600"), QStringLiteral("--live")});
    QVERIFY2(live.exitCode == 0, qPrintable(describe(live)));
    const auto l = rows(live.out);
    QCOMPARE(l.size(), 4);
    QCOMPARE(l[1][3], QStringLiteral("live"));
    QCOMPARE(l[3][3], QStringLiteral("settled"));

    const Run zero =
        runWh({QStringLiteral("device"), QStringLiteral("simulate"), QStringLiteral("--protocol"),
               QStringLiteral("leica-disto"), QStringLiteral("--values"), QStringLiteral("0,nan,700")});
    QCOMPARE(zero.exitCode, 1);
    const auto z = rows(zero.out);
    QCOMPARE(z.size(), 6);
    QCOMPARE(z[1][1], QStringLiteral("rejected"));
    QCOMPARE(z[3][1], QStringLiteral("rejected"));
    QCOMPARE(z[5][2], QStringLiteral("700 mm"));

    const Run tooLong =
        runWh({QStringLiteral("device"), QStringLiteral("simulate"), QStringLiteral("--protocol"),
               QStringLiteral("es-tape"), QStringLiteral("--values"), QStringLiteral("12345")});
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(QLatin1String("0 to 9999")), qPrintable(describe(tooLong)));
}

void TestWhDevice::deviceLog()
{
    wh::test::TemporaryStore tmp;
    QVERIFY2(tmp.ok(), qPrintable(tmp.errorText()));
    wh::db::DeviceLog log(tmp.store());
    wh::db::DeviceLogEntry e;
    e.deviceId = QStringLiteral("C4:F3:12:00:00:01");
    e.protocol = QStringLiteral("bosch-glm");
    e.receivedAtMs = 1793577600000LL;
    e.raw = QByteArray::fromHex("00041 30E0000 33");
    e.kind = QStringLiteral("rejected");
    e.detail = QStringLiteral("CRC error: the frame ends in 33, its CRC-8 is 32");
    QVERIFY(log.append(e).ok());
    e.deviceId = QStringLiteral("sim:nus");
    e.kind = QStringLiteral("message");
    QVERIFY(log.append(e).ok());
    const QString path = tmp.path();
    tmp.close();

    const Run r = runWh({QStringLiteral("device"), QStringLiteral("log"), QStringLiteral("--db"), path,
                         QStringLiteral("--device"), QStringLiteral("C4:F3:12:00:00:01")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = rows(r.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0],
             (QStringList{"2026-11-02T00:00:00.000Z", "C4:F3:12:00:00:01", "bosch-glm", "rejected",
                          "00 04 13 0E 00 00 33", "CRC error: the frame ends in 33, its CRC-8 is 32"}));
    // The hex column pastes into decode.
    const Run back = decode(QStringLiteral("bosch-glm"), {lines[0][4]});
    QCOMPARE(back.exitCode, 1);
    QCOMPARE(rows(back.out)[0][2], lines[0][5]);

    const Run all = runWh({QStringLiteral("device"), QStringLiteral("log"), QStringLiteral("--db"), path});
    QCOMPARE(rows(all.out).size(), 2);
    const Run missing = runWh({QStringLiteral("device"), QStringLiteral("log"), QStringLiteral("--db"),
                               path + QStringLiteral(".nothing")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("no such store")));
}

void TestWhDevice::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{"device"} << "the commands: decode, simulate, log";
    QTest::newRow("unknown subcommand") << QStringList{"device", "fly"} << "unknown command \"fly\"";
    QTest::newRow("no protocol") << QStringList{"device", "decode", "00"} << "--protocol is required";
    QTest::newRow("unknown protocol")
        << QStringList{"device", "decode", "--protocol", "disto", "00"} << "unknown --protocol \"disto\"";
    QTest::newRow("no frames") << QStringList{"device", "decode", "--protocol", "nus"}
                               << "give one or more frames";
    QTest::newRow("not hex") << QStringList{"device", "decode", "--protocol", "nus", "1.234 m"}
                             << "is not hex";
    QTest::newRow("bad escape") << QStringList{"device", "decode", "--protocol", "nus", "--text", "1\\q"}
                                << "a bad escape";
    QTest::newRow("bad step") << QStringList{"device",         "decode", "--protocol", "es-tape",
                                             "--es-tape-step", "0",      "00"}
                              << "--es-tape-step";
    QTest::newRow("bad unit") << QStringList{"device", "decode", "--protocol", "nus", "--unit", "kg", "00"}
                              << "--unit";
    QTest::newRow("bad values") << QStringList{"device", "simulate", "--protocol", "nus", "--values", "5,x"}
                                << "--values must be numbers";
    QTest::newRow("log without store") << QStringList{"device", "log"} << "--db FILE is required";
    QTest::newRow("bad language") << QStringList{"device",     "decode", "--lang", "fr",
                                                 "--protocol", "nus",    "00"}
                                  << "--lang must be ja or en";
}

void TestWhDevice::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runWh(args);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestWhDevice)
#include "tst_whdevice.moc"
