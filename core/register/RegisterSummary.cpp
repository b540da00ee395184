#include "core/register/RegisterSummary.h"

#include "core/matching/NewDuplicates.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

Result<RegisterSummary> RegisterSummary::compute(const Database &db, QDate today)
{
    RegisterSummary s;
    const auto scalar = [&db](const QString &sql,
                              const QVariantList &values = {}) -> Result<qint64> {
        Result<QSqlQuery> q = db.query(sql, values);
        if (!q) {
            return q.error();
        }
        return q->next() ? q->value(0).toLongLong() : 0;
    };
    const QString monthStart = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
    struct Figure
    {
        qint64 *target;
        QString sql;
        QVariantList values;
    };
    const QList<Figure> figures{
        {&s.households,
         QStringLiteral("SELECT count(*) FROM household WHERE status = 'active'"),
         {}},
        {&s.persons, QStringLiteral("SELECT count(*) FROM person WHERE status = 'active'"), {}},
        {&s.deactivatedThisMonth,
         QStringLiteral("SELECT count(*) FROM status_history WHERE status <> 'active' AND "
                        "effective_date >= ?"),
         {monthStart}},
        {&s.draftsAwaitingMusyawarah,
         QStringLiteral("SELECT count(*) FROM change_request WHERE state IN ('draft', 'on_agenda', "
                        "'deferred')"),
         {}},
        {&s.waitingToBeSent,
         QStringLiteral(
             "SELECT count(*) FROM change_request WHERE state IN ('approved', 'queued', 'sent')"),
         {}},
        {&s.programMisfits,
         QStringLiteral(
             "SELECT count(*) FROM program_membership m JOIN person p ON p.pk = m.person_pk "
             "JOIN household h ON h.id = p.household_id WHERE m.until IS NULL AND "
             "p.status = 'active' AND ((m.program = 'PKH' AND h.desil > 4) OR "
             "(m.program IN ('BPNT', 'PBI-JK') AND h.desil > 5))"),
         {}},
    };
    for (const Figure &f : figures) {
        const Result<qint64> value = scalar(f.sql, f.values);
        if (!value) {
            return value.error();
        }
        *f.target = value.value();
    }
    Result<QSqlQuery> programs = db.query(QStringLiteral(
        "SELECT m.program, count(*) FROM program_membership m JOIN person p ON p.pk = m.person_pk "
        "WHERE m.until IS NULL AND p.status = 'active' GROUP BY m.program"));
    if (!programs) {
        return programs.error();
    }
    while (programs->next()) {
        if (const auto program = vocabulary::parse<Program>(programs->value(0).toString())) {
            s.recipientsPerProgram.insert(*program, programs->value(1).toLongLong());
        }
    }
    Result<QSqlQuery> desil = db.query(QStringLiteral(
        "SELECT coalesce(desil, 0), count(*) FROM household WHERE status = 'active' GROUP BY 1"));
    if (!desil) {
        return desil.error();
    }
    while (desil->next()) {
        s.householdsPerDesil.insert(desil->value(0).toInt(), desil->value(1).toLongLong());
    }
    Result<QSqlQuery> areas = db.query(QStringLiteral(
        "SELECT h.rw, h.rt, count(*), sum(EXISTS (SELECT 1 FROM person p JOIN program_membership m "
        "ON m.person_pk = p.pk WHERE p.household_id = h.id AND p.status = 'active' AND "
        "m.until IS NULL)) "
        "FROM household h WHERE h.status = 'active' GROUP BY h.rw, h.rt ORDER BY h.rw, h.rt"));
    if (!areas) {
        return areas.error();
    }
    while (areas->next()) {
        s.areas.append({areas->value(0).toString(), areas->value(1).toString(),
                        areas->value(2).toLongLong(), areas->value(3).toLongLong()});
    }
    s.newLikelyDuplicates = NewDuplicates::lastCount(db);
    return s;
}

} // namespace tepat
