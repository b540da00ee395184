#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireResponses.h"

#include <QCoreApplication>
#include <QDate>

namespace tepat {

class Clock;
class Database;

// What the visit form's questionnaire starts from: the definition to show (the version of the
// answers this device already gave, else the latest), the answers (this device's, else the
// household's latest — on a laptop, the ones its work package brought), and the members with
// their age on the visit day.
struct VisitQuestionnaireStart
{
    const QuestionnaireDefinition *definition = nullptr;
    QuestionnaireAnswers answers;
    QList<QuestionnairePerson> persons;
    bool fromPackage = false; // the answers are the office's, not yet this device's
};

// The questionnaire of a verification visit: loads it and saves this device's answers (origin
// field on a laptop, office at the office), with the warnings that stand. A visit that found the
// family may not be saved while the questionnaire it started has hard errors (checkForVisit).
class VisitQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(VisitQuestionnaire)

public:
    VisitQuestionnaire(const Database &db, const Clock &clock,
                       const QuestionnaireCatalog &catalog = QuestionnaireCatalog::builtin());

    Result<VisitQuestionnaireStart> start(const QString &householdId, QDate visitDay) const;
    Result<QuestionnaireResponse> save(const Session &session, const QString &householdId,
                                       const QuestionnaireAnswers &answers,
                                       const QList<QuestionnairePerson> &persons) const;
    // Empty, or the refusal naming the first error and how many there are.
    Status checkForVisit(const QuestionnaireAnswers &answers,
                         const QList<QuestionnairePerson> &persons) const;

private:
    const Database &m_db;
    const Clock &m_clock;
    const QuestionnaireCatalog &m_catalog;
};

} // namespace tepat
