// CorrectionsView over a demo store, driven as a floor leader would: correct a punch through the
// dialog and see the day's figure change once the background re-totalling is done; a refused
// correction shows its reason and writes nothing; a leader cannot correct at another site; the
// history of a punch shows who, why, before and after; the attendance import reports a broken row
// and saves the refused rows as CSV. WH_SHOTS_DIR=folder writes the page and its dialogs at
// 1280x800 in Japanese and English.
#include "AppFont.h"
#include "AttendanceImportDialog.h"
#include "AuditTrailDialog.h"
#include "CorrectionDialog.h"
#include "CorrectionsView.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "ProgramSetup.h"
#include "TestSupport.h"
#include "WidgetStartup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace wh;

namespace {
const QDate kDay1(2026, 11, 2);
const QDate kDay2(2026, 11, 3);

struct Punch {
    QUuid id;
    QString worker;
    QString activity;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

Punch punchFrom(const QSqlQuery &q)
{
    return {QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong()};
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Tokyo")).toString(QStringLiteral("HH:mm"));
}
} // namespace

class TestCorrectionsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void correctAPunchAndSeeTheFigureChange();
    void refusedCorrectionShowsTheReasonAndWritesNothing();
    void leaderCannotCorrectAtAnotherSite();
    void addAndRemoveAPunch();
    void cancelledTotallingKeepsTheCorrection();
    void importReportsABrokenRow();
    void screenshots();

private:
    [[nodiscard]] reports::ViewerQueries leader(const QString &site = QStringLiteral("S1")) const
    {
        return reports::ViewerQueries(
            *m_store, reports::Viewer{QStringLiteral("leader.yamada"), reports::Role::Leader, {site}});
    }
    // The view on `site` and `day`, showing `worker`'s punches (read and on screen).
    bool showWorker(CorrectionsView &view, const QString &site, const QDate &day, const QString &worker,
                    const QString &language = QStringLiteral("en"));
    [[nodiscard]] qint64 directSeconds(const QDate &day, const QString &activity);
    static QPushButton *okOf(QDialog *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("correctionOk"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    // A week after the demo's two business days: every punch is closed.
    ManualClock m_clock{
        QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch()};
};

void TestCorrectionsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    auto store = db::Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    m_store = std::move(*store);
    demo::DemoOptions options;
    options.days = 2;
    options.workers = 60;
    options.punchesPerDay = 1200;
    options.start = kDay1;
    QVERIFY(demo::generateDemo(*m_store, options, m_clock));
}

void TestCorrectionsView::cleanupTestCase()
{
    m_store.reset();
}

bool TestCorrectionsView::showWorker(CorrectionsView &view, const QString &site, const QDate &day,
                                     const QString &worker, const QString &language)
{
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{site}, day, day, language});
    view.setWorkerFilter(worker);
    // The newest request's answer is the one shown: wait until it is on screen.
    for (int i = 0; i < 3; ++i) {
        if (ready.count() == 0 && !ready.wait(20000))
            return false;
        ready.clear();
        const PunchListModel *model = view.punchModel();
        bool all = true;
        for (int row = 0; row < model->rowCount(); ++row)
            all = all && (worker.isEmpty() || model->intervalAt(row).worker == worker);
        if (all && view.summaryText().contains(worker))
            return true;
    }
    return false;
}

qint64 TestCorrectionsView::directSeconds(const QDate &day, const QString &activity)
{
    reports::FigureQuery query;
    query.sites = {QStringLiteral("S1")};
    query.from = query.to = day;
    query.level = reports::Level::Activity;
    auto rows = reports::figuresByLevel(*m_store, query);
    if (!rows)
        return -1;
    for (const reports::FigureRow &row : *rows)
        if (row.code == activity)
            return row.figures.directSeconds;
    return 0;
}

