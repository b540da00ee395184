#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
class Session;

// Withdraws a printed letter (wrong person, no longer true, withdrawn at the resident's
// request): the letter stays in the register as "dicabut" with the reason, who and when; it is
// not printed again; its verification code answers "revoked" on this desktop at once and at the
// regency's public letter check after the next sync (the revocation waits in
// LetterRevocationOutbox, queued in the same transaction as the revocation and its audit
// entry). A number issued by mistake and never handed out is voided instead
// (LetterRegister::voidLetter). Needs Permission::PrintLetters.
class LetterRevocation
{
    Q_DECLARE_TR_FUNCTIONS(LetterRevocation)

public:
    static constexpr int kMinimumReason = 5;

    LetterRevocation(const Database &db, const Clock &clock, const Session &session);

    static Status permitted(const Session &session);
    Status revoke(qint64 letterId, const QString &reason) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
