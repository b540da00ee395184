#include "sync/server/LoginBackoff.h"

#include "core/common/Clock.h"
#include "sync/server/CentralDatabase.h"

namespace tepat::central {

namespace {

QString kindName(LoginThrottle::Kind kind)
{
    return kind == LoginThrottle::Kind::Address ? QStringLiteral("address")
                                                : QStringLiteral("name");
}

} // namespace

Status LoginBackoff::keep(const CentralDatabase &db, const QList<LoginThrottle::Change> &changes)
{
    CentralTransaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    for (const LoginThrottle::Change &c : changes) {
        Result<QSqlQuery> q = db.query(
            QStringLiteral(
                "INSERT INTO login_backoff(kind, key, failures, last_at, blocked_until, seq) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET failures = "
                "excluded.failures, last_at = excluded.last_at, blocked_until = "
                "excluded.blocked_until, seq = excluded.seq WHERE login_backoff.seq < "
                "excluded.seq"),
            {kindName(c.kind), c.key, c.entry.failures, storedTime(c.entry.last),
             c.entry.blockedUntil.isValid() ? storedTime(c.entry.blockedUntil) : QString(), c.seq});
        if (!q) {
            return q.error();
        }
    }
    return tx.commit();
}

Result<QList<LoginThrottle::Change>> LoginBackoff::load(const CentralDatabase &db)
{
    Result<QSqlQuery> q = db.query(QStringLiteral(
        "SELECT kind, key, failures, last_at, blocked_until, seq FROM login_backoff"));
    if (!q) {
        return q.error();
    }
    QList<LoginThrottle::Change> changes;
    while (q->next()) {
        LoginThrottle::Change c;
        c.kind = q->value(0).toString() == QLatin1String("address") ? LoginThrottle::Kind::Address
                                                                    : LoginThrottle::Kind::Name;
        c.key = q->value(1).toString();
        c.entry.failures = q->value(2).toInt();
        c.entry.last = parseStoredTime(q->value(3).toString());
        c.entry.blockedUntil = parseStoredTime(q->value(4).toString());
        c.seq = q->value(5).toLongLong();
        changes.append(c);
    }
    return changes;
}

Status LoginBackoff::forgetBefore(const CentralDatabase &db, const QDateTime &before)
{
    Result<QSqlQuery> q = db.query(QStringLiteral("DELETE FROM login_backoff WHERE last_at < ?"),
                                   {storedTime(before)});
    return q ? Status{} : Status(q.error());
}

} // namespace tepat::central