void TestCorrectionsView::correctAPunchAndSeeTheFigureChange()
{
    // A closed punch on a direct activity; it moves to packing.
    const QString packing = QStringLiteral("PAC-SGL-PACK");
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.start_event_id, p.worker, p.activity, p.start_ms, p.end_ms FROM punch_intervals p "
        "JOIN activities a ON a.code = p.activity WHERE p.site = 'S1' AND p.business_day = '2026-11-02' AND "
        "p.status = 'closed' AND a.kind = 'direct' AND p.activity <> 'PAC-SGL-PACK' AND p.end_ms - "
        "p.start_ms > 600000 "
        "ORDER BY p.worker, p.start_ms LIMIT 1")));
    QVERIFY(q.next());
    const Punch punch = punchFrom(q);
    q.finish(); // a statement left open would keep this connection on the old snapshot
    const qint64 seconds = (punch.endMs - punch.startMs) / 1000;
    const qint64 fromBefore = directSeconds(kDay1, punch.activity);
    const qint64 toBefore = directSeconds(kDay1, packing);
    QVERIFY(fromBefore >= seconds);

    CorrectionsView view(leader(), QStringLiteral("en"), m_clock);
    QAbstractItemModelTester tester(view.punchModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sortedTester(view.punchTable()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(showWorker(view, QStringLiteral("S1"), kDay1, punch.worker));
    QVERIFY(view.punchModel()->rowCount() >= 1);
    QVERIFY(view.selectPunch(punch.id));

    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    QSignalSpy progress(&view, &ManagerView::progress);
    CorrectionDialog *dialog = view.openChange();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!okOf(dialog)->isEnabled()); // nothing changed, no reason yet
    const int index = dialog->activityBox()->findData(packing);
    QVERIFY(index >= 0);
    dialog->activityBox()->setCurrentIndex(index);
    QVERIFY(!okOf(dialog)->isEnabled()); // still no reason
    QTest::keyClicks(dialog->reasonEdit(),
                     QStringLiteral("was packing all along; punched the wrong activity"));
    QVERIFY(okOf(dialog)->isEnabled());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);

    QVERIFY(changed.wait(30000));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(progress.count() >= 1);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong()); // finished
    QVERIFY(last.at(2).toLongLong() >= 1);
    // The day's figures, totalled again: the punch's seconds moved from one activity to the other.
    QCOMPARE(directSeconds(kDay1, punch.activity), fromBefore - seconds);
    QCOMPARE(directSeconds(kDay1, packing), toBefore + seconds);
    // The list shows it corrected and keeps it selected.
    QTRY_VERIFY(view.selectedPunch().has_value());
    QCOMPARE(view.selectedPunch()->interval, punch.id);
    QCOMPARE(view.selectedPunch()->activity, packing);
    const int row = view.punchModel()->rowOf(punch.id);
    QCOMPARE(view.punchModel()->index(row, PunchListModel::Corrected).data().toString(),
             QStringLiteral("✎ corrected"));
    auto *message = view.findChild<QLabel *>(QStringLiteral("correctionsMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("totalled again")), qPrintable(message->text()));

    // Its history: who, why, before and after.
    AuditTrailDialog *history = view.openHistory();
    QVERIFY(history);
    QAbstractItemModelTester historyTester(history->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 10000);
    auto cell = [history](int column) { return history->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(AuditTrailModel::By), QStringLiteral("leader.yamada"));
    QCOMPARE(cell(AuditTrailModel::Reason),
             QStringLiteral("was packing all along; punched the wrong activity"));
    QCOMPARE(cell(AuditTrailModel::Action), QStringLiteral("Changed"));
    const QString span = QStringLiteral("%1 – %2").arg(localTime(punch.startMs), localTime(punch.endMs));
    QVERIFY2(cell(AuditTrailModel::Before).endsWith(span), qPrintable(cell(AuditTrailModel::Before)));
    // PAC-SGL-PACK's English name, the same times.
    QCOMPARE(cell(AuditTrailModel::After), QStringLiteral("Single-item packing, 11/2 %1").arg(span));
    QVERIFY(!cell(AuditTrailModel::Before).startsWith(QLatin1String("Single-item packing")));
    history->close();
}

void TestCorrectionsView::refusedCorrectionShowsTheReasonAndWritesNothing()
{
    // Two punches of one worker back to back: stretching the first over the second overlaps.
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.start_event_id, a.worker, a.activity, a.start_ms, a.end_ms, b.end_ms, b.activity "
        "FROM punch_intervals a JOIN punch_intervals b ON b.worker = a.worker AND b.start_ms = a.end_ms "
        "WHERE a.site = 'S1' AND a.business_day = '2026-11-03' AND a.status = 'closed' AND b.status = "
        "'closed' "
        "AND b.end_ms - b.start_ms > 300000 ORDER BY a.worker LIMIT 1")));
    QVERIFY(q.next());
    const Punch first = punchFrom(q);
    const qint64 secondEnd = q.value(5).toLongLong();
    q.finish();
    const QByteArray before = test::contentDigest(*m_store);

    CorrectionsView view(leader(), QStringLiteral("en"), m_clock);
    QVERIFY(showWorker(view, QStringLiteral("S1"), kDay2, first.worker));
    QVERIFY(view.selectPunch(first.id));
    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    CorrectionDialog *dialog = view.openChange();
    QVERIFY(dialog);
    dialog->setEnd(secondEnd);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("stayed longer"));
    QVERIFY(okOf(dialog)->isEnabled());
    okOf(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->refusalLabel()->isVisible(), 20000);
    const QString text = dialog->refusalLabel()->text();
    QVERIFY2(text.startsWith(QLatin1String("The new times overlap the worker's other punch")),
             qPrintable(text));
    QVERIFY2(text.contains(localTime(secondEnd)), qPrintable(text));
    QVERIFY(dialog->isVisible()); // stays open to fix the times
    QVERIFY(okOf(dialog)->isEnabled());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(test::contentDigest(*m_store), before);

    // Without a reason the dialog does not send anything: it says what is missing.
    dialog->reasonEdit()->clear();
    QVERIFY(!okOf(dialog)->isEnabled());
    auto *hint = dialog->findChildren<QLabel *>(QStringLiteral("correctionHint")).first();
    QVERIFY(hint);
    QVERIFY(dialog->problem().contains(QLatin1String("reason")));
    dialog->reject();
    QCOMPARE(test::contentDigest(*m_store), before);
}

