#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 // Result::text() as UTF-8 (a wide string otherwise in ZXing-C++ 1.4)
#endif

#include "BarcodeDecoder.h"

// zbar first: its C++ headers have a class named UnsupportedError, a macro in ZXing's Error.h.
#include <zbar.h>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>

namespace wh::drivers {

namespace {

struct FormatName {
    const char *name;
    ZXing::BarcodeFormat format;
};

// ZXing's names without the dashes it puts into some (EAN-13 -> EAN13), in its own order.
constexpr FormatName kFormats[] = {
    {"Aztec", ZXing::BarcodeFormat::Aztec},
    {"Codabar", ZXing::BarcodeFormat::Codabar},
    {"Code39", ZXing::BarcodeFormat::Code39},
    {"Code93", ZXing::BarcodeFormat::Code93},
    {"Code128", ZXing::BarcodeFormat::Code128},
    {"DataBar", ZXing::BarcodeFormat::DataBar},
    {"DataBarExpanded", ZXing::BarcodeFormat::DataBarExpanded},
    {"DataMatrix", ZXing::BarcodeFormat::DataMatrix},
    {"EAN8", ZXing::BarcodeFormat::EAN8},
    {"EAN13", ZXing::BarcodeFormat::EAN13},
    {"ITF", ZXing::BarcodeFormat::ITF},
    {"MaxiCode", ZXing::BarcodeFormat::MaxiCode},
    {"PDF417", ZXing::BarcodeFormat::PDF417},
    {"QRCode", ZXing::BarcodeFormat::QRCode},
    {"UPCA", ZXing::BarcodeFormat::UPCA},
    {"UPCE", ZXing::BarcodeFormat::UPCE},
    {"MicroQRCode", ZXing::BarcodeFormat::MicroQRCode},
};

std::string normalName(std::string s)
{
    std::string out;
    for (char c : s) {
        if (c == '-' || c == '_' || c == ' ')
            continue;
        out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
    return out;
}

std::optional<ZXing::BarcodeFormat> formatFromName(const std::string &name)
{
    const std::string wanted = normalName(name);
    for (const auto &f : kFormats)
        if (normalName(f.name) == wanted)
            return f.format;
    return std::nullopt;
}

std::string nameOf(ZXing::BarcodeFormat format)
{
    for (const auto &f : kFormats)
        if (f.format == format)
            return f.name;
    return "None";
}

int bytesPerPixel(BarcodeDecoder::PixelFormat format)
{
    switch (format) {
    case BarcodeDecoder::PixelFormat::Lum8: return 1;
    case BarcodeDecoder::PixelFormat::Rgb8:
    case BarcodeDecoder::PixelFormat::Bgr8: return 3;
    case BarcodeDecoder::PixelFormat::Rgbx8:
    case BarcodeDecoder::PixelFormat::Bgrx8:
    case BarcodeDecoder::PixelFormat::Xrgb8: return 4;
    }
    return 0;
}

// Owned luminance pixels plus where they came from: `toFrame` maps a pixel of this image to the
// frame's coordinates (x' = a x + b y + c, y' = d x + e y + f).
struct Affine {
    double a = 1, b = 0, c = 0, d = 0, e = 1, f = 0;
    [[nodiscard]] BarcodeDecoder::Point map(double x, double y) const
    {
        return {static_cast<int>(std::lround(a * x + b * y + c)),
                static_cast<int>(std::lround(d * x + e * y + f))};
    }
    // this after `inner` (inner maps first)
    [[nodiscard]] Affine after(const Affine &inner) const
    {
        return {a * inner.a + b * inner.d, a * inner.b + b * inner.e, a * inner.c + b * inner.f + c,
                d * inner.a + e * inner.d, d * inner.b + e * inner.e, d * inner.c + e * inner.f + f};
    }
};

struct Work {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
    Affine toFrame;
    [[nodiscard]] ZXing::ImageView view() const
    {
        return {pixels.data(), width, height, ZXing::ImageFormat::Lum};
    }
};

Work toLuminance(const BarcodeDecoder::Frame &frame)
{
    Work w;
    w.width = frame.width;
    w.height = frame.height;
    w.pixels.resize(static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height));
    const int bpp = bytesPerPixel(frame.format);
    const int stride = frame.rowStride > 0 ? frame.rowStride : frame.width * bpp;
    int r = 0, g = 1, b = 2;
    switch (frame.format) {
    case BarcodeDecoder::PixelFormat::Lum8: break;
    case BarcodeDecoder::PixelFormat::Rgb8:
    case BarcodeDecoder::PixelFormat::Rgbx8: break;
    case BarcodeDecoder::PixelFormat::Bgr8:
    case BarcodeDecoder::PixelFormat::Bgrx8: r = 2, b = 0; break;
    case BarcodeDecoder::PixelFormat::Xrgb8: r = 1, g = 2, b = 3; break;
    }
    for (int y = 0; y < frame.height; ++y) {
        const std::uint8_t *row = frame.data + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        std::uint8_t *out =
            w.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(frame.width);
        if (bpp == 1) {
            std::copy(row, row + frame.width, out);
            continue;
        }
        for (int x = 0; x < frame.width; ++x) {
            const std::uint8_t *p = row + x * bpp;
            out[x] = ZXing::RGBToLum(p[r], p[g], p[b]);
        }
    }
    return w;
}

// Box filter down by an integer factor.
Work downscaled(const Work &src, int factor)
{
    Work w;
    w.width = src.width / factor;
    w.height = src.height / factor;
    w.pixels.resize(static_cast<std::size_t>(w.width) * static_cast<std::size_t>(w.height));
    const int area = factor * factor;
    for (int y = 0; y < w.height; ++y) {
        for (int x = 0; x < w.width; ++x) {
            int sum = 0;
            for (int dy = 0; dy < factor; ++dy) {
                const std::uint8_t *row =
                    src.pixels.data() + static_cast<std::size_t>(y * factor + dy) * src.width + x * factor;
                for (int dx = 0; dx < factor; ++dx)
                    sum += row[dx];
            }
            w.pixels[static_cast<std::size_t>(y) * w.width + x] = static_cast<std::uint8_t>(sum / area);
        }
    }
    w.toFrame = src.toFrame.after(Affine{double(factor), 0, 0, 0, double(factor), 0});
    return w;
}

std::uint8_t sample(const Work &src, double x, double y)
{
    // bilinear, white outside
    const int x0 = static_cast<int>(std::floor(x));
    const int y0 = static_cast<int>(std::floor(y));
    const double fx = x - x0;
    const double fy = y - y0;
    auto at = [&](int xx, int yy) -> double {
        if (xx < 0 || yy < 0 || xx >= src.width || yy >= src.height)
            return 255.0;
        return src.pixels[static_cast<std::size_t>(yy) * src.width + xx];
    };
    const double v = at(x0, y0) * (1 - fx) * (1 - fy) + at(x0 + 1, y0) * fx * (1 - fy) +
                     at(x0, y0 + 1) * (1 - fx) * fy + at(x0 + 1, y0 + 1) * fx * fy;
    return static_cast<std::uint8_t>(std::clamp(v + 0.5, 0.0, 255.0));
}

// Bilinear scale by a real factor.
Work scaled(const Work &src, double factor)
{
    Work w;
    w.width = std::max(1, static_cast<int>(src.width * factor));
    w.height = std::max(1, static_cast<int>(src.height * factor));
    w.pixels.resize(static_cast<std::size_t>(w.width) * static_cast<std::size_t>(w.height));
    for (int y = 0; y < w.height; ++y)
        for (int x = 0; x < w.width; ++x)
            w.pixels[static_cast<std::size_t>(y) * w.width + x] =
                sample(src, (x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5);
    const double inv = 1.0 / factor;
    w.toFrame = src.toFrame.after(Affine{inv, 0, 0.5 * inv - 0.5, 0, inv, 0.5 * inv - 0.5});
    return w;
}

// Turned by `degrees` about the centre onto a canvas that holds the whole frame (white corners).
Work rotated(const Work &src, double degrees)
{
    const double rad = degrees * M_PI / 180.0;
    const double cs = std::cos(rad);
    const double sn = std::sin(rad);
    Work w;
    w.width = static_cast<int>(std::ceil(std::abs(src.width * cs) + std::abs(src.height * sn)));
    w.height = static_cast<int>(std::ceil(std::abs(src.width * sn) + std::abs(src.height * cs)));
    w.pixels.resize(static_cast<std::size_t>(w.width) * static_cast<std::size_t>(w.height));
    const double cx = src.width / 2.0, cy = src.height / 2.0;
    const double ox = w.width / 2.0, oy = w.height / 2.0;
    // destination (x, y) -> source: rotate back by -rad about the centres
    const Affine back{cs, sn, cx - cs * ox - sn * oy, -sn, cs, cy + sn * ox - cs * oy};
    for (int y = 0; y < w.height; ++y)
        for (int x = 0; x < w.width; ++x) {
            const double sx = back.a * x + back.b * y + back.c;
            const double sy = back.d * x + back.e * y + back.f;
            w.pixels[static_cast<std::size_t>(y) * w.width + x] = sample(src, sx, sy);
        }
    w.toFrame = src.toFrame.after(back);
    return w;
}

Work inverted(const Work &src)
{
    Work w = src;
    for (auto &p : w.pixels)
        p = static_cast<std::uint8_t>(255 - p);
    return w;
}

// 3x3 box blur (takes off sensor noise and print texture).
Work blurred(const Work &src)
{
    Work w = src;
    for (int y = 1; y + 1 < src.height; ++y)
        for (int x = 1; x + 1 < src.width; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const std::uint8_t *row = src.pixels.data() + static_cast<std::size_t>(y + dy) * src.width;
                sum += row[x - 1] + row[x] + row[x + 1];
            }
            w.pixels[static_cast<std::size_t>(y) * w.width + x] = static_cast<std::uint8_t>(sum / 9);
        }
    return w;
}

// Box mean over a (2r+1)^2 window, through an integral image (edges clamped).
std::vector<std::uint32_t> boxMean(const Work &src, int r)
{
    const int w = src.width, h = src.height;
    std::vector<std::uint64_t> sat(static_cast<std::size_t>(w + 1) * (h + 1), 0);
    for (int y = 0; y < h; ++y) {
        std::uint64_t rowSum = 0;
        for (int x = 0; x < w; ++x) {
            rowSum += src.pixels[static_cast<std::size_t>(y) * w + x];
            sat[static_cast<std::size_t>(y + 1) * (w + 1) + x + 1] =
                sat[static_cast<std::size_t>(y) * (w + 1) + x + 1] + rowSum;
        }
    }
    std::vector<std::uint32_t> mean(static_cast<std::size_t>(w) * h);
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - r), y1 = std::min(h, y + r + 1);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - r), x1 = std::min(w, x + r + 1);
            const std::uint64_t sum = sat[static_cast<std::size_t>(y1) * (w + 1) + x1] -
                                      sat[static_cast<std::size_t>(y0) * (w + 1) + x1] -
                                      sat[static_cast<std::size_t>(y1) * (w + 1) + x0] +
                                      sat[static_cast<std::size_t>(y0) * (w + 1) + x0];
            mean[static_cast<std::size_t>(y) * w + x] =
                static_cast<std::uint32_t>(sum / static_cast<std::uint64_t>((x1 - x0) * (y1 - y0)));
        }
    }
    return mean;
}

