#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/requests/RequestFormController.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {
ChangeRequest removalOf(const QString &personId)
{
    ChangeRequest r;
    r.kind = RequestKind::Removal;
    r.householdId = QStringLiteral("3571031001.000001");
    r.personId = personId;
    return r;
}
} // namespace

class TestRequestFormController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsSaveThemselves()
    {
        UiFixture f;
        RequestFormController controller(f.context, removalOf({}));
        QVERIFY(!controller.isSaved());
        QSignalSpy saved(&controller, &RequestFormController::saved);
        controller.setPayload({{QStringLiteral("reason"), QStringLiteral("no_longer_poor")}});
        QVERIFY(!controller.isSaved());
        QVERIFY(saved.wait(RequestFormController::kAutosaveMs * 5));
        QVERIFY(controller.isSaved());
        const auto stored = ChangeRequestRepository(*f.db, f.clock).get(controller.request().id);
        QVERIFY(stored);
        QCOMPARE(stored->payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no_longer_poor"));
        QCOMPARE(stored->createdBy, QStringLiteral("rina"));
    }

    void closingNeverLosesADraftAndItSurvivesARestart()
    {
        auto f = std::make_unique<UiFixture>();
        qint64 id = 0;
        {
            RequestFormController controller(f->context, removalOf({}));
            controller.setPayload({{QStringLiteral("reason"), QStringLiteral("refused")}});
            QVERIFY(controller.saveNow());
            id = controller.request().id;
            // An edit, then the window closes before the autosave timer fires.
            controller.setPayload(
                {{QStringLiteral("reason"), QStringLiteral("refused")},
                 {QStringLiteral("note"), QStringLiteral("menolak sejak Oktober")}});
        }
        // "Restart": close the store and open it again.
        const QString path = f->path();
        f->db.reset();
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        const auto stored = ChangeRequestRepository(*reopened.value(), f->clock).get(id);
        QVERIFY(stored);
        QCOMPARE(stored->state, RequestState::Draft);
        QCOMPARE(stored->payload.value(QStringLiteral("note")).toString(),
                 QStringLiteral("menolak sejak Oktober"));
    }

    void warningsNeedAnExplicitContinueAndAreRecorded()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::ProgramProposal;
        // A family of desil above 4 proposed for PKH: allowed, but only past a warning.
        auto q = f.db->query(QStringLiteral(
            "SELECT id FROM household WHERE desil > 5 AND id NOT IN (SELECT p.household_id "
            "FROM person p JOIN program_membership m ON m.person_pk = p.pk WHERE m.program = "
            "'PKH') LIMIT 1"));
        QVERIFY(q && q->next());
        r.householdId = q->value(0).toString();
        RequestFormController controller(f.context, r);
        controller.setPayload({{QStringLiteral("program"), QStringLiteral("PKH")},
                               {QStringLiteral("reason"), QStringLiteral("x")}});
        QVERIFY(!hasErrors(controller.findings()));
        QCOMPARE(controller.unacknowledgedWarnings().size(), 1);
        QVERIFY(!controller.isReady());
        const Finding warning = controller.unacknowledgedWarnings().first();
        QCOMPARE(warning.code, QStringLiteral("request.program_desil"));
        controller.acknowledge(warning, true);
        QVERIFY(controller.isReady());
        QVERIFY(controller.saveNow());
        const auto stored = ChangeRequestRepository(*f.db, f.clock).get(controller.request().id);
        QCOMPARE(stored->acknowledgedWarnings.size(), 1);
        QCOMPARE(stored->acknowledgedWarnings.first().code,
                 QStringLiteral("request.program_desil"));
        // Once the warning no longer applies, its acknowledgement goes too.
        controller.setPayload({{QStringLiteral("program"), QStringLiteral("APBD")},
                               {QStringLiteral("reason"), QStringLiteral("x")}});
        QVERIFY(controller.request().acknowledgedWarnings.isEmpty());
        controller.acknowledge(warning, false);
        QVERIFY(controller.isReady());
    }

    void discardKeepsTheRequestWithItsReason()
    {
        UiFixture f;
        RequestFormController controller(f.context, removalOf({}));
        controller.setPayload({{QStringLiteral("reason"), QStringLiteral("refused")}});
        QVERIFY(controller.saveNow());
        QVERIFY(controller.discard(QStringLiteral("salah keluarga")));
        QVERIFY(!controller.isEditable());
        const auto stored = ChangeRequestRepository(*f.db, f.clock).get(controller.request().id);
        QCOMPARE(stored->state, RequestState::Discarded);
        QCOMPARE(stored->stateReason, QStringLiteral("salah keluarga"));
        controller.setPayload({{QStringLiteral("reason"), QStringLiteral("died")}});
        QCOMPARE(controller.request().payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("refused"));
        QVERIFY(!controller.saveNow());
    }

    void onlyThoseWhoMayDraftCanSave()
    {
        UiFixture f;
        Session head(
            Actor{QStringLiteral("lurah"), QStringLiteral("Pak Lurah"), Role::VillageHead});
        AppContext context{*f.db, f.clock, head, QString()};
        RequestFormController controller(context, removalOf({}));
        controller.setPayload({{QStringLiteral("reason"), QStringLiteral("refused")}});
        const Status s = controller.saveNow();
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM change_request")), 0);
    }

    void aDinsosRejectionIsProposedAgainByThoseWhoMayDraft()
    {
        UiFixture f;
        const ChangeRequestRepository repository(*f.db, f.clock);
        ChangeRequest r = removalOf({});
        r.payload = {{QStringLiteral("reason"), QStringLiteral("refused")}};
        const qint64 id = repository.createDraft(r, as(QStringLiteral("rina")))->id;
        for (RequestState to : {RequestState::OnAgenda, RequestState::Approved,
                                RequestState::Queued, RequestState::Sent, RequestState::Received}) {
            QVERIFY(repository.transition(id, to, QStringLiteral("rina")));
        }
        QVERIFY(repository.transition(id, RequestState::DinsosRejected, QStringLiteral("dinsos"),
                                      QStringLiteral("Berita acara tidak terbaca")));
        Session head(
            Actor{QStringLiteral("lurah"), QStringLiteral("Pak Lurah"), Role::VillageHead});
        AppContext headContext{*f.db, f.clock, head, QString()};
        RequestFormController forbidden(headContext, repository.get(id).value());
        QCOMPARE(forbidden.resubmit().error().code, QStringLiteral("auth.forbidden"));

        RequestFormController controller(f.context, repository.get(id).value());
        const Result<ChangeRequest> again = controller.resubmit();
        QVERIFY(again);
        QCOMPARE(again->createdBy, QStringLiteral("rina"));
        QCOMPARE(again->resubmissionOf, std::optional<qint64>(id));
        QCOMPARE(again->payload, r.payload);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM change_request")), 2);
    }

    void aNewFamilyNeedsItsFrontPhoto()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        RequestFormController controller(f.context, r);
        controller.setPayload(
            {{QStringLiteral("rt"), QStringLiteral("1")},
             {QStringLiteral("rw"), QStringLiteral("1")},
             {QStringLiteral("address"), QStringLiteral("Gg. Sawo 1")},
             {QStringLiteral("reason"), QStringLiteral("belum terdata")},
             {QStringLiteral("members"),
              QJsonArray{QJsonObject{{QStringLiteral("nik"), QStringLiteral("3578010606800006")},
                                     {QStringLiteral("name"), QStringLiteral("Joko Widodo Susilo")},
                                     {QStringLiteral("sex"), QStringLiteral("L")},
                                     {QStringLiteral("birth_date"), QStringLiteral("1980-06-06")},
                                     {QStringLiteral("relationship"), QStringLiteral("head")}}}}});
        QCOMPARE(controller.findings().size(), 1);
        QCOMPARE(controller.findings().first().code, QStringLiteral("request.front_photo_missing"));
        QVERIFY(controller.saveNow()); // a draft may be incomplete
        QVERIFY(!controller.isReady());
    }
};

QTEST_MAIN(TestRequestFormController)
#include "TestRequestFormController.moc"
