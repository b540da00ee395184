#include "core/replica/ReplicaState.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

ReplicaState::ReplicaState(const Database &db)
    : m_db(db)
{}

QString ReplicaState::value(const char *key) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT value FROM replica_state WHERE key = ?"),
                   {QString::fromLatin1(key)});
    if (!q || !q->next()) {
        return {};
    }
    return q->value(0).toString();
}

Status ReplicaState::set(const char *key, const QString &value) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("INSERT INTO replica_state(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {QString::fromLatin1(key), value});
    if (!q) {
        return q.error();
    }
    return {};
}

QString ReplicaState::serverId() const
{
    return value("server_id");
}

qint64 ReplicaState::cursor() const
{
    return value("cursor").toLongLong();
}

qint64 ReplicaState::lastSeenSequence() const
{
    return value("last_seen_sequence").toLongLong();
}

bool ReplicaState::snapshotDone() const
{
    return value("snapshot_done") == QLatin1String("1");
}

QString ReplicaState::snapshotNext() const
{
    return value("snapshot_next");
}

qint64 ReplicaState::snapshotAsOf() const
{
    return value("snapshot_as_of").toLongLong();
}

qint64 ReplicaState::auditAnchorId() const
{
    return value("audit_anchor_id").toLongLong();
}

bool ReplicaState::auditRewritten() const
{
    return value("audit_rewritten") == QLatin1String("1");
}

SyncAlert ReplicaState::alert() const
{
    return {value("alert_code"), value("alert_message"), parseStoredTime(value("alert_at"))};
}

Status ReplicaState::setServerId(const QString &id) const
{
    return set("server_id", id);
}

Status ReplicaState::setCursor(qint64 cursor, qint64 lastSeen) const
{
    if (const Status s = set("cursor", QString::number(cursor)); !s) {
        return s;
    }
    return set("last_seen_sequence", QString::number(qMax(lastSeen, lastSeenSequence())));
}

Status ReplicaState::setSnapshotProgress(const QString &next, qint64 asOf, bool done) const
{
    if (const Status s = set("snapshot_next", next); !s) {
        return s;
    }
    if (const Status s = set("snapshot_as_of", QString::number(asOf)); !s) {
        return s;
    }
    return set("snapshot_done", done ? QStringLiteral("1") : QStringLiteral("0"));
}

Status ReplicaState::setAuditAnchor(qint64 id, bool rewritten) const
{
    if (const Status s = set("audit_anchor_id", QString::number(id)); !s) {
        return s;
    }
    return set("audit_rewritten", rewritten ? QStringLiteral("1") : QStringLiteral("0"));
}

Status ReplicaState::setAlert(const SyncAlert &alert) const
{
    if (const Status s = set("alert_code", alert.code); !s) {
        return s;
    }
    if (const Status s = set("alert_message", alert.message); !s) {
        return s;
    }
    return set("alert_at", storedTime(alert.at));
}

Status ReplicaState::clearAlert() const
{
    return setAlert({});
}

Status ReplicaState::resetForNewServer(const QString &serverId) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    for (const Status &s :
         {setServerId(serverId), set("cursor", QStringLiteral("0")),
          set("last_seen_sequence", QStringLiteral("0")), setSnapshotProgress({}, 0, false),
          setAuditAnchor(0, false), clearAlert()}) {
        if (!s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace tepat
