#include "core/accounts/PasswordHasher.h"

#include <sodium.h>

namespace tepat {

namespace {

// Zeroes a secret's bytes when it goes out of scope.
struct SecretBytes
{
    QByteArray bytes;
    explicit SecretBytes(const QString &text)
        : bytes(text.toUtf8())
    {}
    ~SecretBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

} // namespace

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

PasswordCost PasswordCost::standard()
{
    // Measured on the reference two-core machine (tepat-bench-accounts; the machine shared
    // with other builds, load 1–4): 4 passes over 128 MiB take 0.42–0.48 s per check.
    // INTERACTIVE (2 passes over 64 MiB) takes 0.11–0.23 s there. Under heavy contention
    // (load 7, five parallel builds) the same check took 1.0 s, INTERACTIVE 0.28 s.
    return {4, size_t(128) << 20};
}

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordCost cost)
    : m_cost(cost)
{
    ensureSodium();
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (!ensureSodium() ||
        crypto_pwhash_str_alg(out, secret.bytes.constData(),
                              static_cast<unsigned long long>(secret.bytes.size()), m_cost.opsLimit,
                              m_cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error{QStringLiteral("auth.hash_failed"),
                     tr("Kata sandi tidak bisa diamankan: memori komputer tidak cukup. Tutup "
                        "aplikasi lain, lalu ulangi.")};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &stored, const QString &password) const
{
    const QByteArray encoded = stored.toLatin1();
    const SecretBytes secret(password);
    return ensureSodium() && !encoded.isEmpty() &&
           crypto_pwhash_str_verify(encoded.constData(), secret.bytes.constData(),
                                    static_cast<unsigned long long>(secret.bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    const QByteArray encoded = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), m_cost.opsLimit, m_cost.memLimit) !=
           0;
}

void PasswordHasher::verifyNothing(const QString &password) const
{
    if (m_dummy.isEmpty()) {
        const Result<QString> dummy = hash(QStringLiteral("tepat-no-such-account"));
        m_dummy = dummy ? dummy.value() : QString();
    }
    (void)verify(m_dummy, password);
}

} // namespace tepat
