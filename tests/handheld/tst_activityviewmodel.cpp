// ActivityViewModel: switching activity from the handheld (clock in, switch, break, back to work,
// clock out, worded as the kiosk words them, the header's card updated after each punch), its
// options model, and the forgotten-punch guard (allowed at once, switch with the suggested activity
// pre-selected, clock in, continue without switching, cancel); the activity page and the guard
// dialog over the real view-model. A real demo store and a test clock.
#include "ActivityViewModel.h"
#include "HandheldTestSupport.h"
#include "PunchTestStore.h"
#include "SessionViewModel.h"
#include "SiteText.h"

#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>

using namespace wh;

namespace {
constexpr qint64 kMinute = 60 * 1000;

using test::findItem;
using test::tap;

QStringList codesOf(const ActivityOptionModel &model, int role = 0)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (role == 0 || index.data(role).toBool())
            out << index.data(ActivityOptionModel::CodeRole).toString();
    }
    return out;
}
} // namespace

class TestActivityViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void options();
    void switchBreakAndClockOut();
    void refusedPunches();
    void guardAllowsAtOnce();
    void guardSwitchWithTheSuggestionPreselected();
    void guardClockIn();
    void guardOnBreak();
    void guardContinueWithoutSwitching();
    void guardCancel();
    void guardStaysWhenThePunchFails();
    void guardWithoutActivities();
    void anotherWorkerDropsTheGuard();
    void activityPage();
    void guardDialog();

private:
    // A worker signed in on `session`, off, not used by another test.
    void signInFresh(SessionViewModel &session);
    QString name(const QString &code) { return m_names.value(code); }

    test::PunchTestStore m_fixture;
    QStringList m_used;
    QHash<QString, QString> m_names;
};

void TestActivityViewModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // the pages' tests, offscreen
    const QString problem = m_fixture.build();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_names = {{"PAC-SGL-PACK", "Single-item packing"},
               {"MEA-MSR-GARMENT", "Garment measurement"},
               {"MEA-MSR-SAMPLE", "Sample measurement"},
               {"MEA-MSR-RECORD", "Measurement records"},
               {"MEA-MSR-SPEC", "Spec check"},
               {"BRK-LUNCH", "Lunch break"},
               {"BRK-SHORT", "Short break"}};
}

void TestActivityViewModel::signInFresh(SessionViewModel &session)
{
    const db::WorkerCard card = m_fixture.offWorker(m_used);
    QVERIFY2(!card.worker.code.isEmpty(), "no demo worker left");
    m_used << card.worker.code;
    QVERIFY(session.signInWithBadge(card.worker.badgeId));
}

