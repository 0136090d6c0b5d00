#include "ScanFeedback.h"

#include "Logging.h"

#include <QAudioDevice>
#include <QSoundEffect>
#include <QUrl>

namespace wh {

namespace {

constexpr ScanFeedback::Kind kKinds[] = {ScanFeedback::Kind::Good, ScanFeedback::Kind::Wrong,
                                         ScanFeedback::Kind::Fail};

std::size_t indexOf(ScanFeedback::Kind kind)
{
    return static_cast<std::size_t>(kind) - 1;
}

const char *nameOf(ScanFeedback::Kind kind)
{
    switch (kind) {
    case ScanFeedback::Kind::Good: return "good";
    case ScanFeedback::Kind::Wrong: return "wrong";
    case ScanFeedback::Kind::Fail: return "fail";
    case ScanFeedback::Kind::None: break;
    }
    return "none";
}

} // namespace

ScanFeedback::ScanFeedback(QObject *parent)
    : QObject(parent)
{
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, &ScanFeedback::updateOutput);
    updateOutput();
}

ScanFeedback::~ScanFeedback() = default;

QUrl ScanFeedback::soundUrl(Kind kind)
{
    if (kind == Kind::None)
        return {};
    return QUrl(QStringLiteral("qrc:/Wh/Handheld/sounds/%1.wav").arg(QLatin1String(nameOf(kind))));
}

void ScanFeedback::updateOutput()
{
    const bool before = m_soundAvailable;
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // Nothing to play on: no effects at all (a QSoundEffect without an output only warns).
        for (auto &effect : m_effects)
            effect.reset();
        m_soundAvailable = false;
        logging::get("handheld")->info("scan feedback: no audio output, the feedback is silent");
    } else {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        for (Kind kind : kKinds) {
            auto &effect = m_effects[indexOf(kind)];
            if (effect) {
                effect->setAudioDevice(device);
                continue;
            }
            effect = std::make_unique<QSoundEffect>(device);
            connect(effect.get(), &QSoundEffect::statusChanged, this,
                    [this, kind] { onStatusChanged(kind); });
            effect->setSource(soundUrl(kind));
        }
        m_soundAvailable = !m_loadFailed;
        logging::get("handheld")->info("scan feedback: sounds on {}", device.description().toStdString());
    }
    if (m_soundAvailable != before)
        emit soundAvailableChanged();
}

void ScanFeedback::onStatusChanged(Kind kind)
{
    const auto &effect = m_effects[indexOf(kind)];
    if (!effect || effect->status() != QSoundEffect::Error || m_loadFailed)
        return;
    // Our own resource did not load (a build without the sounds): say so once, then stay silent.
    m_loadFailed = true;
    logging::get("handheld")->error("scan feedback: cannot load {}", soundUrl(kind).toString().toStdString());
    if (m_soundAvailable) {
        m_soundAvailable = false;
        emit soundAvailableChanged();
    }
}

void ScanFeedback::setMuted(bool muted)
{
    if (m_muted == muted)
        return;
    m_muted = muted;
    if (muted)
        for (auto &effect : m_effects)
            if (effect)
                effect->stop();
    emit mutedChanged();
}

void ScanFeedback::good()
{
    give(Kind::Good);
}

void ScanFeedback::wrong()
{
    give(Kind::Wrong);
}

void ScanFeedback::fail()
{
    give(Kind::Fail);
}

void ScanFeedback::give(Kind kind)
{
    if (kind == Kind::None)
        return;
    ++m_playedCount;
    m_lastKind = kind;
    if (m_soundAvailable && !m_muted) {
        // One sound at a time: a new feedback cuts the one still playing short.
        for (auto &effect : m_effects)
            if (effect && effect->isPlaying())
                effect->stop();
        if (const auto &effect = m_effects[indexOf(kind)]) {
            effect->play(); // played once loaded when it is still loading
            ++m_soundsStarted;
        }
    }
    emit given(kind);
}

} // namespace wh
