#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace tepat {

class Database;

// Rows of the replica as plain text views (already validated, codes canonical; an empty
// view is stored as NULL where the column allows it).
struct HouseholdRow
{
    std::string_view id, kkNumber, villageCode, rt, rw, address, status, statusReason, statusDate;
    int desil = 0;
    std::string_view desilAsOf; // YYYY-MM-DD; empty: not given (an unchanged desil keeps its date)
    std::optional<double> latitude, longitude;
};

struct PersonRow
{
    std::string_view id, householdId, nik, name, nameNorm, sex, birthPlace, birthDate, relationship,
        maritalStatus, occupation, disability, status, statusReason, statusDate;
};

// Writes replica rows through prepared statements on the raw sqlite3 handle: the lean path
// that a million-row snapshot import needs. Used by the snapshot importer and the demo
// generator; runs inside the caller's transaction.
class ReplicaWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaWriter)

public:
    enum class Outcome
    {
        Inserted,
        Updated,
        DuplicateId,
        DuplicateNik,
        UnknownHousehold,
        Failed
    };

    // upsert: existing ids are updated (re-import); otherwise an existing id is a duplicate.
    ReplicaWriter(const Database &db, bool upsert, QString actor, QString recordedAt);
    ~ReplicaWriter();
    ReplicaWriter(const ReplicaWriter &) = delete;
    ReplicaWriter &operator=(const ReplicaWriter &) = delete;

    Status prepare();

    Status ensureVillage(const QString &code);
    Outcome writeHousehold(const HouseholdRow &row);
    // pk receives the person's row id when inserted or updated.
    Outcome writePerson(const PersonRow &row, qint64 &pk);
    // Current programmes of a person: adds missing ones, ends (until = asOf) dropped ones.
    Status setPrograms(qint64 personPk, const std::vector<std::string_view> &programs,
                       std::string_view asOf);

    const Error &lastError() const { return m_error; }

private:
    Status prepareOne(sqlite3_stmt *&stmt, const char *sql);
    Outcome fail();
    void bindStatus(sqlite3_stmt *s, int first, std::string_view status, std::string_view reason,
                    std::string_view date);
    Status addHistory(std::string_view householdId, std::string_view personId,
                      std::string_view status, std::string_view reason, std::string_view date);
    Status addDesilHistory(std::string_view householdId, int desil, std::string_view asOf);

    const Database &m_db;
    bool m_upsert;
    QByteArray m_actor;
    QByteArray m_recordedAt;
    Error m_error;

    sqlite3_stmt *m_village = nullptr;
    sqlite3_stmt *m_householdInsert = nullptr;
    sqlite3_stmt *m_householdFind = nullptr;
    sqlite3_stmt *m_householdUpdate = nullptr;
    sqlite3_stmt *m_personInsert = nullptr;
    sqlite3_stmt *m_personFind = nullptr;
    sqlite3_stmt *m_personUpdate = nullptr;
    sqlite3_stmt *m_membershipInsert = nullptr;
    sqlite3_stmt *m_membershipCurrent = nullptr;
    sqlite3_stmt *m_membershipEnd = nullptr;
    sqlite3_stmt *m_history = nullptr;
    sqlite3_stmt *m_desilHistory = nullptr;
};

} // namespace tepat
