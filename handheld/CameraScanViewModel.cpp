#include "CameraScanViewModel.h"

#include "BarcodeImage.h"
#include "HomeViewModel.h"
#include "Logging.h"

#include <QFileInfo>
#include <QThread>
#include <QVideoSink>

#include <utility>

namespace wh {

namespace {

// Frames refused since the start, with none decoded, before the screen says the camera's pictures
// cannot be read (one bad frame is nothing; a camera whose every frame is refused is).
constexpr int kRejectedBeforeMessage = 10;

} // namespace

CameraScanViewModel::CameraScanViewModel(QObject *parent)
    : CameraScanViewModel(Clock::system(), parent)
{
}

CameraScanViewModel::CameraScanViewModel(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_scanner.setRegionOfInterest(m_roi);
    m_stills.setRegionOfInterest(m_roi);
    connect(&m_scanner, &drivers::FrameScanner::symbolsFound, this, &CameraScanViewModel::onCameraReads);
    connect(&m_scanner, &drivers::FrameScanner::frameRejected, this, [this](const QString &reason) {
        ++m_rejectedSinceStart;
        if (m_rejectedSinceStart == 1)
            logging::get("handheld")->warn("camera frame refused: {}", reason.toStdString());
        if (m_active && m_rejectedSinceStart == kRejectedBeforeMessage &&
            m_scanner.stats().decoded == m_decodedAtStart)
            setMessage(tr("The camera's pictures cannot be read (%1). Type the code or use the "
                          "hardware scanner.")
                           .arg(reason));
    });
    connect(&m_stills, &drivers::FrameScanner::symbolsFound, this, &CameraScanViewModel::onStillReads);
    connect(&m_stills, &drivers::FrameScanner::frameRejected, this, [this](const QString &reason) {
        if (!m_stillPath.isEmpty() && !m_still)
            m_still = StillResult{{}, reason};
    });
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraScanViewModel::updateAvailable);
    updateAvailable();
}

CameraScanViewModel::~CameraScanViewModel()
{
    m_camera.reset(); // no frame comes after this
    if (m_stillWaiter) {
        m_stillWaiter->wait(); // ends with the still's decoding (its time budget)
        delete m_stillWaiter;
    }
}

drivers::ScannedCode CameraScanViewModel::toScannedCode(const ScanPayload &scan)
{
    drivers::ScannedCode code;
    code.symbology = scan.symbologyId;
    code.text = scan.text; // GS1 separators already GS (0x1D): the decoder's text
    code.raw = scan.symbologyId + scan.text;
    return code;
}

void CameraScanViewModel::setRegionOfInterest(const QRectF &normalized)
{
    const QRectF r = normalized.normalized();
    if (r.isEmpty() || !QRectF(0, 0, 1, 1).contains(r)) {
        logging::get("handheld")
            ->warn("camera region of interest refused: {},{} {}x{}", normalized.x(), normalized.y(),
                   normalized.width(), normalized.height());
        return;
    }
    if (r == m_roi)
        return;
    m_roi = r;
    m_scanner.setRegionOfInterest(r);
    m_stills.setRegionOfInterest(r);
    emit regionOfInterestChanged();
}

void CameraScanViewModel::setVideoOutput(QObject *output)
{
    if (m_videoOutput == output)
        return;
    if (QVideoSink *old = previewSink())
        old->setVideoFrame(QVideoFrame()); // the old viewfinder goes blank, not frozen
    m_videoOutput = output;
    if (output && !previewSink())
        logging::get("handheld")
            ->warn("camera preview: {} has no videoSink", output->metaObject()->className());
    emit videoOutputChanged();
}

QVideoSink *CameraScanViewModel::previewSink() const
{
    if (!m_videoOutput)
        return nullptr;
    return m_videoOutput->property("videoSink").value<QVideoSink *>();
}

void CameraScanViewModel::updateAvailable()
{
    const bool available = !QMediaDevices::videoInputs().isEmpty();
    if (available != m_available) {
        m_available = available;
        logging::get("handheld")->info("camera {}", available ? "available" : "not available");
        emit availableChanged();
    }
    if (!available)
        setMessage(tr("No camera on this device. Type the code or use the hardware scanner."));
    else if (!m_active)
        setMessage({});
}

bool CameraScanViewModel::start()
{
    if (m_active)
        return true;
    updateAvailable();
    if (!m_available) {
        logging::get("handheld")->info("camera scan: no camera on this device");
        return false;
    }
    if (!m_camera) {
        m_camera = std::make_unique<drivers::CameraSource>();
        connect(m_camera->videoSink(), &QVideoSink::videoFrameChanged, this,
                [this](const QVideoFrame &frame) { (void)submitFrame(frame); });
        connect(m_camera.get(), &drivers::CameraSource::lost, this, &CameraScanViewModel::onCameraLost);
    }
    if (!m_camera->start()) {
        logging::get("handheld")->warn("camera scan: {}", m_camera->errorString().toStdString());
        setMessage(tr("The camera cannot be opened: %1 Type the code or use the hardware scanner.")
                       .arg(m_camera->errorString()));
        return false;
    }
    m_lastSeen.clear();
    m_rejectedSinceStart = 0;
    m_decodedAtStart = m_scanner.stats().decoded;
    setMessage({});
    setActive(true);
    logging::get("handheld")->info("camera scan started");
    return true;
}

