// PersonActivityModel (and PersonMonthModel, fed by its helpers): the person page's tables.
#include "PersonActivityModel.h"
#include "PersonMonthModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

using namespace wh;

namespace {
reports::PersonActivity activity(const char *code, const char *ja, const char *en,
                                 std::optional<double> standard, std::vector<reports::PersonDay> days)
{
    reports::PersonActivity a;
    a.activity = QString::fromLatin1(code);
    a.nameJa = QString::fromUtf8(ja);
    a.nameEn = QString::fromUtf8(en);
    a.standardUnitsPerHour = standard;
    std::map<QDate, reports::PersonMonth> months;
    for (const reports::PersonDay &d : days) {
        a.units += d.units;
        a.seconds += d.seconds;
        const QDate m(d.day.year(), d.day.month(), 1);
        months[m].month = m;
        months[m].units += d.units;
        months[m].seconds += d.seconds;
    }
    for (auto &[m, month] : months)
        a.months.push_back(month);
    a.days = std::move(days);
    return a;
}

// Picking (standard 100/h) over two months, packing (no standard) on one day, a meeting (hours only).
reports::PersonPage sample()
{
    reports::PersonPage page;
    page.worker = QStringLiteral("W00042");
    page.name = QStringLiteral("山田 太郎");
    page.from = QDate(2026, 7, 1);
    page.to = QDate(2026, 8, 31);
    page.activities = {
        activity("PICK", "ピッキング", "Picking", 100.0,
                 {{QDate(2026, 7, 30), 800, 8 * 3600}, {QDate(2026, 8, 3), 450, 5 * 3600}}),
        activity("PACK", "梱包", "Packing", std::nullopt, {{QDate(2026, 8, 3), 120, 2 * 3600}}),
        activity("MEET", "朝礼", "", std::nullopt, {{QDate(2026, 7, 30), 0, 1800}}),
    };
    for (const auto &a : page.activities) {
        page.units += a.units;
        page.seconds += a.seconds;
    }
    return page;
}

QStringList row(const QAbstractItemModel &model, int r)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(r, c).data().toString();
    return cells;
}
} // namespace

class TestPersonActivityModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void modelTesters();
    void rows();
    void namesFollowTheLanguage();
    void daysAndMonths();
    void noCostAnywhere();
};

void TestPersonActivityModel::modelTesters()
{
    PersonActivityModel activities(QStringLiteral("en"));
    QAbstractItemModelTester a(&activities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PersonMonthModel months;
    QAbstractItemModelTester m(&months, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(activities.rowCount(), 0); // no total row without activities
    activities.setPage(sample());
    QCOMPARE(activities.rowCount(), 4);
    activities.setLanguage(QStringLiteral("ja"));
    months.setMonths(PersonActivityModel::monthsOf(activities.page()));
    QCOMPARE(months.rowCount(), 2);
    months.clear();
    activities.clear();
    QCOMPARE(activities.rowCount(), 0);
}

void TestPersonActivityModel::rows()
{
    PersonActivityModel model(QStringLiteral("en"));
    model.setPage(sample());
    QCOMPARE(row(model, 0), (QStringList{"Picking", "PICK", "1,250", "13.0", "96.2", "100.0", "96 %"}));
    QCOMPARE(row(model, 1), (QStringList{"Packing", "PACK", "120", "2.0", "60.0", "–", "–"}));
    QCOMPARE(row(model, 2), (QStringList{"朝礼", "MEET", "0", "0.5", "–", "–", "–"})); // no English name
    // The total: performance over the activities with a standard only.
    QCOMPARE(row(model, 3), (QStringList{"All activities", "", "1,370", "15.5", "88.4", "", "96 %"}));
    QVERIFY(model.isTotalRow(3));
    QVERIFY(model.index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.activityAt(1), QStringLiteral("PACK"));
    QCOMPARE(model.activityAt(3), QString());
    QCOMPARE(model.rowOf(QStringLiteral("MEET")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("NOPE")), -1);
    QVERIFY(PersonActivityModel::mixedUnits(model.page()));
    QCOMPARE(model.formattedRows().size(), size_t(4));
    QCOMPARE(model.formattedRows()[0], row(model, 0));
}

void TestPersonActivityModel::namesFollowTheLanguage()
{
    PersonActivityModel model(QStringLiteral("ja"));
    model.setPage(sample());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("ピッキング"));
    model.setLanguage(QStringLiteral("en"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Picking"));
}

void TestPersonActivityModel::daysAndMonths()
{
    const reports::PersonPage page = sample();
    const auto days = PersonActivityModel::daysOf(page);
    QCOMPARE(days.size(), size_t(2));
    QCOMPARE(days[0].day, QDate(2026, 7, 30));
    QCOMPARE(days[0].units, 800);
    QCOMPARE(days[0].seconds, 8 * 3600 + 1800);
    QCOMPARE(days[1].units, 570);
    QCOMPARE(PersonActivityModel::daysOf(page, QStringLiteral("PACK")).size(), size_t(1));
    const auto months = PersonActivityModel::monthsOf(page);
    QCOMPARE(months.size(), size_t(2));
    QCOMPARE(months[1].units, 570);
    QCOMPARE(months[1].seconds, 7 * 3600);
    PersonMonthModel model;
    model.setMonths(months);
    // The month's average: its units over its hours.
    QCOMPARE(row(model, 0), (QStringList{"2026-07", "800", "8.5", "94.1"}));
    QCOMPARE(row(model, 1), (QStringList{"2026-08", "570", "7.0", "81.4"}));
    QVERIFY(PersonActivityModel::monthsOf(page, QStringLiteral("NOPE")).empty());
}

void TestPersonActivityModel::noCostAnywhere()
{
    PersonActivityModel activities(QStringLiteral("en"));
    PersonMonthModel months;
    QStringList headers = activities.headers();
    for (int c = 0; c < months.columnCount(); ++c)
        headers << months.headerData(c, Qt::Horizontal).toString();
    for (const QString &h : headers)
        for (const char *word : {"cost", "yen", "wage", "pay"})
            QVERIFY2(!h.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(h));
}

QTEST_MAIN(TestPersonActivityModel)
#include "tst_personactivitymodel.moc"
