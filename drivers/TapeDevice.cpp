#include "TapeDevice.h"

#include "HexBytes.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

TapeDevice::TapeDevice(TapeProtocol protocol, QString deviceId, std::unique_ptr<TapeDecoder> decoder,
                       TapeDeduplicator::Options dedupe, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_deviceId(std::move(deviceId))
    , m_decoder(std::move(decoder))
    , m_dedupe(dedupe)
    , m_clock(clock)
    , m_log(logging::get("drivers.tape"))
{
    qRegisterMetaType<TapeFrame>();
    qRegisterMetaType<TapeReading>();
    qRegisterMetaType<State>();
}

TapeDevice::~TapeDevice() = default;

QString TapeDevice::stateName(State state)
{
    switch (state) {
    case State::Stopped: return QStringLiteral("stopped");
    case State::Searching: return QStringLiteral("searching");
    case State::Connecting: return QStringLiteral("connecting");
    case State::Connected: return QStringLiteral("connected");
    case State::Reconnecting: return QStringLiteral("reconnecting");
    }
    return {};
}

void TapeDevice::deliverBytes(QByteArrayView bytes, const QString &channel)
{
    if (!m_decoder)
        return;
    m_log->trace("{} rx {}{}", m_deviceId.toStdString(), toHex(bytes.toByteArray()).toStdString(),
                 channel.isEmpty() ? std::string() : " on " + channel.toStdString());
    deliverFrames(m_decoder->feed(bytes, channel));
}

void TapeDevice::flushDecoder()
{
    if (m_decoder)
        deliverFrames(m_decoder->flush());
}

bool TapeDevice::decoderHasPendingBytes() const
{
    return m_decoder && m_decoder->hasPendingBytes();
}

void TapeDevice::noteSent(QByteArrayView bytes)
{
    m_log->trace("{} tx {}", m_deviceId.toStdString(), toHex(bytes.toByteArray()).toStdString());
    if (m_decoder)
        m_decoder->sent(bytes);
}

void TapeDevice::noteSubscribed()
{
    m_dedupe.subscribed(m_clock.nowMs());
}

void TapeDevice::deliverFrames(std::vector<TapeFrame> frames)
{
    const std::string id = m_deviceId.toStdString();
    for (TapeFrame &f : frames) {
        const qint64 now = m_clock.nowMs();
        f.deviceId = m_deviceId;
        f.receivedAtMs = now;
        f.protocol = m_protocol;
        if (f.kind == TapeFrame::Kind::Reading) {
            f.reading.deviceId = m_deviceId;
            f.reading.receivedAtMs = now;
            f.reading.protocol = m_protocol;
            if (auto duplicate = m_dedupe.check(f.reading, now)) {
                f.kind = TapeFrame::Kind::Duplicate;
                f.detail = *duplicate;
            } else if (!f.reading.sequenceFromDevice) {
                f.reading.sequence = ++m_counted;
            }
        }
        switch (f.kind) {
        case TapeFrame::Kind::Reading:
            m_log->debug("{}: reading {}", id, f.reading.summary().toStdString());
            break;
        case TapeFrame::Kind::Duplicate:
            m_log->debug("{}: duplicate {} ({})", id, f.reading.summary().toStdString(),
                         f.detail.toStdString());
            break;
        case TapeFrame::Kind::Message: m_log->debug("{}: {}", id, f.detail.toStdString()); break;
        case TapeFrame::Kind::Rejected:
            m_log->warn("{}: rejected frame {}: {}", id, toHex(f.raw).toStdString(), f.detail.toStdString());
            break;
        }
        emit frameReceived(f);
        if (f.kind == TapeFrame::Kind::Reading)
            emit readingReceived(f.reading);
    }
}

void TapeDevice::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    m_log->debug("{}: {}", m_deviceId.toStdString(), stateName(state).toStdString());
    emit stateChanged(state);
}

void TapeDevice::reportError(const Error &error)
{
    m_log->warn("{}: {}", m_deviceId.toStdString(), error.toString().toStdString());
    emit deviceError(error);
}

} // namespace wh::drivers
