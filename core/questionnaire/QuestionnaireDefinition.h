#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

// A label in the definition's two languages; text() follows the interface language.
struct QuestionnaireText
{
    QString id;
    QString en;
    QString text() const;
};

struct QuestionnaireOption
{
    QString code;
    QuestionnaireText label;
};

enum class QuestionType
{
    Choice, // one coded option
    Number, // with a hard range (error) and an expected range (warning)
    Text    // short text, optional pattern
};

struct NumberRange
{
    double min = 0;
    double max = 0;
};

struct QuestionnaireQuestion
{
    QString id;
    QuestionType type = QuestionType::Choice;
    QuestionnaireText label;
    bool required = false;
    QList<QuestionnaireOption> options;
    int decimals = 0;
    QString unit;
    std::optional<NumberRange> range;    // outside: hard error
    std::optional<NumberRange> expected; // outside: warning
    int maxLength = 0;
    QString pattern;    // text: regular expression the answer must match
    QJsonObject showIf; // skip rule: empty = always asked

    const QuestionnaireOption *option(const QString &code) const;
};

enum class QuestionnaireScope
{
    Household,
    Person
};

// A cross-question rule of a block: when the condition holds, a finding on `field`.
struct QuestionnaireCheck
{
    QString id;
    bool warning = true;
    QJsonObject when;
    QString field;
    QuestionnaireText message;
};

struct QuestionnaireBlock
{
    QString id;
    QuestionnaireScope scope = QuestionnaireScope::Household;
    QuestionnaireText title;
    QJsonObject showIf;
    QList<QuestionnaireQuestion> questions;
    QList<QuestionnaireCheck> checks;
};

// One version of a questionnaire, read from its JSON resource (resources/questionnaire/, format
// in docs/questionnaire.md). parse() checks the whole definition: ids unique, every option code
// unique, every skip rule naming a question of the same scope asked before it (or the household
// for a person block), ranges in order; the first problem is the error, with where it is.
class QuestionnaireDefinition
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireDefinition)

public:
    static constexpr int kFormat = 1;

    static Result<QuestionnaireDefinition> parse(const QByteArray &json);

    const QString &id() const { return m_id; }
    int version() const { return m_version; }
    const QuestionnaireText &title() const { return m_title; }
    const QList<QuestionnaireBlock> &blocks() const { return m_blocks; }

    // The question and its block, or nullptr.
    const QuestionnaireQuestion *question(const QString &questionId,
                                          const QuestionnaireBlock **block = nullptr) const;

private:
    QString m_id;
    int m_version = 0;
    QuestionnaireText m_title;
    QList<QuestionnaireBlock> m_blocks;
};

} // namespace tepat
