#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/AuditTrail.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

class TestChangeRequestRepository : public QObject
{
    Q_OBJECT

    static ChangeRequest removal()
    {
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = QStringLiteral("H1");
        r.personId = QStringLiteral("H1.03");
        r.payload = {{QStringLiteral("reason"), QStringLiteral("died")},
                     {QStringLiteral("date"), QStringLiteral("2026-10-01")}};
        r.acknowledgedWarnings = {{Severity::Warning, QStringLiteral("nik.district_unknown"),
                                   QStringLiteral("Kode kecamatan …")}};
        return r;
    }

private Q_SLOTS:
    // The repository refuses draft work to a role without Permission::Draft, whoever calls it
    // (a screen, tepat-cli, a test), and nothing changes.
    void writingDraftsNeedsTheDraftPermission()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        const Result<ChangeRequest> refused = repo.createDraft(removal(), head);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM change_request")), 0);

        ChangeRequest draft = repo.createDraft(removal(), as(QStringLiteral("rina"))).value();
        draft.payload.insert(QStringLiteral("date"), QStringLiteral("2026-09-01"));
        QCOMPARE(repo.updateDraft(draft, head).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(
            repo.setAttachments(draft.id, QStringLiteral("house_front"), {}, head).error().code,
            QStringLiteral("auth.forbidden"));
        QCOMPARE(repo.discardDraft(draft.id, QStringLiteral("salah"), head).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(repo.createResubmission(draft.id, head).error().code,
                 QStringLiteral("auth.forbidden"));
        const ChangeRequest kept = repo.get(draft.id).value();
        QCOMPARE(kept.state, S::Draft);
        QCOMPARE(kept.payload.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-10-01"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM change_request")), 1);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action <> "
                                            "'request.create'")),
                 0);
        // Field staff draft; discarding is theirs too.
        QVERIFY(repo.discardDraft(draft.id, QStringLiteral("salah keluarga"),
                                  as(QStringLiteral("budi"), Role::FieldStaff)));
        QCOMPARE(repo.get(draft.id)->state, S::Discarded);
    }

    void draftIsCreatedWithHistoryAndAudit()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const auto created = repo.createDraft(removal(), as(QStringLiteral("rina")));
        QVERIFY(created);
        QCOMPARE(created->state, S::Draft);
        QCOMPARE(created->uuid.size(), 36);
        const auto loaded = repo.get(created->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("died"));
        QCOMPARE(loaded->acknowledgedWarnings.size(), 1);
        QCOMPARE(loaded->acknowledgedWarnings.first().code, QStringLiteral("nik.district_unknown"));
        QCOMPARE(loaded->createdBy, QStringLiteral("rina"));
        QCOMPARE(loaded->createdAt, referenceNow().toUTC());
        const auto history = repo.history(created->id);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QVERIFY(!history->first().from.has_value());
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'request.create'")),
                 1);
    }

    // Every request records where it came from; an old request without one keeps none.
    void channelIsRecordedWithTheDraft()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        ChangeRequest r;
        r.kind = RequestKind::Objection;
        const auto counter = repo.createDraft(r, as(QStringLiteral("rina")));
        QVERIFY(counter);
        QCOMPARE(repo.get(counter->id)->channel, RequestChannel::Counter);
        r.channel = RequestChannel::CekBansosObjection;
        const auto app = repo.createDraft(r, as(QStringLiteral("rina")));
        QCOMPARE(repo.get(app->id)->channel, RequestChannel::CekBansosObjection);
        ChangeRequest edited = *repo.get(counter->id);
        edited.channel = RequestChannel::FieldVisit;
        QVERIFY(repo.updateDraft(edited, as(QStringLiteral("rina"))));
        QCOMPARE(repo.get(counter->id)->channel, RequestChannel::FieldVisit);
        QCOMPARE(repo.recent({}, 0, 10)->first().request.channel,
                 RequestChannel::CekBansosObjection);
        QVERIFY(store.db->execute("UPDATE change_request SET channel = NULL"));
        QVERIFY(!repo.get(counter->id)->channel);
        QVERIFY(!repo.get(counter->id)->approval);
        // Approval is recorded only for an approved request.
        QCOMPARE(repo.setApproval(counter->id, {ApprovalBasis::Minutes, QStringLiteral("A/1")})
                     .error()
                     .code,
                 QStringLiteral("request.not_approved"));
        QCOMPARE(RequestChannels::fromCode(u"cek_bansos_usul"), RequestChannel::CekBansosProposal);
        QVERIFY(!RequestChannels::fromCode(u"loket"));
    }

    void legalRoadIsRecordedStepByStep()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        QVERIFY(repo.transition(id, S::OnAgenda, QStringLiteral("rina")));
        store.clock.advanceSeconds(60);
        QVERIFY(repo.transition(id, S::Approved, QStringLiteral("pak_lurah")));
        QVERIFY(repo.transition(id, S::Queued, QStringLiteral("rina")));
        const auto history = repo.history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(2).from, S::OnAgenda);
        QCOMPARE(history->at(2).to, S::Approved);
        QCOMPARE(history->at(2).actor, QStringLiteral("pak_lurah"));
        QCOMPARE(history->at(2).at, referenceNow().addSecs(60).toUTC());
        QCOMPARE(repo.get(id)->state, S::Queued);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'request.transition'")),
                 3);
    }

    void illegalTransitionIsRefusedAndChangesNothing()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        const Status skipped = repo.transition(id, S::Queued, QStringLiteral("rina"));
        QVERIFY(!skipped);
        QCOMPARE(skipped.error().code, QStringLiteral("request.illegal_transition"));
        QVERIFY(skipped.error().message.contains(QStringLiteral("Draf")));
        QCOMPARE(repo.get(id)->state, S::Draft);
        QCOMPARE(repo.history(id)->size(), 1);
    }

    void transitionFromAStaleStateChangesNothing()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        QCOMPARE(*repo.state(id), S::Draft);
        QVERIFY(repo.transitionFrom(id, S::Draft, S::OnAgenda, QStringLiteral("rina")));
        QCOMPARE(*repo.state(id), S::OnAgenda);
        // A caller that read "draft" before someone else moved the request on is refused.
        const Status stale = repo.transitionFrom(id, S::Draft, S::OnAgenda, QStringLiteral("budi"));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, QStringLiteral("request.concurrent_change"));
        QCOMPARE(repo.history(id)->size(), 2);
        QCOMPARE(repo.state(12345).error().code, QStringLiteral("request.not_found"));
    }

    void rejectionNeedsAReason()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        QVERIFY(repo.transition(id, S::OnAgenda, QStringLiteral("rina")));
        const Status noReason =
            repo.transition(id, S::Rejected, QStringLiteral("pak_lurah"), QStringLiteral("  "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, QStringLiteral("request.reason_required"));
        QVERIFY(repo.transition(id, S::Rejected, QStringLiteral("pak_lurah"),
                                QStringLiteral("Masih tinggal di alamat")));
        const auto r = repo.get(id);
        QCOMPARE(r->state, S::Rejected);
        QCOMPARE(r->stateReason, QStringLiteral("Masih tinggal di alamat"));
        QVERIFY(!repo.transition(id, S::Queued, QStringLiteral("rina")));
    }

    void onlyDraftsCanBeEdited()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        auto draft = repo.createDraft(removal(), as(QStringLiteral("rina"))).value();
        draft.payload.insert(QStringLiteral("note"), QStringLiteral("akta kematian menyusul"));
        QVERIFY(repo.updateDraft(draft, as(QStringLiteral("rina"))));
        QCOMPARE(repo.get(draft.id)->payload.value(QStringLiteral("note")).toString(),
                 QStringLiteral("akta kematian menyusul"));
        QVERIFY(repo.transition(draft.id, S::OnAgenda, QStringLiteral("rina")));
        const Status late = repo.updateDraft(draft, as(QStringLiteral("rina")));
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("request.not_draft"));
    }

    void discardingKeepsTheRequest()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        QVERIFY(repo.transition(id, S::Discarded, QStringLiteral("rina"),
                                QStringLiteral("salah ketik")));
        QCOMPARE(repo.get(id)->state, S::Discarded);
        QVERIFY(!store.db->execute("DELETE FROM change_request"));
        QVERIFY(!store.db->execute("UPDATE change_request_event SET actor = 'x'"));
    }

    void listAndCounts()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(repo.createDraft(removal(), as(QStringLiteral("rina"))));
        }
        ChangeRequest other = removal();
        other.kind = RequestKind::Correction;
        other.householdId = QStringLiteral("H2");
        const qint64 otherId = repo.createDraft(other, as(QStringLiteral("rina")))->id;
        QVERIFY(repo.transition(otherId, S::OnAgenda, QStringLiteral("rina")));
        RequestFilter drafts;
        drafts.state = S::Draft;
        QCOMPARE(repo.list(drafts)->size(), 3);
        RequestFilter h2;
        h2.householdId = QStringLiteral("H2");
        QCOMPARE(repo.list(h2)->size(), 1);
        RequestFilter corrections;
        corrections.kind = RequestKind::Correction;
        QCOMPARE(repo.list(corrections)->first().id, otherId);
        const auto counts = repo.countByState();
        QCOMPARE(counts->value(S::Draft), 3);
        QCOMPARE(counts->value(S::OnAgenda), 1);
        QCOMPARE(repo.getByUuid(repo.get(otherId)->uuid)->id, otherId);
        QVERIFY(!repo.get(999));
    }

    void aDinsosRejectionIsCorrectedAndProposedAgain()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        const QByteArray sha(64, 'c');
        QVERIFY(store.db->execute(
            QByteArray("INSERT INTO attachment VALUES ('" + sha +
                       "', 'house_photo', 'image/jpeg', 10, '2026-11-23', 'rina'); "
                       "INSERT INTO request_attachment VALUES (" +
                       QByteArray::number(id) + ", '" + sha + "', 'house_front');")
                .constData()));
        // Not rejected by Dinsos (yet): nothing to correct.
        QCOMPARE(repo.createResubmission(id, as(QStringLiteral("rina"))).error().code,
                 QStringLiteral("request.not_dinsos_rejected"));
        for (S to : {S::OnAgenda, S::Approved, S::Queued, S::Sent, S::Received}) {
            QVERIFY(repo.transition(id, to, QStringLiteral("rina")));
        }
        QVERIFY(repo.transition(id, S::DinsosRejected, QStringLiteral("dinsos"),
                                QStringLiteral("Akta kematian belum dilampirkan")));
        QCOMPARE(repo.resubmittedAs(id).value(), std::nullopt);

        const Result<ChangeRequest> again = repo.createResubmission(id, as(QStringLiteral("rina")));
        QVERIFY(again);
        QCOMPARE(again->state, S::Draft);
        QCOMPARE(again->kind, RequestKind::Removal);
        QCOMPARE(again->personId, QStringLiteral("H1.03"));
        QCOMPARE(again->payload, removal().payload);
        QVERIFY(again->acknowledgedWarnings.isEmpty());
        QCOMPARE(repo.get(again->id)->resubmissionOf, std::optional<qint64>(id));
        QCOMPARE(repo.resubmittedAs(id).value(), std::optional<qint64>(again->id));
        QCOMPARE(repo.attachments(again->id, QStringLiteral("house_front")).value(),
                 QStringList{QString::fromLatin1(sha)});
        QCOMPARE(repo.proposedHouseholdId(again.value()),
                 QStringLiteral("usulan-") + repo.get(id)->uuid);
        QCOMPARE(repo.get(id)->state, S::DinsosRejected); // the rejected one stays as it was
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'request.resubmit'")),
                 1);

        // One live correction at a time; a discarded one can be started over.
        QCOMPARE(repo.createResubmission(id, as(QStringLiteral("rina"))).error().code,
                 QStringLiteral("request.already_resubmitted"));
        QVERIFY(repo.transition(again->id, S::Discarded, QStringLiteral("rina"),
                                QStringLiteral("salah")));
        QCOMPARE(repo.resubmittedAs(id).value(), std::nullopt);
        QVERIFY(repo.createResubmission(id, as(QStringLiteral("rina"))));
    }

    void actorIsRequired()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        QVERIFY(!repo.createDraft(removal(), as(QString())));
        const qint64 id = repo.createDraft(removal(), as(QStringLiteral("rina")))->id;
        QVERIFY(!repo.transition(id, S::OnAgenda, QString()));
    }
};

QTEST_GUILESS_MAIN(TestChangeRequestRepository)
#include "TestChangeRequestRepository.moc"
