#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralDatabase;

// The letter-signing public keys of each village (table village_letter_key), so that the public
// letter check can verify a letter by its signature alone. A village's first key is taken as it
// comes (trust on first sync, over the operator's signed-in connection); a later key replaces it
// only when the current key signed it (rotationMessage()); the retired key stays, so that the
// letters it signed still verify.
class VillageLetterKeys
{
    Q_DECLARE_TR_FUNCTIONS(VillageLetterKeys)

public:
    VillageLetterKeys(const CentralDatabase &db, const Clock &clock);

    // What the old key signs to vouch for the new one.
    static QByteArray rotationMessage(const QString &villageCode, const QByteArray &newPublicKey);
    // The key id the desktop gives a public key (first 8 bytes of its SHA-256, hex).
    static QString keyIdOf(const QByteArray &publicKey);

    // Registers `publicKey` (32 bytes) for the village. Registering the current key again does
    // nothing; a new key needs `endorsement`, the current key's Ed25519 signature over
    // rotationMessage(); otherwise "letter.key_rotation_unsigned".
    Status registerKey(const QString &villageCode, const QByteArray &publicKey,
                       const QByteArray &endorsement) const;
    // The public key of this village with this id (current or retired); empty when unknown.
    Result<QByteArray> publicKey(const QString &villageCode, const QString &keyId) const;
    // The village's current key; empty when it has none yet.
    Result<QByteArray> currentKey(const QString &villageCode) const;

private:
    const CentralDatabase &m_db;
    const Clock &m_clock;
};

} // namespace tepat::central
