#pragma once

#include "core/requests/ChangeRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tepat {

// A file a request refers to (request_attachment), uploaded before the request is pushed.
struct AttachmentRef
{
    QString sha256;
    QString role;
};

// The request as the central server stores it: the `request` object of a push item
// (docs/sync-protocol.md, "Push"). Its SHA-256 in canonical form is the payload hash that goes
// with the idempotency key.
class RequestEnvelope
{
public:
    static QJsonObject build(const ChangeRequest &request, const QList<AttachmentRef> &attachments);

    // Compact JSON with object keys sorted, as QJsonDocument::Compact writes it.
    static QByteArray canonical(const QJsonObject &object);
    static QString hash(const QJsonObject &envelope);
};

} // namespace tepat
