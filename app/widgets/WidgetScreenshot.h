#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class QWidget;

namespace wh {

class GuiStartup;

// --screenshot for the Widgets programs: the first screen at a fixed, realistic size (not full
// screen, so the picture does not depend on the display), rendered to a PNG once it has settled.
// GUI thread only.
class WidgetScreenshot {
    Q_DECLARE_TR_FUNCTIONS(wh::WidgetScreenshot)

public:
    // Shows `widget` as a normal window of `size`.
    static void show(QWidget *widget, QSize size);

    // Lets the event loop settle once (layouts, polish, pending paints), then renders `widget` to
    // the PNG file `path` and ends the event loop: exit code 0 when saved, 1 with a message
    // (through `startup`) when not.
    static void grabAndQuit(QWidget *widget, const QString &path, const GuiStartup &startup);
};

} // namespace wh
