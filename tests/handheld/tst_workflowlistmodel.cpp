// WorkflowListModel: the handheld's workflow tiles. None is built yet, so every tile must say so.
#include "WorkflowListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace wh;

class TestWorkflowListModel : public QObject {
    Q_OBJECT

private slots:
    void modelTester();
    void tiles();
};

void TestWorkflowListModel::modelTester()
{
    WorkflowListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
}

void TestWorkflowListModel::tiles()
{
    WorkflowListModel model;
    const auto roles = model.roleNames();
    for (const char *name : {"key", "title", "description", "available", "note"})
        QVERIFY2(roles.values().contains(name), name);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        keys << index.data(WorkflowListModel::KeyRole).toString();
        QVERIFY(!index.data(WorkflowListModel::TitleRole).toString().isEmpty());
        QVERIFY(!index.data(WorkflowListModel::DescriptionRole).toString().isEmpty());
        // Measure and switch are built; the others are disabled with a note, never a tile that
        // silently does nothing.
        const bool built = row < 2;
        QCOMPARE(index.data(WorkflowListModel::AvailableRole).toBool(), built);
        QCOMPARE(index.data(WorkflowListModel::NoteRole).toString().isEmpty(), built);
    }
    QCOMPARE(keys, (QStringList{"measure", "switch", "inspect", "progress"}));
}

QTEST_GUILESS_MAIN(TestWorkflowListModel)
#include "tst_workflowlistmodel.moc"
