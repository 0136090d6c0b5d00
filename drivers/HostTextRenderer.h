#pragma once

#include "Result.h"

#include <QImage>
#include <QString>

namespace wh::drivers {

// A font on this computer, sized in printer dots.
struct HostFont {
    QString family = QStringLiteral("Noto Sans CJK JP"); // fonts-noto-cjk
    int heightDots = 30; // the line's height: ascent + descent, like the height of a ZPL font
    int widthDots = 0;   // 0: the font's own proportions; else stretched by widthDots / heightDots
    bool bold = false;
};

// Text drawn on the host into an image at printer resolution, for printers that have no Japanese
// font: the label carries it as a graphic field (^GFA), and the preview draws printer fonts the
// same way. Black text on white, antialiased (ZplGraphic thresholds it to dots), exactly
// `heightDots` high and as wide as the text (or cut to `maxWidthDots` with an ellipsis).
//
// Needs a QGuiApplication (the offscreen platform is enough): fonts live there. Call it from the
// GUI thread.
class HostTextRenderer {
public:
    // Whether text can be drawn with `family`: a QGuiApplication runs and the font is installed.
    [[nodiscard]] static Status available(const QString &family);
    // The text as an image; errors: see available(). An empty text is a 1 x heightDots image.
    [[nodiscard]] static Result<QImage> render(const QString &text, const HostFont &font,
                                               int maxWidthDots = 0);
    // How wide render() would draw `text`, in dots (0 when fonts are not available).
    [[nodiscard]] static int widthOf(const QString &text, const HostFont &font);
};

} // namespace wh::drivers
