#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace wh::drivers {

// The size of a label and the resolution of the printer, in printer dots (1 dot = 1 pixel of a
// preview). Zebra heads come in 203 dpi (8 dots/mm), 300 dpi (12 dots/mm) and 600 dpi (24 dots/mm).
struct LabelFormat {
    int widthDots = 800;  // ^PW: 100 mm at 203 dpi
    int heightDots = 560; // ^LL: 70 mm at 203 dpi
    int dpi = 203;

    // A label of `widthMm` x `heightMm` at `dpi`.
    [[nodiscard]] static LabelFormat fromMillimetres(double widthMm, double heightMm, int dpi = 203);
    // `mm` millimetres in dots at this resolution, rounded: printers count whole dots per
    // millimetre (203 dpi is 8 dots/mm, 300 dpi 12, 600 dpi 24).
    [[nodiscard]] int dots(double mm) const;
    friend bool operator==(const LabelFormat &, const LabelFormat &) = default;
};

// The font of a text field.
struct ZplFont {
    // Empty: the printer's built-in scalable font 0 (^A0; Latin, digits and signs only). Otherwise a
    // font stored on the printer, drive and file name (^A@), e.g. "E:ANMDJ.TTF": what Japanese text
    // needs when it is printed with a printer font (the label is UTF-8, ^CI28).
    QString printerFont;
    int heightDots = 30;
    int widthDots = 0; // 0: the same as the height (the font's own proportions)
    // Reverse print (^FR): white on whatever is under the field (e.g. a filled box).
    bool reverse = false;
};

// QR error correction, ZPL's letters L, M, Q, H (about 7, 15, 25, 30 % of the symbol restorable).
enum class QrErrorCorrection { Low, Medium, Quality, High };

// Builds one ZPL II label (^XA ... ^XZ) command by command, in the order given. UTF-8 throughout
// (^CI28); coordinates are dots from the label's top-left corner (^LH0,0). The output is
// deterministic (no time, no random), so a label can be compared byte for byte with a golden file.
// Field data that holds ZPL's command characters (^ ~), its hex escape (_) or control characters
// is written with ^FH and _XX escapes of its UTF-8 bytes, so no text can break the label.
// What the builder emits is what ZplRenderer draws (the local PNG preview).
//
// Example (A's `wh spec encode --zpl`):
//   const QByteArray zpl = ZplBuilder(LabelFormat::fromMillimetres(50, 30))
//                              .qrCode(16, 16, payload, 4, QrErrorCorrection::Medium)
//                              .text(16, 200, QStringLiteral("ST-1001 M"), {QString(), 24})
//                              .build();
//
// Pure; any thread (graphic() reads a QImage, no font or display needed).
class ZplBuilder {
public:
    explicit ZplBuilder(LabelFormat format = {});

    // A line of text whose top-left corner is at (x, y): ^FO x,y ^A0N,h,w (or ^A@N,h,w,FONT) ^FD...^FS.
    ZplBuilder &text(int x, int y, const QString &text, const ZplFont &font = {});
    // A QR code (model 2, automatic mode: ^BQN,2,m ^FDxA,data^FS) whose top-left corner is at
    // (x, y); each module is `moduleDots` dots (1-10). `data` is sent as UTF-8.
    ZplBuilder &qrCode(int x, int y, const QString &data, int moduleDots = 4,
                       QrErrorCorrection level = QrErrorCorrection::Quality);
    // A rectangle's outline, `thickness` dots wide, inside (x, y, width, height) (^GB). A thickness
    // of at least half the shorter side fills it.
    ZplBuilder &box(int x, int y, int width, int height, int thickness = 2, bool reverse = false);
    ZplBuilder &horizontalLine(int x, int y, int length, int thickness = 2);
    ZplBuilder &verticalLine(int x, int y, int length, int thickness = 2);
    // An image as a graphic field (^GFA, compressed ASCII hex): pixels darker than mid-grey print,
    // transparent pixels do not; `reverse` (^FR) makes them white on a dark background. For
    // host-rendered text (see HostTextRenderer) and logos.
    ZplBuilder &graphic(int x, int y, const QImage &image, bool reverse = false);
    // Print `count` copies of the label (^PQ; 1 by default).
    ZplBuilder &copies(int count);

    // The whole label: ^XA, ^CI28, ^PW, ^LL, ^LH0,0, the fields, ^PQ, ^XZ; one command or field
    // per line (ZPL ignores the line breaks).
    [[nodiscard]] QByteArray build() const;
    [[nodiscard]] const LabelFormat &format() const { return m_format; }

    // "^FD<data>^FS", with "^FH" before it when the data needs escapes (see above).
    [[nodiscard]] static QByteArray fieldData(const QByteArray &utf8);
    // "^GFA,total,total,bytesPerRow,data" for `image` (see graphic()).
    [[nodiscard]] static QByteArray graphicField(const QImage &image);

private:
    LabelFormat m_format;
    QByteArray m_fields;
    int m_copies = 1;
};

} // namespace wh::drivers
