#pragma once

#include "GuiStartup.h"

class QWidget;

namespace wh {

// GuiStartup for the Widgets programs: the common look, failures also shown in a dialog when a
// person is watching, and showing the first window (or rendering it for --screenshot).
// GUI thread only.
class WidgetStartup : public GuiStartup {
public:
    using GuiStartup::GuiStartup;

    // Fusion style with a calm light palette (the kiosk restyles itself with a style sheet).
    static void applyLook();

    int fail(const QString &message) const override;

    // Shows `window`: full screen or as a normal window of `size`; in screenshot mode always at
    // `size`, and when `grabWhenShown` also renders it and quits once it has settled (a program
    // that loads data first calls grab() itself when the data has arrived).
    void present(QWidget *window, QSize size, bool fullScreen, bool grabWhenShown = true) const;

    // Renders `window` to the --screenshot file and quits (see WidgetScreenshot).
    void grab(QWidget *window) const;
};

} // namespace wh