void TestActivityViewModel::options()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    QCOMPARE(activity.options()->rowCount(), 0); // nobody signed in
    QAbstractItemModelTester tester(activity.options(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    signInFresh(session);
    ActivityOptionModel &model = *activity.options();
    QVERIFY(model.rowCount() > 50);
    const auto roles = model.roleNames();
    for (const char *role : {"code", "name", "block", "recent", "favourite", "current", "suggested"})
        QVERIFY2(roles.values().contains(role), role);
    // Breaks are not options (Break has its own button); nobody is on anything yet.
    QVERIFY(!codesOf(model).contains(QStringLiteral("BRK-LUNCH")));
    QVERIFY(codesOf(model, ActivityOptionModel::CurrentRole).isEmpty());
    const int row = model.rowOf(QStringLiteral("MEA-MSR-GARMENT"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row).data(ActivityOptionModel::NameRole).toString(),
             QStringLiteral("Garment measurement"));
    QCOMPARE(model.index(row).data(ActivityOptionModel::BlockRole).toString(), QStringLiteral("MEA"));

    QSignalSpy count(&model, &ActivityOptionModel::countChanged);
    model.setFilter(QStringLiteral("mea-msr"));
    QCOMPARE(codesOf(model),
             (QStringList{"MEA-MSR-GARMENT", "MEA-MSR-SAMPLE", "MEA-MSR-RECORD", "MEA-MSR-SPEC"}));
    QCOMPARE(count.size(), 1);
    model.setFilter(QStringLiteral("採寸")); // Japanese names match too
    QVERIFY(codesOf(model).contains(QStringLiteral("MEA-MSR-GARMENT")));
    model.setFilter(QStringLiteral("measurement"));
    QVERIFY(codesOf(model).contains(QStringLiteral("MEA-MSR-SAMPLE")));
    model.setFilter(QStringLiteral("no such thing"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QString());
    QVERIFY(model.rowCount() > 50);
}

void TestActivityViewModel::switchBreakAndClockOut()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    QVERIFY(!activity.canBreak());
    QVERIFY(!activity.canClockOut());
    QSignalSpy punched(&activity, &ActivityViewModel::punched);
    QSignalSpy card(&session, &SessionViewModel::cardChanged);
    QSignalSpy state(&activity, &ActivityViewModel::stateChanged);
    const qint64 events = m_fixture.punchEvents();

    // Tokyo 09:00 + 5 min: clock in.
    m_fixture.clock.advance(5 * kMinute);
    const QString at1 = SiteText::siteTime(m_fixture.clock.nowMs(), m_fixture.punch->site().timeZone(),
                                           m_fixture.clock.nowMs());
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    QCOMPARE(punched.size(), 1);
    QCOMPARE(punched.last().at(0).toString(),
             QStringLiteral("Clocked in: Single-item packing at %1").arg(at1));
    QCOMPARE(activity.message(), punched.last().at(0).toString());
    QVERIFY(!activity.messageIsError());
    QCOMPARE(m_fixture.punchEvents(), events + 1);
    QVERIFY(card.size() >= 1);
    QVERIFY(state.size() >= 1);
    QCOMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));
    QCOMPARE(session.sinceText(), QStringLiteral("since %1").arg(at1));
    QVERIFY(activity.canBreak());
    QVERIFY(activity.canClockOut());
    // The options: on it now, and first among the recent ones.
    QCOMPARE(codesOf(*activity.options(), ActivityOptionModel::CurrentRole), QStringList{"PAC-SGL-PACK"});
    QCOMPARE(activity.options()->index(0).data(ActivityOptionModel::CodeRole).toString(),
             QStringLiteral("PAC-SGL-PACK"));
    QVERIFY(activity.options()->index(0).data(ActivityOptionModel::RecentRole).toBool());

    // The same again: nothing to record, no error.
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    QCOMPARE(punched.size(), 1);
    QCOMPARE(activity.message(),
             QStringLiteral("You are already on Single-item packing. Nothing was changed."));
    QCOMPARE(m_fixture.punchEvents(), events + 1);

    m_fixture.clock.advance(30 * kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("MEA-MSR-GARMENT")));
    QVERIFY2(activity.message().startsWith(QStringLiteral("Switched to Garment measurement at ")),
             qPrintable(activity.message()));
    QCOMPARE(session.activityName(), QStringLiteral("Garment measurement"));
    QCOMPARE(codesOf(*activity.options(), ActivityOptionModel::CurrentRole), QStringList{"MEA-MSR-GARMENT"});

    m_fixture.clock.advance(60 * kMinute);
    QVERIFY(activity.startBreak());
    QVERIFY2(activity.message().startsWith(QStringLiteral("Break started: Lunch break at ")),
             qPrintable(activity.message()));
    QVERIFY(session.onBreak());
    QVERIFY(!activity.canBreak());
    QVERIFY(activity.canClockOut());
    QVERIFY(activity.startBreak()); // already on it
    QCOMPARE(activity.message(), QStringLiteral("You are already on a break. Nothing was changed."));

    m_fixture.clock.advance(45 * kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("MEA-MSR-GARMENT")));
    QVERIFY2(activity.message().startsWith(QStringLiteral("Back to work: Garment measurement at ")),
             qPrintable(activity.message()));
    QVERIFY(!session.onBreak());

    // A break activity's code (scanned from the break board) starts that break.
    m_fixture.clock.advance(60 * kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("BRK-SHORT")));
    QVERIFY2(activity.message().startsWith(QStringLiteral("Break started: Short break at ")),
             qPrintable(activity.message()));
    QCOMPARE(session.activityCode(), QStringLiteral("BRK-SHORT"));

    m_fixture.clock.advance(10 * kMinute);
    QVERIFY(activity.clockOut());
    // Worked: 30 + 60 (the lunch break and the short break left out) + 60 = 2:30.
    const QString at2 = SiteText::siteTime(m_fixture.clock.nowMs(), m_fixture.punch->site().timeZone(),
                                           m_fixture.clock.nowMs());
    QCOMPARE(activity.message(), QStringLiteral("Clocked out at %1. Worked today: 2:30").arg(at2));
    QVERIFY(!session.clockedIn());
    QVERIFY(!activity.canBreak());
    QVERIFY(!activity.canClockOut());
    QVERIFY(codesOf(*activity.options(), ActivityOptionModel::CurrentRole).isEmpty());
    QCOMPARE(punched.size(), 6);
    QCOMPARE(m_fixture.punchEvents(), events + 6);
}