void TestCorrectionsView::leaderCannotCorrectAtAnotherSite()
{
    const QByteArray before = test::contentDigest(*m_store);
    {
        // A view that never saw a site of its own is not even told what S2 offers.
        CorrectionsView fresh(leader(QStringLiteral("S1")), QStringLiteral("en"), m_clock);
        QSignalSpy ready(&fresh, &ManagerView::ready);
        fresh.setContext({{QStringLiteral("S2")}, kDay1, kDay1, QStringLiteral("en")});
        QVERIFY(ready.wait(20000));
        QCOMPARE(fresh.punchModel()->rowCount(), 0);
        CorrectionDialog *dialog = fresh.openAdd();
        QVERIFY(dialog);
        QCOMPARE(dialog->activityBox()->count(), 0);
        dialog->reject();
    }
    // A view that showed S1 first still holds S1's activities when S2 arrives.
    CorrectionsView view(leader(QStringLiteral("S1")), QStringLiteral("en"), m_clock);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, kDay1, kDay1, QStringLiteral("en")});
    QVERIFY(ready.wait(20000));
    view.setContext({{QStringLiteral("S2")}, kDay1, kDay1, QStringLiteral("en")});
    QVERIFY(ready.wait(20000));
    QCOMPARE(view.punchModel()->rowCount(), 0);
    auto *message = view.findChild<QLabel *>(QStringLiteral("correctionsMessage"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().contains(QLatin1String("may not")), qPrintable(message->text()));

    // Adding a punch there is refused by the query layer, in plain words, and writes nothing.
    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    CorrectionDialog *dialog = view.openAdd();
    QVERIFY(dialog);
    dialog->workerEdit()->setText(QStringLiteral("W00001"));
    QVERIFY(dialog->activityBox()->count() > 0);
    dialog->activityBox()->setCurrentIndex(0);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("helped at Ibaraki"));
    QVERIFY2(okOf(dialog)->isEnabled(), qPrintable(dialog->problem()));
    okOf(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->refusalLabel()->isVisible(), 20000);
    QCOMPARE(dialog->refusalLabel()->text(),
             QStringLiteral("Your account may not correct punches at site S2."));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(test::contentDigest(*m_store), before);
    dialog->reject();
}

