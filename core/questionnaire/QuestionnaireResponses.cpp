#include "core/questionnaire/QuestionnaireResponses.h"

#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace tepat {

namespace {

const char *const columns = "uuid, household_id, definition_id, version, answers, warnings, "
                            "origin, device_key, revision, recorded_by, updated_at";

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonArray warningsJson(const Findings &warnings)
{
    QJsonArray list;
    for (const Finding &w : warnings) {
        list.append(QJsonObject{{QStringLiteral("code"), w.code},
                                {QStringLiteral("field"), w.field},
                                {QStringLiteral("message"), w.message}});
    }
    return list;
}

Findings warningsFrom(const QJsonArray &list)
{
    Findings warnings;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        warnings << Finding{Severity::Warning, o.value(QLatin1String("code")).toString(),
                            o.value(QLatin1String("message")).toString(),
                            o.value(QLatin1String("field")).toString()};
    }
    return warnings;
}

} // namespace

QuestionnaireResponses::QuestionnaireResponses(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString QuestionnaireResponses::code(ResponseOrigin origin)
{
    switch (origin) {
    case ResponseOrigin::Office:
        return QStringLiteral("office");
    case ResponseOrigin::Field:
        return QStringLiteral("field");
    case ResponseOrigin::Package:
        return QStringLiteral("package");
    }
    return {};
}

ResponseOrigin QuestionnaireResponses::originFromCode(QStringView code)
{
    if (code == u"office") {
        return ResponseOrigin::Office;
    }
    return code == u"package" ? ResponseOrigin::Package : ResponseOrigin::Field;
}

QJsonObject QuestionnaireResponses::toJson(const QuestionnaireResponse &r)
{
    return QJsonObject{{QStringLiteral("uuid"), r.uuid},
                       {QStringLiteral("household_id"), r.householdId},
                       {QStringLiteral("definition_id"), r.answers.definitionId},
                       {QStringLiteral("version"), r.answers.version},
                       {QStringLiteral("answers"), r.answers.answersJson()},
                       {QStringLiteral("warnings"), warningsJson(r.warnings)},
                       {QStringLiteral("origin"), code(r.origin)},
                       {QStringLiteral("device_key"), r.deviceKey},
                       {QStringLiteral("revision"), r.revision},
                       {QStringLiteral("recorded_by"), r.recordedBy},
                       {QStringLiteral("updated_at"), r.updatedAt.toString(Qt::ISODateWithMs)}};
}

QuestionnaireResponse QuestionnaireResponses::fromJson(const QJsonObject &o)
{
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    QuestionnaireResponse r;
    r.uuid = text("uuid");
    r.householdId = text("household_id");
    r.answers = QuestionnaireAnswers::fromJson(text("definition_id"),
                                               o.value(QLatin1String("version")).toInt(),
                                               o.value(QLatin1String("answers")).toObject());
    r.warnings = warningsFrom(o.value(QLatin1String("warnings")).toArray());
    r.origin = originFromCode(text("origin"));
    r.deviceKey = text("device_key");
    r.revision = o.value(QLatin1String("revision")).toInt();
    r.recordedBy = text("recorded_by");
    r.updatedAt = QDateTime::fromString(text("updated_at"), Qt::ISODateWithMs);
    return r;
}

Result<std::optional<QuestionnaireResponse>>
QuestionnaireResponses::one(const QString &where, const QVariantList &values) const
{
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM questionnaire_response WHERE %2 ORDER BY "
                                       "origin = 'office' DESC, updated_at DESC, uuid LIMIT 1")
                            .arg(QLatin1String(columns), where),
                        values);
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<QuestionnaireResponse>();
    }
    QuestionnaireResponse r;
    r.uuid = q->value(0).toString();
    r.householdId = q->value(1).toString();
    r.answers =
        QuestionnaireAnswers::fromJson(q->value(2).toString(), q->value(3).toInt(),
                                       QJsonDocument::fromJson(q->value(4).toByteArray()).object());
    r.warnings = warningsFrom(QJsonDocument::fromJson(q->value(5).toByteArray()).array());
    r.origin = originFromCode(q->value(6).toString());
    r.deviceKey = q->value(7).toString();
    r.revision = q->value(8).toInt();
    r.recordedBy = q->value(9).toString();
    r.updatedAt = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
    return std::optional<QuestionnaireResponse>(r);
}

Result<std::optional<QuestionnaireResponse>>
QuestionnaireResponses::latest(const QString &householdId) const
{
    return one(QStringLiteral("household_id = ?"), {householdId});
}

Result<std::optional<QuestionnaireResponse>>
QuestionnaireResponses::of(const QString &householdId, const QString &deviceKey) const
{
    return one(QStringLiteral("household_id = ? AND device_key = ? AND origin != 'package'"),
               {householdId, deviceKey});
}

Result<std::optional<QuestionnaireResponse>>
QuestionnaireResponses::byUuid(const QString &uuid) const
{
    return one(QStringLiteral("uuid = ?"), {uuid});
}

