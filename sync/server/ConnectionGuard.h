#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace tepat::central {

// Faults a test can inject into the server (connection cuts, errors, silence).
enum class Fault
{
    None,
    DropBeforeHandling, // close the connection without doing anything
    DropAfterCommit,    // do the work and commit, then close without answering
    Respond,            // answer `status` with `body` without doing anything
    Stall,              // do nothing and never answer
    CutBody             // close the connection after `cutAfterBytes` of the request body
};

struct FaultDecision
{
    Fault fault = Fault::None;
    qint64 cutAfterBytes = 0;
    int status = 500;
    QByteArray body;
};

using FaultPlan = std::function<FaultDecision(const QByteArray &method, const QString &path)>;

// How long and how many: what one client, or all of them together, may hold of the server.
struct ConnectionLimits
{
    int headerMs = 10000;    // a request line and headers, from the connection or its 1st byte
    int idleMs = 60000;      // a kept-alive connection between requests
    int bodyGraceMs = 10000; // a body: this long plus its size at the minimum rate
    qint64 minBodyBytesPerSecond = 8 * 1024;
    int maxPerAddress = 32;                // open connections from one address (IPv6: one /64)
    int maxTotal = 512;                    // open connections altogether
    qint64 maxLoginBody = 8 * 1024;        // /login and /token/refresh
    qint64 bodyBudget = 128 * 1024 * 1024; // declared bytes of all unfinished bodies together
    int acceptRetryMs = 250; // out of descriptors: accept again after this (or a close)
};

// Watches every connection before QHttpServer buffers it: QtHttpServer 6.4 sets no limit on a
// request's size or time, so the guard answers 431 for oversized headers, 413 for a declared or
// received body beyond the server's limit (8 KiB for a login), 503 when the unfinished bodies
// of all clients would exceed the memory budget or when there are too many connections (from
// one address, or altogether), and closes connections that miss a deadline (headers, a
// minimum body rate, idle between requests). When the process runs out of file descriptors it
// stops accepting until a connection closes (or a short while passed) instead of spinning. It
// also carries out the CutBody fault.
class ConnectionGuard
{
public:
    ConnectionGuard(qint64 maxHeaderBytes, qint64 maxBodyBytes, const FaultPlan *faults,
                    const ConnectionLimits &limits = {});

    // A QTcpServer (or QSslServer) whose connections are watched from the first byte.
    QTcpServer *createServer(bool tls);
    // False: refused (too many connections); the guard answers and closes it.
    bool admit(QTcpSocket *socket);
    void watch(QTcpSocket *socket);
    // While an answer is being prepared elsewhere (a password check on a worker) the
    // connection is not idle.
    static void setBusy(QTcpSocket *socket, bool busy);

    int openConnections() const { return m_total; }
    qint64 bodyBytesInFlight() const { return m_bodyBytes; }
    int acceptPauses() const { return m_acceptPauses; }
    void acceptFailed(QTcpServer *server);
    void release(const QString &addressKey);
    void holdBody(qint64 bytes) { m_bodyBytes += bytes; }
    void releaseBody(qint64 bytes) { m_bodyBytes -= bytes; }
    const ConnectionLimits &limits() const { return m_limits; }

private:
    void resumeAccepting();

    qint64 m_maxHeader;
    qint64 m_maxBody;
    const FaultPlan *m_faults;
    ConnectionLimits m_limits;
    QHash<QString, int> m_perAddress;
    int m_total = 0;
    qint64 m_bodyBytes = 0;
    int m_acceptPauses = 0;
    QList<QPointer<QTcpServer>> m_paused;
};

} // namespace tepat::central