// Unsharp mask: soft edges of blurred bars made steep again.
Work sharpened(const Work &src, int r, double amount)
{
    Work w = src;
    const auto mean = boxMean(src, r);
    for (std::size_t i = 0; i < w.pixels.size(); ++i) {
        const double v = src.pixels[i] + amount * (double(src.pixels[i]) - double(mean[i]));
        w.pixels[i] = static_cast<std::uint8_t>(std::clamp(v, 0.0, 255.0));
    }
    return w;
}

// Black where darker than the mean of its neighbourhood (a (2r+1)^2 window): thin bars that a
// blur left grey are still darker than their surroundings. Flat areas stay white.
Work localThreshold(const Work &src, int r)
{
    Work w = src;
    const auto mean = boxMean(src, r);
    for (std::size_t i = 0; i < w.pixels.size(); ++i)
        w.pixels[i] = (static_cast<std::uint32_t>(src.pixels[i]) + 2 < mean[i]) ? 0 : 255;
    return w;
}

struct Region {
    int left, top, width, height;
};

// Overlapping windows of `fraction` of the image, `steps` per axis, evenly spread.
std::vector<Region> regions(int width, int height, double fraction, int steps)
{
    std::vector<Region> out;
    const int rw = static_cast<int>(width * fraction);
    const int rh = static_cast<int>(height * fraction);
    if (rw < 24 || rh < 24)
        return out;
    for (int j = 0; j < steps; ++j)
        for (int i = 0; i < steps; ++i) {
            const int left = steps == 1 ? 0 : (width - rw) * i / (steps - 1);
            const int top = steps == 1 ? 0 : (height - rh) * j / (steps - 1);
            out.push_back({left, top, rw, rh});
        }
    // the centre window was covered by the whole image already when steps is odd; keep it anyway:
    // a smaller view changes the binarizer's and the detectors' choices
    return out;
}

