// PeriodPicker: the manager's period presets and from/to dates.
#include "PeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>

using namespace wh;
using Preset = PeriodPicker::Preset;

class TestPeriodPicker : public QObject {
    Q_OBJECT

private slots:
    void presetRange_data();
    void presetRange();
    void setRangeNamesPreset();
    void fromAfterToMovesTo();
};

void TestPeriodPicker::presetRange_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const QDate mid(2026, 11, 21);
    QTest::newRow("yesterday") << Preset::Yesterday << mid << QDate(2026, 11, 20) << QDate(2026, 11, 20);
    QTest::newRow("last 7 days") << Preset::Last7Days << mid << QDate(2026, 11, 14) << QDate(2026, 11, 20);
    QTest::newRow("this month") << Preset::ThisMonth << mid << QDate(2026, 11, 1) << mid;
    QTest::newRow("last month") << Preset::LastMonth << mid << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("last 30 days") << Preset::Last30Days << mid << QDate(2026, 10, 22) << QDate(2026, 11, 20);
    // Awkward days: the first of a month, New Year, a leap February.
    QTest::newRow("yesterday on the 1st")
        << Preset::Yesterday << QDate(2026, 12, 1) << QDate(2026, 11, 30) << QDate(2026, 11, 30);
    QTest::newRow("this month on the 1st")
        << Preset::ThisMonth << QDate(2026, 12, 1) << QDate(2026, 12, 1) << QDate(2026, 12, 1);
    QTest::newRow("last month in january")
        << Preset::LastMonth << QDate(2027, 1, 5) << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("last month after leap feb")
        << Preset::LastMonth << QDate(2028, 3, 10) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("custom") << Preset::Custom << mid << QDate() << QDate();
}

void TestPeriodPicker::presetRange()
{
    QFETCH(Preset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto range = PeriodPicker::presetRange(preset, today);
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
}

void TestPeriodPicker::setRangeNamesPreset()
{
    PeriodPicker picker;
    const QDate today(2026, 11, 21);
    picker.setToday(today);
    auto *preset = picker.findChild<QComboBox *>();
    QVERIFY(preset);
    QSignalSpy changed(&picker, &PeriodPicker::rangeChanged);

    picker.setRange(PeriodPicker::presetRange(Preset::LastMonth, today));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toDate(), QDate(2026, 10, 1));
    QCOMPARE(changed.last().at(1).toDate(), QDate(2026, 10, 31));
    QCOMPARE(static_cast<Preset>(preset->currentData().toInt()), Preset::LastMonth);

    // The store's data ends earlier: 30 days that match no preset.
    picker.setRange({QDate(2026, 10, 5), QDate(2026, 11, 3)});
    QCOMPARE(static_cast<Preset>(preset->currentData().toInt()), Preset::Custom);

    // Choosing a preset sets its dates.
    preset->setCurrentIndex(preset->findData(static_cast<int>(Preset::Yesterday)));
    emit preset->activated(preset->currentIndex());
    QCOMPARE(picker.range().from, QDate(2026, 11, 20));
    QCOMPARE(picker.range().to, QDate(2026, 11, 20));
}

void TestPeriodPicker::fromAfterToMovesTo()
{
    PeriodPicker picker;
    picker.setToday(QDate(2026, 11, 21));
    picker.setRange({QDate(2026, 11, 1), QDate(2026, 11, 5)});
    const auto edits = picker.findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    QSignalSpy changed(&picker, &PeriodPicker::rangeChanged);
    edits.at(0)->setDate(QDate(2026, 11, 10)); // from, after to
    QCOMPARE(picker.range().from, QDate(2026, 11, 10));
    QCOMPARE(picker.range().to, QDate(2026, 11, 10));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestPeriodPicker)
#include "tst_periodpicker.moc"
