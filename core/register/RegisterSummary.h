#pragma once

#include "core/common/Result.h"
#include "core/domain/Vocabulary.h"

#include <QDate>
#include <QMap>

namespace tepat {

class Database;

struct AreaCount
{
    QString rw;
    QString rt;
    qint64 households = 0; // active
    qint64 recipients = 0; // active households with an active member in a current programme
};

// The Beranda figures. Computed on demand (they scan the register), so callers run it off the
// UI thread on a reader connection.
struct RegisterSummary
{
    qint64 households = 0;                      // active
    qint64 persons = 0;                         // active
    QMap<Program, qint64> recipientsPerProgram; // people with a current membership
    QMap<int, qint64> householdsPerDesil;       // active households; 0 = not ranked
    qint64 deactivatedThisMonth =
        0; // persons and households whose deactivation is dated this month
    qint64 draftsAwaitingMusyawarah = 0; // drafts and items on an agenda
    qint64 waitingToBeSent = 0;          // approved or queued
    qint64 programMisfits = 0;           // recipients whose programme does not fit the desil
    // Likely duplicate pairs the last snapshot import or pull brought in (NewDuplicates).
    qint64 newLikelyDuplicates = 0;
    QList<AreaCount> areas; // per RW and RT

    static Result<RegisterSummary> compute(const Database &db, QDate today);
};

} // namespace tepat
