#include "core/dossier/HouseholdDossier.h"

#include "core/requests/ChangeRequestRepository.h"

namespace tepat {

Result<HouseholdDossier> HouseholdDossier::load(const Database &db, const Clock &clock,
                                                const QString &householdId)
{
    const RegisterRepository repository(db, clock);
    HouseholdDossier d;
    Result<Household> household = repository.household(householdId);
    if (!household) {
        return household.error();
    }
    d.household = std::move(household.value());
    Result<QList<Person>> members = repository.members(householdId);
    Result<QList<ProgramMembership>> programs = repository.programs(householdId);
    Result<QList<StatusEvent>> history = repository.statusHistory(householdId);
    Result<QList<DesilRecord>> desils = repository.desilHistory(householdId);
    for (const Error *e :
         {members ? nullptr : &members.error(), programs ? nullptr : &programs.error(),
          history ? nullptr : &history.error(), desils ? nullptr : &desils.error()}) {
        if (e) {
            return *e;
        }
    }
    d.members = std::move(members.value());
    d.programs = std::move(programs.value());
    d.statusHistory = std::move(history.value());
    d.desilHistory = std::move(desils.value());
    const ChangeRequestRepository requests(db, clock);
    RequestFilter filter;
    filter.householdId = householdId;
    Result<QList<ChangeRequest>> list = requests.list(filter);
    if (!list) {
        return list.error();
    }
    for (ChangeRequest &r : list.value()) {
        Result<QList<RequestEvent>> events = requests.history(r.id);
        if (!events) {
            return events.error();
        }
        d.requests.append({std::move(r), std::move(events.value())});
    }
    return d;
}

} // namespace tepat
