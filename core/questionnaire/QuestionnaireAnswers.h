#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tepat {

// The coded answers of one household to one version of a questionnaire: question id → code
// (choice, as a string), number or text, for the household and for each member (by person id,
// or "baru-N" for a member found on the visit). Labels are never stored: the definition of the
// same version gives them.
struct QuestionnaireAnswers
{
    QString definitionId;
    int version = 0;
    QJsonObject household;
    QMap<QString, QJsonObject> persons;

    bool isEmpty() const;
    int count() const;               // answers given, household and members
    QJsonObject answersJson() const; // {"household": {...}, "persons": {"<key>": {...}}}
    static QuestionnaireAnswers fromJson(const QString &definitionId, int version,
                                         const QJsonObject &answers);
    bool operator==(const QuestionnaireAnswers &) const = default;
};

// A member the person blocks are asked about, with what the skip rules may need ("umur").
struct QuestionnairePerson
{
    QString key; // person id or "baru-N"
    QString name;
    std::optional<int> age; // years on the visit day; unknown: every person block is asked
};

} // namespace tepat
