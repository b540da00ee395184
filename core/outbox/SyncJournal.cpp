#include "core/outbox/SyncJournal.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

SyncJournal::SyncJournal(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<qint64> SyncJournal::begin(const QString &actor) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("INSERT INTO sync_run(started_at, actor) VALUES (?, ?)"),
                   {storedTime(m_clock.now()), actor});
    if (!q) {
        return q.error();
    }
    return q->lastInsertId().toLongLong();
}

Status SyncJournal::finish(const SyncRun &run) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE sync_run SET finished_at = ?, outcome = ?, sent = ?, "
                       "acknowledged = ?, parked = ?, pulled = ?, decisions = ?, message = ? "
                       "WHERE id = ?"),
        {storedTime(m_clock.now()), code(run.outcome.value_or(SyncOutcome::Failed)), run.sent,
         run.acknowledged, run.parked, run.pulled, run.decisions, run.message, run.id});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::optional<SyncRun>> SyncJournal::one(const QString &where) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, started_at, finished_at, outcome, sent, acknowledged, parked, "
                       "pulled, decisions, message, actor FROM sync_run ") +
        where + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<SyncRun>();
    }
    SyncRun r;
    r.id = q->value(0).toLongLong();
    r.startedAt = parseStoredTime(q->value(1).toString());
    r.finishedAt = parseStoredTime(q->value(2).toString());
    r.outcome = outcomeFromCode(q->value(3).toString());
    r.sent = q->value(4).toInt();
    r.acknowledged = q->value(5).toInt();
    r.parked = q->value(6).toInt();
    r.pulled = q->value(7).toInt();
    r.decisions = q->value(8).toInt();
    r.message = q->value(9).toString();
    r.actor = q->value(10).toString();
    return std::optional<SyncRun>(r);
}

Result<std::optional<SyncRun>> SyncJournal::last() const
{
    return one({});
}

Result<std::optional<SyncRun>> SyncJournal::lastSuccess() const
{
    return one(QStringLiteral("WHERE outcome IN ('ok', 'partial')"));
}

QString SyncJournal::code(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Ok:
        return QStringLiteral("ok");
    case SyncOutcome::Partial:
        return QStringLiteral("partial");
    case SyncOutcome::Failed:
        return QStringLiteral("failed");
    case SyncOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SyncOutcome> SyncJournal::outcomeFromCode(QStringView code)
{
    for (SyncOutcome o :
         {SyncOutcome::Ok, SyncOutcome::Partial, SyncOutcome::Failed, SyncOutcome::Cancelled}) {
        if (code == SyncJournal::code(o)) {
            return o;
        }
    }
    return std::nullopt;
}

QString SyncJournal::label(SyncOutcome outcome)
{
    switch (outcome) {
    case SyncOutcome::Ok:
        return tr("berhasil");
    case SyncOutcome::Partial:
        return tr("selesai, ada yang bermasalah");
    case SyncOutcome::Failed:
        return tr("gagal");
    case SyncOutcome::Cancelled:
        return tr("dibatalkan");
    }
    return {};
}

} // namespace tepat
