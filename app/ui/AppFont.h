#pragma once

#include <QString>

namespace wh {

// The typeface of every GUI program: Noto Sans CJK JP, so Japanese text is drawn with Japanese
// glyph shapes (not the Chinese forms a fallback could pick) and Latin text matches it.
class AppFont {
public:
    // Sets the application font. Call on the GUI thread after the QGuiApplication exists.
    static void apply();

    // The family that apply() chose (the system default when no Japanese font is installed).
    [[nodiscard]] static QString family();
};

} // namespace wh