// Where something is: cells (about 1/48 of the shorter side) whose contrast (max - min) is high,
// joined into clusters (8-neighbours); a region round each cluster, largest first. A symbol anywhere
// in the frame is then the centre of one region, which is what the 1.4 Data Matrix and Aztec
// detectors need. Clusters that cover most of the frame add nothing to the whole frame: left out.
std::vector<Region> busyRegions(const Work &src, std::size_t maxRegions)
{
    std::vector<Region> out;
    const int cell = std::max(8, std::min(src.width, src.height) / 48);
    const int cw = src.width / cell, ch = src.height / cell;
    if (cw < 3 || ch < 3)
        return out;
    std::vector<int> contrast(static_cast<std::size_t>(cw) * ch);
    for (int cy = 0; cy < ch; ++cy)
        for (int cx = 0; cx < cw; ++cx) {
            int lo = 255, hi = 0;
            for (int y = cy * cell; y < (cy + 1) * cell; ++y) {
                const std::uint8_t *row = src.pixels.data() + static_cast<std::size_t>(y) * src.width;
                for (int x = cx * cell; x < (cx + 1) * cell; ++x) {
                    lo = std::min<int>(lo, row[x]);
                    hi = std::max<int>(hi, row[x]);
                }
            }
            contrast[static_cast<std::size_t>(cy) * cw + cx] = hi - lo;
        }
    std::vector<int> sorted = contrast;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 9 / 10),
                     sorted.end());
    const int threshold = std::max(40, sorted[sorted.size() * 9 / 10] / 2);
    std::vector<int> label(contrast.size(), -1);
    struct Cluster {
        int cells = 0;
        int x0, y0, x1, y1;
    };
    std::vector<Cluster> clusters;
    std::vector<int> stack;
    for (std::size_t i = 0; i < contrast.size(); ++i) {
        if (label[i] >= 0 || contrast[i] < threshold)
            continue;
        Cluster c{0, cw, ch, -1, -1};
        const int id = static_cast<int>(clusters.size());
        label[i] = id;
        stack.assign(1, static_cast<int>(i));
        while (!stack.empty()) {
            const int k = stack.back();
            stack.pop_back();
            const int x = k % cw, y = k / cw;
            ++c.cells;
            c.x0 = std::min(c.x0, x), c.y0 = std::min(c.y0, y), c.x1 = std::max(c.x1, x),
            c.y1 = std::max(c.y1, y);
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= cw || ny >= ch)
                        continue;
                    const std::size_t n = static_cast<std::size_t>(ny) * cw + nx;
                    if (label[n] < 0 && contrast[n] >= threshold) {
                        label[n] = id;
                        stack.push_back(static_cast<int>(n));
                    }
                }
        }
        clusters.push_back(c);
    }
    std::sort(clusters.begin(), clusters.end(),
              [](const Cluster &a, const Cluster &b) { return a.cells > b.cells; });
    for (const Cluster &c : clusters) {
        if (out.size() >= maxRegions)
            break;
        const int bw = c.x1 - c.x0 + 1, bh = c.y1 - c.y0 + 1;
        if (c.cells < 4 || bw * bh > cw * ch * 6 / 10)
            continue;
        // a margin of a quarter of the cluster (at least two cells): the quiet zone and what the
        // binarizer needs round the symbol
        const int mx = std::max(2, bw / 4), my = std::max(2, bh / 4);
        const int left = std::max(0, (c.x0 - mx) * cell), top = std::max(0, (c.y0 - my) * cell);
        const int right = std::min(src.width, (c.x1 + 1 + mx) * cell);
        const int bottom = std::min(src.height, (c.y1 + 1 + my) * cell);
        out.push_back({left, top, right - left, bottom - top});
    }
    return out;
}

