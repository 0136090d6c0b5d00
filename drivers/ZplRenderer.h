#pragma once

#include "Result.h"
#include "ZplBuilder.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

#include <vector>

namespace wh::drivers {

// A local picture of ZPL labels, for a preview before printing and for office printers.
struct ZplPreview {
    std::vector<QImage> labels; // one per ^XA ... ^XZ, black on white, one pixel per printer dot
    std::vector<int> copies;    // each label's ^PQ
    QStringList warnings;       // what the preview could not draw (unknown commands, bad fields)
};

// Draws the ZPL subset ZplBuilder writes: ^XA ^XZ ^CI ^PW ^LL ^LH ^FO ^A0 / ^A@ (text) ^FH ^FD ^FS
// ^FR ^BQ (QR) ^GB (boxes, lines) ^GFA (graphic fields, compressed or not) ^PQ; ~ commands between
// labels (~HS) are skipped. Anything else is named in the warnings and left out of the picture.
// Printer fonts are drawn with host fonts: font 0 (CG Triumvirate Bold Condensed on a Zebra) with a
// bold condensed sans, ^A@ fonts with the Japanese family; so a preview shows the layout, not the
// exact glyphs. Zebra prints a QR a few dots lower than its ^FO on some firmware; the preview puts
// it at the ^FO.
//
// Needs a QGuiApplication when a label has text (see HostTextRenderer); GUI thread.
class ZplRenderer {
public:
    struct Options {
        LabelFormat format; // size when a label has no ^PW / ^LL; the dpi is only descriptive
        QString latinFamily = QStringLiteral("DejaVu Sans");
        QString japaneseFamily = QStringLiteral("Noto Sans CJK JP");
    };

    // Errors: no label (^XA ... ^XZ) in the data (ErrorCode::Parse), fonts unavailable.
    [[nodiscard]] static Result<ZplPreview> render(const QByteArray &zpl, const Options &options);
    [[nodiscard]] static Result<ZplPreview> render(const QByteArray &zpl) { return render(zpl, Options{}); }
};

} // namespace wh::drivers
