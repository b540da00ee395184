#pragma once

#include "core/common/Result.h"
#include "core/matching/RegisterScan.h"
#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
class Session;

// The operator's decisions about likely duplicates. Dismissing remembers who and why, and the
// pair stays away until one of its records changes. Confirming makes a removal draft ("data
// ganda", linked to the record that is kept) for the usual musyawarah lifecycle. Both need
// Permission::Draft and leave an audit entry (person ids only).
class DuplicateReview
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateReview)

public:
    DuplicateReview(const Database &db, const Clock &clock, const Session &session);

    Status dismiss(const LikelyDuplicate &pair, const QString &reason) const;
    // `keptPersonId` is one of the pair; the other gets the removal draft.
    Result<ChangeRequest> confirm(const LikelyDuplicate &pair, const QString &keptPersonId,
                                  const QString &note = {}) const;

private:
    Status record(const LikelyDuplicate &pair, const QString &outcome, const QString &reason,
                  std::optional<qint64> requestId) const;

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
