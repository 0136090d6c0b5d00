// BlockFiguresModel: the manager's per-block table.
#include "BlockFiguresModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

using namespace wh;

namespace {
reports::PeriodOverview sample()
{
    reports::PeriodOverview o;
    o.siteCode = QStringLiteral("S1");
    o.businessDays = 2;
    o.workers = 12;
    o.workSeconds = 10 * 3600;
    o.units = 1500;
    o.blocks = {
        {QStringLiteral("PIC"), QStringLiteral("ピッキング"), QStringLiteral("Picking"), 10, 8 * 3600, 1500},
        {QStringLiteral("IND"), QStringLiteral("間接業務・休憩"), QStringLiteral("Indirect work & breaks"),
         12, 2 * 3600, 0},
        {QStringLiteral("RET"), QStringLiteral("返品"), QStringLiteral("Returns"), 0, 0, 0}};
    return o;
}
} // namespace

class TestBlockFiguresModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void modelTester();
    void rows_data();
    void rows();
    void totalRowIsBold();
};

void TestBlockFiguresModel::modelTester()
{
    BlockFiguresModel model(QStringLiteral("en"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setOverview(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBlockFiguresModel::rows_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("picking en") << "en" << 0 << QStringList{"Picking", "10", "8.0", "1,500", "187.5"};
    QTest::newRow("picking ja") << "ja" << 0 << QStringList{"ピッキング", "10", "8.0", "1,500", "187.5"};
    QTest::newRow("no units: dash") << "en" << 1
                                    << QStringList{"Indirect work & breaks", "12", "2.0", "0", "–"};
    QTest::newRow("empty block") << "ja" << 2 << QStringList{"返品", "0", "0.0", "0", "–"};
    QTest::newRow("total") << "en" << 3 << QStringList{"All blocks", "12", "10.0", "1,500", "150.0"};
}

void TestBlockFiguresModel::rows()
{
    QFETCH(QString, language);
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    BlockFiguresModel model(language);
    model.setOverview(sample());
    for (int column = 0; column < cells.size(); ++column)
        QCOMPARE(model.index(row, column).data().toString(), cells.at(column));
    QCOMPARE(model.index(row, BlockFiguresModel::Units).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestBlockFiguresModel::totalRowIsBold()
{
    BlockFiguresModel model(QStringLiteral("en"));
    model.setOverview(sample());
    QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
    QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
}

QTEST_GUILESS_MAIN(TestBlockFiguresModel)
#include "tst_blockfiguresmodel.moc"
