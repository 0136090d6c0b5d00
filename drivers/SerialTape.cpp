#include "SerialTape.h"

#include "BoschGlmDecoder.h"

#include <QCoreApplication>

namespace wh::drivers {

// The serial port with reconnect, handing its bytes and silences to the tape.
class SerialTape::Port final : public SerialDevice {
public:
    Port(const Settings &settings, SerialTape &tape)
        : SerialDevice(settings, QStringLiteral("tape measure"), &tape)
        , m_tape(tape)
    {
    }
    using SerialDevice::send;

private:
    bool received(const QByteArray &bytes) override
    {
        m_tape.deliverBytes(bytes, m_tape.m_settings.portName);
        return m_tape.decoderHasPendingBytes();
    }
    void silent() override { m_tape.flushDecoder(); }

    SerialTape &m_tape;
};

Result<std::unique_ptr<SerialTape>> SerialTape::create(Settings settings, const Clock &clock, QObject *parent)
{
    if (settings.protocol == TapeProtocol::LeicaDisto || settings.protocol == TapeProtocol::Wedge)
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "wh::drivers", "a %1 tape does not talk over a serial port (bosch-glm, es-tape "
                                        "or nus do)")
                         .arg(tapeProtocolName(settings.protocol)),
                     settings.portName);
    auto decoder = makeTapeDecoder(settings.protocol, settings.decoder);
    if (!decoder)
        return decoder.error();
    // A Bosch meter takes commands: the port is opened for writing.
    if (settings.protocol == TapeProtocol::BoschGlm)
        settings.writable = true;
    return std::unique_ptr<SerialTape>(
        new SerialTape(std::move(settings), std::move(decoder).value(), clock, parent));
}

SerialTape::SerialTape(Settings settings, std::unique_ptr<TapeDecoder> decoder, const Clock &clock,
                       QObject *parent)
    : TapeDevice(settings.protocol, settings.portName, std::move(decoder), settings.dedupe, clock, parent)
    , m_settings(std::move(settings))
{
    m_port = new Port(m_settings, *this);
    connect(m_port, &SerialDevice::stateChanged, this, &SerialTape::onPortState);
    connect(m_port, &SerialDevice::portError, this, &SerialTape::reportError);
}

SerialTape::~SerialTape()
{
    // No signals from a half-destroyed object.
    m_port->disconnect(this);
}

void SerialTape::start()
{
    m_port->start();
}

void SerialTape::stop()
{
    m_port->stop();
}

void SerialTape::onPortState(SerialDevice::State state)
{
    switch (state) {
    case SerialDevice::State::Stopped: setState(State::Stopped); break;
    case SerialDevice::State::Reconnecting: setState(State::Reconnecting); break;
    case SerialDevice::State::Connected:
        setState(State::Connected);
        noteSubscribed();
        if (protocol() == TapeProtocol::BoschGlm && m_settings.boschAutoSync)
            sendCommand(BoschGlmDecoder::autoSyncOn());
        break;
    }
}

bool SerialTape::sendCommand(const QByteArray &bytes)
{
    if (!m_port->send(bytes))
        return false;
    noteSent(bytes);
    return true;
}

bool SerialTape::trigger()
{
    if (protocol() != TapeProtocol::BoschGlm || state() != State::Connected)
        return false;
    return sendCommand(BoschGlmDecoder::distanceRequest());
}

} // namespace wh::drivers