void TestCorrectionsView::addAndRemoveAPunch()
{
    // A worker of S1 who did not work on the second day gets a punch added, then removed.
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT code FROM workers WHERE code NOT IN (SELECT worker FROM punch_intervals "
                       "WHERE business_day >= '2026-11-02') ORDER BY code LIMIT 1")));
    QVERIFY(q.next());
    const QString worker = q.value(0).toString();
    q.finish();
    CorrectionsView view(leader(), QStringLiteral("en"), m_clock);
    QVERIFY(showWorker(view, QStringLiteral("S1"), kDay2, worker));
    QCOMPARE(view.punchModel()->rowCount(), 0);
    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    CorrectionDialog *add = view.openAdd();
    QVERIFY(add);
    QCOMPARE(add->workerEdit()->text(), worker); // the filter's worker
    add->activityBox()->setCurrentIndex(add->activityBox()->findData(QStringLiteral("PIC-SGL-PICK")));
    add->setStart(QDateTime(kDay2, QTime(13, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch());
    add->setEnd(QDateTime(kDay2, QTime(14, 30), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch());
    QTest::keyClicks(add->reasonEdit(), QStringLiteral("picked without a badge"));
    okOf(add)->click();
    QVERIFY(changed.wait(30000));
    QTRY_COMPARE(view.punchModel()->rowCount(), 1);
    const reports::CellInterval added = view.punchModel()->intervalAt(0);
    QCOMPARE(added.activity, QStringLiteral("PIC-SGL-PICK"));
    QCOMPARE(localTime(added.startMs), QStringLiteral("13:00"));
    QVERIFY(added.corrected);
    QVERIFY(view.selectedPunch() && view.selectedPunch()->interval == added.interval);

    CorrectionDialog *remove = view.openRemove();
    QVERIFY(remove);
    QVERIFY(!okOf(remove)->isEnabled());
    QTest::keyClicks(remove->reasonEdit(), QStringLiteral("added to the wrong worker"));
    okOf(remove)->click();
    QVERIFY(changed.wait(30000));
    QTRY_COMPARE(view.punchModel()->rowCount(), 0);
    // The removed punch's history is still there: added, then removed.
    auto trail = leader().auditTrail(added.interval);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), size_t(2));
}

void TestCorrectionsView::cancelledTotallingKeepsTheCorrection()
{
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT p.start_event_id, p.worker, p.activity, p.start_ms, p.end_ms FROM punch_intervals p "
        "JOIN activities a ON a.code = p.activity WHERE p.site = 'S1' AND p.business_day = '2026-11-03' AND "
        "p.status = 'closed' AND a.kind = 'direct' AND p.end_ms - p.start_ms > 600000 AND p.corrected_by IS "
        "NULL "
        "ORDER BY p.worker DESC, p.start_ms LIMIT 1")));
    QVERIFY(q.next());
    const Punch punch = punchFrom(q);
    q.finish();
    const qint64 before = directSeconds(kDay2, punch.activity);

    CorrectionsView view(leader(), QStringLiteral("en"), m_clock);
    QVERIFY(showWorker(view, QStringLiteral("S1"), kDay2, punch.worker));
    QVERIFY(view.selectPunch(punch.id));
    CorrectionDialog *dialog = view.openChange();
    QVERIFY(dialog);
    dialog->setEnd(punch.endMs - 5 * 60000);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("left early"));
    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    QSignalSpy progress(&view, &ManagerView::progress);
    // The store is busy with another writer while the correction waits for it; Cancel (the
    // window's progress bar) comes in meanwhile.
    QSqlQuery lock(m_store->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    okOf(dialog)->click();
    QVERIFY(view.writing());
    view.cancel();
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(changed.wait(30000));
    // The correction is recorded; the totalling was stopped: the figures are as before, the day
    // stays marked, and the next totalling (here: wh aggregate --dirty's) catches up.
    auto *message = view.findChild<QLabel *>(QStringLiteral("correctionsMessage"));
    QVERIFY2(message->text().contains(QLatin1String("cancelled")), qPrintable(message->text()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), progress.last().at(2).toLongLong());
    QVERIFY(view.selectedPunch() && view.selectedPunch()->corrected);
    QCOMPARE(directSeconds(kDay2, punch.activity), before);
    QVERIFY(test::rowCount(*m_store, QStringLiteral("summary_dirty")) > 0);
    QVERIFY(reports::SummaryBuilder(*m_store).rebuildDirty().ok());
    const qint64 newEnd = punch.endMs - punch.endMs % 60000 - 5 * 60000; // the dialog's minutes
    QCOMPARE(directSeconds(kDay2, punch.activity),
             before - (punch.endMs - punch.startMs) / 1000 + (newEnd - punch.startMs) / 1000);
}

