#pragma once

#include "core/outbox/VerificationOutbox.h"
#include "sync/client/AttachmentUploader.h"

#include <QCoreApplication>

namespace tepat::sync {

// Pushes the verification results on their own (VerificationOutbox) to POST /api/v1/push, one
// item per push: uploads its house photos first, then records the server's answer (accepted:
// acknowledged; refused: parked with the server's reason; files missing on the server: left
// for the next sync). A network failure leaves the item to be sent again: its key makes the
// replay harmless.
class VerificationSender
{
    Q_DECLARE_TR_FUNCTIONS(VerificationSender)

public:
    VerificationSender(const Database &db, const Clock &clock, const SyncOptions &options,
                       ServerConnection &server);

    Status run(SyncReport &report);

private:
    Status send(const VerificationItem &item, SyncReport &report);

    const Database &m_db;
    ServerConnection &m_server;
    VerificationOutbox m_outbox;
    AttachmentUploader m_uploader;
};

} // namespace tepat::sync
