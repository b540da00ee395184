#include "ConnectionGuard.h"

#include "protocol/Messages.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace tepat::central {

namespace {

// Clients (Qt's among them) write a request's headers and its body separately and keep Nagle's
// algorithm on, so the body waits for the ACK of the headers; Linux delays that ACK by up to
// 40 ms while the server has nothing to send. Acknowledge at once instead (TCP_QUICKACK is not
// sticky, hence on every read).
void quickAck(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket);
#endif
}

template<typename Base>
class GuardedServer : public Base
{
public:
    explicit GuardedServer(const ConnectionGuard *guard)
        : m_guard(guard)
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Base::nextPendingConnection();
        if (socket) {
            // Connected before QHttpServer connects its own reader, so this runs first.
            m_guard->watch(socket);
        }
        return socket;
    }

private:
    const ConnectionGuard *m_guard;
};

// Per-connection state for the request being received.
class RequestWatch : public QObject
{
public:
    explicit RequestWatch(QObject *parent)
        : QObject(parent)
    {}
    void reset()
    {
        head.clear();
        headerLength = -1;
        received = 0;
        cutAt = -1;
    }
    QByteArray head;
    qint64 headerLength = -1; // bytes up to and including the blank line, once seen
    qint64 received = 0;
    qint64 cutAt = -1;
};

void refuse(QTcpSocket *socket, int status, const char *reason, const tepat::Error &error)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    const QByteArray body = QJsonDocument(sync::errorBody(error)).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void cut(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->abort();
}

} // namespace

ConnectionGuard::ConnectionGuard(qint64 maxHeaderBytes, qint64 maxBodyBytes,
                                 const FaultPlan *faults)
    : m_maxHeader(maxHeaderBytes)
    , m_maxBody(maxBodyBytes)
    , m_faults(faults)
{}

QTcpServer *ConnectionGuard::createServer(bool tls) const
{
    if (tls) {
        return new GuardedServer<QSslServer>(this);
    }
    return new GuardedServer<QTcpServer>(this);
}

void ConnectionGuard::watch(QTcpSocket *socket) const
{
    auto *watch = new RequestWatch(socket);
    // Answers go out in several writes (headers, body): no Nagle delay between them.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(socket, &QIODevice::readyRead, watch, [this, socket, watch] {
        quickAck(socket);
        // QHttpServer reads everything on each readyRead inside a transaction that it commits
        // when a request is complete, so "no transaction" means a new request starts here and
        // bytesAvailable() is what arrived since the last call.
        if (!socket->isTransactionStarted()) {
            watch->reset();
        }
        const qint64 fresh = socket->bytesAvailable();
        watch->received += fresh;
        if (watch->headerLength < 0) {
            watch->head += socket->peek(qMin(fresh, m_maxHeader + 4));
            const qsizetype end = watch->head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (watch->head.size() > m_maxHeader) {
                    refuse(socket, 431, "Request Header Fields Too Large",
                           {QStringLiteral("request.headers_too_large"),
                            QCoreApplication::translate("CentralServer",
                                                        "Kepala permintaan terlalu besar.")});
                }
                return;
            }
            watch->headerLength = end + 4;
            const QList<QByteArray> lines = watch->head.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            qint64 declared = 0;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().compare("content-length",
                                                                    Qt::CaseInsensitive) == 0) {
                    declared = line.mid(colon + 1).trimmed().toLongLong();
                }
            }
            if (declared > m_maxBody) {
                refuse(socket, 413, "Payload Too Large",
                       {QStringLiteral("request.too_large"),
                        QCoreApplication::translate("CentralServer",
                                                    "Isi permintaan terlalu besar (paling "
                                                    "banyak %1 MB).")
                            .arg(m_maxBody / (1024 * 1024))});
                return;
            }
            if (*m_faults) {
                const FaultDecision d =
                    (*m_faults)(requestLine.value(0),
                                QString::fromLatin1(requestLine.value(1)).section(u'?', 0, 0));
                if (d.fault == Fault::CutBody) {
                    watch->cutAt = watch->headerLength + d.cutAfterBytes;
                }
            }
        }
        if (watch->received > watch->headerLength + m_maxBody) {
            refuse(socket, 413, "Payload Too Large",
                   {QStringLiteral("request.too_large"),
                    QCoreApplication::translate("CentralServer", "Isi permintaan terlalu besar.")});
            return;
        }
        if (watch->cutAt >= 0 && watch->received >= watch->cutAt) {
            cut(socket);
        }
    });
}

} // namespace tepat::central
