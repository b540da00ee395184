#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"

#include <QCoreApplication>
#include <QDateTime>

class QSqlQuery;

namespace tepat {

class Clock;
class Database;

struct StatusEvent
{
    QString householdId;
    QString personId; // empty: the household itself
    QString status;   // vocabulary code
    QString reason;
    QDate effectiveDate;
    QString actor;
    QDateTime recordedAt;
    QString source; // snapshot, sync, civil_registry, local
};

// One desil a household was given by BPS, as it arrived (docs/snapshot-format.md).
struct DesilRecord
{
    int desil = 0; // 0: no longer ranked
    QDate asOf;    // the BPS date; invalid when the source did not give one
    QDateTime recordedAt;
    QString source; // snapshot, pull, schema (kept from before the date was recorded)
};

// Reads the replica (households, members, programmes, status history) and records status
// changes. Rows are never deleted: a removal is a status with reason, date and actor.
class RegisterRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRepository)

public:
    RegisterRepository(const Database &db, const Clock &clock);

    Result<Household> household(const QString &id) const;
    // Households in id order after `afterId` (keyset paging for lazy lists).
    Result<QList<Household>> householdPage(const QString &afterId, int limit) const;
    Result<QList<Person>> members(const QString &householdId) const;
    Result<Person> person(const QString &id) const;
    Result<Person> personByNik(const QString &nik) const;
    Result<QList<ProgramMembership>> programs(const QString &householdId) const;
    Result<QList<StatusEvent>> statusHistory(const QString &householdId) const;
    // Oldest first.
    Result<QList<DesilRecord>> desilHistory(const QString &householdId) const;
    // A line of the desil history, when the desil or its date differs from the last one.
    Status recordDesil(const QString &householdId, int desil, QDate asOf,
                       const QString &source) const;

    Status setPersonStatus(const QString &personId, PersonStatus status, const QString &reason,
                           QDate effectiveDate, const QString &actor, const QString &source) const;
    Status setHouseholdStatus(const QString &householdId, HouseholdStatus status,
                              const QString &reason, QDate effectiveDate, const QString &actor,
                              const QString &source) const;

private:
    static Household readHousehold(const QSqlQuery &q);
    Status recordHistory(const QString &householdId, const QString &personId, const QString &status,
                         const QString &reason, QDate effectiveDate, const QString &actor,
                         const QString &source) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
