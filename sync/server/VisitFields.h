#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tepat::central {

// Checks the `visit` object of a pushed request (docs/sync-protocol.md, "Visit results"):
// types, sizes, the outcome and photo view codes, the photos among the item's attachments,
// and — when the questionnaire's id and version are known to this server — every answer
// against its question (a choice must be one of its codes, a number inside its range). The
// first problem is the error: "visit.too_large" (answer 413), any other "visit.*" (400).
class VisitFields
{
    Q_DECLARE_TR_FUNCTIONS(VisitFields)

public:
    static constexpr int kMaxPersons = 100;
    static constexpr int kMaxAnswerLength = 500;

    static Status check(const QJsonObject &visit, const QJsonArray &attachments,
                        const QuestionnaireCatalog &catalog = QuestionnaireCatalog::builtin());

private:
    static Status checkQuestionnaire(const QJsonObject &questionnaire,
                                     const QuestionnaireCatalog &catalog);
    static Status checkAnswers(const QJsonObject &answers, const QuestionnaireDefinition *form,
                               QuestionnaireScope scope, const QString &where);
};

} // namespace tepat::central
