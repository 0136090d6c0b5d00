// The keyboard-wedge scanner input (app/ui/ScannerKeyInput) with real timed key events: a scanner's
// burst into a focused QLineEdit and into a Qt Quick TextField arrives as one scan and leaves the
// field empty; a person typing the same text slowly ends up in the field, in order; GS typed as
// Ctrl+] or as the configured substitute; a rejected burst; the command-line options.
#include "ScannerKeyInput.h"
#include "TimedKeys.h"

#include "PtyMaster.h"

#include <QCommandLineParser>
#include <QLineEdit>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace wh;
using drivers::ScannedCode;

namespace {
constexpr int kPersonMs = 90; // a fast typist: still well above the 35 ms gap
const QChar kGs(0x1D);
} // namespace

class TestScannerKeyInput : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scanIntoLineEditIsOneScan();
    void personTypingSlowlyReachesTheField();
    void personThenScanThenPerson();
    void groupSeparatorAsCtrlBracket();
    void groupSeparatorSubstitute();
    void rejectedBurst();
    void shortFastRunStaysText();
    void disabledPassesEverything();
    void optionsChangedAtRunTime();
    void scanIntoQuickTextField();
    void personIntoQuickTextField();
    void commandLineOptions();
    void commandLineOptionErrors();
    void serialScannerFromOptions();

private:
    // Keys as a scanner sends them: 2 ms apart (event timestamps).
    void scanKeys(QWidget *target, const QString &text, bool enter = true);
    void personKeys(QWidget *target, const QString &text);

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_edit = nullptr;
    QLineEdit *m_other = nullptr;
    qint64 m_lastScanKeyMs = 0;
};

void TestScannerKeyInput::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_edit = new QLineEdit(m_window.get());
    m_other = new QLineEdit(m_window.get());
    layout->addWidget(m_edit);
    layout->addWidget(m_other);
    m_window->resize(400, 120);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_edit->setFocus();
    QTRY_VERIFY(m_edit->hasFocus());
}

void TestScannerKeyInput::cleanup()
{
    m_window.reset();
}

void TestScannerKeyInput::scanKeys(QWidget *target, const QString &text, bool enter)
{
    // 2 ms apart, with their own timestamps (whatever the machine's load).
    m_lastScanKeyMs = test::sendScannerBurst(target, text, enter);
}

void TestScannerKeyInput::personKeys(QWidget *target, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(target, c.toLatin1(), Qt::NoModifier, kPersonMs);
}

void TestScannerKeyInput::scanIntoLineEditIsOneScan()
{
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    scanKeys(m_edit, QStringLiteral("PIC-SGL-PICK"));
    QCOMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.text, QStringLiteral("PIC-SGL-PICK"));
    QVERIFY(code.symbology.isEmpty());
    QCOMPARE(code.raw, QStringLiteral("PIC-SGL-PICK"));
    // Nothing of it reached the field, not even later, and Enter did not press it either.
    QTest::qWait(3 * input.silenceMs());
    QCOMPARE(m_edit->text(), QString());
    QCOMPARE(returns.size(), 0);
    QVERIFY(!input.isHolding());

    // An AIM identifier is split off.
    scanKeys(m_edit, QStringLiteral("]C0W00042"));
    QCOMPARE(scans.size(), 2);
    const auto aim = scans.at(1).at(0).value<ScannedCode>();
    QCOMPARE(aim.symbology, QStringLiteral("]C0"));
    QCOMPARE(aim.text, QStringLiteral("W00042"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScannerKeyInput::personTypingSlowlyReachesTheField()
{
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    personKeys(m_edit, QStringLiteral("PIC-SGL-PICK"));
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::NoModifier, kPersonMs);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("PIC-SGL-PICK"));
    QTRY_COMPARE(returns.size(), 1);
    QCOMPARE(scans.size(), 0);
    // Editing keys a person uses pass too.
    QTest::keyClick(m_edit, Qt::Key_Backspace, Qt::NoModifier, kPersonMs);
    QTest::keyClick(m_edit, Qt::Key_Backspace, Qt::NoModifier, kPersonMs);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("PIC-SGL-PI"));
}

void TestScannerKeyInput::personThenScanThenPerson()
{
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    personKeys(m_edit, QStringLiteral("ab"));
    QTest::qWait(kPersonMs);
    scanKeys(m_edit, QStringLiteral("4901234567894"));
    personKeys(m_edit, QStringLiteral("cd"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("abcd"));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<ScannedCode>().text, QStringLiteral("4901234567894"));

    // A scanner's burst right after a person's key (no gap before it) is not a scan: it is typed,
    // whole and in order, after that key.
    m_other->setFocus();
    QTRY_VERIFY(m_other->hasFocus());
    QTest::qWait(kPersonMs);
    QTest::keyClick(m_other, 'x');
    scanKeys(m_other, QStringLiteral("ABC123"), false);
    QTRY_COMPARE(m_other->text(), QStringLiteral("xABC123"));
    QCOMPARE(scans.size(), 1);
}

