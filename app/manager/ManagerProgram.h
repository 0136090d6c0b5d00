#pragma once

#include <QCoreApplication>

class QApplication;

namespace wh {

// wh-manager: the report viewer for floor leaders and managers. Parses the options, opens the
// store and shows the overview window.
class ManagerProgram {
    Q_DECLARE_TR_FUNCTIONS(wh::ManagerProgram)

public:
    // Runs the program on the GUI thread; returns the exit code.
    static int run(QApplication &app);
};

} // namespace wh
