#pragma once

#include <QMediaDevices>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <array>
#include <memory>

class QSoundEffect;

namespace wh {

// What the worker hears (and, on a device that can, feels) after a scan or a reading: a short high
// beep for an accepted scan or a pass, a low double beep for the wrong kind of code or a refusal, a
// falling two-tone for a measurement out of tolerance. The sounds are handheld/sounds/*.wav (made by
// scripts/make-feedback-sounds.py), played with QSoundEffect on the default audio output.
//
// Capabilities, not promises: without an audio output (no sound card, no sound server: this build
// machine) soundAvailable() is false and nothing is played or complained about; the sound comes
// when an output appears (QMediaDevices::audioOutputsChanged). Vibration: Qt 6.4 has no vibration
// API (none on desktop Linux, and Android's needs JNI to android.os.Vibrator, which this program
// does not carry), so vibrationAvailable() is false everywhere and nothing pretends to vibrate.
// Every feedback is also counted and announced (given()), so the screen can flash where nothing sounds.
// GUI thread only.
class ScanFeedback : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to the screens.")

    Q_PROPERTY(bool soundAvailable READ soundAvailable NOTIFY soundAvailableChanged)
    Q_PROPERTY(bool vibrationAvailable READ vibrationAvailable CONSTANT)
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(int playedCount READ playedCount NOTIFY given)
    Q_PROPERTY(Kind lastKind READ lastKind NOTIFY given)

public:
    enum class Kind { None, Good, Wrong, Fail };
    Q_ENUM(Kind)

    explicit ScanFeedback(QObject *parent = nullptr);
    ~ScanFeedback() override;

    // An audio output exists and the sounds loaded (false after a sound failed to load).
    [[nodiscard]] bool soundAvailable() const { return m_soundAvailable; }
    [[nodiscard]] bool vibrationAvailable() const { return false; }
    // Muted: no sound (the feedback is still counted and given()).
    [[nodiscard]] bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    // Feedbacks given (good, wrong, fail), muted or not, heard or not.
    [[nodiscard]] int playedCount() const { return m_playedCount; }
    [[nodiscard]] Kind lastKind() const { return m_lastKind; }
    // Sounds actually started on an audio output (for tests: 0 on a machine without one).
    [[nodiscard]] int soundsStarted() const { return m_soundsStarted; }
    // The sound of a kind: "qrc:/Wh/Handheld/sounds/good.wav" etc.; empty for None.
    [[nodiscard]] static QUrl soundUrl(Kind kind);

    // Accepted scan / pass: short high beep.
    Q_INVOKABLE void good();
    // Wrong kind of code / refused: low double beep.
    Q_INVOKABLE void wrong();
    // A measurement failed its tolerance: falling two-tone.
    Q_INVOKABLE void fail();
    Q_INVOKABLE void give(wh::ScanFeedback::Kind kind);

signals:
    void soundAvailableChanged();
    void mutedChanged();
    void given(wh::ScanFeedback::Kind kind);

private:
    void updateOutput();
    void onStatusChanged(Kind kind);

    QMediaDevices m_devices;
    std::array<std::unique_ptr<QSoundEffect>, 3> m_effects; // Good, Wrong, Fail; none without output
    bool m_soundAvailable = false;
    bool m_loadFailed = false;
    bool m_muted = false;
    int m_playedCount = 0;
    int m_soundsStarted = 0;
    Kind m_lastKind = Kind::None;
};

} // namespace wh