void CameraScanViewModel::stop()
{
    if (m_camera)
        m_camera->stop();
    if (QVideoSink *sink = previewSink())
        sink->setVideoFrame(QVideoFrame());
    if (m_active)
        logging::get("handheld")->info("camera scan stopped");
    setActive(false);
}

void CameraScanViewModel::onCameraLost(const QString &reason)
{
    logging::get("handheld")->warn("camera lost: {}", reason.toStdString());
    setActive(false);
    // Not now: the camera may be inside its own error signal. Unless started again by then.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_active && m_camera)
                m_camera->stop();
        },
        Qt::QueuedConnection);
    // Qt's reason, in its own words (it may say what the system refused, e.g. a permission).
    QString why = reason.trimmed();
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    setMessage(tr("The camera cannot be used (%1). Type the code or use the hardware scanner.").arg(why));
}

bool CameraScanViewModel::submitFrame(const QVideoFrame &frame)
{
    if (QVideoSink *sink = previewSink())
        sink->setVideoFrame(frame);
    return m_scanner.submitFrame(frame);
}

void CameraScanViewModel::onCameraReads(const QList<drivers::CameraRead> &reads)
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();)
        it = now - it.value() >= kRepeatMs ? m_lastSeen.erase(it) : std::next(it);
    for (const drivers::CameraRead &read : reads) {
        const bool seen = m_lastSeen.contains(read.scan.text);
        m_lastSeen.insert(read.scan.text, now); // every sighting restarts the wait
        if (!seen)
            deliver(read);
    }
}

bool CameraScanViewModel::scanImageFile(const QString &path)
{
    if (!m_stillPath.isEmpty()) {
        emit scanFailed(tr("The previous picture is still being read; try again in a moment."));
        return false;
    }
    const drivers::BarcodeImage::Loaded loaded = drivers::BarcodeImage::load(path);
    if (!loaded.error.isEmpty()) {
        logging::get("handheld")->warn("still {}: {}", path.toStdString(), loaded.error.toStdString());
        emit scanFailed(
            tr("The picture %1 cannot be read: %2").arg(QFileInfo(path).fileName(), loaded.error));
        return false;
    }
    if (!m_stills.submitImage(loaded.image)) {
        emit scanFailed(tr("The picture %1 cannot be read.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_stillPath = path;
    m_still.reset();
    // FrameScanner says nothing when a frame holds no code: a thread waits for the still's decoding
    // to end, and its finished() arrives after whatever the still produced (queued in order).
    m_stillWaiter = QThread::create([stills = &m_stills] { stills->waitForIdle(); });
    connect(m_stillWaiter, &QThread::finished, this, &CameraScanViewModel::onStillDone);
    m_stillWaiter->start();
    return true;
}

void CameraScanViewModel::onStillReads(const QList<drivers::CameraRead> &reads)
{
    if (!m_stillPath.isEmpty() && !m_still && !reads.isEmpty())
        m_still = StillResult{reads.front(), {}};
}

void CameraScanViewModel::onStillDone()
{
    // Everything the still produced has arrived; the stills scanner is free before anyone hears.
    m_stillWaiter->wait();
    delete m_stillWaiter;
    m_stillWaiter = nullptr;
    const QString path = m_stillPath;
    const std::optional<StillResult> result = std::exchange(m_still, std::nullopt);
    m_stillPath.clear();
    const QString name = QFileInfo(path).fileName();
    if (!result) {
        logging::get("handheld")->info("still {}: no code in the region", path.toStdString());
        emit scanFailed(tr("No code was found in the frame of the picture %1.").arg(name));
    } else if (!result->error.isEmpty()) {
        logging::get("handheld")
            ->warn("still {} refused: {}", path.toStdString(), result->error.toStdString());
        emit scanFailed(tr("The picture %1 cannot be read: %2").arg(name, result->error));
    } else {
        deliver(result->read);
    }
}

void CameraScanViewModel::deliver(const drivers::CameraRead &read)
{
    const drivers::ScannedCode code = toScannedCode(read.scan);
    logging::get("handheld")
        ->info("camera scanned {} {} ({})", code.symbology.toStdString(),
               drivers::visibleControls(code.text).toStdString(), read.scan.format.toStdString());
    const QString shown = HomeViewModel::visibleScanText(code.text);
    if (shown != m_lastText) {
        m_lastText = shown;
        emit lastTextChanged();
    }
    emit scanned(code);
}

void CameraScanViewModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
}

void CameraScanViewModel::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace wh
