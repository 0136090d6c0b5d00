#include "LabelPrinter.h"

#include "HexBytes.h"
#include "Logging.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

// An answer this long without three status lines is not a ~HS answer.
constexpr qsizetype kMaxStatusBytes = 4096;

} // namespace

LabelPrinter::LabelPrinter(Settings settings, PrintSpoolStorage &storage, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_spooler(storage, m_settings.name.isEmpty()
                             ? QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port)
                             : m_settings.name)
    , m_log(logging::get("drivers.printer"))
{
    m_stepTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &LabelPrinter::onStepTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &LabelPrinter::kick);
}

LabelPrinter::~LabelPrinter()
{
    closeSocket();
}

QString LabelPrinter::address() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

void LabelPrinter::start()
{
    if (m_started)
        return;
    m_started = true;
    setState(State::Idle);
    kick();
}

void LabelPrinter::stop()
{
    m_started = false;
    m_retryTimer.stop();
    m_stepTimer.stop();
    if (m_job) {
        (void)m_spooler.failed(m_job->id, QStringLiteral("stopped while on its way"));
        m_job.reset();
    }
    m_statusOnly = false;
    m_step = Step::None;
    closeSocket();
    setState(State::Stopped);
}

Result<PrintSpoolStorage::Added> LabelPrinter::print(const QString &key, const QByteArray &zpl)
{
    auto added = m_spooler.submit(key, zpl);
    if (!added)
        return added;
    m_log->info("{}: job {} ({}) {}", address().toStdString(), added->job.id, key.toStdString(),
                added->existed ? "was in the spool already" : "spooled");
    if (m_started && m_state == State::Idle)
        kick();
    return added;
}

void LabelPrinter::queryStatus()
{
    if (m_statusOnly)
        return;
    // A connection on its way will ask anyway: its answer comes as statusReceived.
    if (m_step != Step::None)
        return;
    m_statusOnly = true;
    m_retryTimer.stop();
    connectNow();
}

void LabelPrinter::kick()
{
    if (!m_started || m_step != Step::None || m_retryTimer.isActive())
        return;
    if (!m_job) {
        auto next = m_spooler.take();
        if (!next) {
            fail(Problem::Spool, next.error());
            return;
        }
        m_job = *next;
    }
    if (!m_job) {
        setState(State::Idle);
        emit idle();
        return;
    }
    setState(State::Busy);
    connectNow();
}

void LabelPrinter::connectNow()
{
    closeSocket();
    m_buffer.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &LabelPrinter::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &LabelPrinter::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &LabelPrinter::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &LabelPrinter::onDisconnected);
    m_step = Step::Connecting;
    m_stepTimer.start(m_settings.connectTimeoutMs);
    m_log->debug("{}: connecting", address().toStdString());
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void LabelPrinter::onConnected()
{
    m_stepTimer.stop();
    m_log->debug("{}: connected", address().toStdString());
    if (m_statusOnly) {
        askStatus(Step::StatusOnly);
        return;
    }
    if (m_settings.checkStatus)
        askStatus(Step::StatusBeforeJob);
    else
        sendNextOrClose();
}

void LabelPrinter::askStatus(Step step, int extraMs)
{
    m_step = step;
    m_buffer.clear();
    m_stepTimer.start(m_settings.statusTimeoutMs + extraMs);
    m_log->trace("{} tx ~HS", address().toStdString());
    m_socket->write("~HS");
}

