// LiveBoardView over a demo store in the middle of a business day: workers punched in through the
// kiosk's punch service appear (on a work activity, on a break), drop off after clocking out,
// punches open too long are listed; the board refreshes by itself only while it is visible and
// keeps the selection; a leader sees only their own site. WH_SHOTS_DIR=folder writes the board at
// 1280x800 in Japanese and English.
#include "AppFont.h"
#include "DemoWarehouse.h"
#include "LiveBoardView.h"
#include "ProgramSetup.h"
#include "PunchService.h"
#include "WidgetStartup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace wh;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QString kPick = QStringLiteral("PIC-SGL-PICK");

qint64 tokyo(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
}

// The rows of `model` (a filter of the workers) by worker code.
QStringList workerCodes(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, LiveWorkersModel::Worker).data().toString();
    return out;
}
} // namespace

class TestLiveBoardView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void punchInShowsAndClockOutDrops();
    void refreshesByItselfOnlyWhileVisible();
    void longOpenPunchesAreListed();
    void leaderSeesOwnSiteOnly();
    void screenshots();

private:
    [[nodiscard]] reports::ViewerQueries admin() const
    {
        return reports::ViewerQueries(*m_store,
                                      reports::Viewer{QStringLiteral("admin"), reports::Role::Admin, {}});
    }
    // Workers with no punch on the demo's second calendar day: free to punch in the tests.
    [[nodiscard]] QString freeWorker();
    void punch(const Clock &clock, const QString &worker, PunchAction action, const QString &activity = {});
    // Waits for the next answer of `view` after `read` started it.
    static bool readNow(LiveBoardView &view);

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    QStringList m_free;
    // The demo's second business day, 14:00 in Tokyo: the day shift is on the floor.
    const QDate m_day{2026, 11, 3};
    ManualClock m_clock{tokyo(QDate(2026, 11, 3), 14, 0)};
};

void TestLiveBoardView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 120;
    options.punchesPerDay = 2400;
    options.start = QDate(2026, 11, 2);
    QVERIFY(demo::generateDemo(*m_store, options, m_clock));
    QSqlQuery q(m_store->connection());
    // Nobody who punched since the demo's second calendar day began (the night crew works past
    // midnight): they may punch at any time of that day.
    QVERIFY(q.prepare(
        QStringLiteral("SELECT code FROM workers WHERE code NOT IN (SELECT worker FROM punch_intervals "
                       "WHERE COALESCE(end_ms, start_ms) >= ?) ORDER BY code")));
    q.addBindValue(tokyo(m_day, 0, 0));
    QVERIFY(q.exec());
    while (q.next())
        m_free << q.value(0).toString();
    QVERIFY2(m_free.size() >= 8, qPrintable(QString::number(m_free.size())));
}

void TestLiveBoardView::cleanupTestCase()
{
    m_store.reset();
}

QString TestLiveBoardView::freeWorker()
{
    return m_free.isEmpty() ? QString() : m_free.takeFirst();
}

void TestLiveBoardView::punch(const Clock &clock, const QString &worker, PunchAction action,
                              const QString &activity)
{
    auto service = db::PunchService::open(*m_store, clock, QStringLiteral("S1-KIOSK-01"));
    QVERIFY2(service.ok(), service.ok() ? "" : qPrintable(service.error().toString()));
    auto outcome = (*service)->punch(worker, action, activity);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
    QVERIFY(outcome->event.has_value());
}

bool TestLiveBoardView::readNow(LiveBoardView &view)
{
    QSignalSpy ready(&view, &ManagerView::ready);
    view.refresh();
    return ready.wait(10000);
}

