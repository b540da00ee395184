#include "core/storage/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesChain()
    {
        TempStore store;
        const AuditTrail trail(*store.db, store.clock);
        QCOMPARE(trail.head().value(), QString());
        const auto first = trail.record(QStringLiteral("rina"), QStringLiteral("login"), {}, {});
        QVERIFY(first);
        QCOMPARE(first->prevHash, AuditTrail::genesisHash());
        QCOMPARE(first->hash, AuditTrail::entryHash(first.value()));
        store.clock.advanceSeconds(5);
        const auto second = trail.record(
            QStringLiteral("rina"), QStringLiteral("letter.print"), QStringLiteral("letter"),
            QStringLiteral("12"), {{QStringLiteral("number"), QStringLiteral("400.9.14.1/0001")}});
        QVERIFY(second);
        QCOMPARE(second->prevHash, first->hash);
        QCOMPARE(second->id, first->id + 1);
        QCOMPARE(trail.head().value(), second->hash);
    }

    void hashCoversEveryField()
    {
        AuditEntry e;
        e.id = 3;
        e.at = referenceNow();
        e.actor = QStringLiteral("a");
        e.action = QStringLiteral("b");
        e.prevHash = AuditTrail::genesisHash();
        const QString base = AuditTrail::entryHash(e);
        QCOMPARE(base.size(), 64);
        AuditEntry changed = e;
        changed.actor = QStringLiteral("ab");
        changed.action = QString();
        QVERIFY(AuditTrail::entryHash(changed) != base); // framing: "a"+"b" != "ab"+""
        changed = e;
        changed.id = 4;
        QVERIFY(AuditTrail::entryHash(changed) != base);
        changed = e;
        changed.details.insert(QStringLiteral("x"), 1);
        QVERIFY(AuditTrail::entryHash(changed) != base);
    }

    void incompleteEntryIsRefused()
    {
        TempStore store;
        QVERIFY(!AuditTrail(*store.db, store.clock).record(QString(), QStringLiteral("x"), {}, {}));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
