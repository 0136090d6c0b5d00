// ManagerWindow: the manager's first screen over a small demo store, driven like a user would.
#include "DemoWarehouse.h"
#include "ManagerWindow.h"
#include "PeriodPicker.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
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

QTEST_MAIN(TestManagerWindow)
#include "tst_managerwindow.moc"
