#include "sync/server/VillageLetterKeys.h"

#include "core/common/Clock.h"
#include "core/letters/LetterPayload.h"
#include "sync/server/CentralDatabase.h"

#include <QSqlQuery>

#include <sodium.h>

namespace tepat::central {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

VillageLetterKeys::VillageLetterKeys(const CentralDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QByteArray VillageLetterKeys::rotationMessage(const QString &villageCode,
                                              const QByteArray &newPublicKey)
{
    return LetterPayload::rotationMessage(villageCode, newPublicKey);
}

QString VillageLetterKeys::keyIdOf(const QByteArray &publicKey)
{
    return LetterPayload::keyIdOf(publicKey);
}

Result<QByteArray> VillageLetterKeys::currentKey(const QString &villageCode) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT public_key FROM village_letter_key WHERE village_code = ? AND "
                       "retired_at IS NULL"),
        {villageCode});
    if (!q) {
        return q.error();
    }
    return q->next() ? QByteArray::fromBase64(q->value(0).toByteArray()) : QByteArray();
}

Result<QByteArray> VillageLetterKeys::publicKey(const QString &villageCode,
                                                const QString &keyId) const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT public_key FROM village_letter_key "
                                                    "WHERE village_code = ? AND key_id = ?"),
                                     {villageCode, keyId});
    if (!q) {
        return q.error();
    }
    return q->next() ? QByteArray::fromBase64(q->value(0).toByteArray()) : QByteArray();
}

Status VillageLetterKeys::registerKey(const QString &villageCode, const QByteArray &publicKey,
                                      const QByteArray &endorsement) const
{
    if (!sodiumReady()) {
        return Error{QStringLiteral("letter.crypto"),
                     tr("Pustaka kriptografi (libsodium) tidak bisa dimulai.")};
    }
    if (villageCode.isEmpty() || publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return Error{QStringLiteral("letter.bad_key"),
                     tr("Kunci publik penanda tangan surat tidak sah.")};
    }
    CentralTransaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<QByteArray> current = currentKey(villageCode);
    if (!current) {
        return current.error();
    }
    if (*current == publicKey) {
        return {};
    }
    const QString now = storedTime(m_clock.now());
    if (!current->isEmpty()) {
        const QByteArray signedText = rotationMessage(villageCode, publicKey);
        if (!LetterPayload::signatureValid(*current, signedText, endorsement)) {
            return Error{QStringLiteral("letter.key_rotation_unsigned"),
                         tr("Kunci surat yang baru tidak ditandatangani oleh kunci yang lama; "
                            "server tidak menerimanya. Hubungi admin kabupaten.")};
        }
        if (Result<QSqlQuery> q = m_db.query(
                QStringLiteral("UPDATE village_letter_key SET retired_at = ? WHERE village_code "
                               "= ? AND retired_at IS NULL"),
                {now, villageCode});
            !q) {
            return q.error();
        }
    }
    const QString id = keyIdOf(publicKey);
    // A key that was retired earlier and comes back is refused: a rotation goes forward only.
    Result<QByteArray> known = this->publicKey(villageCode, id);
    if (!known) {
        return known.error();
    }
    if (!known->isEmpty()) {
        return Error{QStringLiteral("letter.key_retired"),
                     tr("Kunci surat ini sudah pernah diganti dan tidak bisa dipakai lagi.")};
    }
    if (Result<QSqlQuery> q = m_db.query(
            QStringLiteral("INSERT INTO village_letter_key(village_code, key_id, public_key, "
                           "registered_at) VALUES (?, ?, ?, ?)"),
            {villageCode, id, QString::fromLatin1(publicKey.toBase64()), now});
        !q) {
        return q.error();
    }
    return tx.commit();
}

} // namespace tepat::central
