#include "core/common/Clock.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/VillageLetterKeys.h"
#include "tests/support/TestSupport.h"
#include "tests/sync/server/CentralApi.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace tepat;
using namespace tepat::test;
using tepat::central::VillageLetterKeys;

namespace {

struct KeyPair
{
    QByteArray pk = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    KeyPair()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                            reinterpret_cast<unsigned char *>(sk.data()));
    }
    QByteArray sign(const QByteArray &text) const
    {
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(text.constData()),
                             quint64(text.size()),
                             reinterpret_cast<const unsigned char *>(sk.constData()));
        return signature;
    }
};

const QString kVillageCode = QStringLiteral("3402012001");

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestVillageLetterKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    // The first key of a village is taken; sending it again changes nothing.
    void theFirstKeyIsRegistered()
    {
        QTemporaryDir dir;
        auto db = central::CentralDatabase::open(dir.path(), {}, true);
        QVERIFY(db);
        FixedClock clock(referenceNow());
        const VillageLetterKeys keys(**db, clock);
        const KeyPair first;
        QVERIFY(keys.registerKey(kVillageCode, first.pk, {}));
        QVERIFY(keys.registerKey(kVillageCode, first.pk, {}));
        QCOMPARE(*keys.currentKey(kVillageCode), first.pk);
        QCOMPARE(*keys.publicKey(kVillageCode, VillageLetterKeys::keyIdOf(first.pk)), first.pk);
        QVERIFY(keys.publicKey(QStringLiteral("3402012002"), VillageLetterKeys::keyIdOf(first.pk))
                    ->isEmpty());
        auto version =
            (*db)->query(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        QVERIFY(version && version->next());
        QCOMPARE(version->value(0).toInt(), 5);
    }

    // A new key signed by the current one replaces it; the old one still verifies old letters.
    void aRotationSignedByTheOldKeyIsAccepted()
    {
        QTemporaryDir dir;
        auto db = central::CentralDatabase::open(dir.path(), {}, true);
        QVERIFY(db);
        FixedClock clock(referenceNow());
        const VillageLetterKeys keys(**db, clock);
        const KeyPair first;
        const KeyPair second;
        QVERIFY(keys.registerKey(kVillageCode, first.pk, {}));
        QVERIFY(keys.registerKey(
            kVillageCode, second.pk,
            first.sign(VillageLetterKeys::rotationMessage(kVillageCode, second.pk))));
        QCOMPARE(*keys.currentKey(kVillageCode), second.pk);
        QCOMPARE(*keys.publicKey(kVillageCode, VillageLetterKeys::keyIdOf(first.pk)), first.pk);
        // Going back to the retired key is refused, even when vouched for.
        const Status back = keys.registerKey(
            kVillageCode, first.pk,
            second.sign(VillageLetterKeys::rotationMessage(kVillageCode, first.pk)));
        QVERIFY(!back);
        QCOMPARE(back.error().code, QStringLiteral("letter.key_retired"));
        QCOMPARE(*keys.currentKey(kVillageCode), second.pk);
    }

    // A new key without the old key's signature, signed by itself, or vouched for another
    // village, is refused and the current key stays.
    void aRotationNotSignedByTheOldKeyIsRefused()
    {
        QTemporaryDir dir;
        auto db = central::CentralDatabase::open(dir.path(), {}, true);
        QVERIFY(db);
        FixedClock clock(referenceNow());
        const VillageLetterKeys keys(**db, clock);
        const KeyPair first;
        const KeyPair intruder;
        QVERIFY(keys.registerKey(kVillageCode, first.pk, {}));
        for (const QByteArray &endorsement :
             {QByteArray(),
              intruder.sign(VillageLetterKeys::rotationMessage(kVillageCode, intruder.pk)),
              first.sign(
                  VillageLetterKeys::rotationMessage(QStringLiteral("3402012002"), intruder.pk))}) {
            const Status s = keys.registerKey(kVillageCode, intruder.pk, endorsement);
            QVERIFY(!s);
            QCOMPARE(s.error().code, QStringLiteral("letter.key_rotation_unsigned"));
        }
        QCOMPARE(*keys.currentKey(kVillageCode), first.pk);
        QVERIFY(keys.publicKey(kVillageCode, VillageLetterKeys::keyIdOf(intruder.pk))->isEmpty());
        QVERIFY(!keys.registerKey(kVillageCode, QByteArray(5, 'x'), {}));
    }

    // Over the wire: an operator registers the village's key at sync; a rotation the old key
    // did not sign is refused with 422; a supervisor (no village) cannot register one.
    void anOperatorRegistersTheVillageKeyOverTheWire()
    {
        CentralApi api;
        api.login();
        const KeyPair first;
        const KeyPair second;
        HttpResult r = api.post("letter-key", {{QStringLiteral("public_key"), b64(first.pk)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(QLatin1String("key_id")).toString(),
                 VillageLetterKeys::keyIdOf(first.pk));
        r = api.post("letter-key", {{QStringLiteral("public_key"), b64(second.pk)}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorCode(r), QStringLiteral("letter.key_rotation_unsigned"));
        r = api.post("letter-key",
                     {{QStringLiteral("public_key"), b64(second.pk)},
                      {QStringLiteral("endorsement"),
                       b64(first.sign(VillageLetterKeys::rotationMessage(kVillage, second.pk)))}});
        QCOMPARE(r.status, 200);
        const VillageLetterKeys keys(api.central.server->database(), api.clock);
        QCOMPARE(*keys.currentKey(kVillage), second.pk);
        api.login(QStringLiteral("dinsos.kediri"));
        r = api.post("letter-key", {{QStringLiteral("public_key"), b64(first.pk)}});
        QCOMPARE(r.status, 403);
    }
};

QTEST_GUILESS_MAIN(TestVillageLetterKeys)
#include "TestVillageLetterKeys.moc"
