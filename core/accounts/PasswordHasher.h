#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace tepat {

// How much work one password check costs (libsodium argon2id limits).
struct PasswordCost
{
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;

    // What accounts use: at least libsodium's INTERACTIVE limits, tuned so that one check takes
    // about half a second on a two-core office PC (bench/AccountsBench.cpp measures it).
    static PasswordCost standard();
    // libsodium's INTERACTIVE limits: the floor for anything a person's password protects.
    static PasswordCost interactive();
    // The library's minimum: only for tests, which hash hundreds of passwords.
    static PasswordCost fastForTests();
};

// Hashes and checks passwords with argon2id (crypto_pwhash_str). The stored string carries the
// algorithm, its limits and a random salt, so old hashes stay checkable after a retune.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    explicit PasswordHasher(PasswordCost cost = PasswordCost::standard());

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &stored, const QString &password) const;
    // True when the stored hash was made with other limits or algorithm than this hasher's.
    bool needsRehash(const QString &stored) const;
    // Spends the time of one check, for names that have no account (no timing difference).
    void verifyNothing(const QString &password) const;

    const PasswordCost &cost() const { return m_cost; }

private:
    PasswordCost m_cost;
    mutable QString m_dummy;
};

// libsodium must be initialised before first use; this is safe to call from any thread.
bool ensureSodium();

} // namespace tepat
