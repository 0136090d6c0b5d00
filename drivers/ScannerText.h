#pragma once

#include "Result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

namespace wh::drivers {

// One barcode as a scanner delivered it (keyboard wedge or serial).
struct ScannedCode {
    QString symbology; // the AIM identifier (ISO/IEC 15424) that preceded the data ("]C1"); empty if none
    QString text;      // the data: GS (0x1D) where the scanner sent FNC1 separators (or their substitute)
    QString raw;       // as received: prefix, AIM identifier, data and suffix (not the terminator)

    // The data with its AIM identifier in front: what parseGs1() (core/Gs1.h) takes.
    [[nodiscard]] QString withSymbology() const { return symbology + text; }
    friend bool operator==(const ScannedCode &, const ScannedCode &) = default;
};

// How an AIM symbology identifier (`]` + symbology letter + modifier: "]C1", "]d2", "]Q3") is treated.
enum class AimMode {
    Optional, // recognised and split off when present (default: scanners ship with it off)
    Required, // the scanner is set to send it: a scan without one is rejected
    Off,      // never split off (data that starts with ']' stays data)
};

[[nodiscard]] QString aimModeName(AimMode mode);
[[nodiscard]] Result<AimMode> parseAimMode(QStringView name);

struct ScannerTextOptions {
    QString prefix; // configured on the scanner; stripped
    QString suffix; // configured on the scanner; stripped (the terminator is the transport's)
    // The character a keyboard-wedge scanner types instead of GS (which many keyboard layouts
    // cannot type), e.g. '|' or '~' (both outside GS1's character set); mapped back to GS. Null: none.
    QChar gsSubstitute;
    AimMode aim = AimMode::Optional;
};

// Is `s` an AIM symbology identifier ("]" + letter + letter or digit)?
[[nodiscard]] bool isAimIdentifier(QStringView s);
// The symbology an AIM identifier names ("]C1" -> "GS1-128"), after devices.md; empty if not known.
[[nodiscard]] QString aimSymbologyName(QStringView identifier);

// The text of one scan (without its terminator) -> the code. Errors (ErrorCode::Parse, context: the
// raw text with control characters as <XX>): a missing prefix or suffix, a control character other
// than GS (line noise), no AIM identifier when one is required, no data.
[[nodiscard]] Result<ScannedCode> decodeScannerText(const QString &raw, const ScannerTextOptions &options);

// `raw` with control characters written as <1D>, for messages and logs.
[[nodiscard]] QString visibleControls(const QString &raw);

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::ScannedCode)
