#pragma once

#include "sync/client/SyncTypes.h"
#include "sync/client/Transport.h"
#include "sync/protocol/Messages.h"

#include <QCoreApplication>

namespace tepat {
class Clock;
class Database;
} // namespace tepat

namespace tepat::sync {

// The signed-in connection to tepat-central for one session: access token from the refresh
// token, or from the password when there is none (or it was refused); one retry after an
// expired access token.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    ServerConnection(const Database &db, const Clock &clock, const SyncOptions &options,
                     const std::atomic<bool> *cancelled);

    void setCredentials(const QString &refreshToken, const QByteArray &password,
                        PasswordFn provider);
    Status signIn(SyncReport &report);

    Result<QJsonObject> callJson(const QByteArray &method, const QString &path,
                                 const QUrlQuery &query, const QJsonObject &body,
                                 SyncReport &report);
    // For raw bodies (file chunks); the answer is returned as is, after one auth retry.
    Result<HttpResult> call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, const QByteArray &contentType,
                            SyncReport &report);

    const QString &serverId() const { return m_serverId; }
    const AccountInfo &account() const { return m_account; }
    Transport &transport() { return m_transport; }

private:
    Status applyTokens(const TokenReply &reply, SyncReport &report);

    const Database &m_db;
    const Clock &m_clock;
    const SyncOptions &m_options;
    Transport m_transport;
    QString m_refreshToken;
    QByteArray m_password;
    PasswordFn m_provider;
    QDateTime m_accessExpiresAt;
    QString m_serverId;
    AccountInfo m_account;
};

} // namespace tepat::sync
