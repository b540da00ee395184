#include "core/storage/ReplicaWriter.h"

#include "core/domain/RegionDirectory.h"
#include "core/storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace tepat {

namespace {

void bindText(sqlite3_stmt *s, int i, std::string_view v)
{
    sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_STATIC);
}

// Empty means unknown: stored as NULL.
void bindOptional(sqlite3_stmt *s, int i, std::string_view v)
{
    if (v.empty()) {
        sqlite3_bind_null(s, i);
    } else {
        bindText(s, i, v);
    }
}

void bindOptional(sqlite3_stmt *s, int i, std::optional<double> v)
{
    if (v) {
        sqlite3_bind_double(s, i, *v);
    } else {
        sqlite3_bind_null(s, i);
    }
}

std::string_view columnText(sqlite3_stmt *s, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, i))) : std::string_view();
}

int finishStep(sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc;
}

const char *kHouseholdColumns =
    "kk_number = ?2, village_code = ?3, rt = ?4, rw = ?5, address = ?6, desil = ?7, status = ?8, "
    "latitude = ?9, longitude = ?10, status_reason = ?11, status_date = ?12, status_actor = ?13, "
    // A row without a date keeps the stored one while its desil stays the same.
    "desil_as_of = CASE WHEN ?14 IS NOT NULL THEN ?14 WHEN desil IS ?7 THEN desil_as_of END";

} // namespace

ReplicaWriter::ReplicaWriter(const Database &db, bool upsert, QString actor, QString recordedAt)
    : m_db(db)
    , m_upsert(upsert)
    , m_actor(actor.toUtf8())
    , m_recordedAt(recordedAt.toUtf8())
{}

ReplicaWriter::~ReplicaWriter()
{
    for (sqlite3_stmt *s : {m_village, m_householdInsert, m_householdFind, m_householdUpdate,
                            m_personInsert, m_personFind, m_personUpdate, m_membershipInsert,
                            m_membershipCurrent, m_membershipEnd, m_history, m_desilHistory}) {
        sqlite3_finalize(s);
    }
}

