#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tepat {

class Clock;
class Database;

// An Ed25519 key pair (libsodium crypto_sign). The secret bytes are wiped on destruction.
struct SigningKeyPair
{
    QByteArray publicKey; // crypto_sign_PUBLICKEYBYTES
    QByteArray secretKey; // crypto_sign_SECRETKEYBYTES

    SigningKeyPair() = default;
    SigningKeyPair(QByteArray publicBytes, QByteArray secretBytes);
    SigningKeyPair(const SigningKeyPair &) = default;
    SigningKeyPair &operator=(const SigningKeyPair &) = default;
    ~SigningKeyPair();

    static SigningKeyPair generate();
    QString publicHex() const { return QString::fromLatin1(publicKey.toHex()); }
    bool valid() const;
};

// Where this store stands in the village's field work: the office (it writes packages), a laptop
// (it took one), or neither yet.
enum class FieldRole
{
    None,
    Office,
    Laptop
};

// What the office and its laptops share after the first package.
struct VillageKey
{
    QString villageCode;
    QByteArray key;             // 32 bytes, secretstream key of results bundles
    QByteArray officePublicKey; // every work package is signed with it
};

// The keys of field work kept in the store (field_identity, field_village_key, field_device):
// the office's signing key pair and the village key, made on the office's first package; the
// key pair a laptop was given; the laptops the office issued keys to.
class FieldKeys
{
    Q_DECLARE_TR_FUNCTIONS(FieldKeys)

public:
    FieldKeys(const Database &db, const Clock &clock);

    Result<FieldRole> role() const;
    Result<std::optional<SigningKeyPair>> identity() const;
    Result<std::optional<VillageKey>> villageKey() const;
    // Laptop: the field account its packages were assigned to.
    Result<QString> assignee() const;

    // Office: its key pair and the village key, made (and kept) on first use. Refused on a
    // laptop store. Runs inside the caller's transaction.
    Result<SigningKeyPair> officeIdentity() const;
    Result<VillageKey> officeVillageKey(const SigningKeyPair &office, const QString &village) const;
    // Office: records the laptop key pair issued for an assignee.
    Status issueDevice(const SigningKeyPair &device, const QString &assignee,
                       const QString &actor) const;
    // Office: the assignee of an issued laptop key, empty when the key is not one of ours.
    Result<QString> deviceAssignee(const QByteArray &publicKey) const;

    // Laptop: keeps what its first package brought (inside the caller's transaction).
    Status becomeLaptop(const SigningKeyPair &device, const VillageKey &village,
                        const QString &assignee) const;

    static QByteArray sign(const QByteArray &message, const SigningKeyPair &keys);
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
