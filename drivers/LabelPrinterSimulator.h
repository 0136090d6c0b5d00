#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <vector>

class QTcpSocket;

namespace wh::drivers {

// A Zebra label printer on loopback, for tests and demos (wh printer simulate, wh measure
// --printer): a TCP server that takes ZPL jobs (^XA ... ^XZ) and answers ~HS with the state it is
// set to. Stopped closes the port, so connections are refused as with a printer that is off; any
// other state opens it again on the same port. Every job and every stray byte is recorded.
//
// Like a real printer it takes jobs whatever its state (they would print once it is fixed): what
// a client sends while the printer reports paper out shows in jobs() with that state.
//
// Asynchronous (QTcpServer signals). Lives in the thread that created it.
class LabelPrinterSimulator : public QObject {
    Q_OBJECT

public:
    enum class State { Ready, PaperOut, Paused, HeadOpen, RibbonOut, Stopped };
    Q_ENUM(State)

    struct ReceivedJob {
        QByteArray zpl; // from ^XA to ^XZ and the line break after it
        State state;    // the printer's state when it arrived
        int connection; // which connection brought it (1, 2, ...)
    };

    explicit LabelPrinterSimulator(QObject *parent = nullptr);
    ~LabelPrinterSimulator() override;

    // Listens on `address`:`port` (0: a free port) in the state set (Ready unless set before); a
    // simulator set to Stopped before start() takes the port and closes it at once. Errors: the
    // port cannot be opened (in use, not allowed).
    [[nodiscard]] Result<quint16> start(quint16 port = 0,
                                        const QHostAddress &address = QHostAddress::LocalHost);
    [[nodiscard]] quint16 port() const { return m_port; }

    // Stopped closes the port and drops every connection; from Stopped, any other state opens it
    // again (on the port of start()).
    [[nodiscard]] Status setState(State state);
    [[nodiscard]] State state() const { return m_state; }
    // Off: ~HS gets no answer (a printer that does not speak it).
    void setAnswersStatus(bool answers) { m_answersStatus = answers; }
    // Closes a connection once it has received this many bytes of a job (a cable pulled mid-job);
    // the job is not recorded. 0 (the default): never. Applies once.
    void dropConnectionAfterJobBytes(int bytes) { m_dropAfter = bytes; }

    [[nodiscard]] const std::vector<ReceivedJob> &jobs() const { return m_jobs; }
    [[nodiscard]] QList<QByteArray> jobTexts() const;
    [[nodiscard]] int statusRequests() const { return m_statusRequests; }
    [[nodiscard]] int connections() const { return m_connections; }
    // Bytes that were neither a job nor ~HS, and jobs cut off by a closed connection.
    [[nodiscard]] const QByteArray &strayBytes() const { return m_stray; }

    // The three ~HS lines a printer in `state` sends (Stopped answers nothing: it is off).
    [[nodiscard]] static QByteArray statusResponse(State state);

signals:
    void jobReceived(const QByteArray &zpl);
    void statusRequested();
    void connectionClosed();

private:
    struct Client {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        int number = 0;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void process(Client &client);
    [[nodiscard]] Status listen();

    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    State m_state = State::Ready;
    bool m_answersStatus = true;
    int m_dropAfter = 0;
    std::vector<ReceivedJob> m_jobs;
    QByteArray m_stray;
    int m_statusRequests = 0;
    int m_connections = 0;
    QList<Client> m_clients;
};

} // namespace wh::drivers
