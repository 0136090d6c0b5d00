#pragma once

#include <QCoreApplication>

class QApplication;

namespace wh {

// wh-kiosk: the touch screen by the entrance. Parses the options, opens the store, finds the
// kiosk's device and site, and shows the idle screen (full screen unless --windowed).
class KioskProgram {
    Q_DECLARE_TR_FUNCTIONS(wh::KioskProgram)

public:
    // Runs the program on the GUI thread; returns the exit code.
    static int run(QApplication &app);
};

} // namespace wh
