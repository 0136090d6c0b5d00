#include "NgSticker.h"

#include "MeasurementPoints.h"
#include "UuidV7.h"

#include <QCoreApplication>

#include <cmath>

namespace wh::drivers {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("wh::drivers", text, comment, n);
}

// Whether the printer's font 0 prints it: Latin-1 (letters, digits, signs such as ±); Japanese
// needs a Japanese font or the host.
bool fitsFont0(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x100)
            return false;
    return true;
}

// Byte-mode capacity of QR versions 1-20 at level M (ISO/IEC 18004 table 7): the sticker's QR is
// placed right-aligned, so its size is worked out before the printer draws it.
constexpr int kQrCapacityM[] = {14,  26,  42,  62,  84,  106, 122, 152, 180, 213,
                                251, 287, 331, 362, 412, 450, 504, 560, 624, 666};

// Modules per side of the smallest level-M QR that holds `bytes`, or 0 when over version 20.
int qrModules(qsizetype bytes)
{
    for (int v = 1; v <= 20; ++v)
        if (bytes <= kQrCapacityM[v - 1])
            return 17 + 4 * v;
    return 0;
}

// Lays the sticker out on a label: the design is 800 dots wide (100 mm at 203 dpi); `s` scales it.
class StickerLayout {
public:
    StickerLayout(const NgStickerOptions &options)
        : m_options(options)
        , m_builder(options.label)
        , m_scale(options.label.widthDots / 800.0)
    {
    }

    int d(double designDots) const { return static_cast<int>(std::lround(designDots * m_scale)); }

    // A text line at (x, y), at most `maxWidth` dots wide (cut with an ellipsis beyond).
    Status text(int x, int y, const QString &text, int height, int maxWidth, bool reverse = false)
    {
        if (text.isEmpty())
            return {};
        if (fitsFont0(text) || m_options.japanese == JapaneseTextMode::PrinterFont) {
            ZplFont font;
            font.heightDots = height;
            font.reverse = reverse;
            if (!fitsFont0(text))
                font.printerFont = m_options.printerFont;
            m_builder.text(x, y, elideEstimated(text, height, maxWidth), font);
            return {};
        }
        HostFont font;
        font.family = m_options.hostFontFamily;
        font.heightDots = height;
        auto image = HostTextRenderer::render(text, font, maxWidth);
        if (!image)
            return image.error();
        m_builder.graphic(x, y, *image, reverse);
        return {};
    }

    // The height, from `height` down to `minHeight`, at which `text` fits `maxWidth` as it would be
    // drawn (estimated for a printer font, measured for host text); `minHeight` when none does, and
    // the text is then cut as usual.
    int fittedHeight(const QString &text, int height, int minHeight, int maxWidth) const
    {
        if (text.isEmpty() || maxWidth <= 0 || minHeight >= height)
            return height;
        if (fitsFont0(text) || m_options.japanese == JapaneseTextMode::PrinterFont) {
            // The estimate grows in proportion to the height.
            const double perDot = estimatedWidth(text, 1);
            if (perDot * height <= maxWidth)
                return height;
            return std::max(minHeight, static_cast<int>(std::floor(maxWidth / perDot)));
        }
        HostFont font;
        font.family = m_options.hostFontFamily;
        for (int h = height; h > minHeight; --h) {
            font.heightDots = h;
            if (HostTextRenderer::widthOf(text, font) <= maxWidth)
                return h;
        }
        return minHeight;
    }

    ZplBuilder &builder() { return m_builder; }

private:
    static double estimatedWidth(QChar c, double height)
    {
        return c.unicode() < 0x100 ? height * 0.5 : height;
    }

    static double estimatedWidth(const QString &text, double height)
    {
        double width = 0;
        for (QChar c : text)
            width += estimatedWidth(c, height);
        return width;
    }

    // A printer font cannot be measured here: font 0 (condensed) averages under half its height
    // per Latin character, a Japanese font a full height per character. The text is cut to fit
    // that estimate.
    static QString elideEstimated(const QString &text, int height, int maxWidth)
    {
        if (maxWidth <= 0)
            return text;
        if (estimatedWidth(text, height) <= maxWidth)
            return text;
        const QString ellipsis = QStringLiteral("...");
        double room = maxWidth - 3 * estimatedWidth(QChar(u'.'), height);
        QString out;
        for (QChar c : text) {
            room -= estimatedWidth(c, height);
            if (room < 0)
                break;
            out += c;
        }
        return out + ellipsis;
    }

    const NgStickerOptions &m_options;
    ZplBuilder m_builder;
    double m_scale;
};

