#include "core/outbox/RequestEnvelope.h"
#include "core/common/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tepat {

QJsonObject RequestEnvelope::build(const ChangeRequest &request,
                                   const QList<AttachmentRef> &attachments)
{
    QJsonArray files;
    for (const AttachmentRef &a : attachments) {
        files.append(
            QJsonObject{{QStringLiteral("sha256"), a.sha256}, {QStringLiteral("role"), a.role}});
    }
    QJsonArray warnings;
    for (const Finding &f : request.acknowledgedWarnings) {
        warnings.append(QJsonObject{{QStringLiteral("severity"), severityCode(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message}});
    }
    QJsonObject envelope{
        {QStringLiteral("kind"), RequestLifecycle::code(request.kind)},
        {QStringLiteral("household_id"), request.householdId},
        {QStringLiteral("person_id"), request.personId},
        {QStringLiteral("base_version"),
         request.baseVersion ? QJsonValue(*request.baseVersion) : QJsonValue()},
        {QStringLiteral("payload"), request.payload},
        {QStringLiteral("attachments"), files},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("created_at"), storedTime(request.createdAt)},
        {QStringLiteral("created_by"), request.createdBy},
    };
    // Only when known: a request queued before they were recorded keeps the envelope (and the
    // hash) it had, so sending it again is a replay, not a reused key. The same for who
    // recommended it (schema 43).
    if (request.channel) {
        envelope.insert(QStringLiteral("channel"), RequestChannels::code(*request.channel));
    }
    if (request.approval) {
        envelope.insert(
            QStringLiteral("approval"),
            QJsonObject{{QStringLiteral("basis"), RequestChannels::code(request.approval->basis)},
                        {QStringLiteral("number"), request.approval->number}});
    }
    if (request.recommendation.recorded()) {
        envelope.insert(QStringLiteral("recommendation"),
                        Recommendations::envelope(request.createdBy, request.recommendation));
    }
    return envelope;
}

QByteArray RequestEnvelope::canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString RequestEnvelope::hash(const QJsonObject &envelope)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(envelope), QCryptographicHash::Sha256).toHex());
}

} // namespace tepat
