#include "NgSticker.h"

#include <QCoreApplication>

#include <cmath>

namespace wh::drivers {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("wh::drivers::NgSticker", text, comment, n);
}

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80)
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
        if (isAscii(text) || m_options.japanese == JapaneseTextMode::PrinterFont) {
            ZplFont font;
            font.heightDots = height;
            font.reverse = reverse;
            if (!isAscii(text))
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

    ZplBuilder &builder() { return m_builder; }

private:
    // A printer font cannot be measured here: font 0 averages about half its height per Latin
    // character, a Japanese font a full height per character. The text is cut to fit that estimate.
    static QString elideEstimated(const QString &text, int height, int maxWidth)
    {
        if (maxWidth <= 0)
            return text;
        auto widthOf = [height](QChar c) { return c.unicode() < 0x80 ? height * 0.55 : height * 1.0; };
        double width = 0;
        for (QChar c : text)
            width += widthOf(c);
        if (width <= maxWidth)
            return text;
        const QString ellipsis = QStringLiteral("...");
        double room = maxWidth - 3 * widthOf(QLatin1Char('.'));
        QString out;
        for (QChar c : text) {
            room -= widthOf(c);
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

QString targetText(const NgStickerPoint &p)
{
    if (p.lowerToleranceTenthMm == p.upperToleranceTenthMm)
        return QStringLiteral("%1 ±%2").arg(formatTenthMm(p.targetTenthMm), formatTenthMm(p.upperToleranceTenthMm));
    return QStringLiteral("%1 -%2/+%3")
        .arg(formatTenthMm(p.targetTenthMm), formatTenthMm(p.lowerToleranceTenthMm),
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

Result<QByteArray> buildNgStickerZpl(const NgStickerData &data, const NgStickerOptions &options)
{
    if (data.itemId.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an NG sticker needs the item id"));
    if (data.failedPoints.empty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("an NG sticker needs at least one failed point"),
                     data.itemId);
    if (data.recordUri.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("an NG sticker needs the record's URI for its QR code"), data.itemId);
    const LabelFormat &label = options.label;
    if (label.dpi <= 0 || label.widthDots < label.dots(60) || label.heightDots < label.dots(40))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the label is smaller than 60 x 40 mm"),
                     QStringLiteral("%1 x %2 dots at %3 dpi").arg(label.widthDots).arg(label.heightDots).arg(label.dpi));
    const QByteArray uri = data.recordUri.toUtf8();
    const int modules = qrModules(uri.size());
    if (modules == 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the record URI is too long for the sticker's QR code"),
                     data.recordUri);

    StickerLayout l(options);
    ZplBuilder &b = l.builder();
    const int W = label.widthDots;
    const int H = label.heightDots;
    const int margin = l.d(6);

    b.box(margin, margin, W - 2 * margin, H - 2 * margin, std::max(2, l.d(3)));
    // The reversed NG block, top left.
    const int blockW = l.d(150);
    const int blockH = l.d(128);
    b.box(margin, margin, blockW, blockH, blockH);
    WH_TRY(l.text(margin + l.d(22), margin + l.d(10), QStringLiteral("NG"), l.d(92), blockW, true));
    WH_TRY(l.text(margin + l.d(14), margin + l.d(96), tr("Out of tolerance"), l.d(24), blockW - l.d(20), true));

    // The QR of the record, top right: 4 design dots a module, fewer when a long URI needs them.
    const int qrRoom = l.d(132);
    const int moduleDots = std::max(1, std::min(qrRoom / modules, l.d(4)));
    const int qrSide = modules * moduleDots;
    const int qrX = W - margin - l.d(8) - qrSide;
    b.qrCode(qrX, margin + l.d(8), data.recordUri, moduleDots, QrErrorCorrection::Medium);

    // Item id, then style / size / lot, then the count of failed points.
    const int textX = margin + blockW + l.d(16);
    const int textW = qrX - textX - l.d(10);
    WH_TRY(l.text(textX, margin + l.d(12), data.itemId, l.d(46), textW));
    QStringList facts;
    if (!data.style.isEmpty())
        facts << tr("Style %1").arg(data.style);
    if (!data.size.isEmpty())
        facts << tr("Size %1").arg(data.size);
    if (!data.lot.isEmpty())
        facts << tr("Lot %1").arg(data.lot);
    WH_TRY(l.text(textX, margin + l.d(66), facts.join(QStringLiteral("  ")), l.d(26), textW));
    const int failed = static_cast<int>(data.failedPoints.size());
    const QString count = data.pointsMeasured > 0
                              ? tr("%1 of %2 points out of tolerance").arg(failed).arg(data.pointsMeasured)
                              : tr("%n point(s) out of tolerance", nullptr, failed);
    WH_TRY(l.text(textX, margin + l.d(100), count, l.d(24), textW));

    // The table of failed points.
    const int lineW = W - 2 * margin;
    const int headerY = margin + blockH + l.d(12);
    b.horizontalLine(margin, margin + blockH + l.d(4), lineW, std::max(2, l.d(3)));
    const int colName = margin + l.d(14);
    const int colMeasured = margin + l.d(330);
    const int colTarget = margin + l.d(470);
    const int colDeviation = margin + l.d(660);
    const int headH = l.d(22);
    WH_TRY(l.text(colName, headerY, tr("Point"), headH, colMeasured - colName - l.d(10)));
    WH_TRY(l.text(colMeasured, headerY, tr("Measured"), headH, colTarget - colMeasured - l.d(10)));
    WH_TRY(l.text(colTarget, headerY, tr("Target (mm)"), headH, colDeviation - colTarget - l.d(10)));
    WH_TRY(l.text(colDeviation, headerY, tr("Deviation"), headH, W - margin - colDeviation - l.d(8)));
    const int rowsTop = headerY + headH + l.d(10);
    b.horizontalLine(margin, rowsTop - l.d(5), lineW, 1 + l.d(1));

    const int footerH = l.d(24);
    const int footerLineY = H - margin - footerH - l.d(14);
    const int rowH = l.d(36);
    const int rowTextH = l.d(28);
    const int room = std::max(1, (footerLineY - rowsTop) / rowH);
    const bool overflow = failed > room;
    const int shown = overflow ? room - 1 : failed;
    int y = rowsTop;
    for (int i = 0; i < shown; ++i, y += rowH) {
        const NgStickerPoint &p = data.failedPoints[static_cast<size_t>(i)];
        const QString name = p.name.isEmpty() ? p.code : p.code + QLatin1Char(' ') + p.name;
        WH_TRY(l.text(colName, y, name, rowTextH, colMeasured - colName - l.d(10)));
        WH_TRY(l.text(colMeasured, y, formatTenthMm(p.measuredTenthMm), rowTextH, colTarget - colMeasured - l.d(10)));
        WH_TRY(l.text(colTarget, y, targetText(p), rowTextH, colDeviation - colTarget - l.d(10)));
        WH_TRY(l.text(colDeviation, y, formatTenthMm(p.deviationTenthMm(), true), rowTextH,
                      W - margin - colDeviation - l.d(8)));
    }
    if (overflow)
        WH_TRY(l.text(colName, y, tr("+ %n more point(s): see the record", nullptr, failed - shown), rowTextH,
                      lineW - l.d(28)));

    // Who measured when.
    b.horizontalLine(margin, footerLineY, lineW, 1 + l.d(1));
    QStringList footer;
    if (!data.worker.isEmpty())
        footer << tr("Measured by %1").arg(data.worker);
    if (!data.measuredAt.isEmpty())
        footer << data.measuredAt;
    WH_TRY(l.text(colName, footerLineY + l.d(10), footer.join(QStringLiteral("  ")), footerH, lineW - l.d(28)));
    b.copies(options.copies);
    return b.build();
}

} // namespace wh::drivers
