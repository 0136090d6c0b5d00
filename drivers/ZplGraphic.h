#pragma once

#include "Result.h"

#include <QByteArray>
#include <QImage>

namespace wh::drivers {

// The data of a ZPL graphic field (^GFA): a 1-bit image, rows of whole bytes, the most significant
// bit leftmost, 1 = a dot that prints. Written as ASCII hex with Zebra's compression:
//   G..Y   repeat the next hex digit 1..19 times;  g..z  20, 40, ... 400 times (added: "hK" = 45)
//   ,      the rest of the row is 0 (white)        !     the rest of the row is 1 (black)
//   :      this row is the same as the one before
// Pure functions; any thread.
struct ZplGraphic {
    int bytesPerRow = 0;
    int rows = 0;
    QByteArray bits; // rows * bytesPerRow bytes

    [[nodiscard]] int totalBytes() const { return bytesPerRow * rows; }

    // Pixels darker than mid-grey (after compositing onto white) become dots.
    [[nodiscard]] static ZplGraphic fromImage(const QImage &image);
    // Black dots on white, (bytesPerRow * 8) x rows pixels, QImage::Format_Mono.
    [[nodiscard]] QImage toImage() const;

    // The compressed ASCII hex, row by row (the data part of ^GFA,total,total,bytesPerRow,DATA).
    [[nodiscard]] QByteArray compressedHex() const;
    // Reads ASCII hex, compressed or not. Errors (ErrorCode::Parse) name the problem and the
    // offset: a character that is neither a hex digit nor a compression code, a row that runs past
    // bytesPerRow, ':' on the first row, or more or fewer bytes than totalBytes.
    [[nodiscard]] static Result<ZplGraphic> fromHex(const QByteArray &data, int totalBytes, int bytesPerRow);
};

} // namespace wh::drivers