void TestActivityViewModel::refusedPunches()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    QSignalSpy punched(&activity, &ActivityViewModel::punched);
    const qint64 events = m_fixture.punchEvents();

    QVERIFY(!activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    QCOMPARE(activity.message(), QStringLiteral("Sign in first: scan your badge."));
    QVERIFY(activity.messageIsError());

    signInFresh(session);
    QVERIFY(!activity.switchTo(QString()));
    QCOMPARE(activity.message(), QStringLiteral("Choose an activity."));
    QVERIFY(!activity.switchTo(QStringLiteral("NO-SUCH-ACTIVITY")));
    QCOMPARE(activity.message(),
             QStringLiteral("This activity is not offered at this site. Please choose another "
                            "one. Nothing was recorded."));
    QVERIFY(!activity.clockOut());
    QCOMPARE(activity.message(),
             QStringLiteral("You are not clocked in. Choose an activity to clock in. Nothing was recorded."));
    QVERIFY(!activity.startBreak());
    QVERIFY(activity.messageIsError());
    QCOMPARE(m_fixture.punchEvents(), events);

    // A clock that went back behind the worker's last punch: refused, the admin told.
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    const qint64 notices = m_fixture.events(EventKind::AdminNotice);
    m_fixture.clock.advance(-10 * kMinute);
    QVERIFY(!activity.switchTo(QStringLiteral("MEA-MSR-GARMENT")));
    QVERIFY2(activity.message().startsWith(
                 QStringLiteral("The punch was refused: the handheld's clock is behind")),
             qPrintable(activity.message()));
    QCOMPARE(m_fixture.events(EventKind::AdminNotice), notices + 1);
    QCOMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));
    m_fixture.clock.advance(10 * kMinute);
    QCOMPARE(punched.size(), 1);
    QCOMPARE(m_fixture.punchEvents(), events + 1);
}

void TestActivityViewModel::guardAllowsAtOnce()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("MEA-MSR-SAMPLE")));
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QSignalSpy guard(&activity, &ActivityViewModel::guardChanged);
    const qint64 events = m_fixture.punchEvents();
    QVERIFY(activity.requestWorkflow(QStringLiteral("measure")));
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.last().at(0).toString(), QStringLiteral("measure"));
    QVERIFY(!activity.guardActive());
    QCOMPARE(guard.size(), 0);
    QCOMPARE(m_fixture.punchEvents(), events);
    // Not signed in: nothing allowed.
    session.signOut();
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QCOMPARE(allowed.size(), 1);
    QVERIFY(activity.messageIsError());
}

