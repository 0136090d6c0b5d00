#pragma once

#include <QCoreApplication>

class QGuiApplication;

namespace wh {

// wh-handheld: the scanner or phone on the floor (Qt Quick, portrait). Parses the options, opens
// the store, finds the handheld's device and site, and shows the home screen.
class HandheldProgram {
    Q_DECLARE_TR_FUNCTIONS(wh::HandheldProgram)

public:
    // Runs the program on the GUI thread; returns the exit code.
    static int run(QGuiApplication &app);
};

} // namespace wh
