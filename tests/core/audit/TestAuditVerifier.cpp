#include "core/audit/AuditVerifier.h"
#include "core/storage/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

using Kind = AuditBreak::Kind;

class TestAuditVerifier : public QObject
{
    Q_OBJECT

    // Ten entries, one of them with an actor that is easy to find in the file's bytes.
    static QList<AuditEntry> fill(TempStore &store, int count = 10)
    {
        const AuditTrail trail(*store.db, store.clock);
        Transaction tx(*store.db);
        QList<AuditEntry> entries;
        for (int i = 1; i <= count; ++i) {
            store.clock.advanceSeconds(61);
            const auto e = trail.record(
                i == 6 ? QStringLiteral("penanda-unik-xyz") : QStringLiteral("rina"),
                i % 2 ? QStringLiteral("request.create") : QStringLiteral("request.transition"),
                QStringLiteral("change_request"), QString::number(100 + i),
                {{QStringLiteral("n"), i}, {QStringLiteral("to"), QStringLiteral("approved")}});
            if (!e) {
                qFatal("record: %s", qPrintable(e.error().message));
            }
            entries.append(e.value());
        }
        if (!tx.commit()) {
            qFatal("commit failed");
        }
        return entries;
    }

    // What someone with the file and an SQLite shell could do.
    static void tamper(TempStore &store, const QString &sql)
    {
        const QByteArray all = "DROP TRIGGER IF EXISTS audit_entry_no_update; DROP TRIGGER IF "
                               "EXISTS audit_entry_no_delete; " +
                               sql.toUtf8();
        const Status s = store.db->execute(all.constData());
        if (!s) {
            qFatal("tamper: %s", qPrintable(s.error().message));
        }
    }

    static AuditVerification verify(const TempStore &store,
                                    const std::optional<AuditAnchor> &anchor = {})
    {
        const auto r = AuditVerifier(*store.db).verify({}, anchor);
        if (!r) {
            qFatal("verify: %s", qPrintable(r.error().message));
        }
        return r.value();
    }

private Q_SLOTS:
    void emptyAndIntactChains()
    {
        TempStore store;
        QVERIFY(verify(store).intact());
        QCOMPARE(verify(store).checked, 0);
        const QList<AuditEntry> entries = fill(store);
        const AuditVerification v = verify(store);
        QVERIFY2(v.intact(), qPrintable(v.broken ? v.broken->message : QString()));
        QCOMPARE(v.checked, 10);
        QCOMPARE(v.lastId, 10);
        QCOMPARE(v.head, AuditTrail(*store.db, store.clock).head().value());
        QVERIFY(verify(store, AuditAnchor{7, entries[6].hash}).intact());
    }

    void theStoreRefusesToRewriteTheTrail()
    {
        TempStore store;
        fill(store, 3);
        QVERIFY(
            !store.db->query(QStringLiteral("UPDATE audit_entry SET actor = 'x' WHERE id = 2")));
        QVERIFY(!store.db->query(QStringLiteral("DELETE FROM audit_entry WHERE id = 3")));
        QVERIFY(verify(store).intact());
    }

