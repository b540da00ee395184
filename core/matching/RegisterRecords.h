#pragma once

#include "core/common/Result.h"
#include "core/matching/MatchModel.h"
#include "core/matching/MatchRecord.h"

#include <QCoreApplication>

namespace tepat {

class Database;

// The store's side of the matcher: the active people of the register as MatchRecords, and the
// model the last whole-register pass estimated (kept in the settings, so the forms score with
// the register's own weights).
class RegisterRecords
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRecords)

public:
    // Active people of active households.
    static Status load(const Database &db, MatchRegister &out);
    static Result<qint64> activePeople(const Database &db);

    static MatchModel savedModel(const Database &db);
    static Status saveModel(const Database &db, const MatchModel &model);
};

} // namespace tepat
