// PrinterStatus: ~HS answers as a Zebra sends them (devices.md's example and built ones), split
// across reads, and bad answers.
#include "HexBytes.h"
#include "PrinterStatus.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

namespace {

QByteArray frame(const QByteArray &line)
{
    return '\x02' + line + "\x03\r\n";
}

// A ready ZT410 in thermal transfer mode with tear-off, as its three lines come.
const QByteArray kReady =
    frame("030,0,0,0812,000,0,0,0,000,0,0,0") + frame("001,0,0,0,1,2,6,0,00000000,1,000") + frame("1234,0");

QByteArray withLine1(const QByteArray &line1)
{
    return frame(line1) + frame("001,0,0,0,1,2,6,0,00000000,1,000") + frame("1234,0");
}

QByteArray withLine2(const QByteArray &line2)
{
    return frame("030,0,0,0812,000,0,0,0,000,0,0,0") + frame(line2) + frame("1234,0");
}

} // namespace

class TestPrinterStatus : public QObject {
    Q_OBJECT

private slots:
    void ready()
    {
        auto s = PrinterStatus::parse(kReady);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->ready());
        QVERIFY(s->messages().isEmpty());
        QCOMPARE(s->labelLengthDots, 812);
        QVERIFY(s->thermalTransfer);
        QCOMPARE(s->raw, kReady);
    }

    void devicesMdExample()
    {
        // devices.md: <STX>030,1,0,0812,000,0,0,0,000,0,0,0<ETX> -> paper out (line 1 of three).
        const QByteArray line1 =
            *parseHex("02 30 33 30 2C 31 2C 30 2C 30 38 31 32 2C 30 30 30 2C 30 2C 30 2C 30 2C "
                      "30 30 30 2C 30 2C 30 2C 30 03 0D 0A");
        auto s = PrinterStatus::parse(line1 + frame("001,0,0,0,1,2,6,0,00000000,1,000") + frame("1234,0"));
        QVERIFY(s.ok());
        QVERIFY(s->paperOut);
        QVERIFY(!s->ready());
        QCOMPARE(s->conditions(), std::vector<PrinterCondition>{PrinterCondition::PaperOut});
        QCOMPARE(s->messages().size(), 1);
        QVERIFY2(s->messages().front().contains(QLatin1String("out of labels")),
                 qPrintable(s->messages().front()));
    }

    void conditions_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("paused") << withLine1("030,0,1,0812,000,0,0,0,000,0,0,0") << QStringList{"paused"};
        QTest::newRow("buffer full") << withLine1("030,0,0,0812,099,1,0,0,000,0,0,0")
                                     << QStringList{"buffer-full"};
        QTest::newRow("corrupt ram") << withLine1("030,0,0,0812,000,0,0,0,000,1,0,0")
                                     << QStringList{"corrupt-ram"};
        QTest::newRow("too cold") << withLine1("030,0,0,0812,000,0,0,0,000,0,1,0")
                                  << QStringList{"under-temperature"};
        QTest::newRow("too hot") << withLine1("030,0,0,0812,000,0,0,0,000,0,0,1")
                                 << QStringList{"over-temperature"};
        QTest::newRow("head open") << withLine2("001,0,1,0,1,2,6,0,00000000,1,000")
                                   << QStringList{"head-open"};
        QTest::newRow("ribbon out") << withLine2("001,0,0,1,1,2,6,0,00000000,1,000")
                                    << QStringList{"ribbon-out"};
        // Head open and paper out (the operator opened it to load labels): the head first.
        QTest::newRow("head open, paper out, paused")
            << frame("030,1,1,0812,000,0,0,0,000,0,0,0") + frame("001,0,1,0,1,2,6,0,00000000,1,000") +
                   frame("1234,0")
            << QStringList{"head-open", "paper-out", "paused"};
        QTest::newRow("label waiting is not an error")
            << withLine2("001,0,0,0,0,1,6,1,00000003,1,000") << QStringList{};
    }
    void conditions()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QStringList, names);
        auto s = PrinterStatus::parse(answer);
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QStringList got;
        for (PrinterCondition c : s->conditions())
            got << QString::fromLatin1(printerConditionName(c));
        QCOMPARE(got, names);
        QCOMPARE(s->messages().size(), names.size());
        for (const QString &m : s->messages())
            QVERIFY(!m.isEmpty());
    }

    void olderFirmwareWithFewerFields()
    {
        auto s = PrinterStatus::parse(frame("030,1,0") + frame("001,0,1,0") + frame("0000"));
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->paperOut);
        QVERIFY(s->headOpen);
    }

    void completeLength()
    {
        QVERIFY(!PrinterStatus::completeLength(QByteArray()));
        for (qsizetype cut = 0; cut < kReady.size() - 2; ++cut)
            QVERIFY2(!PrinterStatus::completeLength(kReady.left(cut)), qPrintable(QString::number(cut)));
        // Complete at the third ETX; the CR LF after it is taken when it is there.
        QCOMPARE(PrinterStatus::completeLength(kReady.left(kReady.size() - 2)), kReady.size() - 2);
        QCOMPARE(PrinterStatus::completeLength(kReady), kReady.size());
        QCOMPARE(PrinterStatus::completeLength(kReady + kReady), kReady.size());
        // Noise before the answer is counted in, and parse skips it.
        const QByteArray noisy = "\r\nxx" + kReady;
        QCOMPARE(PrinterStatus::completeLength(noisy), noisy.size());
        QVERIFY(PrinterStatus::parse(noisy).ok());
    }

    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("this has 0");
        QTest::newRow("two lines") << frame("030,0,0,0812,000,0,0,0,000,0,0,0") + frame("001,0,0,0")
                                   << QStringLiteral("this has 2");
        QTest::newRow("plain text") << QByteArray("OK\r\n") << QStringLiteral("three lines");
        QTest::newRow("line 1 short") << withLine1("030,0") << QStringLiteral("line 1 has 2 fields");
        QTest::newRow("line 2 short") << withLine2("001,0,0") << QStringLiteral("line 2 has 3 fields");
        QTest::newRow("flag not 0 or 1") << withLine1("030,7,0,0812") << QStringLiteral("field 2 is \"7\"");
    }
    void badAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, message);
        auto s = PrinterStatus::parse(answer);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::Parse);
        QVERIFY2(s.error().message().contains(message), qPrintable(s.error().toString()));
        // The raw answer is kept as hex.
        QCOMPARE(s.error().context(), toHex(answer));
    }
};

QTEST_GUILESS_MAIN(TestPrinterStatus)
#include "tst_printerstatus.moc"