void TestLiveBoardView::punchInShowsAndClockOutDrops()
{
    LiveBoardView view(admin(), QStringLiteral("en"), m_clock);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, m_day, m_day, QStringLiteral("en")});
    QVERIFY(ready.wait(10000));
    LiveWorkersModel *model = view.workersModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester floorTester(view.floorTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester headTester(view.headCountModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = view.floor().onShift;
    QVERIFY2(before > 10, "the day shift is on the floor at 14:00");
    QCOMPARE(model->rowCount(), before);

    const QString worker = freeWorker();
    QCOMPARE(model->rowOf(worker), -1);
    punch(m_clock, worker, PunchAction::StartActivity, kPick);
    QVERIFY(readNow(view));
    const int row = model->rowOf(worker);
    QVERIFY(row >= 0);
    QCOMPARE(view.floor().onShift, before + 1);
    QCOMPARE(model->index(row, LiveWorkersModel::Since).data().toString(), QStringLiteral("14:00"));
    QCOMPARE(model->index(row, LiveWorkersModel::Duration).data().toString(), QStringLiteral("0:00"));
    QCOMPARE(model->index(row, LiveWorkersModel::Device).data().toString(), QStringLiteral("S1-KIOSK-01"));
    QCOMPARE(model->index(row, LiveWorkersModel::Block).data().toString(), QStringLiteral("Picking"));
    QVERIFY(workerCodes(view.floorTable()->model()).contains(worker));
    const int pickRow = view.headCountModel()->rowOf(kPick);
    QVERIFY(pickRow >= 0);

    // On a break: off the floor table, in the "no work activity" list; the shift goes on.
    m_clock.advance(45 * kMinute);
    punch(m_clock, worker, PunchAction::Break);
    QVERIFY(readNow(view));
    QVERIFY(!workerCodes(view.floorTable()->model()).contains(worker));
    QVERIFY(workerCodes(view.breakTable()->model()).contains(worker));
    QCOMPARE(model->index(model->rowOf(worker), LiveWorkersModel::Duration).data().toString(),
             QStringLiteral("0:00"));
    QVERIFY(view.floor().onBreak >= 1);

    // Clocked out: gone from every table.
    m_clock.advance(15 * kMinute);
    punch(m_clock, worker, PunchAction::ClockOut);
    QVERIFY(readNow(view));
    QCOMPARE(model->rowOf(worker), -1);
    QVERIFY(!workerCodes(view.breakTable()->model()).contains(worker));

    // The export holds what is on screen.
    const reports::ReportDocument doc = view.exportDocument();
    QCOMPARE(doc.table.rows.size(), static_cast<size_t>(model->rowCount()));
    QCOMPARE(doc.table.headers.size(), LiveWorkersModel::ColumnCount + 1);
    m_clock.set(tokyo(m_day, 14, 0));
}

void TestLiveBoardView::refreshesByItselfOnlyWhileVisible()
{
    LiveBoardView view(admin(), QStringLiteral("en"), m_clock);
    view.setRefreshInterval(150);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, m_day, m_day, QStringLiteral("en")});
    QVERIFY(ready.wait(10000));
    QVERIFY(!view.autoRefreshing()); // not shown yet
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.autoRefreshing());

    // A punch shows up without anyone asking.
    const QString first = freeWorker();
    punch(m_clock, first, PunchAction::StartActivity, kPick);
    QTRY_VERIFY_WITH_TIMEOUT(view.workersModel()->rowOf(first) >= 0, 10000);

    // Select it and scroll somewhere; the next refreshes (with a new worker) keep both.
    QTableView *table = view.floorTable();
    QAbstractItemModel *shown = table->model();
    int row = workerCodes(shown).indexOf(first);
    QVERIFY(row >= 0);
    table->selectionModel()->select(shown->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(shown->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = table->verticalScrollBar()->value();
    const QString second = freeWorker();
    punch(m_clock, second, PunchAction::StartActivity, QStringLiteral("PIC-SGL-CART"));
    QTRY_VERIFY_WITH_TIMEOUT(view.workersModel()->rowOf(second) >= 0, 10000);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), first);
    QVERIFY2(std::abs(table->verticalScrollBar()->value() - scroll) <= 1,
             qPrintable(QStringLiteral("%1 -> %2").arg(scroll).arg(table->verticalScrollBar()->value())));

    // Hidden (another tab): no more reads.
    view.hide();
    QVERIFY(!view.autoRefreshing());
    m_clock.advance(kMinute);
    punch(m_clock, second, PunchAction::ClockOut);
    ready.clear();
    QVERIFY(!ready.wait(600));
    QVERIFY(view.workersModel()->rowOf(second) >= 0);
    // Shown again after a while: read at once.
    m_clock.advance(kMinute);
    view.show();
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.workersModel()->rowOf(second), -1);
    view.hide();
    punch(m_clock, first, PunchAction::ClockOut);
    m_clock.set(tokyo(m_day, 14, 0));
}

