#pragma once

#include "core/replica/ReplicaApplier.h"
#include "sync/client/ServerConnection.h"

#include <QCoreApplication>

namespace tepat::sync {

// Pulls what the server has for this village: the snapshot first on a new installation, then
// the change stream after the cursor, a page at a time, each page applied and the cursor
// moved in one local transaction. A server whose sequence went backwards, or another server,
// stops the pull with an alert the operator has to confirm.
class Puller
{
    Q_DECLARE_TR_FUNCTIONS(Puller)

public:
    Puller(const Database &db, const Clock &clock, const SyncOptions &options,
           ServerConnection &server, const ProgressFn &progress,
           const std::atomic<bool> &cancelled);

    Status run(SyncReport &report);
    // Test hook: make the applier fail before change `index` of the next page.
    ReplicaApplier &applier() { return m_applier; }

private:
    Status pullSnapshot(SyncReport &report);
    Status raise(const QString &code, const QString &message, SyncReport &report);

    const Database &m_db;
    const Clock &m_clock;
    const SyncOptions &m_options;
    ServerConnection &m_server;
    const ProgressFn &m_progress;
    const std::atomic<bool> &m_cancelled;
    ReplicaApplier m_applier;
};

} // namespace tepat::sync
