#pragma once

#include "core/common/Result.h"
#include "core/domain/Household.h"
#include "core/requests/ChangeRequest.h"
#include "core/requests/ConflictOfInterest.h"

namespace tepat {

class Clock;
class Database;

// The store's side of ConflictOfInterest: who recommended a request — the register person its
// drafting account is linked to, and the register people the RT/RW head named as its source is
// (same RT/RW, a name the duplicate check takes for the same) — and the family it proposes or
// concerns, from the register or from its payload. ChangeRequestRepository records the result
// with every draft it writes; the form asks for it as the operator types.
class RecommendationCheck
{
public:
    RecommendationCheck(const Database &db, const Clock &clock);

    // The conflicts of interest of `request` as it stands, drafted by `draftingAccount`.
    Result<QList<ConflictReason>> assess(const ChangeRequest &request,
                                         const QString &draftingAccount) const;

    // Active people of the register in the head's RT/RW (the RW alone when no RT is given) whose
    // name is similar to the head's.
    Result<QList<Person>> headCandidates(const SourceHead &head) const;

    Result<ProposedFamily> familyOf(const ChangeRequest &request) const;
    Result<QList<RecommenderFacts>> recommenders(const ChangeRequest &request,
                                                 const QString &draftingAccount) const;

private:
    Result<RecommenderFacts> facts(const Person &person, Recommender role) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