    void aChangedFieldIsFoundAtItsEntry_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("actor") << "UPDATE audit_entry SET actor = 'rinb' WHERE id = 4";
        QTest::newRow("action") << "UPDATE audit_entry SET action = 'request.crfate' WHERE id = 4";
        QTest::newRow("object")
            << "UPDATE audit_entry SET object_id = '105' WHERE id = 4"; // was 104
        QTest::newRow("details")
            << "UPDATE audit_entry SET details = '{\"n\":4,\"to\":\"rejected\"}' WHERE id = 4";
        QTest::newRow("details whitespace")
            << "UPDATE audit_entry SET details = '{\"n\": 4,\"to\":\"approved\"}' WHERE id = 4";
        QTest::newRow("time")
            << "UPDATE audit_entry SET at = replace(at, '.000Z', '.001Z') WHERE id = 4";
        QTest::newRow("hash")
            << "UPDATE audit_entry SET hash = 'f' || substr(hash, 2) WHERE id = 4 "
               "AND substr(hash, 1, 1) <> 'f'; UPDATE audit_entry SET hash = "
               "'e' || substr(hash, 2) WHERE id = 4 AND substr(hash, 1, 1) = 'f'";
        QTest::newRow("link") << "UPDATE audit_entry SET prev_hash = '0' || substr(prev_hash, 2) "
                                 "WHERE id = 4";
    }

    void aChangedFieldIsFoundAtItsEntry()
    {
        QFETCH(QString, sql);
        TempStore store;
        fill(store);
        tamper(store, sql);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), 10);
        const AuditVerification v = verify(store);
        QVERIFY(!v.intact());
        QCOMPARE(v.broken->entryId, 4);
        QCOMPARE(v.broken->kind, Kind::Changed);
        QVERIFY2(v.broken->message.contains(QStringLiteral("#4")), qPrintable(v.broken->message));
    }

    // A byte flipped in the file itself, not through SQL.
    void aFlippedByteInTheFileIsFound()
    {
        TempStore store;
        fill(store);
        QVERIFY(store.db->execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        store.db.reset();
        QByteArray bytes = readFile(store.path());
        const qsizetype at = bytes.indexOf("penanda-unik-xyz");
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf("penanda-unik-xyz", at + 1), -1);
        bytes[at + 8] = char(bytes[at + 8] ^ 0x01); // 'u' -> 't'
        writeFile(store.path(), bytes);
        store.db = std::move(Database::open(store.path()).value());
        const AuditVerification v = verify(store);
        QVERIFY(!v.intact());
        QCOMPARE(v.broken->entryId, 6);
        QCOMPARE(v.broken->kind, Kind::Changed);
    }

    void aDeletedRowIsFoundWhereItWas()
    {
        TempStore store;
        fill(store);
        tamper(store, QStringLiteral("DELETE FROM audit_entry WHERE id = 5"));
        AuditVerification v = verify(store);
        QCOMPARE(v.broken->kind, Kind::Removed);
        QCOMPARE(v.broken->entryId, 5);
        QCOMPARE(v.broken->lastEntryId, 5);
        QVERIFY(v.broken->message.contains(QStringLiteral("#5")));

        TempStore many;
        fill(many);
        tamper(many, QStringLiteral("DELETE FROM audit_entry WHERE id BETWEEN 3 AND 6"));
        v = verify(many);
        QCOMPARE(v.broken->kind, Kind::Removed);
        QCOMPARE(v.broken->entryId, 3);
        QCOMPARE(v.broken->lastEntryId, 6);
    }

    void aDeletedRowWithRenumberingIsFoundWhereItWas()
    {
        TempStore store;
        fill(store);
        tamper(store, QStringLiteral("DELETE FROM audit_entry WHERE id = 5; UPDATE audit_entry "
                                     "SET id = -id WHERE id > 5; UPDATE audit_entry SET id = "
                                     "-id - 1 WHERE id < 0"));
        QCOMPARE(store.count(QStringLiteral("SELECT max(id) FROM audit_entry")), 9);
        const AuditVerification v = verify(store);
        QVERIFY(!v.intact());
        QCOMPARE(v.broken->entryId, 5);
    }

    // Someone who knows the format slips in an entry with a correct hash and renumbers the
    // rest: the entry after it still points past it.
    void anInsertedRowIsFoundAtItsPlace()
    {
        TempStore store;
        const QList<AuditEntry> entries = fill(store);
        AuditEntry forged = entries[3];
        forged.id = 5;
        forged.actor = QStringLiteral("penyusup");
        forged.prevHash = entries[3].hash;
        forged.hash = AuditTrail::entryHash(forged);
        tamper(store,
               QStringLiteral("UPDATE audit_entry SET id = -id WHERE id >= 5; UPDATE audit_entry "
                              "SET id = -id + 1 WHERE id < 0; INSERT INTO audit_entry(id, at, "
                              "actor, action, object_type, object_id, details, prev_hash, hash) "
                              "VALUES (5, '%1', 'penyusup', '%2', '%3', '%4', '%5', '%6', '%7')")
                   .arg(storedTime(forged.at), forged.action, forged.objectType, forged.objectId,
                        QString::fromUtf8(
                            QJsonDocument(forged.details).toJson(QJsonDocument::Compact)),
                        forged.prevHash, forged.hash));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), 11);
        const AuditVerification v = verify(store);
        QVERIFY(!v.intact());
        QCOMPARE(v.broken->kind, Kind::Inserted);
        QCOMPARE(v.broken->entryId, 5);
        QCOMPARE(v.broken->lastEntryId, 5);
    }

    void aCarelesslyInsertedRowIsFound()
    {
        TempStore store;
        fill(store);
        // In the middle, renumbering, with made-up hashes.
        tamper(store, QStringLiteral(
                          "UPDATE audit_entry SET id = -id WHERE id >= 3; UPDATE audit_entry "
                          "SET id = -id + 1 WHERE id < 0; INSERT INTO audit_entry(id, at, actor, "
                          "action, prev_hash, hash) VALUES (3, '2026-11-23T03:00:00.000Z', "
                          "'penyusup', 'request.create', 'abc', 'def')"));
        AuditVerification v = verify(store);
        QCOMPARE(v.broken->kind, Kind::Inserted);
        QCOMPARE(v.broken->entryId, 3);

        // At the end.
        TempStore end;
        fill(end);
        tamper(end, QStringLiteral("INSERT INTO audit_entry(id, at, actor, action, prev_hash, "
                                   "hash) VALUES (11, '2026-11-23T03:00:00.000Z', 'penyusup', "
                                   "'request.create', 'abc', 'def')"));
        v = verify(end);
        QCOMPARE(v.broken->kind, Kind::Inserted);
        QCOMPARE(v.broken->entryId, 11);
    }

    // Changing an entry and computing its hash again still breaks the next link.
    void aRehashedEntryBreaksTheNextLink()
    {
        TempStore store;
        QList<AuditEntry> entries = fill(store);
        AuditEntry changed = entries[6];
        changed.actor = QStringLiteral("orang-lain");
        changed.hash = AuditTrail::entryHash(changed);
        tamper(store, QStringLiteral("UPDATE audit_entry SET actor = 'orang-lain', hash = '%1' "
                                     "WHERE id = 7")
                          .arg(changed.hash));
        const AuditVerification v = verify(store);
        QCOMPARE(v.broken->kind, Kind::Relinked);
        QCOMPARE(v.broken->entryId, 8);
        QVERIFY(v.broken->message.contains(QStringLiteral("#7")));
    }

    // Cutting entries off the end, or rewriting the whole history after a point, is only
    // visible against a head known elsewhere (the server, a backup).
    void aKnownHeadRevealsTruncationAndRewrites()
    {
        TempStore store;
        const QList<AuditEntry> entries = fill(store);
        tamper(store, QStringLiteral("DELETE FROM audit_entry WHERE id >= 9"));
        QVERIFY(verify(store).intact());
        AuditVerification v = verify(store, AuditAnchor{10, entries[9].hash});
        QCOMPARE(v.broken->kind, Kind::Truncated);
        QCOMPARE(v.broken->entryId, 9);
        QCOMPARE(v.broken->lastEntryId, 10);

        v = verify(store, AuditAnchor{8, QString(64, u'a')});
        QCOMPARE(v.broken->kind, Kind::Relinked);
        QCOMPARE(v.broken->entryId, 8);
    }

    void progressCanCancel()
    {
        TempStore store;
        fill(store, 4100);
        qint64 calls = 0;
        const auto r = AuditVerifier(*store.db).verify([&calls](qint64 done, qint64 total) {
            ++calls;
            return done < 4000 && total == 4100;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("audit.cancelled"));
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifier)
#include "TestAuditVerifier.moc"
#include "core/common/Clock.h"
