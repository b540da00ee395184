#include "core/letters/LetterPayload.h"
#include "core/letters/LetterSigner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

using namespace tepat;
using namespace tepat::test;

// The one reader of a letter's signed payload, shared by the desktop's check and the regency
// server's public page (issue 16, D6).
class TestLetterPayload : public QObject
{
    Q_OBJECT

    static LetterClaim claim()
    {
        return {QStringLiteral("400.9.14.1/0012/Kel.Bangsal/XI/2026"),
                QDate(2026, 11, 23),
                true,
                QStringLiteral("Siti Aminah | Putri"),
                3,
                QCryptographicHash::hash("isi surat", QCryptographicHash::Sha256)};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void whatIsSignedReadsBack()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const QString payload = *signer.sign(claim());
        const std::optional<LetterPayload> p = LetterPayload::parse(payload.toUtf8());
        QVERIFY(p);
        QCOMPARE(p->claim.number, claim().number);
        QCOMPARE(p->claim.issuedOn, claim().issuedOn);
        QCOMPARE(p->claim.name, claim().name);
        QCOMPARE(p->claim.desil, 3);
        QVERIFY(p->claim.registered);
        QCOMPARE(p->claim.contentHash, claim().contentHash.left(LetterPayload::kHashBytes));
        QCOMPARE(p->keyId, *signer.ensureKey());
        QCOMPARE(p->signedText, LetterPayload::signedTextOf(claim(), p->keyId));
        QCOMPARE(QString::fromLatin1(p->signedText + '|'), payload.left(p->signedText.size() + 1));

        auto key = store.db->query(QStringLiteral("SELECT public_key FROM letter_key"));
        QVERIFY(key && key->next());
        const QByteArray publicKey = key->value(0).toByteArray();
        QVERIFY(p->signedBy(publicKey));
        QCOMPARE(LetterPayload::keyIdOf(publicKey), p->keyId);

        // The /v/ code is the same payload in base64url.
        const std::optional<LetterPayload> fromLink =
            LetterPayload::fromCode(LetterPayload::codeOf(payload));
        QVERIFY(fromLink);
        QCOMPARE(fromLink->signedText, p->signedText);
        QCOMPARE(fromLink->signature, p->signature);

        // One changed character of the signed part and the signature no longer holds.
        QByteArray changed = payload.toUtf8();
        changed.replace("Siti", "Sita");
        const std::optional<LetterPayload> altered = LetterPayload::parse(changed);
        QVERIFY(altered);
        QVERIFY(!altered->signedBy(publicKey));
        QVERIFY(!p->signedBy(QByteArray(32, 'k')));
        QVERIFY(!p->signedBy(QByteArray()));
    }

    void otherTextIsNoPayload()
    {
        QVERIFY(!LetterPayload::parse(QByteArray()));
        QVERIFY(!LetterPayload::parse("TPT1|a|b"));
        QVERIFY(!LetterPayload::parse("TPT2|a|b|c|d|e|f|g|h"));
        QVERIFY(LetterPayload::parse("TPT1|a|b|c|d|e|f|g|h"));
        QVERIFY(!LetterPayload::fromCode(u"bukan kode!"));
        QVERIFY(!LetterPayload::fromCode(QString(1025, u'A')));
    }

    // What the old key signs at a rotation names the village and the new key.
    void theRotationMessageBindsVillageAndKey()
    {
        const QByteArray key(32, 'n');
        const QByteArray message = LetterPayload::rotationMessage(QStringLiteral("35.71"), key);
        QVERIFY(message.startsWith("TPTKEY1|35.71|"));
        QVERIFY(message != LetterPayload::rotationMessage(QStringLiteral("35.72"), key));
        QVERIFY(message !=
                LetterPayload::rotationMessage(QStringLiteral("35.71"), QByteArray(32, 'm')));
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                            reinterpret_cast<unsigned char *>(sk.data()));
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             quint64(message.size()),
                             reinterpret_cast<const unsigned char *>(sk.constData()));
        QVERIFY(LetterPayload::signatureValid(pk, message, signature));
        QVERIFY(!LetterPayload::signatureValid(pk, message + "x", signature));
        QVERIFY(!LetterPayload::signatureValid(pk, message, signature.left(10)));
    }
};

QTEST_GUILESS_MAIN(TestLetterPayload)
#include "TestLetterPayload.moc"
