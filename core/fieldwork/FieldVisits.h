#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/fieldwork/FieldVisit.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

// A household a work package assigned, with the state of its visit.
struct AssignedHousehold
{
    QString householdId;
    QString headName;
    QString rt;
    QString rw;
    QString address;
    int memberCount = 0;
    std::optional<VisitOutcome> outcome; // empty: still to do
    QDate visitedOn;
};

// Progress of one RT (or of all assigned households, with rt and rw empty).
struct AreaProgress
{
    QString rw;
    QString rt;
    int assigned = 0;
    int visited = 0;
    int notFound = 0;
    int refused = 0;
    int done() const { return visited + notFound + refused; }
};

// Verification visits of assigned households (laptop; the office sees the merged ones): the
// households with their state by RT, the progress, and recording a visit (a second save of the
// same household's visit is a new revision of it). Checks: the household is assigned, dates are
// not in the future, a death has a date, a move says where to, a new member has a name.
class FieldVisits
{
    Q_DECLARE_TR_FUNCTIONS(FieldVisits)

public:
    FieldVisits(const Database &db, const Clock &clock);

    // In RW/RT and id order; rw/rt "" for all.
    Result<QList<AssignedHousehold>> assigned(const QString &rw = {}, const QString &rt = {}) const;
    // Per RT (in order), and the total first (rw and rt empty).
    Result<QList<AreaProgress>> progress() const;
    Result<std::optional<Visit>> visitOf(const QString &householdId) const;

    Status check(const Visit &visit) const;
    // Checks, then stores (new, or the next revision), with an audit entry.
    Result<Visit> record(const Session &session, Visit visit) const;

    // Store helpers shared with the bundle code: the members of a visit, and replacing them.
    static Result<QList<VisitMember>> membersOf(const Database &db, const QString &visitUuid);
    static Status writeMembers(const Database &db, const QString &visitUuid,
                               const QList<VisitMember> &members);

    // This store's device key (hex) on a laptop, "kantor" at the office.
    static QString deviceKeyOf(const Database &db, const Clock &clock);

private:
    QString deviceKey() const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