void TestActivityViewModel::guardSwitchWithTheSuggestionPreselected()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    // Measured on the spec check earlier (the last of the four in the tree), now packing.
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("MEA-MSR-SPEC")));
    m_fixture.clock.advance(20 * kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    m_fixture.clock.advance(20 * kMinute);

    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QSignalSpy guard(&activity, &ActivityViewModel::guardChanged);
    QSignalSpy punched(&activity, &ActivityViewModel::punched);
    const qint64 events = m_fixture.punchEvents();
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QCOMPARE(allowed.size(), 0);
    QCOMPARE(guard.size(), 1);
    QVERIFY(activity.guardActive());
    QCOMPARE(activity.guardWorkflow(), QStringLiteral("measure"));
    QCOMPARE(activity.guardCurrentActivity(), QStringLiteral("Single-item packing"));
    QVERIFY(!activity.guardClockIn());
    QCOMPARE(activity.guardTitle(), QStringLiteral("Switch activity?"));
    QCOMPARE(
        activity.guardText(),
        QStringLiteral("You are punched into Single-item packing. Measuring counts for Spec check. Switch?"));
    // The workflow's four activities, the one done last first and pre-selected.
    const QVariantList suggestions = activity.guardSuggestions();
    QCOMPARE(suggestions.size(), 4);
    QCOMPARE(suggestions.at(0).toMap().value("code").toString(), QStringLiteral("MEA-MSR-SPEC"));
    QCOMPARE(suggestions.at(0).toMap().value("name").toString(), QStringLiteral("Spec check"));
    QVERIFY(suggestions.at(0).toMap().value("recent").toBool());
    QStringList codes;
    for (const QVariant &s : suggestions)
        codes << s.toMap().value("code").toString();
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()),
             (QSet<QString>{"MEA-MSR-GARMENT", "MEA-MSR-SAMPLE", "MEA-MSR-RECORD", "MEA-MSR-SPEC"}));
    QCOMPARE(activity.guardSelected(), 0);
    // The options mark them too.
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()), [&] {
        const QStringList s = codesOf(*activity.options(), ActivityOptionModel::SuggestedRole);
        return QSet<QString>(s.begin(), s.end());
    }());
    QCOMPARE(m_fixture.punchEvents(), events); // asking punches nothing

    QVERIFY(activity.acceptGuard());
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.last().at(0).toString(), QStringLiteral("measure"));
    QCOMPARE(punched.size(), 1);
    QVERIFY(punched.last().at(0).toString().startsWith(QStringLiteral("Switched to Spec check at ")));
    QCOMPARE(session.activityCode(), QStringLiteral("MEA-MSR-SPEC"));
    QVERIFY(!activity.guardActive());
    QVERIFY(activity.guardSuggestions().isEmpty());
    QVERIFY(codesOf(*activity.options(), ActivityOptionModel::SuggestedRole).isEmpty());
    QCOMPARE(m_fixture.punchEvents(), events + 1);
    // Now it is allowed at once.
    QVERIFY(activity.requestWorkflow(QStringLiteral("measure")));
    QCOMPARE(allowed.size(), 2);
}

void TestActivityViewModel::guardClockIn()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QSignalSpy selected(&activity, &ActivityViewModel::guardSelectedChanged);
    m_fixture.clock.advance(kMinute);
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QVERIFY(activity.guardActive());
    QVERIFY(activity.guardClockIn());
    QVERIFY(activity.guardCurrentActivity().isEmpty());
    QCOMPARE(activity.guardTitle(), QStringLiteral("Clock in?"));
    const QVariantList suggestions = activity.guardSuggestions();
    QCOMPARE(suggestions.size(), 4);
    const QString first = suggestions.at(0).toMap().value("name").toString();
    QCOMPARE(activity.guardText(),
             QStringLiteral("You are not clocked in. Measuring counts for %1. Clock in on it?").arg(first));
    // Another one chosen in the list.
    selected.clear();
    activity.setGuardSelected(1);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(activity.guardSelected(), 1);
    activity.setGuardSelected(7); // out of range: ignored
    QCOMPARE(activity.guardSelected(), 1);
    const QString chosen = suggestions.at(1).toMap().value("code").toString();
    const qint64 clockIns = m_fixture.events(EventKind::PunchClockIn);
    QVERIFY(activity.acceptGuard());
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(m_fixture.events(EventKind::PunchClockIn), clockIns + 1);
    QCOMPARE(session.activityCode(), chosen);
    QVERIFY(session.clockedIn());
    QVERIFY(activity.message().startsWith(QStringLiteral("Clocked in: %1 at ").arg(name(chosen))));
}

