#include "ScreenScenario.h"

#include "ActivityViewModel.h"
#include "HandheldApp.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "MeasureViewModel.h"
#include "PunchService.h"
#include "SessionViewModel.h"

#include <QTimer>

#include <memory>

namespace wh {

ScreenScenario::ScreenScenario(HandheldApp &app, Options options, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_options(std::move(options))
{
}

QStringList ScreenScenario::screens()
{
    return {QStringLiteral("signin"),       QStringLiteral("home"),         QStringLiteral("activity"),
            QStringLiteral("guard"),        QStringLiteral("measure"),      QStringLiteral("measure-item"),
            QStringLiteral("measure-verdict"), QStringLiteral("devices"),   QStringLiteral("settings"),
            QStringLiteral("camera")};
}

void ScreenScenario::start()
{
    // From the event loop: the window and its first bindings are in place.
    QTimer::singleShot(0, this, &ScreenScenario::step);
}

void ScreenScenario::signIn()
{
    QString code = m_options.workerCode;
    db::WorkerRepository workers(m_app.store());
    Worker worker;
    if (code.isEmpty()) {
        auto all = workers.all();
        if (!all) {
            emit failed(all.error().toString());
            return;
        }
        for (const Worker &w : *all)
            if (w.active && !w.badgeId.isEmpty() && w.homeSiteCode == m_app.where().site.code) {
                worker = w;
                break;
            }
        if (worker.code.isEmpty()) {
            emit failed(QStringLiteral("the site %1 has no active worker with a badge").arg(m_app.where().site.code));
            return;
        }
    } else {
        auto found = workers.find(code);
        if (!found) {
            emit failed(found.error().toString());
            return;
        }
        worker = *found;
    }
    // As the worker does it: the badge at the scanner.
    drivers::ScannedCode badge;
    badge.text = worker.badgeId.isEmpty() ? worker.code : worker.badgeId;
    m_app.scanned(badge);
    if (!m_app.session()->signedIn())
        emit failed(QStringLiteral("%1 could not sign in: %2").arg(worker.code, m_app.session()->message()));
}

// Punches the signed-in worker into a measure activity of the site, or into one that is not.
bool ScreenScenario::punchInto(bool measureActivity)
{
    db::PunchService &punch = m_app.punchService();
    const QString worker = m_app.session()->workerCode();
    auto answer = punch.workflowStarted(worker, QStringLiteral("measure"));
    auto options = punch.activityOptions(worker);
    if (!answer || !options) {
        emit failed(QStringLiteral("the activities of %1 cannot be read").arg(worker));
        return false;
    }
    QString code;
    if (measureActivity) {
        if (answer->verdict == db::WorkflowAnswer::Verdict::Ok)
            return true;
        code = answer->suggestedActivities.value(0);
    } else {
        for (const db::ActivityOption &o : *options)
            if (!answer->suggestedActivities.contains(o.activity.code)) {
                code = o.activity.code;
                break;
            }
    }
    if (code.isEmpty()) {
        emit failed(QStringLiteral("no activity to punch %1 into").arg(worker));
        return false;
    }
    auto punched = punch.punch(worker, PunchAction::StartActivity, code);
    if (!punched) {
        emit failed(QStringLiteral("%1 cannot be punched into %2: %3").arg(worker, code, punched.error().toString()));
        return false;
    }
    m_app.session()->refresh();
    return true;
}

// `count` readings from the simulated tape, the `failAt`-th (0-based, -1: none) out of tolerance,
// each waited for (the tape answers from the event loop).
void ScreenScenario::readingsThen(int count, int failAt, const std::function<void()> &then)
{
    MeasureViewModel *measure = m_app.measure();
    auto left = std::make_shared<int>(count);
    auto index = std::make_shared<int>(0);
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, measure, left, index, failAt, then, next] {
        if (*left <= 0 || measure->state() != MeasureViewModel::Measuring) {
            *next = nullptr; // breaks the cycle
            then();
            return;
        }
        --*left;
        const bool pass = *index != failAt;
        ++*index;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(measure, &MeasureViewModel::pointJudged, this, [connection, next](int, bool) {
            QObject::disconnect(*connection);
            QTimer::singleShot(0, *next);
        });
        if (!measure->simulateReading(pass)) {
            QObject::disconnect(*connection);
            emit failed(QStringLiteral("the simulated tape cannot measure: %1").arg(measure->message()));
        }
    };
    (*next)();
}

void ScreenScenario::step()
{
    const QString screen = m_options.screen;
    if (screen.isEmpty() || screen == QLatin1String("signin")) {
        emit ready();
        return;
    }
    signIn();
    if (!m_app.session()->signedIn())
        return;
    if (screen == QLatin1String("home")) {
        emit ready();
    } else if (screen == QLatin1String("activity")) {
        m_app.open(HandheldApp::Screen::Activity);
        emit ready();
    } else if (screen == QLatin1String("devices")) {
        m_app.open(HandheldApp::Screen::Devices);
        emit ready();
    } else if (screen == QLatin1String("settings")) {
        m_app.open(HandheldApp::Screen::Settings);
        emit ready();
    } else if (screen == QLatin1String("camera")) {
        m_app.open(HandheldApp::Screen::Camera);
        emit ready();
    } else if (screen == QLatin1String("guard")) {
        if (!punchInto(false))
            return;
        m_app.open(HandheldApp::Screen::Measure);
        if (!m_app.activity()->guardActive()) {
            emit failed(QStringLiteral("the guard did not ask"));
            return;
        }
        emit ready();
    } else if (screen.startsWith(QLatin1String("measure"))) {
        if (!punchInto(true))
            return;
        m_app.open(HandheldApp::Screen::Measure);
        if (m_app.screen() != HandheldApp::Screen::Measure) {
            emit failed(QStringLiteral("the measure screen did not open"));
            return;
        }
        if (screen == QLatin1String("measure")) {
            emit ready();
            return;
        }
        if (m_options.label.isEmpty()) {
            emit failed(QStringLiteral("--label is needed for %1").arg(screen));
            return;
        }
        drivers::ScannedCode label;
        label.symbology = QStringLiteral("]Q1");
        label.text = m_options.label;
        m_app.scanned(label);
        if (m_app.measure()->state() != MeasureViewModel::Measuring) {
            emit failed(QStringLiteral("the label was not taken: %1").arg(m_app.measure()->message()));
            return;
        }
        const int all = m_app.measure()->pointCount();
        const bool verdict = screen == QLatin1String("measure-verdict");
        readingsThen(verdict ? all : all / 2, verdict ? all - 3 : 3, [this] { emit ready(); });
    } else {
        emit failed(QStringLiteral("unknown screen %1 (one of: %2)").arg(screen, screens().join(QStringLiteral(", "))));
    }
}

} // namespace wh
