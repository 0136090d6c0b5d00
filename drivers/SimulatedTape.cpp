#include "SimulatedTape.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

std::unique_ptr<TapeDecoder> decoderFor(TapeProtocol protocol, const TapeDecoderOptions &options)
{
    auto decoder = makeTapeDecoder(protocol, options);
    return decoder ? std::move(decoder).value() : nullptr; // wedge: none
}

} // namespace

SimulatedTape::SimulatedTape(TapeProtocol protocol, QObject *parent)
    : SimulatedTape(protocol, Options{}, Clock::system(), parent)
{
}

SimulatedTape::SimulatedTape(TapeProtocol protocol, Options options, const Clock &clock, QObject *parent)
    : TapeDevice(protocol,
                 options.deviceId.isEmpty() ? QStringLiteral("sim:") + tapeProtocolName(protocol)
                                            : options.deviceId,
                 decoderFor(protocol, options.decoder), TapeDeduplicator::Options{}, clock, parent)
    , m_options(std::move(options))
    , m_simulator(protocol, m_options.decoder)
    , m_wedge(m_options.wedge)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SimulatedTape::connectNow);
}

SimulatedTape::~SimulatedTape() = default;

void SimulatedTape::start()
{
    if (state() != State::Stopped)
        return;
    connectNow();
}

void SimulatedTape::connectNow()
{
    setState(State::Connected);
    noteSubscribed();
    // A DISTO sends its last value again when indications are enabled.
    if (protocol() == TapeProtocol::LeicaDisto && m_lastSettled)
        send({*m_lastSettled});
}

void SimulatedTape::stop()
{
    if (state() == State::Stopped)
        return;
    m_reconnectTimer.stop();
    ++m_generation;
    flushDecoder();
    setState(State::Stopped);
}

void SimulatedTape::disconnectDevice()
{
    if (state() != State::Connected)
        return;
    ++m_generation;
    flushDecoder();
    setState(State::Reconnecting);
    reportError(Error(ErrorCode::Io, tr("the tape measure disconnected; reconnecting"), deviceId()));
    m_reconnectTimer.start(std::max(0, m_options.reconnectMs));
}

Result<quint32> SimulatedTape::measure(double millimetres)
{
    if (state() != State::Connected)
        return Error(ErrorCode::Io, tr("the tape measure is not connected"), deviceId());
    if (protocol() == TapeProtocol::Wedge) {
        ++m_sequence;
        typeKeys(TapeSimulator::wedgeText(millimetres));
        return m_sequence;
    }
    auto frames = m_simulator.measurement(millimetres, m_sequence + 1, m_options.liveFrames);
    if (!frames)
        return frames.error();
    ++m_sequence;
    for (const auto &f : *frames)
        if (f.settled)
            m_lastSettled = f;
    send(std::move(frames).value());
    return m_sequence;
}

void SimulatedTape::sendRaw(const QByteArray &bytes, const QString &channel)
{
    if (protocol() == TapeProtocol::Wedge) {
        typeKeys(QString::fromUtf8(bytes));
        return;
    }
    TapeSimulator::Emission e;
    e.bytes = bytes;
    e.channel = channel;
    if (channel.isEmpty()) {
        if (auto probe = m_simulator.frame(1.0, 0, true))
            e.channel = probe->channel;
    }
    send({e});
}

void SimulatedTape::send(std::vector<TapeSimulator::Emission> emissions)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, emissions = std::move(emissions)] {
            if (generation != m_generation || state() != State::Connected)
                return;
            for (const auto &e : emissions)
                emitNow(e);
            // A simulated frame is whole: what a real device's silence would end, ends now.
            if (decoderHasPendingBytes())
                flushDecoder();
        },
        Qt::QueuedConnection);
}

void SimulatedTape::emitNow(const TapeSimulator::Emission &emission)
{
    deliverBytes(emission.bytes, emission.channel);
}

void SimulatedTape::typeKeys(const QString &text)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, text] {
            if (generation != m_generation || state() != State::Connected)
                return;
            // Key times from the clock, after the last burst's (a burst needs the silence before it).
            const qint64 start = std::max(clock().nowMs(), m_lastKeyMs + m_options.wedge.maxGapMs + 100);
            const auto keys = simulatedKeys(m_options.wedge.prefix + text + m_options.wedge.suffix,
                                            m_options.wedge.terminator, start, 2, 12, m_sequence);
            std::vector<TapeFrame> frames;
            auto take = [&frames](const std::vector<TapeWedgeDetector::Output> &outputs) {
                for (const auto &o : outputs)
                    if (o.kind == TapeWedgeDetector::Output::Kind::Frame)
                        frames.push_back(o.frame);
            };
            for (const auto &k : keys)
                take(m_wedge.keyPressed(k));
            take(m_wedge.silence());
            if (!keys.empty())
                m_lastKeyMs = keys.back().timestampMs;
            if (frames.empty()) {
                // The burst did not look like a tape's: it would have been typed into the focused field.
                QByteArray raw = text.toUtf8();
                frames.push_back(
                    TapeFrame::rejected(TapeProtocol::Wedge, raw,
                                        tr("the keys do not look like a tape's reading: typed as text")));
            }
            deliverFrames(std::move(frames));
        },
        Qt::QueuedConnection);
}

} // namespace wh::drivers
