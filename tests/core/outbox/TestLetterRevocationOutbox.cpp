#include "core/letters/LetterRevocation.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The revocations on their way to the regency server: oldest first, a failure counted and kept,
// an acknowledged one gone from the queue, queueing twice the same as once.
class TestLetterRevocationOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsUntilAcknowledged()
    {
        TempStore store;
        const Session session = operatorSession();
        const LetterRevocation revocation(*store.db, store.clock, session);
        const LetterRecord first = signedLetter(*store.db, store.clock, QStringLiteral("Siti"));
        const LetterRecord second = signedLetter(*store.db, store.clock, QStringLiteral("Budi"));
        QVERIFY(revocation.revoke(second.id, QStringLiteral("salah orang")));
        store.clock.advanceSeconds(60);
        QVERIFY(revocation.revoke(first.id, QStringLiteral("ditarik kembali")));

        const LetterRevocationOutbox outbox(*store.db, store.clock);
        QVERIFY(outbox.enqueue(first.id)); // again: nothing new
        QList<PendingRevocation> waiting = *outbox.waiting();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0].letterId, second.id);
        QCOMPARE(waiting[0].reason, QStringLiteral("salah orang"));
        QCOMPARE(waiting[1].letterId, first.id);
        QCOMPARE(waiting[1].number, first.number);

        QVERIFY(outbox.noteFailure(second.id, QStringLiteral("net.unreachable")));
        waiting = *outbox.waiting();
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting[0].attempts, 1);
        QCOMPARE(waiting[0].lastError, QStringLiteral("net.unreachable"));

        QVERIFY(outbox.acknowledge(second.id));
        waiting = *outbox.waiting();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].letterId, first.id);
        QCOMPARE(outbox.waiting(0)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLetterRevocationOutbox)
#include "TestLetterRevocationOutbox.moc"
