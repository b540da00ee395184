#include "core/files/ContentStore.h"
#include "core/outbox/VerificationOutbox.h"
#include "core/outbox/VisitEnvelope.h"
#include "tests/core/outbox/VisitRows.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// A verification result on its own (issue 13 §3): a household of the register whose visit
// proposes no change goes to the outbox as its own item, checked and audited in the service.
class TestVerificationOutbox : public QObject
{
    Q_OBJECT

    struct Box
    {
        TempStore store;
        QString files = ContentStore::rootFor(store.path());
        VerificationOutbox outbox{*store.db, store.clock, files};
        VisitRows rows{*store.db, files};

        Box()
        {
            rows.exec(QStringLiteral("INSERT INTO village(code, name) VALUES ('35.71.03.1001', "
                                     "'Bangsal')"));
            rows.exec(QStringLiteral("INSERT INTO household(id, village_code, server_version) "
                                     "VALUES ('H1', '35.71.03.1001', 4)"));
        }
    };

private Q_SLOTS:
    void sendingNeedsTheSendPermission()
    {
        for (const Session &who : {as(QStringLiteral("budi"), Role::FieldStaff),
                                   as(QStringLiteral("lurah"), Role::VillageHead)}) {
            Box b;
            const QString visit = b.rows.visit(QStringLiteral("H1"));
            QVERIFY(!VerificationOutbox::permitted(who));
            QCOMPARE(b.outbox.enqueue(who, visit).error().code, QStringLiteral("auth.forbidden"));
            QCOMPARE(b.store.count(QStringLiteral("SELECT count(*) FROM verification_outbox")), 0);
        }
        QVERIFY(VerificationOutbox::permitted(as(QStringLiteral("rina"))));
    }

    void aConfirmedHouseholdIsQueuedWithItsVisit()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"));
        b.rows.point(QStringLiteral("H1"), -7.8166, 112.0119, QVariant());
        const QString front = b.rows.photo(QStringLiteral("H1"), "front");
        b.rows.familyCard(QStringLiteral("H1"), "kartu keluarga");
        b.rows.answers(QStringLiteral("H1"), {{QStringLiteral("luas_lantai"), 36}});

