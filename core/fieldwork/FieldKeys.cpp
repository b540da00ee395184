#include "core/fieldwork/FieldKeys.h"

#include "core/accounts/PasswordHasher.h"
#include "core/common/Clock.h"
#include "core/storage/Database.h"

#include <sodium.h>

namespace tepat {

namespace {

QString stamp(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

SigningKeyPair::SigningKeyPair(QByteArray publicBytes, QByteArray secretBytes)
    : publicKey(std::move(publicBytes))
    , secretKey(std::move(secretBytes))
{}

SigningKeyPair::~SigningKeyPair()
{
    if (!secretKey.isEmpty() && secretKey.isDetached()) {
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    }
}

SigningKeyPair SigningKeyPair::generate()
{
    ensureSodium();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    return SigningKeyPair(pk, sk);
}

bool SigningKeyPair::valid() const
{
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           secretKey.size() == crypto_sign_SECRETKEYBYTES;
}

FieldKeys::FieldKeys(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<FieldRole> FieldKeys::role() const
{
    auto q = m_db.query(QStringLiteral("SELECT role FROM field_identity WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return FieldRole::None;
    }
    return q->value(0).toString() == QLatin1String("laptop") ? FieldRole::Laptop
                                                             : FieldRole::Office;
}

Result<std::optional<SigningKeyPair>> FieldKeys::identity() const
{
    auto q = m_db.query(
        QStringLiteral("SELECT public_key, secret_key FROM field_identity WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<SigningKeyPair>();
    }
    SigningKeyPair keys(q->value(0).toByteArray(), q->value(1).toByteArray());
    if (!keys.valid()) {
        return Error{QStringLiteral("fieldwork.bad_stored_key"),
                     tr("Kunci tanda tangan lapangan yang tersimpan rusak. Pulihkan data dari "
                        "cadangan.")};
    }
    return std::optional<SigningKeyPair>(keys);
}

Result<std::optional<VillageKey>> FieldKeys::villageKey() const
{
    auto q = m_db.query(QStringLiteral(
        "SELECT village_code, key, office_public_key FROM field_village_key WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<VillageKey>();
    }
    VillageKey key{q->value(0).toString(), q->value(1).toByteArray(), q->value(2).toByteArray()};
    if (key.key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        key.officePublicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return Error{QStringLiteral("fieldwork.bad_stored_key"),
                     tr("Kunci desa yang tersimpan rusak. Pulihkan data dari cadangan.")};
    }
    return std::optional<VillageKey>(key);
}

Result<QString> FieldKeys::assignee() const
{
    auto q = m_db.query(QStringLiteral("SELECT assignee FROM field_identity WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

Result<SigningKeyPair> FieldKeys::officeIdentity() const
{
    const Result<FieldRole> current = role();
    if (!current) {
        return current.error();
    }
    if (*current == FieldRole::Laptop) {
        return Error{QStringLiteral("fieldwork.laptop_store"),
                     tr("Berkas data ini milik laptop lapangan; paket kerja hanya dibuat di "
                        "komputer kantor kelurahan.")};
    }
    if (*current == FieldRole::Office) {
        Result<std::optional<SigningKeyPair>> stored = identity();
        if (!stored) {
            return stored.error();
        }
        return **stored;
    }
    const SigningKeyPair fresh = SigningKeyPair::generate();
    auto q = m_db.query(QStringLiteral("INSERT INTO field_identity (id, role, public_key, "
                                       "secret_key, created_at) VALUES (1, 'office', ?, ?, ?)"),
                        {fresh.publicKey, fresh.secretKey, stamp(m_clock)});
    if (!q) {
        return q.error();
    }
    return fresh;
}

Result<VillageKey> FieldKeys::officeVillageKey(const SigningKeyPair &office,
                                               const QString &village) const
{
    Result<std::optional<VillageKey>> stored = villageKey();
    if (!stored) {
        return stored.error();
    }
    if (*stored) {
        return **stored;
    }
    ensureSodium();
    VillageKey fresh{village, QByteArray(crypto_secretstream_xchacha20poly1305_KEYBYTES, '\0'),
                     office.publicKey};
    crypto_secretstream_xchacha20poly1305_keygen(
        reinterpret_cast<unsigned char *>(fresh.key.data()));
    auto q = m_db.query(QStringLiteral("INSERT INTO field_village_key (id, village_code, key, "
                                       "office_public_key, created_at) VALUES (1, ?, ?, ?, ?)"),
                        {fresh.villageCode, fresh.key, fresh.officePublicKey, stamp(m_clock)});
    if (!q) {
        return q.error();
    }
    return fresh;
}

Status FieldKeys::issueDevice(const SigningKeyPair &device, const QString &assignee,
                              const QString &actor) const
{
    auto q = m_db.query(QStringLiteral("INSERT INTO field_device (public_key, assignee, issued_at, "
                                       "issued_by) VALUES (?, ?, ?, ?)"),
                        {device.publicHex(), assignee, stamp(m_clock), actor});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QString> FieldKeys::deviceAssignee(const QByteArray &publicKey) const
{
    auto q = m_db.query(QStringLiteral("SELECT assignee FROM field_device WHERE public_key = ?"),
                        {QString::fromLatin1(publicKey.toHex())});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toString() : QString();
}

Status FieldKeys::becomeLaptop(const SigningKeyPair &device, const VillageKey &village,
                               const QString &assignee) const
{
    const QString now = stamp(m_clock);
    auto identityRow = m_db.query(
        QStringLiteral("INSERT INTO field_identity (id, role, public_key, secret_key, assignee, "
                       "created_at) VALUES (1, 'laptop', ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                       "SET public_key = excluded.public_key, secret_key = excluded.secret_key, "
                       "assignee = excluded.assignee"),
        {device.publicKey, device.secretKey, assignee, now});
    if (!identityRow) {
        return identityRow.error();
    }
    auto keyRow = m_db.query(
        QStringLiteral("INSERT INTO field_village_key (id, village_code, key, office_public_key, "
                       "created_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "key = excluded.key"),
        {village.villageCode, village.key, village.officePublicKey, now});
    if (!keyRow) {
        return keyRow.error();
    }
    return {};
}

QByteArray FieldKeys::sign(const QByteArray &message, const SigningKeyPair &keys)
{
    ensureSodium();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(keys.secretKey.constData()));
    return signature;
}

bool FieldKeys::verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey)
{
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace tepat
