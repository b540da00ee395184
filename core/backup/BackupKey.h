#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tepat {

// How a backup key is derived from a passphrase: argon2id with these limits and salt. Every
// backup file repeats them in its header, so the passphrase alone restores it.
struct BackupKdf
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt; // crypto_pwhash_SALTBYTES

    // Limits a header may ask for; anything else is a damaged or hostile file.
    bool plausible() const;
};

// A 32-byte secretstream key and how it was derived. The bytes are wiped on destruction.
class BackupKey
{
    Q_DECLARE_TR_FUNCTIONS(BackupKey)

public:
    // libsodium's MODERATE limits (3 passes over 256 MiB): a backup leaves the office on a
    // USB stick, so guessing its passphrase must be expensive. About 2 s here, once per key.
    static PasswordCost standardCost();
    static BackupKdf freshKdf(PasswordCost cost = standardCost());
    static Status checkPassphraseRules(const QString &passphrase);

    static Result<BackupKey> derive(const QString &passphrase, const BackupKdf &kdf);
    // A key kept by the installation for scheduled backups (see BackupService).
    static Result<BackupKey> fromStored(const BackupKdf &kdf, const QByteArray &key);

    BackupKey(const BackupKey &other) = default;
    BackupKey &operator=(const BackupKey &other) = default;
    ~BackupKey();

    const BackupKdf &kdf() const { return m_kdf; }
    const QByteArray &bytes() const { return m_key; }

private:
    BackupKey(BackupKdf kdf, QByteArray key);

    BackupKdf m_kdf;
    QByteArray m_key;
};

} // namespace tepat
