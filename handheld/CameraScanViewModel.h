#pragma once

#include "CameraScanner.h"
#include "Clock.h"
#include "ScannerText.h"

#include <QHash>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QThread;

namespace wh {

// The camera scan screen: the device camera's frames go to the page's VideoOutput (the viewfinder)
// and to the drivers' FrameScanner, which decodes only the region of interest (normalized to the
// frame; the page draws it as the window in a darkened overlay). A code read becomes scanned() with
// the same shape the keyboard wedge gives (ScannedCode: the AIM identifier as symbology, the data
// with GS as 0x1D), so the shell routes camera and wedge scans alike.
//
// A camera sees the same code in many frames in a row: a text is scanned once, and again only after
// it has been out of sight for kRepeatMs (every sighting restarts the wait, so a code held in the
// window is one scan however long it is held). Stills (scanImageFile) are single, deliberate scans:
// no de-duplication.
//
// No camera (this machine), a camera that goes away, a camera the system does not let us open: a
// plain message (message()), active() false; the worker types the code or uses the hardware scanner.
// GUI thread only; decoding runs on FrameScanner's own thread, nothing here blocks.
class CameraScanViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to CameraScanPage.qml.")

    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QRectF regionOfInterest READ regionOfInterest WRITE setRegionOfInterest NOTIFY
                   regionOfInterestChanged)
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY lastTextChanged)

public:
    // How long a text seen again is taken for the same code still in view (ms).
    static constexpr qint64 kRepeatMs = 1500;
    // The default region: a centred band, wide for linear codes and tall enough for 2D ones.
    static constexpr QRectF kDefaultRegion{0.1, 0.25, 0.8, 0.5};

    explicit CameraScanViewModel(QObject *parent = nullptr);
    // With the clock the de-duplication reads (tests).
    explicit CameraScanViewModel(const Clock &clock, QObject *parent = nullptr);
    ~CameraScanViewModel() override;

    [[nodiscard]] bool isActive() const { return m_active; }
    // The device has a camera (follows cameras plugged in and out).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    // What the screen tells the worker about the camera: empty while it scans.
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QRectF regionOfInterest() const { return m_roi; }
    // Normalized to the frame; an empty rectangle or one outside (0, 0, 1, 1) is refused (stays).
    void setRegionOfInterest(const QRectF &normalized);
    [[nodiscard]] QObject *videoOutput() const { return m_videoOutput; }
    // The page's VideoOutput (anything with a `videoSink` property); nullptr: no preview.
    void setVideoOutput(QObject *output);
    // The last code scanned, as shown: GS as <GS>, other control characters as <XX>.
    [[nodiscard]] QString lastText() const { return m_lastText; }
    [[nodiscard]] const drivers::FrameScanner &frameScanner() const { return m_scanner; }

    // Starts the default camera. False (with message()) when there is none or it cannot start.
    Q_INVOKABLE bool start();
    Q_INVOKABLE void stop();
    // A still (tests, demos): decoded through the same decoder options and region of interest.
    // False, with scanFailed(), when the file is not an image, or a still is being decoded; true
    // when decoding started: then either scanned() or scanFailed() (no code in the region) follows,
    // once the decoding has ended (another still may be given from the slot).
    Q_INVOKABLE bool scanImageFile(const QString &path);

    // A frame as the camera delivers it: shown on the preview and offered to the scanner (dropped
    // while the previous one decodes). The camera's sink feeds this; tests feed frames here.
    bool submitFrame(const QVideoFrame &frame);

    // A camera read as the wedge would give it: symbology = AIM identifier, text with GS as 0x1D,
    // raw = identifier + text.
    [[nodiscard]] static drivers::ScannedCode toScannedCode(const ScanPayload &scan);

signals:
    void scanned(const wh::drivers::ScannedCode &code);
    void scanFailed(const QString &reason);
    void activeChanged();
    void availableChanged();
    void messageChanged();
    void regionOfInterestChanged();
    void videoOutputChanged();
    void lastTextChanged();

private:
    void onCameraReads(const QList<drivers::CameraRead> &reads);
    void onStillReads(const QList<drivers::CameraRead> &reads);
    void onStillDone();
    void onCameraLost(const QString &reason);
    void updateAvailable();
    void setActive(bool active);
    void setMessage(const QString &message);
    void deliver(const drivers::CameraRead &read);
    // The VideoOutput's sink, or nullptr.
    [[nodiscard]] QVideoSink *previewSink() const;

    const Clock &m_clock;
    QMediaDevices m_devices;
    // Made on the first start() with a camera: a capture session without one only complains.
    std::unique_ptr<drivers::CameraSource> m_camera;
    drivers::FrameScanner m_scanner; // camera frames
    drivers::FrameScanner m_stills;  // stills, one at a time (so that "nothing found" can be told)
    QPointer<QObject> m_videoOutput;
    QRectF m_roi = kDefaultRegion;
    bool m_active = false;
    bool m_available = false;
    QString m_message;
    QString m_lastText;
    QHash<QString, qint64> m_lastSeen; // text -> when the camera last saw it (ms)
    int m_rejectedSinceStart = 0;
    qint64 m_decodedAtStart = 0;
    // The still being decoded: its file, what came of it (told when its decoding has ended), and
    // the thread that waits for that end.
    struct StillResult {
        drivers::CameraRead read;
        QString error; // the frame was refused
    };
    QString m_stillPath;
    std::optional<StillResult> m_still;
    QThread *m_stillWaiter = nullptr;
};

} // namespace wh
