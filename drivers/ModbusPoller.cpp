#include "ModbusPoller.h"

#include "HexBytes.h"
#include "Logging.h"
#include "ModbusRtuFrame.h"

#include <QModbusDataUnit>
#include <QModbusReply>
#include <QModbusRtuSerialClient>
#include <QModbusTcpClient>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace wh::drivers {

namespace {

// The PDU as it came on the wire: function code (with the exception bit) and data.
QByteArray pduBytes(const QModbusResponse &response)
{
    QByteArray bytes;
    bytes.append(char(quint8(response.functionCode()) | (response.isException() ? 0x80 : 0x00)));
    bytes.append(response.data());
    return bytes;
}

} // namespace

ModbusPoller::ModbusPoller(ModbusDeviceConfig config, QObject *parent)
    : ModbusPoller(std::move(config), Options{}, Clock::system(), parent)
{
}

ModbusPoller::ModbusPoller(ModbusDeviceConfig config, Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_options(options)
    , m_clock(clock)
    , m_nextDelayMs(std::max(1, options.reconnectInitialMs))
    , m_log(logging::get("drivers.modbus"))
{
    m_pollTimer.setInterval(std::max(1, m_config.pollMs));
    connect(&m_pollTimer, &QTimer::timeout, this, &ModbusPoller::pollNow);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ModbusPoller::attemptConnect);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            connectionFailed(QStringLiteral("no connection within %1 ms").arg(m_connectTimer.interval()));
    });
}

ModbusPoller::~ModbusPoller()
{
    // No signals from a half-destroyed object.
    m_pollTimer.stop();
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        it.key()->disconnect(this);
    if (m_client) {
        m_client->disconnect(this);
        m_client->disconnectDevice(); // deleted with its parent, this
    }
}

void ModbusPoller::start()
{
    if (m_state != State::Stopped)
        return;
    m_failedAttempts = 0;
    m_nextDelayMs = std::max(1, m_options.reconnectInitialMs);
    attemptConnect();
}

void ModbusPoller::stop()
{
    if (m_state == State::Stopped)
        return;
    m_pollTimer.stop();
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    abandonRound(QStringLiteral("polling stopped before the answer"));
    if (m_client) {
        m_client->disconnect(this);
        m_client->disconnectDevice();
        m_client->deleteLater();
        m_client = nullptr;
    }
    setState(State::Stopped);
}

void ModbusPoller::makeClient()
{
    if (m_client) {
        // Closed now, not when deleted: a serial port is opened exclusively, and the new client
        // opens the same one.
        m_client->disconnect(this);
        m_client->disconnectDevice();
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (m_config.transport == ModbusDeviceConfig::Transport::Tcp) {
        m_client = new QModbusTcpClient(this);
        m_client->setConnectionParameter(QModbusDevice::NetworkAddressParameter, m_config.host);
        m_client->setConnectionParameter(QModbusDevice::NetworkPortParameter, int(m_config.port));
    } else {
        m_client = new QModbusRtuSerialClient(this);
        m_client->setConnectionParameter(QModbusDevice::SerialPortNameParameter, m_config.serial.port);
        m_client->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, m_config.serial.baudRate);
        m_client->setConnectionParameter(QModbusDevice::SerialDataBitsParameter,
                                         int(m_config.serial.dataBits));
        m_client->setConnectionParameter(QModbusDevice::SerialParityParameter, int(m_config.serial.parity));
        m_client->setConnectionParameter(QModbusDevice::SerialStopBitsParameter,
                                         int(m_config.serial.stopBits));
    }
    m_client->setTimeout(m_config.timeoutMs);
    m_client->setNumberOfRetries(m_config.retries);
    m_lastClientError.clear();
    // The generation drops a signal still queued from a client replaced since.
    const quint64 generation = ++m_clientGeneration;
    connect(m_client, &QModbusDevice::stateChanged, this, [this, generation](QModbusDevice::State s) {
        if (generation == m_clientGeneration)
            onClientState(int(s));
    });
    connect(m_client, &QModbusDevice::errorOccurred, this, [this, generation](QModbusDevice::Error e) {
        if (generation == m_clientGeneration)
            onClientError(int(e));
    });
}

void ModbusPoller::attemptConnect()
{
    setState(State::Connecting);
    makeClient();
    const int connectTimeout =
        m_options.connectTimeoutMs > 0 ? m_options.connectTimeoutMs : std::max(3000, 3 * m_config.timeoutMs);
    m_connectTimer.start(connectTimeout);
    // RTU opens the port here and then; TCP reports through stateChanged / errorOccurred.
    if (!m_client->connectDevice()) {
        if (m_state == State::Connecting)
            connectionFailed(m_client->errorString());
        return;
    }
    if (m_client->state() == QModbusDevice::ConnectedState && m_state == State::Connecting)
        onClientState(int(QModbusDevice::ConnectedState));
}

