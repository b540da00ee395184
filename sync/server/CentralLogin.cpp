// CentralServer's logins: throttled before any hashing, the argon2id check on a worker thread,
// the answer written back on the event thread.
#include "sync/server/CentralServer.h"

#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

namespace tepat::central {

namespace L = sync::limits;

CentralServer::Reply CentralServer::throttled(qint64 seconds) const
{
    Reply reply = error({QStringLiteral("auth.throttled"),
                         tr("Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 "
                            "detik.")
                             .arg(seconds)});
    reply.retryAfter = seconds;
    return reply;
}

std::variant<CentralServer::Reply, CentralServer::LoginJob>
CentralServer::prepareLogin(const QHttpServerRequest &request)
{
    Result<QJsonObject> in =
        sync::parseJsonObject(request.body(), {L::kJsonBody, L::kJsonDepth, L::kString});
    if (!in) {
        return error(in.error());
    }
    sync::JsonReader r(*in);
    LoginJob job;
    job.username = r.string("username", L::kIdentifier);
    const QString password = r.string("password", 1024);
    job.deviceId = r.string("device_id", L::kIdentifier);
    job.deviceName = r.string("device_name", 200, false);
    if (!r.ok()) {
        return error(r.error());
    }
    if (!Accounts::isDeviceId(job.deviceId)) {
        return error(
            {QStringLiteral("request.invalid"), Accounts::tr("Identitas perangkat tidak valid.")});
    }
    job.peer = m_peer;
    // Before any hashing: an address or a name that failed too often waits.
    if (const qint64 wait = m_throttle.wait(job.peer, job.username); wait > 0) {
        return throttled(wait);
    }
    Result<LoginAttempt> attempt = m_accounts->lookup(job.username);
    if (!attempt) {
        return error(attempt.error());
    }
    job.attempt = *attempt;
    job.password = password.toUtf8();
    return job;
}

CentralServer::Reply CentralServer::completeLogin(LoginJob &job, bool passwordMatches)
{
    job.password.fill('\0');
    Result<sync::TokenReply> reply =
        m_accounts->finishLogin(job.attempt, passwordMatches, job.deviceId, job.deviceName);
    if (reply) {
        m_throttle.succeeded(job.username);
        m_account = reply->account.username;
        return json(reply->toJson());
    }
    if (reply.error().code == QLatin1String("auth.invalid")) {
        m_throttle.failed(job.peer, job.username);
        // The name only when such an account exists: people type passwords into the name field.
        qWarning("login failed: account=%s peer=%s",
                 job.attempt.accountId != 0 ? qPrintable(job.username) : "?",
                 qPrintable(job.peer.toString()));
    }
    return error(reply.error());
}

void CentralServer::startLogin(const QHttpServerRequest &request, QTcpSocket *socket,
                               QElapsedTimer timer)
{
    std::variant<Reply, LoginJob> prepared = prepareLogin(request);
    if (Reply *now = std::get_if<Reply>(&prepared)) {
        answer(request, socket, *now, timer.elapsed());
        return;
    }
    auto job = std::make_shared<LoginJob>(std::move(std::get<LoginJob>(prepared)));
    const QString peerKey = LoginThrottle::addressKey(job->peer);
    if (m_hashing >= kHashQueue || m_hashingByPeer.value(peerKey) >= kHashPerAddress) {
        job->password.fill('\0');
        const bool fromThere = m_hashingByPeer.value(peerKey) >= kHashPerAddress;
        Reply busy = error({QStringLiteral("server.busy"),
                            fromThere ? tr("Masih ada percobaan masuk dari alamat ini yang "
                                           "sedang diperiksa; tunggu jawabannya dulu.")
                                      : tr("Server pusat sedang memeriksa banyak percobaan "
                                           "masuk; coba lagi sebentar lagi.")},
                           fromThere ? 429 : 503);
        busy.retryAfter = 2;
        answer(request, socket, busy, timer.elapsed());
        return;
    }
    ++m_hashing;
    ++m_hashingByPeer[peerKey];
    ConnectionGuard::setBusy(socket, true);
    // The request object lives as long as its socket (QHttpServer deletes it with the socket),
    // and the answer is written only while the socket is there.
    const QPointer<QTcpSocket> alive(socket);
    const QHttpServerRequest *pending = &request;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [this, watcher, job, alive, pending, peerKey, timer] {
                watcher->deleteLater();
                --m_hashing;
                if (--m_hashingByPeer[peerKey] <= 0) {
                    m_hashingByPeer.remove(peerKey);
                }
                m_account.clear();
                const Reply reply = completeLogin(*job, watcher->result());
                if (alive && alive->state() == QAbstractSocket::ConnectedState) {
                    ConnectionGuard::setBusy(alive, false);
                    answer(*pending, alive, reply, timer.elapsed());
                }
            });
    const QByteArray hash = job->attempt.hash;
    QByteArray password = job->password;
    watcher->setFuture(QtConcurrent::run(&m_hashPool, [hash, password]() mutable {
        const bool matches = Accounts::verify(hash, password);
        password.fill('\0');
        return matches;
    }));
}

} // namespace tepat::central
