#include "sync/client/ServerConnection.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "sync/protocol/Protocol.h"

#include <QJsonDocument>

namespace tepat::sync {

ServerConnection::ServerConnection(const Database &db, const Clock &clock,
                                   const SyncOptions &options, const std::atomic<bool> *cancelled)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
    , m_transport(options.server, options.timeoutMs, cancelled, options.trustedCertificates)
{}

void ServerConnection::setCredentials(const QString &refreshToken, const QByteArray &password,
                                      PasswordFn provider)
{
    m_refreshToken = refreshToken;
    m_password = password;
    m_provider = std::move(provider);
}

Status ServerConnection::applyTokens(const TokenReply &reply, SyncReport &report)
{
    if (reply.account.role != QLatin1String("operator")) {
        return Error{QStringLiteral("auth.not_operator"),
                     tr("Akun %1 bukan akun operator kelurahan/desa; sinkronisasi memerlukan "
                        "akun operator.")
                         .arg(reply.account.username)};
    }
    const QString village = m_db.setting(QStringLiteral("village_code"));
    if (!village.isEmpty() && reply.account.villageCode != village) {
        return Error{QStringLiteral("auth.other_village"),
                     tr("Akun %1 terdaftar untuk kelurahan/desa %2, bukan %3 seperti data di "
                        "komputer ini.")
                         .arg(reply.account.username, reply.account.villageCode, village)};
    }
    // Expiry measured on the server's clock, carried over to ours.
    const qint64 lifetime = reply.serverTime.isValid()
                                ? reply.serverTime.secsTo(reply.accessExpiresAt)
                                : m_clock.now().secsTo(reply.accessExpiresAt);
    m_accessExpiresAt = m_clock.now().addSecs(lifetime);
    m_transport.setAccessToken(reply.accessToken);
    m_serverId = reply.serverId;
    m_account = reply.account;
    if (reply.refreshToken != m_refreshToken) {
        m_refreshToken = reply.refreshToken;
        report.refreshToken = reply.refreshToken;
    }
    return {};
}

Status ServerConnection::signIn(SyncReport &report)
{
    if (m_transport.hasAccessToken() && m_clock.now().addSecs(30) < m_accessExpiresAt) {
        return {};
    }
    m_transport.setAccessToken({});
    if (!m_refreshToken.isEmpty()) {
        const HttpResult r = m_transport.send(
            "POST", apiPath("token/refresh"), {},
            QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken},
                                      {QStringLiteral("device_id"), m_options.deviceId}})
                .toJson(QJsonDocument::Compact));
        if (r.kind == HttpResult::Kind::Answered && r.status == 401) {
            m_refreshToken.clear();
            report.refreshTokenRejected = true;
        } else {
            Result<QJsonObject> body = Transport::parse(r);
            if (!body) {
                return body.error();
            }
            Result<TokenReply> reply = TokenReply::fromJson(*body);
            if (!reply) {
                return Error{QStringLiteral("net.bad_response"), reply.error().message};
            }
            return applyTokens(*reply, report);
        }
    }
    if (m_password.isEmpty() && m_provider) {
        if (const std::optional<QByteArray> given = m_provider()) {
            m_password = *given;
        }
    }
    if (m_password.isEmpty()) {
        report.needsPassword = true;
        return Error{QStringLiteral("auth.password_needed"),
                     tr("Masukkan kata sandi akun server pusat (%1) untuk sinkronisasi.")
                         .arg(m_options.username)};
    }
    const HttpResult r = m_transport.send(
        "POST", apiPath("login"), {},
        QJsonDocument(QJsonObject{{QStringLiteral("username"), m_options.username},
                                  {QStringLiteral("password"), QString::fromUtf8(m_password)},
                                  {QStringLiteral("device_id"), m_options.deviceId},
                                  {QStringLiteral("device_name"), m_options.deviceName}})
            .toJson(QJsonDocument::Compact));
    Result<QJsonObject> body = Transport::parse(r);
    if (!body) {
        if (body.error().code == QLatin1String("http.auth.invalid")) {
            m_password.clear();
            report.needsPassword = true;
        }
        return body.error();
    }
    Result<TokenReply> reply = TokenReply::fromJson(*body);
    if (!reply) {
        return Error{QStringLiteral("net.bad_response"), reply.error().message};
    }
    return applyTokens(*reply, report);
}

Result<HttpResult> ServerConnection::call(const QByteArray &method, const QString &path,
                                          const QUrlQuery &query, const QByteArray &body,
                                          const QByteArray &contentType, SyncReport &report)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (const Status s = signIn(report); !s) {
            return s.error();
        }
        HttpResult r = m_transport.send(method, path, query, body, contentType);
        if (r.kind == HttpResult::Kind::Answered && r.status == 401 && attempt == 0) {
            m_transport.setAccessToken({}); // expired or revoked: sign in again once
            continue;
        }
        if (r.kind != HttpResult::Kind::Answered) {
            return Transport::describe(r);
        }
        return r;
    }
    return Error{QStringLiteral("auth.rejected"),
                 tr("Server pusat menolak sesi masuk; masuk lagi dengan kata sandi.")};
}

Result<QJsonObject> ServerConnection::callJson(const QByteArray &method, const QString &path,
                                               const QUrlQuery &query, const QJsonObject &body,
                                               SyncReport &report)
{
    Result<HttpResult> r =
        call(method, path, query,
             method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
             "application/json", report);
    if (!r) {
        return r.error();
    }
    return Transport::parse(*r);
}

} // namespace tepat::sync
