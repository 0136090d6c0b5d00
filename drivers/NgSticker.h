#pragma once

#include "HostTextRenderer.h"
#include "MeasurementJudgement.h"
#include "Result.h"
#include "ZplBuilder.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <vector>

namespace wh::drivers {

// One point of a garment that failed its measurement. Lengths in 0.1 mm, as the care-label spec
// holds them (725.5 mm = 7255).
struct NgStickerPoint {
    QString code; // the spec's point code, "B01"
    QString name; // from the catalogue, in the sticker's language: "身幅", "Chest width"
    qint32 measuredTenthMm = 0;
    qint32 targetTenthMm = 0;
    qint32 lowerToleranceTenthMm = 0; // allowed below the target (a positive number)
    qint32 upperToleranceTenthMm = 0; // allowed above it
    // measured - target: positive when too long.
    [[nodiscard]] qint32 deviationTenthMm() const { return measuredTenthMm - targetTenthMm; }
};

// What the NG sticker of an item says: filled from the measured item (ngStickerFor) and by the
// measurement flow (wh measure, the handheld), which owns the records; this struct is all the
// printer side knows of them.
struct NgStickerData {
    QString itemId;                           // required
    QString style;                            // optional
    QString size;                             // optional
    QString lot;                              // optional
    std::vector<NgStickerPoint> failedPoints; // at least one, in the spec's order
    int pointsMeasured = 0;                   // all points of the item (0: not shown)
    QString recordUri;                        // the QR: a link to the measurement record; required
    QString worker;                           // optional: who measured
    QString measuredAt;                       // optional, already in the site's time: "2026-11-02 09:14"
};

// The sticker's data from a measured item, for every measurement flow (wh measure, the handheld):
// the item id, style, size and lot of its spec, how many points it has, and each point whose latest
// value fails, in the spec's order, with the catalogue's name in `language` ("ja" or "en", see
// MeasurementPoints::name). The caller adds what the session does not know: the record URI, the
// worker and the time. A point without a value yet, or whose latest value passes (a re-measure
// after a failure), is not listed; an item that passes lists none. Any thread.
[[nodiscard]] NgStickerData ngStickerFor(const MeasurementSession &session, const QString &language);

// The sticker's QR, a link to the measurement record ("wh:measurement/<item>/<event>"), and its key
// in the print spool ("ng/<item>/<event>": asked for twice, printed once), both naming the item and
// the event of its last value. Every measurement flow uses these: the link is what a scanner of the
// sticker reads back.
[[nodiscard]] QString ngStickerRecordUri(const QString &itemId, const QUuid &lastEvent);
[[nodiscard]] QString ngStickerSpoolKey(const QString &itemId, const QUuid &lastEvent);

// How Japanese (any non-ASCII) text reaches the paper.
enum class JapaneseTextMode {
    PrinterFont, // ^CI28 + ^A@ with a font stored on the printer (NgStickerOptions::printerFont)
    HostGraphic, // drawn here with a host font and sent as ^GFA graphic fields (any printer)
};

// A printer's sticker settings (per printer: its label stock, its resolution, its fonts).
struct NgStickerOptions {
    LabelFormat label = LabelFormat::fromMillimetres(100, 70, 203);
    JapaneseTextMode japanese = JapaneseTextMode::PrinterFont;
    // The Japanese font on the printer, drive and file. Zebra's optional Asian font is usually
    // stored as E:ANMDJ.TTF (Andale Mono J); set what `^WD E:` lists on yours.
    QString printerFont = QStringLiteral("E:ANMDJ.TTF");
    QString hostFontFamily = QStringLiteral("Noto Sans CJK JP");
    int copies = 1;
};

// The NG sticker as ZPL: a reversed "NG" block, the item id and its style / size / lot, the QR of
// the record (top right, 0.5 mm modules at 203 dpi, level M), then one row per failed point (code
// and name, measured, target, tolerance, deviation, in mm) as far as the label has room ("+ N
// more" after that), and who measured when. Headings are translated (the program's language);
// Latin-1 text uses the printer's font 0, other text goes the way `options.japanese` says. The
// layout is drawn for 100 x 70 mm and scales with the label's width; the rows follow its height.
// A printer font cannot be measured here, so long text is cut by an estimate of its width;
// host-rendered text is cut exactly.
//
// Errors (ErrorCode::InvalidArgument): no item id, no failed point, no record URI, a label smaller
// than 60 x 40 mm; host rendering without fonts (see HostTextRenderer). GUI thread for HostGraphic
// (fonts), any thread for PrinterFont.
[[nodiscard]] Result<QByteArray> buildNgStickerZpl(const NgStickerData &data,
                                                   const NgStickerOptions &options);

// "725.5", "-3.0", "+12.5" (signed when `sign`): 0.1 mm as millimetres with one decimal.
[[nodiscard]] QString formatTenthMm(qint32 tenthMm, bool sign = false);

} // namespace wh::drivers
