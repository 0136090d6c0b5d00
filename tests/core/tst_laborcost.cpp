// LaborCost: one worker's business day costed in integer numerators, rounded once per summary row.
// Every golden number is worked out by hand in the comments.
#include "LaborCost.h"

#include <QDateTime>
#include <QTest>

using namespace wh;

static_assert(roundHalfUp(0, 3600) == Yen(0));
static_assert(roundHalfUp(1799, 3600) == Yen(0));
static_assert(roundHalfUp(1800, 3600) == Yen(1));                          // exactly half rounds up
static_assert(roundHalfUp(9000, 3600) == Yen(3));                          // 2.5 -> 3, not to even
static_assert(roundHalfUp(1, 3) == Yen(0) && roundHalfUp(2, 3) == Yen(1)); // odd divisors
static_assert(baseYen(3600 * 1100) == Yen(1100));
static_assert(premiumYen(3600LL * 1000 * 25) == Yen(250));
static_assert(premiumYen(101700000) == Yen(283)); // 282.5

namespace {

const QByteArray kTokyo = "Asia/Tokyo";
const QByteArray kBerlin = "Europe/Berlin";
const QDate kDay(2026, 11, 2); // a Monday; Tokyo has no DST

qint64 localMs(const QByteArray &zone, const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), QTimeZone(zone)).toMSecsSinceEpoch();
}

qint64 utcMs(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// An interval of the Tokyo business day kDay; hours past 24 run into the next calendar day.
CostInput tokyo(const char *code, ActivityKind kind, int startHour, int startMinute, int endHour,
                int endMinute, qint64 yenPerHour)
{
    const auto at = [](int hour, int minute) {
        return localMs(kTokyo, kDay.addDays(hour / 24), hour % 24, minute);
    };
    return CostInput{QString::fromLatin1(code), kind, at(startHour, startMinute), at(endHour, endMinute),
                     yenPerHour};
}

CostedDay cost(const std::vector<CostInput> &in, const LaborRules &rules = {},
               const QByteArray &zone = kTokyo)
{
    auto result = costWorkerDay(in, rules, QTimeZone(zone));
    if (!result.ok())
        qFatal("costWorkerDay failed: %s", qPrintable(result.error().toString()));
    return std::move(result).value();
}

// The day totals must always be the sums of the intervals.
void checkTotals(const CostedDay &day)
{
    qint64 paid = 0, deducted = 0, overtime = 0, night = 0, base = 0, premium = 0;
    for (const CostedInterval &i : day.intervals) {
        QCOMPARE(i.paidSeconds + i.deductedSeconds <= i.rawSeconds, true);
        QVERIFY(i.overtimeSeconds <= i.paidSeconds);
        QVERIFY(i.lateNightSeconds <= i.paidSeconds);
        paid += i.paidSeconds;
        deducted += i.deductedSeconds;
        overtime += i.overtimeSeconds;
        night += i.lateNightSeconds;
        base += i.baseYenSeconds;
        premium += i.premiumYenSecondsPercent;
    }
    QCOMPARE(day.paidSeconds, paid);
    QCOMPARE(day.deductedSeconds, deducted);
    QCOMPARE(day.overtimeSeconds, overtime);
    QCOMPARE(day.lateNightSeconds, night);
    QCOMPARE(day.baseYenSeconds, base);
    QCOMPARE(day.premiumYenSecondsPercent, premium);
}

} // namespace

class TestLaborCost : public QObject {
    Q_OBJECT

private slots:
    void roundHalfUp_data()
    {
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("divisor");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << qint64(0) << qint64(360000) << qint64(0);
        QTest::newRow("just below half") << qint64(179999) << qint64(360000) << qint64(0);
        QTest::newRow("half") << qint64(180000) << qint64(360000) << qint64(1);
        QTest::newRow("1.5 -> 2") << qint64(540000) << qint64(360000) << qint64(2);
        QTest::newRow("exact") << qint64(36000000) << qint64(3600) << qint64(10000);
        QTest::newRow("big: a year of 24 h at 1e6 yen/h")
            << 31536000LL * 1000000 << qint64(3600) << 8760000000LL;
    }
    void roundHalfUp()
    {
        QFETCH(qint64, numerator);
        QFETCH(qint64, divisor);
        QFETCH(qint64, expected);
        QCOMPARE(wh::roundHalfUp(numerator, divisor).amount(), expected);
    }