void TestLiveBoardView::longOpenPunchesAreListed()
{
    // A worker punched in at 04:00 and never switched: at 14:30 the punch is open 10:30.
    ManualClock early(tokyo(m_day, 4, 0));
    const QString forgot = freeWorker();
    punch(early, forgot, PunchAction::StartActivity, kPick);
    ManualClock now(tokyo(m_day, 14, 30));
    LiveBoardView view(admin(), QStringLiteral("en"), now);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, m_day, m_day, QStringLiteral("en")});
    QVERIFY(ready.wait(10000));
    LiveWorkersModel *model = view.workersModel();
    const int row = model->rowOf(forgot);
    QVERIFY(row >= 0);
    QVERIFY(model->isLongOpen(row));
    QCOMPARE(model->index(row, LiveWorkersModel::Duration).data().toString(), QStringLiteral("10:30"));
    QCOMPARE(model->index(row, LiveWorkersModel::Since).data().toString(), QStringLiteral("04:00"));
    QVERIFY(workerCodes(view.longOpenTable()->model()).contains(forgot));
    for (int r = 0; r < view.longOpenTable()->model()->rowCount(); ++r)
        QVERIFY(view.longOpenTable()->model()->index(r, 0).data(LiveWorkersModel::LongOpenRole).toBool());
    // The threshold is the view's: at 0 every open punch is listed.
    QVERIFY(view.longOpenTable()->model()->rowCount() < model->rowCount());
    view.setLongOpenThreshold(0);
    QCOMPARE(view.longOpenTable()->model()->rowCount(), model->rowCount());
    view.setLongOpenThreshold(10 * 60 * kMinute);

    // Past the longest shift (16 h) it is a forgotten punch, not someone on the floor.
    now.set(tokyo(m_day, 20, 30));
    QVERIFY(readNow(view));
    QCOMPARE(model->rowOf(forgot), -1);
}

void TestLiveBoardView::leaderSeesOwnSiteOnly()
{
    const reports::ViewerQueries leader(
        *m_store, reports::Viewer{QStringLiteral("leader"), reports::Role::Leader, {QStringLiteral("S1")}});
    LiveBoardView view(leader, QStringLiteral("en"), m_clock);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, m_day, m_day, QStringLiteral("en")});
    QVERIFY(ready.wait(10000));
    QVERIFY(view.workersModel()->rowCount() > 0);
    view.setContext({{QStringLiteral("S2")}, m_day, m_day, QStringLiteral("en")});
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.workersModel()->rowCount(), 0);
    QCOMPARE(view.headCountModel()->rowCount(), 0);
    auto *message = view.findChild<QLabel *>(QStringLiteral("viewMessage"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().contains(QLatin1String("S2")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("may not")), qPrintable(message->text()));
    QVERIFY(view.exportDocument().table.rows.empty());
}

void TestLiveBoardView::screenshots()
{
    const QString dir = qEnvironmentVariable("WH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set WH_SHOTS_DIR=folder to write the live board's pictures (ja and en, 1280x800)");
    QVERIFY(QDir().mkpath(dir));
    AppFont::apply();
    WidgetStartup::applyLook();
    // Two punches left open since the early morning, for the "open too long" list, and two
    // workers on a break.
    ManualClock early(tokyo(m_day, 3, 45));
    punch(early, freeWorker(), PunchAction::StartActivity, kPick);
    punch(early, freeWorker(), PunchAction::StartActivity, QStringLiteral("PIC-SGL-CART"));
    for (const int minute : {20, 35}) {
        ManualClock in(tokyo(m_day, 12, 0));
        const QString worker = freeWorker();
        punch(in, worker, PunchAction::StartActivity, kPick);
        in.set(tokyo(m_day, 13, minute));
        punch(in, worker, PunchAction::Break);
    }
    ManualClock now(tokyo(m_day, 14, 0));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslation(*QCoreApplication::instance(), language).ok());
        QLocale::setDefault(language == QLatin1String("ja")
                                ? QLocale(QLocale::Japanese, QLocale::Japan)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
        QWidget frame; // the window's look around the page
        frame.setStyleSheet(QStringLiteral(
            "QLabel#subtitle { font-size: 15px; color: #3b4a5c; }"
            "QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: #14212e; }"
            "QFrame#figureTile { background: white; border: 1px solid #d9e0e8; border-radius: 10px; }"
            "QLabel#figureCaption { font-size: 13px; color: #5a6b7f; }"
            "QLabel#figureValue { font-size: 28px; font-weight: 700; color: #14212e; }"
            "QTableView { background: white; border: 1px solid #d9e0e8; border-radius: 6px; gridline-color: "
            "#edf1f5; }"
            "QTableView::item { border: none; padding-left: 12px; padding-right: 12px; }"
            "QHeaderView::section { background: #eef2f6; color: #3b4a5c; border: none;"
            " border-bottom: 1px solid #d9e0e8; padding: 6px 12px; font-weight: 600; }"));
        auto *layout = new QVBoxLayout(&frame);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *view = new LiveBoardView(admin(), language, now, &frame);
        layout->addWidget(view);
        QSignalSpy ready(view, &ManagerView::ready);
        view->setContext({{QStringLiteral("S1")}, m_day, m_day, language});
        frame.resize(1280, 800);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, 10000);
        view->floorTable()->selectRow(2);
        QTest::qWait(100);
        QVERIFY(frame.grab().save(QStringLiteral("%1/live-%2.png").arg(dir, language)));
    }
}

QTEST_MAIN(TestLiveBoardView)
#include "tst_liveboardview.moc"
