#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace tepat::bench {

// What came back for one call; status 0: no answer (`failure` says why).
struct BenchAnswer
{
    int status = 0;
    QByteArray body;
    qint64 retryAfter = 0;
    QString failure;
    double ms = 0; // from the first byte written to the last byte read
};

// One client's keep-alive HTTP/1.1 connection from its own local address (so that each
// simulated village is its own client address for the server's per-address limits), one call
// at a time, asynchronous on the thread that owns it. Reconnects when the server closed it.
class BenchConnection : public QObject
{
public:
    BenchConnection(QHostAddress local, quint16 port, QObject *parent = nullptr);
    void setToken(const QByteArray &token) { m_token = token; }
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
              std::function<void(const BenchAnswer &)> done, int timeoutMs = 60000);

private:
    void connectAndWrite();
    void readAnswer();
    void finish(BenchAnswer answer);

    QHostAddress m_local;
    quint16 m_port;
    QByteArray m_token;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_in;
    std::function<void(const BenchAnswer &)> m_done;
    QTimer m_timeout;
    qint64 m_startedNs = 0;
    bool m_retriedConnect = false;
};

} // namespace tepat::bench
