// Serial scanners: the line decoder from byte tables (terminators, AIM, GS, garbage, overlong and
// cut lines, any chunking), then SerialScanner over a real pseudo-terminal pair: the test holds the
// master side and plays the scanner.
#include "Gs1.h"
#include "HexBytes.h"
#include "PtyMaster.h"
#include "ScannerSimulator.h"
#include "SerialScanDecoder.h"
#include "SerialScanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace wh;
using namespace wh::drivers;
using wh::test::PtyMaster;

using Terminator = SerialScanDecoder::Terminator;
using State = SerialScanner::State;

Q_DECLARE_METATYPE(wh::drivers::SerialScanDecoder::Options)

namespace {

const QString GS = QString(QChar(0x1D));
const QString kGs1Data = QStringLiteral("0109506000134352172502001"
                                        "0ABC123") +
                         GS + QStringLiteral("21S42");

// Scans as "SYMBOLOGY|TEXT" (GS as <GS>), errors as "error: MESSAGE [HEX]".
QStringList describe(const std::vector<Result<ScannedCode>> &items)
{
    QStringList out;
    for (const auto &item : items) {
        if (item.ok())
            out << item->symbology + QLatin1Char('|') +
                       QString(item->text).replace(GS, QStringLiteral("<GS>"));
        else
            out << QStringLiteral("error: %1 [%2]").arg(item.error().message(), item.error().context());
    }
    return out;
}

QStringList decodeAll(SerialScanDecoder &decoder, const QByteArray &bytes)
{
    auto items = decoder.feed(bytes);
    auto rest = decoder.flush();
    items.insert(items.end(), rest.begin(), rest.end());
    return describe(items);
}

SerialScanDecoder::Options withTerminator(Terminator t)
{
    SerialScanDecoder::Options o;
    o.terminator = t;
    return o;
}

SerialScanner::Settings settingsFor(const QString &port)
{
    SerialScanner::Settings s;
    s.portName = port;
    s.frameTimeoutMs = 500; // well above the test's delays between writes
    s.reconnectInitialMs = 50;
    s.reconnectMaxMs = 400;
    return s;
}

} // namespace

class TestScannerSerial : public QObject {
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<SerialScanDecoder::Options>("options");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");

