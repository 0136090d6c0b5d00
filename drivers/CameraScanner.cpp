#include "CameraScanner.h"

#include "BarcodeImage.h"
#include "Logging.h"

#include <QCameraDevice>
#include <QElapsedTimer>
#include <QVideoFrameFormat>

namespace wh::drivers {

namespace {

QRect pixelsOf(const QSize &frame, const QRectF &roi)
{
    const QRect full(QPoint(0, 0), frame);
    const QRect r(qRound(roi.x() * frame.width()), qRound(roi.y() * frame.height()),
                  qRound(roi.width() * frame.width()), qRound(roi.height() * frame.height()));
    const QRect clipped = r.intersected(full);
    return clipped.isEmpty() ? full : clipped;
}

// The QImage format plane 0 of a mapped frame can be read as (the luminance plane of planar YUV),
// or Format_Invalid when the frame goes through QVideoFrame::toImage().
QImage::Format directImageFormat(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: return QImage::Format_Grayscale8;
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRX8888:
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? QImage::Format_RGB32 : QImage::Format_Invalid;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888: return QImage::Format_RGBX8888;
    default: return QImage::Format_Invalid;
    }
}

} // namespace

FrameScanner::FrameScanner(BarcodeDecoder::Options options, QObject *parent)
    : QObject(parent)
    , m_decoder(std::move(options))
{
    qRegisterMetaType<CameraRead>();
    qRegisterMetaType<QList<CameraRead>>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the decoding thread stays for the next frame
}

FrameScanner::~FrameScanner()
{
    setVideoSink(nullptr);
    m_pool.waitForDone();
}

void FrameScanner::setVideoSink(QVideoSink *sink)
{
    disconnect(m_sinkConnection);
    if (sink)
        m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this,
                                   [this](const QVideoFrame &frame) { (void)submitFrame(frame); });
}

void FrameScanner::setRegionOfInterest(const QRectF &normalized)
{
    const QRectF r = normalized.intersected(QRectF(0, 0, 1, 1));
    m_roi = r.isEmpty() ? QRectF(0, 0, 1, 1) : r;
}

FrameScanner::Stats FrameScanner::stats() const
{
    return {m_frames.load(), m_decoded.load(), m_dropped.load(), m_rejected.load(), m_found.load()};
}

void FrameScanner::waitForIdle()
{
    m_pool.waitForDone();
}

FrameScanner::Prepared FrameScanner::crop(const QImage &image, const QRectF &roi)
{
    Prepared p;
    const QRect r = pixelsOf(image.size(), roi);
    p.offset = r.topLeft();
    p.image = r == image.rect() ? image : image.copy(r);
    return p;
}

FrameScanner::Prepared FrameScanner::prepare(const QVideoFrame &in, const QRectF &roi)
{
    Prepared p;
    QVideoFrame frame(in);
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const QString formatName = QVideoFrameFormat::pixelFormatToString(format);
    if (!frame.isValid() || frame.width() <= 0 || frame.height() <= 0) {
        p.error = QStringLiteral("an empty or invalid frame");
        return p;
    }
    const std::string tooLarge = BarcodeDecoder::validate({nullptr, 0, frame.width(), frame.height(), 0, {}});
    if (tooLarge.rfind("image too large", 0) == 0) {
        p.error = QString::fromStdString(tooLarge);
        return p;
    }
    if (const QImage::Format imageFormat = directImageFormat(format); imageFormat != QImage::Format_Invalid) {
        if (!frame.map(QVideoFrame::ReadOnly)) {
            p.error = QStringLiteral("cannot map the frame (%1)").arg(formatName);
            return p;
        }
        const QRect r = pixelsOf(frame.size(), roi);
        p.offset = r.topLeft();
        const uchar *bits = frame.bits(0);
        const int stride = frame.bytesPerLine(0);
        const int bpp = imageFormat == QImage::Format_Grayscale8 ? 1 : 4;
        // The plane must hold every row it claims to (a broken driver's frame is refused, not read past).
        if (!bits || stride < frame.width() * bpp ||
            static_cast<qint64>(frame.mappedBytes(0)) <
                static_cast<qint64>(stride) * (frame.height() - 1) + frame.width() * bpp) {
            frame.unmap();
            p.error = QStringLiteral("a frame whose plane is shorter than its size (%1)").arg(formatName);
            return p;
        }
        // A deep copy of the region: the frame is unmapped before decoding.
        const QImage view(bits + static_cast<qsizetype>(r.y()) * stride + r.x() * bpp, r.width(), r.height(),
                          stride, imageFormat);
        p.image = view.copy();
        frame.unmap();
        return p;
    }
    const QImage converted = frame.toImage();
    if (converted.isNull()) {
        p.error = QStringLiteral("a pixel format that cannot be read: %1").arg(formatName);
        return p;
    }
    return crop(converted, roi);
}

