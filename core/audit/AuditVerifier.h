#pragma once

#include "core/common/Result.h"
#include "core/storage/AuditTrail.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tepat {

class Database;

// Where the chain first stops being the one that was written, and how.
struct AuditBreak
{
    enum class Kind
    {
        Changed,   // the entry's content no longer matches its hash
        Removed,   // one or more entries before this point are missing
        Inserted,  // this entry was not in the chain that was written
        Relinked,  // the entry does not follow the one before it (rewritten or reordered)
        Truncated, // entries after the last one are missing (seen against a known head)
    };
    Kind kind = Kind::Changed;
    qint64 entryId = 0;     // the first entry affected (for Removed: the first missing number)
    qint64 lastEntryId = 0; // for Removed/Inserted/Truncated: the last one affected
    QString message;        // Indonesian, names the place
    static QString code(Kind kind); // "changed", "removed", …
};

struct AuditVerification
{
    qint64 checked = 0; // entries read
    qint64 lastId = 0;  // the newest entry's number
    QString head;       // its hash ("" for an empty trail)
    std::optional<AuditBreak> broken;
    bool intact() const { return !broken.has_value(); }
};

// A point of the chain known from elsewhere (the central server's last acknowledged head, a
// backup): entries up to it must still be there, unchanged.
struct AuditAnchor
{
    qint64 id = 0;
    QString hash;
};

// Checks the whole audit chain: every entry's hash, every link to the previous entry, and
// the numbering. Reports the first place where the stored trail differs from what was
// written: a changed, removed or inserted entry, with its number. A trail cut off at the end
// looks intact unless a known head (anchor) is given: see docs/security.md.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(const Database &db);

    // progress(done, total) is called now and then; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<AuditVerification> verify(const Progress &progress = {},
                                     const std::optional<AuditAnchor> &anchor = {}) const;

private:
    const Database &m_db;
};

} // namespace tepat
