#include "ScannerSimulator.h"

namespace wh::drivers {

namespace {

QString scannerText(const QString &text, const QString &symbology, const ScannerTextOptions &o)
{
    QString data = symbology + text;
    if (!o.gsSubstitute.isNull())
        data.replace(QChar(0x1D), o.gsSubstitute);
    return o.prefix + data + o.suffix;
}

} // namespace

QByteArray ScannerSimulator::serialLine(const QString &text, const QString &symbology,
                                        const SerialScanDecoder::Options &scanner)
{
    return scannerText(text, symbology, scanner.text).toUtf8() +
           SerialScanDecoder::terminatorBytes(scanner.terminator);
}

std::vector<WedgeKey> ScannerSimulator::wedgeBurst(const QString &text, const QString &symbology,
                                                   const ScannerWedgeDetector::Options &scanner,
                                                   qint64 startMs, int minGapMs, int maxGapMs, quint64 seed)
{
    return simulatedKeys(scannerText(text, symbology, scanner.textOptions()), scanner.terminator, startMs,
                         minGapMs, maxGapMs, seed);
}

} // namespace wh::drivers
