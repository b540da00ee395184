#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace tepat {

class Clock;
class Database;

// One change of the server's stream (or one record of a snapshot, seq 0).
struct ReplicaChange
{
    qint64 seq = 0;
    QString entity; // household, person, request, disbursement
    QString id;
    qint64 version = 0;
    QString source; // register, civil_registry, review, disbursement
    QDateTime at;
    QJsonObject data;
};

struct ApplyReport
{
    int applied = 0;   // records written
    int stale = 0;     // not newer than the replica: ignored
    int held = 0;      // kept aside: the record has an unsent local change
    int decisions = 0; // request states from Dinsos
    int ignored = 0;   // decisions about requests this installation does not have
    int released = 0;  // held versions written because their request left the outbox
};

// Applies what the central server sends to the replica (store logic, no network): register
// records by version, civil-registry status changes with their history, and Dinsos' decisions
// as request lifecycle steps. A page is applied in one transaction together with the cursor,
// so the cursor moves only when the changes are committed. A pull never overwrites an unsent
// local change: see docs/sync-protocol.md ("Unsent local change, precisely").
class ReplicaApplier
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaApplier)

public:
    ReplicaApplier(const Database &db, const Clock &clock);

    // A page of the change stream; the cursor becomes `cursor` in the same transaction.
    Result<ApplyReport> applyChanges(const QList<ReplicaChange> &changes, qint64 cursor,
                                     qint64 latestSequence) const;
    // A page of the initial snapshot; `next` empty means it was the last page, after which
    // the cursor is the snapshot's sequence.
    Result<ApplyReport> applySnapshot(const QList<ReplicaChange> &records, const QString &next,
                                      qint64 asOfSequence) const;
    // Writes held versions whose records no longer have an unsent local change.
    Result<int> releaseHeld() const;
    Result<int> heldCount() const;
    // Whether the record (entity household/person) has an unsent local change.
    Result<bool> hasUnsentChange(const QString &entity, const QString &id) const;

    // Test hook: the apply fails before the change with this index (all-or-nothing proof).
    void failBefore(int index) { m_failBefore = index; }

private:
    Status applyOne(const ReplicaChange &change, ApplyReport &report) const;
    Status applyRecord(const ReplicaChange &change, ApplyReport &report, bool fromHeld) const;
    Status writeHousehold(const ReplicaChange &change) const;
    Status writePerson(const ReplicaChange &change) const;
    Status applyDecision(const ReplicaChange &change, ApplyReport &report) const;
    Status applyDisbursement(const ReplicaChange &change, ApplyReport &report) const;
    Status hold(const ReplicaChange &change) const;
    Result<qint64> localVersion(const QString &entity, const QString &id) const;

    const Database &m_db;
    const Clock &m_clock;
    int m_failBefore = -1;
};

} // namespace tepat
