#include "BarcodeImage.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QtEndian>

namespace wh::drivers::BarcodeImage {

namespace {

// Transparent pixels over white (a PNG drawn on a transparent background is black-on-nothing: the
// "nothing" must read as the light background).
QImage onWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

} // namespace

Loaded load(const QString &path)
{
    Loaded out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.error = QStringLiteral("no such file");
        return out;
    }
    if (!info.isFile()) {
        out.error = QStringLiteral("not a file");
        return out;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true); // JPEG orientation as the camera meant it
    if (!reader.canRead()) {
        out.error = QStringLiteral("not an image Qt can read (%1)").arg(reader.errorString());
        return out;
    }
    const QSize size = reader.size();
    if (size.isValid()) {
        BarcodeDecoder::Frame header;
        header.width = size.width();
        header.height = size.height();
        const std::string why = BarcodeDecoder::validate(header);
        // Only the size is known yet: "no pixel data" is what a valid size gets here.
        if (why.rfind("empty image", 0) == 0 || why.rfind("image too large", 0) == 0) {
            out.error = QString::fromStdString(why);
            return out;
        }
    }
    // Qt's own guard against huge allocations (256 MiB by default) stays, sized to our limit.
    reader.setAllocationLimit(static_cast<int>((BarcodeDecoder::kMaxPixels * 4) >> 20) + 1);
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        out.error = QStringLiteral("cannot read the image: %1").arg(reader.errorString());
        return out;
    }
    out.image = onWhite(image);
    return out;
}

BarcodeDecoder::Decoded decode(const BarcodeDecoder &decoder, const QImage &image)
{
    BarcodeDecoder::Frame frame;
    if (image.isNull() || image.format() == QImage::Format_Invalid) {
        BarcodeDecoder::Decoded out;
        out.status = BarcodeDecoder::Status::Invalid;
        out.reason = image.isNull() && image.format() != QImage::Format_Invalid ? "empty image"
                                                                                : "unsupported pixel format";
        return out;
    }
    QImage converted; // owns the pixels frame points at when the format is converted
    auto fill = [&](const QImage &img, BarcodeDecoder::PixelFormat format) {
        frame.data = img.constBits();
        frame.size = static_cast<std::size_t>(img.sizeInBytes());
        frame.width = img.width();
        frame.height = img.height();
        frame.rowStride = static_cast<int>(img.bytesPerLine());
        frame.format = format;
    };
    constexpr auto k32 = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? BarcodeDecoder::PixelFormat::Bgrx8
                                                                       : BarcodeDecoder::PixelFormat::Xrgb8;
    switch (image.format()) {
    case QImage::Format_Grayscale8: fill(image, BarcodeDecoder::PixelFormat::Lum8); break;
    case QImage::Format_RGB32: fill(image, k32); break;
    // What FrameScanner makes of RGBA/RGBX camera frames: read as it is, not converted again.
    case QImage::Format_RGBX8888: fill(image, BarcodeDecoder::PixelFormat::Rgbx8); break;
    case QImage::Format_RGB888: fill(image, BarcodeDecoder::PixelFormat::Rgb8); break;
    case QImage::Format_BGR888: fill(image, BarcodeDecoder::PixelFormat::Bgr8); break;
    default:
        converted = image.hasAlphaChannel() ? onWhite(image) : image.convertToFormat(QImage::Format_RGB32);
        if (converted.isNull()) {
            BarcodeDecoder::Decoded out;
            out.status = BarcodeDecoder::Status::Invalid;
            out.reason = "unsupported pixel format";
            return out;
        }
        fill(converted, k32);
        break;
    }
    return decoder.decode(frame);
}

QImage toQImage(const LumImage &image)
{
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() < static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height))
        return {};
    QImage out(image.width, image.height, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height; ++y)
        std::copy_n(image.pixels.data() + static_cast<std::size_t>(y) * image.width, image.width,
                    out.scanLine(y));
    return out;
}

} // namespace wh::drivers::BarcodeImage
