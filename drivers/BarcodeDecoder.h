#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace wh::drivers {

// Barcode decoding over a plain pixel buffer (no Qt, no I/O): ZXing-C++ 1.4 driven through a list
// of strategies that each read what one library call misses, then zbar as a second decoder, inside
// a time budget per frame. The order (most productive first) and what each strategy adds on the
// photo corpus: see bench_scan_decode (tests/bench).
//
// What one ZXing-C++ 1.4 `ReadBarcode` call misses, and what the pipeline does about it:
//  - blurred linear codes (thin bars left grey): the frame thresholded against its local mean,
//    and sharpened (unsharp mask), also at twice the size;
//  - small symbols: the frame scaled up; large soft ones: scaled down (our box filter);
//  - light-on-dark symbols: the inverted frame; uneven light: the global-histogram binarizer;
//    noise and print texture: the frame smoothed;
//  - Data Matrix and Aztec are only found when they cross the image centre: regions round each
//    cluster of contrast, then a grid of overlapping windows, so a symbol anywhere is the centre
//    of one of them;
//  - Aztec beyond about 5 degrees off square, PDF417 beyond 7.5, linear codes at an angle: the
//    frame turned in 10-degree steps;
//  - what no ZXing view reads: zbar (QR, EAN-13, UPC-A, EAN-8, Code 128, Code 39).
// Linear codes read by any view but the first need 4 agreeing scan lines (the library's default
// is 2): more views mean more chances of a misread, and EAN/UPC have only a mod-10 check.
//
// No image can abort or hang the program:
//  - `ReadBarcodes` is never called: it aborts the process (assertion `lineCount() == 1' in
//    Result::operator==) on a frame holding the same linear symbol twice, e.g. a sheet of labels;
//    every call is `ReadBarcode` on a single image with the library's own downscaling off;
//  - and, since no one can vouch for every path of the library, each frame is decoded in a child
//    process (Options::isolate, on by default): a child that aborts, crashes or outlives the hard
//    deadline is replaced and the pipeline goes on from the next call (Decoded::failures, reason);
//  - every call is wrapped (an exception is a failed attempt, not a crash);
//  - the frame is validated first (size, stride, pixel format, buffer length) and one that is too
//    large is refused with the reason; frames are worked on at most kWorkingSide pixels a side, so
//    one call has a bounded cost; the strategies stop when the frame's time budget is used (the
//    call that is running finishes: a budget of B ms ends within B ms plus one call; isolated, a
//    child still running at B + max(B, 1 s) is killed).
class BarcodeDecoder {
public:
    enum class PixelFormat : std::uint8_t {
        Lum8,  // one byte per pixel, luminance
        Rgb8,  // R, G, B bytes
        Bgr8,  // B, G, R bytes
        Rgbx8, // R, G, B, unused
        Bgrx8, // B, G, R, unused (QImage::Format_RGB32 in memory on little-endian machines)
        Xrgb8, // unused, R, G, B
    };

    // A view of a frame's pixels (not owned). `size` is the number of bytes readable from `data`.
    struct Frame {
        const std::uint8_t *data = nullptr;
        std::size_t size = 0;
        int width = 0;
        int height = 0;
        int rowStride = 0; // bytes from one row to the next; 0: width * bytes per pixel
        PixelFormat format = PixelFormat::Lum8;
    };

    static constexpr int kMaxSide = 16384;                 // larger frames are refused
    static constexpr std::int64_t kMaxPixels = 64LL << 20; // 64 megapixels
    static constexpr int kWorkingSide = 2600;              // larger frames are scaled down first

    struct Options {
        // Allow-list of formats by ZXing's names ("QRCode,Code128"; see formatName()); empty: all.
        std::string formats;
        // Time budget per frame in milliseconds (strategies stop when it is used); <= 0: only the
        // first, plain call.
        int budgetMs = 250;
        // Code 39 full ASCII (extended mode): "+A" reads as "a".
        bool code39Extended = true;
        // Stop at the first symbol (a scanner's trigger); otherwise every strategy runs within the
        // budget and distinct symbols are collected, up to maxSymbols.
        int maxSymbols = 1;
        // Decode in a child process (fork), so that nothing the library does on one frame (an
        // abort, a crash, a hang) can end or stall the program: see decode(). Off: in this process
        // (faster by the cost of a fork; for tests and tools that isolate themselves).
        bool isolate = true;
        // Test seam (fault injection): runs before each library call with the call's number, in
        // the child when isolated. Empty in production.
        std::function<void(int call)> beforeCall;
    };

