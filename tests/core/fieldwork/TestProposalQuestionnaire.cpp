#include "core/fieldwork/ProposalQuestionnaire.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// A new-family proposal carries its questionnaire: the answers are kept under the proposal's
// provisional household id (like its house photos) and copied into the request's payload, so
// they travel with the request; a form edit of the rest keeps them.
class TestProposalQuestionnaire : public QObject
{
    Q_OBJECT

    static QuestionnaireAnswers answers(int area)
    {
        QuestionnaireAnswers a;
        a.definitionId = QStringLiteral("regsosek-dtsen");
        a.version = 1;
        a.household = QJsonObject{{"status_kepemilikan_rumah", "2"}, {"luas_lantai", area}};
        return a;
    }

    static ChangeRequest proposal(const ChangeRequestRepository &repo, const Session &session)
    {
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        r.payload = QJsonObject{{"rt", "3"},
                                {"rw", "2"},
                                {"address", "Jl. Kenanga 5"},
                                {"reason", "Keluarga belum terdata"},
                                {"members", QJsonArray{QJsonObject{{"name", "Joko Sintetis"},
                                                                   {"relationship", "head"}}}}};
        return repo.createDraft(r, session).value();
    }

private Q_SLOTS:
    void theProposalCarriesItsAnswers()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const Session rina = as(QStringLiteral("rina"), Role::Operator);
        const ChangeRequest draft = proposal(repo, rina);
        const ProposalQuestionnaire questionnaire(*store.db, store.clock);
        const Result<QuestionnaireResponse> saved =
            questionnaire.save(rina, draft.id, answers(36), {});
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->householdId, repo.proposedHouseholdId(draft));
        const QJsonObject copy =
            repo.get(draft.id)->payload.value(QLatin1String("questionnaire")).toObject();
        QCOMPARE(copy.value(QLatin1String("definition_id")).toString(),
                 QStringLiteral("regsosek-dtsen"));
        QCOMPARE(copy.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(copy.value(QLatin1String("response")).toString(), saved->uuid);
        QCOMPARE(copy.value(QLatin1String("answers")).toObject(), answers(36).answersJson());
        const auto loaded = questionnaire.of(draft.id);
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->answers, answers(36));

        // Revised: one response, a new revision, the payload follows.
        const Result<QuestionnaireResponse> revised =
            questionnaire.save(rina, draft.id, answers(40), {});
        QVERIFY(revised);
        QCOMPARE(revised->uuid, saved->uuid);
        QCOMPARE(revised->revision, 2);
        QCOMPARE(repo.get(draft.id)
                     ->payload.value(QLatin1String("questionnaire"))
                     .toObject()
                     .value(QLatin1String("revision"))
                     .toInt(),
                 2);

        // The form saves the rest of the payload without the questionnaire: the copy stays.
        ChangeRequest edited = repo.get(draft.id).value();
        edited.payload.remove(QStringLiteral("questionnaire"));
        edited.payload.insert(QStringLiteral("address"), QStringLiteral("Jl. Kenanga 7"));
        QVERIFY(repo.updateDraft(edited, rina));
        const ChangeRequest after = repo.get(draft.id).value();
        QCOMPARE(after.payload.value(QLatin1String("address")).toString(),
                 QStringLiteral("Jl. Kenanga 7"));
        QCOMPARE(after.payload.value(QLatin1String("questionnaire"))
                     .toObject()
                     .value(QLatin1String("answers"))
                     .toObject(),
                 answers(40).answersJson());
    }

    void onlyNewFamilyDraftsAndTheDraftPermission()
    {
        TempStore store;
        const ChangeRequestRepository repo(*store.db, store.clock);
        const Session rina = as(QStringLiteral("rina"), Role::Operator);
        const ProposalQuestionnaire questionnaire(*store.db, store.clock);
        const ChangeRequest draft = proposal(repo, rina);
        const Result<QuestionnaireResponse> head = questionnaire.save(
            as(QStringLiteral("lurah"), Role::VillageHead), draft.id, answers(36), {});
        QVERIFY(!head);
        QCOMPARE(head.error().code, QStringLiteral("auth.forbidden"));

        ChangeRequest removal;
        removal.kind = RequestKind::Removal;
        removal.householdId = QStringLiteral("3571031001.000042");
        removal.payload = QJsonObject{{"reason", "died"}};
        const qint64 other = repo.createDraft(removal, rina)->id;
        QCOMPARE(questionnaire.save(rina, other, answers(36), {}).error().code,
                 QStringLiteral("questionnaire.not_a_proposal"));

        QVERIFY(repo.discardDraft(draft.id, QStringLiteral("ganda"), rina));
        QCOMPARE(questionnaire.save(rina, draft.id, answers(36), {}).error().code,
                 QStringLiteral("request.not_draft"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM questionnaire_response")), 0);
    }
};

QTEST_GUILESS_MAIN(TestProposalQuestionnaire)
#include "TestProposalQuestionnaire.moc"
