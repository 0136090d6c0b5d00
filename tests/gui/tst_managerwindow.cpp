// ManagerWindow: the manager's first screen over a small demo store, driven like a user would.
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "ManagerWindow.h"
#include "PeriodPicker.h"
#include "ScannerKeyInput.h"
#include "TimedKeys.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wh;

class TestManagerWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstScreenShowsTheStore();
    void otherSiteAndEmptyPeriod();
    void scannedCodesSelectAndDrill();

private:
    [[nodiscard]] QString cell(ManagerWindow &window, int row, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    // "Now" is a week after the demo's two business days.
    ManualClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch()};
};

void TestManagerWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 40;
    options.punchesPerDay = 600;
    options.start = QDate(2026, 11, 2);
    QVERIFY(demo::generateDemo(*m_store, options, m_clock));
}

void TestManagerWindow::cleanupTestCase()
{
    m_store.reset();
}

QString TestManagerWindow::cell(ManagerWindow &window, int row, int column) const
{
    auto *table = window.findChild<QTableView *>();
    return table ? table->model()->index(row, column).data().toString() : QString();
}

void TestManagerWindow::firstScreenShowsTheStore()
{
    ManagerWindow window(*m_store, QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    auto *table = window.findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 9); // 8 blocks and the total
    QCOMPARE(cell(window, 0, 0), QStringLiteral("Inbound"));
    QCOMPARE(cell(window, 8, 0), QStringLiteral("All blocks"));
    QVERIFY(cell(window, 8, 3) != QStringLiteral("0")); // units
    auto *subtitle = window.findChild<QLabel *>(QStringLiteral("subtitle"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QStringLiteral("市川物流センター")), qPrintable(subtitle->text()));
    // The default period: 30 days ending at the store's last business day.
    auto *picker = window.findChild<PeriodPicker *>();
    QVERIFY(picker);
    QCOMPARE(picker->range().to, QDate(2026, 11, 3));
    QCOMPARE(picker->range().from, QDate(2026, 10, 5));
}

void TestManagerWindow::otherSiteAndEmptyPeriod()
{
    ManagerWindow window(*m_store, QStringLiteral("ja"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    auto *site = window.findChild<QComboBox *>(QStringLiteral("site"));
    QVERIFY(site);
    QCOMPARE(site->count(), 2);
    site->setCurrentIndex(1);
    QVERIFY(shown.wait(10000));
    auto *subtitle = window.findChild<QLabel *>(QStringLiteral("subtitle"));
    QVERIFY2(subtitle->text().contains(QStringLiteral("茨木物流センター")), qPrintable(subtitle->text()));
    QCOMPARE(cell(window, 0, 0), QStringLiteral("入荷"));

    // A period without punches shows zeros, not stale figures.
    window.findChild<PeriodPicker *>()->setRange({QDate(2026, 10, 1), QDate(2026, 10, 2)});
    QVERIFY(shown.wait(10000));
    QCOMPARE(cell(window, 8, 3), QStringLiteral("0"));
}

void TestManagerWindow::scannedCodesSelectAndDrill()
{
    ManagerWindow window(*m_store, QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(shown.wait(10000));
    ScannerKeyInput scanner(ManagerWindow::scannerDefaults()); // as wh-manager sets it up
    connect(&scanner, &ScannerKeyInput::scanned, &window, &ManagerWindow::scanned);
    // A scanner types into whatever has the focus: its keys, then Enter, after a pause.
    auto scan = [&window](const QString &text) {
        QTest::qWait(150);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        test::sendScannerBurst(target, text);
    };

    // An activity with figures at S1 in the period shown, and its section and block.
    reports::FigureQuery query;
    query.sites = {QStringLiteral("S1")};
    query.from = QDate(2026, 11, 2);
    query.to = QDate(2026, 11, 3);
    query.level = reports::Level::Activity;
    auto activities = reports::figuresByLevel(*m_store, query);
    QVERIFY(activities && activities->size() > 2);
    const reports::FigureRow activity = (*activities)[activities->size() / 2];
    const QString section = activity.parent;
    query.level = reports::Level::Section;
    auto sections = reports::figuresByLevel(*m_store, query);
    QVERIFY(sections);
    QString block;
    for (const auto &row : *sections)
        if (row.code == section)
            block = row.parent;
    QVERIFY(!block.isEmpty());

    // The activity (Code 128 with its AIM identifier): the table shows its section's activities,
    // the activity selected.
    scan(QStringLiteral("]C0") + activity.code);
    QTRY_VERIFY(window.drill().has_value());
    QCOMPARE(window.drill()->level, reports::Level::Section);
    QCOMPARE(window.drill()->code, section);
    QTRY_COMPARE(window.selectedCode(), activity.code);
    QVERIFY(window.statusBar()->currentMessage().contains(activity.code));
    auto *table = window.findChild<QTableView *>();
    QVERIFY(table->model()->rowCount() >= 1);
    // WH_MANAGER_GRAB_DIR=folder keeps a picture of the drilled-down table.
    if (const QString grabDir = qEnvironmentVariable("WH_MANAGER_GRAB_DIR"); !grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window.grab().save(grabDir + QStringLiteral("/manager-scanned-activity.png")));
    }

    // The section: its block's sections, the section selected; in lower case too.
    scan(section.toLower());
    QTRY_VERIFY(window.drill() && window.drill()->level == reports::Level::Block);
    QCOMPARE(window.drill()->code, block);
    QTRY_COMPARE(window.selectedCode(), section);

    // The block: back to the blocks, the block selected.
    scan(block);
    QTRY_VERIFY(!window.drill().has_value());
    QCOMPARE(window.selectedCode(), block);
    QCOMPARE(table->model()->rowCount(), 9);

    // A site code switches the site.
    shown.clear();
    scan(QStringLiteral("S2"));
    QTRY_COMPARE(window.siteCode(), QStringLiteral("S2"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("site"))->currentIndex(), 1);

    // Anything else: a status message with the code; the table stays.
    scan(QStringLiteral("NOPE-4711"));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("NOPE-4711")));
    QVERIFY(!window.drill().has_value());
}

QTEST_MAIN(TestManagerWindow)
#include "tst_managerwindow.moc"
