#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequest.h"

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
    QList<DesilRecord> desilHistory; // oldest first, as BPS gave it
    QList<RequestSummary> requests;

    static Result<HouseholdDossier> load(const Database &db, const Clock &clock,
                                         const QString &householdId);
};

} // namespace tepat
