#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>

namespace tepat {

class Clock;
class Database;

// A revoked letter on its way to the regency server.
struct PendingRevocation
{
    qint64 letterId = 0;
    QString number;
    QString reason; // as recorded, anything like a NIK masked
    QDateTime revokedAt;
    int attempts = 0;
    QString lastError;
};

// The outbox of letter revocations (table letter_revocation_outbox; store logic, no network):
// LetterRevocation queues one in the revocation's own transaction, the sync (LetterSync) sends
// what waits to POST /api/v1/letter-revocations and acknowledges it; until then the public
// letter check does not know the letter was withdrawn. The sync's steps name no person: they run
// inside a sync that a person with Permission::Send started.
class LetterRevocationOutbox
{
public:
    LetterRevocationOutbox(const Database &db, const Clock &clock);

    // Queues the revocation of `letterId`, inside the caller's transaction; again: nothing.
    Status enqueue(qint64 letterId) const;
    // What waits, oldest first.
    Result<QList<PendingRevocation>> waiting(int limit = 200) const;
    // The server took it: it leaves the queue.
    Status acknowledge(qint64 letterId) const;
    // The server or the network refused it this time: counted, kept in the queue.
    Status noteFailure(qint64 letterId, const QString &message) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
