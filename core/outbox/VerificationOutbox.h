#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/outbox/RequestEnvelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace tepat {

class Clock;
class Database;

// A verification result on its way to tepat-central (or there), one per visit revision.
struct VerificationItem
{
    qint64 id = 0;
    QString key; // idempotency key of the push
    QString visitUuid;
    int visitRevision = 0;
    QString householdId;
    QJsonObject envelope; // the push item's `request`, kind "verification", fixed when queued
    QString payloadSha256;
    QList<AttachmentRef> attachments; // the house photos it carries
    int attempts = 0;
    QString lastError;
    QString parkedCode;
    QString parkedMessage;
    QDateTime queuedAt;
    QDateTime acknowledgedAt;
    QString decision; // Dinsos' answer from the pull stream: verified, dinsos_rejected
    QString decisionReason;

    bool isParked() const { return !parkedCode.isEmpty(); }
};

// The outbox of verification results on their own (table verification_outbox; store logic, no
// network): a household already in the register whose visit proposes no change — the family
// was met and confirmed, or not found, or refused — is reported to Dinsos without a musyawarah,
// since nothing in the register changes. Queueing needs Permission::Send and is audited; the
// same visit revision queued again is the same item (one key); the sync (VerificationSender)
// pushes what waits and acknowledges it, like an outbox request.
class VerificationOutbox
{
    Q_DECLARE_TR_FUNCTIONS(VerificationOutbox)

public:
    VerificationOutbox(const Database &db, const Clock &clock, QString filesRoot);

    static bool permitted(const Session &session) { return session.can(Permission::Send); }

    // Queues the visit's verification result (its current revision). Refused: no such visit,
    // the household is not in the register, the visit found a member change (that goes as a
    // request drafted from the visit), a house photo missing on this computer.
    Result<VerificationItem> enqueue(const Session &session, const QString &visitUuid) const;

    // The item of the visit's current revision, if queued.
    Result<std::optional<VerificationItem>> ofVisit(const QString &visitUuid) const;
    Result<std::optional<VerificationItem>> byKey(const QString &key) const;
    // Not acknowledged and not parked, oldest first.
    Result<QList<VerificationItem>> waiting(int limit = 200) const;

    // The sync's steps (inside a sync a person with Permission::Send started).
    Status markSending(qint64 id) const;
    Status acknowledge(qint64 id, const QDateTime &receivedAt) const;
    Status park(qint64 id, const QString &code, const QString &message) const;
    Status noteTransientFailure(qint64 id, const QString &message) const;
    // Dinsos' decision from the pull stream; false when the key is not a verification result.
    Result<bool> recordDecision(const QString &key, const QString &state, const QString &reason,
                                const QString &actor, const QDateTime &at) const;

private:
    Result<std::optional<VerificationItem>> one(const QString &where,
                                                const QVariantList &values) const;

    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
};

} // namespace tepat