void LabelPrinter::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    m_log->trace("{} rx {}", address().toStdString(), toHex(bytes).toStdString());
    if (m_step != Step::StatusBeforeJob && m_step != Step::StatusAfterJob && m_step != Step::StatusOnly) {
        m_log->debug("{}: {} bytes nobody asked for, dropped", address().toStdString(), bytes.size());
        return;
    }
    m_buffer += bytes;
    const auto length = PrinterStatus::completeLength(m_buffer);
    if (!length) {
        if (m_buffer.size() > kMaxStatusBytes)
            fail(Problem::BadStatusAnswer,
                 Error(ErrorCode::Parse,
                       tr("The printer at %1 answered the status request with something that is not a ZPL "
                          "status.")
                           .arg(address()),
                       toHex(m_buffer.left(256))));
        return;
    }
    m_stepTimer.stop();
    auto status = PrinterStatus::parse(m_buffer.left(*length));
    m_buffer.remove(0, *length);
    if (!status) {
        fail(Problem::BadStatusAnswer, Error(ErrorCode::Parse,
                                             tr("The printer at %1 answered the status request with "
                                                "something that is not a ZPL status: %2")
                                                 .arg(address(), status.error().message()),
                                             status.error().context()));
        return;
    }
    handleStatus(*status);
}

void LabelPrinter::handleStatus(const PrinterStatus &status)
{
    m_lastStatus = status;
    m_retryDelayMs = 0;
    emit statusReceived(status);
    const Step step = m_step;
    if (step == Step::StatusOnly) {
        m_statusOnly = false;
        m_step = Step::None;
        closeSocket();
        kick();
        return;
    }
    if (step == Step::StatusAfterJob)
        jobConfirmed();
    if (!status.ready()) {
        QStringList names;
        for (PrinterCondition c : status.conditions())
            names << QString::fromLatin1(printerConditionName(c));
        const QString waiting = m_job || m_spooler.waiting().valueOr(0) > 0
                                    ? tr("The labels wait in the spool and print when the printer is ready.")
                                    : QString();
        fail(Problem::NotReady,
             Error(ErrorCode::Io, (status.messages() + QStringList{waiting}).join(QLatin1Char(' ')).trimmed(),
                   names.join(QLatin1Char(',')) + QStringLiteral(" ~HS ") + toHex(status.raw)),
             m_settings.notReadyPollMs);
        return;
    }
    sendNextOrClose();
}

void LabelPrinter::sendNextOrClose()
{
    if (!m_job && m_started) {
        auto next = m_spooler.take();
        if (!next) {
            fail(Problem::Spool, next.error());
            return;
        }
        m_job = *next;
    }
    if (!m_job) {
        m_step = Step::None;
        closeSocket();
        kick(); // nothing left: Idle
        return;
    }
    m_log->info("{}: sending job {} ({}, {} bytes)", address().toStdString(), m_job->id,
                m_job->key.toStdString(), m_job->payload.size());
    m_log->trace("{} tx {}", address().toStdString(), m_job->payload.toStdString());
    m_socket->write(m_job->payload);
    // The answer comes once the printer has read the job: a large job (host-rendered text) on a slow
    // link takes longer, counted at 10 kB/s.
    const int transferMs = static_cast<int>(m_job->payload.size() / 10);
    if (m_settings.checkStatus) {
        askStatus(Step::StatusAfterJob, transferMs);
        return;
    }
    // No status to confirm it: a clean close after the bytes have gone does.
    m_step = Step::Closing;
    m_stepTimer.start(m_settings.statusTimeoutMs + transferMs);
    m_socket->disconnectFromHost();
}

void LabelPrinter::jobConfirmed()
{
    if (!m_job)
        return;
    const SpooledPrintJob job = *m_job;
    m_job.reset();
    m_retryDelayMs = 0;
    m_log->info("{}: job {} ({}) sent", address().toStdString(), job.id, job.key.toStdString());
    if (auto recorded = m_spooler.sent(job.id); !recorded)
        report(Problem::Spool, Error(recorded.error().code(),
                                     tr("A label was printed but the print spool could not record it: %1")
                                         .arg(recorded.error().message()),
                                     recorded.error().context()));
    emit jobSent(job.id, job.key);
}

void LabelPrinter::onDisconnected()
{
    if (m_step == Step::Closing) {
        m_stepTimer.stop();
        m_step = Step::None;
        closeSocket();
        jobConfirmed();
        kick();
        return;
    }
    if (m_step == Step::None)
        return;
    fail(Problem::ConnectionLost,
         Error(
             ErrorCode::Io,
             m_job
                 ? tr("The connection to the printer at %1 was lost while a label was on its way; it is sent "
                      "again when the printer is back.")
                       .arg(address())
                 : tr("The printer at %1 closed the connection.").arg(address()),
             address()));
}