void TestActivityViewModel::guardOnBreak()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.startBreak());
    m_fixture.clock.advance(kMinute);
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QVERIFY(!activity.guardClockIn());
    QCOMPARE(activity.guardTitle(), QStringLiteral("Back to work?"));
    QCOMPARE(activity.guardCurrentActivity(), QStringLiteral("Lunch break"));
    const QString first = activity.guardSuggestions().at(0).toMap().value("name").toString();
    QCOMPARE(
        activity.guardText(),
        QStringLiteral("You are on a break (Lunch break). Measuring counts for %1. Go back to work on it?")
            .arg(first));
    QVERIFY(activity.acceptGuard());
    QVERIFY(activity.message().startsWith(QStringLiteral("Back to work: %1 at ").arg(first)));
    QVERIFY(!session.onBreak());
}

void TestActivityViewModel::guardContinueWithoutSwitching()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    m_fixture.clock.advance(kMinute);
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QSignalSpy punched(&activity, &ActivityViewModel::punched);
    const qint64 events = m_fixture.punchEvents();
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    const QString suggested = activity.guardSuggestions().at(0).toMap().value("name").toString();
    activity.continueWithoutSwitch();
    QCOMPARE(allowed.size(), 1);
    QCOMPARE(allowed.last().at(0).toString(), QStringLiteral("measure"));
    QVERIFY(!activity.guardActive());
    QCOMPARE(punched.size(), 0);
    QCOMPARE(m_fixture.punchEvents(), events);
    QCOMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));
    // Says that the work will not count for the workflow's activity.
    QCOMPARE(activity.message(),
             QStringLiteral("You stay on Single-item packing: the time you spend now counts for "
                            "Single-item packing, not for %1.")
                 .arg(suggested));
    QVERIFY(!activity.messageIsError());
    activity.continueWithoutSwitch(); // no guard: nothing
    QCOMPARE(allowed.size(), 1);

    // Not clocked in: the work is not counted at all.
    SessionViewModel other(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel otherActivity(*m_fixture.punch, other);
    signInFresh(other);
    QVERIFY(!otherActivity.requestWorkflow(QStringLiteral("measure")));
    otherActivity.continueWithoutSwitch();
    QVERIFY2(otherActivity.message().startsWith(
                 QStringLiteral("You are not clocked in: the work you do now is not "
                                "counted")),
             qPrintable(otherActivity.message()));
    QVERIFY(!other.clockedIn());
}

void TestActivityViewModel::guardCancel()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QSignalSpy guard(&activity, &ActivityViewModel::guardChanged);
    const qint64 events = m_fixture.punchEvents();
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    activity.cancelGuard();
    QVERIFY(!activity.guardActive());
    QCOMPARE(guard.size(), 2);
    QCOMPARE(allowed.size(), 0);
    QCOMPARE(m_fixture.punchEvents(), events);
    QVERIFY(!activity.acceptGuard()); // no guard any more
    QCOMPARE(m_fixture.punchEvents(), events);
}

void TestActivityViewModel::guardStaysWhenThePunchFails()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QVERIFY(!activity.acceptGuard(QStringLiteral("NO-SUCH-ACTIVITY")));
    QVERIFY(activity.guardActive());
    QVERIFY(activity.messageIsError());
    QCOMPARE(allowed.size(), 0);
    QCOMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));
    activity.cancelGuard();
}

void TestActivityViewModel::guardWithoutActivities()
{
    // A workflow no activity at this site counts for: the guard has nothing to offer and lets it
    // start, saying so.
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);
    QVERIFY(activity.requestWorkflow(QStringLiteral("no-such-workflow")));
    QCOMPARE(allowed.size(), 1);
    QVERIFY(!activity.guardActive());
    QVERIFY(!activity.messageIsError());
    QVERIFY2(activity.message().contains(QStringLiteral("counts for no activity at this site")),
             qPrintable(activity.message()));
}

