// MeasurePointModel: the measure screen's list of points. Rows per spec point, names in the
// language, values and statuses as readings come, and only the rows that moved change.
#include "MeasurePointModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {

std::vector<SpecPoint> points()
{
    return {{QStringLiteral("BL"), 7200, 50, 50},
            {QStringLiteral("CW"), 5400, 10, 15},
            {QStringLiteral("X9"), 1234, 5, 0}}; // a brand's own point: no catalogue name
}

QString role(const MeasurePointModel &model, int row, MeasurePointModel::Role r)
{
    return model.index(row).data(r).toString();
}

} // namespace

class TestMeasurePointModel : public QObject {
    Q_OBJECT

private slots:
    void modelTester();
    void rows();
    void valuesAndStatus();
    void onlyTheRowsThatMoveChange();
    void language();
};

void TestMeasurePointModel::modelTester()
{
    MeasurePointModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setPoints(points(), QStringLiteral("en"));
    model.setCurrentRow(0);
    model.setMeasured(0, judgePoint(points()[0], 7210), 1);
    model.setCurrentRow(1);
    model.setLanguage(QStringLiteral("ja"));
    model.setCurrentRow(-1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMeasurePointModel::rows()
{
    MeasurePointModel model;
    model.setPoints(points(), QStringLiteral("en"));
    const auto names = model.roleNames().values();
    for (const char *name :
         {"code", "name", "target", "tolerance", "value", "deviation", "status", "attempt"})
        QVERIFY2(names.contains(name), name);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(role(model, 0, MeasurePointModel::CodeRole), QStringLiteral("BL"));
    QCOMPARE(role(model, 0, MeasurePointModel::NameRole), QStringLiteral("Body length"));
    QCOMPARE(role(model, 0, MeasurePointModel::TargetRole), QStringLiteral("720.0 mm"));
    QCOMPARE(role(model, 0, MeasurePointModel::ToleranceRole), QStringLiteral("-5.0 / +5.0"));
    QCOMPARE(role(model, 1, MeasurePointModel::ToleranceRole), QStringLiteral("-1.0 / +1.5"));
    QCOMPARE(role(model, 2, MeasurePointModel::NameRole), QStringLiteral("X9"));
    QCOMPARE(role(model, 2, MeasurePointModel::ToleranceRole), QStringLiteral("-0.5 / +0.0"));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(role(model, row, MeasurePointModel::StatusRole), QStringLiteral("pending"));
        QVERIFY(role(model, row, MeasurePointModel::ValueRole).isEmpty());
        QCOMPARE(model.index(row).data(MeasurePointModel::AttemptRole).toInt(), 0);
    }
    QCOMPARE(model.currentRow(), -1);
}

void TestMeasurePointModel::valuesAndStatus()
{
    MeasurePointModel model;
    const auto p = points();
    model.setPoints(p, QStringLiteral("en"));
    model.setCurrentRow(0);
    QCOMPARE(model.status(0), QStringLiteral("current"));
    model.setMeasured(0, judgePoint(p[0], 7215), 1);
    model.setCurrentRow(1);
    QCOMPARE(model.status(0), QStringLiteral("pass"));
    QCOMPARE(model.value(0), QStringLiteral("721.5 mm"));
    QCOMPARE(model.deviation(0), QStringLiteral("+1.5 mm"));
    QCOMPARE(model.status(1), QStringLiteral("current"));
    model.setMeasured(1, judgePoint(p[1], 5380), 1);
    model.setCurrentRow(2);
    QCOMPARE(model.status(1), QStringLiteral("fail"));
    QCOMPARE(model.deviation(1), QStringLiteral("-2.0 mm"));
    QVERIFY(model.index(1).data(MeasurePointModel::MeasuredRole).toBool());
    // Measured again: current while it waits, its old value still shown; then the new attempt.
    model.setCurrentRow(1);
    QCOMPARE(model.status(1), QStringLiteral("current"));
    QCOMPARE(model.value(1), QStringLiteral("538.0 mm"));
    model.setMeasured(1, judgePoint(p[1], 5400), 2);
    model.setCurrentRow(-1);
    QCOMPARE(model.status(1), QStringLiteral("pass"));
    QCOMPARE(model.deviation(1), QStringLiteral("0.0 mm"));
    QCOMPARE(model.index(1).data(MeasurePointModel::AttemptRole).toInt(), 2);
    // Out of range rows are nothing.
    QVERIFY(model.code(7).isEmpty());
    model.setMeasured(7, judgePoint(p[1], 5400), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestMeasurePointModel::onlyTheRowsThatMoveChange()
{
    MeasurePointModel model;
    const auto p = points();
    model.setPoints(p, QStringLiteral("en"));
    model.setCurrentRow(0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMeasured(0, judgePoint(p[0], 7200), 1);
    model.setCurrentRow(1);
    QCOMPARE(reset.size(), 0);
    // The value on row 0, then row 0 no longer current and row 1 current.
    QCOMPARE(changed.size(), 3);
    QStringList rows;
    for (const auto &args : changed) {
        const auto from = args.at(0).toModelIndex();
        const auto to = args.at(1).toModelIndex();
        QCOMPARE(from.row(), to.row());
        rows << QString::number(from.row());
    }
    QCOMPARE(rows, (QStringList{"0", "0", "1"}));
    changed.clear();
    model.setCurrentRow(1); // no move: nothing
    QCOMPARE(changed.size(), 0);
}

void TestMeasurePointModel::language()
{
    MeasurePointModel model;
    model.setPoints(points(), QStringLiteral("ja"));
    QCOMPARE(model.name(0), QStringLiteral("着丈"));
    QCOMPARE(model.name(1), QStringLiteral("身幅"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(model.name(1), QStringLiteral("Chest width"));
    QCOMPARE(model.name(2), QStringLiteral("X9"));
}

QTEST_GUILESS_MAIN(TestMeasurePointModel)
#include "tst_measurepointmodel.moc"
