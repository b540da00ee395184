#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/outbox/RequestEnvelope.h"
#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace tepat {

class Clock;
class Database;

// One request in the outbox, as the operator and the sender see it.
struct OutboxEntry
{
    qint64 requestId = 0;
    QString key; // idempotency key (change_request.uuid)
    RequestKind kind = RequestKind::Correction;
    RequestState state = RequestState::Queued;
    QString householdId;
    QString personId;
    QString payloadSha256;
    int attempts = 0;
    QDateTime lastAttemptAt;
    QString lastError;
    QString parkedCode;
    QString parkedMessage;
    QDateTime parkedAt;
    QDateTime acknowledgedAt;
    QJsonObject conflict;
    bool resend = false;

    bool isParked() const { return !parkedCode.isEmpty(); }
    bool isWaiting() const { return !acknowledgedAt.isValid() || resend; }
};

// What the sender pushes: the entry and its envelope as it stands now.
struct OutboxBatchItem
{
    qint64 requestId = 0;
    QString key;
    RequestState state = RequestState::Queued;
    QJsonObject envelope;
    QString payloadSha256;
    QList<AttachmentRef> attachments;
    QJsonObject visit; // the envelope's `visit`, empty when the request names none
    qint64 bytes = 0;  // canonical envelope size
};

// A decision of Dinsos on a request, as it came back from the server.
struct DecisionEntry
{
    qint64 requestId = 0;
    RequestKind kind = RequestKind::Correction;
    QString householdId;
    RequestState state = RequestState::Verified;
    QString reason;
    QString actor;
    QDateTime at;
};

struct OutboxSummary
{
    int approvedNotQueued = 0; // decided in musyawarah, not yet put in the outbox
    int waiting = 0;           // not acknowledged and not parked
    int inFlight = 0;          // sent, acknowledgement not yet seen
    int parked = 0;            // refused, waiting for the operator
    int withConflict = 0;      // acknowledged, flagged as conflict by the server
    QHash<RequestState, int> byState;
};

// The outbox of approved change requests (store logic, no network). Only requests in state
// Approved enter it (Approved -> Queued); nothing leaves it before the server acknowledged it;
// a refused item is parked with the server's reason, can be fixed in place and sent again,
// while the items behind it continue. Every state change goes through
// ChangeRequestRepository::transition() with an actor and a reason.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    // The actor recorded for what the central server decided or acknowledged.
    static QString serverActor() { return QStringLiteral("tepat-central"); }

    Outbox(const Database &db, const Clock &clock, QString filesRoot);

    // What a person does with the outbox needs Permission::Send of their session: putting
    // requests in, fixing and resending parked ones, confirming again after a restored server.
    // The sync's own steps (markSending … noteTransientFailure) run inside a sync that person
    // started and name the actor only.

    // Approved -> Queued. Refused when a file the request refers to is missing locally.
    Status enqueue(qint64 requestId, const Session &session) const;
    // Every approved request; returns how many entered the outbox.
    Result<int> enqueueApproved(const Session &session) const;

    Result<OutboxEntry> entry(qint64 requestId) const;
    // Entries in request order after `afterRequestId`; acknowledged ones only when asked.
    Result<QList<OutboxEntry>> list(bool includeAcknowledged, int limit = 500,
                                    qint64 afterRequestId = 0) const;
    Result<OutboxSummary> summary() const;

    // The next items to send: waiting, not parked, in order, at most maxItems and about
    // maxBytes of envelopes (always at least one).
    Result<QList<OutboxBatchItem>> nextBatch(int maxItems, qint64 maxBytes,
                                             qint64 afterRequestId = 0) const;

    // Queued -> Sent for the items about to be transmitted; counts the attempt.
    Status markSending(const QList<qint64> &requestIds, const QString &actor) const;
    // The server stored the item: -> Received, the item leaves the queue.
    Status acknowledge(qint64 requestId, const QDateTime &receivedAt, const QJsonObject &conflict,
                       const QString &actor) const;
    // The server refused the item: parked with its reason (Sent -> Queued).
    Status park(qint64 requestId, const QString &code, const QString &message,
                const QString &actor) const;
    // A failure that says nothing about the item itself (network, server busy).
    Status noteTransientFailure(const QList<qint64> &requestIds, const QString &message) const;

    // The operator's fix of a parked item, and sending it again.
    Status editPayload(qint64 requestId, const QJsonObject &payload, const Session &session) const;
    Status resend(qint64 requestId, const Session &session) const;
    // After a restored server: confirm every acknowledged but undecided request again.
    Result<int> markForResend(const Session &session) const;

    // Moves a request forward along the lifecycle to `target` (e.g. sent -> received ->
    // verified), one recorded step at a time. Steps back to Queued are never taken. Does
    // nothing when the request is already at or past the target.
    static Status advance(const Database &db, const Clock &clock, qint64 requestId,
                          RequestState target, const QString &actor, const QString &reason);

    Result<QList<AttachmentRef>> attachments(qint64 requestId) const;
    // Newest first; for one household when `householdId` is given.
    Result<QList<DecisionEntry>> decisions(int limit, const QString &householdId = {}) const;

private:
    // `entering`: the request is entering the outbox (its visit is read from the store, not
    // from the item).
    Result<OutboxBatchItem> buildItem(qint64 requestId, bool entering = false) const;
    Result<QJsonObject> keptVisit(qint64 requestId) const;

    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
};

} // namespace tepat
