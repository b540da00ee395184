#pragma once

#include "core/common/Result.h"
#include "core/outbox/RequestEnvelope.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tepat {

class Clock;
class Database;

// The `visit` object of a push envelope (docs/sync-protocol.md, "Visit results"): what a field
// visit found, for the request drafted from it (payload `field_visit`) or for a verification
// result on its own. Visit date, outcome, the field worker's account name (never a NIK), the
// field worker's newest GPS point of the household with its accuracy, the photos among the
// files sent with the item (the family card only when the item carries it: a request that
// needs it), and the household's questionnaire answers as codes with the form's id and
// version. Read from the store as it stands; the outbox keeps what it read with the item.
class VisitEnvelope
{
public:
    static constexpr const char *kKey = "visit";
    // The kind of a verification result on its own in a push envelope.
    static constexpr const char *kVerificationKind = "verification";

    // The visit the request was drafted from; empty when it names none or this store does not
    // have it.
    static Result<QJsonObject> forRequest(const Database &db, const Clock &clock,
                                          const QJsonObject &payload,
                                          const QList<AttachmentRef> &files);
    // The visit `visitUuid`; empty when this store does not have it.
    static Result<QJsonObject> build(const Database &db, const Clock &clock,
                                     const QString &visitUuid, const QList<AttachmentRef> &files);
    // Puts a non-empty visit into the envelope under kKey.
    static void attach(QJsonObject &envelope, const QJsonObject &visit);
};

} // namespace tepat
