#include "core/register/RegisterRepository.h"

#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

namespace {

const char *kHouseholdSelect =
    "SELECT id, kk_number, village_code, rt, rw, address, desil, status, status_reason, "
    "status_date, latitude, longitude, server_version, head_name, member_count, desil_as_of "
    "FROM household";

const char *kPersonSelect =
    "SELECT p.pk, p.id, p.household_id, p.nik, p.name, p.sex, p.birth_place, p.birth_date, "
    "p.relationship, p.marital_status, p.occupation, p.disability, p.status, p.status_reason, "
    "p.status_date, p.server_version, "
    "(SELECT group_concat(m.program, ';') FROM program_membership m "
    "  WHERE m.person_pk = p.pk AND m.until IS NULL) "
    "FROM person p";

template<typename E>
E parsedOr(const QVariant &v, E fallback)
{
    return vocabulary::parse<E>(v.toString()).value_or(fallback);
}

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.pk = q.value(0).toLongLong();
    p.id = q.value(1).toString();
    p.householdId = q.value(2).toString();
    p.nik = q.value(3).toString();
    p.name = q.value(4).toString();
    p.sex = parsedOr(q.value(5), Sex::Unknown);
    p.birthPlace = q.value(6).toString();
    p.birthDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.relationship = parsedOr(q.value(8), Relationship::Unknown);
    p.maritalStatus = parsedOr(q.value(9), MaritalStatus::Unknown);
    p.occupation = q.value(10).toString();
    p.disability = parsedOr(q.value(11), Disability::Unknown);
    p.status = parsedOr(q.value(12), PersonStatus::Active);
    p.statusReason = q.value(13).toString();
    p.statusDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    p.serverVersion = q.value(15).toLongLong();
    for (const QString &code : q.value(16).toString().split(u';', Qt::SkipEmptyParts)) {
        if (const auto program = vocabulary::parse<Program>(code)) {
            p.programs.append(*program);
        }
    }
    return p;
}

} // namespace

RegisterRepository::RegisterRepository(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Household> RegisterRepository::household(const QString &id) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kHouseholdSelect) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("household.not_found"),
                     tr("Keluarga %1 tidak ada dalam data.").arg(id)};
    }
    return readHousehold(*q);
}

Result<QList<Household>> RegisterRepository::householdPage(const QString &afterId, int limit) const
{
    Result<QSqlQuery> q = m_db.query(QLatin1String(kHouseholdSelect) +
                                         QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?"),
                                     {afterId, limit});
    if (!q) {
        return q.error();
    }
    QList<Household> page;
    while (q->next()) {
        page.append(readHousehold(*q));
    }
    return page;
}

Household RegisterRepository::readHousehold(const QSqlQuery &row)
{
    const QSqlQuery *q = &row;
    Household h;
    h.id = q->value(0).toString();
    h.kkNumber = q->value(1).toString();
    h.villageCode = q->value(2).toString();
    h.rt = q->value(3).toString();
    h.rw = q->value(4).toString();
    h.address = q->value(5).toString();
    h.desil = q->value(6).toInt();
    h.status = parsedOr(q->value(7), HouseholdStatus::Active);
    h.statusReason = q->value(8).toString();
    h.statusDate = QDate::fromString(q->value(9).toString(), Qt::ISODate);
    if (!q->value(10).isNull()) {
        h.latitude = q->value(10).toDouble();
        h.longitude = q->value(11).toDouble();
    }
    h.serverVersion = q->value(12).toLongLong();
    h.headName = q->value(13).toString();
    h.memberCount = q->value(14).toInt();
    h.desilAsOf = QDate::fromString(q->value(15).toString(), Qt::ISODate);
    return h;
}

Result<QList<Person>> RegisterRepository::members(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(QLatin1String(kPersonSelect) +
                                         QStringLiteral(" WHERE p.household_id = ? ORDER BY p.id"),
                                     {householdId});
    if (!q) {
        return q.error();
    }
    QList<Person> people;
    while (q->next()) {
        people.append(readPerson(*q));
    }
    return people;
}

Result<Person> RegisterRepository::person(const QString &id) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kPersonSelect) + QStringLiteral(" WHERE p.id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("person.not_found"),
                     tr("Orang dengan ID %1 tidak ada dalam data.").arg(id)};
    }
    return readPerson(*q);
}

Result<Person> RegisterRepository::personByNik(const QString &nik) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kPersonSelect) + QStringLiteral(" WHERE p.nik = ?"), {nik});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("person.not_found"), tr("NIK tersebut tidak ada dalam data.")};
    }
    return readPerson(*q);
}

Result<QList<ProgramMembership>> RegisterRepository::programs(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT p.id, m.program, m.since, m.until FROM program_membership m "
                       "JOIN person p ON p.pk = m.person_pk WHERE p.household_id = ? "
                       "ORDER BY m.until IS NOT NULL, m.program, p.id"),
        {householdId});
    if (!q) {
        return q.error();
    }
    QList<ProgramMembership> list;
    while (q->next()) {
        const auto program = vocabulary::parse<Program>(q->value(1).toString());
        if (!program) {
            continue;
        }
        list.append({q->value(0).toString(), *program,
                     QDate::fromString(q->value(2).toString(), Qt::ISODate),
                     QDate::fromString(q->value(3).toString(), Qt::ISODate)});
    }
    return list;
}