// Whether Code 39 text needed full ASCII (extended mode): anything outside the basic set
// 0-9 A-Z space - . (the basic set's $ / + % are themselves written as pairs in full ASCII).
bool usesCode39FullAscii(const std::string &text)
{
    for (const unsigned char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '-' || c == '.'))
            return true;
    return false;
}

// zbar (a second decoder) on a luminance image: the symbols of the formats where, measured on the
// photo corpus, it reads what ZXing-C++ misses without misreading: QR, EAN-13 (ISBN-13 too; a
// leading 0 makes it UPC-A, as ZXing reports it), EAN-8, Code 128, Code 39. Left out: its UPC-E
// and UPC-A (which expands a UPC-E misread of a UPC-A photo), ITF (short misreads) and the
// EAN-2/EAN-5 add-ons (not symbols of their own). Format names as ours.
constexpr int kZbarEanQuality = 10;

std::vector<BarcodeDecoder::Symbol> zbarRead(const Work &w, std::uint32_t allowed)
{
    using namespace zbar;
    struct Kind {
        zbar_symbol_type_t type;
        ZXing::BarcodeFormat format;
        const char *aim;
        const char *gs1Aim;
    };
    static const Kind kinds[] = {
        {ZBAR_QRCODE, ZXing::BarcodeFormat::QRCode, "]Q1", "]Q3"},
        {ZBAR_EAN13, ZXing::BarcodeFormat::EAN13, "]E0", "]E0"},
        {ZBAR_ISBN13, ZXing::BarcodeFormat::EAN13, "]E0", "]E0"},
        {ZBAR_EAN8, ZXing::BarcodeFormat::EAN8, "]E4", "]E4"},
        {ZBAR_CODE128, ZXing::BarcodeFormat::Code128, "]C0", "]C1"},
        {ZBAR_CODE39, ZXing::BarcodeFormat::Code39, "]A0", "]A0"},
    };
    std::vector<BarcodeDecoder::Symbol> out;
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    if (!scanner)
        return out;
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    // one by one as well: UPC-E stays on in the EAN decoder otherwise
    for (const zbar_symbol_type_t off :
         {ZBAR_UPCE, ZBAR_UPCA, ZBAR_EAN2, ZBAR_EAN5, ZBAR_ISBN10, ZBAR_I25, ZBAR_CODABAR, ZBAR_CODE93,
          ZBAR_DATABAR, ZBAR_DATABAR_EXP, ZBAR_PDF417, ZBAR_SQCODE})
        zbar_image_scanner_set_config(scanner, off, ZBAR_CFG_ENABLE, 0);
    const std::uint32_t upca = static_cast<std::uint32_t>(ZXing::BarcodeFormat::UPCA);
    const std::uint32_t ean13 = static_cast<std::uint32_t>(ZXing::BarcodeFormat::EAN13);
    for (const Kind &k : kinds)
        if ((allowed & static_cast<std::uint32_t>(k.format)) ||
            (static_cast<std::uint32_t>(k.format) == ean13 && (allowed & upca)))
            zbar_image_scanner_set_config(scanner, k.type, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, static_cast<unsigned>(w.width), static_cast<unsigned>(w.height));
    zbar_image_set_data(image, w.pixels.data(), static_cast<unsigned long>(w.pixels.size()), nullptr);
    if (zbar_scan_image(scanner, image) > 0) {
        for (const zbar_symbol_t *z = zbar_image_first_symbol(image); z; z = zbar_symbol_next(z)) {
            const Kind *kind = nullptr;
            for (const Kind &k : kinds)
                if (k.type == zbar_symbol_get_type(z))
                    kind = &k;
            if (!kind)
                continue;
            // EAN/UPC: a mod-10 check lets misreads through; zbar's quality (how many scan lines
            // agreed) tells them apart: a misread of a blurred UPC-A photo had 5, its correct reads
            // of other photos 15 to 109
            const bool ean = kind->type == ZBAR_EAN13 || kind->type == ZBAR_ISBN13 || kind->type == ZBAR_EAN8;
            if (ean && zbar_symbol_get_quality(z) < kZbarEanQuality)
                continue;
            BarcodeDecoder::Symbol s;
            ZXing::BarcodeFormat format = kind->format;
            s.text.assign(zbar_symbol_get_data(z), zbar_symbol_get_data_length(z));
            if (format == ZXing::BarcodeFormat::EAN13 && s.text.size() == 13 && s.text[0] == '0') {
                format = ZXing::BarcodeFormat::UPCA;
                s.text.erase(0, 1);
            }
            if (!(allowed & static_cast<std::uint32_t>(format)))
                continue;
            s.format = nameOf(format);
            s.bytes.assign(s.text.begin(), s.text.end());
            s.gs1 = (zbar_symbol_get_modifiers(z) & (1u << ZBAR_MOD_GS1)) != 0;
            s.symbologyIdentifier = s.gs1 ? kind->gs1Aim : kind->aim;
            int x0 = w.width, y0 = w.height, x1 = 0, y1 = 0;
            const unsigned n = zbar_symbol_get_loc_size(z);
            for (unsigned i = 0; i < n; ++i) {
                x0 = std::min(x0, zbar_symbol_get_loc_x(z, i)),
                x1 = std::max(x1, zbar_symbol_get_loc_x(z, i));
                y0 = std::min(y0, zbar_symbol_get_loc_y(z, i)),
                y1 = std::max(y1, zbar_symbol_get_loc_y(z, i));
            }
            if (n == 0)
                x0 = y0 = 0, x1 = w.width - 1, y1 = w.height - 1;
            s.position = {w.toFrame.map(x0, y0), w.toFrame.map(x1, y0), w.toFrame.map(x1, y1),
                          w.toFrame.map(x0, y1)};
            s.strategy = "zbar";
            out.push_back(std::move(s));
        }
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return out;
}

std::string hexPoint(const BarcodeDecoder::Frame &f)
{
    return std::to_string(f.width) + " x " + std::to_string(f.height);
}

} // namespace