        const SerialScanDecoder::Options cr;
        const QString gs1 = QStringLiteral("]C1|") + QString(kGs1Data).replace(GS, QStringLiteral("<GS>"));
        QTest::newRow("GS1-128 with AIM, CR")
            << cr << ScannerSimulator::serialLine(kGs1Data, QStringLiteral("]C1"), cr) << QStringList{gs1};
        QTest::newRow("CR LF into a CR scanner setting")
            << cr << QByteArray("ABC123\r\nDEF456\r\n") << QStringList{"|ABC123", "|DEF456"};
        QTest::newRow("LF") << withTerminator(Terminator::Lf) << QByteArray("ABC\nDEF\r\n")
                            << QStringList{"|ABC", "|DEF"};
        QTest::newRow("CR LF strict: a bare CR is noise")
            << withTerminator(Terminator::CrLf) << QByteArray("AB\rCD\r\nEF\r\n")
            << QStringList{"error: control character 0x0D in the scan (line noise?) [41 42 0D 43 44]", "|EF"};
        QTest::newRow("empty lines skipped") << cr << QByteArray("\r\r\nA1\r") << QStringList{"|A1"};
        QTest::newRow("garbage, then a good line")
            << cr << (*parseHex("00 FF 13 41 0D") + QByteArray("]E05901234123457\r"))
            << QStringList{
                   "error: the scan is not valid text (line noise or a wrong baud rate?) [00 FF 13 41]",
                   "]E0|5901234123457"};
        QTest::newRow("control characters") << cr
                                            << QByteArray("AB\x07"
                                                          "C\rOK\r")
                                            << QStringList{"error: control character 0x07 in the scan (line "
                                                           "noise?) [41 42 07 43]",
                                                           "|OK"};
        QTest::newRow("UTF-8 text") << cr << QStringLiteral("]Q1検品\r").toUtf8() << QStringList{"]Q1|検品"};
        QTest::newRow("line cut off by the end of input")
            << cr << QByteArray("OK\rABC")
            << QStringList{"|OK", "error: a scan cut off before its terminator (CR) [41 42 43]"};
        QTest::newRow("terminator none: the silence ends a scan")
            << withTerminator(Terminator::None) << QByteArray("]d2") + kGs1Data.toLatin1()
            << QStringList{QString(gs1).replace(QStringLiteral("]C1"), QStringLiteral("]d2"))};
        SerialScanDecoder::Options small;
        small.maxLength = 8;
        QTest::newRow("overlong line reported once, then skipped to its end")
            << small << QByteArray("0123456789ABCDEF\rGOOD\r")
            << QStringList{
                   "error: a scan longer than 8 bytes without a terminator [30 31 32 33 34 35 36 37 38]",
                   "|GOOD"};
        SerialScanDecoder::Options required;
        required.text.aim = AimMode::Required;
        QTest::newRow("AIM required, missing")
            << required << QByteArray("ABC\r]C0ABC\r")
            << QStringList{"error: the scan has no AIM symbology identifier (]C1, "
                           "]Q1, ...) [41 42 43]",
                           "]C0|ABC"};
        SerialScanDecoder::Options framed;
        framed.text.prefix = QStringLiteral("S:");
        framed.text.gsSubstitute = QLatin1Char('|');
        QTest::newRow("prefix and substitute")
            << framed << QByteArray("S:10A|21B\rX:1\r")
            << QStringList{"|10A<GS>21B", "error: the scan does not start with "
                                          "the scanner's prefix [58 3A 31]"};
    }
    void decode()
    {
        QFETCH(SerialScanDecoder::Options, options);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        SerialScanDecoder whole(options);
        QCOMPARE(decodeAll(whole, bytes), expected);
        QVERIFY(!whole.hasPendingBytes());
        // The same bytes one at a time give the same results.
        SerialScanDecoder bytewise(options);
        std::vector<Result<ScannedCode>> items;
        for (char c : bytes) {
            auto more = bytewise.feed(QByteArrayView(&c, 1));
            items.insert(items.end(), more.begin(), more.end());
        }
        auto rest = bytewise.flush();
        items.insert(items.end(), rest.begin(), rest.end());
        QCOMPARE(describe(items), expected);
    }

    void terminatorNames()
    {
        for (auto t : {Terminator::Cr, Terminator::Lf, Terminator::CrLf, Terminator::None})
            QCOMPARE(*SerialScanDecoder::parseTerminator(SerialScanDecoder::terminatorName(t)), t);
        QVERIFY(!SerialScanDecoder::parseTerminator(u"etx").ok());
    }

    void overPty()
    {
        PtyMaster pty;
        if (!pty.ok())
            QSKIP(qPrintable(QStringLiteral("no pseudo-terminals here: %1").arg(pty.error())));
        SerialScanner scanner(settingsFor(pty.slavePath()));
        QSignalSpy scans(&scanner, &SerialScanner::scanned);
        QSignalSpy errors(&scanner, &SerialScanner::readError);
        QSignalSpy states(&scanner, &SerialScanner::stateChanged);
        scanner.start();
        QCOMPARE(scanner.state(), State::Connected);
        QCOMPARE(states.count(), 1);

        const SerialScanDecoder::Options &o = scanner.settings().decoder;
        // devices.md's GS1 example, then two scans in one write.
        QVERIFY(pty.write(ScannerSimulator::serialLine(kGs1Data, QStringLiteral("]C1"), o)));
        QTRY_COMPARE(scans.count(), 1);
        const auto first = scans.at(0).at(0).value<ScannedCode>();
        QCOMPARE(first.symbology, QStringLiteral("]C1"));
        QCOMPARE(first.text, kGs1Data);
        Gs1Options gs1Options;
        gs1Options.referenceDate = QDate(2026, 12, 5);
        QCOMPARE(parseGs1(first.withSymbology(), gs1Options).hri(),
                 QStringLiteral("(01)09506000134352(17)250200(10)ABC123(21)S42"));

        QVERIFY(pty.write(QByteArray("PO-1\r\nPO-2\r\n")));
        QTRY_COMPARE(scans.count(), 3);
        QCOMPARE(scans.at(2).at(0).value<ScannedCode>().text, QStringLiteral("PO-2"));

        // A line in pieces 30 ms apart: one scan.
        for (const char *piece : {"]E0590", "12341", "23457", "\r"}) {
            QVERIFY(pty.write(QByteArray(piece)));
            QTest::qWait(30);
        }
        QTRY_COMPARE(scans.count(), 4);
        QCOMPARE(scans.at(3).at(0).value<ScannedCode>().text, QStringLiteral("5901234123457"));

        // Garbage on the line: one error, and the scanner goes on.
        QVERIFY(pty.write(*parseHex("FF FE 00 13 0D")));
        QVERIFY(pty.write(QByteArray("AFTER\r")));
        QTRY_COMPARE(scans.count(), 5);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::Parse);
        QCOMPARE(errors.at(0).at(0).value<Error>().context(), QStringLiteral("FF FE 00 13"));
        QCOMPARE(scans.at(4).at(0).value<ScannedCode>().text, QStringLiteral("AFTER"));

        // A line without its terminator: reported after the silence, then the next one reads.
        QVERIFY(pty.write(QByteArray("HALF")));
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, 3000);
        QVERIFY(errors.at(1).at(0).value<Error>().message().contains(QStringLiteral("cut off")));
        QVERIFY(pty.write(QByteArray("WHOLE\r")));
        QTRY_COMPARE(scans.count(), 6);
        QCOMPARE(scans.at(5).at(0).value<ScannedCode>().text, QStringLiteral("WHOLE"));

        scanner.stop();
        QCOMPARE(scanner.state(), State::Stopped);
    }

    void missingPortIsRetried()
    {
        SerialScanner scanner(settingsFor(QStringLiteral("/dev/wh-no-such-scanner")));
        QSignalSpy portErrors(&scanner, &SerialScanner::portError);
        scanner.start();
        QCOMPARE(scanner.state(), State::Reconnecting);
        QCOMPARE(portErrors.count(), 1);
        QCOMPARE(portErrors.at(0).at(0).value<Error>().code(), ErrorCode::Io);
        QVERIFY(portErrors.at(0).at(0).value<Error>().message().contains(QStringLiteral("scanner")));
        QTRY_VERIFY(scanner.failedAttempts() >= 3);
        QCOMPARE(scanner.state(), State::Reconnecting);
        scanner.stop();
        QCOMPARE(scanner.state(), State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestScannerSerial)
#include "tst_scannerserial.moc"
