// ManagerWindow: wh-manager's window over a small demo store, driven like a user would: the overview,
// the figures page (drill-down, scans, the punches behind a row), export and printing, a leader's view.
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "CellDetailDialog.h"
#include "FiguresView.h"
#include "ManagerWindow.h"
#include "NodeFiguresModel.h"
#include "OverviewView.h"
#include "PersonView.h"
#include "PeriodPicker.h"
#include "ScannerKeyInput.h"
#include "TimedKeys.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPrinter>
#include <QSqlQuery>
#include <QStandardItemModel>
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
    void overviewComparesWithFourWeeks();
    void behindARow();
    void exportAndPrint();
    void leaderSeesNoCost();
    void scannedBadgeOpensPerson();

private:
    [[nodiscard]] QString cell(ManagerWindow &window, int row, int column) const;
    [[nodiscard]] reports::ViewerQueries admin() const
    {
        return reports::ViewerQueries(*m_store, reports::Viewer{QStringLiteral("admin"), reports::Role::Admin, {}});
    }

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
    auto *table = window.figures()->findChild<QTableView *>();
    return table ? table->model()->index(row, column).data().toString() : QString();
}

void TestManagerWindow::firstScreenShowsTheStore()
{
    ManagerWindow window(admin(), QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.currentView()->viewName(), QStringLiteral("overview"));
    QVERIFY(window.showView(QStringLiteral("figures")));
    QVERIFY(shown.wait(10000));
    auto *table = window.figures()->findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 8); // the blocks
    QCOMPARE(cell(window, 0, 0), QStringLiteral("Inbound"));
    auto *subtitle = window.figures()->findChild<QLabel *>(QStringLiteral("subtitle"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QStringLiteral("市川物流センター")), qPrintable(subtitle->text()));
    // The default period: 30 days ending at the store's last business day.
    auto *picker = window.findChild<PeriodPicker *>();
    QVERIFY(picker);
    QCOMPARE(picker->range().to, QDate(2026, 11, 3));
    QCOMPARE(picker->range().from, QDate(2026, 10, 5));
    // The table's numbers are the query layer's.
    reports::FigureQuery query;
    query.sites = {QStringLiteral("S1")};
    query.from = picker->range().from;
    query.to = picker->range().to;
    auto rows = reports::figuresByLevel(*m_store, query);
    QVERIFY(rows && rows->size() == 8);
    NodeFiguresModel *model = window.figures()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->data(model->index(0, model->sectionOf(NodeFiguresModel::Units)), NodeFiguresModel::SortRole)
                 .toLongLong(),
             rows->front().figures.units);
    QCOMPARE(model->data(model->index(0, model->sectionOf(NodeFiguresModel::LaborCost)), NodeFiguresModel::SortRole)
                 .toLongLong(),
             rows->front().figures.cost().amount());
    // The sparklines follow the table.
    QTRY_VERIFY(model->data(model->index(0, model->sectionOf(NodeFiguresModel::Trend)), NodeFiguresModel::SparkRole)
                    .isValid());
    // Sorting by units, largest first, through the header.
    table->sortByColumn(model->sectionOf(NodeFiguresModel::Units), Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const qint64 units = table->model()
                                 ->index(r, model->sectionOf(NodeFiguresModel::Units))
                                 .data(NodeFiguresModel::SortRole)
                                 .toLongLong();
        QVERIFY(units <= previous);
        previous = units;
    }
}

