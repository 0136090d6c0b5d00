// wh printer, driving the real program: the sample sticker and its picture, previews of good and
// bad files, and status / send against `wh printer simulate` in a second process, whose state is
// changed through its standard input (paper out, then ready): jobs wait in the store's spool and go
// out once the printer is ready.
#include "WhProcess.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using wh::test::describe;
using wh::test::runWh;

namespace {

// `wh printer simulate --port 0` in its own process; the port it took from its first line.
class SimulatorProcess {
public:
    explicit SimulatorProcess(const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(wh::test::whPath(), QStringList{QStringLiteral("printer"), QStringLiteral("simulate"),
                                                        QStringLiteral("--port"), QStringLiteral("0"),
                                                        QStringLiteral("--lang"), QStringLiteral("en")} +
                                                extra);
        if (!m_process.waitForStarted(10000))
            return;
        while (!m_out.contains('\n') && m_process.waitForReadyRead(10000))
            m_out += m_process.readAllStandardOutput();
        const auto m =
            QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(m_out));
        if (m.hasMatch())
            m_port = m.captured(1).toUShort();
    }
    ~SimulatorProcess()
    {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    // Types a state; returns once the simulator says it took it.
    bool type(const QByteArray &state)
    {
        m_process.write(state + '\n');
        const QByteArray said = "printer: " + state;
        while (!m_out.contains(said)) {
            if (!m_process.waitForReadyRead(5000))
                return false;
            m_out += m_process.readAllStandardOutput();
        }
        return true;
    }
    QString output()
    {
        m_process.waitForReadyRead(200);
        m_out += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_out);
    }

private:
    QProcess m_process;
    QByteArray m_out;
    quint16 m_port = 0;
};

} // namespace

class TestWhPrinter : public QObject {
    Q_OBJECT

private slots:
    void sampleAndPreview()
    {
        QTemporaryDir dir;
        const QString zpl = dir.filePath(QStringLiteral("s.zpl"));
        const QString png = dir.filePath(QStringLiteral("s.png"));
        auto r = runWh({QStringLiteral("printer"), QStringLiteral("sample"), QStringLiteral("--zpl"), zpl,
                        QStringLiteral("--png"), png, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QFile f(zpl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray label = f.readAll();
        QVERIFY(label.startsWith("^XA\n^CI28\n"));
        QVERIFY(label.contains("^FDITM-2026-000123^FS"));
        QVERIFY(label.contains("^A@N,28,28,E:ANMDJ.TTF"));
        QCOMPARE(QImage(png).size(), QSize(800, 560));

        // Host-rendered Japanese, 300 dpi: graphics instead of the printer font.
        r = runWh({QStringLiteral("printer"), QStringLiteral("sample"), QStringLiteral("--host-text"),
                   QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--lang"),
                   QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QLatin1String("^GFA,")) && !r.out.contains(QLatin1String("^A@")));
        QVERIFY(r.out.contains(QLatin1String("^PW1200")));

        // The file drawn again by preview.
        const QString again = dir.filePath(QStringLiteral("p.png"));
        r = runWh({QStringLiteral("printer"), QStringLiteral("preview"), zpl, QStringLiteral("--png"), again,
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QLatin1String("800 x 560 dots")));
        QCOMPARE(QImage(again), QImage(png));
    }

    void previewOfBadFiles()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("x.png"));
        auto r = runWh({QStringLiteral("printer"), QStringLiteral("preview"),
                        dir.filePath(QStringLiteral("none.zpl")), QStringLiteral("--png"), png,
                        QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("none.zpl cannot be read")), qPrintable(describe(r)));
        const QString text = dir.filePath(QStringLiteral("text.zpl"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello, not ZPL\n");
        t.close();
        r = runWh({QStringLiteral("printer"), QStringLiteral("preview"), text, QStringLiteral("--png"), png,
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no label")), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(png));
        // A label with a command the preview does not draw: drawn, with a warning.
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("^XA^PW200^LL100^FO10,10^BCN,40,Y,N,N^FD123^FS^XZ");
        t.close();
        r = runWh({QStringLiteral("printer"), QStringLiteral("preview"), text, QStringLiteral("--png"), png,
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("warning: ^BC")), qPrintable(describe(r)));
        QCOMPARE(QImage(png).size(), QSize(200, 100));
    }

    void statusAndSendThroughTheSpool()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        auto r = runWh({QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString zpl = dir.filePath(QStringLiteral("s.zpl"));
        r = runWh({QStringLiteral("printer"), QStringLiteral("sample"), QStringLiteral("--zpl"), zpl});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        SimulatorProcess sim({QStringLiteral("--state"), QStringLiteral("paper-out")});
        QVERIFY(sim.port() != 0);
        r = runWh({QStringLiteral("printer"), QStringLiteral("status"), sim.address(),
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("out of labels")), qPrintable(describe(r)));

        // Paper out: the label waits in the store's spool.
        r = runWh({QStringLiteral("printer"), QStringLiteral("send"), sim.address(), zpl,
                   QStringLiteral("--db"), db, QStringLiteral("--key"), QStringLiteral("ITEM-1"),
                   QStringLiteral("--wait"), QStringLiteral("1"), QStringLiteral("--lang"),
                   QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("out of labels")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("in the print spool")), qPrintable(describe(r)));
        QVERIFY(!sim.output().contains(QLatin1String("job 1")));

        // Labels loaded: what waits goes out, once.
        QVERIFY(sim.type("ready"));
        r = runWh({QStringLiteral("printer"), QStringLiteral("status"), sim.address(),
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("ready to print")), qPrintable(describe(r)));
        r = runWh({QStringLiteral("printer"), QStringLiteral("send"), sim.address(), QStringLiteral("--db"),
                   db, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("printed: ITEM-1")),
                 qPrintable(describe(r)));
        // The same key again: in the spool already, not printed twice.
        r = runWh({QStringLiteral("printer"), QStringLiteral("send"), sim.address(), zpl,
                   QStringLiteral("--db"), db, QStringLiteral("--key"), QStringLiteral("ITEM-1"),
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("not printed again")),
                 qPrintable(describe(r)));
        const QString out = sim.output();
        QVERIFY2(out.contains(QLatin1String("job 1:")) && !out.contains(QLatin1String("job 2:")),
                 qPrintable(out));

        // Switched off: refused, with the address in the message.
        QVERIFY(sim.type("stopped"));
        r = runWh({QStringLiteral("printer"), QStringLiteral("status"), sim.address(),
                   QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("refused the connection")), qPrintable(describe(r)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown") << QStringList{"printer", "nope"};
        QTest::newRow("no command") << QStringList{"printer"};
        QTest::newRow("status without printer") << QStringList{"printer", "status"};
        QTest::newRow("bad port") << QStringList{"printer", "status", "localhost:99999"};
        QTest::newRow("send without files") << QStringList{"printer", "send", "localhost"};
        QTest::newRow("bad dpi") << QStringList{"printer", "sample", "--dpi", "250"};
        QTest::newRow("bad state") << QStringList{"printer", "simulate", "--state", "jammed"};
        QTest::newRow("preview without png") << QStringList{"printer", "preview", "x.zpl"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = runWh(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWhPrinter)
#include "tst_whprinter.moc"
