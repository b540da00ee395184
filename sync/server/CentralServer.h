#pragma once

#include "core/common/Result.h"
#include "sync/server/CentralRoutes.h"
#include "sync/server/ConnectionGuard.h"
#include "sync/server/LetterCheckPage.h"
#include "sync/server/LoginThrottle.h"
#include "sync/server/ServerConfig.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <memory>
#include <variant>

namespace tepat {
class Clock;
}

namespace tepat::central {

namespace console {
class ConsoleSite;
}
class BlobStore;
class CentralDatabase;
class CentralRegister;
class CentralServices;
class CentralWorkers;
class RequestDesk;

// tepat-central: the reference central server (docs/sync-protocol.md). Qt HttpServer on one
// event thread that only accepts, guards and answers connections; the store work of every
// request runs on a bounded pool of worker threads with a connection each (CentralWorkers,
// CentralRoutes), password checks on a pool of their own. One request per connection is in
// flight at a time (ConnectionGuard cuts pipelining), so answers keep their order; every request
// is one transaction. Limits are enforced before anything is buffered; a JSON error body for
// every refusal.
class CentralServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr int kHashThreads = 2;    // both cores of the reference machine
    static constexpr int kHashQueue = 8;      // checks running or waiting, altogether
    static constexpr int kHashPerAddress = 2; // the same, from one client address
    // Password checks run niced: a burst of logins (argon2id, 64 MiB and about half a second
    // of a core each) takes the CPU the pushes and pulls leave, not theirs.
    static constexpr int kHashNiceness = 10;

    static Result<std::unique_ptr<CentralServer>> create(const ServerConfig &config,
                                                         const Clock &clock);
    ~CentralServer() override;

    // Port 0 picks a free port; returns the port listened on. Without TLS only on loopback. The
    // first call starts the worker threads (and opens their connections).
    Result<quint16> listenOn(const QHostAddress &address, quint16 port);
    void stopListening();

    // For tests: connection cuts, errors and silence on chosen requests (asked once per
    // request when it is handled), and cuts in the middle of a request body (asked once per
    // request when its headers arrive).
    void setFaultPlan(FaultPlan plan) { m_faults = std::move(plan); }
    void setBodyCutPlan(FaultPlan plan) { m_bodyCuts = std::move(plan); }
    // For the benchmark: every request handled (method, path with query, content type, body).
    using Recorder = std::function<void(const QByteArray &method, const QString &target,
                                        const QByteArray &contentType, const QByteArray &body)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }

    // The services on this thread's own connection (command-line tools, tests).
    CentralDatabase &database() const;
    const Accounts &accounts() const;
    const CentralRegister &registry() const;
    const RequestDesk &desk() const;
    const BlobStore &blobs() const;
    const ConnectionGuard &guard() const { return m_guard; }

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    CentralServer(const ServerConfig &config, const Clock &clock);
    Result<QSslConfiguration> tlsConfiguration() const;
    Status startWorkers();
    // umask 077; the folder 0700, everything in it 0700 (folders) or 0600 (files).
    static Status restrictDataFolder(const QString &dataDir);
    // A login waiting for its password check, and what came of it.
    struct LoginJob
    {
        QString username;
        QString deviceId;
        QString deviceName;
        QByteArray password;
        QHostAddress peer;
        bool accountExists = false;
        enum class Outcome
        {
            Refused, // before or besides the password (invalid device, store failure, …)
            Failed,  // wrong name or password
            Succeeded
        } outcome = Outcome::Refused;
    };
    using Work = std::function<CentralReply(CentralServices &)>;
    using AfterWork = std::function<void(const CentralReply &)>;
    // Runs `work` on `pool` while the connection waits (not idle), then, on this thread,
    // `after` and the answer (or the injected cut). 503 at once when the pool's queue is full.
    void offload(CentralWorkers &pool, const QHttpServerRequest &request, QTcpSocket *socket,
                 QElapsedTimer timer, bool dropAfterWork, Work work, AfterWork after = {});
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, const CentralReply &reply,
                qint64 elapsedMs);
    // CentralLogin.cpp: logins, throttled on this thread before anything else, the store and
    // the argon2id check on a login worker.
    std::variant<CentralReply, LoginJob> prepareLogin(const QHttpServerRequest &request,
                                                      const QHostAddress &peer) const;
    void startLogin(const QHttpServerRequest &request, QTcpSocket *socket, QElapsedTimer timer,
                    bool dropAfterWork);
    // On the login worker: also counts the outcome in the throttle and keeps it in the store
    // before the answer goes out.
    static CentralReply checkLogin(CentralServices &services, LoginThrottle &throttle,
                                   LoginJob &job);
    void loginDone(const LoginJob &job);
    CentralReply throttled(qint64 seconds) const;
    // console/ConsoleServing.cpp: the review console's pages, its sign-in through the same
    // throttle and password-check pool as the API's.
    void serveConsole(const QHttpServerRequest &request, QTcpSocket *socket, QElapsedTimer timer,
                      bool dropAfterWork);

    ServerConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<CentralServices> m_own;
    std::unique_ptr<CentralWorkers> m_work;
    std::unique_ptr<CentralWorkers> m_logins;
    FaultPlan m_faults;
    FaultPlan m_bodyCuts;
    Recorder m_recorder;
    ConnectionGuard m_guard;
    LoginThrottle m_throttle;
    LetterCheckLimit m_letterChecks;     // GET /v/<code>, per address
    int m_hashing = 0;                   // password checks running or queued
    QHash<QString, int> m_hashingByPeer; // the same, per client address
    std::unique_ptr<console::ConsoleSite> m_console;
};

} // namespace tepat::central
