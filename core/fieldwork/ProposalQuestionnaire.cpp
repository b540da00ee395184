#include "core/fieldwork/ProposalQuestionnaire.h"

#include "core/common/Clock.h"
#include "core/fieldwork/VisitQuestionnaire.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"

namespace tepat {

ProposalQuestionnaire::ProposalQuestionnaire(const Database &db, const Clock &clock,
                                             const QuestionnaireCatalog &catalog)
    : m_db(db)
    , m_clock(clock)
    , m_catalog(catalog)
{}

Result<QuestionnaireResponse>
ProposalQuestionnaire::save(const Session &session, qint64 requestId,
                            const QuestionnaireAnswers &answers,
                            const QList<QuestionnairePerson> &persons) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const ChangeRequestRepository requests(m_db, m_clock);
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<ChangeRequest> request = requests.get(requestId);
    if (!request) {
        return request.error();
    }
    if (request->kind != RequestKind::NewHousehold) {
        return Error{QStringLiteral("questionnaire.not_a_proposal"),
                     tr("Kuesioner dilampirkan pada usulan keluarga baru; usulan ini bukan usulan "
                        "keluarga baru.")};
    }
    if (request->state != RequestState::Draft) {
        return Error{QStringLiteral("request.not_draft"),
                     tr("Usulan ini sudah berstatus \"%1\"; jawaban kuesionernya tidak bisa "
                        "diubah lagi.")
                         .arg(RequestLifecycle::label(request->state))};
    }
    // Saved as a visit's questionnaire is (skipped questions left out, warnings kept, the
    // device's key), under the proposed family's id.
    const QString household = requests.proposedHouseholdId(*request);
    const Result<QuestionnaireResponse> saved =
        VisitQuestionnaire(m_db, m_clock, m_catalog).save(session, household, answers, persons);
    if (!saved) {
        return saved.error();
    }
    request->payload.insert(
        QStringLiteral("questionnaire"),
        QJsonObject{{QStringLiteral("definition_id"), saved->answers.definitionId},
                    {QStringLiteral("version"), saved->answers.version},
                    {QStringLiteral("response"), saved->uuid},
                    {QStringLiteral("revision"), saved->revision},
                    {QStringLiteral("answers"), saved->answers.answersJson()}});
    if (const Status s = requests.updateDraft(*request, session); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return saved;
}

Result<std::optional<QuestionnaireResponse>> ProposalQuestionnaire::of(qint64 requestId) const
{
    const ChangeRequestRepository requests(m_db, m_clock);
    const Result<ChangeRequest> request = requests.get(requestId);
    if (!request) {
        return request.error();
    }
    return QuestionnaireResponses(m_db, m_clock).latest(requests.proposedHouseholdId(*request));
}

} // namespace tepat
