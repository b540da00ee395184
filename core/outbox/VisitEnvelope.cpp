#include "core/outbox/VisitEnvelope.h"

#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace tepat {

namespace {

// Which of the files sent with the item are photos of the household, and of which view.
Result<QJsonArray> photosAmong(const Database &db, const QString &householdId,
                               const QList<AttachmentRef> &files)
{
    QJsonArray photos;
    for (const AttachmentRef &file : files) {
        Result<QSqlQuery> q = db.query(
            QStringLiteral("SELECT view FROM household_photo WHERE household_id = ? AND sha256 = ? "
                           "UNION ALL SELECT 'family_card' FROM household_family_card WHERE "
                           "household_id = ? AND sha256 = ? LIMIT 1"),
            {householdId, file.sha256, householdId, file.sha256});
        if (!q) {
            return q.error();
        }
        if (q->next()) {
            photos.append(QJsonObject{{QStringLiteral("sha256"), file.sha256},
                                      {QStringLiteral("view"), q->value(0).toString()}});
        }
    }
    return photos;
}

// The field worker's newest point of the household, if any.
Result<QJsonObject> pointOf(const Database &db, const QString &householdId,
                            const QString &fieldWorker)
{
    Result<QSqlQuery> q =
        db.query(QStringLiteral(
                     "SELECT latitude, longitude, accuracy_m, recorded_at FROM household_location "
                     "WHERE household_id = ? AND recorded_by = ? ORDER BY id DESC LIMIT 1"),
                 {householdId, fieldWorker});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return QJsonObject();
    }
    return QJsonObject{{QStringLiteral("latitude"), q->value(0).toDouble()},
                       {QStringLiteral("longitude"), q->value(1).toDouble()},
                       {QStringLiteral("accuracy_m"),
                        q->value(2).isNull() ? QJsonValue() : QJsonValue(q->value(2).toDouble())},
                       {QStringLiteral("recorded_at"), q->value(3).toString()}};
}

} // namespace

Result<QJsonObject> VisitEnvelope::forRequest(const Database &db, const Clock &clock,
                                              const QJsonObject &payload,
                                              const QList<AttachmentRef> &files)
{
    const QString visitUuid = payload.value(QLatin1String("field_visit")).toString();
    if (visitUuid.isEmpty()) {
        return QJsonObject();
    }
    return build(db, clock, visitUuid, files);
}

Result<QJsonObject> VisitEnvelope::build(const Database &db, const Clock &clock,
                                         const QString &visitUuid,
                                         const QList<AttachmentRef> &files)
{
    Result<QSqlQuery> q = db.query(QStringLiteral("SELECT household_id, outcome, visited_on, "
                                                  "recorded_by, revision FROM field_visit "
                                                  "WHERE uuid = ?"),
                                   {visitUuid});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return QJsonObject();
    }
    const QString householdId = q->value(0).toString();
    const QString fieldWorker = q->value(3).toString();
    QJsonObject visit{{QStringLiteral("uuid"), visitUuid},
                      {QStringLiteral("outcome"), q->value(1).toString()},
                      {QStringLiteral("visited_on"), q->value(2).toString()},
                      {QStringLiteral("field_worker"), fieldWorker},
                      {QStringLiteral("revision"), q->value(4).toInt()}};
    Result<QJsonArray> photos = photosAmong(db, householdId, files);
    if (!photos) {
        return photos.error();
    }
    visit.insert(QStringLiteral("photos"), *photos);
    Result<QJsonObject> point = pointOf(db, householdId, fieldWorker);
    if (!point) {
        return point.error();
    }
    if (!point->isEmpty()) {
        visit.insert(QStringLiteral("location"), *point);
    }
    const Result<std::optional<QuestionnaireResponse>> answers =
        QuestionnaireResponses(db, clock).latest(householdId);
    if (!answers) {
        return answers.error();
    }
    if (*answers && !(*answers)->answers.isEmpty()) {
        const QuestionnaireAnswers &a = (*answers)->answers;
        visit.insert(QStringLiteral("questionnaire"),
                     QJsonObject{{QStringLiteral("definition_id"), a.definitionId},
                                 {QStringLiteral("version"), a.version},
                                 {QStringLiteral("answers"), a.answersJson()}});
    }
    return visit;
}

void VisitEnvelope::attach(QJsonObject &envelope, const QJsonObject &visit)
{
    if (!visit.isEmpty()) {
        envelope.insert(QLatin1String(kKey), visit);
    }
}

} // namespace tepat
