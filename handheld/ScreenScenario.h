#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace wh {

class HandheldApp;

// Puts the handheld on one of its screens in a telling state, as a worker would get there: for
// --screen (screenshots of every screen, demos). It drives the real view-models (sign-in by the
// worker's badge, punches through the punch service, a care label scanned, readings from the
// simulated tape), so it writes to the store like a worker would: run it on a copy.
//
// Screens: signin, home, activity, guard, measure, measure-item, measure-verdict, devices,
// settings, camera. ready() comes once the state is reached, failed(reason) when it cannot be.
class ScreenScenario : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString screen;
        QString workerCode; // empty: the first active worker of the site with a badge
        QString label;      // the care label for the measure screens
    };

    ScreenScenario(HandheldApp &app, Options options, QObject *parent = nullptr);

    [[nodiscard]] static QStringList screens();
    void start();

signals:
    void ready();
    void failed(const QString &reason);

private:
    void signIn();
    void step();
    bool punchInto(bool measureActivity);
    void readingsThen(int count, int failAt, const std::function<void()> &then);

    HandheldApp &m_app;
    Options m_options;
};

} // namespace wh
