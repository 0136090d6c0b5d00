#include "SerialBadgeReader.h"

#include "HexBytes.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

SerialBadgeReader::SerialBadgeReader(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_decoder(m_settings.decoder)
    , m_link(m_settings, QStringLiteral("badge reader"))
    , m_badgeLog(logging::get("drivers.badge"))
{
    connect(&m_link, &SerialPortLink::bytesReceived, this, &SerialBadgeReader::onBytes);
    connect(&m_link, &SerialPortLink::inputSilent, this, &SerialBadgeReader::onSilent);
    connect(&m_link, &SerialPortLink::portError, this, &SerialBadgeReader::portError);
    connect(&m_link, &SerialPortLink::stateChanged, this, &SerialBadgeReader::stateChanged);
}

SerialBadgeReader::~SerialBadgeReader()
{
    // No signals from a half-destroyed object: drop what is pending, only log it.
    m_link.disconnect(this);
    if (m_decoder.hasPendingBytes())
        m_badgeLog->debug("{}: dropped {} pending bytes at shutdown: {}", m_settings.portName.toStdString(),
                          m_decoder.pendingBytes().size(), toHex(m_decoder.pendingBytes()).toStdString());
}

void SerialBadgeReader::start()
{
    m_link.start();
}

void SerialBadgeReader::stop()
{
    m_link.stop();
}

void SerialBadgeReader::onBytes(const QByteArray &bytes)
{
    deliver(m_decoder.feed(bytes));
    m_link.setPendingInput(m_decoder.hasPendingBytes());
}

void SerialBadgeReader::onSilent()
{
    deliver(m_decoder.flush());
}

void SerialBadgeReader::deliver(const std::vector<Result<SerialBadgeFrameDecoder::Read>> &items)
{
    const std::string port = m_settings.portName.toStdString();
    for (const auto &item : items) {
        if (item.ok()) {
            m_badgeLog->debug("{}: badge {} ({})", port, item->badgeId.toStdString(),
                              SerialBadgeFrameDecoder::formName(item->form).toStdString());
            emit badgeRead(item->badgeId);
        } else {
            m_badgeLog->warn("{}: {}", port, item.error().toString().toStdString());
            emit readError(item.error());
        }
    }
}

} // namespace wh::drivers