Status ReplicaWriter::prepareOne(sqlite3_stmt *&stmt, const char *sql)
{
    if (sqlite3_prepare_v3(m_db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
        return m_db.lastError();
    }
    return {};
}

Status ReplicaWriter::prepare()
{
    const QByteArray householdUpdate =
        QByteArray("UPDATE household SET ") + kHouseholdColumns + " WHERE id = ?1";
    const std::pair<sqlite3_stmt **, const char *> statements[] = {
        {&m_village, "INSERT OR IGNORE INTO village(code, name, district_name, regency_name, "
                     "province_name) VALUES (?, ?, ?, ?, ?)"},
        {&m_householdInsert,
         "INSERT INTO household(id, kk_number, village_code, rt, rw, address, desil, status, "
         "latitude, longitude, status_reason, status_date, status_actor, desil_as_of) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
        {&m_householdFind, "SELECT status, desil, desil_as_of FROM household WHERE id = ?"},
        {&m_householdUpdate, householdUpdate.constData()},
        {&m_personInsert,
         "INSERT INTO person(id, household_id, nik, name, name_norm, sex, birth_place, "
         "birth_date, relationship, marital_status, occupation, disability, status, "
         "status_reason, status_date, status_actor) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?15, ?16, ?17)"},
        {&m_personFind, "SELECT pk, status FROM person WHERE id = ?"},
        {&m_personUpdate,
         "UPDATE person SET household_id = ?2, nik = ?3, name = ?4, name_norm = ?5, sex = ?6, "
         "birth_place = ?7, birth_date = ?8, relationship = ?9, marital_status = ?10, "
         "occupation = ?11, disability = ?12, status = ?13, status_reason = ?15, "
         "status_date = ?16, status_actor = ?17 WHERE pk = ?14"},
        {&m_membershipInsert,
         "INSERT INTO program_membership(person_pk, program, since) VALUES (?, ?, ?)"},
        {&m_membershipCurrent,
         "SELECT id, program FROM program_membership WHERE person_pk = ? AND until IS NULL"},
        {&m_membershipEnd, "UPDATE program_membership SET until = ? WHERE id = ?"},
        {&m_history, "INSERT INTO status_history(household_id, person_id, status, reason, "
                     "effective_date, actor, recorded_at, source) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, 'snapshot')"},
        {&m_desilHistory, "INSERT INTO desil_history(household_id, desil, as_of, recorded_at, "
                          "source) VALUES (?, ?, ?, ?, 'snapshot')"},
    };
    for (const auto &[stmt, sql] : statements) {
        const Status s = prepareOne(*stmt, sql);
        if (!s) {
            return s;
        }
    }
    return {};
}

void ReplicaWriter::bindStatus(sqlite3_stmt *s, int first, std::string_view status,
                               std::string_view reason, std::string_view date)
{
    // Reason, date and actor of a status other than active; NULL while active.
    const bool active = status == "active";
    bindOptional(s, first, active ? std::string_view() : reason);
    bindOptional(s, first + 1, active ? std::string_view() : date);
    if (active) {
        sqlite3_bind_null(s, first + 2);
    } else {
        sqlite3_bind_text(s, first + 2, m_actor.constData(), int(m_actor.size()), SQLITE_STATIC);
    }
}

ReplicaWriter::Outcome ReplicaWriter::fail()
{
    m_error = m_db.lastError();
    return Outcome::Failed;
}

Status ReplicaWriter::ensureVillage(const QString &code)
{
    const std::optional<Village> v = RegionDirectory::instance().village(code);
    const QByteArray c = code.toUtf8();
    const QByteArray name = v ? v->name.toUtf8() : c;
    const QByteArray district = v ? v->districtName.toUtf8() : QByteArray();
    const QByteArray regency = v ? v->regencyName.toUtf8() : QByteArray();
    const QByteArray province = v ? v->provinceName.toUtf8() : QByteArray();
    sqlite3_bind_text(m_village, 1, c.constData(), int(c.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_village, 2, name.constData(), int(name.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_village, 3, district.constData(), int(district.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_village, 4, regency.constData(), int(regency.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_village, 5, province.constData(), int(province.size()), SQLITE_STATIC);
    if (finishStep(m_village) != SQLITE_DONE) {
        return m_db.lastError();
    }
    return {};
}

Status ReplicaWriter::addHistory(std::string_view householdId, std::string_view personId,
                                 std::string_view status, std::string_view reason,
                                 std::string_view date)
{
    bindText(m_history, 1, householdId);
    bindOptional(m_history, 2, personId);
    bindText(m_history, 3, status);
    bindOptional(m_history, 4, reason);
    bindOptional(m_history, 5, date);
    sqlite3_bind_text(m_history, 6, m_actor.constData(), int(m_actor.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_history, 7, m_recordedAt.constData(), int(m_recordedAt.size()),
                      SQLITE_STATIC);
    if (finishStep(m_history) != SQLITE_DONE) {
        return m_db.lastError();
    }
    return {};
}

Status ReplicaWriter::addDesilHistory(std::string_view householdId, int desil,
                                      std::string_view asOf)
{
    bindText(m_desilHistory, 1, householdId);
    if (desil > 0) {
        sqlite3_bind_int(m_desilHistory, 2, desil);
    } else {
        sqlite3_bind_null(m_desilHistory, 2);
    }
    bindOptional(m_desilHistory, 3, desil > 0 ? asOf : std::string_view());
    sqlite3_bind_text(m_desilHistory, 4, m_recordedAt.constData(), int(m_recordedAt.size()),
                      SQLITE_STATIC);
    if (finishStep(m_desilHistory) != SQLITE_DONE) {
        return m_db.lastError();
    }
    return {};
}

ReplicaWriter::Outcome ReplicaWriter::writeHousehold(const HouseholdRow &row)
{
    std::string oldStatus;
    int oldDesil = 0;
    std::string oldDesilAsOf;
    bool exists = false;
    if (m_upsert) {
        bindText(m_householdFind, 1, row.id);
        if (sqlite3_step(m_householdFind) == SQLITE_ROW) {
            exists = true;
            oldStatus = columnText(m_householdFind, 0);
            oldDesil = sqlite3_column_int(m_householdFind, 1);
            oldDesilAsOf = columnText(m_householdFind, 2);
        }
        sqlite3_reset(m_householdFind);
    }
    sqlite3_stmt *s = exists ? m_householdUpdate : m_householdInsert;
    bindText(s, 1, row.id);
    bindOptional(s, 2, row.kkNumber);
    bindText(s, 3, row.villageCode);
    bindText(s, 4, row.rt);
    bindText(s, 5, row.rw);
    bindText(s, 6, row.address);
    if (row.desil > 0) {
        sqlite3_bind_int(s, 7, row.desil);
    } else {
        sqlite3_bind_null(s, 7);
    }
    bindText(s, 8, row.status);
    bindOptional(s, 9, row.latitude);
    bindOptional(s, 10, row.longitude);
    bindStatus(s, 11, row.status, row.statusReason, row.statusDate);
    bindOptional(s, 14, row.desilAsOf);
    const int rc = finishStep(s);
    if (rc != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db.handle());
        if (extended == SQLITE_CONSTRAINT_PRIMARYKEY || extended == SQLITE_CONSTRAINT_UNIQUE) {
            return Outcome::DuplicateId;
        }
        return fail();
    }
    const bool statusChanged = exists ? oldStatus != row.status : row.status != "active";
    if (statusChanged && !addHistory(row.id, {}, row.status, row.statusReason, row.statusDate)) {
        return fail();
    }
    // The desil as BPS gave it, kept with its history: a new value or a new date is a new line.
    const std::string_view desilAsOf = !row.desilAsOf.empty() || row.desil != oldDesil
                                           ? row.desilAsOf
                                           : std::string_view(oldDesilAsOf);
    const bool desilChanged =
        exists ? row.desil != oldDesil || desilAsOf != oldDesilAsOf : row.desil > 0;
    if (desilChanged && !addDesilHistory(row.id, row.desil, desilAsOf)) {
        return fail();
    }
    return exists ? Outcome::Updated : Outcome::Inserted;
}

ReplicaWriter::Outcome ReplicaWriter::writePerson(const PersonRow &row, qint64 &pk)
{
    std::string oldStatus;
    qint64 existing = 0;
    if (m_upsert) {
        bindText(m_personFind, 1, row.id);
        if (sqlite3_step(m_personFind) == SQLITE_ROW) {
            existing = sqlite3_column_int64(m_personFind, 0);
            oldStatus = columnText(m_personFind, 1);
        }
        sqlite3_reset(m_personFind);
    }
    sqlite3_stmt *s = existing ? m_personUpdate : m_personInsert;
    bindText(s, 1, row.id);
    bindText(s, 2, row.householdId);
    bindOptional(s, 3, row.nik);
    bindText(s, 4, row.name);
    bindText(s, 5, row.nameNorm);
    bindOptional(s, 6, row.sex);
    bindText(s, 7, row.birthPlace);
    bindOptional(s, 8, row.birthDate);
    bindOptional(s, 9, row.relationship);
    bindOptional(s, 10, row.maritalStatus);
    bindText(s, 11, row.occupation);
    bindOptional(s, 12, row.disability);
    bindText(s, 13, row.status);
    if (existing) {
        sqlite3_bind_int64(s, 14, existing);
    }
    bindStatus(s, 15, row.status, row.statusReason, row.statusDate);
    const int rc = finishStep(s);
    if (rc != SQLITE_DONE) {
        const int extended = sqlite3_extended_errcode(m_db.handle());
        if (extended == SQLITE_CONSTRAINT_FOREIGNKEY) {
            return Outcome::UnknownHousehold;
        }
        if (extended == SQLITE_CONSTRAINT_UNIQUE) {
            return std::strstr(sqlite3_errmsg(m_db.handle()), "person.nik") ? Outcome::DuplicateNik
                                                                            : Outcome::DuplicateId;
        }
        return fail();
    }
    pk = existing ? existing : sqlite3_last_insert_rowid(m_db.handle());
    const bool statusChanged = existing ? oldStatus != row.status : row.status != "active";
    if (statusChanged &&
        !addHistory(row.householdId, row.id, row.status, row.statusReason, row.statusDate)) {
        return fail();
    }
    return existing ? Outcome::Updated : Outcome::Inserted;
}

Status ReplicaWriter::setPrograms(qint64 personPk, const std::vector<std::string_view> &programs,
                                  std::string_view asOf)
{
    std::vector<std::string_view> missing = programs;
    if (m_upsert) {
        std::vector<std::pair<qint64, std::string>> current;
        sqlite3_bind_int64(m_membershipCurrent, 1, personPk);
        while (sqlite3_step(m_membershipCurrent) == SQLITE_ROW) {
            current.emplace_back(sqlite3_column_int64(m_membershipCurrent, 0),
                                 std::string(columnText(m_membershipCurrent, 1)));
        }
        sqlite3_reset(m_membershipCurrent);
        for (const auto &[id, program] : current) {
            const auto it = std::find(missing.begin(), missing.end(), program);
            if (it != missing.end()) {
                missing.erase(it);
                continue;
            }
            bindText(m_membershipEnd, 1, asOf);
            sqlite3_bind_int64(m_membershipEnd, 2, id);
            if (finishStep(m_membershipEnd) != SQLITE_DONE) {
                return m_db.lastError();
            }
        }
    }
    for (std::string_view program : missing) {
        sqlite3_bind_int64(m_membershipInsert, 1, personPk);
        bindText(m_membershipInsert, 2, program);
        // A fresh snapshot does not say since when; a re-import knows it started by asOf.
        bindOptional(m_membershipInsert, 3, m_upsert ? asOf : std::string_view());
        if (finishStep(m_membershipInsert) != SQLITE_DONE) {
            return m_db.lastError();
        }
    }
    return {};
}

} // namespace tepat
