#pragma once

#include "core/common/Result.h"
#include "core/disbursements/Disbursement.h"

#include <optional>

namespace tepat {

class Clock;
class Database;

// The replica's disbursement events (table `disbursement`, schema 34): written by the pull, read
// by the household's timeline and the certificate letter. Never edited by the installation.
class DisbursementHistory
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementHistory)

public:
    DisbursementHistory(const Database &db, const Clock &clock);

    // Writes the event when its version is newer than the stored one. True when written.
    Result<bool> store(const Disbursement &event) const;
    // Newest first (by date, then by period).
    Result<QList<Disbursement>> forHousehold(const QString &householdId) const;
    Result<std::optional<Disbursement>> latest(const QString &householdId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