// "±5.0", or "-8.0/+10.0" when the two sides differ.
QString toleranceText(const NgStickerPoint &p)
{
    if (p.lowerToleranceTenthMm == p.upperToleranceTenthMm)
        return QStringLiteral("±%1").arg(formatTenthMm(p.upperToleranceTenthMm));
    return QStringLiteral("-%1/+%2").arg(formatTenthMm(p.lowerToleranceTenthMm),
                                         formatTenthMm(p.upperToleranceTenthMm));
}

} // namespace

QString formatTenthMm(qint32 tenthMm, bool sign)
{
    const qint64 v = tenthMm;
    const qint64 a = v < 0 ? -v : v;
    const QString body = QStringLiteral("%1.%2").arg(a / 10).arg(a % 10);
    if (v < 0)
        return QLatin1Char('-') + body;
    return sign && v > 0 ? QLatin1Char('+') + body : body;
}

NgStickerData ngStickerFor(const MeasurementSession &session, const QString &language)
{
    const MeasurementSpec &spec = session.spec();
    NgStickerData sticker;
    sticker.itemId = spec.itemId;
    sticker.style = spec.style;
    sticker.size = spec.size;
    sticker.lot = spec.lot;
    sticker.pointsMeasured = static_cast<int>(spec.points.size());
    for (const SpecPoint &p : spec.points) {
        const auto *latest = session.latest(p.code);
        if (!latest || latest->judgement.pass)
            continue;
        NgStickerPoint s;
        s.code = p.code;
        s.name = MeasurementPoints::name(p.code, language);
        s.measuredTenthMm = static_cast<qint32>(latest->judgement.value);
        s.targetTenthMm = static_cast<qint32>(p.target);
        s.lowerToleranceTenthMm = static_cast<qint32>(p.lower);
        s.upperToleranceTenthMm = static_cast<qint32>(p.upper);
        sticker.failedPoints.push_back(s);
    }
    return sticker;
}

QString ngStickerRecordUri(const QString &itemId, const QUuid &lastEvent)
{
    return QStringLiteral("wh:measurement/%1/%2").arg(itemId, uuidText(lastEvent));
}

QString ngStickerSpoolKey(const QString &itemId, const QUuid &lastEvent)
{
    return QStringLiteral("ng/%1/%2").arg(itemId, uuidText(lastEvent));
}

