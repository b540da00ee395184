#include "core/backup/BackupKey.h"

#include <sodium.h>

namespace tepat {

bool BackupKdf::plausible() const
{
    return salt.size() == crypto_pwhash_SALTBYTES && opsLimit >= crypto_pwhash_OPSLIMIT_MIN &&
           opsLimit <= 32 && memLimit >= crypto_pwhash_MEMLIMIT_MIN &&
           memLimit <= (quint64(1) << 30);
}

PasswordCost BackupKey::standardCost()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

BackupKdf BackupKey::freshKdf(PasswordCost cost)
{
    ensureSodium();
    BackupKdf kdf{cost.opsLimit, cost.memLimit, QByteArray(crypto_pwhash_SALTBYTES, '\0')};
    randombytes_buf(kdf.salt.data(), size_t(kdf.salt.size()));
    return kdf;
}

Status BackupKey::checkPassphraseRules(const QString &passphrase)
{
    if (passphrase.size() < 10) {
        return Error{QStringLiteral("backup.weak_passphrase"),
                     tr("Frasa sandi cadangan minimal 10 karakter. Pakai beberapa kata yang mudah "
                        "diingat tetapi sulit ditebak.")};
    }
    return {};
}

BackupKey::BackupKey(BackupKdf kdf, QByteArray key)
    : m_kdf(std::move(kdf))
    , m_key(std::move(key))
{}

BackupKey::~BackupKey()
{
    if (!m_key.isEmpty() && !m_key.isDetached()) {
        return; // another copy still holds the bytes and wipes them
    }
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Result<BackupKey> BackupKey::derive(const QString &passphrase, const BackupKdf &kdf)
{
    if (!ensureSodium() || !kdf.plausible()) {
        return Error{QStringLiteral("backup.bad_kdf"),
                     tr("Pengaturan kunci cadangan tidak sah (berkas rusak atau bukan cadangan "
                        "Tepat).")};
    }
    QByteArray secret = passphrase.toUtf8();
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0');
    const int rc = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()),
                                 static_cast<unsigned long long>(key.size()), secret.constData(),
                                 static_cast<unsigned long long>(secret.size()),
                                 reinterpret_cast<const unsigned char *>(kdf.salt.constData()),
                                 kdf.opsLimit, size_t(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (rc != 0) {
        return Error{QStringLiteral("backup.kdf_memory"),
                     tr("Kunci cadangan tidak bisa dibuat: memori komputer tidak cukup. Tutup "
                        "aplikasi lain, lalu ulangi.")};
    }
    return BackupKey(kdf, std::move(key));
}

Result<BackupKey> BackupKey::fromStored(const BackupKdf &kdf, const QByteArray &key)
{
    if (!kdf.plausible() || key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES) {
        return Error{QStringLiteral("backup.bad_stored_key"),
                     tr("Kunci cadangan yang tersimpan rusak. Atur ulang frasa sandi cadangan di "
                        "Pengaturan → Cadangan.")};
    }
    return BackupKey(kdf, key);
}

} // namespace tepat