void LabelPrinter::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_step == Step::None)
        return;
    const QString detail = QStringLiteral("%1: %2").arg(address(), m_socket->errorString());
    // A printer that closes its side after the job: the disconnect confirms it.
    if (m_step == Step::Closing && error == QAbstractSocket::RemoteHostClosedError &&
        m_socket->bytesToWrite() == 0)
        return;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(Problem::ConnectionRefused,
             Error(ErrorCode::Io,
                   tr("The printer at %1 refused the connection: is it switched on, and is %2 its port?")
                       .arg(m_settings.host)
                       .arg(m_settings.port),
                   detail));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Problem::HostNotFound,
             Error(ErrorCode::Io,
                   tr("The printer's address \"%1\" is not known on the network.").arg(m_settings.host),
                   detail));
        return;
    default: break;
    }
    if (m_step == Step::Connecting) {
        fail(Problem::ConnectionRefused,
             Error(ErrorCode::Io,
                   tr("The printer at %1 cannot be reached: %2").arg(address(), m_socket->errorString()),
                   detail));
        return;
    }
    onDisconnected();
}

void LabelPrinter::onStepTimeout()
{
    const QString seconds = QString::number(m_settings.statusTimeoutMs / 1000.0, 'g', 3);
    switch (m_step) {
    case Step::Connecting:
        fail(Problem::Timeout,
             Error(ErrorCode::Io,
                   tr("The printer at %1 did not answer within %2 seconds: is it switched on and on the "
                      "network?")
                       .arg(address(), QString::number(m_settings.connectTimeoutMs / 1000.0, 'g', 3)),
                   address()));
        return;
    case Step::StatusBeforeJob:
    case Step::StatusAfterJob:
    case Step::StatusOnly:
        fail(
            Problem::NoStatusAnswer,
            Error(ErrorCode::Io,
                  tr("The printer at %1 did not answer the status request (~HS) within %2 seconds. A printer "
                     "that does not speak ZPL needs the status check switched off.")
                      .arg(address(), seconds),
                  m_buffer.isEmpty() ? address() : toHex(m_buffer.left(256))));
        return;
    case Step::Closing:
        fail(Problem::ConnectionLost,
             Error(ErrorCode::Io,
                   tr("The printer at %1 did not take the label within %2 seconds; it is sent again when the "
                      "printer is back.")
                       .arg(address(), seconds),
                   address()));
        return;
    case Step::None: return;
    }
}

void LabelPrinter::fail(Problem kind, const Error &error, int delayMs)
{
    m_stepTimer.stop();
    if (m_job) {
        if (auto noted =
                m_spooler.failed(m_job->id, error.context().isEmpty() ? error.message() : error.context());
            !noted)
            m_log->error("{}: {}", address().toStdString(), noted.error().toString().toStdString());
        m_job.reset();
    }
    m_step = Step::None;
    closeSocket();
    report(kind, error);
    const bool statusOnly = m_statusOnly;
    m_statusOnly = false;
    if (!m_started)
        return;
    if (delayMs <= 0) {
        m_retryDelayMs = m_retryDelayMs == 0 ? m_settings.retryInitialMs
                                             : std::min(m_retryDelayMs * 2, m_settings.retryMaxMs);
        delayMs = m_retryDelayMs;
    }
    // A status asked apart from the spool does not hold the spool back when it fails.
    if (statusOnly && m_state == State::Idle) {
        kick();
        return;
    }
    m_retryTimer.start(delayMs);
    setState(State::Waiting);
}

void LabelPrinter::report(Problem kind, const Error &error)
{
    m_log->warn("{}: {} ({})", address().toStdString(), error.message().toStdString(),
                error.context().toStdString());
    emit problem(kind, error);
}

void LabelPrinter::closeSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LabelPrinter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace wh::drivers