Result<QList<StatusEvent>> RegisterRepository::statusHistory(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "SELECT household_id, person_id, status, reason, effective_date, actor, "
            "recorded_at, source FROM status_history WHERE household_id = ? ORDER BY id"),
        {householdId});
    if (!q) {
        return q.error();
    }
    QList<StatusEvent> events;
    while (q->next()) {
        events.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toString(),
                       QDate::fromString(q->value(4).toString(), Qt::ISODate),
                       q->value(5).toString(), parseStoredTime(q->value(6).toString()),
                       q->value(7).toString()});
    }
    return events;
}

Result<QList<DesilRecord>> RegisterRepository::desilHistory(const QString &householdId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT coalesce(desil, 0), as_of, recorded_at, source FROM desil_history "
                       "WHERE household_id = ? ORDER BY id"),
        {householdId});
    if (!q) {
        return q.error();
    }
    QList<DesilRecord> records;
    while (q->next()) {
        records.append({q->value(0).toInt(), QDate::fromString(q->value(1).toString(), Qt::ISODate),
                        parseStoredTime(q->value(2).toString()), q->value(3).toString()});
    }
    return records;
}

Status RegisterRepository::recordDesil(const QString &householdId, int desil, QDate asOf,
                                       const QString &source) const
{
    Result<QSqlQuery> last = m_db.query(
        QStringLiteral("SELECT coalesce(desil, 0), coalesce(as_of, '') FROM desil_history WHERE "
                       "household_id = ? ORDER BY id DESC LIMIT 1"),
        {householdId});
    if (!last) {
        return last.error();
    }
    const QString date = asOf.isValid() && desil > 0 ? asOf.toString(Qt::ISODate) : QString();
    if (last->next() ? last->value(0).toInt() == desil && last->value(1).toString() == date
                     : desil <= 0) {
        return {};
    }
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO desil_history(household_id, desil, as_of, recorded_at, source) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {householdId, desil > 0 ? QVariant(desil) : QVariant(QMetaType(QMetaType::Int)),
         Database::nullIfEmpty(date), storedTime(m_clock.now()), source});
    if (!q) {
        return q.error();
    }
    return {};
}

Status RegisterRepository::recordHistory(const QString &householdId, const QString &personId,
                                         const QString &status, const QString &reason,
                                         QDate effectiveDate, const QString &actor,
                                         const QString &source) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "INSERT INTO status_history(household_id, person_id, status, reason, "
            "effective_date, actor, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {householdId, Database::nullIfEmpty(personId), status, Database::nullIfEmpty(reason),
         Database::nullIfInvalid(effectiveDate), actor, storedTime(m_clock.now()), source});
    if (!q) {
        return q.error();
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("status.change"),
                    personId.isEmpty() ? QStringLiteral("household") : QStringLiteral("person"),
                    personId.isEmpty() ? householdId : personId,
                    {{QStringLiteral("status"), status}, {QStringLiteral("source"), source}});
    if (!audit) {
        return audit.error();
    }
    return {};
}

Status RegisterRepository::setPersonStatus(const QString &personId, PersonStatus status,
                                           const QString &reason, QDate effectiveDate,
                                           const QString &actor, const QString &source) const
{
    if (actor.isEmpty()) {
        return Error{QStringLiteral("status.no_actor"),
                     tr("Perubahan status harus mencatat siapa yang melakukannya.")};
    }
    if (status != PersonStatus::Active && reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("status.reason_required"),
                     tr("Alasan wajib diisi untuk menonaktifkan seseorang.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<Person> current = person(personId);
    if (!current) {
        return current.error();
    }
    const QString code = vocabulary::code(status);
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE person SET status = ?, status_reason = ?, status_date = ?, "
                       "status_actor = ? WHERE id = ?"),
        {code, Database::nullIfEmpty(reason), Database::nullIfInvalid(effectiveDate), actor,
         personId});
    if (!q) {
        return q.error();
    }
    if (const Status s = recordHistory(current->householdId, personId, code, reason, effectiveDate,
                                       actor, source);
        !s) {
        return s;
    }
    return tx.commit();
}

Status RegisterRepository::setHouseholdStatus(const QString &householdId, HouseholdStatus status,
                                              const QString &reason, QDate effectiveDate,
                                              const QString &actor, const QString &source) const
{
    if (actor.isEmpty()) {
        return Error{QStringLiteral("status.no_actor"),
                     tr("Perubahan status harus mencatat siapa yang melakukannya.")};
    }
    if (status != HouseholdStatus::Active && reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("status.reason_required"),
                     tr("Alasan wajib diisi untuk menonaktifkan keluarga.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const QString code = vocabulary::code(status);
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("UPDATE household SET status = ?, status_reason = ?, status_date = ?, "
                       "status_actor = ? WHERE id = ?"),
        {code, Database::nullIfEmpty(reason), Database::nullIfInvalid(effectiveDate), actor,
         householdId});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error{QStringLiteral("household.not_found"),
                     tr("Keluarga %1 tidak ada dalam data.").arg(householdId)};
    }
    if (const Status s =
            recordHistory(householdId, QString(), code, reason, effectiveDate, actor, source);
        !s) {
        return s;
    }
    return tx.commit();
}

} // namespace tepat
