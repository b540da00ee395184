#pragma once

#include "sync/server/console/ConsoleHtml.h"

#include <QJsonObject>

namespace tepat::central::console::recommendation {

// Who recommended a request, as the village sent it in the envelope's `recommendation`
// (docs/sync-protocol.md): the drafting account, the RT/RW head it came through, and the
// conflicts of interest the village found.

// Whether the village flagged a conflict of interest.
bool flagged(const QJsonObject &envelope);
// The queue's and the request page's badge.
QString badge(const PageContext &c);
// The request page's section body: who, through whom, and each reason.
QString section(const PageContext &c, const QJsonObject &envelope);

} // namespace tepat::central::console::recommendation
