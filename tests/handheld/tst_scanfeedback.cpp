// The handheld's scan feedback: the three kinds are counted, announced and played where there is an
// audio output (soundAvailable), silently skipped where there is none (this build machine, offscreen)
// without a warning, muted on request; vibration is reported unavailable (Qt 6.4 has no API for it).
// The sounds themselves (qrc:/Wh/Handheld/sounds/*.wav) are checked as files: 16-bit mono PCM of the
// lengths scripts/make-feedback-sounds.py makes.
#include "ScanFeedback.h"

#include <QAudioDevice>
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <optional>

using namespace wh;

namespace {

// Qt's warnings while a test runs (a feedback without an output must not complain).
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings << text;
    g_previous(type, context, text);
}

struct Wav {
    quint16 format = 0;
    quint16 channels = 0;
    quint32 rate = 0;
    quint16 bits = 0;
    quint32 dataBytes = 0;
    [[nodiscard]] double milliseconds() const
    {
        return rate && channels && bits ? 1000.0 * dataBytes / (rate * channels * (bits / 8)) : 0;
    }
};

// The fmt and data chunks of a RIFF WAVE file; nullopt when it is not one.
std::optional<Wav> readWav(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wav wav;
    bool fmt = false, data = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const char *body = bytes.constData() + at + 8;
        if (id == "fmt " && size >= 16 && at + 8 + 16 <= bytes.size()) {
            wav.format = qFromLittleEndian<quint16>(body);
            wav.channels = qFromLittleEndian<quint16>(body + 2);
            wav.rate = qFromLittleEndian<quint32>(body + 4);
            wav.bits = qFromLittleEndian<quint16>(body + 14);
            fmt = true;
        } else if (id == "data") {
            if (at + 8 + static_cast<qsizetype>(size) > bytes.size())
                return std::nullopt; // claims more than the file holds
            wav.dataBytes = size;
            data = true;
        }
        at += 8 + size + (size & 1);
    }
    if (!fmt || !data)
        return std::nullopt;
    return wav;
}

} // namespace

class TestScanFeedback : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        g_warnings.clear();
        g_previous = qInstallMessageHandler(collectWarnings);
    }
    void cleanup() { qInstallMessageHandler(g_previous); }

    void soundsAreShortPcmFiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("minMs");
        QTest::addColumn<double>("maxMs");
        QTest::newRow("good: short") << int(ScanFeedback::Kind::Good) << 50.0 << 150.0;
        QTest::newRow("wrong: double") << int(ScanFeedback::Kind::Wrong) << 250.0 << 500.0;
        QTest::newRow("fail: two-tone") << int(ScanFeedback::Kind::Fail) << 300.0 << 600.0;
    }

    void soundsAreShortPcmFiles()
    {
        QFETCH(int, kind);
        QFETCH(double, minMs);
        QFETCH(double, maxMs);
        const QUrl url = ScanFeedback::soundUrl(static_cast<ScanFeedback::Kind>(kind));
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QFile f(QLatin1Char(':') + url.path());
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const auto wav = readWav(f.readAll());
        QVERIFY(wav);
        QCOMPARE(wav->format, quint16(1)); // PCM
        QCOMPARE(wav->channels, quint16(1));
        QCOMPARE(wav->bits, quint16(16));
        QCOMPARE(wav->rate, quint32(22050));
        QVERIFY2(wav->milliseconds() >= minMs && wav->milliseconds() <= maxMs,
                 qPrintable(QString::number(wav->milliseconds())));
        QVERIFY(ScanFeedback::soundUrl(ScanFeedback::Kind::None).isEmpty());
    }

    void threeKinds()
    {
        ScanFeedback feedback;
        const bool output = !QMediaDevices::audioOutputs().isEmpty();
        QCOMPARE(feedback.soundAvailable(), output);
        QVERIFY(!feedback.vibrationAvailable());
        QCOMPARE(feedback.lastKind(), ScanFeedback::Kind::None);
        QSignalSpy given(&feedback, &ScanFeedback::given);
        // Qt says once per process that there is no sound server (when it looks for outputs); the
        // feedbacks themselves say nothing.
        g_warnings.clear();

        feedback.good();
        QCOMPARE(feedback.lastKind(), ScanFeedback::Kind::Good);
        feedback.wrong();
        QCOMPARE(feedback.lastKind(), ScanFeedback::Kind::Wrong);
        feedback.fail();
        QCOMPARE(feedback.lastKind(), ScanFeedback::Kind::Fail);
        feedback.give(ScanFeedback::Kind::None); // nothing to give
        QCOMPARE(feedback.playedCount(), 3);
        QCOMPARE(given.size(), 3);
        QCOMPARE(given.at(0).at(0).value<ScanFeedback::Kind>(), ScanFeedback::Kind::Good);
        QCOMPARE(given.at(1).at(0).value<ScanFeedback::Kind>(), ScanFeedback::Kind::Wrong);
        QCOMPARE(given.at(2).at(0).value<ScanFeedback::Kind>(), ScanFeedback::Kind::Fail);
        // Played where there is an output, not even tried where there is none.
        QCOMPARE(feedback.soundsStarted(), output ? 3 : 0);
        if (!output)
            QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
        else // the sounds load (a load error would turn the sound off)
            QTRY_VERIFY_WITH_TIMEOUT(feedback.soundAvailable(), 2000);
    }

    void muted()
    {
        ScanFeedback feedback;
        QSignalSpy mutedChanged(&feedback, &ScanFeedback::mutedChanged);
        feedback.setMuted(true);
        feedback.setMuted(true);
        QCOMPARE(mutedChanged.size(), 1);
        QVERIFY(feedback.isMuted());
        feedback.good();
        feedback.fail();
        // Still counted and announced (the screen can show it), never sounded.
        QCOMPARE(feedback.playedCount(), 2);
        QCOMPARE(feedback.soundsStarted(), 0);
        feedback.setMuted(false);
        feedback.wrong();
        QCOMPARE(feedback.soundsStarted(), feedback.soundAvailable() ? 1 : 0);
        QCOMPARE(mutedChanged.size(), 2);
    }

    void fromQml()
    {
        // The invokables and properties as a page uses them.
        ScanFeedback feedback;
        QVERIFY(QMetaObject::invokeMethod(&feedback, "good"));
        QVERIFY(QMetaObject::invokeMethod(&feedback, "wrong"));
        QVERIFY(QMetaObject::invokeMethod(&feedback, "fail"));
        QCOMPARE(feedback.property("playedCount").toInt(), 3);
        QCOMPARE(feedback.property("lastKind").value<ScanFeedback::Kind>(), ScanFeedback::Kind::Fail);
        QCOMPARE(feedback.property("vibrationAvailable").toBool(), false);
        QVERIFY(feedback.setProperty("muted", true));
        QVERIFY(feedback.isMuted());
    }
};

QTEST_MAIN(TestScanFeedback)
#include "tst_scanfeedback.moc"