void TestActivityViewModel::anotherWorkerDropsTheGuard()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QVERIFY(activity.guardActive());
    signInFresh(session);
    QVERIFY(!activity.guardActive());
    QVERIFY(activity.options()->rowCount() > 0);
    session.signOut();
    QCOMPARE(activity.options()->rowCount(), 0);
}

void TestActivityViewModel::activityPage()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import QtQuick.Controls
import Wh.Handheld
ApplicationWindow {
    required property ActivityViewModel vm
    property int finishedCount: 0
    width: 360
    height: 640
    visible: true
    ActivityPage { objectName: "page"; anchors.fill: parent; model: vm; confirmationMs: 50
                   onFinished: finishedCount++ }
}
)",
                      QUrl());
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{QStringLiteral("vm"), QVariant::fromValue(&activity)}}));
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto find = [window](const char *name) { return findItem(window, QLatin1String(name)); };

    auto *current = find("currentActivity");
    auto *breakButton = find("breakButton");
    auto *clockOutButton = find("clockOutButton");
    QVERIFY(current && breakButton && clockOutButton);
    QCOMPARE(current->property("text").toString(), QStringLiteral("Not clocked in"));
    QVERIFY(!breakButton->isEnabled());
    QVERIFY(!clockOutButton->isEnabled());
    QVERIFY(breakButton->height() >= 48);
    // The main actions at the bottom, inside 360 x 640.
    QVERIFY(breakButton->mapToScene(QPointF(0, 0)).y() > 500);
    QVERIFY(clockOutButton->mapToScene(QPointF(clockOutButton->width(), 0)).x() <= 360);

    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(grabDir + QStringLiteral("/activity-page.png")));
    }

    // Narrow the list and tap an option.
    activity.options()->setFilter(QStringLiteral("PAC-SGL-PACK"));
    QQuickItem *option = nullptr;
    QTRY_VERIFY((option = find("option_PAC-SGL-PACK")) != nullptr);
    QVERIFY(option->height() >= 48);
    m_fixture.clock.advance(kMinute);
    tap(window, option);
    QTRY_COMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));
    auto *message = find("message");
    QVERIFY(message);
    QTRY_VERIFY(
        message->property("text").toString().startsWith(QStringLiteral("Clocked in: Single-item packing")));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(current->property("text").toString(), QStringLiteral("Single-item packing"));
    // The confirmation shows, then the page is finished.
    QTRY_COMPARE(root->property("finishedCount").toInt(), 1);
    QVERIFY(breakButton->isEnabled());

    tap(window, breakButton);
    QTRY_VERIFY(session.onBreak());
    QTRY_COMPARE(root->property("finishedCount").toInt(), 2);

    // Clock out asks first; Cancel leaves the worker clocked in.
    m_fixture.clock.advance(kMinute);
    auto *confirm = window->findChild<QObject *>(QStringLiteral("clockOutConfirm"));
    QVERIFY(confirm);
    tap(window, clockOutButton);
    QTRY_VERIFY(confirm->property("opened").toBool());
    tap(window, find("clockOutCancel"));
    QTRY_VERIFY(!confirm->property("visible").toBool());
    QVERIFY(session.clockedIn());
    tap(window, clockOutButton);
    QTRY_VERIFY(confirm->property("opened").toBool());
    if (!grabDir.isEmpty())
        QVERIFY(window->grabWindow().save(grabDir + QStringLiteral("/activity-clock-out.png")));
    tap(window, find("clockOutConfirmButton"));
    QTRY_VERIFY(!session.clockedIn());
    QTRY_VERIFY(message->property("text").toString().startsWith(QStringLiteral("Clocked out at ")));

    QTRY_COMPARE(root->property("finishedCount").toInt(), 3);

    // Back: finished without a punch.
    const qint64 events = m_fixture.punchEvents();
    tap(window, find("backButton"));
    QTRY_COMPARE(root->property("finishedCount").toInt(), 4);
    QCOMPARE(m_fixture.punchEvents(), events);
}