bool FrameScanner::submitFrame(const QVideoFrame &frame)
{
    ++m_frames;
    if (!frame.isValid()) {
        ++m_rejected;
        emit frameRejected(QStringLiteral("an empty or invalid frame"));
        return false;
    }
    const QRectF roi = m_roi;
    return start([frame, roi] { return prepare(frame, roi); }, ScanPayload::Source::Camera);
}

bool FrameScanner::submitImage(const QImage &image)
{
    ++m_frames;
    if (image.isNull()) {
        ++m_rejected;
        emit frameRejected(QStringLiteral("an empty image"));
        return false;
    }
    const QRectF roi = m_roi;
    return start([image, roi] { return crop(image, roi); }, ScanPayload::Source::Image);
}

bool FrameScanner::start(std::function<Prepared()> prepareFrame, ScanPayload::Source source)
{
    const bool started = m_pool.tryStart([this, prepareFrame = std::move(prepareFrame), source] {
        const Prepared prepared = prepareFrame();
        finish(prepared, source);
    });
    if (!started)
        ++m_dropped;
    return started;
}

void FrameScanner::finish(const Prepared &prepared, ScanPayload::Source source)
{
    // On the decoding thread: the results go to this object's thread as a queued call (dropped by
    // Qt if the scanner is gone by then).
    if (!prepared.error.isEmpty()) {
        ++m_rejected;
        const QString reason = prepared.error;
        QMetaObject::invokeMethod(
            this, [this, reason] { emit frameRejected(reason); }, Qt::QueuedConnection);
        return;
    }
    const BarcodeDecoder::Decoded decoded = BarcodeImage::decode(m_decoder, prepared.image);
    ++m_decoded;
    if (decoded.status == BarcodeDecoder::Status::Invalid) {
        ++m_rejected;
        const QString reason = QString::fromStdString(decoded.reason);
        QMetaObject::invokeMethod(
            this, [this, reason] { emit frameRejected(reason); }, Qt::QueuedConnection);
        return;
    }
    if (decoded.symbols.empty())
        return;
    ++m_found;
    QList<CameraRead> reads;
    for (const BarcodeDecoder::Symbol &s : decoded.symbols) {
        CameraRead read;
        read.scan.raw = QByteArray(reinterpret_cast<const char *>(s.bytes.data()),
                                   static_cast<qsizetype>(s.bytes.size()));
        read.scan.text = QString::fromStdString(s.text);
        read.scan.format = QString::fromStdString(s.format);
        read.scan.symbologyId = QString::fromStdString(s.symbologyIdentifier);
        read.scan.source = source;
        for (const BarcodeDecoder::Point &pt : s.position)
            read.position << QPoint(pt.x, pt.y) + prepared.offset;
        reads << read;
    }
    const qint64 us = decoded.microseconds;
    QMetaObject::invokeMethod(
        this, [this, reads, us] { emit symbolsFound(reads, us); }, Qt::QueuedConnection);
}

CameraSource::CameraSource(QObject *parent)
    : QObject(parent)
{
    m_session.setVideoSink(&m_sink);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraSource::onInputsChanged);
}

CameraSource::~CameraSource()
{
    stop();
}

QStringList CameraSource::availableCameras()
{
    QStringList out;
    for (const QCameraDevice &d : QMediaDevices::videoInputs())
        out << QString::fromLatin1(d.id()) + QLatin1Char('\t') + d.description();
    return out;
}

bool CameraSource::start(const QByteArray &deviceId)
{
    stop();
    QCameraDevice device;
    if (deviceId.isEmpty()) {
        device = QMediaDevices::defaultVideoInput();
    } else {
        for (const QCameraDevice &d : QMediaDevices::videoInputs())
            if (d.id() == deviceId)
                device = d;
    }
    if (device.isNull()) {
        m_error = deviceId.isEmpty() ? tr("This device has no camera.")
                                     : tr("There is no camera \"%1\".").arg(QString::fromLatin1(deviceId));
        return false;
    }
    m_deviceId = device.id();
    m_camera = std::make_unique<QCamera>(device);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
        m_error = text;
        logging::get("drivers")->warn("camera {}: {}", m_deviceId.toStdString(), text.toStdString());
        emit lost(text);
    });
    m_session.setCamera(m_camera.get());
    m_camera->start();
    m_error.clear();
    return true;
}

void CameraSource::stop()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session.setCamera(nullptr);
    m_camera.reset();
}

bool CameraSource::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraSource::onInputsChanged()
{
    if (!m_camera)
        return;
    for (const QCameraDevice &d : QMediaDevices::videoInputs())
        if (d.id() == m_deviceId)
            return;
    stop();
    m_error = tr("The camera was disconnected.");
    emit lost(m_error);
}

} // namespace wh::drivers
