#include "ZplRenderer.h"

#include "HostTextRenderer.h"
#include "ZplGraphic.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QRect>

#include <optional>

namespace wh::drivers {

namespace {

// How a field's dots go onto the label: printed black, printed white (^GB ...,W), or inverting
// what is under them (^FR).
enum class Ink { Black, White, Reverse };

// A label being drawn: 8-bit grey, only 0 and 255.
class Canvas {
public:
    Canvas(int width, int height)
        : m_image(std::max(width, 1), std::max(height, 1), QImage::Format_Grayscale8)
    {
        m_image.fill(255);
    }

    void dot(int x, int y, Ink ink)
    {
        if (x < 0 || y < 0 || x >= m_image.width() || y >= m_image.height())
            return;
        uchar &p = m_image.scanLine(y)[x];
        switch (ink) {
        case Ink::Black: p = 0; break;
        case Ink::White: p = 255; break;
        case Ink::Reverse: p = p == 0 ? 255 : 0; break;
        }
    }

    void fill(const QRect &r, Ink ink)
    {
        const QRect clipped = r.intersected(m_image.rect());
        for (int y = clipped.top(); y <= clipped.bottom(); ++y)
            for (int x = clipped.left(); x <= clipped.right(); ++x)
                dot(x, y, ink);
    }

    // The dark pixels of `mask` (grey below 128) at (x, y).
    void stamp(int x0, int y0, const QImage &mask, Ink ink)
    {
        const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < grey.height(); ++y) {
            const uchar *line = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                if (line[x] < 128)
                    dot(x0 + x, y0 + y, ink);
        }
    }

    [[nodiscard]] const QImage &image() const { return m_image; }

private:
    QImage m_image;
};

// One ZPL command: its name ("FO", "A", "A@", "GF", ...) and the text after it.
struct Command {
    char prefix = '^';
    QByteArray name;
    QByteArray params;
    qsizetype offset = 0;
};

std::vector<Command> tokenize(const QByteArray &zplIn)
{
    QByteArray zpl = zplIn;
    zpl.replace('\r', QByteArray()).replace('\n', QByteArray());
    std::vector<Command> commands;
    qsizetype i = zpl.indexOf('^');
    const qsizetype tilde = zpl.indexOf('~');
    if (i < 0 || (tilde >= 0 && tilde < i))
        i = tilde;
    while (i >= 0 && i < zpl.size()) {
        Command c;
        c.prefix = zpl[i];
        c.offset = i;
        qsizetype p = i + 1;
        // ^A followed by a font letter is the command A with the font as its first parameter;
        // ^A@ is a command of its own.
        if (p < zpl.size() && zpl[p] == 'A' && (p + 1 >= zpl.size() || zpl[p + 1] != '@')) {
            c.name = "A";
            p += 1;
        } else {
            c.name = zpl.mid(p, 2).toUpper();
            p += 2;
        }
        qsizetype next = p;
        while (next < zpl.size() && zpl[next] != '^' && zpl[next] != '~')
            ++next;
        c.params = zpl.mid(p, next - p);
        commands.push_back(std::move(c));
        i = next;
    }
    return commands;
}

QList<QByteArray> paramsOf(const Command &c)
{
    return c.params.split(',');
}

int intParam(const QList<QByteArray> &params, int index, int fallback)
{
    if (index >= params.size())
        return fallback;
    bool ok = false;
    const int v = params[index].trimmed().toInt(&ok);
    return ok ? v : fallback;
}

// ^FH's escapes (_XX by default) undone, on the raw bytes.
QByteArray unescape(const QByteArray &data, char indicator)
{
    QByteArray out;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == indicator && i + 2 < data.size()) {
            bool ok = false;
            const int b = data.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += static_cast<char>(b);
                i += 2;
                continue;
            }
        }
        out += data[i];
    }
    return out;
}

// The modules of a QR symbol (1 pixel each), or an error text.
std::optional<ZXing::BitMatrix> qrMatrix(const QByteArray &utf8, char level, QString *error)
{
    // ZXing's writer takes 0..8 and uses (n - 1) / 2 ... rounded as L M Q H at 1, 3, 5, 7: see
    // tst_zplrenderer, which reads the level back.
    int ecc = 5;
    switch (level) {
    case 'L': ecc = 1; break;
    case 'M': ecc = 3; break;
    case 'Q': ecc = 5; break;
    case 'H': ecc = 7; break;
    default: break;
    }
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0).setEccLevel(ecc);
        bool ascii = true;
        for (char c : utf8)
            ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (!ascii)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        return writer.encode(utf8.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return std::nullopt;
    }
}

// The state of the field being built, between ^FO and ^FS.
struct Field {
    int x = 0;
    int y = 0;
    bool hasFont = false;
    QByteArray font = "0";
    QString fontFile;
    int fontHeight = 0;
    int fontWidth = 0;
    bool hex = false;
    char hexIndicator = '_';
    bool reverse = false;
    bool qr = false;
    int qrMagnification = 2;
    std::optional<QList<QByteArray>> box;
    std::optional<QList<QByteArray>> graphic; // type, bytes, bytes, bytes per row
    QByteArray graphicData;
    std::optional<QByteArray> data;
};

