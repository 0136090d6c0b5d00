#pragma once

#include <QCoreApplication>
#include <QString>

class QQuickWindow;

namespace wh {

class GuiStartup;

// --screenshot for the Qt Quick program: once the window has rendered its first frame, grabs it
// to a PNG and ends the event loop (exit code 0 when saved, 1 with a message when not).
// GUI thread only.
class QuickScreenshot {
    Q_DECLARE_TR_FUNCTIONS(wh::QuickScreenshot)

public:
    static void grabAfterFirstFrame(QQuickWindow *window, const QString &path, const GuiStartup &startup);
};

} // namespace wh
