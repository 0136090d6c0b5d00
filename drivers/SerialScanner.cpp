#include "SerialScanner.h"

#include "HexBytes.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

SerialScanner::SerialScanner(Settings settings, QObject *parent)
    : SerialDevice(settings, QStringLiteral("scanner"), parent)
    , m_settings(std::move(settings))
    , m_decoder(m_settings.decoder)
    , m_log(logging::get("drivers.scanner"))
{
}

SerialScanner::~SerialScanner()
{
    // No signals from a half-destroyed object: drop what is pending, only log it.
    if (!m_decoder.pendingBytes().isEmpty())
        m_log->debug("{}: dropped {} pending bytes at shutdown: {}", m_settings.portName.toStdString(),
                     m_decoder.pendingBytes().size(), toHex(m_decoder.pendingBytes()).toStdString());
}

bool SerialScanner::received(const QByteArray &bytes)
{
    deliver(m_decoder.feed(bytes));
    return m_decoder.hasPendingBytes();
}

void SerialScanner::silent()
{
    deliver(m_decoder.flush());
}

void SerialScanner::deliver(const std::vector<Result<ScannedCode>> &items)
{
    const std::string port = m_settings.portName.toStdString();
    for (const auto &item : items) {
        if (item.ok()) {
            m_log->debug("{}: scan {}{}", port, item->symbology.toStdString(),
                         visibleControls(item->text).toStdString());
            emit scanned(*item);
        } else {
            m_log->warn("{}: {}", port, item.error().toString().toStdString());
            emit readError(item.error());
        }
    }
}

} // namespace wh::drivers