void TestManagerWindow::otherSiteAndEmptyPeriod()
{
    ManagerWindow window(admin(), QStringLiteral("ja"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    window.showView(QStringLiteral("figures"));
    QVERIFY(shown.wait(10000));
    auto *site = window.findChild<QComboBox *>(QStringLiteral("site"));
    QVERIFY(site);
    QCOMPARE(site->count(), 2);
    site->setCurrentIndex(1);
    QVERIFY(shown.wait(10000));
    auto *subtitle = window.figures()->findChild<QLabel *>(QStringLiteral("subtitle"));
    QVERIFY2(subtitle->text().contains(QStringLiteral("茨木物流センター")), qPrintable(subtitle->text()));
    QCOMPARE(cell(window, 0, 0), QStringLiteral("入荷"));

    // A period without punches shows no rows, not stale figures.
    window.findChild<PeriodPicker *>()->setRange({QDate(2026, 10, 1), QDate(2026, 10, 2)});
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.figures()->model()->rowCount(), 0);
    QVERIFY2(subtitle->text().contains(QStringLiteral("2026")), qPrintable(subtitle->text()));
}

void TestManagerWindow::scannedCodesSelectAndDrill()
{
    ManagerWindow window(admin(), QStringLiteral("en"), m_clock);
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
    QTRY_VERIFY(window.figures()->drill().has_value());
    QCOMPARE(window.figures()->drill()->level, reports::Level::Section);
    QCOMPARE(window.figures()->drill()->code, section);
    QTRY_COMPARE(window.figures()->selectedCode(), activity.code);
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(activity.code),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.currentView()->viewName(), QStringLiteral("figures"));
    auto *table = window.figures()->findChild<QTableView *>();
    QVERIFY(table->model()->rowCount() >= 1);
    // WH_MANAGER_GRAB_DIR=folder keeps a picture of the drilled-down table.
    if (const QString grabDir = qEnvironmentVariable("WH_MANAGER_GRAB_DIR"); !grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window.grab().save(grabDir + QStringLiteral("/manager-scanned-activity.png")));
    }

    // The section: its block's sections, the section selected; in lower case too.
    scan(section.toLower());
    QTRY_VERIFY(window.figures()->drill() && window.figures()->drill()->level == reports::Level::Block);
    QCOMPARE(window.figures()->drill()->code, block);
    QTRY_COMPARE(window.figures()->selectedCode(), section);

    // The block: back to the blocks, the block selected.
    scan(block);
    QTRY_VERIFY(!window.figures()->drill().has_value());
    QTRY_COMPARE(window.figures()->selectedCode(), block);
    QCOMPARE(table->model()->rowCount(), 8);

    // A site code switches the site.
    shown.clear();
    scan(QStringLiteral("S2"));
    QTRY_COMPARE(window.siteCode(), QStringLiteral("S2"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("site"))->currentIndex(), 1);

    // Anything else: a status message with the code; the table stays.
    scan(QStringLiteral("NOPE-4711"));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("NOPE-4711")));
    QVERIFY(!window.figures()->drill().has_value());
}

