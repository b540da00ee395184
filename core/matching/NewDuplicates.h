#pragma once

#include "core/common/Result.h"
#include "core/matching/RegisterScan.h"

#include <QCoreApplication>

namespace tepat {

class Database;

// The likely duplicate pairs that a snapshot import or a pull brought in, counted for Beranda.
// The import and the pull only mark the register as changed (cheap, in their own path); the
// next Beranda count runs the whole-register pass off the UI thread, compares its undecided
// pairs with the pairs the previous count saw (kept in the settings as 64-bit hashes of the
// two person ids, never a NIK) and keeps how many are new until the next import or pull.
class NewDuplicates
{
    Q_DECLARE_TR_FUNCTIONS(NewDuplicates)

public:
    static Status markRegisterChanged(const Database &db);
    static bool pending(const Database &db);
    // The pass, on a writable connection: the new pairs, stored; the mark cleared.
    static Result<qint64> recount(const Database &db, const ScanOptions &options = {});
    // What the last count found (0 before any).
    static qint64 lastCount(const Database &db);

    static quint64 pairKey(const QString &personA, const QString &personB);
};

} // namespace tepat
