#pragma once

#include "KeyBurst.h"
#include "ScannerWedgeDetector.h"
#include "SerialScanDecoder.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace wh::drivers {

// What barcode scanners send for a code: the bytes of a serial scanner and the timed key presses
// of a keyboard-wedge scanner, set up as given (prefix, AIM identifier, GS or its substitute,
// suffix, terminator). For tests and demos. Deterministic: timing comes from a seed. Pure.
class ScannerSimulator {
public:
    // `text` is the data with GS (0x1D) where the code has FNC1 separators; `symbology` the AIM
    // identifier the scanner sends ("]C1"), or empty for a scanner that sends none.
    [[nodiscard]] static QByteArray serialLine(const QString &text, const QString &symbology,
                                               const SerialScanDecoder::Options &scanner);
    // The keys of a wedge scanner; GS is typed as Ctrl+] unless the scanner has a substitute.
    [[nodiscard]] static std::vector<WedgeKey> wedgeBurst(const QString &text, const QString &symbology,
                                                          const ScannerWedgeDetector::Options &scanner,
                                                          qint64 startMs, int minGapMs = 2, int maxGapMs = 12,
                                                          quint64 seed = 1);
};

} // namespace wh::drivers
