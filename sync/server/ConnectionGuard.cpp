#include "sync/server/ConnectionGuard.h"

#include "sync/protocol/Messages.h"
#include "sync/server/LoginThrottle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <limits>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace tepat::central {

namespace {

const char *kBusy = "tepat_busy";

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

QString translated(const char *text)
{
    return QCoreApplication::translate("CentralServer", text);
}

void answerAndClose(QTcpSocket *socket, int status, const char *reason, const tepat::Error &error,
                    const QByteArray &extraHeaders = {})
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    const QByteArray body = QJsonDocument(sync::errorBody(error)).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extraHeaders +
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    // A client that does not read its answer does not keep the connection either.
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

void cut(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->abort();
}

template<typename Base>
class GuardedServer : public Base
{
public:
    explicit GuardedServer(ConnectionGuard *guard)
        : m_guard(guard)
    {
        QObject::connect(this, &QTcpServer::acceptError, this,
                         [this](QAbstractSocket::SocketError) { m_guard->acceptFailed(this); });
    }

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Base::nextPendingConnection()) {
            if (m_guard->admit(socket)) {
                // Connected before QHttpServer connects its own reader, so this runs first.
                m_guard->watch(socket);
                return socket;
            }
        }
        return nullptr;
    }

private:
    ConnectionGuard *m_guard;
};

// Per-connection state for the request being received.
class RequestWatch : public QObject
{
public:
    explicit RequestWatch(QObject *parent)
        : QObject(parent)
    {
        deadline.setSingleShot(true);
    }
    void reset()
    {
        head.clear();
        headerLength = -1;
        received = 0;
        declared = 0;
        cutAt = -1;
    }
    QByteArray head;
    qint64 headerLength = -1; // bytes up to and including the blank line, once seen
    qint64 received = 0;
    qint64 declared = 0;
    qint64 cutAt = -1;
    qint64 heldBody = 0; // bytes of the memory budget this request holds
    QString addressKey;
    QTimer deadline;
};

} // namespace

ConnectionGuard::ConnectionGuard(qint64 maxHeaderBytes, qint64 maxBodyBytes,
                                 const FaultPlan *faults, const ConnectionLimits &limits)
    : m_maxHeader(maxHeaderBytes)
    , m_maxBody(maxBodyBytes)
    , m_faults(faults)
    , m_limits(limits)
{}

QTcpServer *ConnectionGuard::createServer(bool tls)
{
    if (tls) {
        return new GuardedServer<QSslServer>(this);
    }
    return new GuardedServer<QTcpServer>(this);
}

void ConnectionGuard::acceptFailed(QTcpServer *server)
{
    // Qt paused accepting (out of descriptors, typically): go on when a connection closes, or
    // after a short while, rather than never again or at once in a loop.
    ++m_acceptPauses;
    server->pauseAccepting();
    if (!m_paused.contains(server)) {
        m_paused.append(server);
    }
    QTimer::singleShot(m_limits.acceptRetryMs, server, [this] { resumeAccepting(); });
}

void ConnectionGuard::resumeAccepting()
{
    const QList<QPointer<QTcpServer>> paused = std::exchange(m_paused, {});
    for (const QPointer<QTcpServer> &server : paused) {
        if (server && server->isListening()) {
            server->resumeAccepting();
        }
    }
}

bool ConnectionGuard::admit(QTcpSocket *socket)
{
    const QString key = LoginThrottle::addressKey(socket->peerAddress());
    const bool tooMany = m_total >= m_limits.maxTotal;
    const bool tooManyFromThere = m_perAddress.value(key) >= m_limits.maxPerAddress;
    if (tooMany || tooManyFromThere) {
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        answerAndClose(
            socket, 503, "Service Unavailable",
            {QStringLiteral("server.busy"),
             tooManyFromThere
                 ? translated(QT_TRANSLATE_NOOP(
                       "CentralServer", "Terlalu banyak sambungan dari alamat ini; tutup yang "
                                        "tidak dipakai dan coba lagi."))
                 : translated(QT_TRANSLATE_NOOP(
                       "CentralServer", "Server pusat sedang penuh; coba lagi sebentar lagi."))},
            "Retry-After: 5\r\n");
        return false;
    }
    ++m_total;
    ++m_perAddress[key];
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, [this, socket, key] {
        if (socket->property("tepat_counted").toBool()) {
            socket->setProperty("tepat_counted", false);
            release(key);
        }
    });
    socket->setProperty("tepat_counted", true);
    return true;
}

void ConnectionGuard::release(const QString &addressKey)
{
    --m_total;
    if (--m_perAddress[addressKey] <= 0) {
        m_perAddress.remove(addressKey);
    }
    if (!m_paused.isEmpty()) {
        resumeAccepting(); // a descriptor is free again
    }
}