void TestScannerKeyInput::groupSeparatorAsCtrlBracket()
{
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    scanKeys(m_edit, QStringLiteral("]C10104912345678904") + kGs + QStringLiteral("10LOT7"));
    QCOMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.symbology, QStringLiteral("]C1"));
    QCOMPARE(code.text, QStringLiteral("0104912345678904") + kGs + QStringLiteral("10LOT7"));
    QCOMPARE(m_edit->text(), QString());
}

void TestScannerKeyInput::groupSeparatorSubstitute()
{
    ScannerKeyInput::Options options;
    options.gsSubstitute = QLatin1Char('|');
    ScannerKeyInput input(options);
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    scanKeys(m_edit, QStringLiteral("]d20104912345678904|10LOT7|21SN9"));
    QCOMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.symbology, QStringLiteral("]d2"));
    QCOMPARE(code.text, QStringLiteral("0104912345678904") + kGs + QStringLiteral("10LOT7") + kGs +
                            QStringLiteral("21SN9"));
    QCOMPARE(code.raw, QStringLiteral("]d20104912345678904|10LOT7|21SN9"));
    QCOMPARE(m_edit->text(), QString());
    // A person may still type the character itself.
    personKeys(m_edit, QStringLiteral("a|b"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("a|b"));
}

void TestScannerKeyInput::rejectedBurst()
{
    ScannerKeyInput::Options options;
    options.aim = drivers::AimMode::Required;
    ScannerKeyInput input(options);
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    QSignalSpy rejected(&input, &ScannerKeyInput::scanRejected);
    scanKeys(m_edit, QStringLiteral("12345678"));
    QCOMPARE(scans.size(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), QStringLiteral("12345678"));
    QCOMPARE(rejected.at(0).at(1).value<Error>().code(), ErrorCode::Parse);
    QTest::qWait(3 * input.silenceMs());
    QCOMPARE(m_edit->text(), QString()); // the scanner's keys are not typed
    // With an identifier it is a scan.
    scanKeys(m_edit, QStringLiteral("]E04901234567894"));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<ScannedCode>().text, QStringLiteral("4901234567894"));
}

void TestScannerKeyInput::shortFastRunStaysText()
{
    // Fast, but shorter than a scan (4 characters) or without the terminator: typed, in order.
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    scanKeys(m_edit, QStringLiteral("ab"));
    QTRY_COMPARE(m_edit->text(), QStringLiteral("ab"));
    QTRY_COMPARE(returns.size(), 1);
    QTest::qWait(kPersonMs);
    scanKeys(m_edit, QStringLiteral("cdefgh"), false);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("abcdefgh"));
    QCOMPARE(scans.size(), 0);
}

void TestScannerKeyInput::disabledPassesEverything()
{
    ScannerKeyInput input;
    input.setEnabled(false);
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    scanKeys(m_edit, QStringLiteral("W00042"), false);
    QCOMPARE(m_edit->text(), QStringLiteral("W00042")); // at once: nothing is held
    QCOMPARE(scans.size(), 0);
}

void TestScannerKeyInput::optionsChangedAtRunTime()
{
    // A device's stored prefix and suffix arrive after the input was made (the handheld's settings).
    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    scanKeys(m_edit, QStringLiteral("#W00042$"));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.at(0).at(0).value<ScannedCode>().text, QStringLiteral("#W00042$"));

    ScannerKeyInput::Options options = input.options();
    options.prefix = QStringLiteral("#");
    options.suffix = QStringLiteral("$");
    options.gsSubstitute = QLatin1Char('|');
    QVERIFY(input.setOptions(options).ok());
    QCOMPARE(input.options().prefix, QStringLiteral("#"));
    QTest::qWait(kPersonMs);
    scanKeys(m_edit, QStringLiteral("#W00042|10A$"));
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(1).at(0).value<ScannedCode>().text, QStringLiteral("W00042") + kGs + QStringLiteral("10A"));
    QCOMPARE(m_edit->text(), QString());
    // Without the prefix the fast burst is not a scan any more: its keys are typed, in order.
    QTest::qWait(kPersonMs);
    scanKeys(m_edit, QStringLiteral("W00042"), false);
    QTRY_COMPARE(m_edit->text(), QStringLiteral("W00042"));
    QCOMPARE(scans.size(), 2);

    // Options that cannot work are refused; the current ones stay.
    ScannerKeyInput::Options bad = options;
    bad.prefix = QStringLiteral("|"); // the GS substitute inside the prefix
    const Status refused = input.setOptions(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(input.options().prefix, QStringLiteral("#"));
}

