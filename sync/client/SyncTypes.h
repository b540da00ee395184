#pragma once

#include "core/common/Result.h"
#include "core/outbox/SyncJournal.h"
#include "core/replica/ReplicaState.h"

#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace tepat::sync {

struct SyncOptions
{
    QUrl server;
    QString username; // the account on the server
    QString deviceId; // this installation (a UUID kept in the store's settings)
    QString deviceName;
    QString actor;     // who runs the sync locally (recorded on Queued -> Sent)
    QString filesRoot; // ContentStore root
    // When not empty, the only certificate authorities trusted for the server (a regency's own
    // CA, pinned): the system's are not.
    QList<QSslCertificate> trustedCertificates;
    int batchItems = 200;
    qint64 batchBytes = 2 * 1024 * 1024;
    qint64 chunkBytes = 1024 * 1024;
    int pullPage = 500;
    int snapshotPage = 200;
    int timeoutMs = 30000;
    bool push = true;
    bool pull = true;
};

enum class SyncStage
{
    Connecting,
    Uploading, // files: done/total bytes
    Sending,   // requests: done/total
    Receiving, // changes applied so far
    Finished
};

struct SyncReport
{
    SyncOutcome outcome = SyncOutcome::Failed;
    int sent = 0;         // items transmitted (including replays)
    int acknowledged = 0; // items the server confirmed
    int parked = 0;       // items the server refused, waiting for the operator
    int waiting = 0;      // items left for a later sync (incomplete uploads, network)
    int pulled = 0;       // register changes applied
    int decisions = 0;    // Dinsos decisions applied
    int held = 0;         // pulled versions kept aside for unsent local changes
    int uploadedFiles = 0;
    qint64 uploadedBytes = 0;
    int chunksSent = 0;
    std::optional<Error> error; // why the sync stopped early
    bool needsPassword = false; // no valid token and no password: ask the operator
    QString refreshToken;       // a new refresh token to keep in the keychain
    bool refreshTokenRejected = false;
    bool auditRewritten = false;
    SyncAlert alert;
};

using ProgressFn = std::function<void(SyncStage stage, qint64 done, qint64 total)>;
using PasswordFn = std::function<std::optional<QByteArray>()>;

} // namespace tepat::sync
