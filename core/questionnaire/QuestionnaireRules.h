#pragma once

#include "core/domain/Finding.h"
#include "core/questionnaire/QuestionnaireAnswers.h"
#include "core/questionnaire/QuestionnaireDefinition.h"

#include <QCoreApplication>

namespace tepat {

// The questionnaire engine: which blocks and questions are asked (skip rules over the answers
// so far and the member's age), and the verdicts on a set of answers — hard errors (a required
// question unanswered, a code the question does not have, a number outside its range or with
// too many decimals, text that does not fit) and warnings (a number outside its expected range,
// the definition's warning checks). Finding fields: "household/<question>",
// "person/<key>/<question>". Tepat never ranks a household: no score is computed here.
class QuestionnaireRules
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireRules)

public:
    explicit QuestionnaireRules(const QuestionnaireDefinition &definition);

    // person: the member's answers (empty object and no person for household blocks).
    bool blockAsked(const QuestionnaireBlock &block, const QJsonObject &household,
                    const QJsonObject &person = {}, const QuestionnairePerson *who = nullptr) const;
    bool asked(const QuestionnaireQuestion &question, const QJsonObject &household,
               const QJsonObject &person = {}, const QuestionnairePerson *who = nullptr) const;

    Findings validate(const QuestionnaireAnswers &answers,
                      const QList<QuestionnairePerson> &persons) const;
    // The same answers without those to questions the skip rules no longer ask.
    QuestionnaireAnswers withoutSkipped(const QuestionnaireAnswers &answers,
                                        const QList<QuestionnairePerson> &persons) const;

    // The verdicts on one answer (empty value: unanswered), for the form's own field marks.
    Findings check(const QuestionnaireQuestion &question, const QJsonValue &value,
                   const QString &field) const;

    static QString field(const QString &personKey, const QString &questionId);

private:
    bool holds(const QJsonObject &condition, const QJsonObject &household,
               const QJsonObject &person, const QuestionnairePerson *who) const;

    const QuestionnaireDefinition &m_definition;
};

} // namespace tepat
