#pragma once

#include "sync/client/ServerConnection.h"

#include <QCoreApplication>

namespace tepat::sync {

// Uploads a file of the ContentStore, resumably: asks the server how much it has, then sends
// the rest in chunks, each chunk starting where the server says it stands. A file the server
// confirmed complete is remembered per server (attachment_upload) and not asked about again.
class AttachmentUploader
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentUploader)

public:
    AttachmentUploader(const Database &db, const Clock &clock, const SyncOptions &options,
                       ServerConnection &server);

    // Errors: net.* (try later), attachment.local_* (the file on this computer is missing or
    // damaged: the request must be fixed), others from the server.
    Status upload(const QString &sha256, SyncReport &report);
    Result<bool> isConfirmed(const QString &sha256) const;
    Status forget(const QString &sha256) const;

private:
    Status confirm(const QString &sha256) const;

    const Database &m_db;
    const Clock &m_clock;
    const SyncOptions &m_options;
    ServerConnection &m_server;
};

} // namespace tepat::sync