void ModbusPoller::onClientState(int state)
{
    const auto s = QModbusDevice::State(state);
    if (s == QModbusDevice::ConnectedState && m_state == State::Connecting) {
        m_connectTimer.stop();
        m_log->info("{}: connected to {}{}", m_config.device.toStdString(), m_config.endpoint().toStdString(),
                    m_failedAttempts > 0 ? fmt::format(" after {} failed attempts", m_failedAttempts)
                                         : std::string());
        m_failedAttempts = 0;
        m_nextDelayMs = std::max(1, m_options.reconnectInitialMs);
        setState(State::Connected);
        m_pollTimer.start();
        pollNow();
        return;
    }
    if (s == QModbusDevice::UnconnectedState &&
        (m_state == State::Connecting || m_state == State::Connected)) {
        // Qt's TCP client says "unconnected" just before the socket error that tells why: decide
        // once that has come (a connection closed without an error is said as such).
        const quint64 generation = m_clientGeneration;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_clientGeneration &&
                    (m_state == State::Connecting || m_state == State::Connected))
                    connectionFailed(m_lastClientError.isEmpty() ? QStringLiteral("the connection was closed")
                                                                 : m_lastClientError);
            },
            Qt::QueuedConnection);
    }
}

void ModbusPoller::onClientError(int error)
{
    const auto e = QModbusDevice::Error(error);
    if (!m_client || e == QModbusDevice::NoError)
        return;
    m_lastClientError = m_client->errorString();
    // Request-level errors come with their replies; a broken link is the connection's.
    if (e == QModbusDevice::ConnectionError && (m_state == State::Connecting || m_state == State::Connected))
        connectionFailed(m_lastClientError);
}

void ModbusPoller::connectionFailed(const QString &reason)
{
    QString why = reason.trimmed();
    while (why.endsWith(QLatin1Char('.'))) // Qt's messages end in a full stop; ours go on after them
        why.chop(1);
    const bool wasConnected = m_state == State::Connected;
    m_connectTimer.stop();
    m_pollTimer.stop();
    const Error error(
        ErrorCode::Io,
        wasConnected
            ? QStringLiteral("the connection to Modbus device %1 was lost: %2").arg(m_config.device, why)
            : QStringLiteral("cannot connect to Modbus device %1: %2").arg(m_config.device, why),
        m_config.endpoint());
    abandonRound(QStringLiteral("the connection was lost before the answer"));
    if (wasConnected) {
        m_failedAttempts = 0;
        m_nextDelayMs = std::max(1, m_options.reconnectInitialMs);
        m_log->warn("{}: {}; reconnecting", m_config.endpoint().toStdString(), error.message().toStdString());
    } else {
        ++m_failedAttempts;
        // The first failure is news; the rest of a long absence is not.
        if (m_failedAttempts == 1)
            m_log->warn("{}: {}; retrying with back-off", m_config.endpoint().toStdString(),
                        error.message().toStdString());
        else
            m_log->debug("{}: attempt {} failed: {}", m_config.endpoint().toStdString(), m_failedAttempts,
                         error.message().toStdString());
    }
    scheduleReconnect();
    emit connectionError(error);
}

void ModbusPoller::scheduleReconnect()
{
    setState(State::Reconnecting);
    m_reconnectTimer.start(m_nextDelayMs);
    m_nextDelayMs = std::min(std::max(1, m_options.reconnectMaxMs), m_nextDelayMs * 2);
}

QString ModbusPoller::describeRead(int index) const
{
    const ModbusRegisterConfig &r = m_config.registers[size_t(index)];
    return QStringLiteral("\"%1\" (%2, unit %3)").arg(r.name, r.layout()).arg(m_config.unitId);
}

void ModbusPoller::pollNow()
{
    if (m_state != State::Connected || !m_client)
        return;
    if (m_roundOpen) {
        m_log->debug("{}: round {} still waiting for {} answer(s); this poll is skipped",
                     m_config.device.toStdString(), m_round, m_pending.size());
        return;
    }
    ++m_round;
    m_roundOpen = true;
    m_roundReadings = 0;
    m_roundErrors = 0;
    m_sending = true;
    const qint64 round = m_round;
    for (int i = 0; i < int(m_config.registers.size()); ++i) {
        const ModbusRegisterConfig &r = m_config.registers[size_t(i)];
        const QModbusDataUnit unit(r.table == ModbusTable::Holding ? QModbusDataUnit::HoldingRegisters
                                                                   : QModbusDataUnit::InputRegisters,
                                   int(r.address), quint16(r.registerCount()));
        QModbusReply *reply = m_client->sendReadRequest(unit, m_config.unitId);
        if (!reply) {
            registerFailed(i, Error(ErrorCode::Io,
                                    QStringLiteral("the read of %1 could not be sent: %2")
                                        .arg(describeRead(i), m_client->errorString()),
                                    m_config.endpoint()));
            continue;
        }
        if (reply->isFinished()) {
            onReply(i, reply);
            continue;
        }
        m_pending.insert(reply, i);
        connect(reply, &QModbusReply::finished, this, [this, i, reply, round] {
            if (round == m_round && m_pending.contains(reply))
                onReply(i, reply);
        });
    }
    m_sending = false;
    maybeFinishRound();
}

