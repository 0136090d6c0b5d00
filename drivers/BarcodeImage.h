#pragma once

#include "BarcodeDecoder.h"

#include <QImage>
#include <QString>

namespace wh::drivers {

// The thin Qt adapter of BarcodeDecoder: image files and QImage frames in, LumImage out.
namespace BarcodeImage {

// An image file read for decoding, or why it cannot be: not an image, a format Qt cannot read, a
// truncated or damaged file, an empty image, or one larger than BarcodeDecoder's limits (checked
// from the file's header, before any pixel is allocated). Transparent pixels are put on white.
struct Loaded {
    QImage image;
    QString error; // empty when image is usable (English; the CLI translates its own wording)
};
[[nodiscard]] Loaded load(const QString &path);

// Decodes a QImage frame of any pixel format Qt has (converted once when it is not 8-bit grey or
// 32-bit RGB). A null image or Format_Invalid is an Invalid result with the reason.
[[nodiscard]] BarcodeDecoder::Decoded decode(const BarcodeDecoder &decoder, const QImage &image);

// A LumImage (e.g. from encodeBarcode) as an 8-bit greyscale QImage (deep copy).
[[nodiscard]] QImage toQImage(const LumImage &image);

} // namespace BarcodeImage

} // namespace wh::drivers
