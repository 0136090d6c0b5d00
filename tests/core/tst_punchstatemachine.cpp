// PunchStateMachine and BadgeDebouncer: every transition of off / working / on a break, the refusals,
// the forgotten shift past the maximum length, a clock behind the last punch, what a tap offers.
#include "PunchStateMachine.h"

#include <QTest>

#include <map>

using namespace wh;

Q_DECLARE_METATYPE(wh::PunchState::Phase)
Q_DECLARE_METATYPE(wh::PunchAction)

namespace {
using Phase = PunchState::Phase;
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kNow = 1793577600000LL; // 2026-11-02 09:00 in Tokyo

Activity activity(const char *code, ActivityKind kind, bool active = true)
{
    Activity a;
    a.code = QString::fromUtf8(code);
    a.sectionCode = QStringLiteral("SEC");
    a.kind = kind;
    a.active = active;
    return a;
}

// The activities the rows refer to by code; "" stands for "no activity given".
const std::map<QString, Activity> &activities()
{
    static const std::map<QString, Activity> all = {
        {QStringLiteral("PICK"), activity("PICK", ActivityKind::Direct)},
        {QStringLiteral("CART"), activity("CART", ActivityKind::Direct)},
        {QStringLiteral("MEET"), activity("MEET", ActivityKind::Indirect)},
        {QStringLiteral("梱包"), activity("梱包", ActivityKind::Direct)},
        {QStringLiteral("LUNCH"), activity("LUNCH", ActivityKind::Break)},
        {QStringLiteral("REST"), activity("REST", ActivityKind::Break)},
        {QStringLiteral("OLD"), activity("OLD", ActivityKind::Direct, false)},
    };
    return all;
}

const Activity *find(const QString &code)
{
    auto it = activities().find(code);
    return it == activities().end() ? nullptr : &it->second;
}

PunchState stateAt(Phase phase, const QString &current, qint64 sinceMs)
{
    PunchState s;
    s.phase = phase;
    if (phase != Phase::Off) {
        s.activityCode = current;
        s.sinceMs = sinceMs;
        s.shiftStartMs = sinceMs - kHour;
        s.businessDay = QDate(2026, 11, 2);
    }
    return s;
}

PunchInterval openInterval(const QString &activityCode, qint64 shiftStartMs, qint64 startMs)
{
    PunchInterval p;
    p.workerCode = QStringLiteral("W001");
    p.activityCode = activityCode;
    p.siteCode = QStringLiteral("S1");
    p.businessDay = QDate(2026, 11, 2);
    p.shiftStartMs = shiftStartMs;
    p.startMs = startMs;
    p.status = IntervalStatus::Open;
    return p;
}

constexpr int kNoEvent = -1;
constexpr int kNoError = -1;
} // namespace

class TestPunchStateMachine : public QObject {
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("current");
        QTest::addColumn<PunchAction>("action");
        QTest::addColumn<QString>("activity"); // "" = none given
        QTest::addColumn<int>("kind");         // EventKind or kNoEvent
        QTest::addColumn<int>("error");        // ErrorCode or kNoError
        QTest::addColumn<bool>("noOp");

        const auto in = static_cast<int>(EventKind::PunchClockIn);
        const auto sw = static_cast<int>(EventKind::PunchSwitch);
        const auto brk = static_cast<int>(EventKind::PunchBreak);
        const auto outK = static_cast<int>(EventKind::PunchClockOut);
        const auto invalid = static_cast<int>(ErrorCode::InvalidArgument);
        const auto conflict = static_cast<int>(ErrorCode::Conflict);
        const auto S = PunchAction::StartActivity;
        const auto B = PunchAction::Break;
        const auto O = PunchAction::ClockOut;
        const QString none;

        // Off.
        QTest::newRow("off: start direct -> clock in")
            << Phase::Off << none << S << "PICK" << in << kNoError << false;
        QTest::newRow("off: start indirect -> clock in")
            << Phase::Off << none << S << "MEET" << in << kNoError << false;
        QTest::newRow("off: start 梱包 -> clock in")
            << Phase::Off << none << S << "梱包" << in << kNoError << false;
        QTest::newRow("off: break refused")
            << Phase::Off << none << B << "LUNCH" << kNoEvent << conflict << false;
        QTest::newRow("off: clock-out refused")
            << Phase::Off << none << O << "" << kNoEvent << conflict << false;
        QTest::newRow("off: break activity as start refused")
            << Phase::Off << none << S << "LUNCH" << kNoEvent << invalid << false;
        QTest::newRow("off: inactive activity refused")
            << Phase::Off << none << S << "OLD" << kNoEvent << invalid << false;
        QTest::newRow("off: no activity refused")
            << Phase::Off << none << S << "" << kNoEvent << invalid << false;