BarcodeDecoder::BarcodeDecoder()
    : BarcodeDecoder(Options{})
{
}

BarcodeDecoder::BarcodeDecoder(Options options)
    : m_options(std::move(options))
{
    std::string name;
    auto flush = [&] {
        if (name.empty())
            return;
        if (auto f = formatFromName(name))
            m_formatMask |= static_cast<std::uint32_t>(*f);
        else if (m_formatsError.empty())
            m_formatsError = "unknown barcode format \"" + name + "\"";
        name.clear();
    };
    for (char c : m_options.formats) {
        if (c == ',' || c == '|' || c == ' ')
            flush();
        else
            name += c;
    }
    flush();
}

std::vector<std::string> BarcodeDecoder::formatNames()
{
    std::vector<std::string> names;
    for (const auto &f : kFormats)
        names.emplace_back(f.name);
    return names;
}

std::string BarcodeDecoder::validate(const Frame &frame)
{
    const int bpp = bytesPerPixel(frame.format);
    if (bpp == 0)
        return "unsupported pixel format (" + std::to_string(static_cast<int>(frame.format)) + ")";
    if (frame.width <= 0 || frame.height <= 0)
        return "empty image (" + hexPoint(frame) + " pixels)";
    if (frame.width > kMaxSide || frame.height > kMaxSide ||
        static_cast<std::int64_t>(frame.width) * frame.height > kMaxPixels)
        return "image too large (" + hexPoint(frame) + " pixels; the limit is " + std::to_string(kMaxSide) +
               " pixels a side and " + std::to_string(kMaxPixels >> 20) + " megapixels)";
    if (!frame.data)
        return "no pixel data";
    const std::int64_t stride =
        frame.rowStride > 0 ? frame.rowStride : static_cast<std::int64_t>(frame.width) * bpp;
    if (stride < static_cast<std::int64_t>(frame.width) * bpp)
        return "row stride " + std::to_string(stride) + " is shorter than a row (" +
               std::to_string(static_cast<std::int64_t>(frame.width) * bpp) + " bytes)";
    const std::int64_t needed = stride * (frame.height - 1) + static_cast<std::int64_t>(frame.width) * bpp;
    if (static_cast<std::int64_t>(frame.size) < needed)
        return "pixel buffer too short (" + std::to_string(frame.size) + " bytes for " + hexPoint(frame) +
               " pixels, " + std::to_string(needed) + " needed)";
    return {};
}

BarcodeDecoder::Decoded BarcodeDecoder::decode(const Frame &frame) const
{
    const auto start = std::chrono::steady_clock::now();
    Decoded out;
    if (!m_formatsError.empty()) {
        out.status = Status::Invalid;
        out.reason = m_formatsError;
    } else if (std::string why = validate(frame); !why.empty()) {
        out.status = Status::Invalid;
        out.reason = why;
    } else if (m_options.isolate) {
        decodeIsolated(frame, start, out);
    } else {
        run(frame, 0, start, {}, {}, out);
    }
    out.microseconds =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start)
            .count();
    if (out.status != Status::Invalid)
        out.status = out.symbols.empty() ? Status::NotFound : Status::Found;
    return out;
}