void TestCorrectionsView::importReportsABrokenRow()
{
    // A worker whose day 1 lies at S1 only: the official times trim 5 minutes off each end.
    QSqlQuery q(m_store->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT p.worker, MIN(p.start_ms), MAX(p.end_ms) FROM punch_intervals p JOIN workers "
                       "w ON w.code = p.worker "
                       "WHERE p.business_day = '2026-11-02' AND w.home_site = 'S1' GROUP BY p.worker "
                       "HAVING SUM(p.site <> 'S1') = 0 AND SUM(p.corrected_by IS NOT NULL) = 0 AND "
                       "SUM(p.status <> 'closed') = 0 "
                       "AND MAX(p.end_ms) - MIN(p.start_ms) > 3600000 ORDER BY p.worker DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString worker = q.value(0).toString();
    const qint64 in = q.value(1).toLongLong() + 5 * 60000;
    const qint64 out = q.value(2).toLongLong() - 5 * 60000;
    q.finish();
    auto hhmm = [](qint64 ms) {
        // Minutes only, as payroll writes them (a punch's seconds are dropped: in stays inside).
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Tokyo")).toString(QStringLiteral("H:mm"));
    };
    const QString path = m_dir.filePath(QStringLiteral("勤怠 2026-11.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QStringLiteral("社員番号,勤務日,出勤,退勤\r\n%1,2026/11/2,%2,%3\r\nW00002,2026/11/2,25:99,18:00\r\n"
                       "W99999,2026/11/2,9:00,18:00\r\n")
            .arg(worker, hhmm(in + 60000), hhmm(out))
            .toUtf8());
    file.close();

    CorrectionsView view(leader(), QStringLiteral("en"), m_clock);
    QSignalSpy ready(&view, &ManagerView::ready);
    view.setContext({{QStringLiteral("S1")}, kDay1, kDay1, QStringLiteral("en")});
    QVERIFY(ready.wait(20000));
    QSignalSpy changed(&view, &CorrectionsView::storeChanged);
    AttendanceImportDialog *dialog = view.openImport();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->errorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->setPath(path);
    QVERIFY(dialog->importButton()->isEnabled());
    dialog->importButton()->click();
    QVERIFY(dialog->running());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->running(), 30000);
    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(QLatin1String("rows read: 3.")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Worker-days corrected: 1;")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("totalled again")), qPrintable(summary));
    QVERIFY(changed.count() == 1);

    // The broken row and the unknown worker, each with its line, reason and raw text.
    const ImportErrorModel *errors = dialog->errorModel();
    QCOMPARE(errors->rowCount(), 2);
    QCOMPARE(errors->errors()[0].line, 3);
    QCOMPARE(errors->errors()[0].raw, QStringLiteral("W00002,2026/11/2,25:99,18:00"));
    QVERIFY(!errors->errors()[0].message.isEmpty());
    QCOMPARE(errors->errors()[1].line, 4);
    QVERIFY(dialog->exportButton()->isVisible());
    const QString csv = m_dir.filePath(QStringLiteral("not-applied.csv"));
    QVERIFY(dialog->exportErrors(csv).ok());
    QFile saved(csv);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a byte order mark, for spreadsheet programs
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QLatin1String("\"W00002,2026/11/2,25:99,18:00\"")));
    QVERIFY(text.contains(QLatin1String("\r\n4,")));

    // The official clock-out is now the worker's last end.
    QSqlQuery check(m_store->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT MAX(end_ms) FROM punch_intervals WHERE worker = '%1' AND "
                                      "business_day = '2026-11-02'")
                           .arg(worker)));
    QVERIFY(check.next());
    QCOMPARE(hhmm(check.value(0).toLongLong()), hhmm(out));
    dialog->close();
}

