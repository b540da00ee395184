#include "core/letters/LetterRegister.h"
#include "core/letters/LetterRevocation.h"
#include "core/letters/LetterSigner.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Withdrawing a printed letter (issue 16): reason required, the service's permission check,
// audit and outbox in the revocation's own transaction, the register and the check say so.
class TestLetterRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPrintedLetterIsRevokedAndQueued()
    {
        TempStore store;
        const LetterRecord letter =
            signedLetter(*store.db, store.clock, QStringLiteral("Siti Aminah"));
        const LetterSigner signer(*store.db, store.clock);
        QCOMPARE(signer.verify(signedPayload(letter)).verdict, Verdict::Genuine);
        const Session session = operatorSession();
        const LetterRevocation revocation(*store.db, store.clock, session);
        store.clock.advanceSeconds(3600);
        QVERIFY(
            revocation.revoke(letter.id, QStringLiteral("  salah orang,  NIK 3571014101900001 ")));

        const LetterRecord revoked = *LetterRegister(*store.db, store.clock).get(letter.id);
        QVERIFY(revoked.isRevoked());
        QVERIFY(!revoked.isVoid());
        QCOMPARE(revoked.revokedAt, store.clock.now());
        QCOMPARE(revoked.revokedBy, QStringLiteral("rina"));
        QCOMPARE(revoked.revokeReason, QStringLiteral("salah orang, NIK 3571014101900001"));
        QCOMPARE(LetterRegister::stateLabel(revoked), QStringLiteral("dicabut"));

        // Its code answers "revoked" on this desktop at once.
        const Verification v = signer.verify(signedPayload(letter));
        QCOMPARE(v.verdict, Verdict::Revoked);
        QCOMPARE(LetterSigner::verdictCode(v.verdict), QStringLiteral("revoked"));
        QVERIFY(v.explanation.contains(QStringLiteral("dicabut")));

        // Audited once, without the NIK in the reason.
        QCOMPARE(
            store.count(QStringLiteral(
                            "SELECT count(*) FROM audit_entry WHERE action = 'letter.revoke' AND "
                            "object_id = '%1' AND details NOT LIKE '%3571014101900001%'")
                            .arg(letter.id)),
            1);
        // Waiting for the regency server, with the NIK masked there too.
        const QList<PendingRevocation> waiting =
            *LetterRevocationOutbox(*store.db, store.clock).waiting();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].letterId, letter.id);
        QCOMPARE(waiting[0].number, letter.number);
        QCOMPARE(waiting[0].revokedAt, store.clock.now());
        QVERIFY(!waiting[0].reason.contains(QStringLiteral("3571014101900001")));

        // Once revoked, always: not again, not voided, not printed, not changed or deleted.
        QCOMPARE(revocation.revoke(letter.id, QStringLiteral("sekali lagi")).error().code,
                 QStringLiteral("letter.already_revoked"));
        const LetterRegister reg(*store.db, store.clock);
        QCOMPARE(reg.voidLetter(letter.id, QStringLiteral("rina"), QStringLiteral("keliru saja"))
                     .error()
                     .code,
                 QStringLiteral("letter.revoked"));
        QCOMPARE(reg.recordPrint(letter.id, QStringLiteral("rina"), true, QStringLiteral("a4"),
                                 QStringLiteral("printer"))
                     .error()
                     .code,
                 QStringLiteral("letter.revoked"));
        QVERIFY(!store.db->execute("DELETE FROM letter_revocation"));
        QVERIFY(!store.db->execute("UPDATE letter_revocation SET reason = 'x'"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation")), 1);
    }

    void theReasonAndThePermissionAreRequired()
    {
        TempStore store;
        const LetterRecord letter =
            signedLetter(*store.db, store.clock, QStringLiteral("Siti Aminah"));
        const Session session = operatorSession();
        for (const QString &reason : {QString(), QStringLiteral("   "), QStringLiteral("abc")}) {
            QCOMPARE(LetterRevocation(*store.db, store.clock, session)
                         .revoke(letter.id, reason)
                         .error()
                         .code,
                     QStringLiteral("letter.revoke_reason"));
        }
        const Session field = as(QStringLiteral("budi"), Role::FieldStaff);
        QVERIFY(!LetterRevocation::permitted(field));
        QVERIFY(LetterRevocation::permitted(session));
        QVERIFY(LetterRevocation::permitted(headSession()));
        QCOMPARE(LetterRevocation(*store.db, store.clock, field)
                     .revoke(letter.id, QStringLiteral("salah orang"))
                     .error()
                     .code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation_outbox")), 0);
    }

    // A number never printed is voided, not revoked; a voided one has nothing to revoke.
    void onlyAPrintedValidLetterIsRevoked()
    {
        TempStore store;
        const Session session = operatorSession();
        const LetterRevocation revocation(*store.db, store.clock, session);
        const LetterRecord unprinted =
            signedLetter(*store.db, store.clock, QStringLiteral("Budi"), false);
        QCOMPARE(revocation.revoke(unprinted.id, QStringLiteral("salah orang")).error().code,
                 QStringLiteral("letter.revoke_unprinted"));
        QVERIFY(LetterRegister(*store.db, store.clock)
                    .voidLetter(unprinted.id, QStringLiteral("rina"), QStringLiteral("keliru")));
        QCOMPARE(revocation.revoke(unprinted.id, QStringLiteral("salah orang")).error().code,
                 QStringLiteral("letter.void"));
        QVERIFY(!revocation.revoke(999, QStringLiteral("salah orang")));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation")), 0);
    }

    // The audit entry is part of the revocation: when it cannot be written, nothing is revoked
    // and nothing waits for the server.
    void noAuditNoRevocation()
    {
        TempStore store;
        const LetterRecord letter =
            signedLetter(*store.db, store.clock, QStringLiteral("Siti Aminah"));
        QVERIFY(store.db->execute("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_entry "
                                  "BEGIN SELECT RAISE(ABORT, 'audit refused'); END"));
        const Session session = operatorSession();
        QVERIFY(!LetterRevocation(*store.db, store.clock, session)
                     .revoke(letter.id, QStringLiteral("salah orang")));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter_revocation_outbox")), 0);
        QVERIFY(!LetterRegister(*store.db, store.clock).get(letter.id)->isRevoked());
    }
};

QTEST_GUILESS_MAIN(TestLetterRevocation)
#include "TestLetterRevocation.moc"