void BarcodeDecoder::run(const Frame &frame, int skipBelow, std::chrono::steady_clock::time_point start,
                         const std::function<void(int)> &started,
                         const std::function<void(const Symbol &)> &found, Decoded &out) const
{
    using Clock = std::chrono::steady_clock;
    try {
        Work base = toLuminance(frame);
        // Bound the cost of one call: work on at most kWorkingSide pixels a side.
        const int side = std::max(base.width, base.height);
        if (side > kWorkingSide)
            base = downscaled(base, (side + kWorkingSide - 1) / kWorkingSide);

        const auto budget = std::chrono::milliseconds(std::max(0, m_options.budgetMs));
        const int maxSymbols = std::max(1, m_options.maxSymbols);
        bool stop = false;
        int nextOrdinal = 0;

        ZXing::DecodeHints baseHints;
        baseHints.setTryHarder(true)
            .setTryRotate(true)
            .setTryDownscale(false) // one layer per call: see the class comment
            .setTryCode39ExtendedMode(m_options.code39Extended)
            .setMaxNumberOfSymbols(1)
            .setFormats(m_formatMask ? ZXing::BarcodeFormats(static_cast<ZXing::BarcodeFormat>(m_formatMask))
                                     : ZXing::BarcodeFormats(ZXing::BarcodeFormat::None));

        // One library call; false when the pipeline should stop.
        auto attempt = [&](const Work &w, const Region *region, const char *strategy,
                           ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage,
                           std::uint32_t formats = 0) {
            if (stop)
                return false;
            // Every call has its number, the same in every process: an isolated run that failed
            // on call k goes on from k + 1 in a new process.
            const int ordinal = nextOrdinal++;
            if (ordinal < skipBelow)
                return true;
            if ((out.attempts > 0 || skipBelow > 0) && Clock::now() - start >= budget) {
                out.budgetExhausted = true;
                stop = true;
                return false;
            }
            if (w.width < 8 || w.height < 8)
                return true;
            ++out.attempts;
            if (started)
                started(ordinal);
            if (m_options.beforeCall)
                m_options.beforeCall(ordinal);
            ZXing::ImageView view = w.view();
            Affine toFrame = w.toFrame;
            if (region) {
                view = view.cropped(region->left, region->top, region->width, region->height);
                toFrame = toFrame.after(Affine{1, 0, double(region->left), 0, 1, double(region->top)});
            }
            ZXing::DecodeHints hints = baseHints;
            hints.setBinarizer(binarizer);
            if (formats)
                hints.setFormats(ZXing::BarcodeFormats(static_cast<ZXing::BarcodeFormat>(formats)));
            if (ordinal > 0)
                hints.setMinLineCount(4);
            ZXing::Result r;
            try {
                r = ZXing::ReadBarcode(view, hints);
            } catch (...) {
                return true; // a failed attempt, nothing more
            }
            if (!r.isValid())
                return true;
            Symbol s;
            s.format = nameOf(r.format());
            s.text = r.text();
            s.bytes.assign(r.bytes().begin(), r.bytes().end());
            s.symbologyIdentifier = r.symbologyIdentifier();
            if (s.symbologyIdentifier == "]A4" && !usesCode39FullAscii(s.text))
                s.symbologyIdentifier = "]A0"; // 1.4 says "full ASCII" whenever the mode is on
            // GS1 by the content, or by the identifier (FNC1 in first position: Code 128, Data
            // Matrix, QR, Aztec; DataBar is always GS1)
            s.gs1 = r.contentType() == ZXing::ContentType::GS1 || s.symbologyIdentifier == "]C1" ||
                    s.symbologyIdentifier == "]d2" || s.symbologyIdentifier == "]Q3" ||
                    s.symbologyIdentifier == "]z1" || s.symbologyIdentifier.rfind("]e", 0) == 0;
            const auto &p = r.position();
            s.position = {toFrame.map(p.topLeft().x, p.topLeft().y),
                          toFrame.map(p.topRight().x, p.topRight().y),
                          toFrame.map(p.bottomRight().x, p.bottomRight().y),
                          toFrame.map(p.bottomLeft().x, p.bottomLeft().y)};
            s.strategy = strategy;
            for (const Symbol &known : out.symbols)
                if (known.format == s.format && known.text == s.text)
                    return true;
            out.symbols.push_back(std::move(s));
            if (found)
                found(out.symbols.back());
            if (static_cast<int>(out.symbols.size()) >= maxSymbols)
                stop = true;
            return !stop;
        };

        // The strategies, most productive first (reads per strategy on the photo corpus: see
        // bench_scan_decode); each is one ReadBarcode call on a view of the frame.
        // 1. The frame as it is (what a plain call does, without the library's pyramid).
        attempt(base, nullptr, "plain");
        if (budget.count() == 0)
            stop = true;

        const int minSide = std::min(base.width, base.height);
        const int maxSide = std::max(base.width, base.height);
        // 2. Thresholded against the local mean, and sharpened: blurred linear codes (thin bars that
        //    the library's per-line histogram leaves on the wrong side of its threshold).
        if (!stop)
            attempt(localThreshold(base, 7), nullptr, "local-threshold", ZXing::Binarizer::FixedThreshold);
        if (!stop)
            attempt(sharpened(base, 2, 1.5), nullptr, "sharpen");
        // 3. Scaled up: small symbols, few pixels a module.
        std::optional<Work> up;
        if (!stop && maxSide <= 1300) {
            up = scaled(base, 2.0);
            attempt(*up, nullptr, "up2");
        }
        // 4. Light on dark.
        std::optional<Work> inv;
        if (!stop) {
            inv = inverted(base);
            attempt(*inv, nullptr, "inverted");
        }
        // 5. Scaled down (the library's own pyramid, one layer per call): large, soft symbols.
        if (!stop && minSide >= 500)
            attempt(downscaled(base, 3), nullptr, "down3");
        if (!stop && minSide >= 240)
            attempt(downscaled(base, 2), nullptr, "down2");
        // 6. Another binarizer: uneven light, low contrast.
        if (!stop)
            attempt(base, nullptr, "histogram", ZXing::Binarizer::GlobalHistogram);
        // 7. The same on a larger scale.
        if (!stop)
            attempt(localThreshold(base, 15), nullptr, "local-threshold", ZXing::Binarizer::FixedThreshold);
        if (up && !stop)
            attempt(sharpened(*up, 3, 2.0), nullptr, "up2-sharpen");
        if (!stop)
            attempt(sharpened(base, 3, 3.0), nullptr, "sharpen-strong");
        // 8. Smoothed: noise, print texture.
        if (!stop)
            attempt(blurred(base), nullptr, "blur");
        // 9. Regions: Data Matrix and Aztec off the centre, and a view the binarizer sees better:
        //    round each cluster of contrast first, then a grid of overlapping windows.
        for (const Region &r : busyRegions(base, 6))
            if (!attempt(base, &r, "busy-region"))
                break;
        for (const Region &r : regions(base.width, base.height, 0.5, 3))
            if (!attempt(base, &r, "region-1/2"))
                break;
        for (const Region &r : regions(base.width, base.height, 2.0 / 3.0, 2))
            if (!attempt(base, &r, "region-2/3"))
                break;
        // 10. Turned: Aztec reads to about 5 degrees off square, PDF417 to about 7.5, linear codes
        //     while a scan line still crosses every bar, Data Matrix not always near 45; QR at any
        //     angle (so it is left out of these calls). Steps of 10 degrees cover every angle.
        const std::uint32_t anyFormat =
            m_formatMask ? m_formatMask : static_cast<std::uint32_t>(ZXing::BarcodeFormat::Any);
        const std::uint32_t turnFormats =
            anyFormat & ~(static_cast<std::uint32_t>(ZXing::BarcodeFormat::QRCode) |
                          static_cast<std::uint32_t>(ZXing::BarcodeFormat::MicroQRCode));
        if (turnFormats)
            for (int deg = 10; deg < 90 && !stop; deg += 10)
                attempt(rotated(base, deg), nullptr, "rotate", ZXing::Binarizer::LocalAverage, turnFormats);
        // 11. A second decoder, zbar: blurred QR and EAN/UPC photos that no ZXing view reads.
        if (!stop) {
            const int ordinal = nextOrdinal++;
            if (ordinal >= skipBelow) {
                if ((out.attempts > 0 || skipBelow > 0) && Clock::now() - start >= budget) {
                    out.budgetExhausted = true;
                    stop = true;
                } else {
                    ++out.attempts;
                    if (started)
                        started(ordinal);
                    if (m_options.beforeCall)
                        m_options.beforeCall(ordinal);
                    for (BarcodeDecoder::Symbol &z : zbarRead(base, anyFormat)) {
                        if (stop)
                            break;
                        const bool known =
                            std::any_of(out.symbols.begin(), out.symbols.end(), [&](const Symbol &k) {
                                return k.format == z.format && k.text == z.text;
                            });
                        if (known)
                            continue;
                        out.symbols.push_back(std::move(z));
                        if (found)
                            found(out.symbols.back());
                        if (static_cast<int>(out.symbols.size()) >= maxSymbols)
                            stop = true;
                    }
                }
            }
        }
        // 12. Regions of the inverted frame: light-on-dark symbols off the centre.
        if (inv)
            for (const Region &r : regions(inv->width, inv->height, 0.5, 3))
                if (!attempt(*inv, &r, "inverted-region"))
                    break;
    } catch (const std::exception &e) {
        // out of memory while building a view: the frame is not read, the program goes on
        out.reason = e.what();
    } catch (...) {
        out.reason = "decoder failure";
    }
}

