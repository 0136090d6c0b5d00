// The handheld's HomeViewModel: the last barcode scan, fed by the scanner input from real key
// events (a scan of a GS1-128 label with GS typed as Ctrl+], an unreadable burst), as the home
// screen shows it.
#include "DemoWarehouse.h"
#include "DeviceSite.h"
#include "HandheldTestSupport.h"
#include "HomeViewModel.h"
#include "ScannerKeyInput.h"
#include "SmallDemo.h"
#include "TestSupport.h"
#include "TimedKeys.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace wh;

class TestHomeViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lastScanFromKeys();
    void lastScanShown();
    void homePageShowsTheScan();

private:
    test::MockClock m_clock;
    std::unique_ptr<test::TemporaryStore> m_store;
    std::unique_ptr<reports::DeviceSite> m_where;
};

void TestHomeViewModel::initTestCase()
{
    m_store = std::make_unique<test::TemporaryStore>(m_clock);
    QVERIFY2(m_store->ok(), qPrintable(m_store->errorText()));
    auto where = test::smallDemo(m_store->store(), m_clock, QDate(2026, 11, 2));
    QVERIFY2(where, qPrintable(where.ok() ? QString() : where.error().toString()));
    m_where = std::make_unique<reports::DeviceSite>(*where);
}

void TestHomeViewModel::lastScanFromKeys()
{
    HomeViewModel home(m_store->store(), *m_where, m_clock);
    QVERIFY(!home.hasLastScan());
    // A window without a focused item: the scanner input takes its keys at the window.
    QWindow window;
    window.resize(200, 200);
    window.show();
    window.requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ScannerKeyInput scanner;
    connect(&scanner, &ScannerKeyInput::scanned, &home, &HomeViewModel::scanned);
    connect(&scanner, &ScannerKeyInput::scanRejected, &home, &HomeViewModel::scanRejected);
    QSignalSpy changed(&home, &HomeViewModel::lastScanChanged);

    QTest::qWait(150);
    // GS typed as Ctrl+].
    test::sendScannerBurst(&window,
                           QStringLiteral("]C10104912345678904") + QChar(0x1D) + QStringLiteral("10LOT7"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(home.hasLastScan());
    QCOMPARE(home.lastScanText(), QStringLiteral("0104912345678904<GS>10LOT7"));
    QCOMPARE(home.lastScanSymbology(), QStringLiteral("GS1-128 (]C1)"));
    QVERIFY(home.lastScanProblem().isEmpty());

    // Without an identifier.
    QTest::qWait(150);
    test::sendScannerBurst(&window, QStringLiteral("LOC-A-03"));
    QCOMPARE(home.lastScanText(), QStringLiteral("LOC-A-03"));
    QCOMPARE(home.lastScanSymbology(), HomeViewModel::tr("No symbology identifier"));
}

void TestHomeViewModel::lastScanShown()
{
    HomeViewModel home(m_store->store(), *m_where, m_clock);
    drivers::ScannedCode code;
    code.symbology = QStringLiteral("]Xz"); // an identifier without a known name
    code.text = QStringLiteral("A") + QChar(0x1D) + QStringLiteral("B") + QChar(0x04);
    home.scanned(code);
    QCOMPARE(home.lastScanText(), QStringLiteral("A<GS>B<04>"));
    QCOMPARE(home.lastScanSymbology(), QStringLiteral("]Xz"));
    home.scanRejected(QStringLiteral("12345678"), Error(ErrorCode::Parse, QStringLiteral("no AIM")));
    QVERIFY(!home.lastScanProblem().isEmpty());
    QCOMPARE(home.lastScanText(), QStringLiteral("12345678"));
}

void TestHomeViewModel::homePageShowsTheScan()
{
    // The real screens (the program's QML module): the last-scan area shows the text with <GS>
    // and the symbology.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    HomeViewModel home(m_store->store(), *m_where, m_clock);
    // The home page as the shell shows it, in a 360x640 view.
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/"));
    view.setInitialProperties({{QStringLiteral("home"), QVariant::fromValue(&home)}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(360, 640);
    view.setSource(QUrl(QStringLiteral("qrc:/Wh/Handheld/HomePage.qml")));
    QVERIFY2(view.status() == QQuickView::Ready,
             qPrintable(view.errors().isEmpty() ? QString() : view.errors().front().toString()));
    QQuickWindow *window = &view;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *area = window->findChild<QQuickItem *>(QStringLiteral("lastScan"));
    QVERIFY(area);
    auto texts = [area] {
        QStringList out;
        for (QObject *o : area->findChildren<QObject *>())
            if (o->metaObject()->indexOfProperty("text") >= 0 && o->property("visible").toBool())
                out << o->property("text").toString();
        return out;
    };
    QVERIFY(texts().contains(HomeViewModel::tr("Scan a barcode: it shows here.")));
    drivers::ScannedCode code;
    code.symbology = QStringLiteral("]d2");
    code.text = QStringLiteral("0104912345678904") + QChar(0x1D) + QStringLiteral("10LOT7");
    home.scanned(code);
    QTRY_VERIFY(texts().contains(QStringLiteral("0104912345678904<GS>10LOT7")));
    QVERIFY(texts().contains(QStringLiteral("GS1 DataMatrix (]d2)")));
    // WH_HANDHELD_GRAB_DIR=folder keeps a picture of the home screen with the scan.
    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(grabDir + QStringLiteral("/home-last-scan.png")));
    }
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestHomeViewModel)
#include "tst_homeviewmodel.moc"
