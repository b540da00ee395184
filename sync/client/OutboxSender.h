#pragma once

#include "core/outbox/Outbox.h"
#include "sync/client/AttachmentUploader.h"

#include <QCoreApplication>

namespace tepat::sync {

// Pushes the outbox in batches: uploads each item's files first, marks the batch Sent, sends
// it, and records each item's result in one transaction (acknowledged, parked with the
// server's reason, or left for later). A batch the server refuses as a whole is split until
// the bad item is alone and parked; the rest continue. A network failure leaves everything as
// it is, to be sent again (replays are harmless: the key is the request's UUID).
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    OutboxSender(const Database &db, const Clock &clock, const SyncOptions &options,
                 ServerConnection &server, const ProgressFn &progress,
                 const std::atomic<bool> &cancelled);

    Status run(SyncReport &report);

    // The head of the store's audit trail and the anchor the server acknowledged last, as
    // every push carries them (docs/sync-protocol.md, "Audit trail head").
    static Result<AuditClaim> auditClaim(const Database &db);
    // What the reply's audit part says, kept for the next push (inside the caller's
    // transaction); true when the server found the history rewritten.
    static Result<bool> keepAuditAnswer(const Database &db, const PushReply &reply);

private:
    Status sendBatch(QList<OutboxBatchItem> batch, SyncReport &report);
    Status applyReply(const QList<OutboxBatchItem> &batch, const PushReply &reply,
                      SyncReport &report);

    const Database &m_db;
    const Clock &m_clock;
    const SyncOptions &m_options;
    ServerConnection &m_server;
    const ProgressFn &m_progress;
    const std::atomic<bool> &m_cancelled;
    Outbox m_outbox;
    AttachmentUploader m_uploader;
    bool m_incomplete = false;
    int m_done = 0;
    int m_total = 0;
};

} // namespace tepat::sync
