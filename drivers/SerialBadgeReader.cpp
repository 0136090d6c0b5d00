#include "SerialBadgeReader.h"

#include "HexBytes.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

SerialBadgeReader::SerialBadgeReader(Settings settings, QObject *parent)
    : SerialDevice(settings, QStringLiteral("badge reader"), parent)
    , m_settings(std::move(settings))
    , m_decoder(m_settings.decoder)
    , m_badgeLog(logging::get("drivers.badge"))
{
}

SerialBadgeReader::~SerialBadgeReader()
{
    // No signals from a half-destroyed object: drop what is pending, only log it.
    if (m_decoder.hasPendingBytes())
        m_badgeLog->debug("{}: dropped {} pending bytes at shutdown: {}", m_settings.portName.toStdString(),
                          m_decoder.pendingBytes().size(), toHex(m_decoder.pendingBytes()).toStdString());
}

bool SerialBadgeReader::received(const QByteArray &bytes)
{
    deliver(m_decoder.feed(bytes));
    return m_decoder.hasPendingBytes();
}

void SerialBadgeReader::silent()
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
