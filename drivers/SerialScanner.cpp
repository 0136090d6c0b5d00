#include "SerialScanner.h"

#include "HexBytes.h"
#include "Logging.h"

#include <spdlog/spdlog.h>

namespace wh::drivers {

SerialScanner::SerialScanner(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_decoder(m_settings.decoder)
    , m_link(m_settings, QStringLiteral("scanner"))
    , m_log(logging::get("drivers.scanner"))
{
    connect(&m_link, &SerialPortLink::bytesReceived, this, &SerialScanner::onBytes);
    connect(&m_link, &SerialPortLink::inputSilent, this, &SerialScanner::onSilent);
    connect(&m_link, &SerialPortLink::portError, this, &SerialScanner::portError);
    connect(&m_link, &SerialPortLink::stateChanged, this, &SerialScanner::stateChanged);
}

SerialScanner::~SerialScanner()
{
    // No signals from a half-destroyed object: drop what is pending, only log it.
    m_link.disconnect(this);
    if (!m_decoder.pendingBytes().isEmpty())
        m_log->debug("{}: dropped {} pending bytes at shutdown: {}", m_settings.portName.toStdString(),
                     m_decoder.pendingBytes().size(), toHex(m_decoder.pendingBytes()).toStdString());
}

void SerialScanner::start()
{
    m_link.start();
}

void SerialScanner::stop()
{
    m_link.stop();
}

void SerialScanner::onBytes(const QByteArray &bytes)
{
    deliver(m_decoder.feed(bytes));
    m_link.setPendingInput(m_decoder.hasPendingBytes());
}

void SerialScanner::onSilent()
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
