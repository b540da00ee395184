#include "core/disbursements/DisbursementHistory.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

DisbursementHistory::DisbursementHistory(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<bool> DisbursementHistory::store(const Disbursement &e) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "INSERT INTO disbursement(id, household_id, program, period, status, event_date, "
            "note, server_version, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET household_id = excluded.household_id, "
            "program = excluded.program, period = excluded.period, status = excluded.status, "
            "event_date = excluded.event_date, note = excluded.note, "
            "server_version = excluded.server_version, received_at = excluded.received_at "
            "WHERE excluded.server_version > disbursement.server_version"),
        {e.id, e.householdId, vocabulary::code(e.program), e.period,
         DisbursementText::code(e.status), e.date.toString(Qt::ISODate), e.note, e.version,
         storedTime(m_clock.now())});
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() > 0;
}

Result<QList<Disbursement>> DisbursementHistory::forHousehold(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT id, program, period, status, event_date, note, server_version "
                       "FROM disbursement WHERE household_id = ? "
                       "ORDER BY event_date DESC, period DESC, id DESC"),
        {householdId});
    if (!q) {
        return q.error();
    }
    QList<Disbursement> list;
    while (q->next()) {
        const auto d = Disbursement::fromJson(q->value(0).toString(),
                                              {{QStringLiteral("household_id"), householdId},
                                               {QStringLiteral("program"), q->value(1).toString()},
                                               {QStringLiteral("period"), q->value(2).toString()},
                                               {QStringLiteral("status"), q->value(3).toString()},
                                               {QStringLiteral("date"), q->value(4).toString()},
                                               {QStringLiteral("note"), q->value(5).toString()}});
        if (d) {
            list.append(*d);
            list.last().version = q->value(6).toLongLong();
        }
    }
    return list;
}

Result<std::optional<Disbursement>> DisbursementHistory::latest(const QString &householdId) const
{
    Result<QList<Disbursement>> all = forHousehold(householdId);
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return std::optional<Disbursement>();
    }
    return std::optional<Disbursement>(all->first());
}

} // namespace tepat
