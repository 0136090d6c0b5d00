// The live board's models: rows replaced in place over refreshes (inserted, removed, moved,
// updated) under QAbstractItemModelTester, selections that survive, the long-open highlight and
// the filters (working, on a break, open too long).
#include "LiveBoardModels.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {
constexpr qint64 kHour = 3600 * 1000;
// 2026-11-09 12:00 in Tokyo.
const qint64 kNow = QDateTime(QDate(2026, 11, 9), QTime(12, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();

LiveWorkerRow worker(const char *code, const char *activity, ActivityKind kind, qint64 sinceMs)
{
    LiveWorkerRow r;
    r.worker.workerCode = QString::fromLatin1(code);
    r.worker.workerName = QStringLiteral("名前 ") + QString::fromLatin1(code);
    r.worker.activityCode = QString::fromLatin1(activity);
    r.worker.blockCode = QStringLiteral("PIC");
    r.worker.kind = kind;
    r.worker.sinceMs = sinceMs;
    r.worker.shiftStartMs = sinceMs - kHour;
    r.worker.deviceId = QStringLiteral("K1");
    r.activityName = QString::fromLatin1(activity).toLower();
    r.blockName = QStringLiteral("Picking");
    return r;
}

LiveActivityRow activity(const char *code, int workers, qint64 longestSinceMs,
                         ActivityKind kind = ActivityKind::Direct)
{
    LiveActivityRow r;
    r.activity.activityCode = QString::fromLatin1(code);
    r.activity.blockCode = QStringLiteral("PIC");
    r.activity.kind = kind;
    r.activity.workers = workers;
    r.activity.longestSinceMs = longestSinceMs;
    r.name = QString::fromLatin1(code).toLower();
    r.blockName = QStringLiteral("Picking");
    return r;
}

QStringList codes(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}
} // namespace

class TestLiveBoardModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void times_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("length");
        QTest::addRow("this morning") << kNow - 3 * kHour - 25 * 60000 << "08:35"
                                      << "3:25";
        QTest::addRow("just now") << kNow - 59000 << "11:59"
                                  << "0:00";
        QTest::addRow("last night (another calendar day)") << kNow - 14 * kHour << "11/8 22:00"
                                                           << "14:00";
        QTest::addRow("clock ahead of the read") << kNow + 60000 << "12:01"
                                                 << "0:00";
    }
    void times()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, since);
        QFETCH(QString, length);
        QCOMPARE(LiveTime::since(ms, kNow, QTimeZone("Asia/Tokyo")), since);
        QCOMPARE(LiveTime::length(kNow - ms), length);
    }

    void workersUpdateInPlace()
    {
        LiveWorkersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveWorkerFilter working(LiveWorkerFilter::Show::Working);
        working.setSourceModel(&model);
        working.sort(LiveWorkersModel::Duration, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(&working,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QTimeZone tokyo("Asia/Tokyo");

        model.setRows({worker("W1", "PICK", ActivityKind::Direct, kNow - kHour),
                       worker("W2", "PACK", ActivityKind::Direct, kNow - 2 * kHour),
                       worker("W3", "LUNCH", ActivityKind::Break, kNow - 600000)},
                      kNow, tokyo);
        QCOMPARE(codes(model), (QStringList{"W1", "W2", "W3"}));
        QCOMPARE(codes(working), (QStringList{"W2", "W1"})); // the break is not work; longest first
        QCOMPARE(model.index(0, LiveWorkersModel::Activity).data().toString(), QStringLiteral("pick"));
        QCOMPARE(model.index(0, LiveWorkersModel::Since).data().toString(), QStringLiteral("11:00"));
        QCOMPARE(model.index(1, LiveWorkersModel::Duration).data().toString(), QStringLiteral("2:00"));

        // A person selects W1; then W2 leaves, W4 arrives on top, W3 moves below W1, time passes.
        QItemSelectionModel selection(&working);
        const QModelIndex w1 = working.index(1, 0);
        QCOMPARE(w1.data().toString(), QStringLiteral("W1"));
        selection.select(w1, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex kept(model.index(0, 0));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRows({worker("W4", "CART", ActivityKind::Direct, kNow + 60000),
                       worker("W1", "PICK", ActivityKind::Direct, kNow - kHour),
                       worker("W3", "LUNCH", ActivityKind::Break, kNow - 600000)},
                      kNow + 5 * 60000, tokyo);
        QCOMPARE(codes(model), (QStringList{"W4", "W1", "W3"}));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("W1")); // the persistent index followed its row
        QCOMPARE(model.index(1, LiveWorkersModel::Duration).data().toString(), QStringLiteral("1:05"));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data().toString(), QStringLiteral("W1"));

        // The same workers in another order: moves, no removal or insertion.
        removed.clear();
        inserted.clear();
        model.setRows({worker("W3", "LUNCH", ActivityKind::Break, kNow - 600000),
                       worker("W1", "PICK", ActivityKind::Direct, kNow - kHour),
                       worker("W4", "CART", ActivityKind::Direct, kNow + 60000)},
                      kNow + 6 * 60000, tokyo);
        QCOMPARE(codes(model), (QStringList{"W3", "W1", "W4"}));
        QVERIFY(moved.count() >= 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(selection.selectedRows().first().data().toString(), QStringLiteral("W1"));

        // A worker switched activity: the same row, new values.
        model.setRows({worker("W3", "PICK", ActivityKind::Direct, kNow + 5 * 60000),
                       worker("W1", "PICK", ActivityKind::Direct, kNow - kHour),
                       worker("W4", "CART", ActivityKind::Direct, kNow + 60000)},
                      kNow + 7 * 60000, tokyo);
        QCOMPARE(model.rowOf(QStringLiteral("W3")), 0);
        QCOMPARE(model.index(0, LiveWorkersModel::Activity).data().toString(), QStringLiteral("pick"));
        QCOMPARE(working.rowCount(), 3); // back from the break: on a work activity again

        model.setRows({}, kNow + 8 * 60000, tokyo);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(working.rowCount(), 0);
        model.clear();
    }

    void longOpenIsHighlighted()
    {
        LiveWorkersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveWorkerFilter longOpen(LiveWorkerFilter::Show::LongOpen);
        longOpen.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&longOpen,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        LiveWorkerFilter breaks(LiveWorkerFilter::Show::OnBreak);
        breaks.setSourceModel(&model);

        model.setRows({worker("W1", "PICK", ActivityKind::Direct, kNow - 11 * kHour),
                       worker("W2", "PICK", ActivityKind::Direct, kNow - 10 * kHour + 60000),
                       worker("W3", "LUNCH", ActivityKind::Break, kNow - 10 * kHour)},
                      kNow, QTimeZone("Asia/Tokyo"));
        QVERIFY(model.isLongOpen(0));
        QVERIFY(!model.isLongOpen(1)); // 9:59
        QVERIFY(model.isLongOpen(2));  // exactly the threshold: a break left open counts too
        QCOMPARE(codes(longOpen), (QStringList{"W1", "W3"}));
        QCOMPARE(codes(breaks), (QStringList{"W3"}));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, LiveWorkersModel::Duration)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("forgotten")));
        QVERIFY(model.index(0, 0).data(LiveWorkersModel::LongOpenRole).toBool());

        // A lower threshold: W2 joins the list (the filter follows the model's dataChanged).
        model.setLongOpenMs(9 * kHour);
        longOpen.refilter();
        QCOMPARE(codes(longOpen), (QStringList{"W1", "W2", "W3"}));
        // Time passes on the next read: the punch that was under the threshold is over it.
        model.setLongOpenMs(10 * kHour);
        QCOMPARE(codes(longOpen), (QStringList{"W1", "W3"}));
        model.setRows({worker("W1", "PICK", ActivityKind::Direct, kNow - 11 * kHour),
                       worker("W2", "PICK", ActivityKind::Direct, kNow - 10 * kHour + 60000),
                       worker("W3", "LUNCH", ActivityKind::Break, kNow - 10 * kHour)},
                      kNow + 2 * 60000, QTimeZone("Asia/Tokyo"));
        QCOMPARE(codes(longOpen), (QStringList{"W1", "W2", "W3"}));
    }

    void headCount()
    {
        LiveHeadCountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({activity("PICK", 12, kNow - 3 * kHour), activity("PACK", 4, kNow - kHour),
                       activity("LUNCH", 3, kNow - 1800000, ActivityKind::Break)},
                      kNow);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LiveHeadCountModel::Workers).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(0, LiveHeadCountModel::Longest).data().toString(), QStringLiteral("3:00"));
        QCOMPARE(model.index(2, LiveHeadCountModel::Kind).data().toString(), QStringLiteral("Break"));
        QCOMPARE(model.index(0, LiveHeadCountModel::Workers).data(LiveHeadCountModel::ShareRole).toDouble(),
                 1.0);
        QCOMPARE(model.index(1, LiveHeadCountModel::Workers).data(LiveHeadCountModel::ShareRole).toDouble(),
                 4.0 / 12);
        QCOMPARE(model.index(1, LiveHeadCountModel::Activity).data(LiveHeadCountModel::ShareRole).toDouble(),
                 0.0);

        // Someone leaves PACK for PICK, PACK empties: PACK's row goes, the others stay.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setRows({activity("PICK", 13, kNow - 3 * kHour),
                       activity("LUNCH", 3, kNow - 1800000, ActivityKind::Break)},
                      kNow + 60000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(codes(model), (QStringList{"pick", "lunch"}));
        QCOMPARE(model.rowOf(QStringLiteral("PACK")), -1);
        QCOMPARE(model.index(0, LiveHeadCountModel::Workers).data().toString(), QStringLiteral("13"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveBoardModels)
#include "tst_liveboardmodels.moc"