void ConnectionGuard::setBusy(QTcpSocket *socket, bool busy)
{
    socket->setProperty(kBusy, busy);
}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    auto *watch = new RequestWatch(socket);
    watch->addressKey = LoginThrottle::addressKey(socket->peerAddress());
    // Answers go out in several writes (headers, body): no Nagle delay between them.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const auto releaseBody = [this, watch] {
        if (watch->heldBody > 0) {
            m_bodyBytes -= watch->heldBody;
            watch->heldBody = 0;
        }
    };
    QObject::connect(socket, &QAbstractSocket::disconnected, watch, releaseBody);
    QObject::connect(&watch->deadline, &QTimer::timeout, socket, [socket, watch, this] {
        // Still sending an answer, or preparing one: not idle.
        if (socket->bytesToWrite() > 0 || socket->property(kBusy).toBool()) {
            watch->deadline.start(m_limits.idleMs);
            return;
        }
        cut(socket);
    });
    watch->deadline.start(m_limits.headerMs);
    QObject::connect(socket, &QIODevice::readyRead, watch, [this, socket, watch, releaseBody] {
        quickAck(socket);
        // QHttpServer reads everything on each readyRead inside a transaction that it commits
        // when a request is complete, so "no transaction" means a new request starts here and
        // bytesAvailable() is what arrived since the last call.
        if (!socket->isTransactionStarted()) {
            if (socket->property(kBusy).toBool()) {
                // A new request before the previous one was answered (pipelining): its
                // answer would overtake the pending one.
                cut(socket);
                return;
            }
            releaseBody();
            watch->reset();
            watch->deadline.start(m_limits.headerMs);
        }
        const qint64 fresh = socket->bytesAvailable();
        watch->received += fresh;
        if (watch->headerLength < 0) {
            watch->head += socket->peek(qMin(fresh, m_maxHeader + 4));
            const qsizetype end = watch->head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (watch->head.size() > m_maxHeader) {
                    answerAndClose(socket, 431, "Request Header Fields Too Large",
                                   {QStringLiteral("request.headers_too_large"),
                                    translated(QT_TRANSLATE_NOOP(
                                        "CentralServer", "Kepala permintaan terlalu besar."))});
                }
                return;
            }
            watch->headerLength = end + 4;
            const QList<QByteArray> lines = watch->head.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1)).section(u'?', 0, 0);
            qint64 declared = 0;
            bool chunked = false;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length") {
                    declared = line.mid(colon + 1).trimmed().toLongLong();
                } else if (name == "transfer-encoding") {
                    chunked = true;
                }
            }
            if (chunked) {
                answerAndClose(socket, 411, "Length Required",
                               {QStringLiteral("request.length_required"),
                                translated(QT_TRANSLATE_NOOP(
                                    "CentralServer", "Permintaan harus menyebut panjang isinya "
                                                     "(Content-Length)."))});
                return;
            }
            const bool login = path == QLatin1String("/api/v1/login") ||
                               path == QLatin1String("/api/v1/token/refresh");
            const qint64 limit = login ? m_limits.maxLoginBody : m_maxBody;
            if (declared > limit || declared < 0) {
                answerAndClose(
                    socket, 413, "Payload Too Large",
                    {QStringLiteral("request.too_large"),
                     translated(
                         QT_TRANSLATE_NOOP("CentralServer",
                                           "Isi permintaan terlalu besar (paling banyak %1 KB)."))
                         .arg(limit / 1024)});
                return;
            }
            if (declared > 0 && m_bodyBytes + declared > m_limits.bodyBudget) {
                answerAndClose(
                    socket, 503, "Service Unavailable",
                    {QStringLiteral("server.busy"),
                     translated(QT_TRANSLATE_NOOP(
                         "CentralServer", "Server pusat sedang menerima banyak kiriman; coba "
                                          "lagi sebentar lagi."))},
                    "Retry-After: 5\r\n");
                return;
            }
            watch->declared = declared;
            watch->heldBody = declared;
            m_bodyBytes += declared;
            if (declared > 0) {
                watch->deadline.start(int(qMin<qint64>(
                    m_limits.bodyGraceMs + declared * 1000 / m_limits.minBodyBytesPerSecond,
                    std::numeric_limits<int>::max())));
            }
            if (*m_faults) {
                const FaultDecision d = (*m_faults)(requestLine.value(0), path);
                if (d.fault == Fault::CutBody) {
                    watch->cutAt = watch->headerLength + d.cutAfterBytes;
                }
            }
        }
        if (watch->received > watch->headerLength + m_maxBody) {
            answerAndClose(
                socket, 413, "Payload Too Large",
                {QStringLiteral("request.too_large"),
                 translated(QT_TRANSLATE_NOOP("CentralServer", "Isi permintaan terlalu besar."))});
            return;
        }
        if (watch->cutAt >= 0 && watch->received >= watch->cutAt) {
            cut(socket);
            return;
        }
        if (watch->received >= watch->headerLength + watch->declared) {
            // Complete: QHttpServer handles it right after this; then the connection idles.
            releaseBody();
            watch->deadline.start(m_limits.idleMs);
        }
    });
}

} // namespace tepat::central
