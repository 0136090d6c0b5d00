// wh scan gs1, in process: the report's lines for valid, invalid and unreadable texts, and the
// exit codes through the scan dispatcher (0 valid, 1 invalid, 2 usage).
#include "Gs1Command.h"
#include "ScanCommands.h"

#include <QTest>

using namespace wh;
using namespace wh::cli;

namespace {

Gs1Report reportOf(const QString &text)
{
    Gs1Options options;
    options.referenceDate = QDate(2026, 12, 5);
    return gs1Report(parseGs1(text, options));
}

int runGs1Command(const QStringList &args)
{
    return runScan(QStringList{QStringLiteral("wh"), QStringLiteral("scan"), QStringLiteral("gs1")} + args);
}

} // namespace

class TestGs1Command : public QObject {
    Q_OBJECT

private slots:
    void validElementString()
    {
        const QString gs = QString(QChar(kGs1GroupSeparator));
        const Gs1Report r = reportOf(QStringLiteral("]C10109506000134352172502001"
                                                    "0ABC123") +
                                     gs + "21S42");
        QVERIFY(r.valid);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.lines, (QStringList{
                              QStringLiteral("(01) 09506000134352\tGTIN\tcheck digit ok\t"),
                              QStringLiteral("(17) 250200\tUSE BY OR EXPIRY\t2025-02-28\t"),
                              QStringLiteral("(10) ABC123\tBATCH/LOT\t\t"),
                              QStringLiteral("(21) S42\tSERIAL\t\t"),
                              QStringLiteral("HRI\t(01)09506000134352(17)250200(10)ABC123(21)S42"),
                          }));
    }

    void invalidKeepsEveryElement()
    {
        const Gs1Report r = reportOf(QStringLiteral("(01)09506000134353(3103)001250(7010)X"));
        QVERIFY(!r.valid);
        QCOMPARE(r.lines.size(), 4);
        QCOMPARE(r.lines[0], QStringLiteral("(01) 09506000134353\tGTIN\tcheck digit wrong\t"
                                            "error: wrong check digit 3, expected 2"));
        QCOMPARE(r.lines[1], QStringLiteral("(3103) 001250\tNET WEIGHT (kg)\t1.250 kg\t"));
        QCOMPARE(r.lines[2],
                 QStringLiteral("(7010) X\t\t\terror: unknown application identifier 7010; raw text kept"));
        QCOMPARE(r.problems,
                 QStringList{QStringLiteral("invalid: (01) wrong check digit 3, expected 2; (7010) unknown "
                                            "application identifier 7010; raw text kept")});
    }

    void notGs1()
    {
        const Gs1Report r = reportOf(QStringLiteral("https://example.org/products/1"));
        QVERIFY(!r.valid);
        QVERIFY(r.lines.isEmpty());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems[0].startsWith(QStringLiteral("not read: no GS1 primary key")));
    }

    void exitCodes()
    {
        QCOMPARE(runGs1Command({QStringLiteral("(01)09506000134352(10)ABC")}), 0);
        QCOMPARE(runGs1Command({QStringLiteral("0109506000134352<GS>10ABC<gs>21X")}), 0);
        QCOMPARE(runGs1Command({QStringLiteral("10ABC|21X"), QStringLiteral("--gs"), QStringLiteral("|")}),
                 0);
        QCOMPARE(runGs1Command({QStringLiteral("17250230")}), 1);
        QCOMPARE(runGs1Command({QStringLiteral("HELLO")}), 1);
        QCOMPARE(runGs1Command({}), 2);
        QCOMPARE(runGs1Command({QStringLiteral("A"), QStringLiteral("B")}), 2);
        QCOMPARE(runGs1Command({QStringLiteral("10A"), QStringLiteral("--gs"), QStringLiteral("||")}), 2);
        QCOMPARE(
            runGs1Command({QStringLiteral("10A"), QStringLiteral("--today"), QStringLiteral("yesterday")}),
            2);
    }
};

QTEST_GUILESS_MAIN(TestGs1Command)
#include "tst_gs1command.moc"