        const Result<VerificationItem> item = b.outbox.enqueue(as(QStringLiteral("rina")), visit);
        QVERIFY2(item, qPrintable(item ? QString() : item.error().message));
        const QJsonObject &e = item->envelope;
        QCOMPARE(e.value(QLatin1String("kind")).toString(), QStringLiteral("verification"));
        QCOMPARE(e.value(QLatin1String("household_id")).toString(), QStringLiteral("H1"));
        QCOMPARE(e.value(QLatin1String("person_id")).toString(), QString());
        QCOMPARE(e.value(QLatin1String("base_version")).toInt(), 4);
        QVERIFY(e.value(QLatin1String("payload")).toObject().isEmpty());
        QCOMPARE(e.value(QLatin1String("created_by")).toString(), QStringLiteral("rina"));
        // The house photos travel; the family card (NIKs) never does for a verification.
        QCOMPARE(item->attachments.size(), 1);
        QCOMPARE(item->attachments.first().sha256, front);
        const QJsonObject v = e.value(QLatin1String("visit")).toObject();
        QCOMPARE(v.value(QLatin1String("outcome")).toString(), QStringLiteral("visited"));
        QCOMPARE(v.value(QLatin1String("photos")).toArray().size(), 1);
        QVERIFY(v.value(QLatin1String("location"))
                    .toObject()
                    .value(QLatin1String("accuracy_m"))
                    .isNull());
        QCOMPARE(v.value(QLatin1String("questionnaire"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toInt(),
                 1);
        QCOMPARE(item->payloadSha256, RequestEnvelope::hash(e));
        QCOMPARE(b.store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = "
                                              "'verification.queue' AND object_id = '%1'")
                                   .arg(visit)),
                 1);
        QCOMPARE(b.outbox.waiting()->size(), 1);
    }

    // The same visit revision twice is one item with one key; a new revision is a new one.
    void theSameRevisionIsQueuedOnce()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"), QStringLiteral("not_found"));
        const Result<VerificationItem> first = b.outbox.enqueue(as(QStringLiteral("rina")), visit);
        const Result<VerificationItem> again = b.outbox.enqueue(as(QStringLiteral("rina")), visit);
        QVERIFY(first && again);
        QCOMPARE(again->key, first->key);
        QCOMPARE(again->payloadSha256, first->payloadSha256);
        QCOMPARE(b.store.count(QStringLiteral("SELECT count(*) FROM verification_outbox")), 1);
        QCOMPARE(b.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'verification.queue'")),
                 1);
        b.rows.revise(visit);
        const Result<VerificationItem> revised =
            b.outbox.enqueue(as(QStringLiteral("rina")), visit);
        QVERIFY(revised);
        QVERIFY(revised->key != first->key);
        QCOMPARE(revised->envelope.value(QLatin1String("visit"))
                     .toObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("refused"));
        QCOMPARE(b.outbox.ofVisit(visit)->value().key, revised->key);
    }

    void aHouseholdNotInTheRegisterIsRefused()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("BARU-1"));
        QCOMPARE(b.outbox.enqueue(as(QStringLiteral("rina")), visit).error().code,
                 QStringLiteral("verification.not_in_register"));
        QCOMPARE(b.outbox.enqueue(as(QStringLiteral("rina")), QStringLiteral("no-such-visit"))
                     .error()
                     .code,
                 QStringLiteral("verification.no_visit"));
    }

    // A death, a move or a new member is a change: it goes as the requests drafted from the
    // visit, through the musyawarah.
    void aVisitThatFoundAChangeIsRefused()
    {
        for (const char *finding : {"died", "moved", "new"}) {
            Box b;
            const QString visit = b.rows.visit(QStringLiteral("H1"), QStringLiteral("visited"),
                                               QLatin1String(finding));
            QCOMPARE(b.outbox.enqueue(as(QStringLiteral("rina")), visit).error().code,
                     QStringLiteral("verification.has_changes"));
        }
    }

    void aPhotoMissingOnThisComputerIsRefused()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"));
        const QString sha = b.rows.photo(QStringLiteral("H1"), "front");
        QVERIFY(QFile::remove(ContentStore(b.files).pathOf(sha)));
        QCOMPARE(b.outbox.enqueue(as(QStringLiteral("rina")), visit).error().code,
                 QStringLiteral("outbox.attachment_missing"));
    }

    void theSyncStepsAndTheDecisionAreRecorded()
    {
        Box b;
        const QString visit = b.rows.visit(QStringLiteral("H1"));
        const VerificationItem item = *b.outbox.enqueue(as(QStringLiteral("rina")), visit);
        QVERIFY(b.outbox.markSending(item.id));
        QVERIFY(b.outbox.park(item.id, QStringLiteral("visit.outcome"), QStringLiteral("x")));
        QVERIFY(b.outbox.waiting()->isEmpty());
        QVERIFY(b.outbox.acknowledge(item.id, b.store.clock.now()));
        const VerificationItem acknowledged = b.outbox.byKey(item.key)->value();
        QVERIFY(acknowledged.acknowledgedAt.isValid());
        QVERIFY(!acknowledged.isParked());
        QCOMPARE(acknowledged.attempts, 1);
        QVERIFY(*b.outbox.recordDecision(item.key, QStringLiteral("verified"), {},
                                         QStringLiteral("dinsos.kediri"), b.store.clock.now()));
        QCOMPARE(b.outbox.byKey(item.key)->value().decision, QStringLiteral("verified"));
        QVERIFY(!*b.outbox.recordDecision(QStringLiteral("another"), QStringLiteral("verified"), {},
                                          QStringLiteral("dinsos.kediri"), b.store.clock.now()));
    }
};

QTEST_GUILESS_MAIN(TestVerificationOutbox)
#include "TestVerificationOutbox.moc"
