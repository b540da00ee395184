#pragma once

#include "common/Result.h"
#include "domain/ChangeRequest.h"
#include "domain/Household.h"
#include "storage/RegisterRepository.h"

namespace tepat {

class Clock;
class Database;

struct RequestSummary
{
    ChangeRequest request;
    QList<RequestEvent> history; // who drafted, decided, sent — with dates and reasons
};

// Everything the household detail screen shows, gathered in one read.
struct HouseholdDossier
{
    Household household;
    QList<Person> members;
    QList<ProgramMembership> programs;
    QList<StatusEvent> statusHistory;
    QList<RequestSummary> requests;

    static Result<HouseholdDossier> load(const Database &db, const Clock &clock,
                                         const QString &householdId);
};

} // namespace tepat