// Isolation: the pipeline runs in a child process (fork) that reports on a pipe as it goes: the
// number of each library call before it starts ('A'), each symbol found ('S'), the end ('E'). A
// child that dies (the library's assertion aborts it) or outlives the hard deadline (killed) has
// told which call it was on; a new child goes on from the next call, keeping what was found.
namespace {

void putInt(std::string &buf, std::int64_t v)
{
    buf.append(reinterpret_cast<const char *>(&v), sizeof v);
}

void putString(std::string &buf, const std::string &v)
{
    putInt(buf, static_cast<std::int64_t>(v.size()));
    buf += v;
}

bool writeAll(int fd, const std::string &buf)
{
    std::size_t done = 0;
    while (done < buf.size()) {
        const ssize_t n = ::write(fd, buf.data() + done, buf.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

struct Reader {
    const std::string &buf;
    std::size_t pos = 0;
    bool ok = true;
    std::int64_t getInt()
    {
        std::int64_t v = 0;
        if (pos + sizeof v > buf.size()) {
            ok = false;
            return 0;
        }
        std::memcpy(&v, buf.data() + pos, sizeof v);
        pos += sizeof v;
        return v;
    }
    std::string getString()
    {
        const std::int64_t n = getInt();
        if (!ok || n < 0 || pos + static_cast<std::size_t>(n) > buf.size()) {
            ok = false;
            return {};
        }
        std::string v = buf.substr(pos, static_cast<std::size_t>(n));
        pos += static_cast<std::size_t>(n);
        return v;
    }
};

std::string signalName(int sig)
{
    switch (sig) {
    case SIGABRT: return "abort";
    case SIGSEGV: return "segmentation fault";
    case SIGKILL: return "killed";
    case SIGBUS: return "bus error";
    case SIGFPE: return "arithmetic error";
    case SIGILL: return "illegal instruction";
    }
    return "signal " + std::to_string(sig);
}

} // namespace

void BarcodeDecoder::decodeIsolated(const Frame &frame, std::chrono::steady_clock::time_point start,
                                    Decoded &out) const
{
    using Clock = std::chrono::steady_clock;
    // The hard deadline: the budget, and as much again (at least a second) for the call that is
    // running when it ends; a child still working then is killed.
    const auto budget = std::chrono::milliseconds(std::max(0, m_options.budgetMs));
    const auto deadline = start + budget + std::max<Clock::duration>(budget, std::chrono::seconds(1));
    int skipBelow = 0;
    for (int child = 0; child < kMaxIsolatedRestarts + 1; ++child) {
        int fds[2];
        if (::pipe(fds) != 0) {
            out.reason = std::string("cannot start the isolated decoder: ") + std::strerror(errno);
            return;
        }
        const pid_t pid = ::fork();
        if (pid < 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            out.reason = std::string("cannot start the isolated decoder: ") + std::strerror(errno);
            return;
        }
        if (pid == 0) {
            // The child: the pipeline, reported as it goes; never returns.
            ::close(fds[0]);
            const int fd = fds[1];
            // A fault ends the child at once: not through the handlers the program installed
            // (a test framework's or a crash reporter's, which would run in the child).
            for (const int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP})
                ::signal(sig, SIG_DFL);
            try {
                Decoded mine = out; // what earlier children found (duplicates are not reported again)
                run(
                    frame, skipBelow, start,
                    [fd](int ordinal) {
                        std::string m = "A";
                        putInt(m, ordinal);
                        writeAll(fd, m);
                    },
                    [fd](const Symbol &s) {
                        std::string m = "S";
                        putString(m, s.format);
                        putString(m, s.text);
                        putString(m, std::string(s.bytes.begin(), s.bytes.end()));
                        putString(m, s.symbologyIdentifier);
                        putInt(m, s.gs1 ? 1 : 0);
                        for (const Point &p : s.position) {
                            putInt(m, p.x);
                            putInt(m, p.y);
                        }
                        putString(m, s.strategy);
                        writeAll(fd, m);
                    },
                    mine);
                std::string m = "E";
                putInt(m, mine.budgetExhausted ? 1 : 0);
                putString(m, mine.reason);
                writeAll(fd, m);
            } catch (...) {
                ::_exit(3);
            }
            ::_exit(0);
        }
        // The parent: read until the child closes the pipe or the deadline passes.
        ::close(fds[1]);
        std::string buf;
        bool timedOut = false;
        char chunk[4096];
        for (;;) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) {
                timedOut = true;
                break;
            }
            pollfd pfd{fds[0], POLLIN, 0};
            const int ready = ::poll(&pfd, 1, static_cast<int>(std::min<std::int64_t>(left, 60000)));
            if (ready < 0 && errno == EINTR)
                continue;
            if (ready < 0)
                break;
            if (ready == 0)
                continue;
            const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // end of the child's output
            buf.append(chunk, static_cast<std::size_t>(n));
        }
        ::close(fds[0]);
        if (timedOut)
            ::kill(pid, SIGKILL);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }

