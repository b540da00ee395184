#pragma once

#include "Accounts.h"
#include "ConnectionGuard.h"
#include "common/Result.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>

#include <memory>

namespace tepat {
class Clock;
}

namespace tepat::central {

class BlobStore;
class CentralDatabase;
class CentralRegister;
class RequestDesk;

struct ServerConfig
{
    QString dataDir;
    QString databaseUrl; // empty: SQLite in dataDir
    QString certificateFile;
    QString keyFile;
    Accounts::HashStrength hashStrength = Accounts::HashStrength::Interactive;
    bool logRequests = false;
    // Bytes of files one village may keep on the server; 0 for no limit.
    qint64 villageQuotaBytes = qint64(5) * 1024 * 1024 * 1024;
};

// tepat-central: the reference central server (docs/sync-protocol.md). Qt HttpServer, one
// thread, every request one transaction; limits enforced before anything is buffered; a JSON
// error body for every refusal.
class CentralServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<CentralServer>> create(const ServerConfig &config,
                                                         const Clock &clock);
    ~CentralServer() override;

    // Port 0 picks a free port; returns the port listened on.
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

    CentralDatabase &database() const { return *m_db; }
    const Accounts &accounts() const { return *m_accounts; }
    const CentralRegister &registry() const { return *m_register; }
    const RequestDesk &desk() const { return *m_desk; }
    const BlobStore &blobs() const { return *m_blobs; }

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };

    CentralServer(const ServerConfig &config, const Clock &clock);
    // `content`: the body, decoded from its Content-Encoding.
    Reply route(const QHttpServerRequest &request, const QString &path, const QByteArray &content);
    Reply json(const QJsonObject &body, int status = 200) const;
    Reply error(const Error &error, int status = 0) const;
    static int statusFor(const QString &code);

    ServerConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<CentralDatabase> m_db;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<CentralRegister> m_register;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<RequestDesk> m_desk;
    FaultPlan m_faults;
    FaultPlan m_bodyCuts;
    Recorder m_recorder;
    ConnectionGuard m_guard;
};

} // namespace tepat::central
