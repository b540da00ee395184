#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tepat {

class Database;

// A problem with the server that stops the pull until an operator looks at it.
struct SyncAlert
{
    QString code; // "sync.sequence_regressed", "sync.server_changed"
    QString message;
    QDateTime at;
    bool isSet() const { return !code.isEmpty(); }
};

// Where the replica stands against the central server (replica_state): the server it pulls
// from, the cursor, the highest sequence seen, the snapshot's progress, the audit anchor and
// any alert. Writes happen inside the caller's transaction.
class ReplicaState
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaState)

public:
    explicit ReplicaState(const Database &db);

    QString serverId() const;
    qint64 cursor() const;
    qint64 lastSeenSequence() const;
    // Snapshot paging: done once the whole snapshot was applied.
    bool snapshotDone() const;
    QString snapshotNext() const;
    qint64 snapshotAsOf() const;
    // The audit entry the server acknowledged last (docs/sync-protocol.md, "Audit trail head").
    qint64 auditAnchorId() const;
    bool auditRewritten() const;
    SyncAlert alert() const;

    Status setServerId(const QString &id) const;
    Status setCursor(qint64 cursor, qint64 lastSeen) const;
    Status setSnapshotProgress(const QString &next, qint64 asOf, bool done) const;
    Status setAuditAnchor(qint64 id, bool rewritten) const;
    Status setAlert(const SyncAlert &alert) const;
    Status clearAlert() const;
    // After an operator confirmed a restored or new server: start again from a snapshot.
    Status resetForNewServer(const QString &serverId) const;

private:
    QString value(const char *key) const;
    Status set(const char *key, const QString &value) const;

    const Database &m_db;
};

} // namespace tepat
