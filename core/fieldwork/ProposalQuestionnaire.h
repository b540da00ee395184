#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireResponses.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

// The questionnaire of a new-family proposal (RequestKind::NewHousehold draft): the answers are
// kept like a household's (questionnaire_response, coded, with the definition's version, one
// response per device, audited) under the proposal's provisional household id — the one its
// house photos use (ChangeRequestRepository::proposedHouseholdId, stable across resubmissions)
// — and copied into the request's payload as "questionnaire" ({definition_id, version,
// response, revision, answers}) so they travel with the request (outbox, tepat-central). Only
// a draft can be given answers; a form edit of the rest of the payload keeps the copy.
class ProposalQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(ProposalQuestionnaire)

public:
    ProposalQuestionnaire(const Database &db, const Clock &clock,
                          const QuestionnaireCatalog &catalog = QuestionnaireCatalog::builtin());

    Result<QuestionnaireResponse> save(const Session &session, qint64 requestId,
                                       const QuestionnaireAnswers &answers,
                                       const QList<QuestionnairePerson> &persons) const;
    // The proposal's answers (this device's, else the newest), if any.
    Result<std::optional<QuestionnaireResponse>> of(qint64 requestId) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    const QuestionnaireCatalog &m_catalog;
};

} // namespace tepat