        // Working on PICK.
        const QString pick = QStringLiteral("PICK");
        QTest::newRow("working: switch") << Phase::Working << pick << S << "CART" << sw << kNoError << false;
        QTest::newRow("working: switch to indirect")
            << Phase::Working << pick << S << "MEET" << sw << kNoError << false;
        QTest::newRow("working: switch to 梱包")
            << Phase::Working << pick << S << "梱包" << sw << kNoError << false;
        QTest::newRow("working: same activity is a no-op")
            << Phase::Working << pick << S << "PICK" << kNoEvent << kNoError << true;
        QTest::newRow("working: break") << Phase::Working << pick << B << "LUNCH" << brk << kNoError << false;
        QTest::newRow("working: break with a work activity refused")
            << Phase::Working << pick << B << "CART" << kNoEvent << invalid << false;
        QTest::newRow("working: break without an activity refused")
            << Phase::Working << pick << B << "" << kNoEvent << invalid << false;
        QTest::newRow("working: clock out") << Phase::Working << pick << O << "" << outK << kNoError << false;
        QTest::newRow("working: break activity as start refused")
            << Phase::Working << pick << S << "LUNCH" << kNoEvent << invalid << false;
        QTest::newRow("working: inactive activity refused")
            << Phase::Working << pick << S << "OLD" << kNoEvent << invalid << false;
        QTest::newRow("working: no activity refused")
            << Phase::Working << pick << S << "" << kNoEvent << invalid << false;

