#include "LabelPrinterSimulator.h"

#include <QTcpSocket>

namespace wh::drivers {

LabelPrinterSimulator::LabelPrinterSimulator(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LabelPrinterSimulator::onNewConnection);
}

LabelPrinterSimulator::~LabelPrinterSimulator()
{
    for (Client &c : m_clients) {
        c.socket->disconnect(this);
        c.socket->abort();
        delete c.socket;
    }
}

Result<quint16> LabelPrinterSimulator::start(quint16 port, const QHostAddress &address)
{
    m_address = address;
    m_port = port;
    // Listening picks the port (port 0: a free one); a printer that starts switched off closes
    // it again at once and keeps the number for when it is switched on.
    WH_TRY(listen());
    if (m_state == State::Stopped)
        m_server.close();
    return m_port;
}

Status LabelPrinterSimulator::listen()
{
    if (m_server.isListening())
        return {};
    if (!m_server.listen(m_address, m_port))
        return Error(ErrorCode::Io,
                     QStringLiteral("the printer simulator cannot listen on port %1: %2")
                         .arg(m_port)
                         .arg(m_server.errorString()),
                     m_address.toString());
    m_port = m_server.serverPort();
    return {};
}

Status LabelPrinterSimulator::setState(State state)
{
    const State before = m_state;
    m_state = state;
    if (state == State::Stopped) {
        m_server.close();
        const QList<Client> clients = m_clients;
        for (const Client &c : clients)
            c.socket->abort();
        return {};
    }
    if (before == State::Stopped && !m_address.isNull())
        return listen();
    return {};
}

QList<QByteArray> LabelPrinterSimulator::jobTexts() const
{
    QList<QByteArray> out;
    for (const ReceivedJob &j : m_jobs)
        out << j.zpl;
    return out;
}

QByteArray LabelPrinterSimulator::statusResponse(State state)
{
    if (state == State::Stopped)
        return {};
    auto flag = [](bool on) { return on ? '1' : '0'; };
    QByteArray one = "030,";
    one += flag(state == State::PaperOut);
    one += ',';
    one += flag(state == State::Paused);
    one += ",0560,000,0,0,0,000,0,0,0";
    QByteArray two = "000,0,";
    two += flag(state == State::HeadOpen);
    two += ',';
    two += flag(state == State::RibbonOut);
    two += ",0,2,0,0,00000000,1,000";
    const QByteArray three = "1234,0";
    QByteArray out;
    for (const QByteArray &line : {one, two, three})
        out += '\x02' + line + "\x03\r\n";
    return out;
}

void LabelPrinterSimulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        Client c;
        c.socket = socket;
        c.number = ++m_connections;
        m_clients.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            for (qsizetype i = 0; i < m_clients.size(); ++i) {
                if (m_clients[i].socket != socket)
                    continue;
                // What was left was cut off: a job without its ^XZ.
                m_stray += m_clients[i].buffer;
                m_clients.removeAt(i);
                break;
            }
            socket->deleteLater();
            emit connectionClosed();
        });
    }
}

void LabelPrinterSimulator::onReadyRead(QTcpSocket *socket)
{
    for (Client &c : m_clients) {
        if (c.socket != socket)
            continue;
        c.buffer += socket->readAll();
        process(c);
        return;
    }
}

void LabelPrinterSimulator::process(Client &client)
{
    QByteArray &b = client.buffer;
    while (!b.isEmpty()) {
        qsizetype skip = 0;
        while (skip < b.size() && (b[skip] == '\r' || b[skip] == '\n' || b[skip] == ' '))
            ++skip;
        b.remove(0, skip);
        if (b.isEmpty())
            return;
        if (b.startsWith("~HS")) {
            b.remove(0, 3);
            ++m_statusRequests;
            emit statusRequested();
            if (m_answersStatus)
                client.socket->write(statusResponse(m_state));
            continue;
        }
        if (b.size() < 3 && (QByteArray("~HS").startsWith(b) || QByteArray("^XA").startsWith(b)))
            return; // the rest of the command is on its way
        if (b.startsWith("^XA")) {
            if (m_dropAfter > 0 && b.size() >= m_dropAfter) {
                m_dropAfter = 0;
                m_stray += b;
                b.clear();
                client.socket->abort();
                return;
            }
            const qsizetype end = b.indexOf("^XZ");
            if (end < 0)
                return;
            const QByteArray zpl = b.left(end + 3);
            b.remove(0, end + 3);
            m_jobs.push_back({zpl, m_state, client.number});
            emit jobReceived(zpl);
            continue;
        }
        // Anything else up to the next command is stray.
        qsizetype next = 1;
        while (next < b.size() && b[next] != '^' && b[next] != '~')
            ++next;
        m_stray += b.left(next);
        b.remove(0, next);
    }
}

} // namespace wh::drivers
