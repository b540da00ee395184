#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QTcpServer;
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

// Watches every connection before QHttpServer buffers it: QtHttpServer 6.4 sets no limit on a
// request's size, so the guard answers 431 for oversized headers and 413 for a declared or
// received body beyond the server's limit, and closes the connection, before the body is
// buffered. It also carries out the CutBody fault.
class ConnectionGuard
{
public:
    ConnectionGuard(qint64 maxHeaderBytes, qint64 maxBodyBytes, const FaultPlan *faults);

    // A QTcpServer (or QSslServer) whose connections are watched from the first byte.
    QTcpServer *createServer(bool tls) const;
    void watch(QTcpSocket *socket) const;

private:
    qint64 m_maxHeader;
    qint64 m_maxBody;
    const FaultPlan *m_faults;
};

} // namespace tepat::central