    void plainDayWithLunchBreak()
    {
        // 09-12 PICK (3 h), 12-13 lunch punched, 13-17 PACK (4 h), 17-18 CLEAN (indirect 1 h), 1,200 yen/h.
        // Work 8 h = 28,800 s. A break was punched: no deduction. Paid 28,800 s is not MORE than 8 h:
        // no overtime. Base 28,800 * 1,200 = 34,560,000 -> / 3600 = 9,600 yen.
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, 1200),
                                    tokyo("LUNCH", ActivityKind::Break, 12, 0, 13, 0, 1200),
                                    tokyo("PACK", ActivityKind::Direct, 13, 0, 17, 0, 1200),
                                    tokyo("CLEAN", ActivityKind::Indirect, 17, 0, 18, 0, 1200)});
        checkTotals(day);
        QVERIFY(day.hadBreakPunch);
        QCOMPARE(day.directSeconds, 25200);
        QCOMPARE(day.indirectSeconds, 3600);
        QCOMPARE(day.breakSeconds, 3600);
        QCOMPARE(day.deductedSeconds, 0);
        QCOMPARE(day.undeductedSeconds, 0);
        QCOMPARE(day.paidSeconds, 28800);
        QCOMPARE(day.overtimeSeconds, 0);
        QCOMPARE(day.lateNightSeconds, 0);
        // The break interval: raw counted, nothing paid.
        QCOMPARE(day.intervals[1].rawSeconds, 3600);
        QCOMPARE(day.intervals[1].paidSeconds, 0);
        QCOMPARE(day.intervals[1].baseYenSeconds, 0);
        QCOMPARE(day.intervals[0].baseYenSeconds, 10800 * 1200); // 12,960,000
        QCOMPARE(day.intervals[2].baseYenSeconds, 14400 * 1200); // 17,280,000
        QCOMPARE(day.intervals[3].baseYenSeconds, 3600 * 1200);  //  4,320,000
        QCOMPARE(day.baseYenSeconds, 34560000);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(9600));
        QCOMPARE(day.premiumYenSecondsPercent, 0);
    }

    void sevenHoursWithoutBreak()
    {
        // 08:00-11:00 PICK (direct 10,800 s), 11:00-11:30 MEETING (indirect 1,800 s), 11:30-15:30 PACK
        // (direct 14,400 s), 1,100 yen/h, no break punched.
        // Work 27,000 s > 6 h (21,600) and not > 8 h: 45 min = 2,700 s deducted from the direct intervals
        // (25,200 s) in proportion:
        //   PICK: 2,700 * 10,800 = 29,160,000 = 1,157 * 25,200 + 3,600  -> 1,157 remainder  3,600
        //   PACK: 2,700 * 14,400 = 38,880,000 = 1,542 * 25,200 + 21,600 -> 1,542 remainder 21,600
        //   1,157 + 1,542 = 2,699: the one second left goes to the larger remainder, PACK -> 1,543.
        // Paid: 10,800 - 1,157 = 9,643; 1,800; 14,400 - 1,543 = 12,857; total 24,300 (= 27,000 - 2,700).
        // Base 24,300 * 1,100 = 26,730,000 -> 7,425 yen (6.75 h * 1,100).
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 8, 0, 11, 0, 1100),
                                    tokyo("MEETING", ActivityKind::Indirect, 11, 0, 11, 30, 1100),
                                    tokyo("PACK", ActivityKind::Direct, 11, 30, 15, 30, 1100)});
        checkTotals(day);
        QVERIFY(!day.hadBreakPunch);
        QCOMPARE(day.deductedSeconds, 2700);
        QCOMPARE(day.undeductedSeconds, 0);
        QCOMPARE(day.intervals[0].deductedSeconds, 1157);
        QCOMPARE(day.intervals[1].deductedSeconds, 0); // indirect time is not deducted
        QCOMPARE(day.intervals[2].deductedSeconds, 1543);
        QCOMPARE(day.intervals[0].paidSeconds, 9643);
        QCOMPARE(day.intervals[1].paidSeconds, 1800);
        QCOMPARE(day.intervals[2].paidSeconds, 12857);
        QCOMPARE(day.paidSeconds, 24300);
        QCOMPARE(day.intervals[0].baseYenSeconds, 9643 * 1100);
        QCOMPARE(day.baseYenSeconds, 26730000);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(7425));
        QCOMPARE(day.overtimeSeconds, 0);
        QCOMPARE(day.premiumYenSecondsPercent, 0);
    }

    void deductionTiesGoToEarlierInterval()
    {
        // Seven direct hours 08-15, no break: 2,700 s over 7 equal intervals = 385 each (2,695) with the
        // same remainder everywhere; the 5 seconds left go to the 5 chronologically earliest hours.
        // The input is given latest first, so "earlier" is by time, not by input position.
        std::vector<CostInput> in;
        for (int h = 14; h >= 8; --h)
            in.push_back(tokyo("PICK", ActivityKind::Direct, h, 0, h + 1, 0, 1000));
        const CostedDay day = cost(in);
        checkTotals(day);
        QCOMPARE(day.deductedSeconds, 2700);
        for (std::size_t i = 0; i < in.size(); ++i) {
            const int startHour = 14 - int(i);
            QCOMPARE(day.intervals[i].deductedSeconds, startHour <= 12 ? 386 : 385);
        }
    }

    void statutoryBreakThresholds_data()
    {
        QTest::addColumn<qint64>("workMs");
        QTest::addColumn<qint64>("expectedDeducted");
        QTest::newRow("nothing") << qint64(0) << qint64(0);
        QTest::newRow("exactly 6 h: not more") << qint64(21600000) << qint64(0);
        QTest::newRow("6 h + 999 ms truncates to 6 h") << qint64(21600999) << qint64(0);
        QTest::newRow("6 h + 1 s") << qint64(21601000) << qint64(2700);
        QTest::newRow("exactly 8 h: still 45 min") << qint64(28800000) << qint64(2700);
        QTest::newRow("8 h + 1 s: 60 min") << qint64(28801000) << qint64(3600);
        QTest::newRow("12 h") << qint64(43200000) << qint64(3600);
    }
    void statutoryBreakThresholds()
    {
        QFETCH(qint64, workMs);
        QFETCH(qint64, expectedDeducted);
        const qint64 start = localMs(kTokyo, kDay, 8, 0);
        const CostedDay day =
            cost({CostInput{QStringLiteral("PICK"), ActivityKind::Direct, start, start + workMs, 1000}});
        checkTotals(day);
        QCOMPARE(day.deductedSeconds, expectedDeducted);
        QCOMPARE(day.paidSeconds, workMs / 1000 - expectedDeducted);
    }

    void tenHoursWithoutBreakOvertime()
    {
        // 08-12 PICK (direct 14,400), 12-14 REPLEN (indirect 7,200), 14-18 PACK (direct 14,400), 1,130 yen/h.
        // Work 36,000 s > 8 h: 60 min = 3,600 s deducted, 1,800 from each direct interval (equal lengths).
        // Paid 12,600 + 7,200 + 12,600 = 32,400. Cumulative paid 12,600 / 19,800 / 32,400: the overtime
        // threshold 28,800 falls inside PACK, whose last 3,600 paid seconds are overtime.
        // Base 32,400 * 1,130 = 36,612,000 -> 10,170 yen.
        // Premium 3,600 * 1,130 * 25 = 101,700,000 -> / 360,000 = 282.5 -> 283 yen (half up).
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 8, 0, 12, 0, 1130),
                                    tokyo("REPLEN", ActivityKind::Indirect, 12, 0, 14, 0, 1130),
                                    tokyo("PACK", ActivityKind::Direct, 14, 0, 18, 0, 1130)});
        checkTotals(day);
        QCOMPARE(day.deductedSeconds, 3600);
        QCOMPARE(day.intervals[0].deductedSeconds, 1800);
        QCOMPARE(day.intervals[2].deductedSeconds, 1800);
        QCOMPARE(day.paidSeconds, 32400);
        QCOMPARE(day.intervals[0].overtimeSeconds, 0);
        QCOMPARE(day.intervals[1].overtimeSeconds, 0);
        QCOMPARE(day.intervals[2].overtimeSeconds, 3600);
        QCOMPARE(day.overtimeSeconds, 3600);
        QCOMPARE(day.baseYenSeconds, 36612000);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(10170));
        QCOMPARE(day.intervals[2].premiumYenSecondsPercent, 101700000);
        QCOMPARE(day.premiumYenSecondsPercent, 101700000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(283));
    }

    void nightShiftTokyo()
    {
        // Night shift of business day 2026-11-02 at 1,115 yen/h: 21:00-01:00 PICK, 01:00-02:00 break,
        // 02:00-06:00 PACK. Late night is 22:00-05:00:
        //   PICK 22:00-01:00 = 10,800 s, PACK 02:00-05:00 = 10,800 s; the break hour is not paid.
        // Paid 28,800 s = exactly 8 h: no overtime.
        // Base 28,800 * 1,115 = 32,112,000 -> 8,920 yen.
        // Premium 21,600 * 1,115 * 25 = 602,100,000 -> / 360,000 = 1,672.5 -> 1,673 yen.
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 21, 0, 25, 0, 1115),
                                    tokyo("BREAK", ActivityKind::Break, 25, 0, 26, 0, 1115),
                                    tokyo("PACK", ActivityKind::Direct, 26, 0, 30, 0, 1115)});
        checkTotals(day);
        QCOMPARE(day.paidSeconds, 28800);
        QCOMPARE(day.overtimeSeconds, 0);
        QCOMPARE(day.intervals[0].lateNightSeconds, 10800);
        QCOMPARE(day.intervals[1].lateNightSeconds, 0);
        QCOMPARE(day.intervals[2].lateNightSeconds, 10800);
        QCOMPARE(day.lateNightSeconds, 21600);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(8920));
        QCOMPARE(day.premiumYenSecondsPercent, 602100000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(1673));
    }

    void nightShiftOvertimeStacks()
    {
        // The same night shift at a site whose overtime starts after 6 h of paid time.
        // Cumulative paid: PICK 14,400, PACK 28,800 -> PACK's last 7,200 s (04:00-06:00) are overtime.
        // 04:00-05:00 is overtime AND late night: +50 %; 05:00-06:00 overtime only; 22:00-01:00 and
        // 02:00-04:00 late night only. Per interval:
        //   PICK: 10,800 * 1,115 * 25                   = 301,050,000
        //   PACK: (7,200 + 10,800) * 1,115 * 25         = 501,750,000
        //   total 802,800,000 -> 2,230 yen (= (1 h * 50 % + 1 h * 25 % + 5 h * 25 %) * 1,115 = 2 h * 1,115).
        LaborRules rules;
        rules.overtimeAfterMinutes = 360;
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 21, 0, 25, 0, 1115),
                                    tokyo("BREAK", ActivityKind::Break, 25, 0, 26, 0, 1115),
                                    tokyo("PACK", ActivityKind::Direct, 26, 0, 30, 0, 1115)},
                                   rules);
        checkTotals(day);
        QCOMPARE(day.intervals[0].overtimeSeconds, 0);
        QCOMPARE(day.intervals[2].overtimeSeconds, 7200);
        QCOMPARE(day.intervals[2].lateNightSeconds, 10800);
        QCOMPARE(day.intervals[0].premiumYenSecondsPercent, 301050000);
        QCOMPARE(day.intervals[2].premiumYenSecondsPercent, 501750000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(2230));
    }

    void eveningOvertimeIntoNightStacks()
    {
        // Default rules, 1,130 yen/h: 13-17 PICK, 17-18 break, 18-23 PACK. Paid 32,400 s; PACK's last hour
        // (22-23) is both overtime (beyond 8 h) and late night (after 22:00): +25 % +25 %.
        // Premium 3,600 * 1,130 * 25 * 2 = 203,400,000 -> 565 yen (= 1,130 / 2).
        // Base 32,400 * 1,130 = 36,612,000 -> 10,170 yen.
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 13, 0, 17, 0, 1130),
                                    tokyo("BREAK", ActivityKind::Break, 17, 0, 18, 0, 1130),
                                    tokyo("PACK", ActivityKind::Direct, 18, 0, 23, 0, 1130)});
        checkTotals(day);
        QCOMPARE(day.intervals[2].overtimeSeconds, 3600);
        QCOMPARE(day.intervals[2].lateNightSeconds, 3600);
        QCOMPARE(day.premiumYenSecondsPercent, 203400000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(565));
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(10170));
    }

    void lateNightProratedByDeduction()
    {
        // One direct interval 21:59:46-04:59:46 (25,200 s = 7 h), no break, 1,000 yen/h.
        // 45 min deducted -> paid 22,500. Raw late night 22:00:00-04:59:46 = 25,186 s.
        // Paid late night = 25,186 * 22,500 / 25,200 = 566,685,000 / 25,200 = 22,487.5 -> 22,488 (half up).
        // Premium 22,488 * 1,000 * 25 = 562,200,000 -> 1,561.67 -> 1,562 yen; base 22,500,000 -> 6,250 yen.
        const CostedDay day =
            cost({CostInput{QStringLiteral("PICK"), ActivityKind::Direct, localMs(kTokyo, kDay, 21, 59, 46),
                            localMs(kTokyo, kDay.addDays(1), 4, 59, 46), 1000}});
        checkTotals(day);
        QCOMPARE(day.intervals[0].rawSeconds, 25200);
        QCOMPARE(day.intervals[0].deductedSeconds, 2700);
        QCOMPARE(day.intervals[0].paidSeconds, 22500);
        QCOMPARE(day.intervals[0].lateNightSeconds, 22488);
        QCOMPARE(day.premiumYenSecondsPercent, 562200000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(1562));
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(6250));
    }

    void promotionMidDay()
    {
        // The caller resolved two wages: 09-13 PICK at 1,100 (before the promotion), 13-14 break,
        // 14-19 PICK at 1,250 (after). Paid 14,400 + 18,000 = 32,400; the last paid hour is overtime and
        // is paid at the rate in force then (1,250).
        // Base 14,400 * 1,100 + 18,000 * 1,250 = 15,840,000 + 22,500,000 = 38,340,000 -> 10,650 yen.
        // Premium 3,600 * 1,250 * 25 = 112,500,000 -> 312.5 -> 313 yen.
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 9, 0, 13, 0, 1100),
                                    tokyo("BREAK", ActivityKind::Break, 13, 0, 14, 0, 1100),
                                    tokyo("PICK", ActivityKind::Direct, 14, 0, 19, 0, 1250)});
        checkTotals(day);
        QCOMPARE(day.intervals[0].baseYenSeconds, 15840000);
        QCOMPARE(day.intervals[2].baseYenSeconds, 22500000);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(10650));
        QCOMPARE(day.intervals[0].overtimeSeconds, 0);
        QCOMPARE(day.intervals[2].overtimeSeconds, 3600);
        QCOMPARE(day.intervals[2].premiumYenSecondsPercent, 112500000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(313));
    }

    void lateNightAcrossAutumnDstBerlin()
    {
        // Berlin leaves summer time on Sunday 2026-10-25: 03:00 CEST (+02) becomes 02:00 CET (+01) at
        // 01:00 UTC, so the night 22:00-05:00 lasts 8 real hours (20:00-04:00 UTC), not 7.
        // Intervals are given in UTC (02:00-03:00 local happens twice that night), 1,200 yen/h:
        //   PICK  19:00-23:00 UTC = 21:00-01:00 CEST  14,400 s, late night 20:00-23:00 UTC = 10,800
        //   BREAK 23:00-00:00 UTC = 01:00-02:00 CEST
        //   PACK  00:00-05:00 UTC = 02:00 CEST-06:00 CET  18,000 s, late night 00:00-04:00 UTC = 14,400
        // Paid 32,400 (9 h): the last 3,600 s of PACK (05:00-06:00 CET) are overtime.
        // Late night 25,200 s = 7 h (a wall-clock reading of 22-05 minus the break would say 6 h).
        // Premium (3,600 + 14,400) * 1,200 * 25 + 10,800 * 1,200 * 25 = 864,000,000 -> 2,400 yen.
        // Base 32,400 * 1,200 = 38,880,000 -> 10,800 yen.
        const QDate sat(2026, 10, 24), sun(2026, 10, 25);
        const std::vector<CostInput> in{
            {QStringLiteral("PICK"), ActivityKind::Direct, utcMs(sat, 19, 0), utcMs(sat, 23, 0), 1200},
            {QStringLiteral("BREAK"), ActivityKind::Break, utcMs(sat, 23, 0), utcMs(sun, 0, 0), 1200},
            {QStringLiteral("PACK"), ActivityKind::Direct, utcMs(sun, 0, 0), utcMs(sun, 5, 0), 1200}};
        const QTimeZone berlin(kBerlin);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(in[0].startMs, berlin).time(), QTime(21, 0));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(in[2].endMs, berlin).time(), QTime(6, 0));
        const CostedDay day = cost(in, {}, kBerlin);
        checkTotals(day);
        QCOMPARE(day.intervals[0].lateNightSeconds, 10800);
        QCOMPARE(day.intervals[2].lateNightSeconds, 14400);
        QCOMPARE(day.lateNightSeconds, 25200);
        QCOMPARE(day.intervals[2].overtimeSeconds, 3600);
        QCOMPARE(day.premiumYenSecondsPercent, 864000000);
        QCOMPARE(premiumYen(day.premiumYenSecondsPercent), Yen(2400));
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(10800));
    }

    void lateNightAcrossSpringDstBerlin()
    {
        // Berlin enters summer time on Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST at 01:00 UTC, so
        // the night 22:00 CET - 05:00 CEST lasts 6 real hours (21:00-03:00 UTC).
        //   PICK  20:00-00:00 UTC = 21:00-01:00 CET   14,400 s, late night 21:00-00:00 UTC = 10,800
        //   BREAK 00:00-01:00 UTC = 01:00 CET - 03:00 CEST
        //   PACK  01:00-04:00 UTC = 03:00-06:00 CEST  10,800 s, late night 01:00-03:00 UTC = 7,200
        // Paid 25,200; late night 18,000; no overtime.
        const QDate sat(2026, 3, 28), sun(2026, 3, 29);
        const CostedDay day = cost({{QStringLiteral("PICK"), ActivityKind::Direct,
                                     localMs(kBerlin, sat, 21, 0), localMs(kBerlin, sun, 1, 0), 1000},
                                    {QStringLiteral("BREAK"), ActivityKind::Break,
                                     localMs(kBerlin, sun, 1, 0), localMs(kBerlin, sun, 3, 0), 1000},
                                    {QStringLiteral("PACK"), ActivityKind::Direct,
                                     localMs(kBerlin, sun, 3, 0), localMs(kBerlin, sun, 6, 0), 1000}},
                                   {}, kBerlin);
        checkTotals(day);
        QCOMPARE(day.intervals[0].rawSeconds, 14400);
        QCOMPARE(day.intervals[1].rawSeconds, 3600);
        QCOMPARE(day.intervals[2].rawSeconds, 10800);
        QCOMPARE(day.intervals[0].lateNightSeconds, 10800);
        QCOMPARE(day.intervals[2].lateNightSeconds, 7200);
        QCOMPARE(day.lateNightSeconds, 18000);
        QCOMPARE(day.overtimeSeconds, 0);
    }

    void lateNightBoundaryInDstGap()
    {
        // A site whose window is 02:30-05:00: on 2026-03-29 in Berlin 02:30 does not exist, so the window
        // opens when the clock reaches 03:00 CEST (01:00 UTC) and closes at 05:00 CEST (03:00 UTC): 2 h.
        // One direct interval 00:00 CET - 06:00 CEST (23:00-04:00 UTC, 5 h, no deduction).
        LaborRules rules;
        rules.lateNightStartMinute = 2 * 60 + 30;
        rules.lateNightEndMinute = 5 * 60;
        const QDate sun(2026, 3, 29);
        const CostedDay day = cost({{QStringLiteral("PICK"), ActivityKind::Direct,
                                     utcMs(sun.addDays(-1), 23, 0), utcMs(sun, 4, 0), 1000}},
                                   rules, kBerlin);
        checkTotals(day);
        QCOMPARE(day.paidSeconds, 18000);
        QCOMPARE(day.lateNightSeconds, 7200);
    }

    void premiumsDisabled()
    {
        // A 15 h day running past 22:00 at a site without premiums: overtime and late-night SECONDS are
        // still reported, the premium money is zero.
        LaborRules rules;
        rules.premiumsEnabled = false;
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 8, 0, 12, 0, 1130),
                                    tokyo("REPLEN", ActivityKind::Indirect, 12, 0, 14, 0, 1130),
                                    tokyo("PACK", ActivityKind::Direct, 14, 0, 23, 0, 1130)},
                                   rules);
        checkTotals(day);
        // Work 4 + 2 + 9 = 15 h -> 3,600 s deducted: 14,400 : 32,400 -> 1,107.69 / 2,492.31 -> 1,108 / 2,492.
        QCOMPARE(day.intervals[0].deductedSeconds, 1108);
        QCOMPARE(day.intervals[2].deductedSeconds, 2492);
        QCOMPARE(day.paidSeconds, 50400);
        QCOMPARE(day.overtimeSeconds, 50400 - 28800);
        QCOMPARE(day.lateNightSeconds > 0, true);
        QCOMPARE(day.premiumYenSecondsPercent, 0);
        for (const CostedInterval &i : day.intervals)
            QCOMPARE(i.premiumYenSecondsPercent, 0);
        QCOMPARE(day.baseYenSeconds, 50400 * 1130);
    }

    void noDirectIntervalsNothingDeducted()
    {
        // 7 h of indirect work, no break: 45 min are due but there is no direct time to take them from.
        const CostedDay day = cost({tokyo("TRAINING", ActivityKind::Indirect, 9, 0, 16, 0, 1000)});
        checkTotals(day);
        QCOMPARE(day.deductedSeconds, 0);
        QCOMPARE(day.undeductedSeconds, 2700);
        QCOMPARE(day.paidSeconds, 25200);
    }

    void deductionCappedAtDirectTime()
    {
        // 10 min direct + 7 h indirect: 2,700 s due, only 600 s of direct time -> 600 taken, 2,100 left.
        const CostedDay day = cost({tokyo("PICK", ActivityKind::Direct, 9, 0, 9, 10, 1000),
                                    tokyo("TRAINING", ActivityKind::Indirect, 9, 10, 16, 10, 1000)});
        checkTotals(day);
        QCOMPARE(day.deductedSeconds, 600);
        QCOMPARE(day.undeductedSeconds, 2100);
        QCOMPARE(day.intervals[0].paidSeconds, 0);
        QCOMPARE(day.paidSeconds, 25200);
    }

    void overlappingIntervalsAreAnError()
    {
        const auto result = costWorkerDay({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, 1000),
                                           tokyo("PACK", ActivityKind::Direct, 11, 30, 13, 0, 1000)},
                                          {}, QTimeZone(kTokyo));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidArgument);
        const QString message = result.error().message();
        QVERIFY2(message.contains(QLatin1String("overlap")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("PICK")) && message.contains(QLatin1String("PACK")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("11:30")), qPrintable(message));

        // Nested inside a longer interval, given first.
        const auto nested = costWorkerDay({tokyo("MEETING", ActivityKind::Indirect, 10, 0, 11, 0, 1000),
                                           tokyo("PICK", ActivityKind::Direct, 9, 0, 17, 0, 1000)},
                                          {}, QTimeZone(kTokyo));
        QVERIFY(!nested.ok());

        // Touching intervals and an empty one at the joint are fine.
        const auto touching = costWorkerDay({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, 1000),
                                             tokyo("PACK", ActivityKind::Direct, 12, 0, 12, 0, 1000),
                                             tokyo("PACK", ActivityKind::Direct, 12, 0, 13, 0, 1000)},
                                            {}, QTimeZone(kTokyo));
        QVERIFY2(touching.ok(), qPrintable(touching.ok() ? QString() : touching.error().toString()));
    }

    void endBeforeStartIsAnError()
    {
        const auto result =
            costWorkerDay({tokyo("PICK", ActivityKind::Direct, 12, 0, 9, 0, 1000)}, {}, QTimeZone(kTokyo));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message().contains(QLatin1String("PICK")),
                 qPrintable(result.error().message()));
    }

    void invalidInputIsAnError()
    {
        const auto negativeWage =
            costWorkerDay({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, -1)}, {}, QTimeZone(kTokyo));
        QVERIFY(!negativeWage.ok());
        QCOMPARE(negativeWage.error().code(), ErrorCode::InvalidArgument);

        const auto noZone =
            costWorkerDay({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, 1000)}, {}, QTimeZone());
        QVERIFY(!noZone.ok());

        LaborRules rules;
        rules.lateNightEndMinute = 1440;
        const auto badRules =
            costWorkerDay({tokyo("PICK", ActivityKind::Direct, 9, 0, 12, 0, 1000)}, rules, QTimeZone(kTokyo));
        QVERIFY(!badRules.ok());
    }

    void unsortedInputKeepsInputOrder()
    {
        // The 7 h day above given as PACK, MEETING, PICK: the results follow the input positions.
        const CostedDay day = cost({tokyo("PACK", ActivityKind::Direct, 11, 30, 15, 30, 1100),
                                    tokyo("MEETING", ActivityKind::Indirect, 11, 0, 11, 30, 1100),
                                    tokyo("PICK", ActivityKind::Direct, 8, 0, 11, 0, 1100)});
        checkTotals(day);
        QCOMPARE(day.intervals.size(), std::size_t(3));
        QCOMPARE(day.intervals[0].rawSeconds, 14400);
        QCOMPARE(day.intervals[0].deductedSeconds, 1543);
        QCOMPARE(day.intervals[1].rawSeconds, 1800);
        QCOMPARE(day.intervals[1].deductedSeconds, 0);
        QCOMPARE(day.intervals[2].rawSeconds, 10800);
        QCOMPARE(day.intervals[2].deductedSeconds, 1157);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(7425));
    }

    void secondsTruncateMilliseconds()
    {
        // 09:00:00.400-09:30:00.399 is 1,799.999 s -> 1,799 s.
        const qint64 start = localMs(kTokyo, kDay, 9, 0) + 400;
        const CostedDay day =
            cost({{QStringLiteral("PICK"), ActivityKind::Direct, start, start + 1799999, 3600}});
        QCOMPARE(day.intervals[0].rawSeconds, 1799);
        QCOMPARE(day.intervals[0].baseYenSeconds, 1799 * 3600);
        QCOMPARE(baseYen(day.baseYenSeconds), Yen(1799));
    }

    void emptyDay()
    {
        const CostedDay day = cost({});
        QVERIFY(day.intervals.empty());
        QCOMPARE(day.paidSeconds, 0);
        QCOMPARE(day.baseYenSeconds, 0);
        QVERIFY(!day.hadBreakPunch);
    }
};

QTEST_GUILESS_MAIN(TestLaborCost)
#include "tst_laborcost.moc"