Result<QByteArray> buildNgStickerZpl(const NgStickerData &data, const NgStickerOptions &options)
{
    if (data.itemId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an NG sticker needs the item id"));
    if (data.failedPoints.empty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("an NG sticker needs at least one failed point"), data.itemId);
    if (data.recordUri.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("an NG sticker needs the record's URI for its QR code"), data.itemId);
    const LabelFormat &label = options.label;
    if (label.dpi <= 0 || label.widthDots < label.dots(60) || label.heightDots < label.dots(40))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the label is smaller than 60 x 40 mm"),
                     QStringLiteral("%1 x %2 dots at %3 dpi")
                         .arg(label.widthDots)
                         .arg(label.heightDots)
                         .arg(label.dpi));
    const QByteArray uri = data.recordUri.toUtf8();
    const int modules = qrModules(uri.size());
    if (modules == 0)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the record URI is too long for the sticker's QR code"), data.recordUri);

    StickerLayout l(options);
    ZplBuilder &b = l.builder();
    const int W = label.widthDots;
    const int H = label.heightDots;
    const int margin = l.d(6);
    const int border = std::max(2, l.d(3));
    b.box(margin, margin, W - 2 * margin, H - 2 * margin, border);

    // The QR of the record, top right, with a quiet zone of three modules or more: 4 design dots a
    // module (0.5 mm at 203 dpi), fewer when a long URI needs more modules.
    const int qrRoom = l.d(132);
    const int moduleDots = std::max(1, std::min(qrRoom / modules, l.d(4)));
    const int qrSide = modules * moduleDots;
    const int qrX = W - margin - l.d(16) - qrSide;
    const int qrY = margin + l.d(16);
    b.qrCode(qrX, qrY, data.recordUri, moduleDots, QrErrorCorrection::Medium);
    const int headerBottom = margin + l.d(164);

    // The reversed NG block, top left, down to the line under the header.
    const int blockW = l.d(150);
    b.box(margin, margin, blockW, headerBottom - margin, blockW);
    WH_TRY(l.text(margin + l.d(18), margin + l.d(16), QStringLiteral("NG"), l.d(96), blockW - l.d(24), true));
    WH_TRY(l.text(margin + l.d(18), margin + l.d(122), tr("Rejected"), l.d(26), blockW - l.d(24), true));

    // Item id, then style / size / lot, then the count of failed points.
    const int textX = margin + blockW + l.d(16);
    const int textW = qrX - textX - l.d(12);
    WH_TRY(l.text(textX, margin + l.d(16), data.itemId, l.d(46), textW));
    QStringList facts;
    if (!data.style.isEmpty())
        facts << tr("Style %1").arg(data.style);
    if (!data.size.isEmpty())
        facts << tr("Size %1").arg(data.size);
    if (!data.lot.isEmpty())
        facts << tr("Lot %1").arg(data.lot);
    // A long lot (or a longer language) shrinks the line a little rather than losing the lot; it
    // keeps its baseline.
    const QString factsLine = facts.join(QStringLiteral("  "));
    const int factsH = l.fittedHeight(factsLine, l.d(26), l.d(20), textW);
    WH_TRY(l.text(textX, margin + l.d(76) + l.d(26) - factsH, factsLine, factsH, textW));
    const int failed = static_cast<int>(data.failedPoints.size());
    const QString count = data.pointsMeasured > 0
                              ? tr("%1 of %2 points out of tolerance").arg(failed).arg(data.pointsMeasured)
                              : tr("%n point(s) out of tolerance", nullptr, failed);
    WH_TRY(l.text(textX, margin + l.d(118), count, l.d(24), textW));
    b.horizontalLine(margin, headerBottom, W - 2 * margin, border);

    // The table of failed points: name, measured, target, tolerance, deviation.
    const int lineW = W - 2 * margin;
    const int right = W - margin - l.d(8);
    const int cols[] = {margin + l.d(14), margin + l.d(254), margin + l.d(384), margin + l.d(504),
                        margin + l.d(654)};
    auto width = [&](int col) { return (col < 4 ? cols[col + 1] : right) - cols[col] - l.d(10); };
    const int headingY = headerBottom + l.d(12);
    const int headingH = l.d(22);
    const QString headings[] = {tr("Point"), tr("Measured"), tr("Target"), tr("Tolerance"), tr("Deviation")};
    for (int c = 0; c < 5; ++c)
        WH_TRY(l.text(cols[c], headingY, headings[c], headingH, width(c)));
    const int rowsTop = headingY + headingH + l.d(14);
    b.horizontalLine(margin, rowsTop - l.d(7), lineW, 1 + l.d(1));

    const int footerH = l.d(24);
    const int footerLineY = H - margin - footerH - l.d(16);
    const int rowH = l.d(36);
    const int rowTextH = l.d(28);
    const int toleranceH = l.d(24);
    const int room = std::max(1, (footerLineY - rowsTop) / rowH);
    const bool overflow = failed > room;
    const int shown = overflow ? room - 1 : failed;
    int y = rowsTop;
    for (int i = 0; i < shown; ++i, y += rowH) {
        const NgStickerPoint &p = data.failedPoints[static_cast<size_t>(i)];
        const QString name = p.name.isEmpty() ? p.code : p.code + QLatin1Char(' ') + p.name;
        WH_TRY(l.text(cols[0], y, name, rowTextH, width(0)));
        WH_TRY(l.text(cols[1], y, formatTenthMm(p.measuredTenthMm), rowTextH, width(1)));
        WH_TRY(l.text(cols[2], y, formatTenthMm(p.targetTenthMm), rowTextH, width(2)));
        WH_TRY(l.text(cols[3], y + (rowTextH - toleranceH), toleranceText(p), toleranceH, width(3)));
        WH_TRY(l.text(cols[4], y, formatTenthMm(p.deviationTenthMm(), true), rowTextH, width(4)));
    }
    if (overflow)
        WH_TRY(l.text(cols[0], y, tr("+ %n more point(s): see the record", nullptr, failed - shown), rowTextH,
                      lineW - l.d(28)));

    // Who measured when, and the unit of every length on the sticker.
    b.horizontalLine(margin, footerLineY, lineW, 1 + l.d(1));
    QStringList footer;
    if (!data.worker.isEmpty())
        footer << tr("Measured by %1").arg(data.worker);
    if (!data.measuredAt.isEmpty())
        footer << data.measuredAt;
    const int footerY = footerLineY + l.d(10);
    WH_TRY(l.text(cols[0], footerY, footer.join(QStringLiteral("  ")), footerH, cols[4] - cols[0] - l.d(10)));
    WH_TRY(l.text(cols[4], footerY, tr("unit: mm"), footerH, width(4)));
    b.copies(options.copies);
    return b.build();
}

} // namespace wh::drivers