class LabelDrawer {
public:
    LabelDrawer(const ZplRenderer::Options &options, QStringList &warnings)
        : m_options(options)
        , m_warnings(warnings)
    {
    }

    Result<QImage> draw(const std::vector<Command> &commands, int *copies)
    {
        int width = m_options.format.widthDots;
        int height = m_options.format.heightDots;
        // Sizes first: ^PW and ^LL may come after fields, and they size the whole label.
        for (const Command &c : commands) {
            if (c.prefix == '^' && c.name == "PW")
                width = intParam(paramsOf(c), 0, width);
            else if (c.prefix == '^' && c.name == "LL")
                height = intParam(paramsOf(c), 0, height);
        }
        if (width <= 0 || height <= 0 || width > 20000 || height > 40000)
            return Error(ErrorCode::Parse, QStringLiteral("the label size is out of range"),
                         QStringLiteral("%1 x %2 dots").arg(width).arg(height));
        Canvas canvas(width, height);
        Field field;
        for (const Command &c : commands) {
            const auto params = paramsOf(c);
            if (c.prefix == '~') {
                note(c);
                continue;
            }
            if (c.name == "XA" || c.name == "XZ" || c.name == "PW" || c.name == "LL")
                continue;
            if (c.name == "CI") {
                m_utf8 = intParam(params, 0, 0) == 28;
            } else if (c.name == "LH") {
                m_homeX = intParam(params, 0, 0);
                m_homeY = intParam(params, 1, 0);
            } else if (c.name == "PQ") {
                *copies = std::max(1, intParam(params, 0, 1));
            } else if (c.name == "FO") {
                field.x = m_homeX + intParam(params, 0, 0);
                field.y = m_homeY + intParam(params, 1, 0);
            } else if (c.name == "A") {
                field.hasFont = true;
                field.font = c.params.left(1);
                const auto rest = c.params.mid(1).split(',');
                // rest[0] is the orientation (N only here); then height and width.
                field.fontHeight = intParam(rest, 1, 30);
                field.fontWidth = intParam(rest, 2, field.fontHeight);
                if (!rest.value(0).isEmpty() && rest.value(0) != "N")
                    warn(c, QStringLiteral("only upright text (N) is drawn"));
            } else if (c.name == "A@") {
                field.hasFont = true;
                field.font = "@";
                field.fontHeight = intParam(params, 1, 30);
                field.fontWidth = intParam(params, 2, field.fontHeight);
                field.fontFile = QString::fromUtf8(params.value(3));
            } else if (c.name == "FH") {
                field.hex = true;
                if (!c.params.isEmpty())
                    field.hexIndicator = c.params[0];
            } else if (c.name == "FR") {
                field.reverse = true;
            } else if (c.name == "BQ") {
                field.qr = true;
                field.qrMagnification = std::clamp(intParam(params, 2, 2), 1, 10);
            } else if (c.name == "GB") {
                field.box = params;
            } else if (c.name == "GF") {
                // Four numbers, then the data: everything after the fourth comma (compressed data
                // holds commas of its own).
                qsizetype at = -1;
                for (int n = 0; n < 4 && (n == 0 || at >= 0); ++n)
                    at = c.params.indexOf(',', at + 1);
                field.graphic = c.params.left(at < 0 ? c.params.size() : at).split(',');
                field.graphicData = at < 0 ? QByteArray() : c.params.mid(at + 1);
            } else if (c.name == "FD") {
                field.data = c.params;
            } else if (c.name == "FS") {
                drawField(canvas, field, c);
                field = Field();
            } else {
                note(c);
            }
        }
        return canvas.image();
    }

private:
    void warn(const Command &c, const QString &what)
    {
        m_warnings << QStringLiteral("%1%2 at byte %3: %4")
                          .arg(QLatin1Char(c.prefix))
                          .arg(QString::fromLatin1(c.name))
                          .arg(c.offset)
                          .arg(what);
    }

    void note(const Command &c)
    {
        if (c.prefix == '~' && c.name == "HS")
            return;
        warn(c, QStringLiteral("not drawn by the preview"));
    }

    QString textOf(const QByteArray &raw, const Field &field) const
    {
        const QByteArray bytes = field.hex ? unescape(raw, field.hexIndicator) : raw;
        return m_utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    }

