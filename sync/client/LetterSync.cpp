#include "sync/client/LetterSync.h"

#include "core/common/Clock.h"
#include "core/letters/LetterSigner.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "sync/client/ServerConnection.h"
#include "sync/client/Transport.h"
#include "sync/protocol/Protocol.h"

#include <QJsonObject>

namespace tepat::sync {

namespace {

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

LetterSync::LetterSync(const Database &db, const Clock &clock, ServerConnection &server)
    : m_db(db)
    , m_clock(clock)
    , m_server(server)
{}

int LetterSync::registerKeys(SyncReport &report) const
{
    const LetterSigner signer(m_db, m_clock);
    const Result<QList<PublicLetterKey>> keys = signer.keysToRegister();
    if (!keys) {
        return 0;
    }
    int taken = 0;
    for (const PublicLetterKey &key : *keys) {
        QJsonObject body{{QStringLiteral("public_key"), base64Url(key.publicKey)}};
        if (!key.endorsement.isEmpty()) {
            body.insert(QStringLiteral("endorsement"), base64Url(key.endorsement));
        }
        const Result<QJsonObject> answer =
            m_server.callJson("POST", apiPath("letter-key"), {}, body, report);
        // A key the server has already seen replaced by a later one is as good as taken.
        if (!answer && answer.error().code != QLatin1String("http.letter.key_retired")) {
            qInfo("letter key not registered: %s", qPrintable(answer.error().code));
            if (Transport::isTransient(answer.error()) ||
                answer.error().code.startsWith(QLatin1String("auth."))) {
                return taken; // the network or the session: the rest waits as well
            }
            continue; // refused: the server judges the next key on its own
        }
        if (!signer.markRegistered(key.keyId)) {
            return taken;
        }
        ++taken;
    }
    return taken;
}

int LetterSync::sendRevocations(SyncReport &report) const
{
    const LetterRevocationOutbox outbox(m_db, m_clock);
    const Result<QList<PendingRevocation>> waiting = outbox.waiting();
    if (!waiting) {
        return 0;
    }
    int taken = 0;
    for (const PendingRevocation &r : *waiting) {
        const QJsonObject body{{QStringLiteral("number"), r.number},
                               {QStringLiteral("reason"), r.reason},
                               {QStringLiteral("revoked_at"), storedTime(r.revokedAt)}};
        const Result<QJsonObject> answer =
            m_server.callJson("POST", apiPath("letter-revocations"), {}, body, report);
        if (!answer) {
            const Status noted = outbox.noteFailure(r.letterId, answer.error().code);
            if (!noted || Transport::isTransient(answer.error()) ||
                answer.error().code.startsWith(QLatin1String("auth."))) {
                return taken; // the network or the session: the rest waits as well
            }
            continue;
        }
        if (outbox.acknowledge(r.letterId)) {
            ++taken;
        }
    }
    return taken;
}

} // namespace tepat::sync