void TestCorrectionsView::screenshots()
{
    const QString dir = qEnvironmentVariable("WH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set WH_SHOTS_DIR=folder to write the corrections page and its dialogs (ja and en, 1280x800)");
    QVERIFY(QDir().mkpath(dir));
    AppFont::apply();
    WidgetStartup::applyLook();
    QSqlQuery q(m_store->connection());
    // A punch followed by another (stretching it is refused: an overlap).
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.start_event_id, a.worker, a.activity, a.start_ms, a.end_ms FROM punch_intervals a "
        "JOIN punch_intervals b ON b.worker = a.worker AND b.start_ms = a.end_ms WHERE a.site = 'S1' AND "
        "a.business_day = '2026-11-03' AND a.status = 'closed' AND b.status = 'closed' AND "
        "b.end_ms - b.start_ms < 2700000 ORDER BY a.worker DESC, a.start_ms LIMIT 1 OFFSET 2")));
    QVERIFY(q.next());
    const Punch punch = punchFrom(q);
    q.finish();
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
        frame.setStyleSheet(
            QStringLiteral("QLabel#subtitle { font-size: 15px; color: #3b4a5c; }"
                           "QTableView { background: white; border: 1px solid #d9e0e8; border-radius: 6px; "
                           "gridline-color: #edf1f5; }"
                           "QTableView::item { border: none; padding-left: 12px; padding-right: 12px; }"
                           "QHeaderView::section { background: #eef2f6; color: #3b4a5c; border: none;"
                           " border-bottom: 1px solid #d9e0e8; padding: 6px 12px; font-weight: 600; }"));
        auto *layout = new QVBoxLayout(&frame);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *view = new CorrectionsView(leader(), language, m_clock, {}, &frame);
        layout->addWidget(view);
        frame.resize(1280, 800);
        frame.show();
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        QVERIFY(showWorker(*view, QStringLiteral("S1"), kDay1, QString(), language));
        auto grab = [&dir, &language](QWidget *w, const char *name) {
            QTest::qWait(150);
            QVERIFY(w->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QLatin1String(name), language)));
        };
        grab(&frame, "corrections-site");
        QVERIFY(showWorker(*view, QStringLiteral("S1"), kDay2, punch.worker, language));
        QVERIFY(view->selectPunch(punch.id));
        const qint64 end = *view->selectedPunch()->endMs; // as corrected in the language before

        CorrectionDialog *change = view->openChange();
        QVERIFY(change);
        change->setEnd(punch.endMs + 45 * 60000);
        change->reasonEdit()->setText(language == QLatin1String("ja")
                                          ? QStringLiteral("切替の打刻忘れ（本人確認済み）")
                                          : QStringLiteral("forgot to switch; confirmed with the worker"));
        grab(change, "correction-dialog");
        okOf(change)->click();
        QTRY_VERIFY_WITH_TIMEOUT(change->refusalLabel()->isVisible(), 20000);
        grab(change, "correction-refused");
        // Fixed: five minutes earlier instead; the page after the correction.
        QSignalSpy changed(view, &CorrectionsView::storeChanged);
        change->setEnd(end - 5 * 60000);
        QVERIFY2(okOf(change)->isEnabled(), qPrintable(change->problem()));
        okOf(change)->click();
        QVERIFY2(changed.wait(30000), qPrintable(change->refusalLabel()->text()));
        grab(&frame, "corrections-worker");

        AuditTrailDialog *history = view->openHistory();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(!history->stateText().contains(QLatin1String("…")), 10000);
        grab(history, "correction-history");
        history->close();

        const QString path = m_dir.filePath(QStringLiteral("attendance-%1.csv").arg(language));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("worker,date,in,out\r\nW00002,2026-11-02,25:99,18:00\r\nW99999,2026-11-02,9:00,18:00\r\n"
                   "W00003,2026-11-31,9:00,18:00\r\nW00004,2026-11-02,9:00\r\n");
        file.close();
        AttendanceImportDialog *import = view->openImport();
        QVERIFY(import);
        import->setPath(path);
        import->importButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!import->running(), 30000);
        grab(import, "attendance-import");
        import->close();
    }
}

QTEST_MAIN(TestCorrectionsView)
#include "tst_correctionsview.moc"