namespace {
// A window with a focused TextField, as the handheld's pages are built.
std::unique_ptr<QQmlApplicationEngine> quickField(QQuickWindow *&window, QQuickItem *&field)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->loadData(R"(
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    id: root
    width: 360; height: 200; visible: true
    property int returns: 0
    TextField { objectName: "field"; focus: true; width: 300; onAccepted: root.returns++ }
})");
    window = engine->rootObjects().isEmpty() ? nullptr
                                             : qobject_cast<QQuickWindow *>(engine->rootObjects().front());
    field = window ? window->findChild<QQuickItem *>(QStringLiteral("field")) : nullptr;
    return engine;
}

// quickField(), shown and active with the field focused; on failure the test has failed
// (QTest::currentTestFailed()).
std::unique_ptr<QQmlApplicationEngine> activeQuickField(QQuickWindow *&window, QQuickItem *&field)
{
    auto engine = quickField(window, field);
    [&] {
        QVERIFY(window && field);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY(field->hasActiveFocus());
    }();
    return engine;
}
} // namespace

void TestScannerKeyInput::scanIntoQuickTextField()
{
    m_window.reset();
    QQuickWindow *window = nullptr;
    QQuickItem *field = nullptr;
    auto engine = activeQuickField(window, field);
    if (QTest::currentTestFailed())
        return;

    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    test::sendScannerBurst(window, QStringLiteral("]Q1LOC-A-03-2"));
    QCOMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.symbology, QStringLiteral("]Q1"));
    QCOMPARE(code.text, QStringLiteral("LOC-A-03-2"));
    QTest::qWait(3 * input.silenceMs());
    QCOMPARE(field->property("text").toString(), QString());
    QCOMPARE(window->property("returns").toInt(), 0);
}

void TestScannerKeyInput::personIntoQuickTextField()
{
    m_window.reset();
    QQuickWindow *window = nullptr;
    QQuickItem *field = nullptr;
    auto engine = activeQuickField(window, field);
    if (QTest::currentTestFailed())
        return;

    ScannerKeyInput input;
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    // (QTest's key functions for a window do not wait for their delay: the test waits itself.)
    for (const QChar c : QStringLiteral("LOC-A-03-2")) {
        QTest::qWait(kPersonMs);
        QTest::keyClick(window, c.toLatin1());
    }
    QTest::qWait(kPersonMs);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE(field->property("text").toString(), QStringLiteral("LOC-A-03-2"));
    QTRY_COMPARE(window->property("returns").toInt(), 1);
    QCOMPARE(scans.size(), 0);
}

void TestScannerKeyInput::commandLineOptions()
{
    QCommandLineParser parser;
    ScannerKeyInput::addOptions(parser);
    QVERIFY(parser.parse(
        {QStringLiteral("prog"), QStringLiteral("--scanner-prefix"), QStringLiteral("<"),
         QStringLiteral("--scanner-suffix"), QStringLiteral(">"), QStringLiteral("--scanner-gap-ms"),
         QStringLiteral("20"), QStringLiteral("--scanner-gs-substitute"), QStringLiteral("|"),
         QStringLiteral("--scanner-aim"), QStringLiteral("none"), QStringLiteral("--scanner-terminator"),
         QStringLiteral("tab"), QStringLiteral("--scanner-min-length"), QStringLiteral("2")}));
    auto options = ScannerKeyInput::optionsFrom(parser);
    QVERIFY2(options, qPrintable(options.ok() ? QString() : options.error().toString()));
    QCOMPARE(options->prefix, QStringLiteral("<"));
    QCOMPARE(options->suffix, QStringLiteral(">"));
    QCOMPARE(options->maxGapMs, 20);
    QCOMPARE(options->gsSubstitute, QLatin1Char('|'));
    QCOMPARE(options->aim, drivers::AimMode::Off);
    QCOMPARE(options->terminator, drivers::WedgeTerminator::Tab);
    QCOMPARE(options->minLength, 2);

    QCommandLineParser defaults;
    ScannerKeyInput::addOptions(defaults);
    QVERIFY(defaults.parse({QStringLiteral("prog")}));
    auto plain = ScannerKeyInput::optionsFrom(defaults);
    QVERIFY(plain);
    QCOMPARE(plain->maxGapMs, 35);
    QCOMPARE(plain->aim, drivers::AimMode::Optional);
    QVERIFY(plain->gsSubstitute.isNull());

    // The prefix and suffix are stripped from a real scan.
    ScannerKeyInput input(*options);
    QSignalSpy scans(&input, &ScannerKeyInput::scanned);
    scanKeys(m_edit, QStringLiteral("<]C0ABC123>"), false);
    test::sendTimedKey(m_edit, m_lastScanKeyMs + 2, Qt::Key_Tab, QString());
    QCOMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.text, QStringLiteral("]C0ABC123")); // AIM none: the identifier stays data
    QVERIFY(m_edit->hasFocus());                      // the Tab was the scan's, not a person's
}

