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

struct Target
{
    QString personKey;
    QString question;
};

// The inverse of QuestionnaireRules::field for the fields flatten() made.
Target targetOf(const QString &field, const QuestionnaireAnswers &shape)
{
    for (auto it = shape.household.begin(); it != shape.household.end(); ++it) {
        if (QuestionnaireRules::field(QString(), it.key()) == field) {
            return {QString(), it.key()};
        }
    }
    for (auto p = shape.persons.cbegin(); p != shape.persons.cend(); ++p) {
        for (auto it = p.value().begin(); it != p.value().end(); ++it) {
            if (QuestionnaireRules::field(p.key(), it.key()) == field) {
                return {p.key(), it.key()};
            }
        }
    }
    return {};
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
            const Target t = targetOf(key, f.isUndefined() ? merged : field.answers);
            if (t.question.isEmpty()) {
                continue;
            }
            QJsonObject &into =
                t.personKey.isEmpty() ? merged.household : merged.persons[t.personKey];
            if (f.isUndefined()) {
                into.remove(t.question);
            } else {
                into.insert(t.question, f);
            }
            fieldApplied = true;
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

} // namespace tepat
