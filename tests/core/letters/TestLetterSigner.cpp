#include "core/accounts/Role.h"
#include "core/letters/LetterRegister.h"
#include "core/letters/LetterSigner.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestLetterSigner : public QObject
{
    Q_OBJECT

    static LetterClaim claim()
    {
        return {QStringLiteral("400.9.14.1/0012/Kel.Bangsal/XI/2026"),
                QDate(2026, 11, 23),
                true,
                QStringLiteral("Siti Aminah | Putri"),
                3,
                QCryptographicHash::hash("content with NIK 3571014101900001",
                                         QCryptographicHash::Sha256)};
    }

    static QString replaceField(const QString &payload, int index, const QString &value)
    {
        QStringList fields = payload.split(u'|');
        fields[index] = value;
        return fields.join(u'|');
    }

private Q_SLOTS:
    void roundTrip()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const auto payload = signer.sign(claim());
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().message));
        QVERIFY(payload->startsWith(QStringLiteral("TPT1|400.9.14.1/0012/Kel.Bangsal/XI/2026|")));
        QVERIFY(!payload->contains(QStringLiteral("3571014101900001")));
        QVERIFY(payload->size() < 260); // fits a small QR code
        const Verification v =
            signer.verify(QStringLiteral("  ") + *payload + QStringLiteral("\n"));
        QCOMPARE(v.verdict, Verdict::Genuine);
        QCOMPARE(v.claim.number, claim().number);
        QCOMPARE(v.claim.name, claim().name); // '|' in a name survives
        QCOMPARE(v.claim.issuedOn, claim().issuedOn);
        QCOMPARE(v.claim.desil, 3);
        QVERIFY(v.claim.registered);
        QCOMPARE(v.claim.contentHash, claim().contentHash.left(16));
        QCOMPARE(LetterSigner::verdictCode(v.verdict), QStringLiteral("genuine"));
        // One key pair per installation.
        QCOMPARE(signer.ensureKey().value(), v.keyId);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_key")), 1);
    }

    // With a regency server in the sync settings the QR code holds the short link to the
    // public letter check; the link verifies offline as the payload does (it carries it), and a
    // payload from before the link still verifies.
    void theQrCodeHoldsTheVerificationLink()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const QString payload = *signer.sign(claim());
        QCOMPARE(signer.qrText(payload), payload);
        QVERIFY(store.db->setSetting(QStringLiteral("sync.server_url"),
                                     QStringLiteral("https://dinsos.kediri.example:8443/")));
        const QString link = signer.qrText(payload);
        QVERIFY(link.startsWith(QStringLiteral("https://dinsos.kediri.example:8443/v/")));
        QVERIFY(!link.contains(u'|'));
        QVERIFY(link.size() < 400);
        QCOMPARE(LetterSigner::payloadOf(link), payload);
        QCOMPARE(signer.verify(link).verdict, Verdict::Genuine);
        QCOMPARE(signer.verify(link).claim.number, claim().number);
        QCOMPARE(signer.verify(payload).verdict, Verdict::Genuine);
        const QString forged =
            signer.qrText(replaceField(payload, 4, QStringLiteral("Orang Lain")));
        QCOMPARE(signer.verify(forged).verdict, Verdict::Altered);
        QCOMPARE(signer.verify(link.left(link.size() - 3) + QStringLiteral("!!!")).verdict,
                 Verdict::Unknown);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("number") << 1 << QStringLiteral("400.9.14.1/0013/Kel.Bangsal/XI/2026");
        QTest::newRow("date") << 2 << QStringLiteral("20261124");
        QTest::newRow("status") << 3 << QStringLiteral("N");
        QTest::newRow("name") << 4 << QStringLiteral("Siti Aminah");
        QTest::newRow("desil") << 5 << QStringLiteral("1");
        QTest::newRow("hash") << 6 << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("signature") << 8 << QString(86, u'A');
    }

    void tamperingIsDetected()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const QString payload = signer.sign(claim()).value();
        const Verification v = signer.verify(replaceField(payload, field, value));
        QCOMPARE(v.verdict, Verdict::Altered);
        QVERIFY(v.explanation.contains(QStringLiteral("diubah")));
    }

    void strangersAreUnknown()
    {
        TempStore store;
        TempStore elsewhere;
        const LetterSigner signer(*store.db, store.clock);
        const QString foreign = LetterSigner(*elsewhere.db, elsewhere.clock).sign(claim()).value();
        QCOMPARE(signer.verify(foreign).verdict, Verdict::Unknown);
        QCOMPARE(signer.verify(QStringLiteral("https://example.org/?x=1")).verdict,
                 Verdict::Unknown);
        QCOMPARE(signer.verify(QString()).verdict, Verdict::Unknown);
        QCOMPARE(signer.verify(QStringLiteral("TPT1|a|b")).verdict, Verdict::Unknown);
        QCOMPARE(LetterSigner::verdictCode(Verdict::Unknown), QStringLiteral("unknown"));
    }

    void retiredKeysStillVerify()
    {
        TempStore store;
        QVERIFY(store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03")));
        const LetterSigner signer(*store.db, store.clock);
        const QString old = signer.sign(claim()).value();
        const QString oldKey = signer.ensureKey().value();
        const auto rotated = signer.rotate(Session::localAdministrator());
        QVERIFY(rotated);
        QVERIFY(*rotated != oldKey);
        QCOMPARE(signer.verify(old).verdict, Verdict::Genuine);
        QVERIFY(signer.sign(claim())->contains(*rotated));
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM letter_key WHERE secret_key IS NOT NULL")),
                 1);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'letter.key_rotate'")),
                 1);
    }

    // A rotation needs the right to issue letters, and the village's code (which the old key's
    // endorsement names): refused without either, the key unchanged.
    void aRotationNeedsPermissionAndTheVillage()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const QString key = *signer.ensureKey();
        const auto noVillage = signer.rotate(Session::localAdministrator());
        QVERIFY(!noVillage);
        QCOMPARE(noVillage.error().code, QStringLiteral("letter.no_village"));
        QVERIFY(store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03")));
        const Session field = as(QStringLiteral("lapangan"), Role::FieldStaff);
        const auto refused = signer.rotate(field);
        QVERIFY(!refused);
        QCOMPARE(signer.current()->keyId, key);
        QCOMPARE(signer.current()->retired, 0);
    }

    // What Pengaturan shows: the current key, when it was made, whether the regency server has
    // it, and how many earlier keys are kept.
    void theCurrentKeyIsDescribed()
    {
        TempStore store;
        QVERIFY(store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03")));
        const LetterSigner signer(*store.db, store.clock);
        QVERIFY(signer.current()->keyId.isEmpty());
        const QString first = *signer.ensureKey();
        QVERIFY(signer.markRegistered(first));
        LetterKeyState state = *signer.current();
        QCOMPARE(state.keyId, first);
        QCOMPARE(state.createdAt, store.clock.now());
        QVERIFY(state.registered);
        store.clock.advanceSeconds(60);
        const QString second = *signer.rotate(Session::localAdministrator());
        state = *signer.current();
        QCOMPARE(state.keyId, second);
        QVERIFY(!state.registered);
        QCOMPARE(state.retired, 1);
    }

    // Before its secret is erased, the old key vouches for the new one (for the regency
    // server, which takes a new key only so); the keys go to the server in the order made.
    void theOldKeyEndorsesTheNewOne()
    {
        TempStore store;
        QVERIFY(store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03")));
        const LetterSigner signer(*store.db, store.clock);
        const QString oldKey = *signer.ensureKey();
        store.clock.advanceSeconds(60);
        const QString newKey = *signer.rotate(Session::localAdministrator());
        const auto key = [&](const QString &id) {
            auto q = store.db->query(
                QStringLiteral("SELECT public_key, endorsement FROM letter_key WHERE key_id = ?"),
                {id});
            return q && q->next() ? std::pair{q->value(0).toByteArray(), q->value(1).toByteArray()}
                                  : std::pair<QByteArray, QByteArray>{};
        };
        const auto [oldPublic, none] = key(oldKey);
        const auto [newPublic, endorsement] = key(newKey);
        QVERIFY(none.isEmpty());
        const QByteArray vouched =
            LetterPayload::rotationMessage(QStringLiteral("35.71.03"), newPublic);
        QVERIFY(LetterPayload::signatureValid(oldPublic, vouched, endorsement));
        QVERIFY(!LetterPayload::signatureValid(newPublic, vouched, endorsement));

        const QList<PublicLetterKey> keys = *signer.keysToRegister();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[0].keyId, oldKey);
        QVERIFY(keys[0].endorsement.isEmpty());
        QCOMPARE(keys[1].keyId, newKey);
        QCOMPARE(keys[1].endorsement, endorsement);
        QVERIFY(signer.markRegistered(oldKey));
        QCOMPARE(signer.keysToRegister()->size(), 1);
    }

    void registerDisagreementIsAltered()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const LetterRegister reg(*store.db, store.clock);
        NewLetter letter;
        letter.numbering = {LetterNumber::defaultPattern(), QStringLiteral("400.9.14.1"),
                            QStringLiteral("Kel.Bangsal")};
        letter.issuedOn = store.clock.today();
        const auto issued = reg.issue(letter, QStringLiteral("rina"),
                                      [](const LetterRecord &) -> Result<LetterSeal> {
                                          return LetterSeal{{}, QString(64, u'a'), {}, {}};
                                      });
        QVERIFY(issued);
        LetterClaim c = claim();
        c.number = issued->number;
        const Verification mismatch = signer.verify(signer.sign(c).value());
        QCOMPARE(mismatch.verdict, Verdict::Altered);
        QCOMPARE(mismatch.letterId, issued->id);
        c.contentHash = QByteArray::fromHex(QByteArray(64, 'a'));
        const Verification match = signer.verify(signer.sign(c).value());
        QCOMPARE(match.verdict, Verdict::Genuine);
        QCOMPARE(match.letterId, issued->id);
    }

    // Issue 21: a letter whose number was voided is clearly not valid when its code is checked.
    void voidedLetterAnswersVoid()
    {
        TempStore store;
        const LetterSigner signer(*store.db, store.clock);
        const LetterRegister reg(*store.db, store.clock);
        NewLetter letter;
        letter.numbering = {LetterNumber::defaultPattern(), QStringLiteral("400.9.14.1"),
                            QStringLiteral("Kel.Bangsal")};
        letter.issuedOn = store.clock.today();
        const auto issued = reg.issue(letter, QStringLiteral("rina"),
                                      [](const LetterRecord &) -> Result<LetterSeal> {
                                          return LetterSeal{{}, QString(64, u'a'), {}, {}};
                                      });
        LetterClaim c = claim();
        c.number = issued->number;
        c.contentHash = QByteArray::fromHex(QByteArray(64, 'a'));
        const QString payload = signer.sign(c).value();
        QCOMPARE(signer.verify(payload).verdict, Verdict::Genuine);
        QVERIFY(
            reg.voidLetter(issued->id, QStringLiteral("rina"), QStringLiteral("salah keperluan")));
        const Verification v = signer.verify(payload);
        QCOMPARE(v.verdict, Verdict::Void);
        QCOMPARE(LetterSigner::verdictCode(v.verdict), QStringLiteral("void"));
        QCOMPARE(v.letterId, issued->id);
        QVERIFY(v.explanation.contains(QStringLiteral("TIDAK BERLAKU")));
        QVERIFY(v.explanation.contains(QStringLiteral("salah keperluan")));
    }
};

QTEST_GUILESS_MAIN(TestLetterSigner)
#include "TestLetterSigner.moc"
