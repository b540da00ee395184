#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace tepat {

class Clock;
class Database;

struct SignedIn
{
    Session session;
    bool mustChangePassword = false;
};

// Signs people in and makes guessing slow: after a few wrong passwords for a name, every
// further attempt must wait longer (kept in the store, so restarting Tepat does not reset it).
// Names without an account get the same answer, the same check time and the same waits.
// Every sign-in and every failure is recorded in the audit trail.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    Authenticator(const Database &db, const Clock &clock, PasswordHasher hasher = PasswordHasher());

    Result<SignedIn> signIn(const QString &username, const QString &password);
    // The signed-in person proves it is still them (the idle lock). Same waits and records.
    Status confirm(const Session &session, const QString &password);

    const PasswordHasher &hasher() const { return m_hasher; }

    // Seconds before the next attempt for this name is checked (0: now).
    qint64 secondsToWait(const QString &username) const;

    // Consecutive failures that cost no wait; after that the wait doubles from 5 s up to 15 min.
    static constexpr int freeAttempts = 2;
    static qint64 delayAfter(int consecutiveFailures);

private:
    struct Attempts
    {
        int failures = 0;
        QDateTime retryAfter;
    };

    Result<SignedIn> attempt(const QString &username, const QString &password,
                             const QString &successAction);
    Error waitError(qint64 seconds) const;
    Error wrongCredentials(qint64 nextWait) const;

    const Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
    QHash<QString, Attempts> m_unknownNames; // names without an account, this session only
};

} // namespace tepat
