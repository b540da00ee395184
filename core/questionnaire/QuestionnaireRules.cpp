#include "core/questionnaire/QuestionnaireRules.h"

#include "core/common/Language.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace tepat {

namespace {

QString codeOf(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

bool compare(const QJsonObject &c, double value)
{
    const auto has = [&c](const char *op) { return c.contains(QLatin1String(op)); };
    const auto limit = [&c](const char *op) { return c.value(QLatin1String(op)).toDouble(); };
    return (!has("gte") || value >= limit("gte")) && (!has("lte") || value <= limit("lte")) &&
           (!has("gt") || value > limit("gt")) && (!has("lt") || value < limit("lt"));
}

bool isAnswered(const QJsonValue &v)
{
    return v.isDouble() || (v.isString() && !v.toString().trimmed().isEmpty());
}

QString number(double value)
{
    return Language::locale().toString(value, 'g', 12);
}

} // namespace

QuestionnaireRules::QuestionnaireRules(const QuestionnaireDefinition &definition)
    : m_definition(definition)
{}

QString QuestionnaireRules::field(const QString &personKey, const QString &questionId)
{
    return personKey.isEmpty() ? QStringLiteral("household/") + questionId
                               : QStringLiteral("person/%1/%2").arg(personKey, questionId);
}

bool QuestionnaireRules::holds(const QJsonObject &c, const QJsonObject &household,
                               const QJsonObject &person, const QuestionnairePerson *who) const
{
    if (c.contains(QLatin1String("all"))) {
        for (const QJsonValue &p : c.value(QLatin1String("all")).toArray()) {
            if (!holds(p.toObject(), household, person, who)) {
                return false;
            }
        }
        return true;
    }
    if (c.contains(QLatin1String("any"))) {
        for (const QJsonValue &p : c.value(QLatin1String("any")).toArray()) {
            if (holds(p.toObject(), household, person, who)) {
                return true;
            }
        }
        return false;
    }
    if (c.contains(QLatin1String("not"))) {
        return !holds(c.value(QLatin1String("not")).toObject(), household, person, who);
    }
    if (c.contains(QLatin1String("context"))) {
        // Only "umur" is known; an unknown age asks the question rather than skipping it.
        if (c.value(QLatin1String("context")).toString() != QLatin1String("umur") || !who ||
            !who->age) {
            return true;
        }
        return compare(c, *who->age);
    }
    const QString name = c.value(QLatin1String("question")).toString();
    const QJsonValue value = person.contains(name) ? person.value(name) : household.value(name);
    if (c.contains(QLatin1String("answered"))) {
        return isAnswered(value) == c.value(QLatin1String("answered")).toBool();
    }
    if (!isAnswered(value)) {
        return false;
    }
    if (c.contains(QLatin1String("in"))) {
        return c.value(QLatin1String("in")).toArray().contains(QJsonValue(codeOf(value)));
    }
    if (c.contains(QLatin1String("not_in"))) {
        return !c.value(QLatin1String("not_in")).toArray().contains(QJsonValue(codeOf(value)));
    }
    bool ok = false;
    const double n = value.isDouble() ? value.toDouble() : codeOf(value).toDouble(&ok);
    return (value.isDouble() || ok) && compare(c, n);
}

bool QuestionnaireRules::blockAsked(const QuestionnaireBlock &block, const QJsonObject &household,
                                    const QJsonObject &person, const QuestionnairePerson *who) const
{
    return block.showIf.isEmpty() || holds(block.showIf, household, person, who);
}

bool QuestionnaireRules::asked(const QuestionnaireQuestion &question, const QJsonObject &household,
                               const QJsonObject &person, const QuestionnairePerson *who) const
{
    return question.showIf.isEmpty() || holds(question.showIf, household, person, who);
}

Findings QuestionnaireRules::check(const QuestionnaireQuestion &q, const QJsonValue &value,
                                   const QString &field) const
{
    const QString label = q.label.text();
    const auto error = [&](const char *code, const QString &message) {
        return Findings{Finding{Severity::Error, QString::fromLatin1(code), message, field}};
    };
    if (!isAnswered(value)) {
        return q.required ? error("questionnaire.required",
                                  tr("\"%1\" belum dijawab. Pilih atau isi jawabannya.").arg(label))
                          : Findings{};
    }
    switch (q.type) {
    case QuestionType::Choice:
        if (!q.option(codeOf(value))) {
            return error("questionnaire.unknown_code",
                         tr("Kode %1 bukan jawaban \"%2\". Pilih salah satu jawaban yang ada.")
                             .arg(codeOf(value), label));
        }
        return {};
    case QuestionType::Number: {
        bool ok = value.isDouble();
        const double n = ok ? value.toDouble() : value.toString().toDouble(&ok);
        if (!ok) {
            return error("questionnaire.not_a_number",
                         tr("Jawaban \"%1\" harus berupa angka.").arg(label));
        }
        const double scale = std::pow(10.0, q.decimals);
        if (std::abs(n * scale - std::round(n * scale)) > 1e-6) {
            return error("questionnaire.decimals",
                         q.decimals == 0
                             ? tr("Jawaban \"%1\" harus bilangan bulat.").arg(label)
                             : tr("Jawaban \"%1\" paling banyak %2 angka di belakang koma.")
                                   .arg(label)
                                   .arg(q.decimals));
        }
        if (q.range && (n < q.range->min || n > q.range->max)) {
            return error(
                "questionnaire.out_of_range",
                tr("\"%1\" harus antara %2 dan %3 %4; yang diisi %5.")
                    .arg(label, number(q.range->min), number(q.range->max), q.unit, number(n))
                    .simplified());
        }
        if (q.expected && (n < q.expected->min || n > q.expected->max)) {
            return Findings{Finding{
                Severity::Warning, QStringLiteral("questionnaire.unusual"),
                tr("\"%1\" = %2 %3 tidak biasa (umumnya %4–%5). Periksa lagi; bila benar, "
                   "lanjutkan.")
                    .arg(label, number(n), q.unit, number(q.expected->min), number(q.expected->max))
                    .simplified(),
                field}};
        }
        return {};
    }
    case QuestionType::Text: {
        const QString text = value.toString().trimmed();
        if (q.maxLength > 0 && text.size() > q.maxLength) {
            return error(
                "questionnaire.too_long",
                tr("Jawaban \"%1\" paling panjang %2 karakter.").arg(label).arg(q.maxLength));
        }
        if (!q.pattern.isEmpty() && !QRegularExpression(q.pattern).match(text).hasMatch()) {
            return error("questionnaire.pattern",
                         tr("Jawaban \"%1\" tidak sesuai bentuknya. Periksa lagi.").arg(label));
        }
        return {};
    }
    }
    return {};
}

Findings QuestionnaireRules::validate(const QuestionnaireAnswers &answers,
                                      const QList<QuestionnairePerson> &persons) const
{
    Findings findings;
    if (answers.definitionId != m_definition.id() || answers.version != m_definition.version()) {
        findings << Finding{Severity::Error, QStringLiteral("questionnaire.version"),
                            tr("Jawaban ini untuk kuesioner %1 versi %2, bukan versi %3.")
                                .arg(answers.definitionId)
                                .arg(answers.version)
                                .arg(m_definition.version())};
        return findings;
    }
    const auto run = [&](const QuestionnaireBlock &block, const QJsonObject &mine,
                         const QuestionnairePerson *who) {
        const QString key = who ? who->key : QString();
        const QJsonObject &person = who ? mine : QJsonObject();
        if (!blockAsked(block, answers.household, person, who)) {
            return;
        }
        for (const QuestionnaireQuestion &q : block.questions) {
            if (asked(q, answers.household, person, who)) {
                findings << check(q, mine.value(q.id), field(key, q.id));
            }
        }
        for (const QuestionnaireCheck &c : block.checks) {
            if (holds(c.when, answers.household, person, who)) {
                findings << Finding{c.warning ? Severity::Warning : Severity::Error,
                                    QStringLiteral("questionnaire.check.") + c.id, c.message.text(),
                                    field(key, c.field)};
            }
        }
    };
    for (const QuestionnaireBlock &block : m_definition.blocks()) {
        if (block.scope == QuestionnaireScope::Household) {
            run(block, answers.household, nullptr);
        } else {
            for (const QuestionnairePerson &p : persons) {
                run(block, answers.persons.value(p.key), &p);
            }
        }
    }
    return findings;
}

QuestionnaireAnswers
QuestionnaireRules::withoutSkipped(const QuestionnaireAnswers &answers,
                                   const QList<QuestionnairePerson> &persons) const
{
    QuestionnaireAnswers kept = answers;
    kept.household = {};
    kept.persons.clear();
    // Earlier answers decide later questions: keep in definition order.
    for (const QuestionnaireBlock &block : m_definition.blocks()) {
        if (block.scope == QuestionnaireScope::Household) {
            if (!blockAsked(block, kept.household)) {
                continue;
            }
            for (const QuestionnaireQuestion &q : block.questions) {
                if (isAnswered(answers.household.value(q.id)) && asked(q, kept.household)) {
                    kept.household.insert(q.id, answers.household.value(q.id));
                }
            }
            continue;
        }
        for (const QuestionnairePerson &p : persons) {
            const QJsonObject given = answers.persons.value(p.key);
            QJsonObject &mine = kept.persons[p.key];
            if (!blockAsked(block, kept.household, mine, &p)) {
                continue;
            }
            for (const QuestionnaireQuestion &q : block.questions) {
                if (isAnswered(given.value(q.id)) && asked(q, kept.household, mine, &p)) {
                    mine.insert(q.id, given.value(q.id));
                }
            }
        }
    }
    for (auto it = kept.persons.begin(); it != kept.persons.end();) {
        it = it->isEmpty() ? kept.persons.erase(it) : std::next(it);
    }
    return kept;
}

} // namespace tepat
