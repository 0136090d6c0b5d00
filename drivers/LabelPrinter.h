#pragma once

#include "Error.h"
#include "PrintSpooler.h"
#include "PrinterStatus.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace spdlog {
class logger;
}

namespace wh::drivers {

// A label printer on the network (Zebra ZPL II over raw TCP, port 9100), fed from a spool.
//
// print() puts a job in the spool (durable when it returns) and the printer sends the spool's jobs
// one at a time, oldest first. Before a job it asks the printer for its host status (~HS) and holds
// the job while the printer reports something that stops it printing (paper out, head open,
// ribbon out, paused, ...), asking again every notReadyPollMs. After the job it asks again: the
// answer comes after the printer has read the whole job (it reads its input in order), and only
// then is the job marked sent; so a printer that is off, refuses the connection, or drops it
// mid-job loses nothing: the job waits and goes again when the printer is back, before any later
// job. A job is sent twice only when the connection drops after the printer read it and before its
// answer arrived (at least once, never silently lost); a printer may then print it twice.
// With checkStatus off (a printer or clone without ~HS) a job counts as sent when the connection
// closed cleanly after it.
//
// Connection failures retry with a doubling back-off. Each failed attempt goes out as problem():
// the kind, and a wh::Error whose message is a translated sentence for an operator and whose
// context holds the raw detail (the ~HS answer as hex, the address).
//
// Asynchronous: signals and timers, no waiting. Raw bytes are logged at trace level on
// "drivers.printer". Lives in the thread that created it; call it from that thread. A slot may
// call stop() from its signals; delete it with deleteLater() there, not directly.
class LabelPrinter : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QString host;
        quint16 port = 9100;
        // The spool's name for this printer; empty: "host:port".
        QString name;
        // Ask ~HS before and after each job (see above).
        bool checkStatus = true;
        int connectTimeoutMs = 5000;
        int statusTimeoutMs = 3000;
        // After a failed connection: 1 s, doubling up to 30 s.
        int retryInitialMs = 1000;
        int retryMaxMs = 30000;
        // While the printer reports a condition (paper out, ...): ask again this often.
        int notReadyPollMs = 5000;
    };

    enum class Problem {
        ConnectionRefused, // nothing listens at the address (printer off or booting, wrong port)
        HostNotFound,      // the name does not resolve
        Timeout,           // no connection within connectTimeoutMs (off, or not on the network)
        NoStatusAnswer,    // connected, but no ~HS answer within statusTimeoutMs
        BadStatusAnswer,   // an answer that is not a ~HS status
        NotReady,          // the printer reports a condition that stops it printing
        ConnectionLost,    // the connection closed or failed while a job was on its way
        Spool,             // the spool's storage failed
    };
    Q_ENUM(Problem)

    enum class State {
        Stopped, // not started, or stop() was called
        Idle,    // nothing to send
        Busy,    // connecting, asking, sending
        Waiting, // something to send; the printer is off or not ready; the next try is scheduled
    };
    Q_ENUM(State)

    // `storage` must outlive the printer.
    LabelPrinter(Settings settings, PrintSpoolStorage &storage, QObject *parent = nullptr);
    ~LabelPrinter() override;

    // Starts sending what the spool holds (after a restart too) and what print() adds. Idempotent.
    void start();
    // Stops after closing the connection; a job on its way is sent again on the next start().
    void stop();

    // Adds a job to the spool under `key` (one job per key: see PrintSpooler) and, when started,
    // sends it as soon as the jobs before it are out. Errors: the spool's.
    [[nodiscard]] Result<PrintSpoolStorage::Added> print(const QString &key, const QByteArray &zpl);

    // Asks the printer for its status once, apart from the spool (wh printer status): the answer
    // comes as statusReceived, a failure as problem().
    void queryStatus();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] QString address() const;
    [[nodiscard]] const std::optional<PrinterStatus> &lastStatus() const { return m_lastStatus; }
    // Jobs not sent yet.
    [[nodiscard]] Result<qsizetype> waiting() { return m_spooler.waiting(); }
    [[nodiscard]] int nextRetryDelayMs() const { return m_retryDelayMs; }

signals:
    void jobSent(qint64 id, const QString &key);
    void statusReceived(const wh::drivers::PrinterStatus &status);
    void problem(wh::drivers::LabelPrinter::Problem kind, const wh::Error &error);
    void stateChanged(wh::drivers::LabelPrinter::State state);
    // Everything in the spool has gone out.
    void idle();

private:
    enum class Step { None, Connecting, StatusBeforeJob, StatusAfterJob, Closing, StatusOnly };

    void kick();
    void connectNow();
    void onConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onStepTimeout();
    void askStatus(Step step, int extraMs = 0);
    void handleStatus(const PrinterStatus &status);
    void sendNextOrClose();
    void jobConfirmed();
    // Gives up on the connection: the job in flight waits, `kind` is reported, a retry is scheduled
    // after `delayMs` (0: the back-off).
    void fail(Problem kind, const Error &error, int delayMs = 0);
    void closeSocket();
    void setState(State state);
    void report(Problem kind, const Error &error);

    Settings m_settings;
    PrintSpooler m_spooler;
    QTcpSocket *m_socket = nullptr; // a child, replaced on every connection
    QTimer m_stepTimer;
    QTimer m_retryTimer;
    QByteArray m_buffer;
    Step m_step = Step::None;
    State m_state = State::Stopped;
    bool m_started = false;
    bool m_statusOnly = false;
    std::optional<SpooledPrintJob> m_job;
    std::optional<PrinterStatus> m_lastStatus;
    int m_retryDelayMs = 0;
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace wh::drivers