    struct Point {
        int x = 0;
        int y = 0;
    };

    struct Symbol {
        std::string format;              // ZXing's name without dashes: QRCode, EAN13, UPCA, ...
        std::string text;                // UTF-8 (GS1 separators as 0x1D)
        std::vector<std::uint8_t> bytes; // the raw content bytes
        std::string symbologyIdentifier; // AIM (ISO/IEC 15424), e.g. "]Q1", "]C1"
        bool gs1 = false;                // the identifier says GS1
        std::array<Point, 4> position{}; // corners in frame pixels: top-left, top-right,
                                         // bottom-right, bottom-left of the symbol
        std::string strategy;            // which strategy read it (for diagnostics)
    };

    enum class Status {
        Found,    // at least one symbol
        NotFound, // a valid frame without a readable symbol
        Invalid,  // the frame cannot be decoded: see reason
    };

    struct Decoded {
        Status status = Status::NotFound;
        // Why Invalid; for a frame read or not read after a failure of the library (failures > 0),
        // what failed (English, for logs; callers translate by status)
        std::string reason;
        std::vector<Symbol> symbols;
        int failures = 0;             // isolated children that aborted, crashed or were killed
        int attempts = 0;             // library calls made
        bool budgetExhausted = false; // strategies were left out for lack of time
        std::int64_t microseconds = 0;
    };

    BarcodeDecoder();
    explicit BarcodeDecoder(Options options);

    [[nodiscard]] const Options &options() const { return m_options; }
    // False when options().formats holds a name that is not a format (see formatsError()).
    [[nodiscard]] bool formatsValid() const { return m_formatsError.empty(); }
    [[nodiscard]] const std::string &formatsError() const { return m_formatsError; }

    // Decodes one frame. Never throws; never aborts.
    [[nodiscard]] Decoded decode(const Frame &frame) const;

    // Checks a frame without decoding it: empty when it can be decoded, else the reason.
    [[nodiscard]] static std::string validate(const Frame &frame);

    // The names accepted in Options::formats, in ZXing's order.
    [[nodiscard]] static std::vector<std::string> formatNames();

    // An isolated child that failed is replaced at most this many times per frame.
    static constexpr int kMaxIsolatedRestarts = 12;

private:
    void run(const Frame &frame, int skipBelow, std::chrono::steady_clock::time_point start,
             const std::function<void(int)> &started, const std::function<void(const Symbol &)> &found,
             Decoded &out) const;
    void decodeIsolated(const Frame &frame, std::chrono::steady_clock::time_point start, Decoded &out) const;

    Options m_options;
    std::uint32_t m_formatMask = 0;
    std::string m_formatsError;
};

// Text as one field of a tab-separated line: `\\`, `\t`, `\n`, `\r` and `\xHH` for the other
// control bytes (0x00-0x1F, 0x7F); everything else (UTF-8 included) as it is.
[[nodiscard]] std::string escapeBarcodeText(const std::string &text);

// An 8-bit luminance image (0 black, 255 white), rows packed.
struct LumImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
    [[nodiscard]] BarcodeDecoder::Frame frame() const
    {
        return {pixels.data(), pixels.size(), width, height, width, BarcodeDecoder::PixelFormat::Lum8};
    }
};

// Label encoding with ZXing-C++'s writer: "QRCode" or "Code128" (also the other formats the
// writer knows: "DataMatrix", "Aztec", "PDF417", "Code39", "EAN13", ...). `text` is UTF-8. The
// image is at least width x height (0: the symbol's natural size), with `margin` modules of quiet
// zone (-1: the writer's default). On failure (a format it cannot write, text the format cannot
// hold) returns an empty image and sets `error`.
[[nodiscard]] LumImage encodeBarcode(const std::string &format, const std::string &text, int width,
                                     int height, int margin = -1, std::string *error = nullptr);

} // namespace wh::drivers
