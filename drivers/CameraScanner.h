#pragma once

#include "BarcodeDecoder.h"
#include "Event.h"

#include <QCamera>
#include <QImage>
#include <QList>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPolygon>
#include <QRectF>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>
#include <memory>

namespace wh::drivers {

// One symbol read from a camera frame or a still.
struct CameraRead {
    ScanPayload scan;  // raw bytes, text, format, AIM identifier; source Camera or Image (the caller
                       // adds the workflow, the worker and the site)
    QPolygon position; // corners in the frame's pixels (the whole frame, not the region of interest)
};

// The camera path's decoding: frames (from a QVideoSink, or stills as QImage) are decoded on a pool
// of one thread. While a frame is being decoded the next ones are dropped (QThreadPool::tryStart),
// so a slow decode never builds a queue and the newest frame is the next one read. Only the region
// of interest is decoded (normalized to the frame, default the whole frame). YUV frames (what
// cameras give) are read from their luminance plane without conversion; RGB frames directly; other
// pixel formats through QVideoFrame::toImage(); a frame that cannot be read is rejected with the
// reason and the scanner goes on with the next.
class FrameScanner : public QObject {
    Q_OBJECT
public:
    explicit FrameScanner(BarcodeDecoder::Options options = {}, QObject *parent = nullptr);
    ~FrameScanner() override; // waits for the frame being decoded

    // Decodes the frames this sink shows (videoFrameChanged). nullptr disconnects.
    void setVideoSink(QVideoSink *sink);
    // Normalized to the frame: (0, 0, 1, 1) is all of it. An empty or outside rectangle resets it.
    void setRegionOfInterest(const QRectF &normalized);
    [[nodiscard]] QRectF regionOfInterest() const { return m_roi; }

    struct Stats {
        qint64 frames = 0;   // offered
        qint64 decoded = 0;  // decoded to the end
        qint64 dropped = 0;  // offered while another was being decoded
        qint64 rejected = 0; // could not be read (pixel format, mapping, size)
        qint64 found = 0;    // decoded with at least one symbol
    };
    [[nodiscard]] Stats stats() const;
    // Blocks until the frame being decoded is done (shutdown, tests).
    void waitForIdle();

public slots:
    // False when the frame was dropped (busy) or rejected at once (invalid).
    bool submitFrame(const QVideoFrame &frame);
    bool submitImage(const QImage &image);

signals:
    void symbolsFound(const QList<wh::drivers::CameraRead> &reads, qint64 microseconds);
    void frameRejected(const QString &reason);

private:
    struct Prepared {
        QImage image;  // the region of interest, Grayscale8 or 32-bit RGB
        QPoint offset; // of the region in the frame
        QString error;
    };
    [[nodiscard]] static Prepared prepare(const QVideoFrame &frame, const QRectF &roi);
    [[nodiscard]] static Prepared crop(const QImage &image, const QRectF &roi);
    bool start(std::function<Prepared()> prepareFrame, ScanPayload::Source source);
    void finish(const Prepared &prepared, ScanPayload::Source source);

    BarcodeDecoder m_decoder;
    QRectF m_roi{0, 0, 1, 1};
    QThreadPool m_pool;
    QMetaObject::Connection m_sinkConnection;
    std::atomic<qint64> m_frames{0};
    std::atomic<qint64> m_decoded{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_rejected{0};
    std::atomic<qint64> m_found{0};
};

// The device camera through Qt Multimedia: a QCamera in a QMediaCaptureSession that shows its frames
// on a QVideoSink (hand that to a FrameScanner and to the preview). A camera that goes away (unplugged,
// an error) stops and says so through lost(); start() again picks it up when it is back.
class CameraSource : public QObject {
    Q_OBJECT
public:
    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    // The camera with this id (QCameraDevice::id()), or the default one when empty. False, with
    // errorString(), when there is no such camera.
    bool start(const QByteArray &deviceId = {});
    void stop();
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QVideoSink *videoSink() { return &m_sink; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // The cameras this machine has, as "id<TAB>description".
    [[nodiscard]] static QStringList availableCameras();

signals:
    void lost(const QString &reason);

private:
    void onInputsChanged();
    QMediaDevices m_devices;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
    std::unique_ptr<QCamera> m_camera;
    QByteArray m_deviceId;
    QString m_error;
};

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::CameraRead)
