#include "core/outbox/LetterRevocationOutbox.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

LetterRevocationOutbox::LetterRevocationOutbox(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status LetterRevocationOutbox::enqueue(qint64 letterId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO letter_revocation_outbox(letter_id, queued_at) VALUES(?, ?) "
                       "ON CONFLICT(letter_id) DO NOTHING"),
        {letterId, storedTime(m_clock.now())});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<PendingRevocation>> LetterRevocationOutbox::waiting(int limit) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT o.letter_id, l.number, r.reason, r.at, o.attempts, o.last_error "
                       "FROM letter_revocation_outbox o JOIN letter_revocation r ON r.letter_id "
                       "= o.letter_id JOIN letter l ON l.id = o.letter_id WHERE "
                       "o.acknowledged_at IS NULL ORDER BY o.queued_at, o.letter_id LIMIT ?"),
        {limit});
    if (!q) {
        return q.error();
    }
    QList<PendingRevocation> out;
    while (q->next()) {
        PendingRevocation p;
        p.letterId = q->value(0).toLongLong();
        p.number = q->value(1).toString();
        p.reason = IdentityNumberValidator::masked(q->value(2).toString());
        p.revokedAt = parseStoredTime(q->value(3).toString());
        p.attempts = q->value(4).toInt();
        p.lastError = q->value(5).toString();
        out << p;
    }
    return out;
}

Status LetterRevocationOutbox::acknowledge(qint64 letterId) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE letter_revocation_outbox SET acknowledged_at = ?, "
                                  "attempts = attempts + 1, last_error = '' WHERE letter_id = ?"),
                   {storedTime(m_clock.now()), letterId});
    if (!q) {
        return q.error();
    }
    return {};
}

Status LetterRevocationOutbox::noteFailure(qint64 letterId, const QString &message) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE letter_revocation_outbox SET attempts = attempts + 1, last_error "
                       "= ? WHERE letter_id = ?"),
        {message.left(500), letterId});
    if (!q) {
        return q.error();
    }
    return {};
}

} // namespace tepat
