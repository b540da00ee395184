// CentralServer's side of the review console: a console request is copied off Qt's request
// object and answered on a worker; a sign-in goes through the same throttle (event thread) and
// the same password-check pool and caps as the API's login.
#include "sync/server/CentralServer.h"

#include "sync/server/CentralServices.h"
#include "sync/server/CentralWorkers.h"
#include "sync/server/console/ConsoleSite.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace tepat::central {

void CentralServer::serveConsole(const QHttpServerRequest &request, QTcpSocket *socket,
                                 QElapsedTimer timer, bool dropAfterWork)
{
    console::ConsoleCall call{request.method(),
                              request.url().path(),
                              QUrlQuery(request.url()),
                              request.value("Cookie"),
                              request.value("Accept-Language"),
                              request.value("Origin"),
                              request.value("Host"),
                              request.value("Content-Type"),
                              request.body()};
    console::ConsoleSite *site = m_console.get();
    if (!console::ConsoleSite::isSignIn(call)) {
        offload(*m_work, request, socket, timer, dropAfterWork,
                [site, call = std::move(call)](CentralServices &services) {
                    return site->handle(call, services);
                });
        return;
    }
    auto job = std::make_shared<console::ConsoleSignIn>();
    if (std::optional<CentralReply> refused = site->readSignIn(call, *job)) {
        answer(request, socket, *refused, timer.elapsed());
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (const qint64 wait = m_throttle.wait(peer, job->username); wait > 0) {
        job->password.fill('\0');
        answer(request, socket, site->throttled(job->language, wait), timer.elapsed());
        return;
    }
    const QString peerKey = LoginThrottle::addressKey(peer);
    if (m_hashing >= kHashQueue || m_hashingByPeer.value(peerKey) >= kHashPerAddress) {
        job->password.fill('\0');
        answer(request, socket, site->busy(job->language), timer.elapsed());
        return;
    }
    ++m_hashing;
    ++m_hashingByPeer[peerKey];
    offload(
        *m_logins, request, socket, timer, dropAfterWork,
        [site, job](CentralServices &services) { return site->signIn(services, *job); },
        [this, job, peer, peerKey](const CentralReply &) {
            --m_hashing;
            if (--m_hashingByPeer[peerKey] <= 0) {
                m_hashingByPeer.remove(peerKey);
            }
            if (job->outcome == console::ConsoleSignIn::Outcome::Succeeded) {
                m_throttle.succeeded(job->username);
            } else if (job->outcome == console::ConsoleSignIn::Outcome::Failed) {
                m_throttle.failed(peer, job->username);
                qWarning("console sign-in failed: account=%s peer=%s",
                         job->accountExists ? qPrintable(job->username) : "?",
                         qPrintable(peer.toString()));
            }
        });
}

} // namespace tepat::central
