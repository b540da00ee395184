#include "core/questionnaire/QuestionnaireAnswers.h"

namespace tepat {

bool QuestionnaireAnswers::isEmpty() const
{
    return count() == 0;
}

int QuestionnaireAnswers::count() const
{
    qsizetype n = household.size();
    for (const QJsonObject &p : persons) {
        n += p.size();
    }
    return int(n);
}

QJsonObject QuestionnaireAnswers::answersJson() const
{
    QJsonObject people;
    for (auto it = persons.cbegin(); it != persons.cend(); ++it) {
        if (!it.value().isEmpty()) {
            people.insert(it.key(), it.value());
        }
    }
    return QJsonObject{{QStringLiteral("household"), household},
                       {QStringLiteral("persons"), people}};
}

QuestionnaireAnswers QuestionnaireAnswers::fromJson(const QString &definitionId, int version,
                                                    const QJsonObject &answers)
{
    QuestionnaireAnswers a;
    a.definitionId = definitionId;
    a.version = version;
    a.household = answers.value(QLatin1String("household")).toObject();
    const QJsonObject people = answers.value(QLatin1String("persons")).toObject();
    for (auto it = people.begin(); it != people.end(); ++it) {
        a.persons.insert(it.key(), it.value().toObject());
    }
    return a;
}

} // namespace tepat
