#pragma once

#include "core/common/Result.h"
#include "core/questionnaire/QuestionnaireDefinition.h"

#include <QCoreApplication>

#include <memory>

namespace tepat {

// The questionnaire versions this installation knows: the resources built in
// (":/questionnaire/*.json") and any added (tests, a newer definition). Answers keep the
// version they were given under, so an older version stays readable after a new one arrives.
class QuestionnaireCatalog
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireCatalog)

public:
    static constexpr const char *kDtsen = "regsosek-dtsen";

    // The built-in definitions, read and checked once.
    static const QuestionnaireCatalog &builtin();
    // Every *.json of a folder (":/questionnaire" for the built-in ones).
    static Result<QuestionnaireCatalog> fromFolder(const QString &folder);

    Status add(const QByteArray &json);
    // nullptr when unknown.
    const QuestionnaireDefinition *find(const QString &id, int version) const;
    const QuestionnaireDefinition *latest(const QString &id) const;
    Result<const QuestionnaireDefinition *> require(const QString &id, int version) const;
    int size() const { return int(m_definitions.size()); }

private:
    QList<std::shared_ptr<const QuestionnaireDefinition>> m_definitions;
};

} // namespace tepat
