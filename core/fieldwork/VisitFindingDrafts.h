#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldVisit.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
struct BundleMergeReport;

// Office: what a merged visit found becomes draft requests in the usual lifecycle, for the next
// musyawarah (domain.md): a death → removal draft (died), a move → removal draft (moved away,
// where to in the note), a new member → new-member draft, a family not found at its address →
// removal draft of the household (not found). Each draft names the visit (payload field_visit,
// field_member) and is made once per finding whatever bundle brings it again. A finding about a
// person the office has already changed since (no longer active) is not drafted but kept as a
// conflict, both sides shown, for the operator to resolve.
class VisitFindingDrafts
{
    Q_DECLARE_TR_FUNCTIONS(VisitFindingDrafts)

public:
    VisitFindingDrafts(const Database &db, const Clock &clock);

    Status draft(const Visit &visit, const QString &bundleId, BundleMergeReport &report) const;

private:
    Status draftOne(const Visit &visit, const VisitMember *member, const QString &bundleId,
                    BundleMergeReport &report) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