void ModbusPoller::onReply(int index, QModbusReply *reply)
{
    m_pending.remove(reply);
    reply->disconnect(this);
    reply->deleteLater();
    const ModbusRegisterConfig &r = m_config.registers[size_t(index)];
    const std::string device = m_config.device.toStdString();
    switch (reply->error()) {
    case QModbusDevice::NoError: {
        const QList<quint16> words = reply->result().values();
        m_log->trace("{} {} {} rx {}", device, r.name.toStdString(), r.layout().toStdString(),
                     modbusWordsText(words).toStdString());
        auto raw = decodeModbusRegisters(words, r.format.type, r.format.wordOrder);
        if (!raw) {
            registerFailed(index,
                           Error(ErrorCode::Parse,
                                 QStringLiteral("the answer to the read of %1 does not fit: %2")
                                     .arg(describeRead(index), raw.error().message()),
                                 QStringLiteral("registers ") + modbusWordsText(words)),
                           modbusWordsBytes(words));
            break;
        }
        ModbusReading out;
        out.device = m_config.device;
        out.name = r.name;
        out.kind = r.kind;
        out.raw = *raw;
        out.words = words;
        out.value = modbusScaledValue(*raw, r.format);
        out.text = formatModbusValue(*raw, r.format);
        out.unit = r.unit;
        out.atMs = m_clock.nowMs();
        ++m_roundReadings;
        emit reading(out);
        break;
    }
    case QModbusDevice::ProtocolError: {
        const QModbusResponse response = reply->rawResult();
        const QString pdu = QStringLiteral("PDU ") + toHex(pduBytes(response));
        if (response.isException()) {
            const quint8 code = quint8(response.exceptionCode());
            registerFailed(index,
                           Error(ErrorCode::Io,
                                 QStringLiteral("Modbus device %1 refused the read of %2: exception %3 (%4)")
                                     .arg(m_config.device, describeRead(index))
                                     .arg(code)
                                     .arg(modbusExceptionName(code)),
                                 pdu),
                           pduBytes(response));
        } else {
            registerFailed(
                index,
                Error(ErrorCode::Parse,
                      QStringLiteral("Modbus device %1 gave a malformed answer to the read of %2: %3")
                          .arg(m_config.device, describeRead(index), reply->errorString()),
                      pdu),
                pduBytes(response));
        }
        break;
    }
    case QModbusDevice::TimeoutError: {
        QString message =
            QStringLiteral("no answer from Modbus device %1 to the read of %2 within %3 ms (%4 attempt(s))")
                .arg(m_config.device, describeRead(index))
                .arg(m_config.timeoutMs)
                .arg(m_config.retries + 1);
        const auto intermediate = reply->intermediateErrors();
        if (intermediate.contains(QModbusDevice::ResponseCrcError))
            message += QStringLiteral("; answers with a wrong CRC were discarded");
        if (intermediate.contains(QModbusDevice::ResponseRequestMismatch))
            message += QStringLiteral("; answers that did not match the request were discarded");
        registerFailed(index, Error(ErrorCode::Io, message, m_config.endpoint()));
        break;
    }
    default: {
        const QModbusResponse response = reply->rawResult();
        registerFailed(index,
                       Error(ErrorCode::Io,
                             QStringLiteral("the read of %1 from Modbus device %2 failed: %3")
                                 .arg(describeRead(index), m_config.device, reply->errorString()),
                             response.isValid() ? QStringLiteral("PDU ") + toHex(pduBytes(response))
                                                : m_config.endpoint()),
                       response.isValid() ? pduBytes(response) : QByteArray());
        break;
    }
    }
    maybeFinishRound();
}

void ModbusPoller::registerFailed(int index, const Error &error, const QByteArray &raw)
{
    ++m_roundErrors;
    const QString &name = m_config.registers[size_t(index)].name;
    m_log->warn("{} {}: {}", m_config.device.toStdString(), name.toStdString(),
                error.toString().toStdString());
    emit readError(name, error, raw);
}

void ModbusPoller::abandonRound(const QString &why)
{
    if (!m_roundOpen)
        return;
    // The client answers these replies no more (it is being replaced or closed).
    const QHash<QModbusReply *, int> pending = std::exchange(m_pending, {});
    QList<int> indexes;
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        it.key()->disconnect(this);
        indexes << it.value();
    }
    std::sort(indexes.begin(), indexes.end());
    for (int index : indexes)
        registerFailed(index, Error(ErrorCode::Io,
                                    QStringLiteral("the read of %1: %2").arg(describeRead(index), why),
                                    m_config.endpoint()));
    maybeFinishRound();
}

void ModbusPoller::maybeFinishRound()
{
    if (!m_roundOpen || m_sending || !m_pending.isEmpty())
        return;
    m_roundOpen = false;
    emit roundFinished(m_round, m_roundReadings, m_roundErrors);
}

void ModbusPoller::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace wh::drivers