Result<QuestionnaireResponse>
QuestionnaireResponses::save(const Session &session, const QString &householdId,
                             const QString &deviceKey, ResponseOrigin origin,
                             const QuestionnaireAnswers &answers, const Findings &warnings) const
{
    if (const Status allowed = session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    if (origin == ResponseOrigin::Package || answers.definitionId.isEmpty() ||
        answers.version < 1) {
        return Error{QStringLiteral("questionnaire.not_saved"),
                     tr("Jawaban kuesioner tanpa versi definisi tidak bisa disimpan.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<std::optional<QuestionnaireResponse>> existing = of(householdId, deviceKey);
    if (!existing) {
        return existing.error();
    }
    QuestionnaireResponse r;
    if (*existing) {
        r = **existing;
        if (r.answers == answers && r.warnings == warnings) {
            return r; // nothing changed: no revision, no audit entry
        }
        ++r.revision;
    } else {
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.householdId = householdId;
        r.deviceKey = deviceKey;
        r.revision = 1;
    }
    r.origin = origin;
    r.answers = answers;
    r.warnings = warnings;
    r.recordedBy = session.username();
    r.updatedAt = m_clock.now().toUTC();
    const QVariantList values{
        r.answers.definitionId,
        r.answers.version,
        compact(r.answers.answersJson()),
        QString::fromUtf8(QJsonDocument(warningsJson(r.warnings)).toJson(QJsonDocument::Compact)),
        code(r.origin),
        r.revision,
        r.recordedBy,
        r.updatedAt.toString(Qt::ISODateWithMs),
        r.uuid};
    auto q =
        *existing
            ? m_db.query(QStringLiteral("UPDATE questionnaire_response SET definition_id = ?, "
                                        "version = ?, answers = ?, warnings = ?, origin = ?, "
                                        "revision = ?, recorded_by = ?, updated_at = ? "
                                        "WHERE uuid = ?"),
                         values)
            : m_db.query(QStringLiteral("INSERT INTO questionnaire_response (definition_id, "
                                        "version, answers, warnings, origin, revision, "
                                        "recorded_by, updated_at, uuid, household_id, "
                                        "device_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values + QVariantList{r.householdId, r.deviceKey});
    if (!q) {
        return q.error();
    }
    if (const auto audit = AuditTrail(m_db, m_clock)
                               .record(session.username(), QStringLiteral("questionnaire.save"),
                                       QStringLiteral("household"), householdId,
                                       {{QStringLiteral("response"), r.uuid},
                                        {QStringLiteral("definition"), r.answers.definitionId},
                                        {QStringLiteral("version"), r.answers.version},
                                        {QStringLiteral("revision"), r.revision},
                                        {QStringLiteral("answers"), r.answers.count()}});
        !audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return r;
}

Result<QuestionnaireResponse> QuestionnaireResponses::adopt(const QString &householdId,
                                                            const QuestionnaireAnswers &answers,
                                                            const QString &recordedBy) const
{
    Result<std::optional<QuestionnaireResponse>> existing = of(householdId, QString());
    if (!existing) {
        return existing.error();
    }
    QuestionnaireResponse r;
    if (*existing) {
        r = **existing;
        if (r.answers == answers) {
            return r;
        }
        ++r.revision;
    } else {
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.householdId = householdId;
        r.revision = 1;
    }
    r.origin = ResponseOrigin::Office;
    r.answers = answers;
    r.recordedBy = recordedBy;
    r.updatedAt = m_clock.now().toUTC();
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO questionnaire_response (uuid, household_id, definition_id, "
            "version, answers, warnings, origin, device_key, revision, recorded_by, "
            "updated_at, merged_at) VALUES (?, ?, ?, ?, ?, ?, 'office', '', ?, ?, ?, "
            "?) ON CONFLICT (uuid) DO UPDATE SET definition_id = excluded.definition_id, "
            "version = excluded.version, answers = excluded.answers, revision = "
            "excluded.revision, recorded_by = excluded.recorded_by, updated_at = "
            "excluded.updated_at, merged_at = excluded.merged_at"),
        {r.uuid, r.householdId, r.answers.definitionId, r.answers.version,
         compact(r.answers.answersJson()),
         QString::fromUtf8(QJsonDocument(warningsJson(r.warnings)).toJson(QJsonDocument::Compact)),
         r.revision, r.recordedBy, r.updatedAt.toString(Qt::ISODateWithMs),
         r.updatedAt.toString(Qt::ISODateWithMs)});
    if (!q) {
        return q.error();
    }
    return r;
}

Result<bool> QuestionnaireResponses::put(const QuestionnaireResponse &r) const
{
    auto existing = m_db.query(
        QStringLiteral("SELECT revision FROM questionnaire_response WHERE uuid = ?"), {r.uuid});
    if (!existing) {
        return existing.error();
    }
    const bool known = existing->next();
    if (known && existing->value(0).toInt() >= r.revision) {
        return false;
    }
    const QVariantList values{
        r.householdId,
        r.answers.definitionId,
        r.answers.version,
        compact(r.answers.answersJson()),
        QString::fromUtf8(QJsonDocument(warningsJson(r.warnings)).toJson(QJsonDocument::Compact)),
        code(r.origin),
        r.deviceKey,
        r.revision,
        r.recordedBy,
        r.updatedAt.toString(Qt::ISODateWithMs),
        m_clock.now().toUTC().toString(Qt::ISODateWithMs),
        r.uuid};
    auto q = known ? m_db.query(QStringLiteral("UPDATE questionnaire_response SET household_id = "
                                               "?, definition_id = ?, version = ?, answers = ?, "
                                               "warnings = ?, origin = ?, device_key = ?, "
                                               "revision = ?, recorded_by = ?, updated_at = ?, "
                                               "merged_at = ? WHERE uuid = ?"),
                                values)
                   : m_db.query(QStringLiteral("INSERT INTO questionnaire_response (household_id, "
                                               "definition_id, version, answers, warnings, "
                                               "origin, device_key, revision, recorded_by, "
                                               "updated_at, merged_at, uuid) VALUES (?, ?, ?, ?, "
                                               "?, ?, ?, ?, ?, ?, ?, ?)"),
                                values);
    if (!q) {
        return q.error();
    }
    return true;
}

} // namespace tepat
