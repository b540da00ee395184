#include "bench/central/BenchConnection.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace tepat::bench {

namespace {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

BenchConnection::BenchConnection(QHostAddress local, quint16 port, QObject *parent)
    : QObject(parent)
    , m_local(std::move(local))
    , m_port(port)
{
    m_timeout.setSingleShot(true);
    QObject::connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_socket) {
            m_socket->abort();
        }
        finish(BenchAnswer{0, {}, 0, QStringLiteral("timeout"), 0});
    });
}

void BenchConnection::send(const QByteArray &method, const QByteArray &target,
                           const QByteArray &body, std::function<void(const BenchAnswer &)> done,
                           int timeoutMs)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: tepat-central\r\n";
    if (!m_token.isEmpty()) {
        m_request += "Authorization: Bearer " + m_token + "\r\n";
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        m_request += QByteArray(method == "PUT" ? "Content-Type: application/octet-stream\r\n"
                                                : "Content-Type: application/json\r\n") +
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    m_request += "\r\n" + body;
    m_in.clear();
    m_retriedConnect = false;
    m_startedNs = nowNs();
    m_timeout.start(timeoutMs);
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(m_request);
    } else {
        connectAndWrite();
    }
}

void BenchConnection::connectAndWrite()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QTcpSocket *socket = m_socket;
    QObject::connect(socket, &QTcpSocket::connected, this,
                     [this, socket] { socket->write(m_request); });
    QObject::connect(socket, &QTcpSocket::readyRead, this, [this] { readAnswer(); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, this,
                     [this, socket](QAbstractSocket::SocketError) {
                         if (!m_done || socket != m_socket) {
                             return;
                         }
                         // A kept-alive connection the server closed meanwhile: once more.
                         if (m_in.isEmpty() && !m_retriedConnect &&
                             socket->error() == QAbstractSocket::RemoteHostClosedError) {
                             m_retriedConnect = true;
                             connectAndWrite();
                             return;
                         }
                         finish(BenchAnswer{0, {}, 0, socket->errorString(), 0});
                     });
    if (!socket->bind(m_local, 0)) {
        finish(BenchAnswer{0, {}, 0, QStringLiteral("bind: ") + socket->errorString(), 0});
        return;
    }
    socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void BenchConnection::readAnswer()
{
    m_in += m_socket->readAll();
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0 || !m_done) {
        return;
    }
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    BenchAnswer answer;
    answer.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = 0;
    bool close = false;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            length = value.toLongLong();
        } else if (name == "retry-after") {
            answer.retryAfter = value.toLongLong();
        } else if (name == "connection") {
            close = value.toLower() == "close";
        }
    }
    if (m_in.size() < end + 4 + length) {
        return;
    }
    answer.body = m_in.mid(end + 4, length);
    m_in.clear();
    if (close) {
        m_socket->disconnectFromHost();
    }
    finish(std::move(answer));
}

void BenchConnection::finish(BenchAnswer answer)
{
    if (!m_done) {
        return;
    }
    m_timeout.stop();
    answer.ms = (nowNs() - m_startedNs) / 1e6;
    auto done = std::exchange(m_done, {});
    done(answer);
}

} // namespace tepat::bench