void TestActivityViewModel::guardDialog()
{
    SessionViewModel session(*m_fixture.punch, m_fixture.clock);
    ActivityViewModel activity(*m_fixture.punch, session);
    signInFresh(session);
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("MEA-MSR-RECORD")));
    m_fixture.clock.advance(kMinute);
    QVERIFY(activity.switchTo(QStringLiteral("PAC-SGL-PACK")));
    m_fixture.clock.advance(kMinute);

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQuick
import QtQuick.Controls
import Wh.Handheld
ApplicationWindow {
    required property ActivityViewModel vm
    width: 360
    height: 640
    visible: true
    GuardDialog { objectName: "guard"; model: vm }
}
)",
                      QUrl());
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{QStringLiteral("vm"), QVariant::fromValue(&activity)}}));
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *dialog = window->findChild<QObject *>(QStringLiteral("guard"));
    QVERIFY(dialog);
    QVERIFY(!dialog->property("visible").toBool());
    auto find = [window](const QString &name) { return findItem(window, name); };
    QSignalSpy allowed(&activity, &ActivityViewModel::workflowAllowed);

    // Cancel.
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QTRY_VERIFY(dialog->property("opened").toBool());
    auto *text = find(QStringLiteral("guardText"));
    QVERIFY(text);
    QCOMPARE(
        text->property("text").toString(),
        QStringLiteral("You are punched into Single-item packing. Measuring counts for Measurement records. "
                       "Switch?"));
    QQuickItem *preselected = nullptr;
    QTRY_VERIFY((preselected = find(QStringLiteral("suggestion_MEA-MSR-RECORD"))) != nullptr);
    QVERIFY(preselected->property("selected").toBool());
    auto *switchButton = find(QStringLiteral("switchButton"));
    auto *continueButton = find(QStringLiteral("continueButton"));
    auto *cancelButton = find(QStringLiteral("cancelButton"));
    QVERIFY(switchButton && continueButton && cancelButton);
    QCOMPARE(switchButton->property("text").toString(), QStringLiteral("Switch"));
    for (QQuickItem *button : {switchButton, continueButton, cancelButton}) {
        QVERIFY(button->height() >= 48);
        QVERIFY(button->mapToScene(QPointF(button->width(), button->height())).x() <= 360);
        QVERIFY(button->mapToScene(QPointF(button->width(), button->height())).y() <= 640);
    }
    const QString grabDir = qEnvironmentVariable("WH_HANDHELD_GRAB_DIR");
    if (!grabDir.isEmpty())
        QVERIFY(window->grabWindow().save(grabDir + QStringLiteral("/guard-dialog.png")));
    tap(window, cancelButton);
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QVERIFY(!activity.guardActive());
    QCOMPARE(allowed.size(), 0);

    // Escape is Cancel too.
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QTRY_VERIFY(dialog->property("opened").toBool());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!activity.guardActive());
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QCOMPARE(allowed.size(), 0);

    // Continue without switching.
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QTRY_VERIFY(dialog->property("opened").toBool());
    tap(window, find(QStringLiteral("continueButton")));
    QTRY_COMPARE(allowed.size(), 1);
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QCOMPARE(session.activityCode(), QStringLiteral("PAC-SGL-PACK"));

    // Another suggestion tapped, then Switch.
    QVERIFY(!activity.requestWorkflow(QStringLiteral("measure")));
    QTRY_VERIFY(dialog->property("opened").toBool());
    QQuickItem *garment = nullptr;
    QTRY_VERIFY((garment = find(QStringLiteral("suggestion_MEA-MSR-GARMENT"))) != nullptr);
    tap(window, garment);
    QTRY_VERIFY(garment->property("selected").toBool());
    QCOMPARE(activity.guardSuggestions().at(activity.guardSelected()).toMap().value("code").toString(),
             QStringLiteral("MEA-MSR-GARMENT"));
    tap(window, find(QStringLiteral("switchButton")));
    QTRY_COMPARE(allowed.size(), 2);
    QCOMPARE(session.activityCode(), QStringLiteral("MEA-MSR-GARMENT"));
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QVERIFY(!activity.guardActive());
}

WH_IMPORT_HANDHELD_QML

QTEST_MAIN(TestActivityViewModel)
#include "tst_activityviewmodel.moc"
