#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/RequestEnvelope.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

class TestOutbox : public QObject
{
    Q_OBJECT

    struct Box
    {
        TempStore store;
        ChangeRequestRepository requests{*store.db, store.clock};
        Outbox outbox{*store.db, store.clock, ContentStore::rootFor(store.path())};

        qint64 request(S upTo, const QJsonObject &payload = {
                                   {QStringLiteral("reason"), QStringLiteral("died")}})
        {
            ChangeRequest r;
            r.kind = RequestKind::Removal;
            r.householdId = QStringLiteral("H1");
            r.personId = QStringLiteral("H1.02");
            r.baseVersion = 3;
            r.payload = payload;
            const qint64 id = requests.createDraft(r, as(QStringLiteral("rina")))->id;
            for (S s : {S::OnAgenda, S::Approved, S::Queued}) {
                if (int(s) > int(upTo)) {
                    break;
                }
                const bool ok = s == S::Queued
                                    ? bool(outbox.enqueue(id, as(QStringLiteral("rina"))))
                                    : bool(requests.transition(id, s, QStringLiteral("rina")));
                if (!ok) {
                    qFatal("setup");
                }
            }
            return id;
        }
        qint64 events(qint64 id, const char *to) const
        {
            return store.count(QStringLiteral("SELECT count(*) FROM change_request_event WHERE "
                                              "request_id = %1 AND to_state = '%2'")
                                   .arg(id)
                                   .arg(QLatin1String(to)));
        }
    };

private Q_SLOTS:
    // What a person does with the outbox needs Permission::Send in the outbox itself: field
    // staff and the village head are refused, whoever calls.
    void outboxActionsNeedTheSendPermission()
    {
        for (const Session &who : {as(QStringLiteral("budi"), Role::FieldStaff),
                                   as(QStringLiteral("lurah"), Role::VillageHead)}) {
            Box b;
            const qint64 approved = b.request(S::Approved);
            const qint64 queued = b.request(S::Queued);
            QVERIFY(b.outbox.markSending({queued}, QStringLiteral("rina")));
            QVERIFY(b.outbox.park(queued, QStringLiteral("request.removal_reason"),
                                  QStringLiteral("alasan"), Outbox::serverActor()));
            const QString before = b.outbox.entry(queued)->payloadSha256;
            QCOMPARE(b.outbox.enqueue(approved, who).error().code,
                     QStringLiteral("auth.forbidden"));
            QCOMPARE(b.outbox.enqueueApproved(who).error().code, QStringLiteral("auth.forbidden"));
            QCOMPARE(b.outbox
                         .editPayload(queued,
                                      {{QStringLiteral("reason"), QStringLiteral("moved_away")}},
                                      who)
                         .error()
                         .code,
                     QStringLiteral("auth.forbidden"));
            QCOMPARE(b.outbox.resend(queued, who).error().code, QStringLiteral("auth.forbidden"));
            QCOMPARE(b.outbox.markForResend(who).error().code, QStringLiteral("auth.forbidden"));
            QCOMPARE(b.requests.get(approved)->state, S::Approved);
            QVERIFY(b.outbox.entry(queued)->isParked());
            QCOMPARE(b.outbox.entry(queued)->payloadSha256, before);
            QCOMPARE(b.store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action "
                                                  "LIKE 'outbox.%' AND action <> 'outbox.park'")),
                     0);
        }
    }

    void onlyApprovedRequestsEnterTheOutbox()
    {
        Box b;
        const qint64 draft = b.request(S::Draft);
        const Status refused = b.outbox.enqueue(draft, as(QStringLiteral("rina")));
        QCOMPARE(refused.error().code, QStringLiteral("outbox.not_approved"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Draf")));
        const qint64 approved = b.request(S::Approved);
        QVERIFY(b.outbox.enqueue(approved, as(QStringLiteral("rina"))));
        QCOMPARE(b.requests.get(approved)->state, S::Queued);
        const OutboxEntry e = *b.outbox.entry(approved);
        QCOMPARE(e.key, b.requests.get(approved)->uuid);
        QVERIFY(ContentStore::isSha256(e.payloadSha256));
        QVERIFY(!b.outbox.entry(draft));
        QCOMPARE(b.events(approved, "queued"), 1);
        QCOMPARE(*b.outbox.enqueueApproved(as(QStringLiteral("rina"))), 0);
        b.request(S::Approved);
        b.request(S::Approved);
        QCOMPARE(*b.outbox.enqueueApproved(as(QStringLiteral("rina"))), 2);
        QCOMPARE(b.outbox.summary()->waiting, 3);
    }

    void aMissingFileKeepsTheRequestOutOfTheOutbox()
    {
        Box b;
        const qint64 id = b.request(S::Approved);
        const QString sha = ContentStore::sha256Of("not on disk");
        QVERIFY(b.store.db->query(
            QStringLiteral("INSERT INTO attachment(sha256, kind, mime, byte_size, created_at, "
                           "created_by) VALUES (?, 'house_photo', 'image/jpeg', 11, 'x', 'rina')"),
            {sha}));
        QVERIFY(b.store.db->query(
            QStringLiteral("INSERT INTO request_attachment VALUES (?, ?, 'house_photo')"),
            {id, sha}));
        const Status s = b.outbox.enqueue(id, as(QStringLiteral("rina")));
        QCOMPARE(s.error().code, QStringLiteral("outbox.attachment_missing"));
        QCOMPARE(b.requests.get(id)->state, S::Approved);
        QVERIFY(ContentStore(ContentStore::rootFor(b.store.path())).put("not on disk"));
        QVERIFY(b.outbox.enqueue(id, as(QStringLiteral("rina"))));
        QCOMPARE(b.outbox.nextBatch(10, 1 << 20)->first().attachments.first().sha256, sha);
    }

    void batchesFollowTheLimitsAndSkipParkedAndAcknowledgedItems()
    {
        Box b;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids << b.request(S::Queued);
        }
        const auto all = *b.outbox.nextBatch(10, 1 << 20);
        QCOMPARE(all.size(), 5);
        QCOMPARE(b.outbox.nextBatch(2, 1 << 20)->size(), 2);
        QCOMPARE(b.outbox.nextBatch(10, all.first().bytes)->size(), 1); // always at least one
        QCOMPARE(b.outbox.nextBatch(10, 1 << 20, ids[3])->size(), 1);
        QVERIFY(b.outbox.markSending({ids[0], ids[1]}, QStringLiteral("rina")));
        QVERIFY(b.outbox.park(ids[0], QStringLiteral("x.bad"), QStringLiteral("Salah"),
                              QStringLiteral("tepat-central")));
        QVERIFY(b.outbox.acknowledge(ids[1], referenceNow(), {}, QStringLiteral("tepat-central")));
        const auto rest = *b.outbox.nextBatch(10, 1 << 20);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.first().requestId, ids[2]);
        const OutboxSummary s = *b.outbox.summary();
        QCOMPARE(s.waiting, 3);
        QCOMPARE(s.parked, 1);
        QCOMPARE(s.byState.value(S::Received), 1);
    }

    void sendingIsRecordedOnceHoweverOftenItIsTried()
    {
        Box b;
        const qint64 id = b.request(S::Queued);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(b.outbox.markSending({id}, QStringLiteral("rina")));
        }
        QCOMPARE(b.events(id, "sent"), 1);
        QCOMPARE(b.outbox.entry(id)->attempts, 3);
        QVERIFY(b.outbox.noteTransientFailure({id}, QStringLiteral("Server tidak menjawab")));
        QCOMPARE(b.outbox.entry(id)->lastError, QStringLiteral("Server tidak menjawab"));
        QCOMPARE(b.outbox.summary()->inFlight, 1);
    }

    void nothingLeavesTheOutboxAndAnAcknowledgementStays()
    {
        Box b;
        const qint64 id = b.request(S::Queued);
        QVERIFY(!b.store.db->execute("DELETE FROM outbox_item"));
        QVERIFY(b.outbox.markSending({id}, QStringLiteral("rina")));
        const QJsonObject conflict{{QStringLiteral("entity"), QStringLiteral("person")}};
        QVERIFY(
            b.outbox.acknowledge(id, referenceNow(), conflict, QStringLiteral("tepat-central")));
        QVERIFY(!b.store.db->execute("UPDATE outbox_item SET acknowledged_at = NULL"));
        QVERIFY(!b.store.db->execute("DELETE FROM outbox_item"));
        const OutboxEntry e = *b.outbox.entry(id);
        QVERIFY(e.acknowledgedAt.isValid());
        QCOMPARE(e.conflict, conflict);
        QCOMPARE(b.requests.get(id)->state, S::Received);
        QCOMPARE(b.outbox.list(false)->size(), 0);
        QCOMPARE(b.outbox.list(true)->size(), 1);
        QCOMPARE(b.outbox.summary()->withConflict, 1);
    }

    void aParkedItemIsFixedInPlaceAndSentAgainUnderTheSameKey()
    {
        Box b;
        const qint64 id =
            b.request(S::Queued, {{QStringLiteral("reason"), QStringLiteral("pindah")}});
        const QString key = b.outbox.entry(id)->key;
        QVERIFY(b.outbox.markSending({id}, QStringLiteral("rina")));
        QCOMPARE(b.outbox.editPayload(id, {}, as(QStringLiteral("rina"))).error().code,
                 QStringLiteral("outbox.not_parked"));
        QVERIFY(b.outbox.park(id, QStringLiteral("request.removal_reason"),
                              QStringLiteral("Alasan tidak dikenal"),
                              QStringLiteral("tepat-central")));
        QCOMPARE(b.requests.get(id)->state, S::Queued);
        const auto history = *b.requests.history(id);
        QCOMPARE(history.last().reason, QStringLiteral("Alasan tidak dikenal"));
        QCOMPARE(history.last().actor, QStringLiteral("tepat-central"));
        QCOMPARE(b.outbox.nextBatch(10, 1 << 20)->size(), 0);

        const QString before = b.outbox.entry(id)->payloadSha256;
        QVERIFY(b.outbox.editPayload(id, {{QStringLiteral("reason"), QStringLiteral("moved_away")}},
                                     as(QStringLiteral("rina"))));
        const OutboxEntry edited = *b.outbox.entry(id);
        QVERIFY(edited.payloadSha256 != before);
        QCOMPARE(edited.key, key);
        QVERIFY(edited.isParked()); // fixed, not yet released
        QVERIFY(b.outbox.resend(id, as(QStringLiteral("rina"))));
        QVERIFY(!b.outbox.resend(id, as(QStringLiteral("rina"))));
        const auto batch = *b.outbox.nextBatch(10, 1 << 20);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().payloadSha256, edited.payloadSha256);
        QCOMPARE(batch.first()
                     .envelope.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("moved_away"));
        // The audit trail records the fix by hashes, never the content.
        auto audit = b.store.db->query(
            QStringLiteral("SELECT details FROM audit_entry WHERE action = 'outbox.edit'"));
        QVERIFY(audit && audit->next());
        QVERIFY(audit->value(0).toString().contains(edited.payloadSha256));
        QVERIFY(!audit->value(0).toString().contains(QStringLiteral("moved_away")));
    }

    void requestsOnlyMoveForwardToADecision()
    {
        Box b;
        const qint64 id = b.request(S::Queued);
        QVERIFY(Outbox::advance(*b.store.db, b.store.clock, id, S::Final, QStringLiteral("dinsos"),
                                QStringLiteral("SK 12")));
        QCOMPARE(b.requests.get(id)->state, S::Final);
        QCOMPARE(b.events(id, "sent"), 1);
        QCOMPARE(b.events(id, "verified"), 1);
        QCOMPARE(b.requests.history(id)->last().reason, QStringLiteral("SK 12"));
        QVERIFY(Outbox::advance(*b.store.db, b.store.clock, id, S::Verified,
                                QStringLiteral("dinsos"), {}));
        QCOMPARE(b.requests.get(id)->state, S::Final);
        const qint64 draft = b.request(S::Draft);
        QCOMPARE(Outbox::advance(*b.store.db, b.store.clock, draft, S::Verified,
                                 QStringLiteral("dinsos"), {})
                     .error()
                     .code,
                 QStringLiteral("request.illegal_transition"));
        const auto decisions = *b.outbox.decisions(10);
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(decisions.first().state, S::Final);
        QCOMPARE(decisions.first().householdId, QStringLiteral("H1"));
        QCOMPARE(b.outbox.decisions(10, QStringLiteral("H2"))->size(), 0);
    }

    // Channel and approval travel with the request; a request without them (made before they
    // were recorded) keeps exactly the envelope it had, so its hash does not change.
    void theEnvelopeCarriesChannelAndApprovalWhenKnown()
    {
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = QStringLiteral("H1");
        r.createdAt = referenceNow();
        r.createdBy = QStringLiteral("rina");
        const QJsonObject old = RequestEnvelope::build(r, {});
        QVERIFY(!old.contains(QStringLiteral("channel")));
        QVERIFY(!old.contains(QStringLiteral("approval")));
        QCOMPARE(RequestEnvelope::canonical(old),
                 QByteArray("{\"attachments\":[],\"base_version\":null,\"created_at\":"
                            "\"2026-11-23T03:00:00.000Z\",\"created_by\":\"rina\","
                            "\"household_id\":\"H1\",\"kind\":\"removal\",\"payload\":{},"
                            "\"person_id\":\"\",\"warnings\":[]}"));
        r.channel = RequestChannel::CekBansosObjection;
        r.approval =
            RequestApproval{ApprovalBasis::Sptjm, QStringLiteral("400.9.14.1/0003/X/2026")};
        const QJsonObject now = RequestEnvelope::build(r, {});
        QCOMPARE(now.value(QStringLiteral("channel")).toString(),
                 QStringLiteral("cek_bansos_sanggah"));
        QCOMPARE(
            now.value(QStringLiteral("approval")).toObject(),
            (QJsonObject{{QStringLiteral("basis"), QStringLiteral("sptjm")},
                         {QStringLiteral("number"), QStringLiteral("400.9.14.1/0003/X/2026")}}));
    }

    void theEnvelopeHashDoesNotDependOnKeyOrder()
    {
        QJsonObject a;
        a.insert(QStringLiteral("b"), 1);
        a.insert(QStringLiteral("a"), QJsonArray{QStringLiteral("x")});
        QJsonObject b;
        b.insert(QStringLiteral("a"), QJsonArray{QStringLiteral("x")});
        b.insert(QStringLiteral("b"), 1);
        QCOMPARE(RequestEnvelope::canonical(a), QByteArray("{\"a\":[\"x\"],\"b\":1}"));
        QCOMPARE(RequestEnvelope::hash(a), RequestEnvelope::hash(b));
        QCOMPARE(RequestEnvelope::hash(a), ContentStore::sha256Of("{\"a\":[\"x\"],\"b\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
