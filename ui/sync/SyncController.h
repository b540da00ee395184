#pragma once

#include "core/common/Result.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/SyncJournal.h"
#include "core/replica/ReplicaState.h"
#include "sync/client/SyncScheduler.h"
#include "sync/client/SyncTypes.h"

#include <QMutex>
#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace tepat {

struct AppContext;

namespace sync {
class SyncSession;
class TokenStore;
} // namespace sync

// What the Sinkronisasi page shows.
struct SyncOverview
{
    OutboxSummary summary;
    std::optional<SyncRun> last;
    std::optional<SyncRun> lastSuccess;
    SyncAlert alert;
    bool auditRewritten = false;
    int held = 0;
    QList<OutboxEntry> problems; // parked items, oldest first
    QList<DecisionEntry> decisions;
};

// The Sinkronisasi page's controller: runs a SyncSession on a worker thread (with its own
// connection to the store), keeps the refresh token in the keychain through a TokenStore
// (never on disk), asks the page for the password when there is no usable token, lets the
// scheduler start syncs when the network comes back, and carries the operator's fixes of
// parked items. Every action that sends checks Permission::Send first.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(AppContext &context, std::unique_ptr<sync::TokenStore> tokens,
                   QObject *parent = nullptr);
    ~SyncController() override;

    Result<SyncOverview> overview() const;
    bool isRunning() const { return m_thread != nullptr; }

    QString serverUrl() const;
    QString username() const;
    bool automatic() const;
    Status saveServer(const QString &url, const QString &username, bool automatic);
    // Forgets the refresh token in the keychain; the next sync asks for the password.
    void forgetLogin();
    // Asks the keychain whether a login is kept (answers through loginStatus()).
    void checkLogin();

    Status syncNow();
    void syncAutomatically();
    void providePassword(const QByteArray &password);
    void cancel();

    Result<int> enqueueApproved();
    Status fix(qint64 requestId, const QJsonObject &payload);
    Status resend(qint64 requestId);
    Status acceptServer();

    sync::SyncScheduler &scheduler() { return m_scheduler; }
    // For tests: smaller chunks, shorter timeouts.
    void setOptionsHook(std::function<void(sync::SyncOptions &)> hook) { m_hook = std::move(hook); }

Q_SIGNALS:
    void started();
    void progress(tepat::sync::SyncStage stage, qint64 done, qint64 total);
    void finished(const QString &summary, bool ok);
    void passwordRequired(const QString &reason);
    void loginStatus(const QString &text);
    void changed();

private:
    Status prepare(bool interactive);
    void start(const QString &refreshToken, const QByteArray &password, bool interactive);
    void done(const sync::SyncReport &report, bool interactive);
    QString account() const;
    Result<sync::SyncOptions> options() const;

    AppContext &m_context;
    std::unique_ptr<sync::TokenStore> m_tokens;
    sync::SyncScheduler m_scheduler;
    QThread *m_thread = nullptr;
    mutable QMutex m_sessionLock;
    sync::SyncSession *m_session = nullptr;
    bool m_waitingForPassword = false;
    std::function<void(sync::SyncOptions &)> m_hook;
};

} // namespace tepat
