#include "ZplGraphic.h"

namespace wh::drivers {

namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

// The compression prefix for `count` repeats (1..419): lower case for the twenties, upper case for
// the rest, as Zebra writes them.
QByteArray repeatPrefix(int count)
{
    QByteArray prefix;
    if (count >= 20)
        prefix += char('f' + count / 20); // g = 20 ... z = 400
    if (count % 20 != 0)
        prefix += char('F' + count % 20); // G = 1 ... Y = 19
    return prefix;
}

// One row's hex digits, compressed: trailing zeros as ',', trailing F as '!', runs with a prefix.
QByteArray compressRow(const QByteArray &hex)
{
    qsizetype end = hex.size();
    char fill = 0;
    if (end > 0 && (hex.back() == '0' || hex.back() == 'F')) {
        const char last = hex.back();
        while (end > 0 && hex[end - 1] == last)
            --end;
        // A single trailing digit costs the same written out.
        if (hex.size() - end > 1)
            fill = last == '0' ? ',' : '!';
        else
            end = hex.size();
    }
    QByteArray out;
    for (qsizetype i = 0; i < end;) {
        qsizetype run = 1;
        while (i + run < end && hex[i + run] == hex[i])
            ++run;
        for (qsizetype left = run; left > 0;) {
            const int chunk = static_cast<int>(std::min<qsizetype>(left, 419));
            // Two digits cost the same written out: only runs of three or more get a prefix.
            if (chunk > 2)
                out += repeatPrefix(chunk) + hex[i];
            else
                out += QByteArray(chunk, hex[i]);
            left -= chunk;
        }
        i += run;
    }
    if (fill)
        out += fill;
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

ZplGraphic ZplGraphic::fromImage(const QImage &image)
{
    ZplGraphic g;
    if (image.isNull())
        return g;
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    g.bytesPerRow = (rgb.width() + 7) / 8;
    g.rows = rgb.height();
    g.bits = QByteArray(g.totalBytes(), '\0');
    for (int y = 0; y < g.rows; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        char *row = g.bits.data() + static_cast<qsizetype>(y) * g.bytesPerRow;
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = line[x];
            // Onto white: grey = a * grey + (255 - a) * 255, compared with mid-grey.
            const int alpha = qAlpha(p);
            const int grey = (qGray(p) * alpha + 255 * (255 - alpha)) / 255;
            if (grey < 128)
                row[x / 8] = static_cast<char>(row[x / 8] | (0x80 >> (x % 8)));
        }
    }
    return g;
}

QImage ZplGraphic::toImage() const
{
    QImage image(bytesPerRow * 8, rows, QImage::Format_Mono);
    if (image.isNull())
        return image;
    // Format_Mono: index 0 and 1 from the colour table; make 1 black, like the printer.
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < rows; ++y)
        memcpy(image.scanLine(y), bits.constData() + static_cast<qsizetype>(y) * bytesPerRow,
               static_cast<size_t>(bytesPerRow));
    return image;
}

QByteArray ZplGraphic::compressedHex() const
{
    QByteArray out;
    QByteArray previous;
    for (int y = 0; y < rows; ++y) {
        const QByteArray row = bits.mid(static_cast<qsizetype>(y) * bytesPerRow, bytesPerRow);
        if (y > 0 && row == previous) {
            out += ':';
            continue;
        }
        QByteArray hex;
        hex.reserve(row.size() * 2);
        for (char b : row) {
            hex += kHexDigits[(static_cast<unsigned char>(b) >> 4) & 0xF];
            hex += kHexDigits[static_cast<unsigned char>(b) & 0xF];
        }
        out += compressRow(hex);
        previous = row;
    }
    return out;
}

Result<ZplGraphic> ZplGraphic::fromHex(const QByteArray &data, int totalBytes, int bytesPerRow)
{
    if (bytesPerRow <= 0 || totalBytes <= 0 || totalBytes % bytesPerRow != 0)
        return Error(ErrorCode::Parse,
                     QStringLiteral("a graphic field needs a positive size that is a whole number of rows"),
                     QStringLiteral("total %1 bytes, %2 bytes per row").arg(totalBytes).arg(bytesPerRow));
    ZplGraphic g;
    g.bytesPerRow = bytesPerRow;
    g.rows = totalBytes / bytesPerRow;
    const int digitsPerRow = bytesPerRow * 2;
    QByteArray digits; // all rows' hex digits
    digits.reserve(static_cast<qsizetype>(totalBytes) * 2);
    QByteArray row; // the current row's digits
    QByteArray previous;
    int repeat = 0;
    auto fail = [&](qsizetype at, const QString &what) {
        return Error(ErrorCode::Parse, what,
                     QStringLiteral("graphic data offset %1: \"%2\"")
                         .arg(at)
                         .arg(QString::fromLatin1(data.mid(at, 16))));
    };
    auto endRow = [&] {
        digits += row;
        previous = row;
        row.clear();
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\r' || c == '\n' || c == ' ')
            continue;
        if (c >= 'G' && c <= 'Y') {
            repeat += c - 'F';
            continue;
        }
        if (c >= 'g' && c <= 'z') {
            repeat += (c - 'f') * 20;
            continue;
        }
        if (c == ',' || c == '!') {
            if (repeat)
                return fail(i, QStringLiteral("a repeat count before '%1'").arg(QLatin1Char(c)));
            row += QByteArray(digitsPerRow - row.size(), c == ',' ? '0' : 'F');
            endRow();
            continue;
        }
        if (c == ':') {
            if (repeat || !row.isEmpty())
                return fail(i, QStringLiteral("':' (repeat the row before) in the middle of a row"));
            if (previous.isEmpty())
                return fail(i, QStringLiteral("':' (repeat the row before) on the first row"));
            row = previous;
            endRow();
            continue;
        }
        if (hexValue(c) < 0)
            return fail(
                i, QStringLiteral("'%1' is neither a hex digit nor a compression code").arg(QLatin1Char(c)));
        const int count = repeat ? repeat : 1;
        repeat = 0;
        if (row.size() + count > digitsPerRow)
            return fail(i, QStringLiteral("a row runs past its %1 bytes").arg(bytesPerRow));
        row += QByteArray(count, static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
        if (row.size() == digitsPerRow)
            endRow();
        if (digits.size() > static_cast<qsizetype>(totalBytes) * 2)
            break;
    }
    if (repeat)
        return fail(data.size(), QStringLiteral("the data ends with a repeat count"));
    if (!row.isEmpty())
        return fail(data.size(), QStringLiteral("the last row is cut short (%1 of %2 hex digits)")
                                     .arg(row.size())
                                     .arg(digitsPerRow));
    if (digits.size() != static_cast<qsizetype>(totalBytes) * 2)
        return Error(ErrorCode::Parse,
                     QStringLiteral("the graphic data holds %1 bytes, not the %2 announced")
                         .arg(digits.size() / 2)
                         .arg(totalBytes),
                     QString::fromLatin1(data.left(64)));
    g.bits = QByteArray::fromHex(digits);
    return g;
}

} // namespace wh::drivers