void TestManagerWindow::overviewComparesWithFourWeeks()
{
    // "Now" is the demo's second day, so today and yesterday both have figures.
    ManualClock clock(QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch());
    ManagerWindow window(admin(), QStringLiteral("en"), clock);
    QSignalSpy ready(&window, &ManagerWindow::viewReady);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 && ready.last().first().toString() == QLatin1String("overview"), 10000);
    QStandardItemModel *s1 = window.overview()->siteModel(QStringLiteral("S1"));
    QVERIFY(s1);
    QAbstractItemModelTester tester(s1, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(s1->rowCount(), 5); // hours, units, productivity, unit cost, labor cost
    reports::FigureQuery query;
    query.sites = {QStringLiteral("S1")};
    query.level = reports::Level::Site;
    query.from = query.to = QDate(2026, 11, 2); // yesterday at the site (Asia/Tokyo, 23:00 on the 3rd)
    auto yesterday = reports::figuresByLevel(*m_store, query);
    QVERIFY(yesterday && yesterday->size() == 1);
    QCOMPARE(s1->item(1, 1)->text(), QLocale().toString(yesterday->front().figures.units));
    // No figures before the demo: the four weeks have no value and no comparison.
    QCOMPARE(s1->item(0, 2)->text(), QStringLiteral("–"));
    QAbstractItemModelTester anomalies(window.overview()->anomalyModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestManagerWindow::behindARow()
{
    ManagerWindow window(admin(), QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    window.showView(QStringLiteral("figures"));
    QVERIFY(shown.wait(10000));
    auto *table = window.figures()->findChild<QTableView *>();
    table->selectRow(0);
    window.figures()->showCell();
    auto *dialog = window.figures()->findChild<CellDetailDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &CellDetailDialog::loaded);
    QVERIFY(loaded.wait(10000));
    QAbstractItemModelTester intervals(dialog->intervals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester units(dialog->units(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->intervals()->rowCount() > 0);
    reports::CellQuery query;
    query.sites = {QStringLiteral("S1")};
    query.from = QDate(2026, 10, 5);
    query.to = QDate(2026, 11, 3);
    query.node = reports::NodeRef{reports::Level::Block, window.figures()->selectedCode()};
    auto detail = reports::behindCell(*m_store, query);
    QVERIFY(detail);
    QCOMPARE(dialog->intervals()->rowCount(), static_cast<int>(detail->intervals.size()));
    QCOMPARE(dialog->units()->rowCount(), static_cast<int>(detail->units.size()));
    dialog->close();
}

void TestManagerWindow::exportAndPrint()
{
    ManagerWindow window(admin(), QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    window.showView(QStringLiteral("figures"));
    QVERIFY(shown.wait(10000));
    NodeFiguresModel *model = window.figures()->model();
    QTRY_VERIFY(model->data(model->index(0, model->sectionOf(NodeFiguresModel::Trend)), NodeFiguresModel::SparkRole)
                    .isValid());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    QVERIFY(window.exportView(ManagerWindow::ExportFormat::Csv, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("Labor cost")) && text.contains(QStringLiteral("Inbound")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + model->rowCount());
    const QString pdf = dir.filePath(QStringLiteral("figures.pdf"));
    QVERIFY(window.exportView(ManagerWindow::ExportFormat::Pdf, pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString png = dir.filePath(QStringLiteral("figures.png"));
    QVERIFY(window.exportView(ManagerWindow::ExportFormat::Png, png));
    QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 900));
    // WH_MANAGER_GRAB_DIR=folder keeps the exports for a look.
    if (const QString grabDir = qEnvironmentVariable("WH_MANAGER_GRAB_DIR"); !grabDir.isEmpty()) {
        QFile::remove(grabDir + QStringLiteral("/manager-figures.pdf"));
        QFile::remove(grabDir + QStringLiteral("/manager-figures.png"));
        QFile::copy(pdf, grabDir + QStringLiteral("/manager-figures.pdf"));
        QFile::copy(png, grabDir + QStringLiteral("/manager-figures.png"));
    }
    // Printing goes through the same pages; a PDF printer stands in for a real one.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(window.printView(printer));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
    // The overview has no chart: a PNG says so and writes nothing.
    window.showView(QStringLiteral("overview"));
    const QString none = dir.filePath(QStringLiteral("overview.png"));
    QVERIFY(!window.exportView(ManagerWindow::ExportFormat::Png, none));
    QVERIFY(!QFile::exists(none));
}

void TestManagerWindow::leaderSeesNoCost()
{
    const reports::ViewerQueries leader(*m_store, reports::Viewer{QStringLiteral("lead1"), reports::Role::Leader,
                                                                  {QStringLiteral("S1")}});
    ManualClock clock(QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch());
    ManagerWindow window(leader, QStringLiteral("en"), clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("site"))->count(), 1); // S1 only
    QCOMPARE(window.overview()->siteModel(QStringLiteral("S1"))->rowCount(), 3); // no cost rows
    QVERIFY(!window.overview()->siteModel(QStringLiteral("S2")));
    window.showView(QStringLiteral("figures"));
    QVERIFY(shown.wait(10000));
    NodeFiguresModel *model = window.figures()->model();
    QCOMPARE(model->sectionOf(NodeFiguresModel::LaborCost), -1);
    QCOMPARE(model->sectionOf(NodeFiguresModel::UnitCost), -1);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowAt(0)->figures.costHidden);
    QCOMPARE(model->rowAt(0)->figures.cost().amount(), 0);
    QTemporaryDir dir;
    QVERIFY(window.exportView(ManagerWindow::ExportFormat::Csv, dir.filePath(QStringLiteral("f.csv"))));
    QFile file(dir.filePath(QStringLiteral("f.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.contains(QStringLiteral("cost"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("¥")));
}

void TestManagerWindow::scannedBadgeOpensPerson()
{
    // A worker of S1 with figures, and their badge.
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT w.code, w.badge_id FROM workers w JOIN worker_daily d ON d.worker = w.code "
                                  "WHERE d.site = 'S1' AND w.badge_id IS NOT NULL LIMIT 1")));
    QVERIFY(q.next());
    const QString code = q.value(0).toString();
    const QString badge = q.value(1).toString();
    ManagerWindow window(admin(), QStringLiteral("en"), m_clock);
    QSignalSpy shown(&window, &ManagerWindow::figuresShown);
    QVERIFY(shown.wait(10000));
    auto *person = qobject_cast<PersonView *>(window.view(QStringLiteral("person")));
    QVERIFY(person);
    window.scanned(drivers::ScannedCode{QString(), badge, badge});
    QCOMPARE(window.currentView()->viewName(), QStringLiteral("person"));
    QTRY_COMPARE_WITH_TIMEOUT(person->worker(), code, 10000);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(code));
    // A worker code in lower case too; an unknown code stays a message and changes nothing.
    window.showView(QStringLiteral("figures"));
    window.scanned(drivers::ScannedCode{QString(), code.toLower(), code.toLower()});
    QCOMPARE(window.currentView()->viewName(), QStringLiteral("person"));
    window.scanned(drivers::ScannedCode{QString(), QStringLiteral("W99999"), QStringLiteral("W99999")});
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("W99999")));
    QCOMPARE(person->worker(), code);
}

QTEST_MAIN(TestManagerWindow)
#include "tst_managerwindow.moc"