void TestScannerKeyInput::commandLineOptionErrors()
{
    const QList<QStringList> bad{
        {QStringLiteral("--scanner-gap-ms"), QStringLiteral("0")},
        {QStringLiteral("--scanner-gap-ms"), QStringLiteral("fast")},
        {QStringLiteral("--scanner-gs-substitute"), QStringLiteral("||")},
        {QStringLiteral("--scanner-gs-substitute"), QStringLiteral("A")}, // data, not a symbol
        {QStringLiteral("--scanner-aim"), QStringLiteral("sometimes")},
        {QStringLiteral("--scanner-terminator"), QStringLiteral("space")},
        {QStringLiteral("--scanner-min-length"), QStringLiteral("0")},
    };
    for (const QStringList &args : bad) {
        QCommandLineParser parser;
        ScannerKeyInput::addOptions(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("prog")} + args));
        auto options = ScannerKeyInput::optionsFrom(parser);
        QVERIFY2(!options, qPrintable(args.join(QLatin1Char(' '))));
        QCOMPARE(options.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(options.error().message().contains(QLatin1String("--scanner")));
    }
}

// --scanner-serial: a serial scanner on a real pseudo-terminal, its scans and its bad input going
// out through the same signals as the keyboard wedge's (the programs connect only those).
void TestScannerKeyInput::serialScannerFromOptions()
{
    QCommandLineParser none;
    ScannerKeyInput::addOptions(none);
    QVERIFY(none.parse({QStringLiteral("prog")}));
    ScannerKeyInput input(ScannerKeyInput::Options{});
    auto absent = ScannerKeyInput::serialFrom(none, input.options(), input);
    QVERIFY(absent && !*absent);

    test::PtyMaster pty;
    QVERIFY2(pty.ok(), qPrintable(pty.error()));
    QCommandLineParser parser;
    ScannerKeyInput::addOptions(parser);
    QVERIFY(parser.parse({QStringLiteral("prog"), QStringLiteral("--scanner-serial"), pty.slavePath(),
                          QStringLiteral("--scanner-serial-baud"), QStringLiteral("115200"),
                          QStringLiteral("--scanner-serial-terminator"), QStringLiteral("crlf"),
                          QStringLiteral("--scanner-gs-substitute"), QStringLiteral("|")}));
    auto options = ScannerKeyInput::optionsFrom(parser);
    QVERIFY(options);
    ScannerKeyInput serialInput(*options);
    QSignalSpy scans(&serialInput, &ScannerKeyInput::scanned);
    QSignalSpy rejected(&serialInput, &ScannerKeyInput::scanRejected);
    auto serial = ScannerKeyInput::serialFrom(parser, *options, serialInput);
    QVERIFY2(serial && *serial, qPrintable(serial ? QString() : serial.error().toString()));
    QCOMPARE((*serial)->portSettings().baudRate, 115200);
    QTRY_COMPARE((*serial)->state(), drivers::SerialDevice::State::Connected);
    QVERIFY(pty.write(QByteArray("]C10109506000134352|10ABC123\r\n")));
    QTRY_COMPARE(scans.size(), 1);
    const auto code = scans.at(0).at(0).value<ScannedCode>();
    QCOMPARE(code.symbology, QStringLiteral("]C1"));
    QCOMPARE(code.text, QStringLiteral("0109506000134352\x1d"
                                       "10ABC123"));
    // Line noise: reported as a rejected scan, and the next code still reads.
    QVERIFY(pty.write(QByteArray("\xff\xfe\x01\r\n", 5)));
    QTRY_COMPARE(rejected.size(), 1);
    QVERIFY(pty.write(QByteArray("4901234567894\r\n")));
    QTRY_COMPARE(scans.size(), 2);
    QCOMPARE(scans.at(1).at(0).value<ScannedCode>().text, QStringLiteral("4901234567894"));

    QCommandLineParser badBaud;
    ScannerKeyInput::addOptions(badBaud);
    QVERIFY(badBaud.parse({QStringLiteral("prog"), QStringLiteral("--scanner-serial"), pty.slavePath(),
                           QStringLiteral("--scanner-serial-baud"), QStringLiteral("fast")}));
    auto refused = ScannerKeyInput::serialFrom(badBaud, input.options(), input);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("--scanner-serial-baud")));
}

QTEST_MAIN(TestScannerKeyInput)
#include "tst_scannerkeyinput.moc"