    void drawField(Canvas &canvas, const Field &field, const Command &at)
    {
        const Ink ink = field.reverse ? Ink::Reverse : Ink::Black;
        if (field.box) {
            const auto &p = *field.box;
            const int t = std::max(1, intParam(p, 2, 1));
            const int w = std::max(t, intParam(p, 0, t));
            const int h = std::max(t, intParam(p, 1, t));
            const Ink boxInk = field.reverse                 ? Ink::Reverse
                               : p.value(3).trimmed() == "W" ? Ink::White
                                                             : Ink::Black;
            if (p.value(4).trimmed().toInt() != 0)
                warn(at, QStringLiteral("rounded corners are drawn square"));
            const QRect outer(field.x, field.y, w, h);
            if (2 * t >= std::min(w, h)) {
                canvas.fill(outer, boxInk);
            } else {
                canvas.fill(QRect(field.x, field.y, w, t), boxInk);
                canvas.fill(QRect(field.x, field.y + h - t, w, t), boxInk);
                canvas.fill(QRect(field.x, field.y + t, t, h - 2 * t), boxInk);
                canvas.fill(QRect(field.x + w - t, field.y + t, t, h - 2 * t), boxInk);
            }
            return;
        }
        if (field.graphic) {
            const auto &p = *field.graphic;
            if (p.value(0).trimmed() != "A") {
                warn(at, QStringLiteral("only ASCII hex graphic fields (^GFA) are drawn"));
                return;
            }
            auto g = ZplGraphic::fromHex(field.graphicData, intParam(p, 2, 0), intParam(p, 3, 0));
            if (!g) {
                warn(at, g.error().toString());
                return;
            }
            canvas.stamp(field.x, field.y, g->toImage(), ink);
            return;
        }
        if (!field.data)
            return;
        if (field.qr) {
            const QByteArray raw = field.hex ? unescape(*field.data, field.hexIndicator) : *field.data;
            // "QA,data": error correction, data mode, comma.
            const qsizetype comma = raw.indexOf(',');
            if (comma < 0 || comma > 2) {
                warn(at, QStringLiteral("a QR field's data starts with its error correction and mode "
                                        "(\"QA,\")"));
                return;
            }
            QString error;
            const auto m = qrMatrix(raw.mid(comma + 1), comma > 0 ? raw[0] : 'Q', &error);
            if (!m) {
                warn(at, QStringLiteral("the QR code cannot be made: %1").arg(error));
                return;
            }
            const int s = field.qrMagnification;
            for (int y = 0; y < m->height(); ++y)
                for (int x = 0; x < m->width(); ++x)
                    if (m->get(x, y))
                        canvas.fill(QRect(field.x + x * s, field.y + y * s, s, s), ink);
            return;
        }
        // Text. ^A0 (or no ^A: font 0 as the printer defaults) with the Latin family; ^A@ and the
        // other printer fonts with the Japanese one (it has Latin letters too).
        HostFont font;
        const bool latin = !field.hasFont || field.font == "0";
        font.family = latin ? m_options.latinFamily : m_options.japaneseFamily;
        font.bold = latin;
        font.heightDots = field.hasFont ? field.fontHeight : 30;
        font.widthDots = field.hasFont ? field.fontWidth : 0;
        // Font 0 is condensed: its natural width is about 0.8 of DejaVu Sans Bold's.
        if (latin)
            font.widthDots = static_cast<int>((font.widthDots > 0 ? font.widthDots : font.heightDots) * 0.8);
        if (!field.hasFont)
            warn(at, QStringLiteral("a text without ^A is drawn in font 0 at 30 dots"));
        auto image = HostTextRenderer::render(textOf(*field.data, field), font);
        if (!image) {
            warn(at, image.error().toString());
            return;
        }
        canvas.stamp(field.x, field.y, *image, ink);
    }

    const ZplRenderer::Options &m_options;
    QStringList &m_warnings;
    bool m_utf8 = false;
    int m_homeX = 0;
    int m_homeY = 0;
};

} // namespace

Result<ZplPreview> ZplRenderer::render(const QByteArray &zpl, const Options &options)
{
    const std::vector<Command> commands = tokenize(zpl);
    ZplPreview preview;
    std::vector<Command> label;
    bool inLabel = false;
    for (const Command &c : commands) {
        if (c.prefix == '^' && c.name == "XA") {
            if (inLabel)
                preview.warnings << QStringLiteral(
                                        "^XA at byte %1 inside a label: the label before was not ended")
                                        .arg(c.offset);
            label.clear();
            inLabel = true;
            continue;
        }
        if (c.prefix == '^' && c.name == "XZ") {
            if (!inLabel)
                continue;
            int copies = 1;
            LabelDrawer drawer(options, preview.warnings);
            auto image = drawer.draw(label, &copies);
            if (!image)
                return image.error();
            preview.labels.push_back(std::move(image).value());
            preview.copies.push_back(copies);
            inLabel = false;
            continue;
        }
        if (inLabel)
            label.push_back(c);
        else if (!(c.prefix == '~' && c.name == "HS"))
            preview.warnings << QStringLiteral("%1%2 at byte %3 outside a label: not drawn")
                                    .arg(QLatin1Char(c.prefix))
                                    .arg(QString::fromLatin1(c.name))
                                    .arg(c.offset);
    }
    if (inLabel)
        preview.warnings << QStringLiteral("the last label has no ^XZ: it would not print");
    if (preview.labels.empty())
        return Error(ErrorCode::Parse, QStringLiteral("no label (^XA ... ^XZ) in the data"),
                     QString::fromUtf8(zpl.left(80)));
    return preview;
}

} // namespace wh::drivers
