#pragma once

#include "Clock.h"
#include "Error.h"
#include "ModbusConfig.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QModbusClient;
class QModbusReply;

namespace spdlog {
class logger;
}

namespace wh::drivers {

// One register's value as read.
struct ModbusReading {
    QString device; // the register map's device name
    QString name;   // the register's name
    ModbusRegisterKind kind = ModbusRegisterKind::Gauge;
    qint64 raw = 0;       // the integer the registers hold (unsigned or signed as configured)
    QList<quint16> words; // the registers as read, in address order
    double value = 0;     // raw x scale / 10^decimals
    QString text;         // the value with its decimals: "6543.21"
    QString unit;         // a gauge's unit, may be empty
    qint64 atMs = 0;      // when the answer came (UTC ms)
};

// The Modbus client of one device (Qt SerialBus: QModbusTcpClient or QModbusRtuSerialClient, as the
// register map says). It connects, polls every configured register each `poll_ms`, and reports what
// each read gave: a reading, or an error for that register (an exception response with its raw
// PDU, a timeout, an answer of the wrong size), while the other registers go on being read. A round
// is one read of every register; a round still waiting when the next is due is not doubled (a slow
// device does not pile up requests). A connection that fails or is lost is tried again with a
// doubling back-off (0.5 s up to 10 s by default); a round cut by a lost connection ends with an
// error for each register still waiting.
//
// Asynchronous: signals and timers only, no waiting. Raw register words are logged at trace level
// on "drivers.modbus". Lives in the thread that created it; call it from that thread.
class ModbusPoller : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,      // not started, or stop() was called
        Connecting,   // an attempt is under way
        Connected,    // polling
        Reconnecting, // the connection failed or was lost; the next attempt is scheduled
    };
    Q_ENUM(State)

    struct Options {
        int reconnectInitialMs = 500;
        int reconnectMaxMs = 10000;
        // An attempt that has not connected by then fails (a host that drops the SYN would
        // otherwise hold it for minutes). 0: three times the register map's timeout, at least 3 s.
        int connectTimeoutMs = 0;
    };

    explicit ModbusPoller(ModbusDeviceConfig config, QObject *parent = nullptr);
    ModbusPoller(ModbusDeviceConfig config, Options options, const Clock &clock, QObject *parent = nullptr);
    ~ModbusPoller() override;

    // Connects (or schedules attempts until it does), then polls. Idempotent.
    void start();
    // Disconnects and stops polling and retrying; a round under way ends (its waiting registers as errors).
    void stop();
    // Starts a round now when connected and none is under way; the interval keeps its rhythm.
    void pollNow();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ModbusDeviceConfig &config() const { return m_config; }
    // Failed connection attempts since the last connection.
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    // Delay before the next attempt while Reconnecting.
    [[nodiscard]] int nextReconnectDelayMs() const { return m_nextDelayMs; }
    // Rounds started so far.
    [[nodiscard]] qint64 rounds() const { return m_round; }

signals:
    void reading(const wh::drivers::ModbusReading &reading);
    // A register could not be read this round. Io: an exception response (context: the raw PDU as
    // hex, "83 02"), a timeout, a lost connection; Parse: an answer of the wrong size (context: the
    // words). `raw`: what came back (the PDU, or the registers big-endian), empty when nothing did.
    void readError(const QString &registerName, const wh::Error &error, const QByteArray &raw);
    // A connection attempt failed or the connection was lost (Io; context: the endpoint).
    void connectionError(const wh::Error &error);
    // Every register of round `round` has answered or failed.
    void roundFinished(qint64 round, int readings, int errors);
    void stateChanged(wh::drivers::ModbusPoller::State state);

private:
    void attemptConnect();
    void makeClient();
    void onClientState(int state);
    void onClientError(int error);
    void connectionFailed(const QString &why);
    void scheduleReconnect();
    void onReply(int index, QModbusReply *reply);
    void registerFailed(int index, const Error &error, const QByteArray &raw = {});
    void abandonRound(const QString &why);
    void maybeFinishRound();
    void setState(State state);
    [[nodiscard]] QString describeRead(int index) const;

    ModbusDeviceConfig m_config;
    Options m_options;
    const Clock &m_clock;
    QModbusClient *m_client = nullptr; // a child; replaced on every attempt
    quint64 m_clientGeneration = 0;
    QString m_lastClientError;
    QTimer m_pollTimer;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    State m_state = State::Stopped;
    int m_failedAttempts = 0;
    int m_nextDelayMs = 0;
    qint64 m_round = 0;
    bool m_roundOpen = false;
    bool m_sending = false;
    int m_roundReadings = 0;
    int m_roundErrors = 0;
    QHash<QModbusReply *, int> m_pending; // reply -> register index
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace wh::drivers

Q_DECLARE_METATYPE(wh::drivers::ModbusReading)
