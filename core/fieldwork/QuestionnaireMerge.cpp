#include "core/fieldwork/QuestionnaireMerge.h"

#include "core/common/Clock.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/questionnaire/QuestionnaireRules.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace tepat {

namespace {

// Answers by finding field ("household/<q>", "person/<key>/<q>").
using Flat = QMap<QString, QJsonValue>;

Flat flatten(const QuestionnaireAnswers &a)
{
    Flat flat;
    for (auto it = a.household.begin(); it != a.household.end(); ++it) {
        flat.insert(QuestionnaireRules::field(QString(), it.key()), it.value());
    }
    for (auto p = a.persons.cbegin(); p != a.persons.cend(); ++p) {
        for (auto it = p.value().begin(); it != p.value().end(); ++it) {
            flat.insert(QuestionnaireRules::field(p.key(), it.key()), it.value());
        }
    }
    return flat;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue orNull(const QJsonValue &v)
{
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

} // namespace

QuestionnaireMerge::QuestionnaireMerge(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status QuestionnaireMerge::merge(const FieldContents &contents, const QString &deviceHex,
                                 const QString &assignee, const QString &bundleId,
                                 BundleMergeReport &report) const
{
    const QuestionnaireResponses responses(m_db, m_clock);
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    for (const QJsonValue &value : contents.body.value(QLatin1String("questionnaires")).toArray()) {
        QuestionnaireResponse field = QuestionnaireResponses::fromJson(value.toObject());
        if (field.uuid.isEmpty() || field.householdId.isEmpty() || field.revision < 1 ||
            field.answers.definitionId.isEmpty() || field.answers.version < 1) {
            return Error{QStringLiteral("fieldwork.damaged"),
                         tr("Berkas hasil berisi jawaban kuesioner yang tidak lengkap. Buat "
                            "berkas hasil baru di laptop.")};
        }
        // Whatever the file says, these are this laptop's answers.
        field.origin = ResponseOrigin::Field;
        field.deviceKey = deviceHex;
        const Result<std::optional<QuestionnaireResponse>> before = responses.byUuid(field.uuid);
        if (!before) {
            return before.error();
        }
        if (*before && (*before)->revision >= field.revision) {
            ++report.unchanged; // the same or an older revision
            continue;
        }
        // The field side's base: what this office already had from the same response, else
        // what the package brought the laptop.
        QuestionnaireAnswers base;
        if (*before) {
            base = (*before)->answers;
        } else {
            auto b = m_db.query(
                QStringLiteral("SELECT base_answers FROM field_assignment WHERE household_id = ? "
                               "ORDER BY assignee = ? DESC, assigned_at DESC LIMIT 1"),
                {field.householdId, assignee});
            if (!b) {
                return b.error();
            }
            if (b->next()) {
                base = QuestionnaireResponses::fromJson(
                           QJsonDocument::fromJson(b->value(0).toByteArray()).object())
                           .answers;
            }
        }
        const Result<std::optional<QuestionnaireResponse>> office =
            responses.of(field.householdId, QString());
        if (!office) {
            return office.error();
        }
        const Flat baseFlat = flatten(base);
        const Flat officeFlat = *office ? flatten((*office)->answers) : baseFlat;
        const Flat fieldFlat = flatten(field.answers);
        QSet<QString> keys;
        for (const Flat *f : {&baseFlat, &officeFlat, &fieldFlat}) {
            for (auto it = f->cbegin(); it != f->cend(); ++it) {
                keys.insert(it.key());
            }
        }
        QuestionnaireAnswers merged =
            *office ? (*office)->answers : (*before ? (*before)->answers : base);
        bool fieldApplied = false;
        QStringList sorted(keys.begin(), keys.end());
        sorted.sort();
        for (const QString &key : std::as_const(sorted)) {
            const QJsonValue b = baseFlat.value(key);
            const QJsonValue o = officeFlat.value(key);
            const QJsonValue f = fieldFlat.value(key);
            if (f == b || f == o) {
                continue; // the laptop did not change it, or agrees with the office
            }
            if (o != b) {
                // Both changed it since the base: the office's value stays, both are kept.
                const QJsonObject officeSide{
                    {QStringLiteral("value"), orNull(o)},
                    {QStringLiteral("recorded_by"), *office ? (*office)->recordedBy : QString()}};
                const QJsonObject fieldSide{{QStringLiteral("value"), orNull(f)},
                                            {QStringLiteral("recorded_by"), field.recordedBy},
                                            {QStringLiteral("response"), field.uuid},
                                            {QStringLiteral("revision"), field.revision}};
                auto c = m_db.query(
                    QStringLiteral("INSERT OR IGNORE INTO field_conflict (bundle_id, visit_uuid, "
                                   "household_id, subject, office_value, field_value, "
                                   "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {bundleId,
                     QStringLiteral("questionnaire:%1:%2").arg(field.uuid).arg(field.revision),
                     field.householdId, QStringLiteral("questionnaire:") + key, compact(officeSide),
                     compact(fieldSide), now});
                if (!c) {
                    return c.error();
                }
                report.conflicts += c->numRowsAffected() > 0 ? 1 : 0;
                continue;
            }
            // Only the laptop changed it: the office takes the field's answer.
            fieldApplied = setAnswer(merged, key, f) || fieldApplied;
        }
        for (auto it = merged.persons.begin(); it != merged.persons.end();) {
            it = it.value().isEmpty() ? merged.persons.erase(it) : std::next(it);
        }
        if (fieldApplied || merged.definitionId.isEmpty()) {
            merged.definitionId = field.answers.definitionId;
            merged.version = std::max(merged.version, field.answers.version);
        }
        const Result<bool> kept = responses.put(field);
        if (!kept) {
            return kept.error();
        }
        const Result<QuestionnaireResponse> adopted =
            responses.adopt(field.householdId, merged, field.recordedBy);
        if (!adopted) {
            return adopted.error();
        }
        ++report.answers;
    }
    return {};
}

bool QuestionnaireMerge::setAnswer(QuestionnaireAnswers &answers, const QString &field,
                                   const QJsonValue &value)
{
    // The inverse of QuestionnaireRules::field: "household/<q>", "person/<key>/<q>".
    const QString household = QuestionnaireRules::field(QString(), QString());
    const QString person = QStringLiteral("person/");
    QString personKey;
    QString question;
    if (field.startsWith(household)) {
        question = field.mid(household.size());
    } else if (field.startsWith(person)) {
        const qsizetype slash = field.lastIndexOf(u'/');
        personKey = field.mid(person.size(), slash - person.size());
        question = field.mid(slash + 1);
    }
    if (question.isEmpty() || question.contains(u'/') ||
        (field.startsWith(person) && personKey.isEmpty()) ||
        QuestionnaireRules::field(personKey, question) != field) {
        return false;
    }
    if (value.isUndefined() || value.isNull()) {
        if (personKey.isEmpty()) {
            answers.household.remove(question);
        } else if (answers.persons.contains(personKey)) {
            answers.persons[personKey].remove(question);
            if (answers.persons.value(personKey).isEmpty()) {
                answers.persons.remove(personKey);
            }
        }
    } else {
        QJsonObject &into = personKey.isEmpty() ? answers.household : answers.persons[personKey];
        into.insert(question, value);
    }
    return true;
}

} // namespace tepat
