#include "ZplBuilder.h"

#include "ZplGraphic.h"

#include <QtGlobal>

#include <cmath>

namespace wh::drivers {

namespace {

QByteArray num(int value)
{
    return QByteArray::number(value);
}

// ZPL's letter for a QR error correction level.
char qrLevelLetter(QrErrorCorrection level)
{
    switch (level) {
    case QrErrorCorrection::Low: return 'L';
    case QrErrorCorrection::Medium: return 'M';
    case QrErrorCorrection::Quality: return 'Q';
    case QrErrorCorrection::High: return 'H';
    }
    return 'Q';
}

// The font command of a text field: ^A0N,h,w or ^A@N,h,w,FONT.
QByteArray fontCommand(const ZplFont &font)
{
    const int h = std::max(font.heightDots, 1);
    const int w = font.widthDots > 0 ? font.widthDots : h;
    if (font.printerFont.isEmpty())
        return "^A0N," + num(h) + ',' + num(w);
    return "^A@N," + num(h) + ',' + num(w) + ',' + font.printerFont.toUtf8();
}

} // namespace

LabelFormat LabelFormat::fromMillimetres(double widthMm, double heightMm, int dpi)
{
    LabelFormat f;
    f.dpi = dpi;
    f.widthDots = f.dots(widthMm);
    f.heightDots = f.dots(heightMm);
    return f;
}

int LabelFormat::dots(double mm) const
{
    // Printers count whole dots per millimetre: "203 dpi" is 8 dots/mm (203.2 dpi), "300 dpi" 12.
    const long perMm = std::max(1L, std::lround(dpi / 25.4));
    return static_cast<int>(std::lround(mm * perMm));
}

ZplBuilder::ZplBuilder(LabelFormat format)
    : m_format(format)
{
}

QByteArray ZplBuilder::fieldData(const QByteArray &utf8)
{
    // ^ and ~ would start a command inside the data; _ is ^FH's escape character; control bytes
    // (a line break in a name) are not printable. All of them go as _XX when present.
    bool needsEscapes = false;
    for (char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if (b == '^' || b == '~' || b == '_' || b < 0x20 || b == 0x7F) {
            needsEscapes = true;
            break;
        }
    }
    if (!needsEscapes)
        return "^FD" + utf8 + "^FS";
    QByteArray out = "^FH^FD";
    for (char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if (b == '^' || b == '~' || b == '_' || b < 0x20 || b == 0x7F)
            out += '_' + QByteArray::number(b, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out + "^FS";
}

QByteArray ZplBuilder::graphicField(const QImage &image)
{
    const ZplGraphic g = ZplGraphic::fromImage(image);
    const QByteArray total = num(g.totalBytes());
    return "^GFA," + total + ',' + total + ',' + num(g.bytesPerRow) + ',' + g.compressedHex();
}

ZplBuilder &ZplBuilder::text(int x, int y, const QString &text, const ZplFont &font)
{
    m_fields += "^FO" + num(x) + ',' + num(y) + fontCommand(font) + (font.reverse ? "^FR" : "") +
                fieldData(text.toUtf8()) + '\n';
    return *this;
}

ZplBuilder &ZplBuilder::qrCode(int x, int y, const QString &data, int moduleDots, QrErrorCorrection level)
{
    const int magnification = std::clamp(moduleDots, 1, 10);
    // "QA,": the error correction letter, then A = automatic data mode.
    m_fields += "^FO" + num(x) + ',' + num(y) + "^BQN,2," + num(magnification) +
                fieldData(QByteArray(1, qrLevelLetter(level)) + "A," + data.toUtf8()) + '\n';
    return *this;
}

ZplBuilder &ZplBuilder::box(int x, int y, int width, int height, int thickness, bool reverse)
{
    const int t = std::max(thickness, 1);
    // ^GB draws nothing narrower than its thickness: a thin box is a bar of the thickness.
    m_fields += "^FO" + num(x) + ',' + num(y) + "^GB" + num(std::max(width, t)) + ',' +
                num(std::max(height, t)) + ',' + num(t) + (reverse ? "^FR" : "") + "^FS\n";
    return *this;
}

ZplBuilder &ZplBuilder::horizontalLine(int x, int y, int length, int thickness)
{
    return box(x, y, length, thickness, thickness);
}

ZplBuilder &ZplBuilder::verticalLine(int x, int y, int length, int thickness)
{
    return box(x, y, thickness, length, thickness);
}

ZplBuilder &ZplBuilder::graphic(int x, int y, const QImage &image, bool reverse)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return *this;
    m_fields += "^FO" + num(x) + ',' + num(y) + graphicField(image) + (reverse ? "^FR" : "") + "^FS\n";
    return *this;
}

ZplBuilder &ZplBuilder::copies(int count)
{
    m_copies = std::max(count, 1);
    return *this;
}

QByteArray ZplBuilder::build() const
{
    QByteArray out =
        "^XA\n^CI28\n^PW" + num(m_format.widthDots) + "\n^LL" + num(m_format.heightDots) + "\n^LH0,0\n";
    out += m_fields;
    out += "^PQ" + num(m_copies) + "\n^XZ\n";
    return out;
}

} // namespace wh::drivers
