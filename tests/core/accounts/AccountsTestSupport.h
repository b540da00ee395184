#pragma once

#include "core/accounts/AccountService.h"
#include "tests/support/TestSupport.h"

namespace tepat::test {

// Accounts with the library's minimum hashing cost: the suite hashes many passwords.
inline PasswordHasher fastHasher()
{
    return PasswordHasher(PasswordCost::fastForTests());
}

inline Session sessionAs(Role role, const QString &username = QStringLiteral("uji"))
{
    return Session(Actor{username, username, role});
}

// A store with an administrator "admin" (password "rahasia-admin") and one account per role:
// "operator", "lapangan", "kades" (password "sandi-<name>", already changed).
inline Session seedAccounts(const Database &db, const Clock &clock)
{
    const AccountService accounts(db, clock, fastHasher());
    const auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"),
                                                         QStringLiteral("Admin Kelurahan"),
                                                         QStringLiteral("rahasia-admin"));
    if (!admin) {
        qFatal("seed: %s", qPrintable(admin.error().message));
    }
    const std::pair<const char *, Role> others[] = {
        {"operator", Role::Operator}, {"lapangan", Role::FieldStaff}, {"kades", Role::VillageHead}};
    for (const auto &[name, role] : others) {
        const QString username = QLatin1String(name);
        const Status made = accounts.create(admin.value(), username, username.toUpper(), role,
                                            QStringLiteral("sementara-") + username);
        const Session self(Actor{username, username, role});
        const Status changed =
            made ? accounts.changeOwnPassword(self, QStringLiteral("sementara-") + username,
                                              QStringLiteral("sandi-") + username)
                 : made;
        if (!changed) {
            qFatal("seed %s: %s", name, qPrintable(changed.error().message));
        }
    }
    return admin.value();
}

} // namespace tepat::test