        Reader r{buf};
        int lastStarted = -1;
        bool ended = false;
        while (r.ok && r.pos < buf.size()) {
            const char kind = buf[r.pos++];
            if (kind == 'A') {
                const std::int64_t ordinal = r.getInt();
                if (r.ok) {
                    lastStarted = static_cast<int>(ordinal);
                    ++out.attempts;
                }
            } else if (kind == 'S') {
                Symbol s;
                s.format = r.getString();
                s.text = r.getString();
                const std::string bytes = r.getString();
                s.bytes.assign(bytes.begin(), bytes.end());
                s.symbologyIdentifier = r.getString();
                s.gs1 = r.getInt() != 0;
                for (Point &p : s.position) {
                    p.x = static_cast<int>(r.getInt());
                    p.y = static_cast<int>(r.getInt());
                }
                s.strategy = r.getString();
                if (r.ok)
                    out.symbols.push_back(std::move(s));
            } else if (kind == 'E') {
                const bool exhausted = r.getInt() != 0;
                std::string reason = r.getString();
                if (r.ok) {
                    ended = true;
                    out.budgetExhausted = out.budgetExhausted || exhausted;
                    if (!reason.empty())
                        out.reason = std::move(reason);
                }
            } else {
                break;
            }
        }
        if (ended)
            return;
        // The child died or was killed on call `lastStarted`.
        ++out.failures;
        const std::string how = timedOut ? "did not finish in time"
                                : WIFSIGNALED(status)
                                    ? "stopped by " + signalName(WTERMSIG(status))
                                    : "ended with code " + std::to_string(WEXITSTATUS(status));
        out.reason =
            "the barcode library " + how + " on call " + std::to_string(lastStarted) + "; went on without it";
        if (timedOut || lastStarted < 0 || Clock::now() >= start + budget ||
            static_cast<int>(out.symbols.size()) >= std::max(1, m_options.maxSymbols)) {
            if (timedOut)
                out.budgetExhausted = true;
            return;
        }
        skipBelow = lastStarted + 1;
    }
}

std::string escapeBarcodeText(const std::string &text)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

LumImage encodeBarcode(const std::string &format, const std::string &text, int width, int height, int margin,
                       std::string *error)
{
    LumImage img;
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return LumImage{};
    };
    const auto f = formatFromName(format);
    if (!f)
        return fail("unknown barcode format \"" + format + "\"");
    if (width < 0 || height < 0 || width > BarcodeDecoder::kMaxSide || height > BarcodeDecoder::kMaxSide)
        return fail("bad image size");
    try {
        ZXing::MultiFormatWriter writer(*f);
        if (margin >= 0)
            writer.setMargin(margin);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix m = writer.encode(text, width, height);
        img.width = m.width();
        img.height = m.height();
        if (img.width <= 0 || img.height <= 0)
            return fail("the writer made an empty image");
        img.pixels.resize(static_cast<std::size_t>(img.width) * img.height);
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x < img.width; ++x)
                img.pixels[static_cast<std::size_t>(y) * img.width + x] = m.get(x, y) ? 0 : 255;
    } catch (const std::exception &e) {
        return fail(e.what());
    }
    if (error)
        error->clear();
    return img;
}

} // namespace wh::drivers
