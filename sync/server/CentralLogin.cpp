// CentralServer's logins: throttled on the event thread before any hashing, the account's
// lookup, the argon2id check and the tokens on a login worker, the throttle's bookkeeping and
// the answer back on the event thread.
#include "sync/server/CentralServer.h"

#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"
#include "sync/server/CentralServices.h"
#include "sync/server/CentralWorkers.h"
#include "sync/server/LoginBackoff.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace tepat::central {

namespace L = sync::limits;

CentralReply CentralServer::throttled(qint64 seconds) const
{
    CentralReply reply =
        CentralRoutes::error({QStringLiteral("auth.throttled"),
                              tr("Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah "
                                 "%1 detik.")
                                  .arg(seconds)});
    reply.retryAfter = seconds;
    return reply;
}

std::variant<CentralReply, CentralServer::LoginJob>
CentralServer::prepareLogin(const QHttpServerRequest &request, const QHostAddress &peer) const
{
    Result<QJsonObject> in =
        sync::parseJsonObject(request.body(), {L::kJsonBody, L::kJsonDepth, L::kString});
    if (!in) {
        return CentralRoutes::error(in.error());
    }
    sync::JsonReader r(*in);
    LoginJob job;
    job.username = r.string("username", L::kIdentifier);
    const QString password = r.string("password", 1024);
    job.deviceId = r.string("device_id", L::kIdentifier);
    job.deviceName = r.string("device_name", 200, false);
    if (!r.ok()) {
        return CentralRoutes::error(r.error());
    }
    if (!Accounts::isDeviceId(job.deviceId)) {
        return CentralRoutes::error(
            {QStringLiteral("request.invalid"), Accounts::tr("Identitas perangkat tidak valid.")});
    }
    job.peer = peer;
    // Before any hashing: an address or a name that failed too often waits.
    if (const qint64 wait = m_throttle.wait(job.peer, job.username); wait > 0) {
        return throttled(wait);
    }
    job.password = password.toUtf8();
    return job;
}

CentralReply CentralServer::checkLogin(CentralServices &services, LoginThrottle &throttle,
                                       LoginJob &job)
{
    Result<LoginAttempt> attempt = services.accounts().lookup(job.username);
    if (!attempt) {
        job.password.fill('\0');
        return CentralRoutes::error(attempt.error());
    }
    const bool matches = Accounts::verify(attempt->hash, job.password);
    job.password.fill('\0');
    job.accountExists = attempt->accountId != 0;
    Result<sync::TokenReply> reply =
        services.accounts().finishLogin(*attempt, matches, job.deviceId, job.deviceName);
    const auto keep = [&services](const QList<LoginThrottle::Change> &changes) {
        // Not kept: the count still holds until a restart; the login's answer stands.
        (void)LoginBackoff::keep(services.database(), changes);
    };
    if (!reply) {
        if (reply.error().code == QLatin1String("auth.invalid")) {
            job.outcome = LoginJob::Outcome::Failed;
            keep(throttle.failed(job.peer, job.username));
        }
        return CentralRoutes::error(reply.error());
    }
    job.outcome = LoginJob::Outcome::Succeeded;
    keep({throttle.succeeded(job.username)});
    CentralReply answer = CentralRoutes::json(reply->toJson());
    answer.account = reply->account.username;
    return answer;
}

void CentralServer::loginDone(const LoginJob &job)
{
    if (job.outcome == LoginJob::Outcome::Failed) {
        // The name only when such an account exists: people type passwords into the name field.
        qWarning("login failed: account=%s peer=%s",
                 job.accountExists ? qPrintable(job.username) : "?",
                 qPrintable(job.peer.toString()));
    }
}

void CentralServer::startLogin(const QHttpServerRequest &request, QTcpSocket *socket,
                               QElapsedTimer timer, bool dropAfterWork)
{
    std::variant<CentralReply, LoginJob> prepared = prepareLogin(request, socket->peerAddress());
    if (CentralReply *now = std::get_if<CentralReply>(&prepared)) {
        answer(request, socket, *now, timer.elapsed());
        return;
    }
    auto job = std::make_shared<LoginJob>(std::move(std::get<LoginJob>(prepared)));
    const QString peerKey = LoginThrottle::addressKey(job->peer);
    if (m_hashing >= kHashQueue || m_hashingByPeer.value(peerKey) >= kHashPerAddress) {
        job->password.fill('\0');
        const bool fromThere = m_hashingByPeer.value(peerKey) >= kHashPerAddress;
        CentralReply busy = CentralRoutes::error(
            {QStringLiteral("server.busy"),
             fromThere ? tr("Masih ada percobaan masuk dari alamat ini yang sedang diperiksa; "
                            "tunggu jawabannya dulu.")
                       : tr("Server pusat sedang memeriksa banyak percobaan masuk; coba lagi "
                            "sebentar lagi.")},
            fromThere ? 429 : 503);
        busy.retryAfter = 2;
        answer(request, socket, busy, timer.elapsed());
        return;
    }
    ++m_hashing;
    ++m_hashingByPeer[peerKey];
    offload(
        *m_logins, request, socket, timer, dropAfterWork,
        [this, job](CentralServices &services) { return checkLogin(services, m_throttle, *job); },
        [this, job, peerKey](const CentralReply &) {
            --m_hashing;
            if (--m_hashingByPeer[peerKey] <= 0) {
                m_hashingByPeer.remove(peerKey);
            }
            loginDone(*job);
        });
}

} // namespace tepat::central
