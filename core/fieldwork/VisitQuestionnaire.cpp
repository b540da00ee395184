#include "core/fieldwork/VisitQuestionnaire.h"

#include "core/common/Clock.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/questionnaire/QuestionnaireRules.h"
#include "core/register/RegisterRepository.h"
#include "core/storage/Database.h"

namespace tepat {

VisitQuestionnaire::VisitQuestionnaire(const Database &db, const Clock &clock,
                                       const QuestionnaireCatalog &catalog)
    : m_db(db)
    , m_clock(clock)
    , m_catalog(catalog)
{}

Result<VisitQuestionnaireStart> VisitQuestionnaire::start(const QString &householdId,
                                                          QDate visitDay) const
{
    VisitQuestionnaireStart s;
    const QuestionnaireResponses responses(m_db, m_clock);
    // The key save() uses: the laptop's, or "" at the office.
    const Result<FieldRole> role = FieldKeys(m_db, m_clock).role();
    if (!role) {
        return role.error();
    }
    auto own = responses.of(householdId, *role == FieldRole::Laptop
                                             ? FieldVisits::deviceKeyOf(m_db, m_clock)
                                             : QString());
    if (!own) {
        return own.error();
    }
    std::optional<QuestionnaireResponse> found = *own;
    if (!found) {
        auto latest = responses.latest(householdId);
        if (!latest) {
            return latest.error();
        }
        found = *latest;
        s.fromPackage = found.has_value();
    }
    const QString id = QLatin1String(QuestionnaireCatalog::kDtsen);
    s.definition = m_catalog.latest(id);
    if (found) {
        const Result<const QuestionnaireDefinition *> d =
            m_catalog.require(found->answers.definitionId, found->answers.version);
        if (!d) {
            return d.error();
        }
        // Answers from the office are carried into the latest version where they fit; this
        // device's own answers stay in their version.
        if (!s.fromPackage || *d == s.definition) {
            s.definition = *d;
            s.answers = found->answers;
        } else {
            s.answers = found->answers;
            s.answers.version = s.definition->version();
        }
    }
    if (!s.definition) {
        return Error{QStringLiteral("questionnaire.none"),
                     tr("Aplikasi ini tidak memuat definisi kuesioner. Pasang ulang Tepat.")};
    }
    s.answers.definitionId = s.definition->id();
    s.answers.version = s.definition->version();
    const Result<QList<Person>> members = RegisterRepository(m_db, m_clock).members(householdId);
    if (!members) {
        return members.error();
    }
    for (const Person &p : *members) {
        if (p.status != PersonStatus::Active) {
            continue;
        }
        QuestionnairePerson q{p.id, p.name, std::nullopt};
        if (p.birthDate.isValid()) {
            q.age = ageOn(p.birthDate, visitDay);
        }
        s.persons << q;
    }
    return s;
}

Result<QuestionnaireResponse>
VisitQuestionnaire::save(const Session &session, const QString &householdId,
                         const QuestionnaireAnswers &answers,
                         const QList<QuestionnairePerson> &persons) const
{
    const Result<const QuestionnaireDefinition *> d =
        m_catalog.require(answers.definitionId, answers.version);
    if (!d) {
        return d.error();
    }
    const QuestionnaireRules rules(**d);
    const QuestionnaireAnswers kept = rules.withoutSkipped(answers, persons);
    Findings warnings;
    for (const Finding &f : rules.validate(kept, persons)) {
        if (f.severity == Severity::Warning) {
            warnings << f;
        }
    }
    const Result<FieldRole> role = FieldKeys(m_db, m_clock).role();
    if (!role) {
        return role.error();
    }
    const bool laptop = *role == FieldRole::Laptop;
    return QuestionnaireResponses(m_db, m_clock)
        .save(session, householdId, laptop ? FieldVisits::deviceKeyOf(m_db, m_clock) : QString(),
              laptop ? ResponseOrigin::Field : ResponseOrigin::Office, kept, warnings);
}

Status VisitQuestionnaire::checkForVisit(const QuestionnaireAnswers &answers,
                                         const QList<QuestionnairePerson> &persons) const
{
    if (answers.isEmpty()) {
        return {};
    }
    const Result<const QuestionnaireDefinition *> d =
        m_catalog.require(answers.definitionId, answers.version);
    if (!d) {
        return d.error();
    }
    Findings errors;
    for (const Finding &f : QuestionnaireRules(**d).validate(answers, persons)) {
        if (f.severity == Severity::Error) {
            errors << f;
        }
    }
    if (errors.isEmpty()) {
        return {};
    }
    return Error{QStringLiteral("questionnaire.incomplete"),
                 tr("Kuesioner masih punya %1 kesalahan atau jawaban kosong, misalnya: %2 "
                    "Lengkapi di tab Kuesioner, lalu simpan lagi.")
                     .arg(errors.size())
                     .arg(errors.first().message)};
}

} // namespace tepat
