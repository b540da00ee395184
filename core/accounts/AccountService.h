#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tepat {

class Clock;
class Database;

struct Account
{
    QString username;
    QString displayName;
    Role role = Role::Operator;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime retryAfter; // invalid when no wait is due
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QString createdBy;
    QString personId; // the holder's own record in the register (person.id); empty: not linked

    Actor actor() const { return Actor{username, displayName, role}; }
};

// The accounts of this installation: the first administrator, then accounts for operators,
// field staff and the village head. Every change checks the caller's permission itself
// (Permission::ManageAccounts), is recorded in the audit trail in the same transaction, and
// never deletes: an account is disabled instead.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(const Database &db, const Clock &clock,
                   PasswordHasher hasher = PasswordHasher());

    Result<bool> hasAccounts() const;
    Result<Account> find(const QString &username) const;
    Result<QList<Account>> list(const Session &session) const;
    // The sign-in before the session now running (from the audit trail; the first
    // administrator's account creation counts as a sign-in). Invalid when there was none.
    Result<QDateTime> previousSignIn(const Session &session) const;

    // First start: creates the administrator and signs them in. Refused once any account exists.
    Result<Session> createFirstAdministrator(const QString &username, const QString &displayName,
                                             const QString &password) const;

    // The new account must choose its own password at first sign-in.
    Status create(const Session &session, const QString &username, const QString &displayName,
                  Role role, const QString &initialPassword) const;
    Status changeRole(const Session &session, const QString &username, Role role) const;
    Status setDisabled(const Session &session, const QString &username, bool disabled) const;
    // A temporary password that must be changed at the next sign-in; clears a pending wait.
    Status resetPassword(const Session &session, const QString &username,
                         const QString &temporaryPassword) const;
    // Links the account to its holder's own record in the register (a person id), so that a
    // request the holder proposes for their own family, KK or address is flagged; an empty id
    // removes the link. The person must be in the register.
    Status setPerson(const Session &session, const QString &username,
                     const QString &personId) const;
    Status changeOwnPassword(const Session &session, const QString &currentPassword,
                             const QString &newPassword) const;

    // Minutes without keyboard or mouse before the window locks (an installation setting).
    static constexpr int defaultIdleLockMinutes = 10;
    int idleLockMinutes() const;
    Status setIdleLockMinutes(const Session &session, int minutes) const;

    // Rules every new password meets; the error says what is missing.
    static Status checkPasswordRules(const QString &username, const QString &password);
    static Status checkUsername(const QString &username);
    static QString normalizedUsername(const QString &username);

    const PasswordHasher &hasher() const { return m_hasher; }

private:
    Status insert(const QString &createdBy, const QString &username, const QString &displayName,
                  Role role, const QString &password, bool mustChange) const;
    Result<int> activeAdministrators() const;

    const Database &m_db;
    const Clock &m_clock;
    PasswordHasher m_hasher;
};

} // namespace tepat