        // On the LUNCH break.
        const QString lunch = QStringLiteral("LUNCH");
        QTest::newRow("on break: back to work")
            << Phase::OnBreak << lunch << S << "PICK" << sw << kNoError << false;
        QTest::newRow("on break: same break is a no-op")
            << Phase::OnBreak << lunch << B << "LUNCH" << kNoEvent << kNoError << true;
        QTest::newRow("on break: another break")
            << Phase::OnBreak << lunch << B << "REST" << brk << kNoError << false;
        QTest::newRow("on break: clock out")
            << Phase::OnBreak << lunch << O << "" << outK << kNoError << false;
        QTest::newRow("on break: break activity as start refused")
            << Phase::OnBreak << lunch << S << "LUNCH" << kNoEvent << invalid << false;
        QTest::newRow("on break: inactive activity refused")
            << Phase::OnBreak << lunch << S << "OLD" << kNoEvent << invalid << false;
    }

    void decide()
    {
        QFETCH(Phase, phase);
        QFETCH(QString, current);
        QFETCH(PunchAction, action);
        QFETCH(QString, activity);
        QFETCH(int, kind);
        QFETCH(int, error);
        QFETCH(bool, noOp);

        const PunchStateMachine machine;
        const PunchState state = stateAt(phase, current, kNow - kHour);
        const Activity *a = activity.isEmpty() ? nullptr : find(activity);
        QVERIFY(activity.isEmpty() || a);
        auto d = machine.decide(state, action, a, kNow);
        if (error != kNoError) {
            QVERIFY2(!d.ok(), "the punch should be refused");
            QCOMPARE(static_cast<int>(d.error().code()), error);
            QVERIFY(!d.error().message().isEmpty());
            return;
        }
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        if (kind == kNoEvent) {
            QVERIFY(!d->kind.has_value());
        } else {
            QVERIFY(d->kind.has_value());
            QCOMPARE(static_cast<int>(*d->kind), kind);
        }
        QCOMPARE(!d->noOpReason.isEmpty(), noOp);
        if (action == PunchAction::ClockOut)
            QVERIFY(d->activityCode.isEmpty());
        else
            QCOMPARE(d->activityCode, activity);
    }

    // A clock behind the current interval's start refuses every action; exactly at it is fine.
    void clockBehindLastPunch_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("current");
        QTest::addColumn<PunchAction>("action");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<qint64>("offsetMs"); // now - since
        QTest::addColumn<bool>("refused");
        QTest::newRow("working, switch 1 ms behind")
            << Phase::Working << "PICK" << PunchAction::StartActivity << "CART" << qint64(-1) << true;
        QTest::newRow("working, same activity 1 h behind")
            << Phase::Working << "PICK" << PunchAction::StartActivity << "PICK" << -kHour << true;
        QTest::newRow("working, break 10 min behind")
            << Phase::Working << "PICK" << PunchAction::Break << "LUNCH" << qint64(-600000) << true;
        QTest::newRow("working, clock-out 1 day behind")
            << Phase::Working << "PICK" << PunchAction::ClockOut << "" << -24 * kHour << true;
        QTest::newRow("on break, back 1 s behind")
            << Phase::OnBreak << "LUNCH" << PunchAction::StartActivity << "PICK" << qint64(-1000) << true;
        QTest::newRow("on break, clock-out 1 s behind")
            << Phase::OnBreak << "LUNCH" << PunchAction::ClockOut << "" << qint64(-1000) << true;
        QTest::newRow("working, switch in the same ms")
            << Phase::Working << "PICK" << PunchAction::StartActivity << "CART" << qint64(0) << false;
        QTest::newRow("on break, clock-out in the same ms")
            << Phase::OnBreak << "LUNCH" << PunchAction::ClockOut << "" << qint64(0) << false;
    }

    void clockBehindLastPunch()
    {
        QFETCH(Phase, phase);
        QFETCH(QString, current);
        QFETCH(PunchAction, action);
        QFETCH(QString, activity);
        QFETCH(qint64, offsetMs);
        QFETCH(bool, refused);
        const PunchStateMachine machine;
        const PunchState state = stateAt(phase, current, kNow);
        auto d =
            machine.decide(state, action, activity.isEmpty() ? nullptr : find(activity), kNow + offsetMs);
        if (refused) {
            QVERIFY(!d.ok());
            QCOMPARE(d.error().code(), ErrorCode::Conflict);
            QVERIFY2(d.error().message().contains(QStringLiteral("clock")), qPrintable(d.error().toString()));
        } else {
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
            QVERIFY(d->kind.has_value());
        }
    }

    void stateOf_data()
    {
        QTest::addColumn<bool>("hasInterval");
        QTest::addColumn<int>("status"); // IntervalStatus of the interval
        QTest::addColumn<bool>("isBreak");
        QTest::addColumn<qint64>("maxShiftMs");
        QTest::addColumn<qint64>("shiftStartAgoMs");
        QTest::addColumn<qint64>("intervalStartAgoMs");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<bool>("forgotten");

        const qint64 max = PunchStateMachine::kDefaultMaxShiftMs;
        const int open = static_cast<int>(IntervalStatus::Open);
        QTest::newRow("no interval") << false << open << false << max << 0LL << 0LL << Phase::Off << false;
        QTest::newRow("closed interval") << true << static_cast<int>(IntervalStatus::Closed) << false << max
                                         << kHour << kHour << Phase::Off << false;
        QTest::newRow("forgotten interval") << true << static_cast<int>(IntervalStatus::Forgotten) << false
                                            << max << 20 * kHour << 20 * kHour << Phase::Off << false;
        QTest::newRow("working 1 h") << true << open << false << max << kHour << kHour << Phase::Working
                                     << false;
        QTest::newRow("on break") << true << open << true << max << 4 * kHour << 600000LL << Phase::OnBreak
                                  << false;
        QTest::newRow("in the same ms")
            << true << open << false << max << 0LL << 0LL << Phase::Working << false;
        QTest::newRow("exactly 16 h: still on")
            << true << open << false << max << max << max << Phase::Working << false;
        QTest::newRow("16 h + 1 ms: forgotten")
            << true << open << false << max << max + 1 << max + 1 << Phase::Off << true;
        QTest::newRow("next morning, 23 h: forgotten")
            << true << open << false << max << 23 * kHour << 23 * kHour << Phase::Off << true;
        // The shift counts from its first punch, not from the last switch.
        QTest::newRow("switched 1 h ago, shift 17 h old: forgotten")
            << true << open << false << max << 17 * kHour << kHour << Phase::Off << true;
        QTest::newRow("on a break past 16 h: forgotten")
            << true << open << true << max << 16 * kHour + 60000 << 600000LL << Phase::Off << true;
        QTest::newRow("max 8 h, 9 h old: forgotten")
            << true << open << false << 8 * kHour << 9 * kHour << 9 * kHour << Phase::Off << true;
        QTest::newRow("max 8 h, 7 h old: working")
            << true << open << false << 8 * kHour << 7 * kHour << 7 * kHour << Phase::Working << false;
        QTest::newRow("a year old: forgotten")
            << true << open << false << max << 365 * 24 * kHour << 365 * 24 * kHour << Phase::Off << true;
    }

    void stateOf()
    {
        QFETCH(bool, hasInterval);
        QFETCH(int, status);
        QFETCH(bool, isBreak);
        QFETCH(qint64, maxShiftMs);
        QFETCH(qint64, shiftStartAgoMs);
        QFETCH(qint64, intervalStartAgoMs);
        QFETCH(Phase, phase);
        QFETCH(bool, forgotten);

        const PunchStateMachine machine(maxShiftMs);
        QCOMPARE(machine.maxShiftMs(), maxShiftMs);
        std::optional<PunchInterval> interval;
        if (hasInterval) {
            interval = openInterval(isBreak ? QStringLiteral("LUNCH") : QStringLiteral("PICK"),
                                    kNow - shiftStartAgoMs, kNow - intervalStartAgoMs);
            interval->status = static_cast<IntervalStatus>(status);
        }
        const PunchState s = machine.stateOf(interval, isBreak, kNow);
        QCOMPARE(punchPhaseName(s.phase), punchPhaseName(phase));
        QCOMPARE(s.previousShiftForgotten, forgotten);
        if (phase == Phase::Off) {
            QVERIFY(s.activityCode.isEmpty());
            QVERIFY(!s.businessDay.isValid());
            // Never a clock-out for a shift that is over: the next tap starts a new one.
            auto out = machine.decide(s, PunchAction::ClockOut, nullptr, kNow);
            QVERIFY(!out.ok());
            QCOMPARE(out.error().code(), ErrorCode::Conflict);
            auto start = machine.decide(s, PunchAction::StartActivity, find(QStringLiteral("PICK")), kNow);
            QVERIFY(start.ok());
            QCOMPARE(start->kind, std::optional<EventKind>(EventKind::PunchClockIn));
        } else {
            QCOMPARE(s.activityCode, interval->activityCode);
            QCOMPARE(s.sinceMs, interval->startMs);
            QCOMPARE(s.shiftStartMs, interval->shiftStartMs);
            QCOMPARE(s.businessDay, interval->businessDay);
        }
    }

    void phaseNames()
    {
        QCOMPARE(punchPhaseName(Phase::Off), QStringLiteral("off"));
        QCOMPARE(punchPhaseName(Phase::Working), QStringLiteral("working"));
        QCOMPARE(punchPhaseName(Phase::OnBreak), QStringLiteral("on-break"));
    }

    void offers_data()
    {
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<bool>("forgotten");
        QTest::addColumn<QList<int>>("expected");
        const int S = static_cast<int>(PunchAction::StartActivity);
        const int B = static_cast<int>(PunchAction::Break);
        const int O = static_cast<int>(PunchAction::ClockOut);
        QTest::newRow("off") << Phase::Off << false << QList<int>{S};
        QTest::newRow("off after a forgotten shift") << Phase::Off << true << QList<int>{S};
        QTest::newRow("working") << Phase::Working << false << QList<int>{S, B, O};
        QTest::newRow("on break") << Phase::OnBreak << false << QList<int>{S, O};
    }

    void offers()
    {
        QFETCH(Phase, phase);
        QFETCH(bool, forgotten);
        QFETCH(QList<int>, expected);
        PunchState s =
            stateAt(phase, phase == Phase::OnBreak ? QStringLiteral("LUNCH") : QStringLiteral("PICK"), kNow);
        s.previousShiftForgotten = forgotten;
        QList<int> got;
        for (PunchAction a : PunchStateMachine::offers(s))
            got << static_cast<int>(a);
        QCOMPARE(got, expected);
        if (phase == Phase::Off)
            QVERIFY(!got.contains(static_cast<int>(PunchAction::ClockOut)));
        // Every action offered is one the machine accepts in that state.
        const PunchStateMachine machine;
        for (int a : got) {
            const auto action = static_cast<PunchAction>(a);
            const Activity *act = action == PunchAction::Break           ? find(QStringLiteral("REST"))
                                  : action == PunchAction::StartActivity ? find(QStringLiteral("CART"))
                                                                         : nullptr;
            auto d = machine.decide(s, action, act, kNow);
            QVERIFY2(d.ok(), qPrintable(QStringLiteral("action %1 offered but refused").arg(a)));
            QVERIFY(d->kind.has_value());
        }
    }

    // A walk through a whole shift, feeding each decision back as the next state.
    void wholeShift()
    {
        const PunchStateMachine machine;
        PunchState s;
        qint64 t = kNow;
        struct Step {
            PunchAction action;
            const char *activity;
            EventKind kind;
            Phase after;
        };
        const Step steps[] = {
            {PunchAction::StartActivity, "MEET", EventKind::PunchClockIn, Phase::Working},
            {PunchAction::StartActivity, "PICK", EventKind::PunchSwitch, Phase::Working},
            {PunchAction::Break, "LUNCH", EventKind::PunchBreak, Phase::OnBreak},
            {PunchAction::StartActivity, "CART", EventKind::PunchSwitch, Phase::Working},
            {PunchAction::ClockOut, "", EventKind::PunchClockOut, Phase::Off},
        };
        qint64 shiftStart = 0;
        for (const Step &step : steps) {
            t += kHour;
            const Activity *a = *step.activity ? find(QString::fromUtf8(step.activity)) : nullptr;
            auto d = machine.decide(s, step.action, a, t);
            QVERIFY2(d.ok(), step.activity);
            QCOMPARE(d->kind, std::optional<EventKind>(step.kind));
            if (step.kind == EventKind::PunchClockIn)
                shiftStart = t;
            std::optional<PunchInterval> open;
            if (step.after != Phase::Off)
                open = openInterval(d->activityCode, shiftStart, t);
            s = machine.stateOf(open, step.after == Phase::OnBreak, t);
            QCOMPARE(punchPhaseName(s.phase), punchPhaseName(step.after));
        }
    }

    void debouncer_data()
    {
        // A sequence of taps "badge@ms" and whether each counts.
        QTest::addColumn<QStringList>("taps");
        QTest::addColumn<QList<bool>>("accepted");
        QTest::addColumn<qint64>("windowMs");
        const qint64 w = BadgeDebouncer::kDefaultWindowMs;
        QTest::newRow("first tap") << QStringList{"B1@0"} << QList<bool>{true} << w;
        QTest::newRow("same badge within 3 s ignored") << QStringList{"B1@0", "B1@1", "B1@1500", "B1@2999"}
                                                       << QList<bool>{true, false, false, false} << w;
        QTest::newRow("exactly at 3 s accepted")
            << QStringList{"B1@0", "B1@3000"} << QList<bool>{true, true} << w;
        QTest::newRow("window counts from the accepted tap")
            << QStringList{"B1@0", "B1@2000", "B1@3000", "B1@5999", "B1@6000"}
            << QList<bool>{true, false, true, false, true} << w;
        QTest::newRow("other badge accepted") << QStringList{"B1@0", "B2@10", "B1@20", "B2@30", "B3@40"}
                                              << QList<bool>{true, true, false, false, true} << w;
        QTest::newRow("japanese and empty badge ids")
            << QStringList{"社員1@0", "社員1@100", "@200", "@300", "@3200"}
            << QList<bool>{true, false, true, false, true} << w;
        QTest::newRow("clock going backwards accepts, then debounces from there")
            << QStringList{"B1@10000", "B1@5000", "B1@6000", "B1@8000"}
            << QList<bool>{true, true, false, true} << w;
        QTest::newRow("clock going back 1 ms")
            << QStringList{"B1@10000", "B1@9999", "B1@10001"} << QList<bool>{true, true, false} << w;
        QTest::newRow("window of 500 ms")
            << QStringList{"B1@0", "B1@499", "B1@500"} << QList<bool>{true, false, true} << qint64(500);
        QTest::newRow("window of 0: nothing ignored")
            << QStringList{"B1@0", "B1@0"} << QList<bool>{true, true} << qint64(0);
    }

    void debouncer()
    {
        QFETCH(QStringList, taps);
        QFETCH(QList<bool>, accepted);
        QFETCH(qint64, windowMs);
        QCOMPARE(taps.size(), accepted.size());
        BadgeDebouncer debouncer(windowMs);
        for (qsizetype i = 0; i < taps.size(); ++i) {
            const qsizetype at = taps[i].lastIndexOf(QLatin1Char('@'));
            const QString badge = taps[i].left(at);
            const qint64 ms = kNow + taps[i].mid(at + 1).toLongLong();
            QVERIFY2(debouncer.accept(badge, ms) == accepted[i],
                     qPrintable(QStringLiteral("tap %1").arg(taps[i])));
        }
    }

    // A busy kiosk: hundreds of badges within the window; the table is pruned but a badge still
    // inside its window stays ignored.
    void debouncerManyBadges()
    {
        BadgeDebouncer debouncer;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(debouncer.accept(QStringLiteral("B%1").arg(i), kNow + i));
        QVERIFY(!debouncer.accept(QStringLiteral("B999"), kNow + 1500));
        QVERIFY(!debouncer.accept(QStringLiteral("B0"), kNow + 2999));
        QVERIFY(debouncer.accept(QStringLiteral("B0"), kNow + 3000));
        // Long after: everyone counts again.
        for (int i = 0; i < 1000; ++i)
            QVERIFY(debouncer.accept(QStringLiteral("B%1").arg(i), kNow + 60000 + i));
        QVERIFY(!debouncer.accept(QStringLiteral("B500"), kNow + 61000));
    }
};

QTEST_GUILESS_MAIN(TestPunchStateMachine)
#include "tst_punchstatemachine.moc"
